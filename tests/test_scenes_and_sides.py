"""A protest story set in one state that names a neighbour's embassy more
often than its own state: "the capital, Amman" says where the story is;
"anti-riot police" are police; a rally "in support of" a group is not
against it; the place an act happens ("a flashpoint of protests", "Jordan
has seen protests") is not who acts; signing and reneging are acts, not
statements. The articles are written for the tests; the first line of each
is its headline."""

from __future__ import annotations

import redline

STORY = ("Police break up march on Israeli embassy\n\n"
         "Anti-riot police beat and detained dozens of demonstrators trying to march on the Israeli embassy in "
         "the capital, Amman, witnesses said on Thursday.\n\n"
         "The Israeli embassy has long been a flashpoint of anti-Israel protests whenever Israel strikes Gaza. "
         "Israel has not commented, and an Israeli official said the embassy staff were safe.\n\n"
         "Many demonstrators chanted slogans in support of Hamas. Protesters said they would return on Friday.\n\n"
         "Jordan has seen some of the biggest outpourings of public anger in the region since the war began.\n")


def _events(nlp, text):
    return redline.analyze(text, nlp=nlp).events


def test_the_capital_named_without_its_state_places_the_story(nlp):
    events = _events(nlp, STORY)
    detained = next(e for e in events if e.type == "COERCE")
    assert [r.code for r in detained.sources] == ["JORCOP"]
    assert [r.code for r in detained.targets] == ["JORCVL"]


def test_a_rally_in_support_of_a_group_is_not_against_it(nlp):
    chant = next(e for e in _events(nlp, STORY) if e.type == "PROTEST" and "chanted" in
                 STORY[e.sentence[0]:e.sentence[1]])
    assert not any(r.code and r.code.startswith("PSE") for r in chant.sources + chant.targets)


def test_a_flashpoint_of_protests_is_where_they_happen(nlp):
    protests = [e for e in _events(nlp, STORY) if e.type == "PROTEST" and "flashpoint" in
                STORY[e.sentence[0]:e.sentence[1]]]
    assert protests
    # (the protesters, civilians of the story's state; never the embassy)
    assert all([r.code for r in e.sources] in ([], ["JORCVL"]) for e in protests)
    assert all([r.code for r in e.targets] == ["ISR"] for e in protests)


def test_a_state_that_has_seen_anger_is_not_angry(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    seen = [e for e in analysis.events if "has seen" in STORY[e.sentence[0]:e.sentence[1]]]
    assert all(not e.sources for e in seen)
    assert not any(STORY[s.sentence[0]:s.sentence[1]].startswith("Jordan has seen") for s in analysis.statements)


def test_signing_and_reneging_are_no_statements(nlp):
    text = ("Border deal signed\n\n"
            "Estlandia and Varnia signed an agreement on Monday to settle their border. The president reneged on "
            "a promise to step down, and the government did not name the officials involved.\n")
    assert not redline.analyze(text, nlp=nlp).statements
