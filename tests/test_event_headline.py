"""The headline is coded in its own grammar, and its event is not counted
twice when the body reports it too."""

from __future__ import annotations

from redline.pipeline import analyze


def _events(text: str) -> list[tuple[str, str | None, list[str], list[str], str]]:
    a = analyze(text)  # a plain-text article: the first line is the headline
    return [(e.type, e.mode, [(r.code or "")[:3] for r in e.sources], [(r.code or "")[:3] for r in e.targets],
             text[e.sentence[0]:e.sentence[1]]) for e in a.events]


def test_headline_event_the_body_does_not_report_is_coded():
    text = ("Russia vows retaliation over new EU sanctions\n\n"
            "The statement was read out on state television on Friday.")
    events = _events(text)
    assert [(t, s) for t, _, s, _, _ in events] == [("THREATEN", ["RUS"])]
    assert events[0][4] == "Russia vows retaliation over new EU sanctions"


def test_headline_event_the_lead_reports_is_counted_once():
    text = ("US sanctions Maduro's foreign minister\n\n"
            "The United States on Friday sanctioned Venezuela's foreign minister, Jorge Arreaza.")
    events = _events(text)
    assert [(t, s) for t, _, s, _, _ in events] == [("SANCTION", ["USA"])]
    assert events[0][4].startswith("The United States")  # the lead's fuller report is kept


def test_headline_infinitive_is_a_plan_not_a_done_act():
    text = ("Kenyan president to visit Ethiopia next week\n\n"
            "The trip was announced by the foreign ministry in Nairobi.")
    assert [(t, m, s, g) for t, m, s, g, _ in _events(text)][:1] == [("AGREE", "meet", ["KEN"], ["ETH"])]


def test_conditional_vow_is_a_threat():
    text = ("Pakistan vows a firm answer if attacked again\n\n"
            "The defence ministry spoke in Islamabad on Thursday.")
    assert [(t, s) for t, _, s, _, _ in _events(text)] == [("THREATEN", ["PAK"])]


def test_label_line_as_headline_is_no_event():
    text = "Press release\n\nThe Ministry of Foreign Affairs of Ghana condemned the attack on its embassy."
    assert [t for t, _, _, _, _ in _events(text)] == ["ACCUSE"]


def test_adding_someone_to_a_sanctions_list_is_a_sanction():
    text = ("Treasury moves against Caracas judges\n\n"
            "The United States on Friday added two Venezuelan judges to its sanctions list.")
    assert [(t, s, g) for t, _, s, g, _ in _events(text)] == [("SANCTION", ["USA"], ["VEN"])]


def test_title_case_headline_is_read_as_a_sentence():
    # every word capitalised: the parser would take the verbs for names
    text = ("Kenya Rebels Reject Call To Leave Garissa\n\n"
            "The statement was read out on local radio on Tuesday.")
    events = _events(text)
    assert [(t, s) for t, _, s, _, _ in events] == [("REJECT", ["KEN"])]
    assert events[0][4] == "Kenya Rebels Reject Call To Leave Garissa"  # offsets into the text as given
    text = ("Turkey Launches Air Strikes On Kurdish Militants In Iraq\n\n"
            "Residents heard explosions overnight, officials said.")
    assert [(t, s) for t, _, s, _, _ in _events(text)] == [("ASSAULT", ["TUR"])]


def test_title_case_headline_keeps_names_the_body_writes_with_capitals():
    # "Hunt" is a verb too, but the body names the minister: the headline keeps him
    text = ("Hunt Condemns Attack On British Embassy In Tehran\n\n"
            "Foreign Secretary Jeremy Hunt spoke in London on Monday.")
    assert [(t, s) for t, _, s, _, _ in _events(text)] == [("ACCUSE", ["GBR"])]


def test_headline_verb_for_the_leads_dyad_gives_way_to_the_lead():
    # the headline's terse "targets" would read as an attack; the lead says what it was
    text = ("EU targets Belarusian interior minister\n\n"
            "The European Union on Monday imposed sanctions on Belarus's interior minister.")
    assert [(t, s, g) for t, _, s, g, _ in _events(text)] == [("SANCTION", ["IGO"], ["BLR"])]


def test_headline_target_ends_before_the_reason_it_is_targeted_for():
    text = ("EU sanctions Belarusian ministers over jailed activist\n\n"
            "The move follows months of unrest in the country, officials said.")
    event = next(e for e in analyze(text).events if e.type == "SANCTION")
    assert [(r.text, r.code) for r in event.targets] == [("Belarusian ministers", "BLRGOV")]  # was the activist, BLRCVL


def test_an_actors_text_leaves_out_when_it_acted():
    text = ("Montenegro expels Serbian ambassador\n\n"
            "PODGORICA (Reuters) - Montenegro on Saturday ordered Serbia's ambassador to leave the country, accusing "
            "him of meddling in its internal affairs, and Belgrade responded by expelling Montenegro's envoy.\n")
    analysis = analyze(text)
    assert not any("Saturday" in r.text for e in analysis.events for r in e.sources + e.targets)
    assert not any("Saturday" in text[s:e] for entity in analysis.entities for s, e in entity.mentions)
