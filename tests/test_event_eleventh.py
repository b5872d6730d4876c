"""Event sides on wire-story grammar, eleventh round (issue 9, item 5):
whom a crowd-control act is aimed at when the parser hides the target
("fired tear gas at protesters marching …", "threw stones back at police
lines"), a coordinated act's object never borrowed, and the object of
"prompting X to …" doing the inner act. Every article here is written for
the test; the first line of each is its headline."""

from __future__ import annotations

import pytest

from test_speakers_cast import DHAKA


def test_tear_gas_fired_at_marchers_targets_the_marchers(story):
    # the parser makes "students" the subject of "marching", under "at"
    found = story("Students clash with police\n\n"
                  "Riot police in Peru fired tear gas and rubber bullets at students marching toward "
                  "parliament on Friday, witnesses said.")
    fired = [f for f in found if f[4] == "fired"]
    assert fired and fired[0][2] == ["PERCOP"]
    assert fired[0][3] and fired[0][3][0].startswith("PER") and fired[0][3][0] != "PERCOP"


def test_stones_thrown_back_at_police_lines_target_the_police(story):
    found = story("Night of unrest in Lima\n\n"
                  "Hooded youths set fire to tyres and threw stones back at police lines during the clashes "
                  "in Lima.")
    thrown = [f for f in found if f[4] == "threw"]
    assert thrown and thrown[0][3] == ["PERCOP"]


def test_an_act_with_its_own_object_borrows_no_target_from_the_next_act(story):
    found = story("Miners surrounded\n\n"
                  "Bolivian soldiers fired tear gas and surrounded hundreds of striking miners at two sites "
                  "near the Canadian embassy, prompting the embassy to call for restraint.")
    fired = [f for f in found if f[4] == "fired"]
    assert fired and fired[0][2] == ["BOLMIL"]
    assert "CANGOV" not in fired[0][3]


def test_the_one_prompted_to_call_for_something_is_who_calls(story):
    found = story("Miners surrounded\n\n"
                  "Bolivian soldiers surrounded hundreds of striking miners on Wednesday, prompting the "
                  "Canadian embassy to call for restraint.")
    calls = [f for f in found if f[0] == "REQUEST"]
    assert calls and calls[0][2] == ["CANGOV"]


# -- releases and expulsions told in the passive -------------------------------

FREED = ("Malabo frees activists\n\n"
         "More than 100 detained members of Equatorial Guinea's opposition were freed on Tuesday and expelled "
         "to Spain, in a surprise move by the country's long-serving president, Teodoro Obiang.\n")


def test_people_freed_are_the_target_of_their_release_not_its_source(story):
    found = story(FREED)
    freed = [f for f in found if f[4] == "freed"]
    assert freed and freed[0][:2] == ("RETREAT", "release")
    assert freed[0][3] == ["GNQOPP"]
    assert "GNQOPP" not in freed[0][2]


def test_a_passive_act_is_by_whoever_made_the_move_it_was_part_of(story):
    found = story(FREED)
    expelled = [f for f in found if f[4] == "expelled"]
    assert expelled and expelled[0][2] == ["GNQGOV"]  # the president of the country they left
    assert expelled[0][3] == ["GNQOPP"]


def test_the_country_is_not_the_one_people_were_sent_to(analyze):
    analysis = analyze(FREED)
    text = analysis.article.text
    at = text.index("the country's")
    holder = next(e for e in analysis.entities if any(s == at for s, _ in e.mentions))
    assert holder.actor is not None and str(holder.actor).startswith("GNQ")


def test_a_body_in_a_background_phrase_is_no_place_where_an_act_happened(story):
    found = story("Unrest spreads\n\n"
                  "Demonstrations have been held across Egypt since the death of a student in police custody.")
    held = [f for f in found if f[0] == "PROTEST"]
    assert held and not any(code.endswith("COP") for code in held[0][2])


# -- counted victims ---------------------------------------------------------

def test_a_bare_count_of_people_killed_or_wounded_is_their_target(story):
    found = story("Clashes in the capital\n\n"
                  "Police and medical sources said the clashes in Haiti killed four, three of whom were shot "
                  "in the head.\n\n"
                  "Another 65 were wounded, many by live ammunition.\n\n"
                  "Gunmen killed six people in an attack on a market in Haiti on Monday, and Haitian police "
                  "said gangs controlled most of Haiti.\n")
    killed = [f for f in found if f[4] == "killed"]
    wounded = [f for f in found if f[4] == "wounded"]
    assert killed and killed[0][3] and killed[0][3][0].endswith("CVL")
    assert wounded and wounded[0][3] and wounded[0][3][0].endswith("CVL")


def test_a_count_of_things_is_no_one_harmed(story):
    found = story("Arms seized\n\n"
                  "Haitian police seized 40 rifles and arrested three of the gang's leaders in Port-au-Prince.\n")
    assert not any(code.endswith("CVL") for f in found for code in f[3])


def test_where_another_verbs_act_happened_is_no_target_of_words(story):
    found = story("Council divided\n\n"
                  "The UN Security Council failed to agree on a statement condemning the coup on Friday in "
                  "New York, diplomats said.\n")
    assert found and not any("USA" in code for f in found for code in f[3])


def test_a_place_on_the_acts_own_verb_may_still_be_its_target(story):
    found = story("Refugees\n\n"
                  "Some 800,000 Iraqi Kurds sought refuge in Germany last month.\n")
    assert any(f[0] == "REQUEST" and f[3] == ["DEU"] for f in found)


