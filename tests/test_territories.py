"""Territories keep their own codes: the CAMEO dictionaries file Puerto
Rico as "USAPRI" and Greenland as "DNKGRL"; redline codes them PRI and GRL,
as the places stage places their towns, and their capitals win over a
namesake town of a state the story also names. A body that "sent police
… and said it would …" is the "it". The articles are written for the
tests; the first line of each is its headline."""

from __future__ import annotations

import redline
from redline.actors.dictionaries import parse_actor_code, territory_of
from redline.pipeline import actor_resolver

ISLAND = ("Police clear protest camp in Puerto Rico\n\n"
          "Tear gas was used by police in San Juan on Tuesday against a camp of students who want Puerto "
          "Rico's governor to quit. Police in San Juan said the camp blocked a highway.\n\n"
          "The U.S. Department of Justice said it was monitoring the situation. U.S. senators from Florida "
          "and New York urged calm, and the White House said the governor should listen.\n\n"
          "Demonstrators marched again in San Juan on Wednesday.\n")

SENT = ("Paris sends police to Noumea\n\n"
        "After a night of looting, the French government flew extra gendarmes to New Caledonia and said it "
        "would punish the looters severely.\n")


def test_territory_codes_are_their_own():
    assert territory_of("USAPRI", {"USA", "PRI"}) == "PRI"
    assert territory_of("USAGOV", {"USA", "PRI"}) is None
    iso = set(actor_resolver().tables.countries)
    assert parse_actor_code("DNKGRL", iso) == ("GRL", None)
    for name, code in (("Puerto Rico", "PRI"), ("Greenland's government", "GRLGOV"), ("Nuuk", "GRL")):
        assert actor_resolver().resolve(name, "2024-01-01").code == code


def test_a_territorys_capital_and_police_are_its_own(nlp):
    analysis = redline.analyze(ISLAND, nlp=nlp)
    assert all(p.country == "PRI" for p in analysis.places if p.text == "San Juan")
    police = next(e for e in analysis.events if any("police" in r.text.lower() for r in e.sources))
    assert police.sources[0].code == "PRICOP"


def test_it_of_a_body_that_acted_and_said(nlp):
    analysis = redline.analyze(SENT, nlp=nlp)
    threat = next(e for e in analysis.events if e.type == "THREATEN")
    assert [r.code for r in threat.sources] == ["FRAGOV"]
