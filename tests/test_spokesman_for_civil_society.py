"""A spokesman for an alliance of civil society groups speaks for civil
society (NGO) of the story's state, not for his title ("Professor") or a
government; civil society groups are NGOs. The article is written for the
test; its first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Togo protesters defy ban as police fire tear gas\n\n"
          "LOME, Togo (AP) — Police in Togo fired tear gas at protesters in the capital on Friday, the second day "
          "of unrest over a new constitution. \"This brutality must stop now,\" Professor Koffi Amegan, a "
          "spokesman for an alliance of civil society groups, said. Amegan said the alliance would keep "
          "protesting until the reforms are withdrawn. Civil society groups had called for three days of "
          "protests.\n")


def test_the_alliances_spokesman_is_civil_society(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    codes = {s.speaker.mention: s.speaker.actor for s in analysis.statements}
    assert codes.get("Professor Koffi Amegan") == "TGONGO", codes
    assert codes.get("Amegan") == "TGONGO", codes


def test_civil_society_groups_are_ngos(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    groups = [r for e in analysis.events for r in e.sources if r.text == "Civil society groups"]
    assert groups and all(r.code == "TGONGO" for r in groups), analysis.events
