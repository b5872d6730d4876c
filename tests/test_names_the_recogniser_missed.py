"""A person's name the model's recogniser misses in whole or in part is
still one name: "Alain Pierre Nguema By Mintsa" (the recogniser found only
"Pierre Nguema", and the parser read "By" as a preposition) is one person,
and "Mintsa" later is that person, with the code the appositive gave. A
title before a name stays out of it. The articles are written for the tests;
the first line of each is its headline."""

from __future__ import annotations

import redline

_GABON = ("Gabon opposition figure rejects poll timetable\n\n"
          "LIBREVILLE, Gabon (Reuters) — Alain Pierre Nguema By Mintsa, the leading opposition candidate in "
          "Gabon's parliamentary race, criticised the electoral calendar on Thursday. Mintsa called for an independent "
          "count and warned that his supporters would not accept a rigged result.\n")

_POLICE = ("Police chief denies abuse claims\n\n"
           "Inspector Tomas Kovacevic of the city police said on Friday that officers had acted lawfully. "
           "Kovacevic rejected the accusations made by the rights group.\n")


def test_a_name_the_recogniser_cut_short_is_one_person(nlp):
    analysis = redline.analyze(_GABON, nlp=nlp)
    person = next(e for e in analysis.entities if e.name and "Mintsa" in e.name)
    assert person.name == "Alain Pierre Nguema By Mintsa", person
    assert person.actor == "GABOPP", person
    written = [_GABON[s:e] for s, e in person.mentions]
    assert "Mintsa" in written, written
    assert not any(e.name == "Pierre Nguema" for e in analysis.entities), analysis.entities


def test_the_surname_later_speaks_with_the_persons_code(nlp):
    analysis = redline.analyze(_GABON, nlp=nlp)
    later = [s for s in analysis.statements if s.speaker.mention == "Mintsa"]
    assert later, [s.speaker for s in analysis.statements]
    assert all(s.speaker.actor == "GABOPP" for s in later), [s.speaker for s in later]


def test_a_title_stays_out_of_the_name(nlp):
    analysis = redline.analyze(_POLICE, nlp=nlp)
    names = [e.name for e in analysis.entities if e.name and "Kovacevic" in e.name]
    assert names == ["Tomas Kovacevic"], names
