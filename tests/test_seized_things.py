"""Matériel captured or seized is confiscation, not an arrest, and where it
was seized is no side; a weapon's maker ("Russian-made") is no actor. The
article is written for the test; its first line is its headline."""

from __future__ import annotations

import redline
from redline.actors import ActorResolver

_STORY = ("Border forces trade fire\n\n"
          "ISLAMABAD, Pakistan (Reuters) - Pakistani soldiers captured an armoured vehicle from Afghan border "
          "guards on Sunday, security officials in Pakistan said.\n\n"
          "The soldiers also seized Russian-made rifles in a village of the Bajaur district in Pakistan's "
          "northwest.\n")


def test_captured_materiel_is_confiscated_and_its_place_no_side(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    taken = [e for e in analysis.events if e.type == "COERCE" and e.mode == "confiscate"]
    assert len(taken) == 2, analysis.events
    assert not any("Bajaur" in r.text or "rifles" in r.text for e in taken for r in e.targets), taken


def test_a_makers_name_is_no_actor():
    assert ActorResolver().resolve("Russian-made rifles") is None
