"""A Title Case headline is parsed again in lower case to be coded; a
stream parses those headlines in one batch, and codes them as an article
analysed alone does. The articles are written for the test."""

from __future__ import annotations

import redline
from redline.pipeline import analyze_stream
from redline.read import article_from_text

_STORIES = [
    "Rebels Reject Call To Leave Border Town\n\nGOMA, Congo (Reuters) - Rebel commanders on Tuesday rejected a "
    "call by the African Union to withdraw from the town of Kasindi.\n",
    "Kenya Expels Two Ugandan Diplomats Over Spying Claims\n\nNAIROBI (Reuters) - The two envoys were given 72 "
    "hours to leave the country, the foreign ministry said on Friday.\n",
    "opposition says vote was rigged\n\nThe opposition said on Monday the vote had been rigged.\n",
]


def test_a_stream_codes_title_case_headlines_as_one_article_does(nlp):
    alone = [redline.analyze(text, nlp=nlp) for text in _STORIES]
    streamed = list(analyze_stream((article_from_text(t) for t in _STORIES), nlp=nlp, batch_size=8))
    for one, other in zip(alone, streamed):
        assert [(e.type, e.trigger, [r.code for r in e.sources], [r.code for r in e.targets]) for e in one.events] \
            == [(e.type, e.trigger, [r.code for r in e.sources], [r.code for r in e.targets]) for e in other.events]
    headline_events = [e for e in streamed[1].events if e.sentence[0] == 0]
    assert [(e.type, [r.code for r in e.sources]) for e in headline_events] == [("COERCE", ["KEN"])], \
        streamed[1].events
