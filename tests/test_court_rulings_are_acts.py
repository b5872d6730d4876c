"""A court's ruling on what was put before it is an act, not its words:
"the court rejected an appeal by X, confirming a ban" is a REJECT
event and no statement. A court's view of a party's claims stays a
statement. The article is written for the test; its first line is the
headline."""

from __future__ import annotations

import redline

_STORY = ("Ruling keeps opposition leader out of office\n\n"
          "SARAJEVO (Reuters) - The constitutional court in Sarajevo rejected an appeal by opposition leader Ivan "
          "Horvat on Monday, confirming a six-year ban from politics. The court rejected the government's claims "
          "as unfounded.\n")


def test_a_ruling_on_an_appeal_is_an_event_and_no_statement(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    contents = [s.content_text(_STORY) for s in analysis.statements]
    assert not any("appeal" in c for c in contents), contents
    assert any(e.type == "REJECT" and [r.code for r in e.targets] == ["BIHOPP"] for e in analysis.events), \
        analysis.events


def test_a_courts_view_of_claims_stays_a_statement(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    contents = [s.content_text(_STORY) for s in analysis.statements]
    assert any("claims" in c for c in contents), contents
