"""People with no office and groups named in a broken apposition: a woman
sentenced, a child shot and a man arrested are civilians of the story's
state; "the Washington-based rights group, Democracy for Arab Voices
(DAV)," is one body, coded as the group it is called; a group "releasing
the news" frees no one. The articles are written for the tests; the first
line of each is its headline."""

from __future__ import annotations

import redline


def test_private_people_acted_on_are_civilians_of_the_story(story):
    found = story("Court jails woman over posts\n\n"
                  "RIYADH - Saudi Arabia's Specialised Criminal Court has sentenced a woman to 30 years in prison "
                  "for posting messages on social media, rights groups said.\n")
    assert any(f[0] == "COERCE" and f[3] == ["SAUCVL"] for f in found)


def test_a_child_shot_is_the_target_not_the_country(story):
    found = story("Child shot in protests\n\n"
                  "NAIROBI - Police shot a child during protests in Kenya on Tuesday, witnesses said.\n")
    assert any(f[0] == "ASSAULT" and f[2] == ["KENCOP"] and f[3] == ["KENCVL"] for f in found)


def test_a_rights_group_named_after_its_description_is_one_body(nlp):
    text = ("Rights group condemns sentence\n\n"
            "According to court papers seen by the Washington-based human rights group, Democracy for Arab "
            "Voices (DAV), the woman was charged under anti-terrorism laws.\n\n"
            "DAV said it was releasing the news of the sentence to draw attention to the case.\n")
    analysis = redline.analyze(text, nlp=nlp)
    dav = next(e for e in analysis.entities if any(text[s:t] == "DAV" for s, t in e.mentions))
    assert any("human rights group" in text[s:t] for s, t in dav.mentions)
    assert dav.actor == "USANGO"
    said = next(s for s in analysis.statements if s.speaker.mention == "DAV")
    assert said.speaker.actor == "USANGO"
    assert not any(e.type == "RETREAT" for e in analysis.events)


def test_a_news_agency_named_by_its_own_word_is_not_the_last_body_named(nlp):
    text = ("Emirates confirm trial\n\n"
            "DUBAI (AP) - The United Arab Emirates acknowledged on Saturday it is trying 84 people as it hosted the "
            "United Nations COP28 climate talks last month.\n\n"
            "The state-run WAM news agency quoted the attorney general as saying the defendants face charges.\n")
    # (the agency quotes; the attorney general it quotes "as saying" speaks)
    speaker = next(s.speaker for s in redline.analyze(text, nlp=nlp).statements
                   if "defendants face charges" in s.content_text(text))
    assert speaker.mention == "the attorney general"
    assert "United Nations" not in (speaker.name or "")
    assert not (speaker.actor or "").startswith("IGO")


def test_critics_and_organizers_are_civilians_of_the_story(nlp):
    text = ("Malawi opposition rejects result\n\n"
            "LILONGWE - Critics say the election was rigged. \"People were going to rally for their rights,\" "
            "the organizer told reporters.\n")
    analysis = redline.analyze(text, nlp=nlp)
    assert {s.speaker.mention: s.speaker.actor for s in analysis.statements} == {
        "Critics": "MWICVL", "the organizer": "MWICVL"}
    # a rally people were going to hold, told in the past, was not held
    assert not any(e.type in ("PROTEST", "THREATEN") for e in analysis.events)


def test_a_newspaper_named_by_its_press_word_is_the_states_press(nlp):
    text = ("Minister resigns\n\n"
            "SUVA - The fisheries minister resigned on Monday, the Fiji Sun reported. The Lesotho Times said "
            "the talks had failed, and John Post, a farmer, said he was glad.\n")
    speakers = {s.speaker.mention: s.speaker.actor for s in redline.analyze(text, nlp=nlp).statements}
    assert speakers["the Fiji Sun"] == "FJIMED"
    assert speakers["The Lesotho Times"] == "LSOMED"
    assert not (speakers.get("John Post") or "").endswith("MED")


def test_a_word_for_plain_people_before_a_role_is_the_roles():
    from redline.actors.resolve import ActorResolver

    resolver = ActorResolver()
    assert resolver.resolve("a woman journalist").code == "MED"
    assert resolver.resolve("individual executives").code == "BUS"
    assert resolver.resolve("a woman").code == "CVL"
