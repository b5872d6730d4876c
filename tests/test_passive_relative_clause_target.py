"""A passive relative clause was done to the one it is on: "the
activists, who were arrested on Sunday" names the arrested, and "a
neighbour, which is accused of arming the rebels" the accused. The
article is written for the test; its first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Kenyan activists begin hunger strike\n\n"
          "NAIROBI (Reuters) - Police questioned journalist Karim Fathy, who was arrested on Sunday. The Kenyan "
          "activists, who were detained on Saturday, went on hunger strike on Monday.\n")


def test_the_arrested_are_whom_the_clause_is_on(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    arrests = [e for e in analysis.events if e.mode == "arrest"]
    targets = sorted(r.text for e in arrests for r in e.targets)
    assert targets == ["Kenyan activists", "journalist Karim Fathy"], analysis.events
