"""An act named as a kind, not told as one, is no event: "protest is okay",
"expulsions of diplomats have become common", "freedoms, including
demonstration and protest", "the right to protest". The same nouns telling
an act still are one. The articles are written for the tests; the first
line of each is its headline."""

from __future__ import annotations

import redline

KINDS = ("Party leader criticises police union\n\n"
         "\"Protest is legitimate, but blocking our congress was not,\" the party leader said on Sunday.\n\n"
         "Tit-for-tat expulsions of envoys have become more frequent since 2018.\n\n"
         "The government said it would defend civil liberties, including assembly and protest, and the "
         "right to strike.\n")

TOLD = ("Unions march on parliament\n\n"
        "Thousands of police union members staged a protest outside parliament on Sunday. The expulsion of "
        "two diplomats by the government was announced on Monday.\n")


def test_kinds_of_acts_are_no_events(nlp):
    analysis = redline.analyze(KINDS, nlp=nlp)
    assert not [e for e in analysis.events if e.type in ("PROTEST", "SANCTION")]


def test_acts_told_are_still_events(nlp):
    analysis = redline.analyze(TOLD, nlp=nlp)
    assert {"PROTEST"} <= {e.type for e in analysis.events}
