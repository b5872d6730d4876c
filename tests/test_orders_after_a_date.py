""""Algeria ordered on Monday 12 French embassy officials to leave the
country": the parser makes the officials part of the date phrase, so the
clause read as "Algeria (was) ordered to leave" and Algeria as the one sent
out. The officials are whom the order sends out, the state that orders
expels them, and a mission's staff are its diplomats. The articles are
written for the tests; the first line of each is its headline."""

from __future__ import annotations

import redline

STORY = ("Algiers expels French officials\n\n"
         "ALGIERS (Reuters) - Algeria ordered on Monday 12 French embassy officials to leave the country within "
         "48 hours, the foreign ministry said.\n")


def test_the_state_that_orders_expels_the_mission_staff(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    expulsions = [e for e in analysis.events if e.type == "SANCTION" and e.mode == "expel"]
    assert len(expulsions) == 1
    event = expulsions[0]
    assert [r.code for r in event.sources] == ["DZA"]
    assert [r.code for r in event.targets] == ["FRAGOV"]
    assert event.targets[0].text == "French embassy officials"
