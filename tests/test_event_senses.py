"""A trigger's arguments decide its sense; label lines are not sentences to code."""

from __future__ import annotations

from redline.pipeline import analyze


def _events(text: str, title: str = "Report") -> list[tuple[str, str | None, str]]:
    a = analyze(text, title=title)
    return [(e.type, e.mode, " ".join(text[s:t] for s, t in e.trigger)) for e in a.events]


def test_promise_to_look_into_grievances_is_cooperation_not_accusation():
    text = "The governor of Lagos State promised on Monday to look into the grievances of the striking nurses."
    assert [(t, m) for t, m, _ in _events(text)] == [("AGREE", "yield")]


def test_looking_into_an_allegation_is_still_an_investigation():
    text = "Kenya's attorney general said on Monday he would look into the allegations against the police."
    assert [t for t, _, _ in _events(text)] == ["ACCUSE"]


def test_defending_ourselves_is_no_agreement():
    text = "Israel's defence minister said on Monday: \"We're going to defend ourselves against Iran.\""
    assert all(t != "AGREE" for t, _, _ in _events(text))


def test_defending_another_state_is_support():
    text = "Arafat defended Iraq on Friday against Western criticism of its weapons programme."
    assert [t for t, _, _ in _events(text)] == ["SUPPORT"]


def test_police_storming_a_home_is_coercion():
    text = "Amina Yusuf, a teacher in Kano, said Nigerian police stormed her home on Tuesday night."
    assert [t for t, _, _ in _events(text)] == ["COERCE"]


def test_crowd_storming_a_building_is_still_a_protest_and_troops_an_assault():
    assert [t for t, _, _ in _events("Thousands of students stormed the parliament building in Dhaka.")] == ["PROTEST"]
    assert [t for t, _, _ in _events("Israeli troops raided the Jenin refugee camp on Monday.")] == ["ASSAULT"]


def test_press_release_label_line_is_no_event():
    text = "Press release\n\nThe Ministry of Foreign Affairs of Ghana condemned the attack on its embassy in Kyiv."
    assert [(t, trig) for t, _, trig in _events(text, title="Ministry statement")] == [("ACCUSE", "condemned")]


def test_headline_noun_with_an_object_is_still_a_verb():
    assert [(t, trig) for t, _, trig in _events("US sanctions Maduro's foreign minister")] == [
        ("SANCTION", "sanctions")]


def test_vow_to_respond_firmly_is_a_threat_not_an_agreement():
    text = "China vowed to respond firmly to the US arms sale to Taiwan."
    assert [t for t, _, _ in _events(text)] == ["THREATEN"]
    assert _events("The ministry responded to questions from reporters on Monday.") == []


def test_retaliation_done_is_force_and_promised_a_threat():
    assert [t for t, _, _ in _events("Iran retaliated against Israel with a barrage of missiles.")] == ["ASSAULT"]
    assert [(t, m) for t, m, _ in _events("China vowed to retaliate against the United States.")] == [
        ("THREATEN", "violence")]
    assert [t for t, _, _ in _events("Beijing retaliated with tariffs on American soybeans.")] == ["SANCTION"]


def test_photo_captions_bylines_and_labels_are_not_sentences_to_code():
    text = ("By Jane Roe and Tom Doe, Reuters\n\n"
            "Advertisement\n\n"
            "Soldiers attacked a checkpoint near Goma on Friday. (AP Photo/Jean Mbala)\n\n"
            "Rwanda's foreign minister met Congo's president in Luanda on Monday.")
    a = analyze(text, title="Rwanda and Congo meet in Luanda")
    assert [(e.type, text[e.sentence[0]:e.sentence[1]][:6]) for e in a.events] == [("CONSULT", "Rwanda")]
    # the byline names no speaker, the caption holds no event
    assert all("Roe" not in (s.speaker.name or "") for s in a.statements)


def test_verbs_offered_as_alternatives_are_no_acts():
    assert _events("The next step depends on Serbia to approve or refuse the plan, a diplomat said.") == []
    assert _events("It is now up to the junta to accept or reject the deal.") == []
    # verbs joined by "and" are still each an act
    text = "Israel accepted the offer and withdrew its troops from the town on Monday."
    assert [t for t, _, _ in _events(text)] == ["AGREE", "RETREAT"]
