""""Morocco ordered on Friday 15 Spanish consulate staff to leave the
country": the parser makes the staff part of the date phrase, so the
clause read as "Morocco (was) ordered to leave" and Morocco as the one sent
out. The officials are whom the order sends out, the state that orders
expels them, and a mission's staff are its diplomats. The articles are
written for the tests; the first line of each is its headline."""

from __future__ import annotations

import redline

STORY = ("Rabat expels Spanish staff\n\n"
         "RABAT (Reuters) - Morocco ordered on Friday 15 Spanish consulate staff to leave the country within a "
         "week, the foreign ministry said.\n")


def test_the_state_that_orders_expels_the_mission_staff(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    expulsions = [e for e in analysis.events if e.type == "SANCTION" and e.mode == "expel"]
    assert len(expulsions) == 1
    event = expulsions[0]
    assert [r.code for r in event.sources] == ["MAR"]
    assert [r.code for r in event.targets] == ["ESPGOV"]
    assert event.targets[0].text == "Spanish consulate staff"
