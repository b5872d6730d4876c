"""A spokesman for a body the tables know keeps the body's code even where
the body's name could pass for a person's ("Taiwan Affairs Office"); a
person said to be "one of the movement's members of parliament" is a
lawmaker of that state; a coastguard is a military body; a leader who
scolds another criticises them. The articles are written for the test;
the first line of each is its headline."""

from __future__ import annotations

import redline

_SPOKESMAN = ("Beijing dismisses island's claims\n\n"
              "At a weekly briefing in Beijing, Lin Haoran, a spokesman for China's Taiwan Affairs Office, called "
              "the island's latest claims baseless.\n\n"
              "Lin said the island's leaders were stirring up trouble before the election.\n")

_MEMBER = ("Lawmaker condemns drone strike\n\n"
           "Hassan Fadlallah, one of the movement's members of Lebanon's parliament, denounced the drone strike on "
           "Tuesday and called it a breach of the truce.\n\n"
           "Japan's coastguard said two foreign vessels had entered its waters near the islands.\n")


def test_a_spokesman_for_a_known_office_is_of_its_government(nlp):
    analysis = redline.analyze(_SPOKESMAN, nlp=nlp)
    codes = {s.speaker.actor for s in analysis.statements if s.speaker.name == "Lin Haoran"}
    assert codes == {"CHNGOV"}, analysis.statements


def test_one_of_a_bodys_members_of_parliament_is_a_lawmaker(nlp):
    analysis = redline.analyze(_MEMBER, nlp=nlp)
    member = [s.speaker.actor for s in analysis.statements if s.speaker.name == "Hassan Fadlallah"]
    assert member and set(member) == {"LBNLEG"}, analysis.statements
    condemned = [e for e in analysis.events if e.type == "ACCUSE"]
    assert condemned and [r.code for r in condemned[0].sources] == ["LBNLEG"], analysis.events
    guard = [s.speaker.actor for s in analysis.statements if "coastguard" in (s.speaker.mention or "")]
    assert guard == ["JPNMIL"], analysis.statements


def test_scolding_is_criticism(nlp):
    story = ("Premier rebukes deputy\n\n"
             "Prime Minister Ewa Kopacz scolded her deputy on Monday for his remarks about the budget.\n")
    analysis = redline.analyze(story, nlp=nlp)
    scolded = [e for e in analysis.events if story[e.trigger[0][0]:e.trigger[0][1]] == "scolded"]
    assert scolded and scolded[0].type == "ACCUSE" and [r.code for r in scolded[0].sources] == ["POLGOV"], \
        analysis.events
