"""Event nouns with their arguments: a light verb hands its subject to the
noun's event, the noun's own arguments give the target, and a subject that
names an act gives the verb its sense."""

from __future__ import annotations

from redline.pipeline import analyze


def _events(text: str, title: str = "Report") -> list[tuple[str, list[str], list[str], str]]:
    a = analyze(text, title=title)
    return [(e.type, [r.code or "" for r in e.sources], [r.code or "" for r in e.targets],
             " ".join(text[s:t] for s, t in e.trigger)) for e in a.events]


def test_launched_air_strikes_on_a_city_is_an_assault_on_its_state():
    # the parser hangs "on Isfahan" on the verb; the light verb still hands
    # its object's event on instead of looking for an event in "Isfahan"
    events = _events("Israel launched air strikes on Isfahan early on Saturday.")
    assert [(t, s, [c[:3] for c in g]) for t, s, g, _ in events] == [("ASSAULT", ["ISR"], ["IRN"])]
    assert "strikes" in events[0][3]


def test_drills_around_an_island_target_its_state():
    # "staged" is lemmatised "stag" by the tagger: the verb's own base form is tried
    for verb in ("staged", "conducted"):
        events = _events(f"Russia {verb} large-scale naval drills around Japan on Monday.")
        assert [(t, s, g) for t, s, g, _ in events] == [("MOBILIZE", ["RUS"], ["JPN"])], verb


def test_sanctions_that_target_someone_are_sanctions_not_an_attack():
    events = _events("The European sanctions targeted Belarus's interior minister and three police chiefs.")
    assert [(t, {c[:3] for c in g}) for t, _, g, _ in events] == [("SANCTION", {"BLR"})]
    # an attack that targets a town is still an assault
    events = _events("The rocket attack targeted the town of Sderot in southern Israel.")
    assert [t for t, _, _, _ in events] == ["ASSAULT"]


def test_targeting_with_no_event_noun_keeps_the_verb_sense():
    events = _events("Russian forces targeted Ukrainian positions near Bakhmut on Sunday.")
    assert [(t, s) for t, s, _, _ in events] == [("ASSAULT", ["RUSMIL"])]


def test_an_event_noun_subject_gives_its_own_agent_not_a_place_inside_it():
    events = _events("Turkey's air strikes on Kurdish positions in northern Iraq killed six fighters.")
    assert [(t, s) for t, s, _, _ in events] == [("ASSAULT", ["TUR"])]


def test_troops_deployed_to_a_peacekeeping_mission_keep_the_peace():
    events = _events("Last week Ghana deployed 120 soldiers to a UN peacekeeping force in Lebanon.")
    assert [(t, s) for t, s, _, _ in events] == [("AID", ["GHA"])]
    events = _events("Russia deployed troops to the border with Ukraine on Monday.")
    assert [t for t, _, _, _ in events] == ["MOBILIZE"]


def test_a_participle_with_its_agent_is_the_agents_act():
    # "a plan accepted by X": a passive without its "be"; the clause itself
    # reports no event, so the participle's is coded
    events = _events("Diplomats in Doha are studying a truce plan accepted by the Taliban.")
    assert [(t, s) for t, s, _, _ in events] == [("AGREE", ["AFGREB"])]
    events = _events("Naval drills held by Russia around Japan ended on Sunday.")
    assert [(t, s, g) for t, s, g, _ in events] == [("MOBILIZE", ["RUS"], ["JPN"])]
    # the agent of an event noun's participle is the act's source
    events = _events("Air strikes carried out by Israel killed 12 people in Gaza on Monday.")
    assert [(t, s) for t, s, _, _ in events] == [("ASSAULT", ["ISR"])]
    # and whoever put a proposal forward is who its rejection answers
    events = _events("Israel rejected a truce plan put forward by Egypt.")
    assert [(t, g) for t, _, g, _ in events] == [("REJECT", ["EGY"])]


def test_a_users_event_noun_takes_a_light_verb_and_its_arguments(tmp_path):
    table = tmp_path / "nouns.tsv"
    table.write_text("noun\tzorblast\t-\tASSAULT\theavy-weapons\t195\t-\t-\n", encoding="utf-8")
    text = "Russia launched a zorblast on Kharkiv overnight."
    assert analyze(text, title="Report").events == []
    events = analyze(text, title="Report", event_tables=[table]).events
    assert [(e.type, e.sources[0].code, e.targets[0].code[:3]) for e in events] == [("ASSAULT", "RUS", "UKR")]
    assert [text[s:t] for s, t in events[0].trigger] == ["launched", "zorblast"]


def test_an_act_without_an_agent_is_no_speaker():
    # a parse that makes "drills" the subject of "warned" must not turn the
    # place inside the phrase into the one who warned
    events = _events("Naval drills near Japan warned of further action on Friday.")
    assert [(t, s) for t, s, _, _ in events] == [("THREATEN", [])]


def test_an_object_pattern_keeps_the_event_noun_as_trigger_and_its_target():
    events = _events("The EU slapped an arms embargo on Belarus on Monday.")
    assert [(t, g, trig) for t, _, g, trig in events] == [("SANCTION", ["BLR"], "slapped embargo")]
