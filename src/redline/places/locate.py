"""An article's places, and where each of its events happened.

``find_places`` turns the resolved mentions into ``redline.types.Place``
records. ``locate_events`` gives an event the place of a locative phrase
attached to its trigger or to the trigger's arguments ("strikes on
Isfahan", "clashes in Goma", "held talks in Cairo"); failing that, the
dateline's place when the event's sentence is the dateline's own (or the
one right after a dateline parsed as a sentence of its own), or names no
place and speaks of "here" or "the capital"; else none. A place named
by an adjective ("Russian troops") or inside an actor's name with no
locative phrase ("the Kyiv government") is never the location: that place
is who acted, not where.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc, Token

from redline.places.gazetteer import Gazetteer, load_gazetteer
from redline.places.resolve import resolve
from redline.places.toponyms import find_mentions
from redline.statements.spans import doc_text
from redline.types import CharSpan, Event, EventLocation, Place

PLACES_ENV = "REDLINE_PLACES"
# Prepositions that put something somewhere. "on" and "over" only for
# attacks ("strikes on Isfahan", "drone over Kyiv"): "sanctions on Russia"
# names a target, not a place.
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around",
                      "within", "along", "off", "beyond", "amid"})
ATTACK_LOCATIVE = frozenset({"on", "over", "into", "upon"})
ATTACK_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# How far up the parse a locative phrase may attach from the trigger (the
# trigger, its head verb, or one more: "launched strikes on X").
MAX_HOPS = 2
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "prep", "xcomp", "attr", "dative",
                           "compound", "conj", "agent", "acomp"})
# Words that place a sentence at the dateline ("clashes here", "in the capital").
HERE = re.compile(r"\b(here|in the capital|in the city|locally)\b")


def use_place_tables(tables: Sequence[str | Path] | None) -> Gazetteer:
    """Add the user's own places tables (``TSV_COLUMNS``, as
    ``redline/data/places_extra.tsv``) to every later analysis in this
    process and the processes it starts (kept in ``$REDLINE_PLACES``).

    RETURNS (Gazetteer): the gazetteer with them, loaded now so a bad table
        is reported before any analysis.
    RAISES (InputError): an unreadable table or a bad row, naming the file
        and line.
    """
    paths = [str(Path(t).resolve()) for t in tables or ()]
    gaz = load_gazetteer(paths)
    if paths:
        os.environ[PLACES_ENV] = os.pathsep.join(paths)
    else:
        os.environ.pop(PLACES_ENV, None)
    return gaz


def place_tables() -> list[str]:
    """The user's places tables in use (``use_place_tables``)."""
    return [p for p in os.environ.get(PLACES_ENV, "").split(os.pathsep) if p]


def find_places(doc: Doc, gazetteer: Gazetteer | None = None) -> list[Place]:
    """Every place ``doc`` names, in text order, resolved with the
    article's context (``redline.places.resolve``).

    gazetteer (Gazetteer): the places to look in; by default the built-in
        gazetteer plus the tables given to ``use_place_tables``.
    """
    gaz = gazetteer or load_gazetteer(place_tables())
    out = []
    for r in resolve(doc, find_mentions(doc, gaz), gaz):
        m, e = r.mention, r.place
        if e is None:
            out.append(Place(span=(m.start, m.end), text=m.text, source=m.source))
            continue
        out.append(Place(
            span=(m.start, m.end), text=m.text, name=e.name, lat=e.lat, lon=e.lon,
            country=e.country, region=e.region, geonameid=e.geonameid, kind=e.kind,
            adjective=m.demonym is not None, source=m.source))
    return out


def _tokens(doc: Doc, span: CharSpan) -> list[Token]:
    s, e = span
    found = doc.char_span(s, e, alignment_mode="expand")
    return list(found) if found is not None else []


def _place_root(doc: Doc, place: Place) -> Token | None:
    toks = _tokens(doc, place.span)
    if not toks:
        return None
    ids = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[-1])


def _locative_head(root: Token, attack: bool) -> tuple[Token, Token] | None:
    """The word a locative phrase naming ``root`` attaches to, and the
    preposition: "in Goma" -> (clashes, in). Climbs through "the city of
    Goma", "Goma and Bukavu" and "Goma, Congo"."""
    t = root
    for _ in range(4):
        head = t.head
        if t.dep_ == "pobj" and head.pos_ == "ADP":
            word = head.lower_
            if word == "of" and head.head.pos_ in ("NOUN", "PROPN"):
                t = head.head  # "the city of Goma"
                continue
            if word in LOCATIVE or attack and word in ATTACK_LOCATIVE:
                return head.head, head
            return None
        if t.dep_ in ("conj", "appos", "compound") and head.i != t.i:
            t = head
            continue
        return None
    return None


