"""Correct the entity labels the small English model is known to get wrong.

``en_core_web_sm`` often labels a state's name a person or a body ("Mali"
PERSON, "Burkina Faso" ORG) and a titled person a body ("Lieutenant-Colonel
Paul Damiba" ORG), and leaves the short form after a title unlabelled
("Lt. Col. Damiba"). Every later stage reads these labels (places, who is
who, speakers, event actors), so they are corrected once, on the parsed
Doc, before any of them runs. The corrections are idempotent.
"""

from __future__ import annotations

import functools

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from redline.actors.dictionaries import builtin_hand_tables

# Labels the model gives states by mistake.
_STATE_MISLABELS = frozenset({"PERSON", "ORG", "NORP"})
# Labels a name after a personal title may carry by mistake (places are
# left alone: "Supreme Allied Commander Europe").
_TITLED_MISLABELS = frozenset({"ORG", "NORP"})
# Capitalised words that title a person when they stand before a name
# ("Lt. Col.", "President", "Mr"). Office words that also open bodies'
# names ("Foreign", "Defence") are left out: "Foreign Ministry" is a body.
PERSON_TITLES = frozenset((
    "mr mrs ms dr prof professor president sen senator rep representative gov governor gen general "
    "col colonel lt lieutenant capt captain maj major sgt sergeant cpl corporal adm admiral brig "
    "brigadier marshal commander judge justice king queen prince princess sheikh sir lord lady "
    "dame mayor rev reverend pope emir sultan premier minister chancellor ambassador inspector "
    "superintendent commissioner").split())
# Last words of bodies' names: "General Assembly" after "the" is no person.
_BODY_WORDS = frozenset((
    "assembly council committee commission ministry department office party union front movement "
    "alliance coalition congress league federation court army forces command agency bank "
    "university hospital company group organisation organization authority").split())
# How many title words may stand before a name ("Deputy Prime Minister" is
# handled by its last word; "Lt. Col." is two).
_MAX_TITLE_WORDS = 4


# Marks a Doc whose labels were corrected.
_CORRECTED = "redline_labels_corrected"


@functools.cache
def state_names() -> frozenset[str]:
    """Every state's name and alias as the hand tables write them ("Mali",
    "Burkina Faso", "Republic of Chad")."""
    names: set[str] = set()
    for country in builtin_hand_tables().countries.values():
        names.add(country.name)
        names.update(country.aliases)
    return frozenset(names)


@functools.cache
def capital_names() -> frozenset[str]:
    """Every state's capital as the hand tables write them ("Ulaanbaatar")."""
    return frozenset(cap for country in builtin_hand_tables().countries.values() for cap in country.capitals)


def correct_entity_labels(doc: Doc) -> Doc:
    """Relabel ``doc.ents`` where the model is known to slip, in place:

    - a whole state name labelled a person, body or nationality is a place
      (GPE), unless the article writes its words inside a longer person's
      name ("Michael Jordan … Jordan said");
    - a name right after a capitalised personal title ("Lt. Col.", "Mr",
      "President") is a person's, unless its last word names a body
      ("General Assembly") or it is a state's name;
    - an unlabelled capitalised word after such a title that is the last
      word of a person named elsewhere in the article ("Lt. Col. Damiba"
      after "Paul-Henri Damiba") is a person's name.

    RETURNS (Doc): ``doc``, for chaining.
    """
    if doc.user_data.get(_CORRECTED):
        return doc  # done once: every stage after the pipeline's call reads the same labels
    doc.user_data[_CORRECTED] = True
    ents = list(doc.ents)
    if not ents:
        return doc
    names = state_names()
    in_person_names = frozenset(t.text for e in ents if e.label_ == "PERSON" and len(e) > 1
                                and e.text not in names for t in e)
    changed = False
    fixed: list[Span] = []
    for ent in ents:
        whole = _hyphenated_state(ent, names)
        if whole is not None:
            if not fixed or fixed[-1].end <= whole.start:
                fixed.append(whole)
            changed = True
            continue
        if fixed and ent.start < fixed[-1].end:
            changed = True  # the rest of a hyphenated name already taken ("Bissau" after "Guinea-")
            continue
        if all(t.lower_.rstrip(".") in PERSON_TITLES and t.text[:1].isupper() for t in ent):
            changed = True  # "Brig." labelled a place (a Swiss town's name): a title, no entity
            continue
        split = _place_then_person(ent)
        if split:
            fixed.extend(split)
            changed = True
            continue
        label = _corrected(ent, names, in_person_names)
        if label != ent.label_:
            ent = Span(doc, ent.start, ent.end, label=label)
            changed = True
        fixed.append(ent)
    joined = _surname_cut_off(fixed)
    if joined is not fixed:
        fixed = joined
        changed = True
    surnames = frozenset(e[-1].text for e in fixed if e.label_ == "PERSON" and len(e) > 1)
    added = _titled_surnames(doc, surnames)
    if added:
        fixed = sorted(fixed + added, key=lambda e: e.start)
        changed = True
    if changed:
        doc.ents = fixed
    return doc


