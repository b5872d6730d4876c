"""An arrest noun's possessor is the one held ("Nhaca's arrest, made by
officers of the riot police"); denouncing "his detention" or "the arrest
of X" is aimed at whoever the story said made the arrest, never at the one
held; a party named by its leader ("Nhaca's party") is of the leader's
state and side. The article is written for the test; its first line is its
headline."""

from __future__ import annotations

import redline

_STORY = ("Opposition figure held in Maputo\n\n"
          "MAPUTO, Mozambique (Reuters) - The detention of opposition leader Carlos Nhaca at a checkpoint north of "
          "Mozambique's capital on Thursday has alarmed diplomats.\n\n"
          "Nhaca's arrest, made by officers of the rapid intervention police, came days before a planned march.\n\n"
          "Nhaca's party denounced his detention as an attack on the constitution.\n\n"
          "The European Union condemned the arrest of Nhaca and urged restraint.\n")


def test_the_possessor_of_an_arrest_is_the_one_held(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    arrests = [e for e in analysis.events if e.mode == "arrest" and "made by" in _sentence(e)]
    assert arrests and [r.code for r in arrests[0].targets] == ["MOZOPP"], analysis.events
    assert [r.code for r in arrests[0].sources] == ["MOZCOP"], analysis.events


def test_condemning_a_detention_is_aimed_at_the_jailers(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    condemned = [e for e in analysis.events if e.type == "ACCUSE"]
    assert len(condemned) == 2, analysis.events
    for e in condemned:
        assert [r.code for r in e.targets] == ["MOZCOP"], e
    assert [r.code for r in condemned[0].sources] == ["MOZOPP"], condemned[0]  # "Nhaca's party"


def _sentence(event) -> str:
    return _STORY[event.sentence[0]:event.sentence[1]]
