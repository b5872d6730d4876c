"""A body introduced with its owner and a word of its own ("the country's
election commission") is that body, not the last one named before it, and
"the commission" later is the same body, not the last person named. The
article is written for the test; its first line is its headline."""

from __future__ import annotations

import redline

STORY = ("President wins disputed vote\n\n"
         "MORONI (Reuters) - Thursday's violence prompted the U.S. Embassy for Comoros and Madagascar to order "
         "its staff to stay home.\n\n"
         "On Tuesday, the country's election commission declared that President Ali Said won the election with "
         "61 percent of the vote. The commission said his nearest rival, Ahmed Ali, had 15 percent.\n")


def test_a_described_body_speaks_for_itself(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    names = {s.speaker.mention: s.speaker.name for s in analysis.statements}
    assert "commission" in names["the country's election commission"]
    assert "commission" in names["The commission"]
