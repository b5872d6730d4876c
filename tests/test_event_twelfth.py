"""Event types on wire-story grammar, twelfth round: what an adopted
document does is the act ("adopted a resolution imposing an arms embargo on
X" is a sanction, not an agreement), punishments dealt "with sanctions",
forcing a way in ("broke into", "charged into") as storming, and a meeting
summoned as a consultation. Every article here is written for the test; the
first line of each is its headline."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, target", [
    ("UN council punishes militia\n\n"
     "The UN Security Council on Thursday adopted a resolution imposing an arms embargo on the Northern "
     "Liberation Front, the rebel group that has held the port of Kismaro since March.", "IGOUNO", "REB"),
    ("EU ministers act\n\n"
     "European Union foreign ministers approved a package of sanctions against Iranian officials on Monday.",
     "IGOEUREEC", "IRNGOV"),
    ("Council agrees sanctions on Haiti gangs\n\n"
     "The UN Security Council on Monday agreed unanimously on a sanctions regime targeting the armed gangs "
     "that control much of Port-au-Prince.", "IGOUNO", "HTI"),
])
def test_an_adopted_document_that_punishes_is_a_sanction_by_who_adopted_it(story, text, source, target):
    found = story(text)
    assert not [f for f in found if f[0] == "AGREE"]
    sanctions = [f for f in found if f[0] == "SANCTION"]
    assert sanctions and sanctions[0][2] == [source]
    assert sanctions[0][3] and sanctions[0][3][0].startswith(target)


def test_a_decree_imposing_a_curfew_is_the_signers_curfew(story):
    found = story("Curfew in Nairobi suburbs\n\n"
                  "Kenya's President signed a decree on Tuesday imposing a curfew on three districts of the "
                  "capital.")
    assert [f[:3] for f in found] == [("COERCE", "curfew", ["KENGOV"])]


def test_sanctions_the_adoption_only_weighs_are_not_imposed(story):
    found = story("EU weighs measures\n\n"
                  "The European Union could approve a package of sanctions against Belarus next week, "
                  "diplomats said.")
    assert not [f for f in found if f[0] == "SANCTION"]


def test_hitting_a_state_with_sanctions_is_a_sanction_not_a_blow(story):
    found = story("Washington acts\n\n"
                  "The United States hit Russia with new sanctions on Friday over the poisoning of an "
                  "opposition figure.")
    assert [f[:4] for f in found] == [("SANCTION", "sever", ["USA"], ["RUS"])]


# -- forcing a way in -----------------------------------------------------------

def test_a_crowd_breaking_into_offices_riots_against_their_owner(story):
    found = story("Crowds storm offices in Lusaka\n\n"
                  "Hundreds of protesters broke into the offices of Zambia's electoral commission on Monday.")
    assert [f[:4] for f in found] == [("PROTEST", "riot", ["ZMBCVL"], ["ZMBGOV"])]


def test_police_breaking_into_a_home_coerce_whoever_lives_there(story):
    found = story("Raid on reporter\n\n"
                  "Zambian police broke into the home of a journalist in Lusaka at dawn on Tuesday.")
    assert [f[:4] for f in found] == [("COERCE", None, ["ZMBCOP"], ["ZMBMED"])]


def test_gunmen_charging_into_a_hotel_attack_and_lay_no_charge(story, nlp):
    text = ("Siege at hotel\n\n"
            "Gunmen from the Al-Nur militia charged into a hotel in central Mogadishu on Sunday and opened "
            "fire on guests.")
    found = story(text)
    assert [f[0] for f in found] == ["ASSAULT", "ASSAULT"]
    assert all(f[2] == ["SOMREB"] for f in found)
    import redline
    assert redline.analyze(text, nlp=nlp).statements == []


def test_a_crowd_breaking_open_gates_riots(story):
    found = story("Palace gates forced\n\n"
                  "Thousands of demonstrators in Colombo broke open the gates of the presidential secretariat "
                  "on Saturday.")
    assert [f[:3] for f in found] == [("PROTEST", "riot", ["LKACVL"])]


def test_a_meeting_summoned_is_a_consultation_and_an_envoy_summoned_a_reproach(story):
    met = story("Crisis talks called\n\n"
                "Sri Lanka's Prime Minister on Saturday summoned an emergency meeting of party leaders.")
    assert [f[:3] for f in met] == [("CONSULT", None, ["LKAGOV"])]
    envoy = story("Envoy summoned\n\n"
                  "Sri Lanka's foreign ministry on Monday summoned the Indian high commissioner.")
    assert [f[0] for f in envoy] == ["ACCUSE"]


# -- who the sides are -----------------------------------------------------------

def test_a_former_president_the_tables_hold_in_office_is_no_government(story):
    found = story("Ex-leader detained\n\n"
                  "Former Bolivian President Evo Morales was arrested by police in Cochabamba on Tuesday.")
    assert [f[:4] for f in found] == [("COERCE", "arrest", ["BOLCOP"], ["BOLELI"])]


@pytest.mark.parametrize("text, target", [
    ("Clashes in Tegucigalpa\n\n"
     "Honduran soldiers clashed on Monday with hundreds of supporters of ousted President Manuel Zelaya "
     "outside the Brazilian embassy.", "HNDOPP"),
    ("Crackdown in Tunis\n\n"
     "Tunisian police arrested dozens of opponents of President Kais Saied on Friday.", "TUNOPP"),
])
def test_people_named_by_whom_they_back_or_oppose_are_the_opposition(story, text, target):
    found = story(text)
    assert found and found[0][3] == [target]


@pytest.mark.parametrize("text, target", [
    ("Unrest in Kathmandu\n\n"
     "Violent protests erupted across Nepal on Monday against the Nepali government's ban on social media "
     "platforms.", "NPLGOV"),
    ("Rally in Lusaka\n\n"
     "Thousands of Zambians rallied on Saturday to protest the Zambian government's sale of the state copper "
     "company.", "ZMBGOV"),
])
def test_a_protest_against_a_deed_is_against_whose_deed_it_is(story, text, target):
    found = story(text)
    assert [f[0] for f in found] == ["PROTEST"]
    assert found[0][3] == [target]


# -- striking back ---------------------------------------------------------------

def test_police_who_return_fire_strike_back_at_who_struck_first(story):
    found = story("Clashes in Jakarta\n\n"
                  "Indonesian students hurled rocks on Tuesday at police, who returned fire with tear gas and "
                  "water cannon.")
    assert [f[:4] for f in found] == [("ASSAULT", "beat", ["IDNEDU"], ["IDNCOP"]),
                                      ("ASSAULT", "firearms", ["IDNCOP"], ["IDNEDU"])]


def test_troops_firing_back_fight(story):
    found = story("Base attacked in Bangui\n\n"
                  "Gunmen attacked a UN base near Bangui on Sunday, and UN peacekeepers fired back, the mission "
                  "said.")
    assert ("ASSAULT", "firearms", ["IGOUNOMIL"]) in [f[:3] for f in found]


def test_an_attack_repulsed_is_fought_by_who_repulsed_it_against_who_made_it(story):
    found = story("Border clash\n\n"
                  "The Syrian army said on Monday it had repulsed an attack by the Syrian Democratic Forces near "
                  "Manbij.")
    assert [f[:4] for f in found] == [("ASSAULT", None, ["SYRMIL"], ["SYRREB"])]


# -- words that read as acts, and acts that read as words ---------------------------

def test_a_banner_hung_is_no_execution_and_men_hanged_are(story):
    assert story("Banner at parliament\n\n"
                 "Kenyan demonstrators hung a banner across the gates of parliament in Nairobi on Tuesday.") == []
    hanged = story("Executions in Tehran\n\n"
                   "Iran hanged two Iranian dissidents convicted of spying for Israel on Saturday, the judiciary "
                   "said.")
    assert [f[:2] for f in hanged] == [("ASSAULT", "execute")]


def test_a_curfew_enforced_is_imposed_and_its_issuer_is_not_its_target(story):
    found = story("Curfew in Tegucigalpa\n\n"
                  "Honduran soldiers enforced an all-day curfew called by the de facto government on Monday.")
    assert [f[:4] for f in found] == [("COERCE", "curfew", ["HNDMIL"], [])]


def test_rulings_ignored_are_defied_and_property_blocked_is_frozen(story):
    ignored = story("Defiance in Banja Luka\n\n"
                    "Bosnian Serb leader Milorad Dodik has ignored several rulings of Bosnia's constitutional "
                    "court.")
    assert [f[:4] for f in ignored] == [("REJECT", None, ["BIHGOV"], ["BIHJUD"])]
    blocked = story("Treasury acts\n\n"
                    "The US Treasury imposed sanctions on Bosnian Serb leader Milorad Dodik on Monday. Any "
                    "property of Dodik within US jurisdiction is blocked.")
    assert [f[0] for f in blocked] == ["SANCTION", "SANCTION"]


def test_a_surname_the_tables_lack_is_who_the_story_made_him(story):
    found = story("Sanctions on Bosnian Serb leader\n\n"
                  "Republika Srpska's president Milorad Dodik defied the court again on Monday. The US Treasury "
                  "imposed sanctions on Dodik on Tuesday.")
    sanctions = [f for f in found if f[0] == "SANCTION"]
    assert sanctions and sanctions[0][2:4] == (["USAGOV"], ["BIHGOV"])


# -- speakers: a description is not the last body named -----------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Clashes near Manbij\n\n"
     "The Syrian Democratic Forces fired rockets at army positions overnight, the Syrian army said. The official "
     "Syrian news agency said four soldiers had been wounded.", "official Syrian news agency"),
    ("Sanctions on Bosnian Serb leader\n\n"
     "Republika Srpska's president Milorad Dodik defied the court again on Monday. The US department of the "
     "treasury said on Tuesday it had imposed sanctions on Dodik.", "US department of the treasury"),
])
def test_a_body_described_by_another_kind_or_state_is_not_the_body_named_before(nlp, text, speaker):
    import redline
    result = redline.analyze(text, nlp=nlp)
    assert speaker in [s.speaker.name for s in result.statements]
    assert "Syrian Democratic Forces" not in [s.speaker.name for s in result.statements]


# -- the other side of the same state ---------------------------------------------

KEM_SOKHA = ("Cambodian opposition leader arrested\n\n"
             "Cambodian police arrested opposition leader Kem Sokha on Sunday. Police raided his home in Phnom Penh "
             "hours later. The Cambodian government said he was accused of treason.")


def test_a_home_raided_is_aimed_at_its_owner_of_the_same_state(story):
    found = story(KEM_SOKHA)
    raid = [f for f in found if f[0] == "COERCE"][1]
    assert raid[2:4] == (["KHMCOP"], ["KHMOPP"])


def test_a_charge_a_government_tells_of_is_its_own_against_the_accused(story):
    found = story(KEM_SOKHA)
    assert ("ACCUSE", ["KHMGOV"], ["KHMOPP"]) in [(f[0], f[2], f[3]) for f in found]


def test_a_state_withdrawn_from_a_treaty_leaves_the_court_not_the_treatys_city(story):
    found = story("Philippines leaves court\n\n"
                  "Philippine President Rodrigo Duterte withdrew the Philippines in 2019 from the Rome Statute of "
                  "the International Criminal Court.")
    assert [f[:4] for f in found] == [("RETREAT", "withdraw", ["PHLGOV"], ["IGOJUDICC"])]


def test_a_plan_rejected_by_a_body_is_its_rejection_of_who_proposed_it(story):
    found = story("Guinea junta sets timeline\n\n"
                  "Guinea's military junta on Friday proposed a three-year transition timeline rejected by ECOWAS.")
    rejections = [f for f in found if f[0] == "REJECT"]
    assert rejections and rejections[0][2:4] == (["IGOWAFWAS"], ["GINMIL"])


def test_acts_a_reduced_passive_describes_are_background(story):
    found = story("Police stop march\n\n"
                  "Turkish police prevented a demonstration staged by students in Ankara on Monday.")
    assert [f[0] for f in found] == ["COERCE"]


def test_an_incident_that_began_when_troops_exchanged_fire_is_that_exchange(story):
    found = story("Border flare-up\n\n"
                  "The latest incident began on Sunday when Armenian and Azerbaijani troops exchanged fire along "
                  "the northern section of their border.")
    fights = [f for f in found if f[0] == "ASSAULT"]
    assert fights and set(fights[0][2]) == {"ARMMIL", "AZEMIL"}


def test_a_when_clause_that_restates_the_act_adds_nothing(story):
    found = story("Bombing in Jerusalem\n\n"
                  "Two Palestinian suicide bombers killed 14 Israelis on Sunday when they blew themselves up at a "
                  "bus station in Jerusalem, police said.")
    assert [f[0] for f in found] == ["ASSAULT"]


def test_a_warning_about_how_things_stand_threatens_no_one(story):
    told = story("UN chief on Haiti\n\n"
                 "UN Secretary-General Antonio Guterres warned on Monday that the deterioration of Haiti's security "
                 "has produced a nightmarish situation.")
    assert not [f for f in told if f[0] == "THREATEN"]
    threat = story("Yerevan warns Baku\n\n"
                   "Armenian Prime Minister Nikol Pashinyan warned that Azerbaijan would bear responsibility for "
                   "the consequences.")
    assert [f[:4] for f in threat] == [("THREATEN", None, ["ARMGOV"], ["AZE"])]


def test_aid_sent_to_shore_up_a_government_is_aimed_at_that_government(story):
    found = story("Allies send troops to Bangui\n\n"
                  "Central African President Faustin-Archange Touadera faces a rebel offensive. Russia and Rwanda "
                  "last month dispatched support, comprising Rwandan troops and Russian instructors, to shore up "
                  "Touadera's government.")
    aid = [f for f in found if f[0] == "AID"]
    assert aid and aid[0][3] == ["CAFGOV"]


def test_a_law_about_protests_tells_no_protest(story):
    assert story("Rules in Nukus\n\n"
                 "Spontaneous demonstrations are illegal in the autonomous republic of Karakalpakstan.") == []


def test_a_headline_toll_is_no_actor_and_no_speaker(nlp, story):
    import redline
    text = ("19 dead in Nepal protests over social media ban\n\n"
            "KATHMANDU, Sept 8: At least 19 people were killed on Monday as protests spread across Nepal, "
            "officials said.")
    result = redline.analyze(text, nlp=nlp)
    assert [s.speaker.name for s in result.statements] == ["officials"]
    # the dateline's town is neither a victim nor any statement's words
    assert all(not s.content_text(text).startswith("KATHMANDU") for s in result.statements)
    assert all("KATHMANDU" not in r.text for e in result.events for r in e.sources + e.targets)
    assert all("19 dead" not in r.text for e in result.events for r in e.sources + e.targets)


# -- crowd control in a fuel protest (written in the style of a wire story) -----------

LUANDA = ("Fuel protesters clash with police in Angola\n\n"
          "LUANDA (Reuters) - Angolan police fired tear gas in the capital Luanda and the city of Huambo as "
          "thousands of protesters took to the streets on Saturday over a fuel price rise.\n\n"
          "President Joao Lourenco last week fired the economy minister over the price rise.\n\n"
          "In Huambo, police shot teargas to control the crowd, local radio reported.\n\n"
          "Police did not immediately respond to requests for comment.\n")


def test_tear_gas_fired_as_a_crowd_took_to_the_streets_is_aimed_at_the_crowd(story):
    found = story(LUANDA)
    gas = [f for f in found if f[0] == "COERCE"]
    assert [f[2:4] for f in gas] == [(["AGOCOP"], ["AGOCVL"]), (["AGOCOP"], ["AGOCVL"])]
    assert ("PROTEST", "demo", ["AGOCVL"]) in [f[:3] for f in found]


def test_no_request_by_police_who_did_not_answer_one(story):
    assert not [f for f in story(LUANDA) if f[0] == "REQUEST"]


def test_a_minister_fired_is_no_statement(nlp):
    import redline
    result = redline.analyze(LUANDA, nlp=nlp)
    assert "fired" not in [s.cue_text(LUANDA) for s in result.statements]


def test_police_breaking_up_a_demonstration_coerce_and_an_agency_credit_is_no_protester(story):
    found = story("Protesters storm Congress in Asuncion\n\n"
                  "Asuncion, Mar 31 (EFE).- Hundreds of protesters broke through police barricades on Friday and "
                  "invaded Paraguay's Congress.\n\n"
                  "The crowd overwhelmed police lines after riot police tried to break up the demonstration with tear "
                  "gas.")
    assert all("EFE" not in " ".join(f[4]) for f in found)
    assert ("COERCE", "restrict", ["PRYCOP"]) in [f[:3] for f in found]


def test_an_accusation_the_parser_hung_on_a_declared_small_clause_is_the_declarers(story):
    found = story("Rally banned in Kuala Lumpur\n\n"
                  "Malaysian Prime Minister Najib Razak has declared the rally illegal and accused the opposition "
                  "alliance of endorsing it to cause chaos.")
    accusations = [f for f in found if f[0] == "ACCUSE"]
    assert accusations and accusations[0][2] == ["MYSGOV"]


# -- after the held-out judgement (wire23b's faults, on articles written for them) ---

def test_acts_the_parser_joined_to_a_passive_past_a_clause_are_that_clauses_subjects(story):
    found = story("Opposition leader held\n\n"
                  "A party spokesman said the opposition leaders were stopped at a roadblock near Mwanza, where "
                  "Tanzanian police forcibly opened the car doors, assaulted those inside, and arrested them.")
    acts = [f for f in found if f[4] in ("assaulted", "arrested")]
    assert acts and all(f[2] == ["TZACOP"] for f in acts)


def test_tear_gas_the_police_had_to_fire_was_fired(story):
    found = story("Police fire tear gas in Freetown\n\n"
                  "\"When the situation became unbearable, Sierra Leone police had to fire tear gas canisters so as "
                  "to disperse the crowd,\" a police statement said.")
    gas = [f for f in found if f[4] == "fire"]
    assert gas and gas[0][:3] == ("COERCE", "restrict", ["SLECOP"])


def test_blockades_a_crowd_sets_up_are_a_protest_and_its_grievance_no_act_of_its_own(story):
    found = story("Blockades in Belgrade\n\n"
                  "Thousands of Serbians set up street blockades in Belgrade on Sunday, angry over the arrest of "
                  "student protesters.")
    assert ("PROTEST", "obstruct", ["SRBCVL"]) in [f[:3] for f in found]
    assert not [f for f in found if f[0] == "COERCE" and f[2] == ["SRBCVL"]]


def test_police_using_pepper_spray_while_protesters_throw_rocks_is_aimed_at_them(story):
    found = story("Clashes in Belgrade\n\n"
                  "Serbian police used pepper spray and batons while protesters threw rocks and bottles.")
    assert ("COERCE", "restrict", ["SRBCOP"], ["SRBCVL"]) in [f[:4] for f in found]


def test_an_accident_that_kills_is_no_attack(story):
    found = story("Protests after deadly collapse\n\n"
                  "Protests started in Serbia after a rail station canopy collapsed in November, killing 16 people.")
    assert not [f for f in found if f[0] == "ASSAULT"]


def test_a_charge_named_is_no_act_and_a_storm_acts_on_no_one(story):
    found = story("Arrests after blackout protests\n\n"
                  "Cuba's Attorney General's office said it started criminal proceedings against people in the "
                  "city of Ciego de Avila for \"assault, disorderly behavior and damages\", imprisoning them. The "
                  "arrests come after the island was slammed by two hurricanes in a matter of weeks.")
    assert not [f for f in found if f[0] in ("ASSAULT", "ACCUSE")]
    assert ("COERCE", "arrest", ["CUBJUD"]) in [f[:3] for f in found]


def test_bare_officers_in_a_police_story_are_police_and_in_an_army_story_not(story):
    police = story("Rally broken up in Mwanza\n\n"
                   "Tanzanian police detained an opposition leader on Friday after officers dispersed his rally "
                   "with tear gas.")
    assert ("COERCE", "restrict", ["TZACOP"]) in [f[:3] for f in police]
    army = story("Clashes in Mwanza\n\n"
                 "Tanzanian soldiers and police clashed with protesters on Friday. Officers fired tear gas at "
                 "the crowd.")
    assert all(f[2] != ["TZACOP"] for f in army if f[4] == "fired")


def test_committing_a_provocation_is_no_commitment(story):
    found = story("Border incident\n\n"
                  "BAKU (AP) — Armenia's armed forces committed a large-scale provocation at the state border, "
                  "the defence ministry said.")
    assert not [f for f in found if f[0] == "AGREE"]


def test_where_a_meeting_was_to_take_place_is_no_side_of_it(story):
    found = story("Talks off\n\n"
                  "SANAA (AP) — That meeting, which would have been the first in two years, was scheduled to "
                  "take place in the Swiss city of Geneva.")
    assert not [f for f in found if "CHE" in f[3]]


def test_giving_ones_own_services_authority_is_no_aid(story):
    found = story("Emergency declared\n\n"
                  "ADDIS ABABA (AP) — The declaration of a state of emergency gives the security services the "
                  "authority to impose curfews.")
    assert not [f for f in found if f[0] == "AID"]
