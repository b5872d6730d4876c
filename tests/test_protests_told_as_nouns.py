"""Protests told by their noun alone: the protesters are civilians of where
they happen, and what they call for names whom they are against. The
articles are written for the tests; the first line of each is its
headline."""

from __future__ import annotations


def test_protests_that_erupt_are_their_peoples(story):
    found = story("Anger after nightclub fire\n\n"
                  "Violent protests erupted in Strumica, North Macedonia, on Monday after a nightclub fire killed "
                  "dozens of people.\n")
    assert any(f[0] == "PROTEST" and f[2] == ["MKDCVL"] for f in found)


def test_protests_calling_for_a_president_to_go_are_against_him(story):
    found = story("Gambia protests turn violent\n\n"
                  "BANJUL - Protests calling for President Adama Barrow to step down turned violent on Monday, "
                  "and protests demanding the resignation of the interior minister followed on Tuesday.\n")
    protests = [f for f in found if f[0] == "PROTEST"]
    assert protests and all(f[2] == ["GMBCVL"] for f in protests)
    assert {c for f in protests for c in f[3]} == {"GMBGOV"}


def test_a_states_bombing_campaign_is_its_attack(story):
    found = story("Anger spreads over Gaza\n\n"
                  "Passions have run high in Amman as Israel's relentless bombing campaign has led to thousands of "
                  "civilian deaths.\n")
    assert any(f[0] == "ASSAULT" and f[2] == ["ISR"] for f in found)


def test_a_meeting_one_leader_had_with_another_is_told(story):
    found = story("Talks end without deal\n\n"
                  "Erdogan's meeting with Putin in Sochi on Friday ended without a deal on grain exports.\n")
    assert any(f[0] == "CONSULT" and f[2] == ["TURGOV"] and f[3] == ["RUSGOV"] for f in found)


def test_water_cannon_fired_at_supporters_is_crowd_control_on_them(story):
    found = story("Police break up rally\n\n"
                  "MBABANE - Police in Eswatini fired tear gas and water cannons at large groups of pro-democracy "
                  "supporters on Tuesday.\n")
    assert ("COERCE", "SWZCOP", "SWZCVL") in {(f[0], f[2][0], f[3][0]) for f in found if f[2] and f[3]}
    assert not any(f[0] == "ASSAULT" for f in found)


def test_streets_marched_in_are_no_people(story):
    found = story("Opposition marches in Lilongwe\n\n"
                  "LILONGWE - Thousands of supporters of opposition parties marched in the streets of the capital, "
                  "Lilongwe, a Reuters witness said.\n")
    protests = [f for f in found if f[0] == "PROTEST"]
    assert protests and not any(c.endswith("CVL") for f in protests for c in f[3])
