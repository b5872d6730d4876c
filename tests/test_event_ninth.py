"""Event recall and sides on wire-story grammar, ninth round (issue 9,
item 5): coups told as nouns or by "ousted", a bloc suspending a member, and
an act named only to deny there is ground for it. Every article here is
written for the test; the first line of each is its headline."""

from __future__ import annotations


# -- coups ----------------------------------------------------------------------

def test_a_military_takeover_in_a_state_is_its_army_seizing_power(story):
    found = story("Neighbours condemn army rule\n\n"
                  "ACCRA (Reuters) - The military takeover in Burkina Faso drew sharp criticism from "
                  "neighbouring states on Thursday, a week after officers dissolved the government.")
    coups = [f for f in found if f[4] == "takeover"]
    assert coups == [("ASSAULT", None, ["BFAMIL"], ["BFA"], "takeover")]


def test_a_headline_that_is_only_the_coup_noun(story):
    found = story("Military takeover in Guinea\n\n"
                  "Guinea's president was held by soldiers in Conakry on Sunday, witnesses said.")
    assert ("ASSAULT", None, ["GINMIL"], ["GIN"], "takeover") in found


def test_soldiers_who_oust_a_president_in_a_coup(story):
    found = story("Sudan army ousts leader\n\n"
                  "KHARTOUM (AP) - Sudanese soldiers ousted President Omar al-Bashir in a coup on "
                  "Thursday after months of street protests.")
    assert any(t == "ASSAULT" and "ousted" in w and s and s[0].startswith("SDN") for t, _, s, _, w in found)


def test_voters_ousting_a_party_is_no_coup(story):
    found = story("Election upset\n\n"
                  "Zambian voters ousted the ruling party in Thursday's election, results showed.")
    assert not [f for f in found if f[0] == "ASSAULT"]


# -- a bloc suspends a member -------------------------------------------------

def test_a_bloc_suspends_a_named_member(story):
    found = story("Regional bloc acts over coup\n\n"
                  "ABUJA (Reuters) - The Economic Community of West African States suspended Guinea "
                  "from all its bodies on Wednesday, the bloc said.")
    assert ("SANCTION", "expel", ["IGOWAFWAS"], ["GIN"], "suspended") in found


def test_suspending_rights_is_no_expulsion(story):
    found = story("Emergency rule in Ecuador\n\n"
                  "QUITO (AP) - The decree also suspends rights of assembly and the privacy of mail "
                  "for sixty days, the government said.")
    assert not [f for f in found if f[:2] == ("SANCTION", "expel")]


def test_a_members_suspension_from_a_bloc_is_the_blocs_act(story):
    found = story("Bloc keeps sanctions\n\n"
                  "ADDIS ABABA (AFP) - Mali's suspension from the African Union remains in force, "
                  "officials said.")
    suspensions = [f for f in found if f[4] == "suspension"]
    assert suspensions and suspensions[0][2] == ["IGOAFROAU"] and suspensions[0][3] == ["MLI"]


# -- a denied ground for an act -------------------------------------------------

def test_no_justification_for_a_killing_reports_no_killing(story):
    found = story("Minister speaks on war\n\n"
                  "KYIV (Reuters) - \"There is no justification for the killing of civilians,\" Ukraine's "
                  "foreign minister told reporters on Monday.")
    assert not [f for f in found if f[0] == "ASSAULT"]


def test_the_killing_of_civilians_told_as_a_fact_is_still_an_assault(story):
    found = story("Villagers killed\n\n"
                  "BAMAKO (AFP) - The killing of civilians by soldiers in central Mali has angered "
                  "residents, a local official said on Monday.")
    assert [f for f in found if f[0] == "ASSAULT"]


# -- trade measures ---------------------------------------------------------------

def test_a_ban_on_imports_from_a_state_is_a_trade_sanction(story):
    found = story("Beijing hits back\n\n"
                  "BEIJING (Reuters) - China imposed a ban on imports from Estonia on Tuesday after a row "
                  "over a diplomatic office, customs officials said.")
    assert ("SANCTION", "sever", ["CHN"], ["EST"], "imposed ban") in found


