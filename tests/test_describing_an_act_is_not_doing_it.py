"""Whoever describes, hails or recalls an act ("described the coup in
Guinea-Bissau as a threat") is no side of it. The article is written for
the test; its first line is its headline."""

from __future__ import annotations

import redline

_STORY = ("Dakar reacts to Bissau unrest\n\n"
          "Senegal's foreign minister described the coup in Guinea-Bissau as a threat to the whole region.\n\n"
          "The mayor recalled the killing of a taxi driver in the capital last month.\n")


def test_the_describer_is_no_side_of_the_act(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    acts = [e for e in analysis.events if e.type == "ASSAULT"]
    assert acts, analysis.events
    assert not any(r.code and r.code.startswith("SEN") for e in acts for r in e.sources), acts
    assert not any(r.text == "mayor" for e in acts for r in e.sources), acts
