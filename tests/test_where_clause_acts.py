"""A relative clause of place or time with a subject of its own tells an
act of its own: "protesters gathered in the square, where police
dispersed the crowd and arrested at least 17 people". The article is
written for the test; its first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Police break up Skopje rally\n\n"
          "SKOPJE (Reuters) - Thousands of protesters gathered outside parliament in Skopje on Saturday, where police "
          "intervened to disperse the crowd and arrested at least 17 people.\n")


def test_an_act_in_a_where_clause_is_coded(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    arrests = [e for e in analysis.events if e.mode == "arrest"]
    assert len(arrests) == 1, analysis.events
    assert [r.code for r in arrests[0].sources] == ["MKDCOP"], arrests
    assert [r.code for r in arrests[0].targets] == ["MKDCVL"], arrests
