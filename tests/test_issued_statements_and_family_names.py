"""What a statement an actor issues or releases does is that actor's act
("the army released a statement accusing the rebels of shelling the
town"), and a family name that is also a verb is no cue ("his deputy, Omar
Said"). The articles are written for the tests; the first line of each is
its headline."""

from __future__ import annotations

import redline


def test_an_issued_or_released_statement_that_accuses_is_the_issuers_act(story):
    found = story("Army blames rebels for shelling\n\n"
                  "The Malian army released a statement on Sunday accusing the rebels of shelling the town of "
                  "Gao overnight.\n\n"
                  "Mali's foreign ministry issued a statement condemning the raid on the border post.\n")
    assert any(f[0] == "ACCUSE" and f[2] == ["MLIMIL"] and f[3] and f[3][0].endswith("REB") for f in found), found
    assert any(f[0] == "ACCUSE" and f[2] == ["MLIGOV"] for f in found), found


def test_a_family_name_that_is_also_a_verb_is_no_cue(nlp):
    text = ("Rebel chief held in Mogadishu\n\n"
            "Somali police on Monday detained the commander of a rebel faction, officials said. Detained "
            "alongside him was his deputy, Omar Said.\n")
    analysis = redline.analyze(text, nlp=nlp)
    assert not any(s.cue_text(text) == "Said" for s in analysis.statements)
