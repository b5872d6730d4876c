"""A story whose headline names no state is told from the state whose
official its first sentence leads with ("Portugal's Prime Minister …
criticised judges …"), however often it names the state the dispute is
about: its judges, cabinet, ministers and opposition are that state's. A
state named inside what someone acts on, or as another clause's own
subject, owns no one. Towns where crowds rally and police deploy are where,
not whom. The articles are written for the tests; the first line of each is
its headline."""

from __future__ import annotations

import redline

STORY = ("Premier angered by court ruling on asylum deal\n\n"
         "Portugal's Prime Minister Ana Ferreira criticised judges on Tuesday for blocking the government's plan "
         "to hold asylum seekers at new centres in Morocco.\n\n"
         "The ruling is a setback for the plan to move some asylum processing to Morocco, which has agreed to "
         "host two centres.\n\n"
         "\"A few judges condemned the deal with Morocco before reading a line of it,\" Ferreira told "
         "reporters in Lisbon. Portugal signed the agreement last year.\n\n"
         "The interior minister, Rui Costa, said the cabinet would appeal the ruling and that Morocco remained "
         "a safe partner.\n\n"
         "Opposition lawmakers said the deal with Morocco was unlawful.\n")

RALLIES = ("Thousands rally against pension cuts\n\n"
           "LISBON (Reuters) - Thousands of protesters rallied across Porto on Saturday, and another 2,000 "
           "demonstrated in Braga, a city of 190,000 residents, against the government's pension cuts.\n\n"
           "Police officers were deployed across Lisbon ahead of a parliamentary vote on Monday.\n")


def _codes(analysis, text, mention):
    return [r.code for e in analysis.events for r in e.sources + e.targets if r.text == mention]


def test_officials_the_story_leaves_unplaced_are_the_lede_officials_state(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    speakers = {s.speaker.mention: s.speaker.actor for s in analysis.statements}
    assert speakers["The interior minister, Rui Costa"] == "PRTGOV"
    assert speakers["Opposition lawmakers"] == "PRTOPP"
    assert _codes(analysis, STORY, "judges") and set(_codes(analysis, STORY, "judges")) == {"PRTJUD"}


def test_a_state_that_acts_for_itself_owns_no_one(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    # ("the cabinet would appeal … and that Morocco remained a safe partner")
    assert _codes(analysis, STORY, "cabinet") == ["PRTGOV"]


def test_a_lone_sentence_frames_no_story(nlp):
    text = "Two Portuguese activists were detained by police in Rabat on Sunday, officials said.\n"
    analysis = redline.analyze(text, nlp=nlp)
    assert not any((r.code or "").startswith("PRT") and r.text == "police"
                   for e in analysis.events for r in e.sources)


def test_towns_where_crowds_rally_and_police_deploy_are_no_targets(nlp):
    analysis = redline.analyze(RALLIES, nlp=nlp)
    protests = [e for e in analysis.events if e.type == "PROTEST"]
    mobilized = [e for e in analysis.events if e.type == "MOBILIZE"]
    assert protests and mobilized
    places = {"Porto", "Braga", "Lisbon"}
    assert not any(r.text in places for e in protests + mobilized for r in e.targets)
