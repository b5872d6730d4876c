"""Suspects and looters are criminals (CRM) of the story's state when
they are arrested; and a relative clause that names its own victim keeps
it ("a gunman who murdered a local journalist" struck the journalist, not
the police who shot him). The article is written for the tests; its first
line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Police kill gunman after attack on reporter\n\n"
          "ACAPULCO, Mexico (AP) — Police officers shot dead a gunman who murdered a local journalist outside his "
          "home, the state prosecutor said on Monday. Officers later arrested two suspects in the killing. Troops "
          "detained dozens of looters in the port city overnight.\n")


def test_arrested_suspects_and_looters_are_criminals_of_the_state(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    arrests = [e for e in analysis.events if e.mode == "arrest"]
    assert len(arrests) == 2, analysis.events
    assert all([r.code for r in e.targets] == ["MEXCRM"] for e in arrests), arrests


def test_a_relative_clause_keeps_its_own_victim(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    by_gunman = [e for e in analysis.events if e.type == "ASSAULT" and [r.text for r in e.sources] == ["gunman"]]
    assert len(by_gunman) == 1, analysis.events
    assert [r.code for r in by_gunman[0].targets] == ["MEXMED"], by_gunman
