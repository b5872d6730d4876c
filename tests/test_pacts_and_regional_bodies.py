"""A pact rejected is rejected at those who made it ("rejected a pact its
breakaway region signed with Ethiopia" is at Ethiopia, where the tables
know no region), and the regional bodies small states' news names
(CARICOM, the Pacific Islands Forum) are known by their own codes. The
articles are written for the tests; the first line of each is its
headline."""

from __future__ import annotations

import redline

PACT = ("Somalia rejects port deal\n\n"
        "MOGADISHU (Reuters) - After a two-hour cabinet meeting, Somalia rejected a deal its southern region of "
        "Jubaland had signed with Kenya on grazing rights.\n")

BLOC = ("Regional bloc condemns unrest\n\n"
        "PARAMARIBO (AP) - In a statement on Friday, CARICOM condemned the looting of shops in the capital. "
        "The Pacific Islands Forum urged all sides to keep the peace.\n")


def test_a_pact_is_rejected_at_who_signed_it(nlp):
    analysis = redline.analyze(PACT, nlp=nlp)
    rejected = next(e for e in analysis.events if e.type == "REJECT")
    assert [r.code for r in rejected.targets] == ["KEN"]


def test_regional_bodies_have_their_own_codes(nlp):
    analysis = redline.analyze(BLOC, nlp=nlp)
    codes = {r.code for e in analysis.events for r in e.sources}
    assert "IGOCRBCAR" in codes
    assert any(e.actor == "IGOPACPIF" for e in analysis.entities)
