"""The story's home state where its places are few: states named inside
bodies' names ("Myanmar's junta") count when nothing else settles it, and
a bare name the story also gave as a unit the gazetteer lacks ("Kani"
after "Kani Township") is that place, not a namesake town abroad. Every
article here is written for the test; the first line is its headline."""

from __future__ import annotations

import redline

STORY = ("Myanmar junta jets strike village in Sagaing\n\n"
         "Myanmar's military junta launched airstrikes on a village in Kani Township on Tuesday, according to "
         "local resistance groups. Two fighter jets bombed the village before ground troops raided it, a "
         "resident of Kani said. Troops killed four villagers, the resident said. Myanmar's military has not "
         "commented on the raid.\n")


def test_a_bare_name_given_before_as_an_unknown_township_is_no_town_abroad(nlp):
    places = redline.analyze(STORY, nlp=nlp).places
    kani = [p for p in places if p.text == "Kani"]
    assert kani and all(p.country in (None, "MMR") for p in kani)


def test_unowned_troops_are_of_the_state_the_bodies_name(story):
    found = story(STORY)
    sources = [code for f in found if f[0] == "ASSAULT" for code in f[2]]
    assert sources and all(code.startswith("MMR") for code in sources)


def test_resistance_groups_and_peoples_defence_forces_are_rebels_of_the_story(nlp):
    from test_speakers_crowd import speakers_in

    text = ("Junta jets bomb village\n\n"
            "YANGON (AP) — Myanmar's military junta bombed a village in Sagaing on Tuesday, according to "
            "resistance groups. The Kale People's Defense Force said three fighters were killed.\n")
    codes = [actor for _, actor, _, _ in speakers_in(text, nlp)]
    assert codes == ["MMRREB", "MMRREB"]


def test_a_representative_of_a_town_based_armed_group_speaks_for_the_group(nlp):
    from test_speakers_crowd import speakers_in

    text = ("Junta jets bomb village\n\n"
            "YANGON (AP) — Myanmar's junta bombed a village in Kale Township on Tuesday, according to resistance "
            "groups. A civilian was injured, said a representative of Kale-based Zaw Min People's Defense Force "
            "(PDF).\n")
    found = [(name, actor) for name, actor, _, content in speakers_in(text, nlp) if "civilian" in content]
    assert found and found[0][1] == "MMRREB"


def test_a_bracketed_acronym_and_its_later_short_forms_are_the_named_body(nlp):
    from test_speakers_crowd import speakers_in

    text = ("Junta jets bomb village\n\n"
            "YANGON (AP) — Myanmar's junta bombed a village in Kale Township on Tuesday, a representative of "
            "the Zaw Min People's Defense Force (PDF) said. Junta forces burned houses, the PDF said. "
            "Zaw Min PDF said it killed 60 soldiers.\n")
    codes = [actor for _, actor, _, _ in speakers_in(text, nlp)]
    assert codes == ["MMRREB", "MMRREB", "MMRREB"]


def test_the_group_and_it_after_a_bracketed_acronym_speak_for_the_named_body(nlp):
    from test_speakers_crowd import speakers_in

    text = ("Junta jets bomb village\n\n"
            "YANGON (AP) — Myanmar's junta bombed a village in Kale Township on Tuesday, said a spokesman for "
            "the Zaw Min People's Defense Force (PDF). Junta forces burned houses, the group said. "
            "Three fighters were killed, it claimed.\n")
    codes = [actor for _, actor, _, _ in speakers_in(text, nlp)]
    assert codes and all(c == "MMRREB" for c in codes)
