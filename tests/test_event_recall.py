"""Event recall on wire-story grammar (issue 9, item 5): acts told as nouns
with their own sides ("clashes between police and protesters", "the arrest
of X"), and acts in relative and background clauses. Every article here is
written for the test."""

from __future__ import annotations


# -- nouns with their sides ---------------------------------------------------

def test_clashes_between_two_sides_are_an_assault_by_both(events):
    found = events("Thousands marched in Nairobi on Monday against a new tax law. There were several "
                   "clashes between Kenyan police and demonstrators in the city centre.")
    assert ("ASSAULT", None, ["KENCOP", "KENCVL"], []) in found


def test_clashes_that_broke_out_between_two_sides(events):
    found = events("Police detained two opposition leaders in Tbilisi on Sunday, and clashes broke out "
                   "between Georgian police and protesters.")
    assert [(t, s) for t, _, s, _ in found] == [("COERCE", ["GEOCOP"]), ("ASSAULT", ["GEOCOP", "GEOCVL"])]


def test_clashes_between_states_as_a_clause_subject(events):
    found = events("Heavy clashes between Thailand and Cambodia continued on Friday.")
    assert found == [("ASSAULT", None, ["THA", "KHM"], [])]


def test_the_arrest_of_a_named_person_is_an_arrest(events):
    found = events("The arrest of opposition leader John Mwale, a fierce critic of the president, has "
                   "sparked riots across Zambia.")
    assert [(t, m) for t, m, *_ in found][:1] == [("COERCE", "arrest")]
    assert found[0][3], "the arrested man is the target"


def test_the_expulsion_of_officials_names_its_patient(events):
    found = events("The expulsion of three American officials has angered Washington.")
    assert [(t, m, tg) for t, m, _, tg in found] == [("SANCTION", "expel", ["USAGOV"])]


def test_an_attack_named_again_with_its_agent_is_not_a_second_event(events):
    found = events("Houthi rebels attacked an oil tanker off the Yemeni coast on Friday. It was the first "
                   "fatal attack by the Houthis on shipping.")
    assert [t for t, *_ in found] == ["ASSAULT"]


def test_a_named_event_or_a_name_is_no_new_act(events):
    # "the Manchester bombing", "the stalled Geneva negotiations": a place
    # before a definite noun names a known event; "Support" in a mission's
    # name and "opposition" as a group are no acts
    found = events("The Manchester bombing was the deadliest attack in years. The UN Support Mission "
                   "in Libya has called for calm. Zimbabwe opposition faces a wave of arrests.")
    assert not [f for f in found if f[0] in ("SUPPORT", "REJECT")]
    assert not [f for f in found if f[0] == "ASSAULT" and "GBR" in f[2]]


# -- relative and background clauses -----------------------------------------

def test_an_act_in_a_relative_clause_on_an_actor(events):
    found = events("Kenyan police fired tear gas to disperse protesters who threw stones at them and "
                   "blocked roads in Nairobi on Monday.")
    assert [(t, m, s) for t, m, s, _ in found] == [("COERCE", "restrict", ["KENCOP"]),
                                                    ("ASSAULT", "beat", ["KENCVL"]),
                                                    ("PROTEST", "obstruct", ["KENCVL"])]


def test_a_relative_clause_speaks_of_the_nearest_conjunct(events):
    found = events("Clashes broke out between Georgian police and protesters, who blocked a road in the "
                   "city centre.")
    assert ("PROTEST", "obstruct", ["GEOCVL"], []) in found


def test_an_act_in_a_background_clause_with_its_own_subject(events):
    # the vow covers its complement; the after-clause inside it is the
    # police's own act, told as a fact
    found = events("The Senegal government on Friday vowed to restore order after police fired tear gas "
                   "at supporters of opposition leader Ousmane Sonko.")
    assert ("COERCE", "restrict", ["SENCOP"], ["SENOPP"]) in found


def test_background_acts_of_an_earlier_time_are_not_news(events):
    # a pluperfect, an act dated a month back, an act inside an "after"
    # phrase and a "when" clause that dates the main act stay background
    found = events("Government forces retook the village on Monday after fierce fighting with rebels who "
                   "overran it late last month. Lucas Banda, who had been put under house arrest, was "
                   "freed. Two bombers killed 23 people when they blew themselves up in the market.")
    assert [t for t, *_ in found] == ["RETREAT", "ASSAULT"]  # freed, killed


# -- event types ----------------------------------------------------------------

def test_vowing_to_use_all_means_is_a_threat(events):
    found = events('The government on Friday vowed to use "all means necessary" to return order.')
    assert [t for t, *_ in found] == ["THREATEN"]


