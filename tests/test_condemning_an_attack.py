"""Condemning an attack charges the attackers, not the victim: "condemned
the attack on the mayor" has no target where the story names no attacker,
and "the attack on the embassy by protesters" charges the protesters. The
article is written for the test; its first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Outcry over violence in western Mexico\n\n"
          "MEXICO CITY (Reuters) - President Ana Ruiz on Monday condemned the attack on the mayor of a western "
          "town. The foreign ministry separately condemned the attack on a consulate by protesters.\n")


def test_the_victim_of_a_condemned_attack_is_not_charged(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    charges = [e for e in analysis.events if e.type == "ACCUSE"]
    assert len(charges) == 2, analysis.events
    by_source = {r.text: [t.text for t in e.targets] for e in charges for r in e.sources}
    assert by_source.get("President Ana Ruiz") == [], by_source
    assert by_source.get("foreign ministry") == ["protesters"], by_source
