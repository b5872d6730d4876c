""""In front of Congress" says where an act happened, not whom it was
done to: police who fired tear gas at protesters in front of Congress
acted on the protesters. The article is written for the test; its first
line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Clashes outside parliament\n\n"
          "LIMA (Reuters) - Police fired tear gas at protesters in front of Congress on Tuesday.\n")


def test_in_front_of_names_no_target(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    targets = [r.text for e in analysis.events for r in e.targets]
    assert targets == ["protesters"], analysis.events
