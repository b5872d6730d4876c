"""What a verb does is told by its object and phrases: rockets launched at
a state are an attack on it, also when the object is a list ("artillery
and rocket fire against the camps"); a politician attacking a rival "over"
something is an accusation, not violence. Every article here is written
for the test; the first line is its headline."""

from __future__ import annotations


def test_rockets_launched_at_a_state_are_an_attack_on_it(story):
    found = story("Rockets fired across border\n\n"
                  "BEIRUT - Hezbollah said it had launched rockets and drones towards Israel on Monday.")
    attacks = [f for f in found if f[0] == "ASSAULT"]
    assert attacks and attacks[0][2] == ["LBNREB"] and attacks[0][3] == ["ISR"]


def test_a_list_of_fire_keeps_its_target(story):
    found = story("Border shelling\n\n"
                  "Thai forces launched artillery, mortar and rocket fire against Cambodian positions on Sunday.")
    attacks = [f for f in found if f[0] == "ASSAULT"]
    assert attacks and attacks[0][3] and attacks[0][3][0].startswith("KHM")


def test_attacking_a_rival_over_a_policy_is_an_accusation(story):
    found = story("Budget row\n\n"
                  "SEOUL - Opposition leader Lee Jae-myung attacked the president over the budget on Monday.")
    assert [f[0] for f in found if f[3]] == ["ACCUSE"]


def test_an_anti_protest_is_against_whom_it_names(story):
    found = story("Protests in the capital\n\n"
                  "BANGKOK - Thousands joined anti-government protests in Bangkok on Sunday.")
    protests = [f for f in found if f[0] == "PROTEST"]
    assert protests and protests[0][3] == ["THAGOV"]


def test_a_states_strikes_are_attacks_and_workers_strikes_are_not(story):
    found = story("Strikes resume\n\n"
                  "Israel carried out new strikes on Monday. Nigerian workers began a general strike on Tuesday.")
    assert [f[:3] for f in found] == [("ASSAULT", "heavy-weapons", ["ISR"]), ("PROTEST", "strike-gen", ["NGALAB"])]
