"""Parties the story names carry their state ("Awami League": BGD), on
the side the story puts them ("the main opposition Bangladesh Nationalist
Party" is BGDOPP, "the ruling Awami League" BGDGOV); a party member in an
office of the state holds that office ("Lower Austria's ÖVP governor" is
AUTGOV), while a party's own titles stay the party's ("a UPND spokesman":
ZMBPOL). The articles are written for the tests; the first line of each is
its headline."""

from __future__ import annotations

import redline


def test_a_party_is_of_its_state_on_the_side_the_story_gives(nlp):
    text = ("Bangladesh police arrest opposition leaders\n\n"
            "DHAKA (Reuters) - Police in Bangladesh arrested two senior leaders of the main opposition Bangladesh "
            "Nationalist Party on Sunday, a week before a rally the BNP had called. The ruling Awami League said "
            "the arrests followed the law.\n")
    analysis = redline.analyze(text, nlp=nlp)
    codes = {e.name: e.actor for e in analysis.entities}
    assert codes.get("Bangladesh Nationalist Party") == "BGDOPP", codes
    assert codes.get("Awami League") == "BGDGOV", codes


def test_an_office_held_by_a_party_member_is_the_states(nlp):
    text = ("Austrian coalition talks stall\n\n"
            "VIENNA (AP) - Lower Austria's ÖVP governor Johanna Mikl-Leitner said on Monday that talks with the "
            "FPÖ had stalled. A UPND spokesman in Lusaka, Charles Kakoma, said his party was watching.\n")
    analysis = redline.analyze(text, nlp=nlp)
    codes = {s.speaker.name: s.speaker.actor for s in analysis.statements}
    assert codes.get("Johanna Mikl-Leitner") == "AUTGOV", codes
    assert codes.get("Charles Kakoma") == "ZMBPOL", codes
