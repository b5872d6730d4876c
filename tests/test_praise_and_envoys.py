"""Calling something necessary praises it, and sending one's minister in
one's place aids no one (it is a visit, as sending an envoy is): neither
is an accusation or aid, while calling a strike an act of aggression still
accuses. The article is written for the tests; its
first line is its headline."""

from __future__ import annotations

import redline

STORY = ("Summit opens without Argentina's president\n\n"
         "ASUNCION (Reuters) - Argentine President Javier Milei stayed away from the Mercosur summit and sent his "
         "foreign minister, Ana Quiroga, in his place.\n\n"
         "Paraguay's president praised the bloc's trade rules, calling them necessary.\n\n"
         "Uruguay's foreign minister called the tariffs an act of aggression.\n")


def test_praise_and_a_stand_in_are_no_events(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    assert not [e for e in analysis.events if e.type in ("AID", "ACCUSE") and any(
        STORY[s:t] in ("sent", "calling") for s, t in e.trigger)]


def test_calling_something_an_act_of_aggression_still_accuses(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    assert [e for e in analysis.events if e.type == "ACCUSE" and any(STORY[s:t] == "called" for s, t in e.trigger)]
