"""Where people were arrested or held ("at the police station", "at the
army barracks") says where, not whom: the arrested are the target. The
article is written for the test; its first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Activists held in Dodoma\n\n"
          "DODOMA, Tanzania (Reuters) - Police detained six activists at the Central Police Station on Monday. "
          "Soldiers arrested the village chief at the army barracks in the north.\n")


def test_the_arrested_are_the_target_not_the_station(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    targets = [r.text for e in analysis.events if e.mode == "arrest" for r in e.targets]
    assert "six activists" in targets, analysis.events
    assert not any("Station" in t or "barracks" in t for t in targets), analysis.events
