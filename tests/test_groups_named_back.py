"""An armed group named by the tables and then called "the group": one
entity, its name as written ("Al-Shabab", which the recogniser leaves
unlabelled), the speaker of "the group said", and the body "attackers from
the group" come from; crowd control aimed through "in an attempt to" or
"in a bid to". Every article here is written for the test; the first line
is its headline."""

from __future__ import annotations

import redline
from test_speakers_crowd import speakers_in

STORY = ("Militants storm Mogadishu building\n\n"
         "MOGADISHU, Somalia (Reuters) - Al-Shabab attacked a government building in Mogadishu on Sunday. "
         "The group said it carried out the attack. Attackers from the group charged into the block that "
         "houses the mayor's office, the ministry said.\n")


def test_the_group_said_is_the_armed_group_named_before(nlp):
    found = speakers_in(STORY, nlp)
    said = [s for s in found if s[3].startswith("it carried out")]
    assert said and said[0][0] == "Al-Shabab" and said[0][1] == "SOMREB"


def test_an_unlabelled_group_keeps_its_written_name_in_one_entity(nlp):
    entities = [e for e in redline.analyze(STORY, nlp=nlp).entities if e.actor == "SOMREB"]
    assert [e.name for e in entities] == ["Al-Shabab"]


def test_attackers_from_the_group_are_the_groups(story):
    found = story(STORY)
    charged = [f for f in found if f[4].startswith("charged")]
    assert charged and charged[0][2] == ["SOMREB"]


def test_crowd_control_in_a_bid_to_stop_protesters_targets_them(story):
    found = story("Kenya police fire on crowd\n\n"
                  "NAIROBI, Kenya (AP) — Police fired live bullets outside parliament in a bid to stop the "
                  "protesters. Police used water cannons and tear gas in an attempt to disperse the "
                  "demonstrators.")
    acts = [f for f in found if f[0] in ("ASSAULT", "COERCE")]
    assert len(acts) == 2 and all(f[3] and f[3][0] == "KENCVL" for f in acts)


def test_a_dateline_body_is_no_speaker_of_the_ministry_said(nlp):
    text = ("MOGADISHU (Reuters) - Five civilians were killed in the capital on Sunday, the ministry said.\n")
    found = speakers_in(text, nlp)
    assert found and found[0][0] != "MOGADISHU"


def test_killed_when_a_group_set_off_a_bomb_is_the_groups_attack(story):
    found = story("Blast in Mogadishu\n\n"
                  "MOGADISHU (Reuters) - At least five civilians were killed when members of the al-Shabab armed "
                  "group set off a bomb then stormed a government building, the ministry said.")
    killed = [f for f in found if f[4] == "killed"]
    assert killed and killed[0][2] == ["SOMREB"]


def test_a_clause_with_its_own_doer_inside_a_phrase_is_coded_too(story):
    found = story("Phnom Penh expels envoy\n\n"
                  "BANGKOK (AP) — Cambodia and Thailand downgraded diplomatic relations on Wednesday, with "
                  "Cambodia expelling the Thai ambassador on Thursday.")
    assert ("SANCTION", "expel", ["KHM"], ["THAGOV"]) in [f[:4] for f in found]


def test_protesters_hurling_stones_at_police_they_clash_with_attack_the_police(story):
    found = story("Clashes in La Paz\n\n"
                  "LA PAZ, Bolivia (AP) — Police clashed with protesters hurling stones and fireworks in La Paz.")
    hurling = [f for f in found if f[4] == "hurling"]
    assert hurling and hurling[0][2] == ["BOLCVL"] and hurling[0][3] == ["BOLCOP"]


def test_a_gerund_subjects_sides_are_the_sources_of_what_it_did(story):
    found = story("Fighting in the north\n\n"
                  "ADDIS ABABA, Ethiopia (AP) — Fighting between the army and rebels in the Amhara region has "
                  "killed 20 people, officials said.")
    killed = [f for f in found if f[4] == "killed"]
    assert killed and sorted(killed[0][2]) == ["ETHMIL", "ETHREB"]


def test_an_agentless_release_after_an_arrest_is_the_jailers(story):
    found = story("Minsk detentions\n\n"
                  "MINSK, Belarus (AP) — Police detained 415 people at the protests on Sunday, the interior "
                  "ministry said. Interior ministry spokeswoman Olga Petrova said 385 had been released.")
    releases = [f for f in found if f[:2] == ("RETREAT", "release")]
    assert releases and releases[0][2] == ["BLRCOP"] and releases[0][3] == ["BLRCVL"]
