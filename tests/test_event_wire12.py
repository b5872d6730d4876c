"""Event actors on wire-story grammar (issue 9, seventh round): launch
places, asides, shooting clauses, aircraft, diplomatic protests, acts named
again. Every article here is written for the test."""

from __future__ import annotations

import pytest

from redline.pipeline import analyze_article
from redline.types import Article


@pytest.fixture(scope="module")
def events(nlp):
    """events(text) -> [(type, source codes, target codes)] in text order,
    codes cut to their first three letters (state or organisation)."""

    def run(text: str) -> list[tuple[str, list[str], list[str]]]:
        analysis = analyze_article(Article(text=text, date="2021-06-01"), nlp)
        return [(e.type, [r.code[:3] for r in e.sources if r.code], [r.code[:3] for r in e.targets if r.code])
                for e in analysis.events]

    return run


def test_fighter_jets_are_the_military_not_fighters(nlp):
    analysis = analyze_article(Article(text="Turkish fighter jets pounded rebel positions in northern Iraq "
                                            "on Tuesday.", date="2021-06-01"), nlp)
    assert [(e.type, [r.code for r in e.sources]) for e in analysis.events] == [("ASSAULT", ["TURMIL"])]


def test_a_strike_is_aimed_where_it_goes_not_where_it_leaves(events):
    found = events("Hezbollah said it fired rockets from Syria toward an Israeli army post on Friday.")
    assert [(t, g) for t, _, g in found] == [("ASSAULT", ["ISR"])]


def test_according_to_names_no_side(nlp):
    analysis = analyze_article(Article(
        text="Kenyan police dispersed marchers in Nairobi on Monday. A teacher was killed last week "
             "when the police fired live rounds, according to an internal police report seen by AFP.",
        date="2021-06-01"), nlp)
    assault = [e for e in analysis.events if e.type == "ASSAULT"]
    # the police who fired killed the teacher; the report is nobody's target
    # (the teacher, in a story set in Kenya, may well be Kenyan)
    assert assault and [r.code[:3] for r in assault[0].sources] == ["KEN"]
    assert all(e.sources for e in assault)
    assert not any("report" in r.text for e in assault for r in e.targets)


def test_a_gathering_is_where_a_request_was_made_not_whom_it_asks(events):
    found = events("China on Monday urged Japan to halt its naval drills. The request was made by Foreign "
                   "Ministry spokesperson Hua Chunying at a daily press briefing, when responding to a "
                   "question about reports that China Daily had been barred.")
    assert [(t, g) for t, _, g in found][1:] == [("REQUEST", [])]


def test_a_place_inside_the_reason_is_not_where_the_act_happened(events):
    found = events("The Polish foreign ministry said the charge d'affaires of the Belarusian embassy in "
                   "Warsaw was summoned over reports about a raid on a border post in Lithuania.")
    accuse = [(s, g) for t, s, g in found if t == "ACCUSE"]
    assert accuse and "LTU" not in accuse[0][0]


def test_a_diplomatic_protest_is_a_complaint_not_a_demonstration(events):
    found = events("Deputy Foreign Minister Ali Rezaei expressed Tehran's strong protest to the British "
                   "government over its remarks.")
    assert found == [("ACCUSE", ["IRN"], ["GBR"])]
    found = events("The ministry said the Czech diplomat was expressed strong protest over the rumors.")
    assert [t for t, _, _ in found] == ["ACCUSE"]
    # a street protest stays one
    found = events("Thousands of students staged a protest in Dhaka on Monday.")
    assert [t for t, _, _ in found] == ["PROTEST"]


def test_a_letter_of_protest_handed_over_after_a_summons_is_one_complaint(events):
    found = events("Nepal's foreign ministry summoned the acting head of India's embassy in Kathmandu and "
                   "handed him a formal letter of protest over the border incident.")
    assert found == [("ACCUSE", ["NPL"], ["IND"])]