def test_a_crowd_that_is_blocked_is_coerced_not_protesting(events):
    found = events("Protesters had been blocked from heading to the presidency. Their passage was blocked "
                   "by riot police.")
    assert [t for t, *_ in found] == ["COERCE", "COERCE"]


def test_a_crowd_chanting_demonstrates(events):
    found = events('Protesters chanted "Free Mwale" on the main avenue of Lusaka.')
    assert [(t, m) for t, m, *_ in found] == [("PROTEST", "demo")]


def test_small_groups_of_protesters_are_a_crowd(events):
    found = events("Small groups of protesters blocked roads in the capital.")
    assert [(t, m) for t, m, *_ in found] == [("PROTEST", "obstruct")]


def test_a_complaint_that_waits_on_a_condition_is_not_made(events):
    found = events('"If we do not arrest suspects, the public will complain that we are sleeping on the '
                   'job," the police spokesman said.')
    assert not [f for f in found if f[0] == "ACCUSE"]


def test_strikes_on_a_target_are_an_attack_by_their_state(events):
    found = events("US strikes on Iran continued on Sunday.")
    assert found == [("ASSAULT", "heavy-weapons", ["USA"], ["IRN"])]


def test_a_walkout_on_a_day_stays_a_walkout(events):
    found = events("Dock workers in Lagos began a strike on Monday. Prisoners began a hunger strike on the "
                   "island.")
    assert [(t, m) for t, m, *_ in found] == [("PROTEST", "strike-lim"), ("PROTEST", "strike-hun")]


def test_a_noun_prep_row_in_a_user_table(tmp_path):
    from redline import analyze
    table = tmp_path / "extra.tsv"
    table.write_text("noun\tzorblast\t-\tPROTEST\tdemo\t141\t-\t-\n"
                     "noun\tzorblast\tprep=on\tASSAULT\t-\t190\t-\t-\n", encoding="utf-8")
    text = "Russian zorblasts on Kharkiv continued overnight."
    events = analyze(text, title="Report", event_tables=[table]).events
    assert [(e.type, e.sources[0].code, e.targets[0].code[:3]) for e in events] == [("ASSAULT", "RUS", "UKR")]


def test_terming_a_decision_unjustified_blames_its_owner(events):
    found = events("Algeria termed Morocco's decision unjustified.")
    assert [(t, s, g[:1]) for t, _, s, g in found] == [("ACCUSE", ["DZA"], ["MAR"])]
    assert events("Scientists in Oslo labeled the samples carefully.") == []


def test_stones_hurled_or_answered_with_are_an_assault(events):
    assert [(t, m) for t, m, *_ in events("Villagers hurled rocks at Kenyan police near the border.")] == \
        [("ASSAULT", "beat")]
    assert [(t, m) for t, m, *_ in events("The crowd in Maputo responded with stones and bottles.")] == \
        [("ASSAULT", "beat")]
    assert [t for t, *_ in events("Kyrgyz border guards joined the fray with mortars.")] == ["ASSAULT"]
    assert events("The minister responded with a letter.") == []


def test_an_act_as_the_means_of_a_non_event(events):
    # "defended themselves" is no event, but what they did it by is
    found = events("Police used tear gas on the marchers in Lima, while some defended themselves by throwing "
                   "stones at the officers.")
    assert [(t, m) for t, m, *_ in found] == [("COERCE", "restrict"), ("ASSAULT", "beat")]


def test_a_conjunct_with_its_own_passive_is_done_to_the_shared_subject(events):
    found = events("The protesters in Lome had marched calmly on Thursday, but had been blocked from heading "
                   "to the presidency.")
    assert [(t, m, s, g) for t, m, s, g in found] == [("PROTEST", "demo", ["TGOCVL"], []),
                                                       ("COERCE", "restrict", [], ["TGOCVL"])]


def test_an_order_in_a_relative_clause(events):
    found = events("Spain will expel 25 Russian diplomats, joining other European Union countries that have "
                   "ordered Russian officials to leave.")
    assert [(t, g) for t, _, _, g in found] == [("THREATEN", ["RUSGOV"]), ("REQUEST", ["RUSGOV"])]


def test_an_ongoing_act_amid_which_the_story_happens(events):
    found = events("Villagers fled their homes amid cross-border raids by Janjaweed militia from Sudan.")
    assert [(t, s) for t, _, s, _ in found] == [("ASSAULT", ["SDNREB"])]
    # an earlier act under "despite" stays background
    found = events("The ambassador pledged continued support for talks in Yemen, despite the Houthis' recent "
                   "attack on two Saudi oil stations.")
    assert "ASSAULT" not in [t for t, *_ in found]
