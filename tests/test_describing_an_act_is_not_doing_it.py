"""Whoever describes, hails or recalls an act ("described the coup as a
setback", "recalled the killing of a student") is no side of it. The
article is written for the test; its first line is its headline."""

from __future__ import annotations

import redline

_STORY = ("Paris reacts to Niamey takeover\n\n"
          "French Foreign Minister Jean-Noel Barrot described the coup in Niger as a grave setback for the region.\n\n"
          "The mayor recalled the killing of a schoolboy in the capital last month.\n")


def test_the_describer_is_no_side_of_the_act(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    acts = [e for e in analysis.events if e.type == "ASSAULT"]
    assert acts, analysis.events
    assert not any(r.code and r.code.startswith("FRA") for e in acts for r in e.sources), acts
    assert not any(r.text == "mayor" for e in acts for r in e.sources), acts
