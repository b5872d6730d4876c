"""Event actors on wire-story grammar (issue 9, sixth round): reporting
verbs, clauses with subjects of their own. Every article here is written
for the test."""

from __future__ import annotations

import pytest

from redline.pipeline import analyze_article
from redline.types import Article


@pytest.fixture(scope="module")
def events(nlp):
    """events(text) -> [(type, source codes, target codes)] in text order."""

    def run(text: str) -> list[tuple[str, list[str], list[str]]]:
        analysis = analyze_article(Article(text=text, date="2021-06-01"), nlp)
        return [(e.type, [r.code for r in e.sources if r.code], [r.code for r in e.targets if r.code])
                for e in analysis.events]

    return run


def test_who_reports_an_attack_did_not_carry_it_out(events):
    found = events("Local radio stations in Laos reported the air strikes on the border town.")
    assert [(t, s) for t, s, _ in found] == [("ASSAULT", [])]
    # the act's own agent still is its source
    found = events("Local radio stations in Laos reported Vietnamese air strikes on the border town.")
    assert [(t, [c[:3] for c in s]) for t, s, _ in found] == [("ASSAULT", ["VNM"])]
    # announcing one's own act is doing it
    found = events("Kenya announced sanctions on Somalia.")
    assert [(t, [c[:3] for c in s]) for t, s, _ in found] == [("SANCTION", ["KEN"])]


def test_a_clause_with_its_own_subject_is_its_own_event(events):
    found = events("Chad fired a rocket on Sunday, as Libya condemned French drills near its coast.")
    by_type = {t: ([c[:3] for c in s], [c[:3] for c in g]) for t, s, g in found}
    # the rocket was not fired at France: the drills belong to Libya's clause
    assert by_type["ASSAULT"] == (["TCD"], [])
    assert by_type["ACCUSE"] == (["LBY"], ["FRA"])


def test_an_arrest_after_which_something_happened_is_coded(events):
    found = events("Tensions rose after Moldovan police arrested two Romanian officers last week.")
    assert [(t, [c[:3] for c in s], [c[:3] for c in g]) for t, s, g in found] == [
        ("COERCE", ["MDA"], ["ROU"])]


def test_a_title_the_parser_broke_at_its_hyphen_still_names_the_role(nlp, tmp_path):
    from redline.actors import ActorResolver

    people = tmp_path / "people.tsv"
    people.write_text("\n".join("\t".join(r) for r in [
        ["name", "aliases", "country", "sector", "role", "start", "end"],
        ["Ola Brekke", "Brekke|Ola Brekke", "NOR", "GOV", "prime minister", "2001-01-01", "2009-01-01"],
        ["Ola Brekke", "Brekke|Ola Brekke", "NATO", "", "secretary general", "2010-01-01", "2016-01-01"],
        ["Ola Brekke", "Brekke|Ola Brekke", "NOR", "GOV", "finance minister", "2020-01-01", ""],
    ]) + "\n", encoding="utf-8")
    # undated: the title, not the latest table role, says who acts
    text = ("NATO Secretary-General Ola Brekke has urged Moldova to release the soldiers.\n\n"
            "Brekke also met Latvian officials on Friday.")
    analysis = analyze_article(Article(text=text), nlp, ActorResolver([people]))
    assert [[r.code for r in e.sources] for e in analysis.events] == [["IGOWSTNAT"], ["IGOWSTNAT"]]


def test_the_military_is_the_one_the_story_named_with_its_state(events):
    # "military" named only as a modifier of the strike: no entity of its own
    text = ("A Laotian military airstrike on a village killed five farmers, residents said on Monday.\n\n"
            "Activists accuse the military of burning homes.\n\n"
            "The military also shelled two towns last week.")
    found = events(text)
    assert [(t, s, g) for t, s, g in found][1:] == [("ACCUSE", ["CVL"], ["LAOMIL"]), ("ASSAULT", ["LAOMIL"], [])]
    # no state named with it: none invented
    assert events("The military shelled two towns last week.") == [("ASSAULT", ["MIL"], [])]
    # two states' armies named before: the story leaves it open
    found = events("Thai military officers and Cambodian military officers met on Monday.\n\n"
                   "The military then shelled a town.")
    assert found[-1] == ("ASSAULT", ["MIL"], [])


