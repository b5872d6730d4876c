"""A home stands for its owner ("stormed his residence"), a statement
shared by someone is theirs, things released or delivered are no release
or aid ("released photographs", "a warrant was delivered to him"), and a
body's long name after "the" is not cut at a state's name inside it ("the
Sudan People's Liberation Movement-in-Opposition"). Every article here is
written for the test; the first line is its headline."""

from __future__ import annotations

import redline
from redline.actors.resolve import ActorResolver


def test_a_home_stands_for_its_owner(story):
    found = story("Troops storm rival's home\n\n"
                  "JUBA, South Sudan - Opposition leader Gabriel Deng Akol said on Wednesday that he had been "
                  "threatened. Hours later, a convoy of soldiers stormed his Juba residence.")
    stormed = [f for f in found if f[0] in ("ASSAULT", "COERCE") and f[4].startswith("storm")]
    assert stormed and stormed[0][3] == ["SSDOPP"]


def test_a_statement_shared_by_someone_is_theirs(nlp):
    text = ("Party condemns arrest\n\n"
            "JUBA, South Sudan - A statement on Facebook, shared by Nyandeng Lual, a senior opposition "
            "official, said the arrest of the party's leader was unconstitutional.\n")
    speakers = [s.speaker.name for s in redline.analyze(text, nlp=nlp).statements]
    assert speakers == ["Nyandeng Lual"]


def test_released_pictures_and_delivered_warrants_are_no_release_or_aid(story):
    found = story("Suspects named after arson attack\n\n"
                  "COLOMBO, Sri Lanka - Police released photographs of 14 suspects on Monday. "
                  "An arrest warrant was delivered to the former minister at his home.")
    assert not [f for f in found if f[0] in ("RETREAT", "AID")]


def test_a_long_name_after_the_is_read_whole():
    code = ActorResolver().resolve("the Sudan People's Liberation Movement-in-Opposition", "2025-03-27")
    assert code is not None and code.code == "SSDOPP"


def test_walking_out_of_an_office_is_no_resignation(story):
    found = story("Candidate questioned\n\n"
                  "BUCHAREST, Romania - As Calin Popa left the prosecutor's office on Wednesday, supporters "
                  "cheered. Interior Minister Ana Dinu quit office on Thursday.")
    retreats = [f for f in found if f[0] == "RETREAT"]
    assert len(retreats) == 1 and retreats[0][4].startswith("quit")


def test_he_is_not_the_body_that_spoke_before(story):
    found = story("President steps down\n\n"
                  "BUCHAREST, Romania - The vote was cancelled after the then head of state, Mihai Dorobantu, "
                  "released intelligence documents. Romanian foreign intelligence said Russia had been behind "
                  "the campaign.\n\n"
                  "Dorobantu had decided to stay in office until a successor was elected, but he resigned "
                  "earlier this month ahead of an impeachment vote.")
    retreats = [f for f in found if f[0] == "RETREAT"]
    assert retreats and not any(code.endswith("SPY") for f in retreats for code in f[2])


def test_a_bodys_activity_is_the_bodys_whatever_its_kinds(story):
    found = story("Cabinet bans militia activity\n\n"
                  "BEIRUT - Lebanon's government banned Iran-backed Hezbollah's military and security activity "
                  "on Tuesday.")
    bans = [f for f in found if f[0] == "COERCE"]
    assert bans and bans[0][3] == ["LBNREB"]
