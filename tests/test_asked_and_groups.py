"""Who is asked is not who asks ("Minister urged to quit", "faces calls to
resign"), and groups of people a story names by what they are
("pensioners", "farmers") are actors of the story's state. Every article
here is written for the test; the first line is its headline."""

from __future__ import annotations

import redline


def test_a_minister_urged_to_quit_is_the_one_urged(nlp, story):
    text = ("Paraguay interior minister urged to quit after crackdown\n\n"
            "ASUNCION, Paraguay - Police in Asuncion fired tear gas at marchers on Friday.")
    analysis = redline.analyze(text, id="story.txt", nlp=nlp)
    assert not [s for s in analysis.statements if s.speaker.mention and "minister" in s.speaker.mention]
    # (a headline's event with no one named as its source is left to the body)
    assert not [f for f in story(text) if f[0] == "REQUEST" and f[2]]


def test_facing_calls_to_resign_is_no_resignation(story):
    found = story("Pressure mounts on Asuncion\n\n"
                  "Paraguay's hardline interior minister is facing calls to resign after the violent police "
                  "response to a march by teachers left a photographer in a coma. The president faces growing "
                  "pressure to step down.")
    assert not [f for f in found if f[0] == "RETREAT"]


def test_groups_named_by_what_they_are_act_for_the_storys_state(story):
    found = story("Pensioners march in Asuncion\n\n"
                  "ASUNCION, Paraguay - Riot police broke up a protest by pensioners outside Congress in "
                  "Asuncion on Wednesday. Farmers blocked roads near Ciudad del Este to demand lower fuel prices.")
    protest = [f for f in found if f[0] == "PROTEST"]
    assert protest and protest[0][2] and protest[0][2][0].startswith("PRY")
    crackdown = [f for f in found if f[0] == "COERCE"]
    assert crackdown and crackdown[0][3] and crackdown[0][3][0].startswith("PRY")


def test_a_constitutional_council_is_a_court_of_the_storys_state(story):
    found = story("Candidates barred\n\n"
                  "ABIDJAN, Ivory Coast - The Constitutional Council barred two opposition candidates from the "
                  "October election on Monday.")
    bans = [f for f in found if f[0] == "COERCE"]
    assert bans and bans[0][2] == ["CIVJUD"]


def test_one_of_the_protesters_speaks_for_the_protesters(nlp):
    text = ("Protest at embassy\n\n"
            "HANOI, Vietnam - \"We are angry,\" said Le Hoang, one of the protesters.\n")
    codes = [(s.speaker.name, s.speaker.actor) for s in redline.analyze(text, nlp=nlp).statements]
    assert codes == [("Le Hoang", "VNMCVL")]


def test_breaking_up_a_protest_is_done_to_the_protesters(story):
    found = story("Embassy protest broken up\n\n"
                  "HANOI, Vietnam - Police broke up a brief protest outside the Chinese embassy on Monday.")
    crackdown = [f for f in found if f[0] == "COERCE"]
    assert crackdown and crackdown[0][2] == ["VNMCOP"] and crackdown[0][3] == ["VNMCVL"]


def test_what_a_protest_was_against_is_not_whom_police_acted_on(story):
    found = story("Embassy protest broken up\n\n"
                  "HANOI, Vietnam - Vietnamese police broke up a brief protest outside the Chinese embassy in "
                  "Hanoi against Beijing's maritime survey on Monday.")
    crackdown = [f for f in found if f[0] == "COERCE"]
    assert crackdown and crackdown[0][3] == ["VNMCVL"]


def test_accepting_a_resignation_is_the_resigners_retreat(story):
    found = story("Prime minister steps down\n\n"
                  "ULAANBAATAR, Mongolia - Parliament voted overwhelmingly on Thursday to accept the prime "
                  "minister's resignation.")
    retreats = [f for f in found if f[0] == "RETREAT"]
    assert retreats and retreats[0][2] == ["MNGGOV"]


def test_one_moved_to_speak_is_the_speaker(nlp):
    text = ("Diplomats expelled\n\n"
            "CHISINAU, Moldova - Moldova expelled three Russian diplomats on Friday, prompting Russia to "
            "declare it will mount an appropriate response.\n")
    codes = [(s.speaker.name, s.speaker.actor) for s in redline.analyze(text, nlp=nlp).statements]
    assert ("Russia", "RUS") in codes
