"""Criticism of a gathering ("condemned the riots") is aimed at its crowd,
however unnamed; whoever comes out against an act is not its agent; and
"railing against" something is criticism. The article is written for the
test; its first line is its headline."""

from __future__ import annotations

import redline

_STORY = ("Harare leader faults unrest\n\n"
          "HARARE, Zimbabwe (Reuters) - Zimbabwe's President Emmerson Mnangagwa on Saturday came out against "
          "protests over fuel prices in Harare.\n\n"
          "Home Affairs Minister Kazembe Kazembe condemned the riots that followed in the capital.\n\n"
          "The opposition leader railed against the police response in Zimbabwe.\n")


def test_criticising_a_gathering_targets_its_crowd(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    condemned = [e for e in analysis.events if e.type == "ACCUSE" and any(r.text == "riots" for r in e.targets)]
    assert condemned and [r.code for r in condemned[0].targets] == ["ZWECVL"], analysis.events


def test_coming_out_against_protests_is_not_protesting(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    assert not any(e.type == "PROTEST" and any((r.code or "").endswith("GOV") for r in e.sources)
                   for e in analysis.events), analysis.events


def test_railing_against_is_criticism(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    assert any(e.type == "ACCUSE" and any((r.code or "").endswith("OPP") for r in e.sources)
               for e in analysis.events), analysis.events