def test_an_attack_named_again_is_by_whoever_the_story_said_did_it(events):
    found = events("Ethiopian air strikes late on Friday hit a fuel depot held by rebels in Tigray. At least "
                   "six civilians in Mekelle were wounded in the strikes, a hospital official said.")
    assert [(t, s) for t, s, _ in found] == [("ASSAULT", ["ETH"]), ("ASSAULT", ["ETH"])]
    # a date for its owner: "Sunday's strikes" are the ones told before
    found = events("Sudanese warplanes bombed a market in Nyala. Residents said nine traders were killed in "
                   "Sunday's strikes.")
    assert [(t, s) for t, s, _ in found] == [("ASSAULT", ["SDN"]), ("ASSAULT", ["SDN"])]


def test_an_attack_with_no_act_told_before_has_no_invented_side(events):
    found = events("Six civilians in Mekelle were wounded in the strikes, a hospital official said.")
    assert [(t, s) for t, s, _ in found] == [("ASSAULT", [])]


def test_two_sides_that_act_on_each_other_have_no_target(events):
    found = events("Kenya and Somalia announced on Monday the expulsion of each other's diplomats.")
    assert [(t, sorted(s), g) for t, s, g in found] == [("SANCTION", ["KEN", "SOM"], [])]


def test_the_parties_to_the_conflict_are_the_two_states_the_story_is_about(events):
    found = events(
        "Eritrean forces shelled Ethiopian positions near Badme on Tuesday, Ethiopia's defence ministry "
        "said. Eritrea's information minister said Ethiopian troops had opened fire first near Zalambessa.\n\n"
        "A Kenyan envoy urged restraint.\n\n"
        "Following the clashes, the parties to the conflict accused each other of violating the truce.\n\n"
        "On Friday the two sides agreed to pull back their troops from the Eritrean and Ethiopian border posts.")
    accuse = [(sorted(s), g) for t, s, g in found if t == "ACCUSE"]
    agree = [(sorted(s), g) for t, s, g in found if t in ("AGREE", "RETREAT")]
    assert accuse == [(["ERI", "ETH"], [])]
    assert agree and agree[-1] == (["ERI", "ETH"], [])


def test_the_noun_after_with_is_the_subject_of_the_participle_after_it(events):
    found = events("Border row deepens\n\nThe Bolivian government on Wednesday denied the reports, with Lima "
                   "also accusing Bolivian President Luis Arce of continuing to refuse direct dialogue.")
    assert [(t, s, g) for t, s, g in found] == [("ACCUSE", ["PER"], ["BOL"])]
    found = events("Border row\n\nThe Guyana government Wednesday denied Brazil's claim of joint efforts by the "
                   "United States and Guyana to increase a military presence along the border with Guyana, with "
                   "Brasilia also accusing President Irfaan Ali of refusing dialogue.")
    assert [(t, s) for t, s, g in found] == [("ACCUSE", ["BRA"])]


def test_an_act_condemned_or_refused_is_answered_by_its_agent(events):
    found = events("Opposition row\n\nLithuania condemned the shelling of Kharkiv by Russian forces on Monday.")
    assert found == [("ACCUSE", ["LTU"], ["RUS"])]
    found = events("Opposition row\n\nOpposition leader Raila Odinga called for rallies against the government. "
                   "Kenya's police chief on Sunday announced a ban on the fresh protests called by Odinga.")
    ban = [g for t, _, g in found if t == "COERCE"]
    assert ban == [["KEN"]]


def test_an_apposed_role_says_whose_officer_a_titled_name_is(events):
    found = events("Border talks\n\nOn May 2, Turkey mediated a meeting between Major-General Rasim Aliyev, the "
                   "chief of the Azerbaijani Armed Forces General Staff, and Major-General Tigran Sargsyan, the "
                   "chief of the Armenian Armed Forces General Staff, that took place in Ankara.")
    assert found == [("CONSULT", ["TUR"], ["AZE", "ARM"])]