# -- cross-border strikes ------------------------------------------------------

BORDER = ("Border clash leaves several dead\n\n"
          "Kabul (Afghanistan): A border clash in Kunar province on Sunday left five Afghan soldiers dead, "
          "officials said.\n\n"
          "The clash came days after Pakistan's airstrikes in Afghanistan's Khost province killed 30 people. "
          "Pakistani officials said the strikes targeted militant hideouts. However, the Taliban's Ministry of "
          "Defence said civilians were hit.\n")


def test_a_place_and_country_before_a_colon_is_a_dateline_not_a_speaker(analyze):
    analysis = analyze(BORDER)
    assert not any(s.speaker.name == "Kabul" for s in analysis.statements)


def test_people_killed_by_airstrikes_in_a_province_are_that_states(story):
    killed = [f for f in story(BORDER) if f[4] == "killed"]
    assert killed and killed[0][2] == ["PAK"] and killed[0][3] == ["AFGCVL"]


def test_a_states_strikes_are_attacks_not_walkouts(story):
    found = story(BORDER)
    strikes = [f for f in found if "strikes" in f[4]]
    assert strikes and all(f[0] == "ASSAULT" for f in strikes)
    assert not any(f[0] == "PROTEST" for f in found)


def test_a_ministry_of_defence_is_whoever_owns_it_not_britains(analyze):
    analysis = analyze(BORDER)
    ministry = [s for s in analysis.statements if "Ministry" in (s.speaker.name or "")]
    assert ministry and str(ministry[0].speaker.actor).startswith("AFG")


def test_troops_a_state_deploys_are_its_own_not_a_target(story):
    found = story("Border tension\n\n"
                  "Guyana on Wednesday said it had deployed more troops and equipment near the border after "
                  "accusing Venezuela of massing soldiers there.\n")
    deployed = [f for f in found if f[0] == "MOBILIZE"]
    assert deployed and not any(code.startswith("VEN") for code in deployed[0][3])


def test_whom_a_request_is_made_of_is_its_object(story):
    found = story("Travel warning\n\n"
                  "The Guyana government has urged citizens to use only legal ports of entry when visiting "
                  "Venezuela.\n")
    urged = [f for f in found if f[0] == "REQUEST"]
    assert urged and urged[0][2] == ["GUYGOV"]
    assert len(urged[0][3]) == 1 and urged[0][3][0].endswith("CVL") and not urged[0][3][0].startswith("VEN")


def test_people_killed_during_shelling_by_a_force_were_killed_by_it(story):
    found = story("Shelling kills civilians\n\n"
                  "Eight civilians were killed during shelling by the Rapid Support Forces on a market in Nyala, "
                  "the army said.\n")
    killed = [f for f in found if f[4] == "killed"]
    assert killed and killed[0][2] == ["SDNREB"]


def test_people_killed_in_shelling_by_a_force_were_killed_by_it(story):
    found = story("Shelling kills civilians\n\n"
                  "Eight civilians were killed in shelling by the paramilitary Rapid Support Forces (RSF) on a "
                  "market in Nyala, the army said.\n")
    killed = [f for f in found if f[4] == "killed"]
    assert killed and killed[0][2] == ["SDNREB"]


def test_where_people_are_expelled_to_is_not_the_expulsions_target(story):
    found = story("Dissidents expelled\n\n"
                  "Eritrea expelled 40 dissidents to Kenya on Tuesday.\n")
    expelled = [f for f in found if f[4] == "expelled"]
    assert expelled and expelled[0][2] == ["ERI"] and expelled[0][3] != ["KEN"]
    assert expelled[0][3] and expelled[0][3][0].endswith("OPP")


def test_undertaking_violent_actions_is_no_promise(story):
    found = story("Plot alleged\n\n"
                  "The alleged plan would involve saboteurs with a military background to undertake violent "
                  "actions against state institutions, the president of Moldova said.\n")
    assert not any(f[0] == "AGREE" for f in found)


@pytest.mark.parametrize("text", [
    # the people an act is aimed at
    "Clashes in the north\n\n"
    "Police on Monday fired tear gas at Serb protesters in the north of Kosovo, officials in Pristina said.\n",
    # the other side of a clash
    "Unrest in the north\n\n"
    "Police on Monday fired tear gas during clashes with ethnic Serbs demanding the withdrawal of the new "
    "mayors in northern Kosovo.\n",
])
def test_the_people_an_act_is_aimed_at_or_clashes_with_give_its_actor_no_state(story, text):
    fired = [f for f in story(text) if f[4] == "fired"]
    assert fired and fired[0][2] and not fired[0][2][0].startswith("SRB")


def test_what_is_thrown_at_police_is_aimed_at_them_not_by_them(story):
    found = story("Clashes in Tbilisi\n\n"
                  "Stones and petrol bombs were thrown at police outside parliament in Tbilisi late on Tuesday, "
                  "witnesses said.\n")
    thrown = [f for f in found if f[4] == "thrown"]
    assert thrown and thrown[0][3] == ["GEOCOP"]
    assert not any(code.endswith(("COP", "LEG")) for code in thrown[0][2])


def test_those_who_protest_are_not_the_police_they_clash_with(story):
    found = story(DHAKA)
    protested = [f for f in found if f[4] == "protested"]
    assert protested and not any(code.endswith("COP") for code in protested[0][2])
