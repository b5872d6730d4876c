"""A spokesman for a body the tables know keeps the body's code even where
the body's name could pass for a person's ("Taiwan Affairs Office"); a
person said to be "one of the party's members of parliament" is a
lawmaker of that state; a coastguard is a military body; a leader who
chastises another criticises them. The articles are written for the test;
the first line of each is its headline."""

from __future__ import annotations

import redline

_SPOKESMAN = ("Beijing rejects minister's remarks\n\n"
              "Lin Haoran, spokesman for China's Taiwan Affairs Office, told a regular briefing in Beijing "
              "that the remarks were groundless.\n\n"
              "Lin said the island's leaders were stirring up trouble.\n")

_MEMBER = ("Lawmaker condemns strike on suburb\n\n"
           "Hassan Fadlallah, one of the group's members of Lebanon's parliament, condemned the strike and said "
           "it broke international law.\n\n"
           "Japan's coastguard said two vessels had entered its waters.\n")


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


def test_chastising_is_criticism(nlp):
    story = ("Premier rebukes deputy\n\n"
             "Prime Minister Ewa Kopacz chastised her deputy over his remarks on the budget.\n")
    analysis = redline.analyze(story, nlp=nlp)
    assert any(e.type == "ACCUSE" and [r.code for r in e.sources] == ["POLGOV"] for e in analysis.events), \
        analysis.events
