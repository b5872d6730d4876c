"""A push or a rally reports no words: "farmers shoved a patrol car aside",
"they pushed against the fences", "thousands protested outside
parliament" are acts, not statements; "protested that the law was unfair"
and "pushed for a recount" still report what someone holds. The articles
are written for the tests; the first line of each is its headline."""

from __future__ import annotations

import redline

STORY = ("Farmers break police cordon\n\n"
         "Angry farmers shoved a patrol car aside on Tuesday to clear a path for their tractors. "
         "Some of them then pushed against the fences around the ministry.\n\n"
         "Thousands of people protested outside parliament on Wednesday.\n\n"
         "The farmers' union protested that the new law was unfair, and its leader pushed for a vote on "
         "the subsidies.\n")


def test_pushes_and_rallies_are_no_statements(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    cues = [s.cue_text(STORY) for s in analysis.statements]
    assert not any(c.startswith("pushed") and "for" not in c for c in cues if "vote" not in c)
    contents = [s.content_text(STORY) for s in analysis.statements]
    assert not any("car" in c or "fences" in c or c.startswith("outside") for c in contents)
    assert any("the new law was unfair" in c for c in contents)
