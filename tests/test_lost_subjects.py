"""Subjects the parser hands to the wrong clause: in "“…,” said activist
Nader Abbas after the court sentenced him" it makes the speaker a second
subject of "sentenced" and splits the sentence after the cue. The speaker
is still the one who said it, and the court still sentenced. The article is
written for the tests; its first line is its headline."""

from __future__ import annotations

import redline

STORY = ("Activist jailed for two years\n\n"
         "\"It is a political verdict,\" said rights activist Nader Abbas after the court "
         "sentenced him on Sunday.\n")


def test_an_inverted_speaker_before_a_clause_is_the_speaker(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    said = [s for s in analysis.statements if "political verdict" in s.content_text(STORY)]
    assert said and said[0].speaker.name == "Nader Abbas"


def test_the_clause_after_keeps_its_own_subject(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    sentencing = [e for e in analysis.events if any(STORY[s:t] == "sentenced" for s, t in e.trigger)]
    assert sentencing
    assert all("Hassan" not in r.text for e in sentencing for r in e.sources)
    assert any(r.text == "court" or r.text.endswith(" court") for e in sentencing for r in e.sources)
