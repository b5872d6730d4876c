"""Whose office a person holds: a state's sitting president keeps his
state's code when the story also calls him a bloc's rotating president; a
minister introduced as "his foreign minister" is the state's of the leader
"his" refers to; a state's ministry in apposition to the state is a body of
that state, not the state. The article is written for the tests; its first
line is its headline."""

from __future__ import annotations

import redline

SUMMIT = ("Summit opens without Argentina's leader\n\n"
          "ASUNCION (Reuters) - Uruguay's President Tomas Ferreira, the Mercosur bloc's rotating president, said on "
          "Monday that every leader should attend the summit.\n\n"
          "Argentine President Javier Milei stayed away and sent his foreign minister, Ana Quiroga, in his place. "
          "\"We do not have to agree on everything,\" Quiroga told reporters.\n\n"
          "The prisoner exchange was mediated by Chile, the country's foreign ministry said in a statement.\n")


def _speakers(nlp, text=SUMMIT):
    analysis = redline.analyze(text, nlp=nlp)
    return {s.speaker.mention: s.speaker.actor for s in analysis.statements}, analysis


def test_a_state_president_is_no_bloc_official_for_holding_its_chair(nlp):
    speakers, _ = _speakers(nlp)
    assert speakers["Uruguay's President Tomas Ferreira"] == "URYGOV"


def test_his_foreign_minister_is_of_the_leader_his_state(nlp):
    speakers, _ = _speakers(nlp)
    assert speakers["Quiroga"] == "ARGGOV"


def test_a_ministry_in_apposition_to_its_state_is_the_states_body(nlp):
    # (the story names Argentina more often: "the country" is still Chile)
    text = SUMMIT.replace("in his place.", "in his place. Argentina has threatened to leave the bloc, and "
                          "Argentina's economy minister has called it a prison.")
    speakers, analysis = _speakers(nlp, text)
    assert speakers["the country's foreign ministry"] == "CHLGOV"
    ministry = next(e for e in analysis.entities
                    if any(text[s:t] == "the country's foreign ministry" for s, t in e.mentions))
    assert not any(text[s:t] == "Chile" for s, t in ministry.mentions)
