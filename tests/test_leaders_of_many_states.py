"""The heads of state or government of a region are the leaders of several
states: no one state speaks or acts, not even the one the story is set in.
The article is written for the test; its first line is its headline."""

from __future__ import annotations

import redline

STORY = ("Regional leaders condemn riot\n\n"
         "PARAMARIBO (Reuters) - Protesters stormed parliament in Suriname on Friday. The regional bloc's Heads "
         "of Government denounced the storming of the building in Suriname.\n")


def test_the_heads_of_government_are_no_one_states(nlp):
    analysis = redline.analyze(STORY, nlp=nlp)
    heads = [r for e in analysis.events for r in e.sources if "Heads of Government" in r.text]
    assert heads and not any((r.code or "").startswith("SUR") for r in heads)
