"""Parties the story names carry their state ("Awami League": BGD), on
the side the story puts them ("the main opposition Bangladesh Nationalist
Party" is BGDOPP, "the ruling Awami League" BGDGOV); a party member in an
office of the state holds that office ("Tyrol's ÖVP governor" is
AUTGOV), while a party's own titles stay the party's ("a UPND spokesman":
ZMBPOL). The articles are written for the tests; the first line of each is
its headline."""

from __future__ import annotations

import redline


def test_a_party_is_of_its_state_on_the_side_the_story_gives(nlp):
    text = ("Bangladesh police arrest opposition leaders\n\n"
            "DHAKA (Reuters) - Police in Bangladesh detained three district organisers of the main opposition "
            "Bangladesh Nationalist Party on Sunday, days before a march the BNP had planned. The ruling Awami "
            "League said the detentions followed the law.\n")
    analysis = redline.analyze(text, nlp=nlp)
    codes = {e.name: e.actor for e in analysis.entities}
    assert codes.get("Bangladesh Nationalist Party") == "BGDOPP", codes
    assert codes.get("Awami League") == "BGDGOV", codes


def test_an_office_held_by_a_party_member_is_the_states(nlp):
    text = ("Austrian coalition talks stall\n\n"
            "VIENNA (AP) - Tyrol's ÖVP governor Karl Huber said on Monday that talks with the FPÖ had stalled. "
            "In Lusaka, UPND spokesman Chanda Mwale said his party was watching.\n")
    analysis = redline.analyze(text, nlp=nlp)
    codes = {s.speaker.name: s.speaker.actor for s in analysis.statements}
    assert codes.get("Karl Huber") == "AUTGOV", codes
    assert codes.get("Chanda Mwale") == "ZMBPOL", codes
