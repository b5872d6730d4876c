"""Whom a state expels or deports is never placed in the story's home
state for want of a state of their own ("Russia expels diplomats" are not
Russia's), and a headline whose target names no state is the body's act
that names one. The article is written for the test; its first line is its
headline."""

from __future__ import annotations

import redline

STORY = ("Russia expels diplomats\n\n"
         "MOSCOW (Reuters) - Russia's foreign ministry said on Friday it had expelled a British diplomat over "
         "spying. The ministry said the diplomat had two weeks to leave Russia, and Russia summoned Britain's "
         "ambassador.\n")


def test_expelled_diplomats_are_not_the_expelling_states(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    expulsions = [e for e in analysis.events if e.type == "SANCTION" and e.mode == "expel"]
    assert expulsions
    assert not any((r.code or "").startswith("RUS") for e in expulsions for r in e.targets)
    # the headline's act is the lead's, told once
    assert sum(1 for e in expulsions if e.sentence[0] < STORY.index("MOSCOW")) == 0
