"""A story filed from a neighbour's city about another state, which the
headline names alone and the story names as often as the dateline's: its
unowned soldiers and untitled president are the headline state's
("NAIROBI, Kenya —" over a story on a mutiny in Burundi). The article is
written for the test; its first line is the headline."""

from __future__ import annotations

import redline

_STORY = ("Burundi mutiny leader on the run after failed revolt\n\n"
          "NAIROBI, Kenya — The leader of a failed army mutiny in Burundi was on the run on Monday, a day after "
          "soldiers seized a radio station in the capital. Kenya said it was watching the situation closely. "
          "At least a dozen soldiers were arrested, and President Jean Ndikumana vowed to punish the mutineers. "
          "Kenya has offered to help Burundi restore order.\n")


def test_the_headline_state_owns_the_unowned(nlp):
    analysis = redline.analyze(_STORY, nlp=nlp)
    arrests = [e for e in analysis.events if e.mode == "arrest"]
    assert arrests and [r.code for r in arrests[0].targets] == ["BDIMIL"], analysis.events
    president = next(e for e in analysis.entities if e.name == "Jean Ndikumana")
    assert president.actor == "BDIGOV", president