def _hyphenated_state(ent: Span, names: frozenset[str]) -> Span | None:
    """"Guinea-Bissau", "Timor-Leste": the model, which splits words at
    hyphens, labels a part ("Guinea" GPE) or takes the possessive in
    ("Guinea-Bissau's" ORG); a state's or capital's name written with a
    hyphen is one place, GPE, without the "'s". None where ``ent`` is no
    part of such a name."""
    doc = ent.doc
    start, end = ent.start, ent.end
    # back and forth over "-Word" joined without spaces
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
        end += 2
    if end > start + 1 and doc[end - 1].lower_ in ("'s", "\u2019s"):
        end -= 1
    if (start, end) == (ent.start, ent.end) and ent.label_ == "GPE":
        return None
    if not any(t.text == "-" for t in doc[start:end]):
        return None
    if doc[start:end].text not in names and doc[start:end].text not in capital_names():
        return None
    return Span(doc, start, end, label="GPE")


def _corrected(ent: Span, names: frozenset[str], in_person_names: frozenset[str]) -> str:
    label = ent.label_
    words = [t for t in ent if t.lower_ != "the"]
    if not words:
        return label
    text = ent.doc[words[0].i:ent.end].text  # Doc.text would join the whole text for each name
    if label in _STATE_MISLABELS and (text in names or text in capital_names()) \
            and not any(t.text in in_person_names for t in words):
        return "GPE"  # ("Ulaanbaatar" labelled a body)
    if label in _TITLED_MISLABELS and text not in names and ent[-1].lower_ not in _BODY_WORDS \
            and _title_before(ent.doc, ent.start):
        return "PERSON"
    return label


def _surname_cut_off(ents: list[Span]) -> list[Span]:
    """"Pedro Alejandro" PERSON then "Hurtado" GPE: a one- or two-word name
    the model labelled a place or body right after a person's given names,
    that is no state, capital or seat, is the person's surname. ``ents``
    itself where there is none."""
    out: list[Span] = []
    seats = _seat_names()
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "PERSON" and prev.end == ent.start and len(ent) <= 2 \
                and ent.label_ in ("GPE", "LOC", "ORG", "NORP", "FAC") and ent.text not in seats \
                and "\n" not in ent.doc[prev.end - 1].whitespace_ \
                and all(t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN" for t in ent):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out if len(out) != len(ents) else ents


@functools.cache
def _seat_names() -> frozenset[str]:
    """States' names and their capitals and seats of government."""
    out = set(state_names()) | capital_names()
    for country in builtin_hand_tables().countries.values():
        out.update(seat for seat, _ in country.seats)
    return frozenset(out)


def _place_then_person(ent: Span) -> list[Span]:
    """"the UK ambassador to Tehran Simon Shercliff": a capital or state
    the model ran into the envoy's name after it, labelled as one body or
    place, is two names: the place (GPE) and the person (PERSON), where the
    rest opens with a known given name. Empty where ``ent`` is no such run."""
    from redline.statements.names import gender_of_name  # names reads the lexicon, not this module

    if ent.label_ not in ("ORG", "GPE", "FAC", "NORP", "PERSON") or len(ent) < 3:
        return []
    # a person's name may open with a state's ("Chad Michael Murray"): only
    # a post's place ("ambassador to Cairo Simon …") is taken off it
    person = ent.label_ == "PERSON"
    if person and (ent.start == 0 or ent.doc[ent.start - 1].lower_ not in ("to", "in", "at")):
        return []
    seats = _seat_names()
    for k in range(1, min(len(ent) - 1, 3)):
        place = ent.doc[ent.start:ent.start + k]
        rest = ent[k:]
        if place.text in seats and len(rest) >= 2 and gender_of_name(rest[0].text) \
                and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in rest):
            return [Span(ent.doc, ent.start, ent.start + k, label="GPE"),
                    Span(ent.doc, ent.start + k, ent.end, label="PERSON")]
    return []


def _is_title(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in PERSON_TITLES and not tok.ent_type_


def _title_before(doc: Doc, start: int) -> bool:
    """Whether capitalised title words stand right before token ``start``
    ("Lt. Col. Damiba", "Lieutenant-Colonel Paul Damiba"), with no "the"
    before them ("the General Assembly")."""
    i = start - 1
    titled = False
    while i >= 0 and start - i <= 2 * _MAX_TITLE_WORDS:
        tok = doc[i]
        if tok.text in ("-", "."):
            i -= 1
            continue
        if not _is_title(tok):
            break
        titled = True
        i -= 1
    return titled and not (i >= 0 and doc[i].lower_ == "the")


def _titled_surnames(doc: Doc, surnames: frozenset[str]) -> list[Span]:
    """Unlabelled capitalised words after a title that repeat a person's
    last name, as new PERSON spans."""
    if not surnames:
        return []
    out: list[Span] = []
    # (found over the parse's arrays, not token by token: a Token object per
    # word cost more than the rest of the corrections together)
    ids = [doc.vocab.strings.add(surname) for surname in surnames]
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), ids)):
        tok = doc[int(i)]
        if not tok.ent_type_ and tok.i > 0 and _title_before(doc, tok.i):
            out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    return out
