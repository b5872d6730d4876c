"""Quotations typed with two straight single marks (''…'') for a double one,
as some wires and the New York Times archive do: the quotation is the
named speaker's, and an "I" inside it is that speaker, not an unknown one.
The article is written for the test; its first line is its headline."""

from __future__ import annotations

import redline

STORY = ("Premier attacks court\n\n"
         "ROME (Reuters) - Prime Minister Carla Rossi told reporters, ''Nobody elected these judges to run the "
         "country. I think the decision is political.\" She spoke during a visit to Tunis.\n\n"
         "''We will appeal,'' Rossi said.\n")


def test_a_quotation_in_two_single_marks_is_its_speakers(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    assert analysis.statements
    assert all(s.speaker.name == "Carla Rossi" for s in analysis.statements)
    kinds = [s.kind for s in analysis.statements]
    assert kinds.count("direct") == 2
