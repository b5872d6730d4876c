"""A pact rejected is rejected at those who made it ("rejected a pact its
breakaway region signed with Ethiopia" is at Ethiopia, where the tables
know no region), and the regional bodies small states' news names
(CARICOM, the Pacific Islands Forum) are known by their own codes. The
articles are written for the tests; the first line of each is its
headline."""

from __future__ import annotations

import redline

PACT = ("Somalia rejects port deal\n\n"
        "MOGADISHU (Reuters) - Somalia on Tuesday rejected a pact its breakaway region of Jubaland signed with "
        "Kenya allowing it to use a port on the coast.\n")

BLOC = ("Regional bloc condemns unrest\n\n"
        "PARAMARIBO (AP) - CARICOM condemned the violence outside parliament on Friday. The Pacific Islands "
        "Forum also called for calm.\n")


def test_a_pact_is_rejected_at_who_signed_it(nlp):
    analysis = redline.analyze(PACT, nlp=nlp)
    rejected = next(e for e in analysis.events if e.type == "REJECT")
    assert [r.code for r in rejected.targets] == ["KEN"]


def test_regional_bodies_have_their_own_codes(nlp):
    analysis = redline.analyze(BLOC, nlp=nlp)
    codes = {r.code for e in analysis.events for r in e.sources}
    assert "IGOCRBCAR" in codes
    assert any(e.actor == "IGOPACPIF" for e in analysis.entities)
