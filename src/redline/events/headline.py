"""The headline as a sentence to code, and its events against the body's.

A headline reports the story's main event in its own grammar: present tense
for what has happened ("US sanctions Maduro's foreign minister"), articles
and auxiliaries dropped ("Congo rebels reject call to quit Goma"), a label
before a colon for who says it ("Kremlin: US does not want to ..."). The
coder codes it like a body sentence (the root-noun reading of "sanctions" is
handled there); this module says where the headline stands, how a Title
Case headline reads in sentence case ("Congo Rebels Reject Call To Quit
Goma" parses the verbs as names), and which of the headline's events the
body does not already report: the lead usually tells the same event with
fuller actors, and one event must not be counted twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.strings import hash_string

from redline.actors.dictionaries import SECTOR_CODES, builtin_hand_tables
from redline.types import Article, CharSpan, Event

_WORD = re.compile(r"[A-Za-z][a-z]*(?:['’][a-z]+)?")
# Words that are never names: a Title Case headline capitalises them anyway.
_FUNCTION_WORDS = frozenset(
    "a an the to of on in at by for from with over after as into amid against "
    "and or but if is are was were be been has have had do does did doesn't don't "
    "didn't won't can't isn't aren't will would could should may might must not "
    "no new its it his her their our this that these those than then up out off "
    "about after before near says say said".split())
# A headline is Title Case when at least this share of its longer words is capitalised.
_TITLE_SHARE = 0.75
_TITLE_MIN_WORDS = 3


def headline_span(article: Article) -> CharSpan | None:
    """Where the headline stands in ``article.text``, or None when the text
    has none (a title given apart from the text cannot be coded: event
    offsets must point into the text)."""
    title = (article.title or "").strip()
    if not title or article.body_start <= 0:
        return None
    start = article.text.find(title, 0, article.body_start)
    return (start, start + len(title)) if start >= 0 else None


def _states(refs) -> set[str]:
    # (a bare sector, "diplomats" GOV, names no state to disagree with)
    countries = builtin_hand_tables().countries
    return {r.code[:3] for r in refs if r.code and not (len(r.code) == 3 and r.code in SECTOR_CODES
                                                        and r.code not in countries)}


def same_event(head: Event, body: Event) -> bool:
    """Whether a body event reports the headline's event: the same type, a
    source of the same state (or none coded in the headline: "Explosions
    rock Isfahan") and, where both name one, a target of the same state."""
    if head.type != body.type:
        return False
    hs, bs = _states(head.sources), _states(body.sources)
    if hs and not hs & bs:
        return False
    ht, bt = _states(head.targets), _states(body.targets)
    return not (ht and bt and not ht & bt)


def same_dyad(head: Event, body: Event) -> bool:
    """Whether a body event joins the same two sides as the headline's
    ("US targets Venezuelan minister" and the lead's "imposed sanctions on
    Venezuela's foreign minister"): the lead tells that story with its
    fuller wording, whatever type the headline's terse verb suggests."""
    hs, ht = _states(head.sources), _states(head.targets)
    if hs & ht:
        # both sides of one state (a story told inside Peru): every body
        # event is of that dyad; the sides' full codes must match
        hs, ht = _codes(head.sources), _codes(head.targets)
        return bool(hs & _codes(body.sources) and ht & _codes(body.targets))
    return bool(hs and ht and hs & _states(body.sources) and ht & _states(body.targets))


def _codes(refs) -> set[str]:
    return {r.code for r in refs if r.code}


def new_headline_events(head: list[Event], body: list[Event]) -> list[Event]:
    """The headline's events that name who acted and that no body event
    reports already. A headline without its actor ("Border talks resume")
    is a summary too vague to count on its own."""
    return [h for h in head if _states(h.sources)
            and not any(same_event(h, b) or same_dyad(h, b) for b in body)]


def common_words(nlp) -> frozenset[str]:
    """English words that are not only names: the base forms the parser's
    lemmatizer lists as verbs, adjectives or adverbs ("rebel", "foreign",
    "further"). Its noun list also holds place names, so it is left out.
    Empty when the pipeline has no such table."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    out: set[str] = set()
    for pos in ("verb", "adj", "adv"):
        key = hash_string(pos)  # the table is keyed by the hashes of its part-of-speech names
        if key in index:
            out.update(index[key])
    return frozenset(out)


def base_forms(word: str) -> tuple[str, ...]:
    """A word and its likely bases: "launches" -> "launch", "provoked" -> "provoke"."""
    out = [word]
    for end, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
                      ("ing", ""), ("ing", "e")):
        if word.endswith(end) and len(word) > len(end) + 2:
            out.append(word[: -len(end)] + repl)
    return tuple(out)


def is_title_case(headline: str) -> bool:
    """Whether a headline capitalises its every word ("Congo Rebels Reject
    Call To Quit Goma"): the parser then reads verbs as names."""
    words = [w for w in _WORD.findall(headline) if len(w) >= 4]
    if len(words) < _TITLE_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in words) >= _TITLE_SHARE * len(words)


def sentence_case(headline: str, body: str, known: Callable[[str], bool]) -> str:
    """The headline with the capitals of its common words taken off, the
    same length (offsets stay true): a word goes to lower case when it is a
    function word, when the body writes it in lower case, or when ``known``
    (the trigger lexicon) knows it and the body never writes it capitalised
    inside a sentence ("Hunt" the minister keeps his capital). The first
    word, words in capitals ("US", "NATO") and names stay as they are."""
    lower_in_body = set(re.findall(r"(?<![.!?\n]\s)\b[a-z][a-z'’]+", body))
    capital_in_body = set(re.findall(r"(?<=[a-z,;] )[A-Z][a-z'’]+", body))
    out = list(headline)
    first = True
    for m in _WORD.finditer(headline):
        w = m.group(0)
        if first:
            first = False
            continue
        if not w[0].isupper() or w.isupper() or len(w.lower()) != len(w):
            continue
        low = w.lower()
        if (low in _FUNCTION_WORDS or low in lower_in_body
                or (known(low) and w not in capital_in_body)):
            out[m.start()] = low[0]
    return "".join(out)
