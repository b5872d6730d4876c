"""A body's name followed by ", or" and an acronym that need not spell
its initials ("the Democratic Party of Togo, or PDT") is one body by two
names, and an officer the story titles by that acronym ("PDT Executive Secretary X") is
the party's, not a government's. The article is written for the test;
its first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Opposition rally in Lome\n\n"
          "Supporters wore the colours of the Democratic Party of Togo, or PDT, as they marched through "
          "Lome on Saturday.\n\n"
          "'We will not give up,' PDT Executive Secretary Kossi Amegble told reporters.\n\n"
          "Senior PDT officials delivered a letter to the electoral commission.\n")


def test_the_acronym_after_or_is_the_same_body(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    party = [e for e in analysis.entities if e.name == "Democratic Party of Togo"]
    assert party and party[0].actor == "TGOPOL", analysis.entities
    assert sum(_STORY[s:e] == "PDT" for s, e in party[0].mentions) == 3, party[0]


def test_an_officer_titled_by_the_acronym_is_the_partys(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    officer = [s.speaker.actor for s in analysis.statements if s.speaker.name == "Kossi Amegble"]
    assert officer == ["TGOPOL"], analysis.statements
    yielded = [e for e in analysis.events if any(r.text.endswith("Kossi Amegble") for r in e.sources)]
    assert yielded and all(r.code == "TGOPOL" for e in yielded for r in e.sources), analysis.events