def test_its_posts_belong_to_whom_its_refers_to(events):
    for text in ("The Lao army said armed Thai soldiers opened fire near one of its military posts on Monday.",
                 "The Lao army said armed Thai soldiers opened fire near its military posts on Monday."):
        assert events(text) == [("ASSAULT", ["THAMIL"], ["LAOMIL"])]



def test_a_dateline_with_its_country_before_a_colon_is_no_actor(nlp):
    text = ("Rebels ambush patrol in Mali\n\n"
            "BAMAKO, Mali: Fighters with the Katiba Macina group ambushed a Malian army patrol "
            "and killed 12 soldiers on Sunday, officials said.")
    analysis = analyze_article(Article(text=text, date="2021-06-01"), nlp)
    sources = {text[a:b] for e in analysis.events for r in e.sources for a, b in r.spans}
    assert sources == {"Fighters with the Katiba Macina group"}
    assert all(s.speaker.name != "BAMAKO" for s in analysis.statements)


def test_the_envoy_belongs_to_the_state_that_sent_them(events):
    text = ("The visas of Danish ambassador to Bamako Lars Holm have been cancelled and police are "
            "instructed to expel the envoy, the junta said.")
    expel = [g for t, _, g in events(text) if t == "SANCTION"][-1]
    assert [c[:3] for c in expel] == ["DNK"]
    text = ("Mali ordered Danish ambassador Lars Holm to leave.\n\n"
            "It said this followed the envoy's refusal to meet Mali's new foreign minister.")
    refusal = [s for t, s, _ in events(text) if t == "REJECT"]
    assert [[c[:3] for c in s] for s in refusal] == [["DNK"]]


def test_gangs_and_armed_men_are_actors_where_they_strike(events):
    # criminal gangs are CAMEO's CRM; they belong to the place they act in
    assert events("Gangs have raided more than two dozen police stations in Bamako since February.") == [
        ("ASSAULT", ["MLICRM"], ["MLICOP"])]
    # armed men storming a post attack it: no riot
    found = events("Armed men stormed a police station in Gao on Sunday.")
    assert [(t, s) for t, s, _ in found] == [("ASSAULT", ["UAF"])]


def test_both_countries_are_the_two_states_just_named(events):
    text = ("At least 12 people were killed in clashes between Laos and Vietnam on Thursday.\n\n"
            "Both countries accused the other of shooting first.\n\n"
            "The two neighbours then recalled their ambassadors.")
    found = events(text)
    assert [(t, s) for t, s, _ in found[1:]] == [("ACCUSE", ["LAO", "VNM"]), ("SANCTION", ["LAO", "VNM"])]
    # with no two states named, no one is invented
    assert [s for _, s, _ in events("Both countries accused the other of shooting first.")] == [[]]


def test_a_subject_the_parser_hung_on_the_object_before_it_acts(events):
    # the parser reads "their ambassadors and Laos" as one object
    found = events("Both Laos and Vietnam recalled their ambassadors and Laos closed its border "
                   "crossings with Vietnam.")
    by_type = {t: ([c[:3] for c in s], [c[:3] for c in g]) for t, s, g in found}
    assert by_type["SANCTION"] == (["LAO", "VNM"], [])
    assert by_type["COERCE"] == (["LAO"], ["VNM"])


def test_who_said_it_is_not_among_the_victims(events):
    # the parser hangs "locals and media reports" on the object of "killed"
    found = events("A Laotian army airstrike on a village killed ten civilians, locals and media reports "
                   "said on Wednesday.")
    assert [g for t, _, g in found if t == "ASSAULT"] == [["LAOCVL"]]
    # a plain list of victims stays whole
    found = events("Troops killed ten civilians, two soldiers and a Laotian policeman on Monday.")
    assert [len(g) for t, _, g in found if t == "ASSAULT"] == [3]


