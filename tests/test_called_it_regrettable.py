"""Calling a deed something bad is a charge against whoever did it, also
where the parser slips on the small clause: a quoted adjective after the
object ("called the Algerian decision “deeply regrettable”") or the object
compounded onto the adjective ("called the decision regrettable"). Praise
is no charge. The state's adjective on the deed is the deed's state, not
the speaker's. The articles are written for the tests; the first line of
each is the headline."""

from __future__ import annotations

import redline

_STORY = ("France regrets expulsion of its officials\n\n"
          "PARIS (Reuters) - France's foreign minister Jean Dupont on Monday called the Algerian decision "
          "\"deeply regrettable\" in a radio interview. Algeria expelled two French officials last week. "
          "The two states have argued over visas for a year.\n")

_PRAISE = ("Ministers praise talks\n\n"
           "PARIS (Reuters) - France's foreign minister Jean Dupont called the talks with Algeria \"very productive\" "
           "on Monday. France and Algeria agreed to meet again in May.\n")


def test_a_quoted_bad_word_on_a_states_deed_is_a_charge_against_it(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    charges = [e for e in analysis.events if e.type == "ACCUSE"]
    assert len(charges) == 1, analysis.events
    assert [r.code for r in charges[0].sources] == ["FRAGOV"], charges
    assert [(r.text, r.code) for r in charges[0].targets] == [("Algerian decision", "DZA")], charges


def test_quoted_praise_is_no_charge(nlp):
    analysis = redline.analyze(_PRAISE, nlp=nlp)
    assert not [e for e in analysis.events if e.type == "ACCUSE"], analysis.events


_REGRET = ("Foreign ministry regrets ban\n\n"
           "OTTAWA (Reuters) - Canada's foreign ministry on Tuesday regretted the Indian decision to ban its "
           "diplomats from the region. Separately, Canada's trade minister said she regretted the error in her "
           "earlier remarks. The government extended its condolences and regret to the families of the victims.\n")


def test_regretting_anothers_decision_is_a_charge_and_ones_own_error_an_apology(nlp):
    analysis = redline.analyze(_REGRET, nlp=nlp)
    kinds = [(e.type, [r.code for r in e.sources], [r.code for r in e.targets]) for e in analysis.events]
    assert ("ACCUSE", ["CANGOV"], ["IND"]) in kinds, kinds
    assert any(kind == "CONCEDE" for kind, _, _ in kinds), kinds
    assert len(kinds) == 2, kinds  # (condolences and regret extended to victims' families: sympathy)
