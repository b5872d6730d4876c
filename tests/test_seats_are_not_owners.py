"""Where a body sits, or an envoy is posted, is not whose it is: "Brunei's
U.K.-based advisers" are Brunei's, and "its ambassador to Ethiopia" is not
Ethiopia's, as "the Washington-based Organization of American States" is
the OAS; with no owner named, the seat places them ("a London-based rights
group"). The article is written for the test; its first line is its
headline."""

from __future__ import annotations

import redline

STORY = ("Border talks stall\n\n"
         "BANDAR SERI BEGAWAN (Reuters) - Brunei's U.K.-based advisers cautioned that the offer would weaken "
         "its claim, a London-based rights group said on Monday.\n")


def test_an_owner_named_before_a_seat_owns(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    speakers = {s.speaker.mention: s.speaker.actor for s in analysis.statements}
    assert speakers["Brunei's U.K.-based advisers"].startswith("BRN")
    assert speakers["a London-based rights group"] == "GBRNGO"


def test_where_an_envoy_is_posted_is_not_whose_he_is(nlp):
    text = ("Somalia recalls envoy over port deal\n\n"
            "MOGADISHU (Reuters) - Somalia summoned its ambassador to Ethiopia for consultations on Tuesday. "
            "The ambassador to Ethiopia said the deal violated Somalia's sovereignty.\n")
    analysis = redline.analyze(text, nlp=nlp)
    assert not any(s.speaker.actor == "ETHGOV" for s in analysis.statements)
    assert not any(r.code == "ETHGOV" for e in analysis.events for r in e.targets)
