"""Whom an act is pointed at, where the sentence says so less directly: a
warning "directed at" someone is at him; criticising "a congressional vote"
or rejecting "the presidential decree" is aimed at the body whose act it
was; a magistrate is a judge; and "Syed Rahman" after "Syed Rahman Osman" is
the same man. The articles are written for the tests; the first line of
each is its headline."""

from __future__ import annotations

import redline

COSTA = ("President slams failed immunity vote\n\n"
         "SAN JOSE (Reuters) - Costa Rica's president denounced a congressional vote on Tuesday that left "
         "his immunity intact. The opposition in Costa Rica rejected the presidential decree on "
         "water prices.\n\n"
         "The president also expressed solidarity with magistrate Laura Mora.\n")

WARNING = ("Coalition talks strained\n\n"
           "VIENNA (Reuters) - Business chamber president Georg Huber, a People's Party negotiator, issued a "
           "warning directed at Freedom Party leader Herbert Kickl on Tuesday.\n")

MALAY = ("Border talks end without deal\n\n"
         "KUALA LUMPUR (Reuters) - Malaysian Foreign Minister Syed Rahman Osman said on Monday the offer was "
         "final. Syed Rahman said a deal was still possible.\n")


def _targets(analysis, kind):
    return [r.code for e in analysis.events if e.type == kind for r in e.targets]


def test_an_act_named_by_its_body_is_aimed_at_that_body(nlp):
    analysis = redline.analyze(COSTA, nlp=nlp)
    assert "CRILEG" in _targets(analysis, "ACCUSE")
    assert "CRIGOV" in _targets(analysis, "REJECT")
    assert "CRIJUD" in _targets(analysis, "SUPPORT")


def test_a_warning_directed_at_someone_is_at_him(nlp):
    analysis = redline.analyze(WARNING, nlp=nlp)
    threats = [e for e in analysis.events if e.type == "THREATEN"]
    assert threats and any(r.name == "Herbert Kickl" or "Kickl" in r.text for r in threats[0].targets)


def test_given_names_alone_are_the_person(nlp):
    analysis = redline.analyze(MALAY, nlp=nlp)
    assert [s.speaker.actor for s in analysis.statements] == ["MYSGOV", "MYSGOV"]
