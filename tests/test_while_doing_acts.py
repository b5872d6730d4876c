"""What a subject does "while" doing something else is an act of its own:
"tightened their grip on the town while attacking government forces". What it
prepares or seeks to do is not ("while preparing to answer questions").
The article is written for the test; its first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Rebels press on near Goma\n\n"
          "GOMA, Congo (Reuters) - The rebels tightened their grip on the town on Tuesday while attacking government "
          "forces nearby. The government said it was working on a plan while preparing to answer questions at the "
          "United Nations.\n")


def test_an_act_done_while_doing_another_is_coded(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    attacks = [e for e in analysis.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, analysis.events
    assert [r.code for r in attacks[0].sources] == ["CODREB"], attacks
    assert [r.code for r in attacks[0].targets] == ["CODMIL"], attacks


def test_what_one_prepares_to_do_is_no_act(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    assert not [e for e in analysis.events if e.type in ("AGREE", "SUPPORT")], analysis.events


_CHARGE = ("Army denies shelling claims\n\n"
           "GOMA, Congo (Reuters) - The army is accused of shelling villages while attacking rebel positions, "
           "a rights group said on Monday.\n")


def test_a_while_clause_inside_a_charge_is_no_act(nlp):
    analysis = redline.analyze(_CHARGE, nlp=nlp)
    assert not [e for e in analysis.events if e.type == "ASSAULT"], analysis.events
