"""Verbs the statement stage took for speech on real wire stories that say
nothing: a charge or response made "with batons" or "with tear gas",
pictures posted, lives a conflict "claimed", a report in an absolute, a
headline's participle; and a dash credit the tokenizer joined to the
closing mark ("”― Name"), which does say who spoke. Every article here is
written for the test."""

from __future__ import annotations

from test_speakers_crowd import speakers_in


def test_charging_or_responding_with_force_is_no_statement(nlp):
    text = ("DHAKA (AP) — During the clashes, police fired tear gas and charged with batons, while activists "
            "threw stones. Police clashed with protesters, responding with tear gas and water cannons.\n")
    assert speakers_in(text, nlp) == []


def test_pictures_posted_are_no_statement(nlp):
    text = ("MINSK (AP) — Opposition news sites posted video and photos of the military convoy driving into "
            "the capital on Sunday.\n")
    assert speakers_in(text, nlp) == []


def test_lives_a_conflict_claimed_are_no_statement(nlp):
    text = "YEREVAN (AP) — The six-week war claimed more than 6,500 lives in 2020.\n"
    assert speakers_in(text, nlp) == []


def test_a_video_posted_with_words_still_reports_them(nlp):
    text = "LIMA (AP) — The senator posted a video on Monday saying the vote had been rigged.\n"
    found = speakers_in(text, nlp)
    assert any("rigged" in content for _, _, _, content in found)


def test_casualties_reported_in_an_absolute_speak_for_no_one(nlp):
    text = ("YANGON (AP) — Resistance fighters attacked troops who had occupied the village with many junta "
            "casualties reported, including officers.\n")
    assert not [s for s in speakers_in(text, nlp) if "casualties" in (s[0] or "")]


def test_a_participle_after_a_preposition_in_a_headline_is_no_cue(nlp):
    text = "Opposition seeking president's exit after disputed election calls for protests\n\nMINSK (AP) — Text.\n"
    assert not [s for s in speakers_in(text, nlp) if s[2] == "disputed"]


def test_a_dash_credit_right_after_a_closing_mark_names_the_quotes_speaker(nlp):
    text = ("Readers on the debate\n\n"
            "“He never answered a single question about wages. It was painful to watch.”― Maria Lopez\u00a0\n"
            "“I will vote for the first time this year, because of what I saw tonight.”― Daniel Ortiz\n")
    found = [(name, content) for name, _, _, content in speakers_in(text, nlp)]
    assert [name for name, _ in found] == ["Maria Lopez", "Daniel Ortiz"]
    assert "wages" in found[0][1] and "vote" in found[1][1]