def test_a_ban_on_protests_stays_a_ban(story):
    found = story("Rallies banned\n\n"
                  "HARARE (AFP) - Zimbabwe's government imposed a ban on protests in the capital on Friday.")
    assert [f[:2] for f in found if f[4] == "imposed ban"] == [("COERCE", "ban")]


def test_restricting_and_blocking_a_states_exports_is_a_sanction(story):
    found = story("Trade row deepens\n\n"
                  "NEW DELHI (AP) - India restricted exports of sugar to Nepal on Monday. A day later Nepal "
                  "blocked imports of Indian medicines.")
    assert [(t, m, s, tg) for t, m, s, tg, _ in found if t == "SANCTION"] == [
        ("SANCTION", "sever", ["IND"], ["NPL"]), ("SANCTION", "sever", ["NPL"], ["IND"])]


def test_a_freeze_on_trade_announced_by_a_state(story):
    found = story("Trade frozen\n\n"
                  "BEIJING (Reuters) - China announced a freeze on trade with Estonia on Thursday.")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [("SANCTION", ["CHN"], ["EST"])]


def test_raising_tariffs_on_a_states_goods(story):
    found = story("Tariff war\n\n"
                  "WASHINGTON (AP) - The United States raised tariffs on Mexican steel on Friday.")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [("SANCTION", ["USA"], ["MEX"])]


# -- the body that acts, not the place ----------------------------------------------

def test_a_states_army_named_before_the_strike_is_the_attacker(story):
    found = story("Deadly day in Darfur\n\n"
                  "A Sudanese military airstrike on a market killed twelve civilians, residents said on Sunday.")
    assert [(t, s) for t, _, s, _, _ in found if t == "ASSAULT"] == [("ASSAULT", ["SDNMIL"])]


def test_an_unknown_dateline_before_the_subject_is_no_side(story):
    found = story("Protesters storm parliament\n\n"
                  "Tegucigalpa, Jun 2 (EFE).- Hundreds of protesters broke through police barricades on "
                  "Friday and stormed the Honduran Congress.")
    assert found and all(s and s[0].endswith("CVL") for t, _, s, _, _ in found), found


def test_a_crowd_breaking_through_police_lines_riots(story):
    found = story("Clashes at the palace\n\n"
                  "LIMA (Reuters) - Peruvian protesters broke through a police cordon outside the presidential "
                  "palace on Saturday.")
    assert ("PROTEST", "riot", ["PERCVL"]) in [(t, m, s) for t, m, s, _, _ in found]


def test_a_states_warplanes_are_its_military(story):
    found = story("Air raid on the border\n\n"
                  "Officials said Sudan's aircraft bombed a market in the border town on Monday.")
    assert [s for t, _, s, _, w in found if w == "bombed"] == [["SDNMIL"]]


def test_a_member_suspended_from_a_bloc_with_no_agent_named(story):
    found = story("Bloc acts after coup\n\n"
                  "ADDIS ABABA (AFP) - Gabon was suspended from the African Union on Thursday.")
    assert ("SANCTION", "expel", ["IGOAFROAU"], ["GAB"], "suspended") in found


def test_envoys_expelled_from_a_state_are_expelled_by_it(story):
    found = story("Diplomats out\n\n"
                  "Two Latvian diplomats were expelled from Belarus on Monday, officials in Riga said.")
    assert [(t, s, tg) for t, _, s, tg, w in found if w == "expelled"] == [("SANCTION", ["BLR"], ["LVAGOV"])]


# -- acts the tables lacked or misread (wire18 development reading) -----------------

def test_the_army_called_out_and_stones_pelted_at_police(story):
    found = story("Unrest in the capital\n\n"
                  "DHAKA (AP) - The army was called out in Dhaka on Friday as protesters pelted stones at "
                  "police near the parliament.")
    kinds = {(t, m) for t, m, *_ in found}
    assert ("MOBILIZE", "troops") in kinds
    assert ("ASSAULT", "beat") in kinds


def test_a_man_under_house_arrest_is_held(story):
    found = story("Critic confined\n\n"
                  "In a video posted on Sunday, opposition leader Juma Odhiambo said he was under house "
                  "arrest in Nairobi.")
    held = [f for f in found if f[:2] == ("COERCE", "arrest")]
    assert held and not any(tg == ["KEN"] and "Nairobi" in w for *_, tg, w in held)


