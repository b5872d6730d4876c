"""A mood is no speaker ("growing dysfunction in Congress …, raising
concern" is no one's words, and acts as no one); a news agency that saw the
footage lends its home to no one in the story; "Kiribatian" is Kiribati's;
sanctions announced are the announcer's. The articles are written for the
tests; the first line of each is its headline."""

from __future__ import annotations

import redline

MOOD = ("Pacific states wait for funds\n\n"
        "MAJURO (Reuters) - Mounting dysfunction in the US Congress has led to delays in aid for three island "
        "states, raising concern about the commitment of Washington to its partners.\n")

FOOTAGE = ("Students storm refugee shelter\n\n"
           "BANDA ACEH, Indonesia (AFP) - Hundreds of students stormed a shelter for Rohingya refugees in Banda "
           "Aceh on Wednesday, according to footage seen by AFP. The students demanded that the refugees be "
           "moved to an immigration office in Aceh, the AFP journalist observed.\n")

ISLANDS = ("Opposition moves to oust Kiribatian president\n\n"
           "TAIPEI (Taiwan) - Taiwan said it was watching the situation in Kiribati closely. The Kiribatian "
           "Parliament was closed three days later, leading opposition leaders to accuse President Taneti "
           "Maamau of clinging to power. Taiwan lost Kiribati as an ally in 2019.\n")

SANCTIONS = ("Beijing answers Washington\n\n"
             "BEIJING (Reuters) - Chinese foreign ministry spokeswoman Hua Ying announced the new sanctions at a "
             "press conference on Monday.\n")


def test_a_mood_neither_speaks_nor_acts(nlp):
    analysis = redline.analyze(MOOD, nlp=nlp)
    assert not [s for s in analysis.statements if "dysfunction" in (s.speaker.mention or "")]
    assert not [r for e in analysis.events for r in e.sources if "dysfunction" in r.text]


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
           "TAIPEI (Reuters) - In Taipei, the defence ministry thanked Washington for the approval. Analysts in the "
           "region said the warning from Beijing followed a familiar pattern, but that the mention of sanctions "
           "against individual executives was new.\n")


def test_an_act_inside_its_verbs_subject_is_not_the_last_actors(nlp):
    analysis = redline.analyze(PATTERN, nlp=nlp)
    sanctions = [e for e in analysis.events if e.type == "SANCTION"]
    assert sanctions and not any("ministry" in r.text for e in sanctions for r in e.sources)
