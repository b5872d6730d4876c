"""A name written once without its accent ("Rene Mbaye" in a headline)
and once with it ("René Mbaye") is one person, and the surname later
("Mbaye") is that person too. The article is written for the test; its
first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Jailed opposition leader Rene Mbaye calls off fast\n\n"
          "NDJAMENA (Reuters) - Former Prime Minister René Mbaye, now leading Chad's opposition from a prison "
          "cell, stopped refusing food on Monday after three weeks, according to his family. Mbaye was detained "
          "in April.\n")


def test_one_person_with_and_without_accents(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    mbaye = [e for e in analysis.entities if e.name and "Mbaye" in e.name]
    assert len(mbaye) == 1, mbaye
    written = [_STORY[s:e] for s, e in mbaye[0].mentions]
    assert {"Jailed opposition leader Rene Mbaye", "Former Prime Minister René Mbaye", "Mbaye"} <= set(written), written
    assert mbaye[0].actor == "TCDOPP", mbaye
