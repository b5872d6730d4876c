"""Who a pronoun after "at" or "towards" is, and who "one of" them is: the
protesters who hurled rocks towards them hurled them at the police, never
at themselves; "one of the offenders, the speaker Marc Tabi" is the speaker.
The article is written for the tests; its first line is its headline."""

from __future__ import annotations

import redline

STORY = ("Police fire tear gas at car protest in Dili\n\n"
         "DILI (Reuters) - Police in East Timor fired tear gas on Monday after some protesters hurled rocks "
         "towards them outside parliament.\n\n"
         "A court jailed 12 lawmakers for fraud last year. One of the offenders, parliament's speaker Marc "
         "Tabi, pardoned them a week later.\n")


def _events(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    return [(e.type, [(r.text, r.code) for r in e.sources], [(r.text, r.code) for r in e.targets])
            for e in analysis.events]


def test_a_pronoun_the_act_is_aimed_at_is_not_its_own_subject(nlp):
    rocks = [e for e in _events(nlp) if e[0] == "ASSAULT"]
    assert rocks and rocks[0][2] == [("them", "TLSCOP")]


def test_one_of_a_group_named_in_apposition_is_that_person(nlp):
    pardon = [e for e in _events(nlp) if any("Tabi" in text for text, _ in e[1])]
    assert pardon and pardon[0][1][0][1].startswith("TLS")


def test_some_of_a_crowd_named_by_them_throw_rocks_at_police(nlp):
    text = ("Clashes outside parliament in Podgorica\n\n"
            "PODGORICA (Reuters) - While protesters in Montenegro were close to the parliament building, some of "
            "them started throwing rocks and bottles at police, who responded with tear gas.\n")
    analysis = redline.analyze(text, nlp=nlp)
    rocks = [e for e in analysis.events if e.type == "ASSAULT"]
    assert rocks
    assert [r.code for r in rocks[0].sources] == ["MNECVL"]
    assert [r.code for r in rocks[0].targets] == ["MNECOP"]


def test_tear_gas_fired_after_a_crowd_acted_is_fired_at_that_crowd(nlp):
    gas = [e for e in _events(nlp) if e[0] == "COERCE" and e[1] and e[1][0][1] == "TLSCOP"]
    assert gas and gas[0][2] == [("protesters", "TLSCVL")]


def test_a_pronoun_inside_its_own_groups_phrase_ends(nlp):
    # the parser hangs "their second child" on the couple "their" refers to:
    # reading the pronoun back to its group must not read it again forever
    text = ("Couple expecting second child.\n\n"
            "NEW YORK, Dec. 22 (UPI) — Sara Vogel announced she and husband Mark Ostrow are expected their "
            "second child this summer.\n")
    analysis = redline.analyze(text, nlp=nlp)
    assert analysis.statements
