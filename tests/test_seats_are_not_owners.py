"""Where a body sits is not whose it is: "Brunei's U.K.-based advisers"
are Brunei's, as "the Washington-based Organization of American States" is
the OAS; with no owner named, the seat places them ("a London-based rights
group"). The article is written for the test; its first line is its
headline."""

from __future__ import annotations

import redline

STORY = ("Border talks stall\n\n"
         "BANDAR SERI BEGAWAN (Reuters) - Brunei's U.K.-based advisers have warned that such a pact may mean "
         "conceding territory, a London-based rights group said on Monday.\n")


def test_an_owner_named_before_a_seat_owns(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    speakers = {s.speaker.mention: s.speaker.actor for s in analysis.statements}
    assert speakers["Brunei's U.K.-based advisers"].startswith("BRN")
    assert speakers["a London-based rights group"] == "GBRNGO"
