"""A role split at its hyphens is one word ("editor-in-chief of
broadcaster RT" is RT's editor, so RUSMED in a story from Baku), and a
multinational's chief speaks for the company's own state ("ExxonMobil
chief executive Darren Woods": USABUS), not for the story's. The article
is written for the tests; its first line is its headline."""

from __future__ import annotations

import redline


def test_a_hyphenated_role_and_a_companys_chief_carry_their_bodys_state(nlp):
    text = ("Azerbaijan police raid Sputnik offices in Baku\n\n"
            "BAKU - Police in Azerbaijan searched the offices of the Sputnik news agency on Monday, local media "
            "reported.\n\n"
            "\"This is an outrageous act,\" said Margarita Simonyan, editor-in-chief of broadcaster RT. \"We "
            "cannot reach our staff,\" she added.\n\n"
            "ExxonMobil chief executive Darren Woods said the company would keep investing in the country.\n")
    analysis = redline.analyze(text, nlp=nlp)
    codes = {s.speaker.name: s.speaker.actor for s in analysis.statements}
    assert codes["Margarita Simonyan"] == "RUSMED", codes
    assert codes["Darren Woods"] == "USABUS", codes
    simonyan = next(e for e in analysis.entities if e.name == "Margarita Simonyan")
    assert any(text[s:e] == "editor-in-chief of broadcaster RT" for s, e in simonyan.mentions), simonyan
