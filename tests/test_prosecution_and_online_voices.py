"""The prosecution is the judiciary (JUD); a TikToker, YouTuber or
influencer is media (MED) of the story's state, so an arrested one is a
coded target; a human rights lawyer is a rights defender (NGO), not the
bench. The article is written for the test; its first line is the
headline."""

from __future__ import annotations

import redline

_STORY = ("Egypt detains online critics\n\n"
          "CAIRO (Reuters) - Egyptian authorities have stepped up arrests of online critics this month. TikToker "
          "Omar Said was arrested on Monday, his family said. The state security prosecution summoned human rights "
          "lawyer Hany Adel for questioning on Tuesday.\n")


def test_an_arrested_tiktoker_is_media_of_the_state(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    targets = [(r.text, r.code) for e in analysis.events if e.mode == "arrest" for r in e.targets]
    assert ("TikToker Omar Said", "EGYMED") in targets, analysis.events


def test_the_prosecution_summons_a_rights_lawyer(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    summons = [e for e in analysis.events if any("Hany Adel" in r.text for r in e.targets)]
    assert summons, analysis.events
    assert [r.code for r in summons[0].sources] == ["EGYJUD"], summons
    assert [r.code for r in summons[0].targets] == ["EGYNGO"], summons
