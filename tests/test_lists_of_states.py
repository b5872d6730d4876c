"""A story about one state names its neighbours in lists: "Mali, Guinea and
Niger" is three states (not a town called Mali in Guinea), "the West
African country" still means the story's own state, and "a group of
soldiers" is many people, never the minister named just before. The
article is written for the test; the first line is its headline."""

from __future__ import annotations

import redline

STORY = ("Togo minister says armed forces foil mutiny\n\n"
         "Togo's defence minister said on Sunday armed forces had foiled a mutiny after a group of soldiers "
         "in the West African nation claimed on national television to have seized power.\n\n"
         "The mutiny was the latest threat to democratic norms in the region, where the military have in recent "
         "years seized power in Togo's neighbours Niger and Burkina Faso, as well as Mali, Guinea and, only last "
         "month, Gabon.\n\n"
         "However, Defence Minister Kossi Agbeko said in a statement later on Sunday that the West African "
         "country's armed forces had thwarted the mutiny and arrested its leaders.\n")


def test_states_in_a_list_are_states(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    countries = {STORY[p.span[0]:p.span[1]]: p.country for p in analysis.places}
    assert countries["Mali"] == "MLI"


def test_the_country_described_after_a_list_is_the_storys_own(story):
    arrests = [f for f in story(STORY) if f[0] == "COERCE"]
    assert arrests and arrests[0][2] == ["TGOMIL"]


def test_a_group_of_soldiers_is_not_the_minister(nlp):
    speakers = [(s.speaker.mention, s.speaker.name) for s in redline.analyze(STORY, nlp=nlp).statements]
    soldiers = [name for mention, name in speakers if mention and "group of soldiers" in mention]
    assert soldiers and all(name != "Kossi Agbeko" for name in soldiers)


def test_trying_to_overthrow_a_government_is_an_attack_on_it(story):
    found = story("Coup attempt foiled\n\n"
                  "LOME, Togo - A small group of soldiers tried to overthrow the government on Sunday, the defence "
                  "minister said.")
    attacks = [f for f in found if f[0] == "ASSAULT"]
    assert attacks and attacks[0][2] == ["TGOMIL"] and attacks[0][3] == ["TGOGOV"]


def test_a_capital_labelled_a_body_is_a_place_not_a_speaker(nlp):
    text = ("Prime minister steps down\n\n"
            "The secret ballot followed days of protests in the capital Ulaanbaatar against alleged corruption.\n\n"
            "In a statement to AFP last month, the prime minister's office said it denied the allegations.\n")
    speakers = [s.speaker.name for s in redline.analyze(text, nlp=nlp).statements]
    assert speakers and "Ulaanbaatar" not in speakers


def test_it_in_a_coordinated_clause_is_the_first_clauses_subject(story):
    found = story("Border row\n\n"
                  "Latvia has said the balloons are sent by smugglers carrying cigarettes from Belarus into the EU, "
                  "but it also blames Lukashenko for not stopping the practice.")
    blames = [f for f in found if f[0] == "ACCUSE"]
    assert blames and blames[0][2] == ["LVA"]


def test_a_state_right_after_a_datelines_dash_is_the_leads_subject(nlp):
    text = "BEIRUT - Lebanon condemned the Israeli strikes on Monday."  # a text with no headline line
    events = [(e.type, [r.code for r in e.sources], [r.code for r in e.targets])
              for e in redline.analyze(text, nlp=nlp).events]
    assert events == [("ACCUSE", ["LBN"], ["ISR"])]
