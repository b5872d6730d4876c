"""Who did it and to whom on wire-story grammar (issue 9, eighth round:
event actors). Every article here is written for the test."""

from __future__ import annotations


_RALLY = ("LUSAKA, May 4 (Reuters) - Zambian police broke up an opposition rally in Lusaka on Saturday. "
          "At least 40 people were arrested, police said.\n\n"
          "A group of students were also detained and taken to Kabwata Police Station, witnesses said.\n\n"
          "Several traders were arrested, an opposition spokesman said.")


def test_police_who_tell_of_an_agentless_arrest_made_it(events):
    arrests = [f for f in events(_RALLY) if f[1] == "arrest"]
    assert arrests[0][2] == ["ZMBCOP"]


def test_police_named_where_the_detained_were_taken_hold_them(events):
    arrests = [f for f in events(_RALLY) if f[1] == "arrest"]
    assert arrests[1][2] == ["ZMBCOP"]
    assert arrests[1][3] and arrests[1][3][0].endswith("EDU")


def test_an_arrest_told_by_someone_else_gets_no_guessed_custodian(events):
    arrests = [f for f in events(_RALLY) if f[1] == "arrest"]
    assert arrests[2][2] == []


_NEIGHBOUR_DATELINE = (
    'Protests rock Eswatini\n'
    '\n'
    'JOHANNESBURG - The South African government has urged restraint in Eswatini, where protests entered a third day.\n'
    '\n'
    'South Africa said it was watching closely.\n'
    '\n'
    'Protesters are demanding reforms from the king of Eswatini, and schools in Mbabane were shut.\n'
    '\n'
    'Activists accused soldiers of beating students on Tuesday.\n'
    '\n'
    "Eswatini's government has denied the reports from Manzini."
)


def test_unowned_sides_belong_to_the_story_state_not_the_correspondents_dateline(events):
    accusations = [f for f in events(_NEIGHBOUR_DATELINE) if f[0] == "ACCUSE"]
    assert accusations[-1][2] == ["SWZCVL"]
    assert accusations[-1][3] == ["SWZMIL"]


def test_a_dateline_state_the_story_keeps_naming_stays_home(events):
    found = events("JOHANNESBURG - South African police arrested 12 miners on Monday. "
                   "Activists accused soldiers of beating students near Pretoria. "
                   "Lesotho's government said it would send a delegation.")
    accusations = [f for f in found if f[0] == "ACCUSE"]
    assert accusations[-1][2] == ["ZAFCVL"]


_DEEDS = ("LUSAKA, May 4 (Reuters) - Zambian police fired tear gas at opposition supporters in Lusaka on Saturday.\n\n"
          "Senior party leader John Banda denounced the police action as an injustice.\n\n"
          "Banda also condemned the army crackdown in the north.")


def test_whose_deed_is_denounced_is_the_target(events):
    accusations = [f for f in events(_DEEDS) if f[0] == "ACCUSE"]
    assert [a[3] for a in accusations] == [["ZMBCOP"], ["ZMBMIL"]]


_NO_DATELINE = ("Georgian police detain opposition leaders\n\n"
                "Two opposition leaders were detained in Tbilisi, the Georgian capital, on Sunday.\n\n"
                "The ruling party, whose founder made his fortune in Russia, has put talks on hold.\n\n"
                "Officials in Washington and Brussels criticised the arrests.\n\n"
                "Georgia's president backed the protesters, and Georgia's opposition vowed to go on.\n\n"
                "Demonstrators blocked a road near parliament.\n\n"
                "The police have been accused of torture.")


def test_a_story_without_dateline_about_one_state_places_its_unowned_sides_there(events):
    found = events(_NO_DATELINE)
    blocks = [f for f in found if f[0] == "PROTEST"]
    assert blocks and blocks[0][2] == ["GEOCVL"]
    accused = [f for f in found if f[0] == "ACCUSE"]
    assert accused and accused[-1][3] == ["GEOCOP"]


def test_people_from_opposing_sides_get_no_one_state(events):
    found = events("Border clashes\n\nVillagers from opposing sides hurled rocks at each other near the border "
                   "of Kyrgyzstan and Tajikistan on Thursday.\n\nKyrgyzstan said Kyrgyz villages were hit. "
                   "Kyrgyz border guards said Kyrgyz troops were deployed. Kyrgyzstan asked for calm.")
    hurled = [f for f in found if f[0] == "ASSAULT"]
    assert hurled and not any(c.startswith(("KGZ", "TJK")) for c in hurled[0][2])


_QUOTED = ("Police clash with protesters in Dhaka\n\n"
           "DHAKA, Oct 28 (Reuters) - Bangladesh police fired tear gas at opposition supporters in Dhaka on Saturday.\n\n"
           "\"Our officers were attacked without any reason. We arrested 40 people,\" police spokesman Faruk "
           "Hossain said.\n\n"
           "\"They attacked our members and we condemn it,\" said Mirza Alamgir, a spokesman for the opposition "
           "Bangladesh Nationalist Party.\n\n"
           "\"We will keep working with our European allies,\" Alamgir said.")


def test_what_a_speaker_calls_ours_in_a_quotation_is_the_speakers_side(events):
    attacks = [f for f in events(_QUOTED) if f[0] == "ASSAULT"][1:]  # after the headline's clash
    assert [a[3] for a in attacks] == [["BGDCOP"], ["BGDOPP"]]


def test_a_third_person_in_a_quotation_is_not_its_speaker(events):
    attacks = [f for f in events(_QUOTED) if f[0] == "ASSAULT"][1:]
    assert "BGDOPP" not in attacks[1][2]


def test_our_allies_are_not_the_speaker(events):
    found = events(_QUOTED)
    assert not any("BGDOPP" in f[3] and f[0] in ("CONSULT", "COOPERATE") for f in found)


def test_police_named_as_the_reason_for_an_arrest_are_not_its_custodian(events):
    found = events("Five men were arrested on Monday for attacking police officers, a court official said.")
    arrests = [f for f in found if f[1] == "arrest"]
    assert arrests and arrests[0][2] == []


def test_the_charge_an_arrest_is_made_on_names_no_side(events):
    # "unlawful assembly" is the offence, not the legislature; the activists
    # are whom the police arrested
    found = events("Police arrested activists on unlawful assembly charges on Tuesday.")
    arrests = [f for f in found if f[0] == "COERCE"]
    assert arrests and arrests[0][3] == ["CVL"]
