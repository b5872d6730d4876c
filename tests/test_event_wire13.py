"""Event actors on fresh wire-story grammar (issue 9, held-out check on
twelve wire stories): trigger senses the "with NOUN V-ing" clause exposes,
passive agents, the story's state on bare sectors. Every article here is
written for the test."""

from __future__ import annotations

from redline.pipeline import analyze_article
from redline.read import article_from_text


def test_hosting_a_movement_is_no_meeting(events):
    found = events("Relations between the rivals have long been tense, with Algeria hosting the Polisario "
                   "Front on its soil.")
    assert not [f for f in found if f[0] == "CONSULT"]


def test_hosting_talks_or_a_visitor_is_still_a_meeting(events):
    found = events("Algeria hosted talks between the two sides last year. Qatar hosted a delegation "
                   "from Hamas on Sunday.")
    assert [(t, s[0][:3]) for t, _, s, _ in found] == [("CONSULT", "DZA"), ("CONSULT", "QAT")]


def test_deploying_tear_gas_is_no_troop_movement(events):
    found = events("Scuffles broke out at noon, with police deploying tear gas and firing shots over the "
                   "heads of the marchers. Police also deployed water cannon.")
    assert not [f for f in found if f[0] == "MOBILIZE"]
    assert [t for t, *_ in found] == ["ASSAULT"]


def test_deploying_forces_is_still_a_troop_movement(events):
    found = events("Fighting resumed on Monday, with Russia deploying fresh troops near the border. "
                   "France deployed gendarmes to the island.")
    assert [(t, m, s[0][:3]) for t, m, s, _ in found] == [("MOBILIZE", "troops", "RUS"),
                                                           ("MOBILIZE", "police", "FRA")]


def test_a_party_man_in_a_one_state_story_is_that_states(events):
    # every place the story names is Zambian: the candidate the tables know
    # only as a politician (POL, also Poland's code) is Zambia's, as his
    # statements are
    found = events("Zambian police fired tear gas at opposition supporters in Lusaka on Monday. "
                   "Presidential candidate John Mwale, who arrived late, urged his supporters to go home. "
                   "He condemned the police's actions.")
    assert [(t, s) for t, _, s, _ in found][1:] == [("REQUEST", ["ZMBPOL"]), ("ACCUSE", ["ZMBPOL"])]


def test_no_home_state_for_a_story_of_two_states(events):
    found = events("Kenyan police fired tear gas at protesters in Nairobi on Monday. Ugandan police "
                   "arrested students in Kampala. Presidential candidate John Mwale condemned the arrests.")
    accuse = [s for t, _, s, _ in found if t == "ACCUSE"]
    assert accuse == [["POL"]]  # whose candidate, the story does not say


def test_a_domestic_headline_act_is_not_swallowed_by_another_domestic_act(nlp):
    # headline and body sides are all Ecuador's: the headline's protest is
    # not the body's arrest or condemnation just because the states match
    text = ("Another student dies during anti-government protests in Quito, Ecuador\n\n"
            "QUITO - Police arrested a group of people in the centre of Quito on Tuesday. "
            "Ecuadorean officials condemned attacks on reporters in Quito.")
    analysis = analyze_article(article_from_text(text, source="quito.txt", id="quito"), nlp)
    assert [e.type for e in analysis.events][0] == "PROTEST"


def test_the_presidents_of_the_two_countries_are_both_states(events):
    found = events("Fighting broke out on the border between Kyrgyzstan and Tajikistan on Thursday. "
                   "The leaders of both countries talked by phone on Saturday about a truce.")
    consult = [s for t, _, s, _ in found if t == "CONSULT"]
    assert consult and sorted(consult[0]) == ["KGZGOV", "TJKGOV"]


def test_made_to_disperse_by_security_forces_is_the_forces_act(events):
    found = events("LOME - Togolese demonstrators filled the streets of Lome on Monday. The demonstrators, "
                   "waving banners, had vowed to stay out until dawn but were eventually made to disperse "
                   "by security forces.")
    assert found[-1][0] == "COERCE"
    assert found[-1][2] == ["TGOMIL"] and found[-1][3] == ["TGOCVL"]


def test_forced_to_resign_is_still_the_ministers_resignation(events):
    found = events("The Togolese minister was forced to resign by the army.")
    assert [(t, s) for t, _, s, _ in found] == [("RETREAT", ["TGOGOV"])]


