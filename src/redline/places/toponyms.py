"""Find place names in a parsed article.

Sources, each checked against the gazetteer where the recogniser alone is
not enough:

- the recogniser's GPE and LOC entities (kept even when the gazetteer does
  not know them: they are places without coordinates), and FAC entities the
  gazetteer knows;
- the dateline's place ("KYIV (Reuters) -"), which the recogniser often
  misses in capitals;
- names the recogniser labelled as something else or missed, kept when the
  gazetteer knows them and the text supports a place: a locative
  preposition before them ("in Gainesville"), a region or country after a
  comma ("Paris, Texas"), or a name that is a country, first-level region,
  continent, sea or named region;
- places inside organisation names ("the Kidney Foundation of Canada") when
  they are countries, first-level regions or large cities;
- adjectives of countries and continents ("Russian troops"), which name
  the country as a modifier (``kind="demonym"``); plural peoples
  ("Russians") are not places.

A name the article uses for a person is not a place, whatever the
recogniser called it: one after a personal title ("Ms. Hanna"), or the
surname of a person the article names in full that is no country's or
region's name ("Rebecca Hanna ... Hanna said") -- unless the text places
it ("in Hanna", "Hanna, Alberta").
Nor is a one-word name that is an institution's noun ("a majority in
Congress" is not Congress, Arizona) unless a state or country follows it.
A name the recogniser cut from a street's ("Washington Drive", "Madison
Ave.") is the street: a place name without coordinates (``source="street"``),
never the town or state it is named after.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, replace
from importlib import resources

import numpy
from spacy.attrs import ENT_TYPE, IS_ALPHA, LENGTH, LOWER, ORTH, POS, SHAPE
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from redline.clean.dateline import is_dateline
from redline.places.gazetteer import Gazetteer, Entry

PLACE_LABELS = frozenset({"GPE", "LOC"})
OTHER_NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
LOCATIVE = frozenset({
    "in", "at", "near", "outside", "inside", "across", "throughout", "around", "from", "into",
    "toward", "towards", "within", "beyond", "nearby", "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest", "visit", "visited", "visiting", "based",
    "born",
})
# Gazetteer towns share names with everyday capitalised words ("March",
# "Police", "Mobile"): a town needs support from the text; a name of these
# kinds is a place by itself.
STRONG_KINDS = frozenset({"country", "admin1", "continent", "region", "water", "county"})
MAX_NAME_TOKENS = 5
DATELINE_WORDS = 5
DATELINE_ENDS = frozenset({",", "(", "-", "–", "—", "--", ":"})
BIG_CITY = 100_000
LONE_TOWN = 20_000
# Words after a name that make it a street's ("Washington Drive").
# Words for a kind of place: alone, no place's name (a tiny namesake town
# somewhere is not what "the Island government" means).
FEATURE_WORDS = frozenset((
    "island islands state province region city county coast valley river lake bay mountain "
    "mountains north south east west capital territory republic kingdom mainland peninsula "
    "highlands lowlands village town").split())
STREET_WORDS = frozenset(
    "street st avenue ave road rd drive boulevard blvd lane ln parkway pkwy terrace circle".split())
# Titles before a person's name ("Ms. Hanna", "Gov. Jackson").
PERSON_TITLES = frozenset(
    "mr mrs ms miss dr prof rev sen rep gov gen lt col maj capt sgt adm sir dame lord lady "
    "president senator governor mayor minister judge sheikh imam rabbi".split())


@dataclass(slots=True)
class Mention:
    """A place name in the text.

    start, end: character offsets into the article text.
    tokens: the token range ``[first, last)`` in the parsed doc.
    source: where it came from (ner, dateline, gazetteer, embedded, demonym).
    demonym: the country or continent an adjective names, already resolved.
    """

    start: int
    end: int
    text: str
    first: int
    last: int
    source: str
    label: str = ""
    demonym: Entry | None = None


def _trim(span: Span) -> tuple[int, int] | None:
    """Token range of a name without a leading article, a trailing
    possessive or punctuation."""
    first, last = span.start, span.end
    doc = span.doc
    while first < last and (doc[first].lower_ in ("the", "a", "an") or doc[first].is_punct):
        first += 1
    while last > first and (doc[last - 1].tag_ == "POS" or doc[last - 1].is_punct
                            or doc[last - 1].text in ("'s", "’s")):
        last -= 1
    return (first, last) if first < last else None


def _mention(doc: Doc, first: int, last: int, source: str, label: str = "") -> Mention:
    span = doc[first:last]
    start, end = span.start_char, span.end_char
    text = span.text  # (doc.text would join the whole text again)
    for suffix in ("'s", "’s"):  # "Kyiv's" as one token
        if text.endswith(suffix) and len(text) > len(suffix):
            end -= len(suffix)
            text = text[: -len(suffix)]
    return Mention(start, end, text, first, last, source, label)


def _split_commas(doc: Doc, first: int, last: int) -> list[tuple[int, int]]:
    """"Paris, Texas" as one entity is two places."""
    parts, begin = [], first
    for t in doc[first:last]:
        if t.text == ",":
            if begin < t.i:
                parts.append((begin, t.i))
            begin = t.i + 1
    if begin < last:
        parts.append((begin, last))
    return parts


def _capitalised(tok: Token) -> bool:
    """A capitalised word of two letters or more (or "U.S.")."""
    return tok.text[:1].isupper() and tok.is_alpha and len(tok.text) > 1 or tok.text in ("U.S.", "U.K.", "D.C.")


def _supported(doc: Doc, first: int, last: int, places: list[Entry], gaz: Gazetteer,
               big: bool = False) -> bool:
    """Whether the text supports reading tokens ``[first, last)`` as a place
    (``big``: a large city's proper name is enough)."""
    top = places[0]
    if top.kind in STRONG_KINDS:
        return True
    if big and top.population >= BIG_CITY and all(t.pos_ == "PROPN" for t in doc[first:last]):
        return True
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.lower_ in LOCATIVE:
        return True
    if last + 1 < len(doc) and doc[last].text == ",":
        nxt = doc[last + 1]
        after = gaz.lookup(nxt.text) if nxt.text[:1].isupper() else []
        if any(p.kind in ("admin1", "country") for p in after) or nxt.text.rstrip(".") in STATE_ABBREVIATIONS:
            return True
    return False


@dataclass(frozen=True, slots=True)
class People:
    """The surnames of the people an article names in full, and the given
    names of two-word names whose second word the article also uses alone
    ("Hanna Lindqvist … Lindqvist said", whatever label the recogniser gave
    the pair)."""

    surnames: frozenset[str]
    given: frozenset[tuple[str, str]] = frozenset()  # (given name, surname)
    # surnames the article also uses as places ("in Montenegro")
    placed: frozenset[str] = frozenset()
    # the first words of the names the article gives in full ("Lere" of
    # "Major General Lere Anan Timur", later "commander Lere")
    firsts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, doc: Doc, ents: tuple[Span, ...] | None = None) -> People:
        ents = doc.ents if ents is None else ents
        names = [[t.text for t in ent if t.tag_ != "POS" and t.text not in ("'s", "’s")]
                 for ent in ents if ent.label_ == "PERSON" and len(ent) > 1]
        pairs = [ent for ent in ents
                 if ent.label_ in ("PERSON", "ORG") and len(ent) == 2 and all(t.pos_ == "PROPN" for t in ent)]
        # a second word the article also writes without the first ("Lindqvist said")
        # (over the parse's arrays: a Token per word costs more than the test)
        propn = doc.to_array([POS]) == PROPN if len(doc) else numpy.zeros(0, dtype=bool)
        opens = propn.copy()
        opens[1:] &= ~propn[:-1]
        alone = Counter(doc[i].text for i in numpy.flatnonzero(opens).tolist())
        given = frozenset((ent[0].text, ent[1].text) for ent in pairs if alone[ent[1].text])
        firsts = set()
        for ent in ents:
            if ent.label_ == "PERSON" and len(ent) > 1:
                firsts.add(ent[0].text)
                before = doc[ent.start - 1] if ent.start else None
                if before is not None and before.pos_ == "PROPN" and before.is_title \
                        and before.lower_.rstrip(".") not in PERSON_TITLES:
                    firsts.add(before.text)  # a given name the recogniser left out: "General *Lere* Anan Timur"
        return cls(frozenset(n[-1] for n in names if len(n) > 1), given, firsts=frozenset(firsts))


