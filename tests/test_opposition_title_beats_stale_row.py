"""A dated story's "opposition leader X" is the opposition, also where the
actor tables (compiled years ago) still hold an open row with X in
government: the title says what X is now. The article is written for the
test; its first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Kenyan opposition calls for new protests\n\n"
          "NAIROBI (Reuters) - Kenyan opposition leader Raila Odinga on Monday called on supporters to march "
          "against tax rises. Odinga said the government had ignored the poor.\n")


def test_the_title_says_the_person_is_in_opposition_now(nlp):
    analysis = redline.analyze(_STORY, date="2024-07-01", nlp=nlp)
    codes = {s.speaker.mention: s.speaker.actor for s in analysis.statements}
    assert codes.get("Odinga") == "KENOPP", codes
