"""Where an act happens is not whom it is done to, whoever "faces"
criticism is its target, and an amnesty is no rights group: "On his X
account, Vila accused the judges" accuses the judges, not the account's
owner; "thousands rallied in Sofia" are against no town; "the minister's
plan faced criticism" is criticism of the minister; "the amnesty law" is
no Amnesty International. The article is written for the tests; its first
line is its headline."""

from __future__ import annotations

import redline

STORY = ("Catalan leader attacks court ruling\n\n"
         "MADRID (Reuters) - Spain's Supreme Court refused on Monday to apply the amnesty law to Catalan "
         "politician Jordi Vila.\n\n"
         "On his X account, Vila accused the judges of subverting the rule of law.\n\n"
         "Thousands of Bulgarians rallied on Wednesday evening in Sofia.\n\n"
         "Interior Minister Ana Ruiz's plan faced widespread criticism.\n")


def _events(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    return [(e.type, [r.text for r in e.sources], [(r.text, r.code) for r in e.targets]) for e in analysis.events]


def test_a_phrase_set_before_the_subject_is_no_target(nlp):
    accused = [e for e in _events(nlp) if e[0] == "ACCUSE" and e[1] == ["Vila"]]
    assert accused and all(code.startswith("ESPJUD") for _, code in accused[0][2])
    assert accused[0][2]


def test_a_town_a_crowd_rallied_in_is_no_target(nlp):
    rally = [e for e in _events(nlp) if e[0] == "PROTEST"]
    assert rally and not any(text == "Sofia" for text, _ in rally[0][2])


def test_who_faces_criticism_is_its_target(nlp):
    faced = [e for e in _events(nlp) if e[0] == "ACCUSE" and any("Ruiz" in text for text, _ in e[2])]
    assert faced and not any("Ruiz" in text for text in faced[0][1])


def test_an_amnesty_law_is_no_rights_group(nlp):
    refused = [e for e in _events(nlp) if e[0] == "REJECT"]
    assert refused and not any(code.startswith("NGO") for _, code in refused[0][2])