def test_brussels_is_belgium_where_the_story_is_about_belgium(events):
    found = events("Diplomatic row\n\nGhana expelled two Belgian diplomats on Tuesday. Foreign Minister Kwame "
                   "Mensah accused Brussels of meddling in the elections.")
    assert [g for t, _, g in found if t == "ACCUSE"] == [["BEL"]]
    # where the European Union is the party, Brussels stays the Union
    found = events("Sanctions row\n\nThe European Union imposed sanctions on Belarusian officials. Belarus "
                   "accused Brussels of hypocrisy.")
    assert [g for t, _, g in found if t == "ACCUSE"] == [["IGO"]]


def test_what_sparked_protests_is_what_they_were_against_not_who_protested(events):
    found = events("Election row\n\nTogo slid into crisis last year, when President Faure Gnassingbe's "
                   "announcement he would seek a fourth term ignited weeks of protests.")
    assert [(t, s, g) for t, s, g in found if t == "PROTEST"] == [("PROTEST", [], ["TGO"])]


def test_the_occupying_forces_are_the_army_the_story_named(events):
    found = events("Raids in the north\n\nThe Moroccan occupation army raided the town of Smara at dawn on "
                   "Sunday. Witnesses said the occupying forces arrested two students before withdrawing.")
    assert [(t, s) for t, s, _ in found if t == "COERCE"] == [("COERCE", ["MAR"])]


def test_the_bloc_is_the_international_body_named_before(events):
    found = events("Sanctions\n\nAhead of a summit between Moldova and the European Union on Friday, the "
                   "27-member bloc imposed sanctions on five Transnistrian officials.")
    assert [(t, s) for t, s, _ in found] == [("SANCTION", ["IGO"])]
    # no body named before: no invented one
    found = events("Sanctions\n\nOn Friday the bloc imposed sanctions on five Transnistrian officials.")
    assert [(t, s) for t, s, _ in found] == [("SANCTION", [])]


def test_a_summons_told_in_the_passive_by_a_ministry_is_the_ministrys(events):
    found = events("Border incident\n\nThe Polish Foreign Ministry said on Friday that the charge d'affaires of "
                   "the Belarusian embassy in Warsaw was summoned over the border incident.")
    assert found == [("ACCUSE", ["POL"], ["BLR"])]


def test_each_others_envoys_are_no_target(events):
    found = events("Envoys expelled\n\nOn Monday Ghana announced the expulsion of each other's diplomats "
                   "after talks with Togo failed.")
    assert all(g == [] for t, _, g in found if t == "SANCTION")


def test_an_apposed_coalition_of_rights_groups_beats_a_word_of_the_name(events):
    found = events("Rally row\n\nOn Monday, the Police Reforms Working Group, a coalition of 18 rights groups, "
                   "asked the police to ensure the rallies were orderly.")
    assert [(t, s) for t, s, _ in found] == [("REQUEST", ["NGO"])]


def test_accusations_against_the_speakers_own_side_are_not_its_target(events):
    found = events("Vietnam rejects claims\n\n\"We don't accept any groundless accusations made against "
                   "Vietnam,\" Vietnamese Foreign Minister Bui Thanh Son said.")
    assert [(t, s, g) for t, s, g in found if t == "REJECT"] == [("REJECT", ["VNM"], [])]


def test_traded_blame_is_an_accusation_by_both_neighbours(events):
    found = events("Border row\n\nAirstrikes by Iran hit villages in Iraq on Monday. The neighbours traded blame "
                   "over responsibility for the attacks.")
    assert [(t, sorted(s), g) for t, s, g in found if t != "ASSAULT"] == [("ACCUSE", ["IRN", "IRQ"], [])]
    found = events("Border row\n\nIndia and Pakistan traded fire across the frontier on Sunday.")
    assert [(t, sorted(s)) for t, s, _ in found] == [("ASSAULT", ["IND", "PAK"])]
    # commerce stays cooperation
    found = events("Trade\n\nChina traded goods with Kenya.")
    assert [t for t, _, _ in found] == ["COOPERATE"]


def test_declining_to_explain_is_no_refusal(events):
    found = events("Envoy row\n\nAn official said the diplomat had been expelled but declined to give any "
                   "further explanation.")
    assert [t for t, _, _ in found] == ["SANCTION"]
