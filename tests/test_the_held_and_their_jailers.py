"""An arrest noun's possessor is the one held ("the envoy's arrest,
carried out by soldiers"); condemning "his detention" or "the arrest of X"
is aimed at whoever the story said made the arrest, never at the one held;
a party named by its leader ("Mokoena's party") is of the leader's state
and side. The article is written for the test; its first line is its
headline."""

from __future__ import annotations

import redline

_STORY = ("Opposition figure held in Juba\n\n"
          "JUBA, South Sudan (Reuters) - The arrest of opposition leader Riek Machar at his home in South "
          "Sudan's capital on Wednesday has raised fears for the peace deal.\n\n"
          "Machar's arrest, carried out by soldiers of the presidential guard, came after weeks of clashes.\n\n"
          "Machar's party condemned his detention as a breach of the peace deal.\n\n"
          "The African Union denounced the arrest of Machar and called for calm.\n")


def test_the_possessor_of_an_arrest_is_the_one_held(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    arrests = [e for e in analysis.events if e.mode == "arrest" and "carried out" in _sentence(e)]
    assert arrests and [r.code for r in arrests[0].targets] == ["SSDOPP"], analysis.events
    assert [r.code[3:] for r in arrests[0].sources] == ["MIL"], analysis.events


def test_condemning_a_detention_is_aimed_at_the_jailers(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    condemned = [e for e in analysis.events if e.type == "ACCUSE"]
    assert len(condemned) == 2, analysis.events
    for e in condemned:
        assert [r.code for r in e.targets] == ["SSDMIL"], e
    assert [r.code for r in condemned[0].sources] == ["SSDOPP"], condemned[0]  # "Machar's party"


def _sentence(event) -> str:
    return _STORY[event.sentence[0]:event.sentence[1]]
