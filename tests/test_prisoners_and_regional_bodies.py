"""A released prisoner story: the surname the model labelled a place after
the given names it labelled a person ("Pedro Alejandro" PERSON, "Hurtado"
GPE) is one person; the Inter-American Commission on Human Rights is the
OAS's body, not American; political prisoners are the opposition of the
state that holds them, also when they were deported afterwards. The
article is written for the tests; its first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Nicaragua frees jailed critics, rights groups say\n\n"
          "MANAGUA (Reuters) - The government freed some 30 political prisoners on Sunday, according to two "
          "rights groups. One of them, the student leader Pedro Alejandro Hurtado, had spent eight months in jail. "
          "The Inter-American Commission on Human Rights said Hurtado was detained without charge. Two years ago, "
          "Nicaraguan authorities released about 200 political prisoners who were later deported to Spain.\n")


def test_a_surname_labelled_a_place_stays_with_the_given_names(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    hurtado = [e for e in analysis.entities if e.name and "Hurtado" in e.name]
    assert [e.name for e in hurtado] == ["Pedro Alejandro Hurtado"], hurtado
    assert hurtado[0].kind == "person", hurtado
    assert "Hurtado" in [_STORY[s:e] for s, e in hurtado[0].mentions], hurtado


def test_the_inter_american_commission_is_no_american_body(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    speaker = next(s.speaker for s in analysis.statements if "Commission" in (s.speaker.mention or ""))
    assert speaker.actor is not None and speaker.actor.startswith("IGO"), speaker


def test_political_prisoners_are_the_holding_states_opposition(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    releases = [e for e in analysis.events if e.mode == "release"]
    assert len(releases) == 2, analysis.events
    assert all([r.code for r in e.targets] == ["NICOPP"] for e in releases), releases
