"""Matériel captured or seized is confiscation, not an arrest, and where it
was seized is no side; a weapon's maker ("US-made") is no actor. The
article is written for the test; its first line is its headline."""

from __future__ import annotations

import redline
from redline.actors import ActorResolver

_STORY = ("Border forces trade fire\n\n"
          "ISLAMABAD, Pakistan (Reuters) - Pakistani troops captured a tank from the Afghan side on Sunday, "
          "security sources in Pakistan said.\n\n"
          "The troops also seized US-made rifles in the Kurram district of Pakistan's northwest.\n")


def test_captured_materiel_is_confiscated_and_its_place_no_side(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    taken = [e for e in analysis.events if e.type == "COERCE" and e.mode == "confiscate"]
    assert len(taken) == 2, analysis.events
    assert not any("Kurram" in r.text or "rifles" in r.text for e in taken for r in e.targets), taken


def test_a_makers_name_is_no_actor():
    assert ActorResolver().resolve("US-made rifles") is None