def test_news_breaking_is_no_rule_broken(story):
    found = story("Missing funds\n\n"
                  "In March, news broke of the disappearance of the central bank's reserves.")
    assert not [f for f in found if f[0] == "REJECT"]


def test_mobilizing_officials_is_no_show_of_force(story):
    found = story("Plot alleged\n\n"
                  "The minister said the former governor had tried to mobilize local officials against the "
                  "cabinet. Separately, Armenia mobilized reservists on Monday.")
    assert [(t, s) for t, _, s, _, _ in found if t == "MOBILIZE"] == [("MOBILIZE", ["ARM"])]


def test_a_headline_past_participle_is_a_passive(story):
    found = story("Ambassador expelled\n\n"
                  "On Monday, Rwanda expelled Burundi's ambassador over remarks made at a rally.")
    assert [(t, s, tg) for t, _, s, tg, _ in found] == [("SANCTION", ["RWA"], ["BDIGOV"])]


def test_a_one_line_record_in_the_past_tense_is_no_headline_passive(story):
    found = story("Lebanon complained to the United Nations on Tuesday over two Israeli air raids.")
    assert [(t, s) for t, _, s, _, _ in found if t == "ACCUSE"] == [("ACCUSE", ["LBN"])]


def test_soldiers_removing_a_president_from_power(story):
    found = story("Army moves in the capital\n\n"
                  "Soldiers removed President Mamadou Keita from power on Sunday, state television said.")
    assert [(t, w) for t, _, _, _, w in found] == [("ASSAULT", "removed from")]


def test_people_a_government_jails_are_its_own(story):
    # a Washington story: its home state is the US, not the jailer's
    found = story("US condemns Nicaragua\n\n"
                  "WASHINGTON (AP) - The United States on Monday condemned a crackdown in Nicaragua. "
                  "Nicaragua's government jailed 20 journalists and opposition leaders last week, US officials said.")
    jailed = [tg for t, m, _, tg, _ in found if (t, m) == ("COERCE", "arrest")]
    assert jailed == [["NICMED", "NICOPP"]]


def test_an_army_holding_people_abroad_does_not_make_them_its_own(story):
    found = story("Raid in Jenin\n\n"
                  "JENIN, West Bank (AP) - Israeli forces arrested two civilians in Jenin on Monday, "
                  "Palestinian officials said.")
    held = [tg for t, m, _, tg, _ in found if (t, m) == ("COERCE", "arrest")]
    assert held and not any(c.startswith("ISR") for c in held[0])


def test_a_name_in_apposition_says_which_counterpart(story):
    found = story("Leaders to meet\n\n"
                  "Russian President Vladimir Putin will meet his Turkish counterpart, Recep Tayyip Erdogan, "
                  "in Ankara on Friday.")
    assert found[-1][3] == ["TURGOV"]  # not the bare state of "Turkish counterpart"


def test_what_an_issued_statement_does_is_its_issuers_act(story):
    found = story("Gulf row deepens\n\n"
                  "CAIRO - Egypt's foreign ministry on Sunday summoned the Qatari ambassador to reject a statement "
                  "by Doha lashing out at Egypt over the trial.")
    assert ("ACCUSE", ["QAT"]) in [(t, s) for t, _, s, _, w in found if w == "lashing out"]


def test_a_decision_is_its_owners_not_the_names_it_is_about(story):
    found = story("Row over ruling\n\n"
                  "DOHA (Reuters) - Qatar lashed out at Egypt's decision for labeling the Muslim Brotherhood as a "
                  "terrorist group on Sunday.")
    assert [(s, tg) for t, _, s, tg, _ in found if t == "ACCUSE"] == [(["QAT"], ["EGY"])]


def test_a_group_of_no_state_is_no_jailers_nor_the_storys(story):
    # "ISIL": the tables give it no state; Turkey detaining suspects of it does not make it Turkish
    found = story("Turkey detains suspects\n\n"
                  "Turkish police detained 40 suspects in operations against ISIL on Tuesday, the interior ministry "
                  "said. Turkish officials said the raids in Turkey would go on. Turkey has stepped up security.")
    detained = [tg for t, _, s, tg, w in found if w == "detained"]
    assert detained and all(not code.startswith("TUR") for code in detained[0] if "REB" in code), detained
