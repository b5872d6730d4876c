"""A mood is no speaker: "Speculation has mounted that the talks will break
down" reports no one's words, even where the word opens the line
after a dateline and the parser reads it as a name. The article is written
for the test; its first line is its headline."""

from __future__ import annotations

import redline

STORY = ("Coalition talks in doubt\n\n"
         "VIENNA (Reuters) - Speculation has mounted that the coalition talks will break down over "
         "pensions. The party leader said on Tuesday the talks would go on.\n")


def test_speculation_says_nothing(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    assert [s.speaker.mention for s in analysis.statements] == ["The party leader"]

