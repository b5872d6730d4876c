"""The ruling party and the ombudsman are the government's side of the
story's state ("Kapanadze blamed the ruling party for the clashes" targets
GEOGOV; "the ombudsman called the raid a violation" is GEOGOV's act), as
the CAMEO tables code a ruling alliance; a constable is police; the
field after a ministry's or court's "of" is no one's name ("the Ministry
of Internal Affairs", "the Court of Appeal" are bodies of the state). The
articles are written for the tests; the first line of each is its
headline."""

from __future__ import annotations

import redline


def test_the_ruling_party_and_the_ombudsman_are_the_governments(nlp):
    text = ("Opposition leader brands Tbilisi government illegitimate\n\n"
            "TBILISI - Opposition leader Giorgi Kapanadze called the cabinet a disgrace on Sunday. The ombudsman "
            "called the police raid a gross violation of the law. Kapanadze blamed the ruling party for the clashes.\n")
    analysis = redline.analyze(text, nlp=nlp)
    blamed = next(e for e in analysis.events if "blamed" in text[e.sentence[0]:e.sentence[1]])
    assert [r.code for r in blamed.targets] == ["GEOGOV"], blamed
    called = next(e for e in analysis.events if "ombudsman" in text[e.sentence[0]:e.sentence[1]])
    assert [r.code for r in called.sources] == ["GEOGOV"], called


def test_a_constable_is_police(nlp):
    text = ("Officer shot in Grenada\n\n"
            "ST. GEORGE'S, Grenada (AP) - Constable Devon Pierre was shot on Friday while on patrol, police said.\n")
    analysis = redline.analyze(text, nlp=nlp)
    noel = next(e for e in analysis.entities if e.name == "Devon Pierre")
    assert noel.actor == "GRDCOP", noel


def test_a_ministrys_or_courts_field_is_no_persons_name(nlp):
    text = ("Skopje ministry opens inquiry into fire\n\n"
            "SKOPJE, North Macedonia (AP) - The Ministry of Internal Affairs opened an inquiry on Sunday into the "
            "nightclub fire, and the Court of Appeal ordered the owner held in custody.\n")
    analysis = redline.analyze(text, nlp=nlp)
    codes = {e.name: e.actor for e in analysis.entities}
    assert codes.get("Ministry of Internal Affairs") == "MKDGOV", codes
    assert codes.get("Court of Appeal") == "MKDJUD", codes
