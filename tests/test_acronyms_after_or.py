"""A body's name followed by ", or" and an acronym that need not spell
its initials ("the Democratic Party of Togo, or PDT") is one body by two
names, and an officer the story titles by that acronym ("PDT Executive
Secretary X") is the party's, not a government's. The article is written
for the test; its first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Opposition boycott in Lome\n\n"
          "The Democratic Party of Togo, or PDT, has boycotted the assembly since March, saying the new "
          "constitution entrenches the president.\n\n"
          "'We will not sit in a rubber-stamp chamber,' PDT Executive Secretary Kossi Amegble said at a rally.\n\n"
          "Senior PDT officials handed a petition to the constitutional court on Friday.\n\n"
          "PDT Executive Secretary Kossi Amegble later accused the electoral commission of bias.\n")


def test_the_acronym_after_or_is_the_same_body(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    party = [e for e in analysis.entities if e.name == "Democratic Party of Togo"]
    assert party and party[0].actor == "TGOPOL", analysis.entities
    assert sum(_STORY[s:e] == "PDT" for s, e in party[0].mentions) == 4, party[0]


def test_an_officer_titled_by_the_acronym_is_the_partys(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    officer = [s.speaker.actor for s in analysis.statements if s.speaker.name == "Kossi Amegble"]
    assert officer and set(officer) == {"TGOPOL"}, analysis.statements
    officials = [e for e in analysis.entities if any(_STORY[s:e] == "Senior PDT officials" for s, e in e.mentions)]
    assert officials and officials[0].actor == "TGOPOL", analysis.entities
    accusing = [e for e in analysis.events if e.type == "ACCUSE"]
    assert accusing and [r.code for r in accusing[0].sources] == ["TGOPOL"], analysis.events
