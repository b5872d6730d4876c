"""Who speaks and whose side: a date the parser made a subject ("…,
today again calling X a coup") is no speaker; "the office of President X"
is hers, not the last body named ("a post on Telegram"); a "they" taken up
from a group of no state is placed in the story's state as the group is;
a patrol attacked by one state's troops is not theirs; "protesters vowed
to continue their rallies" targets no one. The articles are written for
the tests; the first line of each is its headline."""

from __future__ import annotations

import redline

COUP = ("Caretaker leader defies court\n\n"
        "Premier Tomasi Leota, in office for two decades, was not backing down either, today again calling the "
        "rival party's conduct a coup.\n")

OFFICE = ("Enclave seeks fuel deal\n\n"
          "CHISINAU (Reuters) - \"Our side can pay for the fuel in advance,\" enclave chief Ivan Petrov wrote on "
          "Telegram on Monday.\n\n"
          "\"Any contract must be open to inspection by the regulator,\" the office of Moldova's President Maria "
          "Rusu said later.\n")

BOYCOTT = ("Kiribati loses opposition as MPs cry foul\n\n"
           "TARAWA (Reuters) - Kiribati held its first election under the new constitution this week.\n\n"
           "Only two seats went to the National Unity Party in the Kiribati assembly, and both candidates accused "
           "civil servants of swaying the count. They said they would boycott parliament.\n")

BORDER = ("Two Indian soldiers killed in Kashmir\n\n"
          "SRINAGAR (Reuters) - Two Indian soldiers died in Kashmir on Tuesday. According to the army, Pakistani "
          "troops ambushed a patrol near the line of control before dawn. India protested to Pakistan.\n")

RALLIES = ("Protests over pensions\n\n"
           "DILI (Reuters) - Students marched through Dili, Timor-Leste, for a third day against new perks for "
           "lawmakers. Protesters have pledged to keep up their rallies until the perks are dropped.\n")


def test_a_date_is_no_speaker(nlp):
    analysis = redline.analyze(COUP, nlp=nlp)
    coup = next(s for s in analysis.statements if "coup" in s.content_text(COUP))
    assert coup.speaker.name == "Tomasi Leota"


def test_an_office_of_a_named_person_is_not_the_last_body_named(nlp):
    analysis = redline.analyze(OFFICE, nlp=nlp)
    office = next(s for s in analysis.statements if "inspection" in s.content_text(OFFICE))
    assert "Telegram" not in (office.speaker.name or "")
    assert office.speaker.actor == "MDAGOV"


def test_they_of_a_group_is_placed_as_the_group(nlp):
    analysis = redline.analyze(BOYCOTT, nlp=nlp)
    acts = [(e.type, [r.code for r in e.sources], [r.code for r in e.targets]) for e in analysis.events]
    assert ("ACCUSE", ["KIRPOL"], ["KIRGOV"]) in acts  # the civil servants are the state's
    assert all(code != "POL" for _, sources, _ in acts for code in sources)


def test_a_patrol_attacked_by_troops_is_the_other_sides(nlp):
    analysis = redline.analyze(BORDER, nlp=nlp)
    attack = next(e for e in analysis.events if any("Pakistani" in r.text for r in e.sources))
    assert [r.code for r in attack.targets] == ["INDMIL"]


def test_ones_own_rallies_target_no_one(nlp):
    analysis = redline.analyze(RALLIES, nlp=nlp)
    vow = [e for e in analysis.events if any(r.text == "Protesters" for r in e.sources)]
    assert vow and all(not e.targets for e in vow)
