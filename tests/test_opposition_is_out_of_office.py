""""The president" is not a person the story introduced as the opposition's
leader: the appeal the court rejected is the opposition leader's, and his
code stays OPP. The article is written for the test; its first line is the
headline."""

from __future__ import annotations

import redline

_STORY = ("Top court turns down opposition leader's appeal\n\n"
          "ZAGREB - The supreme court on Tuesday rejected an appeal by opposition leader Ivan Horvat against his "
          "conviction. On Monday, the president and Prime Minister Ana Kovac discussed the budget.\n")


def test_the_president_is_not_the_opposition_leader(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    horvat = next(e for e in analysis.entities if e.name == "Ivan Horvat")
    assert horvat.actor == "HRVOPP", horvat
    assert "the president" not in [_STORY[s:e] for s, e in horvat.mentions], horvat
    rejected = next(e for e in analysis.events if e.type == "REJECT")
    assert [r.code for r in rejected.targets] == ["HRVOPP"], rejected
