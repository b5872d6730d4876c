"""A role split at its hyphens is one word ("editor-in-chief of
broadcaster RT" is RT's editor, so RUSMED in a story from Chisinau), and a
multinational's chief speaks for the company's own state ("Chevron chief
executive Mark Dalton": USABUS), not for the story's. The article is
written for the tests; its first line is its headline."""

from __future__ import annotations

import redline


def test_a_hyphenated_role_and_a_companys_chief_carry_their_bodys_state(nlp):
    text = ("Moldova expels Russian reporters\n\n"
            "CHISINAU - Moldova ordered two Russian television reporters to leave the country on Monday, the "
            "interior ministry said.\n\n"
            "\"This is censorship, pure and simple,\" said Irina Volkova, editor-in-chief of broadcaster RT. "
            "\"Our crews did nothing wrong,\" she added.\n\n"
            "Chevron chief executive Mark Dalton said the company would keep its office in Moldova open.\n")
    analysis = redline.analyze(text, nlp=nlp)
    codes = {s.speaker.name: s.speaker.actor for s in analysis.statements}
    assert codes["Irina Volkova"] == "RUSMED", codes
    assert codes["Mark Dalton"] == "USABUS", codes
    volkova = next(e for e in analysis.entities if e.name == "Irina Volkova")
    assert any(text[s:e] == "editor-in-chief of broadcaster RT" for s, e in volkova.mentions), volkova
