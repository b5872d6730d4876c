"""A name after a list's last conjunct belongs to that conjunct: in "the
Prime Minister Jan Peeters, the Justice Minister Tom Claes and party leader
Wouter Maes", Maes is the party leader, not Peeters. The article is written
for the test; its first line is its headline."""

from __future__ import annotations

import redline

STORY = ("Police unions storm party congress\n\n"
         "BRUSSELS (Reuters) - The leader of the Flemish liberals Wouter Maes described the protest as "
         "intimidating.\n\n"
         "A party spokesman said there were scuffles when the Prime Minister Jan Peeters, the Justice Minister "
         "Tom Claes and party leader Maes received a delegation from the police unions.\n")


def test_a_name_after_a_list_is_its_last_conjuncts(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    peeters = next(e for e in analysis.entities if e.name == "Jan Peeters")
    assert [STORY[s:t] for s, t in peeters.mentions] == ["the Prime Minister Jan Peeters"]
    assert any(e.name == "Wouter Maes" and sum(STORY[s:t] == "Maes" for s, t in e.mentions) == 1
               for e in analysis.entities)