def _hops(anchor: Token, trigger: Token) -> int | None:
    """Steps between the word a locative phrase hangs on and the trigger,
    at most MAX_HOPS, or None. The phrase may hang on the trigger, on a
    word below it ("strikes on targets in Isfahan"), or on a word the
    trigger is an argument of ("held talks in Cairo") but never across a
    clause ("said in Washington that ... attacked" is where it was said)."""
    t, n = anchor, 0
    while n <= MAX_HOPS:  # the anchor inside the trigger's phrase
        if t.i == trigger.i:
            return n
        if t.head.i == t.i:
            break
        t, n = t.head, n + 1
    t, n = trigger, 0
    while n < MAX_HOPS and t.dep_ in ARGUMENT_DEPS and t.head.i != t.i:
        t, n = t.head, n + 1  # up from the trigger through its arguments
        if t.i == anchor.i:
            return n
    return None


def _within_actor(span: CharSpan, actors: list[CharSpan]) -> bool:
    return any(s <= span[0] and span[1] <= e and (s, e) != span for s, e in actors)


def _next_sentence(doc: Doc, at: int, start: int) -> bool:
    """Whether the sentence at ``start`` is the one right after the
    dateline's (the dateline at character ``at`` is a sentence of its own)."""
    toks = _tokens(doc, (at, at + 1))
    if not toks:
        return False
    return toks[0].sent.end_char <= start and (
        toks[0].sent.end >= len(doc) or doc[toks[0].sent.end].idx >= start - 2)


def locate_event(doc: Doc, event: Event, places: list[Place], dateline: Place | None,
                 text: str | None = None) -> EventLocation | None:
    """Where ``event`` happened, or None.

    places: the article's places (``find_places``); dateline: the one the
        dateline names, if any; text: ``doc.text``, when the caller has it.
    """
    text = doc_text(doc) if text is None else text
    s0, s1 = event.sentence
    actors = [sp for ref in (*event.sources, *event.targets) for sp in ref.spans]
    inside = [p for p in places if s0 <= p.span[0] and p.span[1] <= s1]
    # A place counts only through a locative phrase, inside an actor's
    # phrase or not ("talks with Israel in Cairo", "protesters in Hong
    # Kong"): "the Kyiv government" and "delegates from Rwanda" name whom,
    # and "aid groups in Kinshasa and Kigali" say where the groups are, not
    # one place where they acted.
    here = [p for p in inside if not p.adjective and p.source != "dateline"]
    # "in Paris, Texas": the town is where, not the state that qualifies it
    here = [p for p in here if p.kind not in ("admin1", "country") or not any(
        q.span[1] < p.span[0] and text[q.span[1]:p.span[0]].strip() == "," for q in here)]
    triggers = [t for span in event.trigger for t in _tokens(doc, span)]
    attack = event.type in ATTACK_TYPES
    best: tuple[int, int, Place, CharSpan] | None = None
    for p in here:
        root = _place_root(doc, p)
        if root is None:
            continue
        found = _locative_head(root, attack)
        if found is None:
            continue
        if _within_actor(p.span, actors) and (root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)):
            continue
        anchor, prep = found
        hops = min((h for t in triggers if (h := _hops(anchor, t)) is not None), default=None)
        if hops is None:
            continue
        rank = (hops, abs(root.i - triggers[0].i) if triggers else 0)
        if best is None or rank < best[:2]:
            best = (*rank, p, (prep.idx, p.span[1]))
    if best is not None:
        return EventLocation(place=best[2], via="locative", evidence=best[3])
    if dateline is not None and dateline.lat is not None:
        sentence = f" {text[s0:s1].lower()} "
        own = s0 <= dateline.span[0] < s1 or "\n" not in text[dateline.span[1]:s0] and _next_sentence(
            doc, dateline.span[0], s0)
        if not here and (own or HERE.search(sentence)):
            return EventLocation(place=dateline, via="dateline", evidence=dateline.span)
    return None


def locate_events(doc: Doc, events: list[Event], places: list[Place]) -> list[Event]:
    """``events`` with ``location`` set where the text says where."""
    dateline = next((p for p in places if p.source == "dateline"), None)
    text = doc_text(doc) if events else ""
    return [replace(e, location=locate_event(doc, e, places, dateline, text)) for e in events]
