"""A relative clause of place or time with a subject of its own tells an
act of its own: "students rallied on the square, where riot police
broke up the rally and detained 40 people". The article is
written for the test; its first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Police break up Skopje rally\n\n"
          "SKOPJE (Reuters) - A few thousand students rallied on the main square of Skopje on Saturday, where riot "
          "police broke up the rally and detained 40 people.\n")


def test_an_act_in_a_where_clause_is_coded(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    by_police = [e for e in analysis.events if [r.code for r in e.sources] == ["MKDCOP"]]
    assert by_police and by_police[0].type == "COERCE", analysis.events
    assert [r.code for r in by_police[0].targets] == ["MKDCVL"], by_police
