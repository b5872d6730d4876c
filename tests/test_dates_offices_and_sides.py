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
        "Incumbent Prime Minister Tomasi Leota was not backing down either, today again calling the opposition "
        "party's actions a coup.\n")

OFFICE = ("Breakaway region offers to buy gas\n\n"
          "CHISINAU (Reuters) - \"We are ready to buy gas through the state supplier,\" separatist leader Ivan "
          "Petrov said in a post on Telegram.\n\n"
          "\"We need to ensure transparency in gas supply arrangements,\" the office of Moldova's President "
          "Maria Rusu said in a separate statement.\n")

BOYCOTT = ("Kiribati loses opposition as MPs cry foul\n\n"
           "TARAWA (Reuters) - Kiribati held its first election under the new constitution this week.\n\n"
           "The National Unity Party won two seats in the Kiribati assembly, and both candidates accused civil "
           "servants of influencing the results. They said they would boycott parliament.\n")

BORDER = ("Two Indian soldiers killed in Kashmir\n\n"
          "SRINAGAR (Reuters) - Two Indian soldiers were killed in Kashmir on Tuesday, the army said. The army "
          "said Pakistani troops attacked a patrol operating between two border posts. India protested to "
          "Pakistan.\n")

RALLIES = ("Protests over pensions\n\n"
           "DILI (Reuters) - Thousands of protesters marched in Dili, Timor-Leste, against a pension plan for "
           "lawmakers. Protesters have vowed to continue their rallies until the plan is formally scrapped.\n")


def test_a_date_is_no_speaker(nlp):
    analysis = redline.analyze(COUP, nlp=nlp)
    coup = next(s for s in analysis.statements if "coup" in s.content_text(COUP))
    assert coup.speaker.name == "Tomasi Leota"


def test_an_office_of_a_named_person_is_not_the_last_body_named(nlp):
    analysis = redline.analyze(OFFICE, nlp=nlp)
    office = next(s for s in analysis.statements if "transparency" in s.content_text(OFFICE))
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
