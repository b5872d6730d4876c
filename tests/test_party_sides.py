"""A party the story calls the opposition is the opposition in every later
mention: its leaders ("the party's floor leader"), its bodies ("the Liberty
Party leadership") and its bare name ("The Liberty Party"), which the
tables alone read as a party of no side (POL). The article is written for
the test; the first line is its headline."""

from __future__ import annotations

import redline

STORY = ("Opposition threatens to impeach prosecutor\n\n"
         "LUSAKA, Zambia - The main opposition Liberty Party of Zambia on Sunday threatened to impeach the "
         "prosecutor general after a court freed a former minister.\n\n"
         "Rep. Mwila Banda, the party's floor leader, said the prosecutor general had neglected his duty.\n\n"
         "The Liberty Party accused the prosecutor of shielding the minister.\n\n"
         "The Liberty Party leadership asked its lawmakers to march on parliament on Monday.\n")


def test_the_opposition_partys_leaders_speak_for_the_opposition(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    codes = {s.speaker.mention: s.speaker.actor for s in analysis.statements}
    assert codes["Rep. Mwila Banda"] == "ZMBOPP"
    assert codes["The Liberty Party leadership"] == "ZMBOPP"


def test_the_opposition_partys_acts_are_the_oppositions(story):
    accusations = [f for f in story(STORY) if f[0] == "ACCUSE"]
    assert accusations and accusations[0][2] == ["ZMBOPP"]