def test_taken_into_custody_by_the_police_is_an_arrest_by_the_police(events):
    found = events("Tunisian opposition leader Ali Hamdi was taken into custody by the police on Monday.")
    assert [(t, m, s, g) for t, m, s, g in found] == [("COERCE", "arrest", ["TUNCOP"], ["TUNOPP"])]


def test_what_was_set_ablaze_is_the_target(events):
    found = events("Two Kyrgyz border posts were set ablaze by Tajik troops on Friday.")
    assert [(t, s, g) for t, _, s, g in found] == [("COERCE", ["TJKMIL"], ["KGZ"])]
    found = events("A Kyrgyz checkpoint and two barns were set ablaze overnight.")
    assert [(t, s, g) for t, _, s, g in found] == [("COERCE", [], ["KGZ"])]


def test_people_killed_after_a_reporting_verb_are_victims(events):
    found = events("Officials in Kyrgyzstan reported 12 people killed, all but one of them villagers "
                   "and 40 wounded.")
    assault = [(s, g) for t, _, s, g in found if t == "ASSAULT"]
    assert assault and assault[0][0] == [] and "KGZCVL" in assault[0][1]


def test_held_on_charges_is_an_arrest(events):
    found = events("Zimbabwe police held opposition lawmaker Tendai Moyo on charges of inciting violence. "
                   "Police are holding three journalists in custody in Harare.")
    assert [(t, m) for t, m, _, _ in found] == [("COERCE", "arrest"), ("COERCE", "arrest")]
    assert found[0][2:] == (["ZWECOP"], ["ZWEOPP"])


def test_its_soldiers_are_the_telling_governments(events):
    found = events("Chadian rebels raided a village near the frontier with Sudan on Sunday, but the Chadian "
                   "government said its troops had repelled the raid, killing ten fighters.")
    assert [s for t, _, s, _ in found if t == "ASSAULT"][-1] == ["TCDMIL"]
    # a government the sentence does not place: its forces, of no state
    # (not Sudan's, named nearest, nor the rebels')
    found = events("Chadian rebels raided a village near the frontier with Sudan on Sunday, but the "
                   "government said its troops had repelled the raid, killing ten fighters.")
    assert [s for t, _, s, _ in found if t == "ASSAULT"][-1] == ["MIL"]


def test_wanting_someone_to_resign_is_a_demand_not_a_resignation(events):
    found = events("Togolese protesters want President Faure Gnassingbe to resign.")
    assert [(t, m, s, g) for t, m, s, g in found] == [("REQUEST", "yield", ["TGOCVL"], ["TGOGOV"])]


def test_what_a_decree_allows_is_not_done(events):
    found = events("The new law allows the army to support the police at checkpoints.")
    assert not [f for f in found if f[0] == "SUPPORT"]


def test_an_act_with_no_agent_raises_no_consultation(events):
    found = events("The killings of two reporters have raised concerns about press freedom in Zambia.")
    assert not [f for f in found if f[0] == "CONSULT"]


def test_a_risk_foreseen_is_no_threat_but_a_sides_own_strikes_are(events):
    found = events("The envoy warned that the growing clashes between militias could spark a broader war.")
    assert not [f for f in found if f[0] == "THREATEN"]
    found = events("Russia warned that its strikes could hit NATO convoys.")
    assert [(t, s) for t, _, s, _ in found] == [("THREATEN", ["RUS"])]


def test_there_were_attacks_names_no_attacker(events):
    found = events("Police dispersed Peruvian marchers in Cusco. There were also assaults on reporters "
                   "near the main square.")
    assert [(t, s) for t, _, s, _ in found][1:] == [("ASSAULT", [])]


def test_the_officials_expelled_again_were_expelled_by_the_same_state(events):
    found = events("Washington said Managua had expelled three American officials. A spokesman said the "
                   "officials were kicked out of the country on Friday.")
    assert [(t, s, g) for t, _, s, g in found] == [("COERCE", ["NIC"], ["USAGOV"])] * 2


def test_whose_council_is_the_council_of_the_noun_before(events):
    found = events("The UN restated its backing for Libya's unity government (GNA), whose defence council "
                   "on Sunday vowed a military offensive against the militias.")
    threat = [(s, g) for t, _, s, g in found if t == "THREATEN"]
    assert threat == [(["LBYGOV"], ["LBYREB"])]


def test_talks_to_end_a_war_are_between_its_sides(events):
    found = events("Talks to end the war between Ethiopia and Eritrea resumed in Algiers.")
    assert [(t, sorted(s)) for t, _, s, _ in found] == [("CONSULT", ["ERI", "ETH"])]
