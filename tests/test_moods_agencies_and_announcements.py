"""A mood is no speaker ("political polarization in the Senate …,
raising concern" is no one's words, and acts as no one); a news agency that saw the
footage lends its home to no one in the story; "Kiribatian" is Kiribati's;
sanctions announced are the announcer's. The articles are written for the
tests; the first line of each is its headline."""

from __future__ import annotations

import redline

MOOD = ("Pacific states wait for funds\n\n"
        "MAJURO (Reuters) - Political polarization in the US Senate has led to a freeze of funds for the atoll "
        "nations, raising concern about whether Washington will keep its word.\n")

FOOTAGE = ("Students storm refugee shelter\n\n"
           "BANDA ACEH, Indonesia (AFP) - Video obtained by AFP showed dozens of students forcing their way into a "
           "camp for Rohingya refugees in Aceh on Wednesday. The students told the refugees to leave Aceh, an AFP "
           "photographer at the scene reported.\n")

ISLANDS = ("Opposition moves to oust Kiribatian president\n\n"
           "TAIPEI (Taiwan) - Taiwan's foreign ministry is following events in Kiribati, an ally it lost in 2019. "
           "In Tarawa the Kiribatian Parliament has been suspended, and opposition members accuse President "
           "Taneti Maamau of refusing to face a vote.\n")

SANCTIONS = ("Beijing answers Washington\n\n"
             "BEIJING (Reuters) - On Monday the Chinese foreign ministry's spokeswoman, Hua Ying, announced new "
             "sanctions on three US defence firms.\n")


def test_a_mood_neither_speaks_nor_acts(nlp):
    analysis = redline.analyze(MOOD, nlp=nlp)
    assert not [s for s in analysis.statements if "polarization" in (s.speaker.mention or "")]
    assert not [r for e in analysis.events for r in e.sources if "polarization" in r.text]


def test_an_agency_lends_its_home_to_no_one(nlp):
    analysis = redline.analyze(FOOTAGE, nlp=nlp)
    codes = [r.code for e in analysis.events for r in e.sources + e.targets if r.code]
    assert codes and not any(c.startswith("FRA") for c in codes)


def test_a_kiribatian_body_is_kiribatis(nlp):
    analysis = redline.analyze(ISLANDS, nlp=nlp)
    maamau = next(e for e in analysis.entities if e.name and "Maamau" in e.name)
    assert maamau.actor == "KIRGOV"


def test_announced_sanctions_are_the_announcers(nlp):
    analysis = redline.analyze(SANCTIONS, nlp=nlp)
    sanction = next(e for e in analysis.events if e.type == "SANCTION")
    assert [r.code for r in sanction.sources] == ["CHNGOV"]


PATTERN = ("Arms sale angers Beijing\n\n"
           "TAIPEI (Reuters) - Taiwan's defence ministry welcomed the decision on Monday. Observers noted that the "
           "talk of sanctions against company bosses was unusual for Beijing.\n")


def test_an_act_inside_its_verbs_subject_is_not_the_last_actors(nlp):
    analysis = redline.analyze(PATTERN, nlp=nlp)
    sanctions = [e for e in analysis.events if e.type == "SANCTION"]
    assert sanctions and not any("ministry" in r.text for e in sanctions for r in e.sources)
