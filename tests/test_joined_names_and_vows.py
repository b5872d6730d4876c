"""A coup story from a state whose name has a hyphen: "Guinea-Bissau" is one
state (never Guinea), the premier and the army chief arrested together are
two people, vows to punish or avenge are threats, and photographs released
are no statement. The articles are written for the tests; the first line of
each is its headline."""

from __future__ import annotations

import redline

STORY = ("Guinea-Bissau soldiers detain premier and army chief\n\n"
         "BISSAU - Soldiers in Guinea-Bissau detained the prime minister and the army's chief of staff on "
         "Thursday, two officers said.\n\n"
         "Prime Minister Joao Mendes was later freed and driven to his home, while the army chief remained "
         "under guard at an air base.\n\n"
         "Guinea-Bissau's president vowed to punish those behind the mutiny.\n")


def test_a_hyphenated_state_is_one_state(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    states = {e.name: e.actor for e in analysis.entities if e.kind == "state"}
    assert states.get("Guinea-Bissau") == "GNB"
    assert "Guinea" not in states
    codes = [r.code for e in analysis.events for r in e.sources + e.targets if r.code]
    assert codes and not any(c.startswith("GIN") for c in codes)


def test_people_arrested_together_are_two(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    text = STORY
    together = [e for e in analysis.entities
                if {"the prime minister", "the army's chief of staff"} <= {text[s:t] for s, t in e.mentions}]
    assert not together
    arrest = next(e for e in analysis.events if e.type == "COERCE")
    assert {r.code for r in arrest.targets} == {"GNBGOV", "GNBMIL"}


def test_a_president_and_an_army_chief_are_two(nlp):
    text = "Mutiny in the capital\n\nMutinous soldiers detained the president and the army chief on Thursday.\n"
    people = [{text[s:t] for s, t in e.mentions} for e in redline.analyze(text, nlp=nlp).entities]
    assert {"the president"} in people and {"the army chief"} in people


def test_a_vow_to_punish_is_a_threat(story):
    found = story(STORY)
    assert ("THREATEN", "GNBGOV") in {(f[0], f[2][0]) for f in found if f[2]}
    assert "AGREE" not in {f[0] for f in found}


def test_vows_to_avenge_or_crush_are_threats(story):
    found = story("Soldiers killed in ambush\n\n"
                  "The army vowed on Sunday to avenge the soldiers killed in the ambush, and the interior "
                  "minister vowed to crush the rebellion in the north.\n")
    assert [f[0] for f in found].count("THREATEN") == 2
    assert "AGREE" not in {f[0] for f in found}


def test_a_state_that_punishes_another_sanctions_it(story):
    found = story("EU punishes Minsk\n\nThe European Union punished Belarus on Monday with new sanctions.\n")
    assert any(f[0] == "SANCTION" and f[3] == ["BLR"] for f in found)


def test_photographs_released_are_no_statement(nlp):
    text = ("Police seek suspects\n\nPolice released photographs of three suspects on Monday after "
            "the raid.\n")
    assert not redline.analyze(text, nlp=nlp).statements