def test_a_dash_glued_to_the_lead_after_a_credit_is_the_datelines(nlp):
    text = ("Mali orders Danish envoy out\n\n"
            "BAMAKO (Reuters) -Mali's ruling junta has ordered police to expel Denmark's ambassador, "
            "a further downturn in relations.")
    analysis = analyze_article(Article(text=text, date="2021-06-01"), nlp)
    sources = [(text[a:b], r.code) for e in analysis.events for r in e.sources for a, b in r.spans]
    assert sources == [("Mali's ruling junta", "MLIMIL")]


def test_where_two_sides_meet_is_no_side(events):
    found = events("The Malian government and Tuareg rebels resumed peace talks in Algiers on Monday.")
    assert [(t, g) for t, _, g in found] == [("CONSULT", [])]
    # one side's talks with another keep that other side
    found = events("Mali held talks with Algeria in Niamey.")
    assert [(t, [c[:3] for c in g]) for t, _, g in found] == [("CONSULT", ["DZA"])]


def test_a_region_named_by_its_place_is_its_states(events):
    assert events("Chadian troops attacked the Darfur region.") == [("ASSAULT", ["TCDMIL"], ["SDN"])]
    found = events("Eritrea has agreed to withdraw its forces from the Tigray region.")
    assert [(t, s, g) for t, s, g in found] == [("AGREE", ["ERI"], ["ETH"])]


def test_the_sources_own_forces_are_no_target(events):
    found = events("Rwanda withdrew its troops from the border on Monday.")
    assert [(t, s, g) for t, s, g in found] == [("RETREAT", ["RWA"], [])]


def test_talks_that_began_years_ago_are_not_the_last_speakers(events):
    text = ("The talks do not mean an end to operations against the rebels, Peru's Defense Minister, "
            "Ana Ruiz, warned on Monday.\n\n"
            "Peace negotiations with the group began in 2017 in Lima during the government of Jorge Vega.")
    assert [(t, s) for t, s, _ in events(text) if t == "CONSULT"] == [("CONSULT", [])]


def test_a_happening_that_threatens_an_outcome_is_no_threat(events):
    assert events("The military ouster of President Ali Keita threatens to strain Mali's ties with the West.") == []
    assert events("The move threatens to derail the talks.") == []
    # people and bodies still threaten
    assert [t for t, _, _ in events("Bosnian Serb units threatened to shell British forces.")] == ["THREATEN"]


def test_a_request_for_comment_is_no_event(events):
    assert events("The Danish foreign ministry did not immediately reply to a request for comment.") == []
    assert [t for t, _, _ in events("Mali rejected a request for aid from Denmark.")] == ["REJECT"]


def test_coordinated_passives_share_their_agent(events):
    found = events("A Malian soldier was abducted and killed by militants.")
    assert [(t, s) for t, s, _ in found] == [("ASSAULT", ["MLIREB"]), ("ASSAULT", ["MLIREB"])]


def test_what_a_side_says_was_an_attack_names_the_attacker(events):
    found = events("Laos's Defense Ministry condemned what it said was an expanded Thai offensive early Saturday.")
    assert [(t, s, [c[:3] for c in g]) for t, s, g in found] == [("ACCUSE", ["LAOMIL"], ["THA"])]


def test_a_building_of_an_institution_is_the_states_where_it_stands(events):
    text = ("Hundreds of Kenyan police officers arrived in Haiti last week.\n\n"
            "Gangs have raided more than two dozen police stations in Port-au-Prince since February.")
    assert events(text)[-1] == ("ASSAULT", ["HTICRM"], ["HTICOP"])
    # a state named with the building still says whose it is
    assert events("Gangs raided Kenyan police stations in Port-au-Prince.")[-1][2] == ["KENCOP"]


def test_coordinated_verbs_of_one_attack_are_one_event(nlp):
    from redline.pipeline import analyze_article
    from redline.types import Article

    text = "Gunmen killed four guards and wounded six others in the raid on the depot on Sunday."
    events = analyze_article(Article(text=text), nlp).events
    assert [(e.type, [s.text for s in e.sources]) for e in events] == [("ASSAULT", ["Gunmen"])]
