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
