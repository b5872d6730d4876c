"""The faster attribute ruler and lemmatizer give spaCy's own analyses."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, TAG

from redline.parse.fast import FastAttributeRuler, FastLemmatizer, speed_up
from redline.parse.nlp import MODEL_PACKAGES

# Written for this test: news prose with the words the ruler's exceptions
# are about ("gonna", "ain't", "let's", "there were", spaces, determiners
# used as pronouns) and inflections the lemmatizer has rules for.
TEXTS = [
    "MOSCOW, March 3 (Reuters) - The ministry said on Tuesday that talks "
    "were going nowhere. \"We ain't gonna sign that,\" the envoy told "
    "reporters, adding that there were no plans for a second round.\n\n"
    "Let's be clear: that is what they wanted all along, he said.",
    "Protesters gathered outside  the parliament buildings, where officers "
    "had detained dozens of students. Y'all got to see this, one wrote.\n"
    "Those who stayed were searched; the ones who left got warnings.",
    "",
    "   \n\n  ",
    "C'mon, which of these is yours? The mayor's aides gotta answer.",
]
COLUMNS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def pipelines():
    for package in MODEL_PACKAGES:
        try:
            stock, fast = spacy.load(package), spacy.load(package)
            break
        except OSError:
            continue
    else:
        pytest.skip("no English model installed")
    return stock, fast


def _analyses(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_speed_up_swaps_both_components_and_keeps_every_analysis(pipelines):
    stock, fast = pipelines
    swapped = speed_up(fast)
    assert swapped == ["attribute_ruler", "lemmatizer"]
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), FastLemmatizer)
    # Both through pipe() and one text at a time, twice (the second run
    # reads the lemma cache the first filled).
    for _ in range(2):
        for a, b in zip(stock.pipe(TEXTS), fast.pipe(TEXTS)):
            assert _analyses(a) == _analyses(b)
            assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all()
        for text in TEXTS:
            assert _analyses(stock(text)) == _analyses(fast(text))


def test_exception_patterns_still_apply(pipelines):
    _, fast = pipelines
    speed_up(fast)  # a second call changes nothing
    doc = fast("There were gunmen. We're gonna win, she said.")
    words = {t.text: t for t in doc}
    assert words["were"].pos_ == "VERB"  # "there were": the ruler's expl rule
    assert words["gon"].lemma_ == "go" and words["na"].lemma_ == "to"
    assert words["said"].lemma_ == "say"


def test_fast_pipeline_pickles(pipelines):
    _, fast = pipelines
    speed_up(fast)
    lemmatizer = pickle.loads(pickle.dumps(fast.get_pipe("lemmatizer")))
    assert isinstance(lemmatizer, FastLemmatizer)
