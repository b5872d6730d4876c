"""A body introduced with its owner and a word of its own ("the country's
election commission") is that body, not the last one named before it, and
"the commission" later is the same body, not the last person named. The
article is written for the test; its first line is its headline."""

from __future__ import annotations

import redline

STORY = ("Incumbent declared winner\n\n"
         "PORT LOUIS (Reuters) - Friday's unrest led the U.S. Embassy for Mauritius and Seychelles to tell its "
         "staff to stay indoors.\n\n"
         "On Sunday, the country's election commission announced that President Ravi Doorgah had won the vote "
         "with 58 percent. The commission said his closest challenger, Anil Seeruttun, had 30 percent.\n")


def test_a_described_body_speaks_for_itself(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    names = {s.speaker.mention: s.speaker.name for s in analysis.statements}
    assert "commission" in names["the country's election commission"]
    assert "commission" in names["The commission"]