@functools.cache
def institution_words() -> frozenset[str]:
    """One-word nouns of institutions, groups and offices from the actor
    tables' sector words ("congress", "senate", "police", "minister")."""
    text = resources.files("redline.data").joinpath("sectors.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines()[1:])
    return frozenset(r[0] for r in rows if len(r) > 2 and r[2] in ("body", "role") and " " not in r[0])


def _institution(doc: Doc, first: int, last: int, gaz: Gazetteer) -> bool:
    """A one-word name that is an institution's noun or an office's title
    ("Congress", "Senate", "at Minister's house") with no state or country
    after it: the institution or the office holder, not a town."""
    return last - first == 1 and doc[first].lower_ in institution_words() \
        and not _placed(doc, first, last, gaz, locative=False)


def _placed(doc: Doc, first: int, last: int, gaz: Gazetteer, locative: bool = True) -> bool:
    """Whether the text puts a name somewhere: a locative word before it
    ("in Hanna") or a region or country after a comma ("Hanna, Alberta")."""
    if locative and first > 0 and doc[first - 1].lower_ in LOCATIVE:
        return True
    if last + 1 < len(doc) and doc[last].text == ",":
        nxt = doc[last + 1]
        if nxt.text.rstrip(".") in STATE_ABBREVIATIONS and nxt.text[:1].isupper():
            return True
        return nxt.text[:1].isupper() and any(p.kind in ("admin1", "country") for p in gaz.lookup(nxt.text))
    return False


def _person(doc: Doc, first: int, last: int, places: list[Entry], people: People, gaz: Gazetteer) -> bool:
    """Whether one word names a person here, not a place: after a personal
    title ("Ms. Hanna"), or the surname of someone named in full that is no
    country's or region's name ("Rebecca Hanna ... Hanna said"), where the
    text does not place it."""
    if last - first != 1:
        return False
    if last < len(doc) and _given_name(doc, first, people, gaz):
        return True  # "Hanna Lindqvist", Lindqvist named alone elsewhere
    before = doc[first - 1].text if first > 0 else ""
    titled = before[:1].isupper() and before.lower().rstrip(".") in PERSON_TITLES  # ("to miss Rochester")
    # Only a surname: the recogniser's "persons" often open with a town
    # ("Litchfield Fire", "Logan Elementary"); nor a country's or region's
    # name by that alone ("Rethinking Egypt").
    surname = doc[first].text in people.surnames and bool(places)
    if surname and places[0].kind in STRONG_KINDS and not titled and doc[first].is_title:
        # "Prime Minister Luis Montenegro … Montenegro said": a state's name
        # that is the surname of someone named in full, in a story that
        # never places anything in that state by it ("in Montenegro")
        return doc[first].text not in people.placed
    # the first word of someone's full name, which the recogniser calls a
    # person alone ("commander Lere"): that person, unless a town by its
    # words (not the first word of a "person" that opens with a town)
    word = doc[first]
    first_name = word.text in people.firsts and word.ent_type_ == "PERSON" and word.ent_iob_ == "B" \
        and (first + 1 == len(doc) or doc[first + 1].ent_iob_ != "I") \
        and bool(places) and places[0].kind not in STRONG_KINDS
    if not titled and not first_name and not (surname and places[0].kind not in STRONG_KINDS):
        return False
    return not _placed(doc, first, last, gaz)


def _given_name(doc: Doc, first: int, people: People, gaz: Gazetteer) -> bool:
    """Whether the word at ``first`` opens a person's two-word name: the
    second word is no place ("CTV Edmonton", "Team Alberta" are not names),
    the first no country or region, and the article names the second alone
    elsewhere."""
    if first + 1 >= len(doc):
        return False
    second = doc[first + 1].text
    if (doc[first].text, second) not in people.given or gaz.lookup(second):
        return False
    # a country's or region's name opens names of things ("EU Transport")
    return not any(p.kind in STRONG_KINDS for p in gaz.lookup(doc[first].text))


# Lower-case particles inside personal names ("Jose Eduardo dos Santos").
_NAME_PARTICLES = frozenset("dos das da do de del della di du van von der den bin ibn al el".split())
# An organisation's acronym this short is no town's name.
_MAX_ACRONYM = 4


def _surname_particle(doc: Doc, first: int) -> bool:
    """Whether the name at ``first`` ends a person's name after a particle
    ("Jose Eduardo dos Santos", "Jose Eduardo Dos Santos", which the
    recogniser split into a person and a place)."""
    return first >= 2 and doc[first - 1].lower_ in _NAME_PARTICLES and doc[first - 2].ent_type_ == "PERSON"


def _opens_particle_name(doc: Doc, first: int) -> bool:
    """Whether the word at ``first`` opens a name with a lower-case
    particle after it ("Van der Wal", "Von der Leyen"): a person, not Van."""
    return doc[first].lower_ in _NAME_PARTICLES and first + 1 < len(doc) and doc[first + 1].text in _NAME_PARTICLES


def _short_acronym(name: str) -> bool:
    """An acronym of a few capitals ("EC", "NDC")."""
    return name.isalpha() and name.isupper() and len(name) <= _MAX_ACRONYM


def _acronym_in_prose(tok: Token) -> bool:
    """A short acronym among words in ordinary case: a body's initials,
    not a town's name (a headline in capitals spells towns that way)."""
    if not _short_acronym(tok.text):
        return False
    doc = tok.doc
    near = [t for t in doc[max(0, tok.i - 3):tok.i + 4] if t.i != tok.i and t.is_alpha and len(t) > 1]
    return any(not t.text.isupper() for t in near)


def _initials_in_name(doc: Doc, m: Mention, gaz: Gazetteer) -> bool:
    """Whether ``m`` is a region's or town's initials ("ACT", the
    Australian Capital Territory) joined by a hyphen, without spaces, to a
    capitalised word that is no place ("ACT-Wazalendo", Tanzania's party):
    part of a body's name. A state's initials stay ("US-China talks")."""
    if m.last - m.first != 1 or not _short_acronym(doc[m.first].text):
        return False
    if any(p.kind == "country" for p in gaz.lookup(doc[m.first].text)):
        return False
    for left, right in ((m.first, m.first + 2), (m.first - 2, m.first)):  # "ACT-X", "X-ACT"
        if left < 0 or right >= len(doc):
            continue
        word = doc[right] if left == m.first else doc[left]
        if doc[left + 1].text in ("-", "–") and not doc[left].whitespace_ and not doc[left + 1].whitespace_ \
                and _capitalised(word) and not gaz.lookup(word.text):
            return True
    return False


def _lone_town(ent: Span, places: list[Entry], full_names: set[str]) -> bool:
    """A one-word "person" that is a sizeable town and no word of anyone's
    full name in the article ("Gainesville" tagged as a person)."""
    return (ent.label_ == "PERSON" and len(ent) == 1 and ent.text not in full_names
            and places[0].kind == "city" and places[0].population >= LONE_TOWN)


def _is_word(tok: Token) -> bool:
    """A capitalised word that may be an ordinary word here: a stop word,
    not a proper noun, or one opening a sentence (where any word is
    capitalised)."""
    return tok.is_stop or tok.pos_ != "PROPN" or tok.is_sent_start


def find_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Every place name in ``doc``, in text order, without overlaps."""
    taken = [False] * len(doc)
    out: list[Mention] = []

    def claim(m: Mention) -> None:
        if any(taken[m.first:m.last]):
            return
        for i in range(m.first, m.last):
            taken[i] = True
        out.append(m)

    for tok in doc[:60]:  # a dateline opens the story
        if is_dateline(tok) and (tok.i == 0 or not is_dateline(doc[tok.i - 1])):
            # The place runs to the comma, bracket or dash: "ST. JOHN'S, Newfoundland -".
            last = tok.i + 1
            while last < min(len(doc), tok.i + DATELINE_WORDS) and doc[last].text not in DATELINE_ENDS \
                    and not doc[last].is_space and not doc[last].text.islower():
                last += 1
            name = doc[tok.i:last].text
            if len(name.replace(".", "")) >= 3 and gaz.lookup(name):
                claim(_mention(doc, tok.i, last, "dateline", "GPE"))
            break

    # Words of people's names and whole organisation names: a place name the
    # gazetteer lacks that is one of them is the recogniser mistaking a
    # name for a place.
    ents = doc.ents  # spaCy builds the spans anew on each access
    other_names = {t.text for ent in ents if ent.label_ == "PERSON" for t in ent}
    other_names |= {ent.text for ent in ents if ent.label_ in ("PERSON", "ORG")}
    # Words of the article's people's full names ("Alexandria Smith").
    full_names = {t.text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    people = People.of(doc, ents)
    if people.surnames:
        # (one pass: a long text naming many people costs no more per word)
        people = replace(people, placed=frozenset(t.text for t in doc if t.text in people.surnames
                                                  and _placed(doc, t.i, t.i + 1, gaz)))
    others: list[Span] = []
    for ent in ents:
        trimmed = _trim(ent)
        if trimmed is None:
            continue
        if ent.label_ in PLACE_LABELS:
            for first, last in _split_commas(doc, *trimmed):
                words = doc[first:last].text
                if words in other_names and not gaz.lookup(words):
                    continue  # "Saakashvili" after "Mikheil Saakashvili": a person (or an organisation's name)
                if _person(doc, first, last, gaz.lookup(words), people, gaz):
                    continue  # "Rebecca Hanna ... Hanna" the recogniser called a place
                if _surname_particle(doc, first) or _opens_particle_name(doc, first):
                    continue  # "Jose Eduardo dos *Santos*": a surname, not the Brazilian port
                if last - first == 1 and doc[first].lower_ in FEATURE_WORDS:
                    continue  # "Island president": a kind of place, no place's name
                claim(_mention(doc, first, last, "ner", ent.label_))
        elif ent.label_ == "FAC" and gaz.lookup(doc[trimmed[0]:trimmed[1]].text):
            claim(_mention(doc, *trimmed, "ner", "FAC"))
        elif ent.label_ == "NORP":
            m = _demonym(doc, ent, gaz)
            if m is not None:
                claim(m)
        elif ent.label_ in OTHER_NAME_LABELS:
            others.append(ent)

    for ent in others:  # a whole name the recogniser mislabelled
        first, last = _trim(ent)  # type: ignore[misc]
        places = gaz.lookup(doc[first:last].text)
        if places and (_person(doc, first, last, places, people, gaz) or _institution(doc, first, last, gaz)):
            continue  # "Ms. Hanna", "Congress", which the recogniser called organisations
        if places and ent.label_ == "ORG" and _short_acronym(doc[first:last].text) and places[0].kind not in STRONG_KINDS:
            continue  # "EC headquarters": the electoral commission, not a hamlet called Ec
        if places and (_supported(doc, first, last, places, gaz) or _lone_town(ent, places, full_names)) \
                and not any(t.is_stop for t in doc[first:last]):
            claim(_mention(doc, first, last, "gazetteer", ent.label_))
        elif last - first == 2 and _given_name(doc, first, people, gaz):
            continue  # "Hanna Lindqvist" the recogniser called an organisation: a person
        elif ent.label_ in ("ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"):
            _embedded(doc, first, last, gaz, claim, facility=ent.label_ == "FAC")

    _unlabelled(doc, gaz, taken, claim, people)
    # "ACT-Wazalendo": a region's initials hyphened to a name are the name's
    out = [m for m in out if not _initials_in_name(doc, m, gaz)]
    for m in list(out):  # "Paris, Tex.": the abbreviation names the state
        k = m.last + 1
        if k < len(doc) and doc[m.last].text == "," and not taken[k] and (
                doc[k].text.rstrip(".") in STATE_ABBREVIATIONS and doc[k].text[:1].isupper()):
            claim(_mention(doc, k, k + 1, "abbreviation", "GPE"))
    out = [_mention(doc, m.first, m.last + 1, "street", m.label) if _street(doc, m) and not taken[m.last]
           else m for m in out]
    out.sort(key=lambda m: m.start)
    return out


def _street(doc: Doc, m: Mention) -> bool:
    """A name the recogniser cut from a street's ("Washington Drive")."""
    if m.last >= len(doc) or m.source in ("dateline", "demonym"):
        return False
    nxt = doc[m.last]
    return nxt.text[:1].isupper() and nxt.lower_.rstrip(".") in STREET_WORDS


def _demonym(doc: Doc, ent: Span, gaz: Gazetteer) -> Mention | None:
    """An adjective naming a country or continent ("Russian forces")."""
    trimmed = _trim(ent)
    if trimmed is None:
        return None
    first, last = trimmed
    text = doc[first:last].text
    place = gaz.demonym(text)
    if place is None:
        return None
    head = doc[last - 1]
    if head.tag_ in ("NNS", "NNPS") or text.endswith("s") and gaz.demonym(text[:-1]):
        return None  # "Russians": people
    m = _mention(doc, first, last, "demonym", "NORP")
    m.demonym = place
    return m


def _embedded(doc: Doc, first: int, last: int, gaz: Gazetteer, claim, facility: bool = False) -> None:
    """Countries, regions and large cities inside an organisation's or a
    facility's name (label "FAC" for a facility's: a namesake there, as in
    "Madison Creek" apartments, says little of where the article is)."""
    i = first
    while i < last:
        for j in range(min(last, i + MAX_NAME_TOKENS), i, -1):
            if not all(_capitalised(t) for t in doc[i:j]) or _opens_particle_name(doc, i):
                continue
            places = gaz.lookup(doc[i:j].text)
            if places and (places[0].kind in STRONG_KINDS or places[0].population >= BIG_CITY):
                claim(_mention(doc, i, j, "embedded", "FAC" if facility else "ORG"))
                i = j - 1
                break
            if j - i <= 2 and doc[j - 1].tag_ in ("JJ", "NNP") and gaz.demonym(doc[i:j].text):
                # ("Organization of *American* States": inside a name, as above)
                m = _mention(doc, i, j, "embedded", "NORP")
                m.demonym = gaz.demonym(doc[i:j].text)
                claim(m)
                break
        i += 1


def _unlabelled(doc: Doc, gaz: Gazetteer, taken: list[bool], claim, people: People) -> None:
    """Capitalised names outside every entity that the gazetteer knows and
    the text supports as places."""
    n = len(doc)
    if not n:
        return
    cap, inner, entity = _capital_arrays(doc)
    i = 0
    while i < n:
        if taken[i] or not cap[i] or entity[i]:
            i += 1
            continue
        found = False
        for j in range(min(n, i + MAX_NAME_TOKENS), i, -1):
            if not cap[j - 1] or not all(inner[i:j]) or any(taken[i:j]):
                continue
            places = gaz.lookup(doc[i:j].text)
            if not places:
                continue
            single, strong = j - i == 1, places[0].kind in STRONG_KINDS
            tok = doc[i]
            if single and not strong and (_is_word(tok) or tok.is_sent_start and tok.pos_ != "PROPN"):
                continue
            if single and (_person(doc, i, j, places, people, gaz) or _institution(doc, i, j, gaz)):
                continue
            if single and not strong and _acronym_in_prose(tok):
                continue  # "POP members" (the police unit): no village called Pop
            if _supported(doc, i, j, places, gaz, big=True):
                claim(_mention(doc, i, j, "gazetteer", ""))
                i = j
                found = True
                break
        if not found:
            i += 1


JOINER_IDS = numpy.array([get_string_id(w) for w in ("of", "de", "upon")], dtype="uint64")
INITIALS_IDS = numpy.array([get_string_id(w) for w in ("U.S.", "U.K.", "D.C.")], dtype="uint64")


def _capital_arrays(doc: Doc) -> tuple[list[bool], list[bool], list[bool]]:
    """Per token, over the parse's arrays rather than a Token per word:
    ``_capitalised`` (a word shape opening with an upper-case letter, all
    letters, two or more of them, or "U.S."), whether a name may run over
    it (capitalised or a joiner: "of", "de", "upon"), and whether the
    recogniser put it in an entity."""
    arr = doc.to_array([SHAPE, IS_ALPHA, LENGTH, ORTH, LOWER, ENT_TYPE])
    shapes = doc.vocab.strings
    upper_shape = {s: shapes[int(s)][:1] == "X" for s in numpy.unique(arr[:, 0]).tolist()}
    cap = numpy.array([upper_shape[s] for s in arr[:, 0].tolist()], dtype=bool)
    cap &= (arr[:, 1] != 0) & (arr[:, 2] > 1)
    cap |= numpy.isin(arr[:, 3], INITIALS_IDS)
    inner = cap | numpy.isin(arr[:, 4], JOINER_IDS)
    return cap.tolist(), inner.tolist(), (arr[:, 5] != 0).tolist()


# AP-style and postal abbreviations of US states, read only after a comma
# ("Paris, Tex.", "Paris, TX") where they cannot be anything else.
STATE_ABBREVIATIONS = {
    "Ala": "AL", "Ariz": "AZ", "Ark": "AR", "Calif": "CA", "Colo": "CO", "Conn": "CT", "Del": "DE",
    "Fla": "FL", "Ga": "GA", "Ill": "IL", "Ind": "IN", "Kan": "KS", "Kans": "KS", "Ky": "KY",
    "La": "LA", "Md": "MD", "Mass": "MA", "Mich": "MI", "Minn": "MN", "Miss": "MS", "Mo": "MO",
    "Mont": "MT", "Neb": "NE", "Nebr": "NE", "Nev": "NV", "N.H": "NH", "N.J": "NJ", "N.M": "NM",
    "N.Y": "NY", "N.C": "NC", "N.D": "ND", "Okla": "OK", "Ore": "OR", "Pa": "PA", "R.I": "RI",
    "S.C": "SC", "S.D": "SD", "Tenn": "TN", "Tex": "TX", "Vt": "VT", "Va": "VA", "Wash": "WA",
    "W.Va": "WV", "Wis": "WI", "Wyo": "WY",
    **{c: c for c in (
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
        "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC").split()},
}
