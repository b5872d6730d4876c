"""A sitting president and the former one are two people; supporters of a
leader are not his office; a child "had been shot" was shot, whatever the
parser calls the subject. The articles are written for the tests; the
first line of each is its headline."""

from __future__ import annotations

import redline

STORY = ("Gambia police arrest protesters\n\n"
         "BANJUL - Police arrested dozens of people on Sunday as protests against President Adama Barrow "
         "spread in the capital.\n\n"
         "Barrow came to power in 2017, ending 22 years of rule by Yahya Jammeh. He has refused to step down.\n\n"
         "Jammeh's supporters marched on Saturday to demand the former president be allowed to return from "
         "exile.\n")


def test_the_former_president_is_not_the_sitting_one(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    barrow = next(e for e in analysis.entities if e.name == "Adama Barrow")
    assert "the former president" not in {STORY[s:t] for s, t in barrow.mentions}
    assert barrow.actor == "GMBGOV"


def test_a_leaders_supporters_are_not_his_office(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    supporters = next(e for e in analysis.entities
                      if any(STORY[s:t] == "Jammeh's supporters" for s, t in e.mentions))
    assert supporters.actor == "GMBCVL"


def test_a_passive_the_parser_reads_as_active_is_still_passive(story):
    found = story("Child hurt in protest\n\n"
                  "LILONGWE - Police spokesman James Kaunda said a child had been \u201caccidentally shot\u201d "
                  "during the protest but survived.\n")
    shots = [f for f in found if f[0] == "ASSAULT"]
    assert shots and all("MWICVL" not in f[2] for f in shots)


def test_supporters_named_by_compound_or_possessive_are_civilians():
    from redline.actors.resolve import ActorResolver

    resolver = ActorResolver()
    assert resolver.resolve("government supporters").code == "CVL"
    assert resolver.resolve("the arrested leader's sympathizers").code == "CVL"
    assert resolver.resolve("opposition supporters").code == "OPP"


def test_a_description_in_apposition_is_no_actor(story):
    found = story("Party condemns coup\n\n"
                  "BISSAU - Gomes' party, the biggest in a small country of 1.6 million people, condemned the coup "
                  "on Saturday.\n")
    assert not any("CVL" in c for f in found for c in f[2])
