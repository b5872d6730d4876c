"""What an act is for, and how it is phrased, decides its type (issue 10, quad work)."""

from __future__ import annotations

from redline.pipeline import analyze


def _events(text: str) -> list[tuple[str, str | None, str]]:
    a = analyze(text, title="Report")
    return [(e.type, e.mode, " ".join(text[s:t] for s, t in e.trigger)) for e in a.events]


def _types(text: str) -> list[str]:
    return [t for t, _, _ in _events(text)]


def test_troops_sent_to_keep_peace_or_bring_relief_are_aid_not_mobilisation():
    assert _types("Ruritania is sending troops to the United Nations peacekeeping force in Borduria.") == ["AID"]
    assert _types("Soldiers from Ruritania arrived in Borduria to help deliver food to remote villages.") == ["AID"]
    # offered: a promise of aid is cooperation, not a threat of force
    assert _types("Ruritania has offered to send troops to help the Bordurian army.") == ["AGREE"]
    assert _types("The first Ruritanian peacekeeping troops arrived in Borduria.") == ["AID"]
    # without such a purpose a deployment stays a show of force
    assert _types("Ruritania deployed troops along its border with Borduria.") == ["MOBILIZE"]


def test_a_means_clause_is_an_act_of_the_subject():
    text = "Ruritania continued its efforts in the region by donating medical supplies to Borduria."
    assert _types(text) == ["AID"]


def test_quantity_pronouns_conjuncts_and_as_phrases_reach_the_pattern():
    assert _types("Ruritania gave to Borduria some of its old military equipment.") == ["AID"]
    assert _types("Bordurian police officers used batons and tear gas on the marchers.") == ["COERCE"]
    assert _types("The militia held dozens of villagers as human shields in the town.") == ["COERCE"]


def test_an_as_clause_with_its_own_subject_is_its_own_event():
    text = "Riot police used water cannon as about two hundred people from the Somali community on Sunday staged a protest."
    a = analyze(text, title="Report")
    protests = [e for e in a.events if e.type == "PROTEST"]
    assert len(protests) == 1
    assert "police" not in protests[0].sources[0].text  # the marchers protest, not the police


def test_a_passive_subject_is_what_was_handed_over():
    assert _types("An ancient statue was returned to Borduria by Ruritanian officials on Monday.") == ["RETREAT"]
    assert _types("The minister returned to the capital on Monday.") == []


def test_claiming_ones_own_attack_is_a_statement_not_the_attack():
    assert _types("The rebels claimed that they had attacked the army base near the border.") == []
    # someone else's act reported as a claim is still coded
    assert _types("The governor claimed that the rebels had attacked the army base.") == ["ASSAULT"]


def test_a_team_sent_to_investigate_investigates():
    text = "Ruritania has sent a team of experts to investigate the explosion at the Bordurian port."
    assert [(t, m) for t, m, _ in _events(text)] == [("ACCUSE", "investigate")]
    assert _types("Ruritania sent two senior officials to Borduria to investigate the report.") == ["ACCUSE"]
    assert _types("Ruritania sent humanitarian aid to Borduria on Tuesday.") == ["AID"]
    assert _types("The president sent his sincere sympathy to the Bordurian people.") == []


def test_a_split_cease_fire_is_a_ceasefire_not_gunfire():
    assert [(t, m) for t, m, _ in _events("The president announced a weeklong cease-fire with the rebels.")] == [
        ("RETREAT", "ceasefire")]


def test_a_state_of_siege_is_an_event_of_its_own():
    text = "The authorities declared a state of siege to begin at midnight in the eastern province."
    assert _types(text) == ["COERCE"]


def test_an_event_nouns_clause_modality_holds_for_it():
    text = "The rebels said they would persist with their attacks on the capital."
    assert [(t, m) for t, m, _ in _events(text)] == [("THREATEN", "violence")]
    assert _types("The rebels persisted with their attacks on the capital.") == ["ASSAULT"]


def test_war_games_and_setting_free():
    assert _types("The armies of Ruritania and Borduria performed joint war games in October.") == ["COOPERATE"]
    assert _types("Ruritania staged war games near the Bordurian border.") == ["MOBILIZE"]
    assert [(t, m) for t, m, _ in _events("Borduria today let free nearly three dozen activists.")] == [
        ("RETREAT", "release")]


def test_for_a_subject_to_act_is_the_requests_content():
    events = _events("The senator pressed for the embassy to be closed.")
    assert [(t, m) for t, m, _ in events] == [("REQUEST", "change")]
    # what is asked for did not happen: no agreement
    assert "AGREE" not in _types("The prime minister has pushed for the constitution to be revised by 2020.")
