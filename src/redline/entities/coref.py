"""Within-article coreference: which mentions name the same entity.

Two steps, left to right over the mentions of one article:

1. A deterministic sieve links where it is sure: exact repeats of a name, a
   surname or first name after a full name ("Peskov", "Dmitry" after "Dmitry
   Peskov") when only one earlier entity fits, titles ("Mr. Peskov",
   "President Putin"), appositives ("Dmitry Peskov, the Kremlin spokesman"),
   acronyms ("the North Atlantic Treaty Organization (NATO)", "NATO"),
   exact repeats of a name made only of titles ("Mr. President"), a place
   noun with its place ("the eastern city of Goma"), a name opening its
   sentence and taken up at once by a pronoun ("Josh Kindig, he's ..."), a
   one-word "place" that is the family name of the one person named in full
   ("Turkey's Erdogan" in a headline), a reflexive and its clause's
   subject ("a spokesman for the Front, who identified himself as Omar
   Dalil"), and
   the first and second person outside quotations (``voices.link_voices``:
   "I", "we" and "you" chained per voice and tied to the name that says who
   they are: "I'm Lauren", a letter's signature, an interview's header,
   "Dear Hannah", "Kendra, you ...", "Hannah, Martha and I").
2. A learned mention-ranking scorer links the rest (pronouns, role nouns
   such as "the spokesman", organisation nouns such as "the ministry"): each
   such mention scores the entities whose latest mention lies within the
   last ``MAX_BACK`` mentions, at most ``MAX_ENTITIES`` of them (fewer for a
   pronoun), joins the best one when it scores above starting a new entity
   by the model's margin, and starts a new entity otherwise. Hard
   constraints (``coref_features.compatible``, ``voices.voices_clash``) keep
   "he" from a woman, "she" from a man or a country, third-person pronouns
   from an "I"/"we"/"you", the "I", "we" and "you" of one voice apart, the
   "I"s of two labelled speakers apart, a phrase from its own possessor
   ("Erdogan's spokesman"), a subject pronoun from the object of a clause
   fronted before it ("Placed under the care of a Dr. Bailey, he ..."), and
   a role owned by a named body from a person nothing ties to that body
   ("the Hamas chief"). The cost per mention is bounded however long the
   article is. A "he"/"she" in a phrase or clause fronted before its
   sentence's main subject, which no named entity has taken yet, joins
   that subject when it is a person's name of its gender ("In his speech,
   Jonas Berg thanked ...": ``_cataphor``).

The scorer is a linear ranking model (softmax over the candidates and "new
entity") over ``coref_features.pair_features`` and ``new_features``, trained
by ``scripts/train_coref.py`` on GUM train and GAP, its margins chosen by
cross-validation on GUM train; third-person pronouns (he/she/it/they) are
decided by a second model of the same kind (``CorefModel.third``, trained
with ``--third-person``); the weights ship in
``redline/data/coref_model.json`` (plain JSON, inference in plain Python).
Mentions of kind ``first`` ("I"/"we" inside a quotation) stay singletons:
the quote's speaker owns them.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable
from dataclasses import replace
from importlib import resources

from spacy.tokens import Doc, Token

from redline.actors.dictionaries import load_tables
from redline.entities.coref_features import (
    BODY_NAME_WORDS,
    PRONOUN_GENDER,
    THIRD_PERSON,
    EntityState,
    OFFICE_FIELDS,
    MentionInfo,
    barred,
    compatible,
    describe,
    new_features,
    other_body,
    pair_features,
)
from redline.entities.mention import Mention
from redline.entities.mentions import ORGANISATION_NOUNS, entity_nouns
from redline.entities.takeups import link_takeups
from redline.entities.voices import assign_voices, link_voices, voices_clash
from redline.actors.normalize import fold, is_acronym
from redline.actors.regions import STATE_KIND_NOUNS, continents_named
from redline.parse.grammar import of_object
from redline.statements.lexicon import ROLE_NOUNS
from redline.statements.names import initials

MODEL_FILE = "coref_model.json"
MAX_BACK = 60  # mentions looked back over for candidate entities
MAX_ENTITIES = 12  # candidate entities scored per mention (role and other nouns)
MAX_ENTITIES_PRONOUN = 8  # for a pronoun, whose antecedent is near
# The kinds the learned scorer resolves; names go through the sieve only.
RESOLVED_KINDS = frozenset({"pronoun", "role", "noun", "demonym"})
PERSONISH = frozenset({"PERSON"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


class CorefModel:
    """Linear mention-ranking scorer over ``pair_features`` and ``new_features``.

    A mention joins its best candidate entity when that candidate's score
    beats the score of starting a new entity by more than the margin for
    its kind ("pronoun" or "other"; chosen by cross-validation on GUM train).
    third: when given, the model that decides third-person pronouns
    (he/she/it/they) alone, trained later than this one (``scripts/train_coref.py
    --third-person``); every other mention keeps this model's weights.
    """

    def __init__(self, weights: dict[str, float], margins: dict[str, float] | None = None,
                 third: "CorefModel | None" = None) -> None:
        self.weights = weights
        self.margins = dict(margins or {"pronoun": 0.0, "other": 0.0})
        self.third = third

    def for_anaphor(self, info: MentionInfo) -> "CorefModel":
        """The model that decides mention ``info``."""
        if self.third is not None and info.pron in THIRD_PERSON:
            return self.third
        return self

    def margin(self, kind: str) -> float:
        return self.margins["pronoun" if kind == "pronoun" else "other"]

    def score(self, feats: list[str]) -> float:
        return sum(map(self.weights.get, feats, itertools.repeat(0.0, len(feats))))



@functools.cache
def load_coref_model() -> CorefModel | None:
    """The shipped model, or None when the package has none (sieve only)."""
    try:
        text = (resources.files("redline") / "data" / MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    data = json.loads(text)
    third = data.get("third_person")
    return CorefModel(data["weights"], data.get("margins"),
                      CorefModel(third["weights"], third.get("margins")) if third else None)


class _Sets:
    """Union-find over mention indexes; the root is the earliest member."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        p = self.parent
        while p[i] != i:
            p[i] = p[p[i]]
            i = p[i]
        return i

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return ra


# ------------------------------------------------------------------ sieve


def _with_body_state(doc: Doc, info: MentionInfo, body_state: Callable[[str], str | None]) -> MentionInfo:
    """``info`` with the state the tables give its body's name, where its
    own words name none."""
    if info.kind != "name" or info.label not in ("ORG", "NORP") or info.states:
        return info
    state = body_state(doc[info.start:info.end].text)
    return replace(info, states=(state,)) if state else info


def _body_name(info: MentionInfo) -> bool:
    """A name that is no person's or place's: a body's, whose grammatical
    number says nothing ("Economic Freedom Fighters" is one party)."""
    return info.kind == "name" and info.label in (None, "ORG")


def _titled_person(doc: Doc, a: MentionInfo, b: MentionInfo) -> bool:
    """Whether one of two names in apposition is a person and the other an
    unlabelled capitalised office ("The UN High Commissioner for Human
    Rights, Michelle Bachelet"): the office is the person's."""
    if {a.label, b.label} != {None, "PERSON"}:
        return False
    office = a if a.label is None else b
    return doc[office.head].lemma_.lower() in ROLE_NOUNS


def _office_held_of(doc: Doc, group: MentionInfo, by_head: dict) -> MentionInfo | None:
    """The singular role the "of" phrases after a plural group name ("the
    lawyers of the President of the Region": the President), else None."""
    tok = doc[group.head]
    for _ in range(3):
        tok = of_object(tok)
        if tok is None:
            return None
        found = by_head.get(tok.i)
        if found is not None and found.kind == "role" and found.number != "pl":
            return found
    return None


def _place_and_actor(doc: Doc, place: MentionInfo, other: MentionInfo) -> bool:
    """Whether ``place`` is a place's name and ``other`` a role, or a
    state's name and ``other`` a body noun: never one entity, however the
    parser joined them (but "the organization Justicia11J", which the
    recogniser called a place, is that organisation)."""
    if place.kind != "name" or place.label not in PLACE_LABELS:
        return False
    return other.kind == "role" or (
        other.kind == "noun" and bool(place.state) and doc[other.head].lemma_.lower() in ORGANISATION_NOUNS)


def sieve(doc: Doc, infos: list[MentionInfo], sets: _Sets) -> None:
    """Link the sure cases in place (see the module docstring)."""
    by_head = {}
    for info in infos:
        by_head.setdefault(info.head, info)
    names = [i for i in infos if i.kind == "name" and i.words]
    # a body's name inside a longer name with the same head is that body
    # ("Armenia's defense ministry" and the recogniser's "defense ministry"),
    # and a person's the person ("Pierre Nguema" inside "Alain Pierre Nguema
    # By Mintsa", where the recogniser found only the middle words)
    for info in infos:
        if info.kind == "name" and info.label in ("ORG", "PERSON"):
            other = by_head[info.head]
            if other is not info and other.kind == "name" and other.start <= info.start and info.end <= other.end \
                    and (info.label == "ORG" or other.label == "PERSON"):
                sets.union(info.index, other.index)
    # "Prime Minister Luis Montenegro … Montenegro said": a state's name that
    # is the surname of a person the story names is that person
    surnames = {info.words[-1]: info for info in names if info.label == "PERSON" and len(info.words) >= 2}
    for info in names:
        person = surnames.get(info.words[-1]) if len(info.words) == 1 and info.label in PLACE_LABELS else None
        if person is not None and info.state:
            sets.union(info.index, person.index)
    role_ends = {info.end: info for info in infos if info.kind == "role" and info.number != "pl"}
    # appositives: "Dmitry Peskov, the Kremlin spokesman"; "the prosecutor, Mark Tedeschi"
    for info in infos:
        if info.kind in ("first", "pronoun"):
            continue
        head = doc[info.head]
        if head.dep_ != "appos":
            continue
        other = by_head.get(head.head.i)
        listed = _last_conjunct_before(head)
        if listed is not None:
            # "De Croo, the justice minister X and party leader Lachaert",
            # "the leader of X, Kickl, and the interim head of Y, Stocker": a
            # name after a list's last conjunct is that conjunct's, not the
            # first one's apposition
            other = by_head.get(listed.i)
        if other is not None and other.kind == "role" and info.kind == "noun" and info.number != "pl" \
                and info.lemma in ORGANISATION_NOUNS:
            # "The leader of United Seychelles, the main opposition party":
            # the parser hangs the body on the role, but a person is no
            # party; the body the role is held in is
            held_in = of_object(doc[other.head])
            other = by_head.get(held_in.i) if held_in is not None else None
        if info.kind == "name" and info.label == "PERSON" and (other is None or other.number == "pl"):
            # "the lawyers of the President of the Region, Marco Leone": one
            # person is no plural; the one office the "of" phrases name is his,
            # or the office whose phrase ends at the comma before his name
            other = (_office_held_of(doc, other, by_head) if other is not None else None) \
                or role_ends.get(info.start - 1)
        if other is None or other.kind in ("first", "pronoun") or other is info:
            continue
        if info.kind == other.kind == "role" and info.lemma != other.lemma and info.det == other.det == "-":
            continue  # "US sanctions Rwandan minister, M23 spokesperson": a headline's list of two
        if info.kind == "name" and other.kind == "name":
            if (info.label in PLACE_LABELS) or (other.label in PLACE_LABELS):
                continue  # "Sydney, Australia"
            if info.label != other.label and not _titled_person(doc, info, other):
                continue
        elif _place_and_actor(doc, info, other) or _place_and_actor(doc, other, info):
            # "in Pristina, an official ..." misparsed: a place is no person;
            # "mediated by Oman, the country's foreign ministry said": nor its ministry
            continue
        if info.number and other.number and info.number != other.number and not (
                _body_name(info) or _body_name(other)):
            continue  # (a body's name may be plural: "the party, Economic Freedom Fighters")
        if (head.like_num and head.lower_ != "one") or doc[other.head].like_num:
            continue  # (but "Le Hoang, one of the protesters" is one of them)
        if info.kind == "name" and other.kind == "role" and info.start > 0 and doc[info.start - 1].text == "(":
            continue  # "the leader of the National Federation Party (NFP)": the party's acronym
        sets.union(info.index, other.index)
    # "the Democratic Party of Togo, or PDT": a body's name and,
    # after ", or", the acronym it goes by
    for info in names:
        head = doc[info.head]
        if info.end - info.start == 1 and is_acronym(head.text) and head.dep_ == "conj" and head.i >= 2 \
                and doc[head.i - 1].lower_ == "or" and doc[head.i - 2].text == ",":
            other = by_head.get(head.head.i)
            if other is not None and other.kind == "name" and other.label not in PLACE_LABELS \
                    and len(other.words) >= 2:
                sets.union(info.index, other.index)
    # "the Washington-based rights group, Democracy for the Arab World Now
    # (DAWN), said": an apposition the parser broke, read off the surface
    by_start_name = {info.start: info for info in names if info.label not in PLACE_LABELS}
    # (and "the lawyers of the President of the Region, Marco Leone, challenging
    # ...": a person's name after an office's phrase, which the parser hung
    # on the verb)
    for info in infos:
        body = info.kind == "noun" and info.lemma in ORGANISATION_NOUNS
        if not (body or info.kind == "role") or info.number == "pl":
            continue
        if info.end + 1 >= len(doc) or doc[info.end].text != ",":
            continue
        named = by_start_name.get(info.end + 1)
        if named is None or (named.label == "PERSON") == body or named.end >= len(doc) \
                or doc[named.end].text not in (",", "(", ".", ")"):
            continue
        if not body and doc[named.head].dep_ in ("nsubj", "nsubjpass", "conj"):
            continue  # ("the president, Leone said" is no apposition)
        sets.union(info.index, named.index)
    # "Sheikh Mohammed, who also serves as foreign minister": the office a
    # relative clause gives a name is that person's
    for info in infos:
        if info.kind != "role":
            continue
        holder = _relative_office_holder(doc[info.head])
        other = by_head.get(holder.i) if holder is not None else None
        if other is not None and other.kind == "name" and other.label not in PLACE_LABELS:
            sets.union(info.index, other.index)
    # "Canadian ambassador in Moscow Alison LeClaire": the parser reads the
    # holder's name as part of the post's place; a role phrase ending in a
    # person's name right after a place is that person
    people = [info for info in names if info.label == "PERSON"]
    ends = {info.end: info for info in people}
    for info in infos:
        named = ends.get(info.end) if info.kind == "role" else None
        if named is not None and named.start > info.head + 1 \
                and doc[named.start - 1].ent_type_ in PLACE_LABELS and doc[named.start - 1].ent_iob_ != "I":
            sets.union(info.index, named.index)
    # "US Secretary of State Mike Pompeo": the title before a person's name,
    # which the parser may also give as a role phrase of its own, is hers
    for info in infos:
        if info.kind != "role":
            continue
        holder = next((p for p in people if p.start <= info.start and info.end <= p.end and info.head < p.head
                       and not doc[info.head].ent_type_ == "PERSON"), None)
        if holder is not None:
            sets.union(info.index, holder.index)
    # "the eastern city of Goma", "the province of Palawan": the place named
    for info in infos:
        if info.kind not in ("noun", "role") or entity_nouns().get(info.lemma) != "place":
            continue
        for prep in doc[info.head].rights:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            named = next((by_head[o.i] for o in prep.children if o.dep_ == "pobj" and o.i in by_head), None)
            if named is not None and named.kind == "name" and named.label in PLACE_LABELS:
                sets.union(info.index, named.index)
    # "Josh Kindig, he's coming on board": a name opening its sentence, taken
    # up at once by a subject pronoun that agrees (left dislocation)
    by_start = {info.start: info for info in infos if info.kind == "pronoun"}
    for info in infos:
        if info.kind != "name" or info.label not in (None, "PERSON") or not doc[info.start].is_sent_start:
            continue
        pron = by_start.get(info.end + 1)
        if pron is None or doc[info.end].text != "," or pron.pron not in ("he", "she") \
                or doc[pron.head].dep_ not in ("nsubj", "nsubjpass"):
            continue
        if info.gender in ("m", "f") and PRONOUN_GENDER[pron.pron] != info.gender:
            continue
        sets.union(info.index, pron.index)
    _link_reflexives(doc, infos, by_head, sets)
    _link_office_named_later(infos, sets)
    _link_kind_named_before(doc, infos, sets)
    link_voices(doc, infos, sets.union, sets.find)
    # "three guards … the guards"; "arrested three guards … they were arrested"
    link_takeups(doc, infos, sets.union)
    # "Hamas said it fired rockets", "the ministry said they would reply"
    _link_reported_subjects(doc, infos, sets)
    # a name made only of titles ("Mr. President", "Madam Speaker") joins
    # its exact repeats, and nothing else
    titled: dict[str, list[int]] = {}
    for info in infos:
        if info.kind == "name" and not info.words and info.norm:
            # ("Armenia's defense ministry" is not "Azerbaijan's defense ministry")
            same = _repeat_of(doc, info, titled.get(info.norm, ()), infos)
            if same is not None:
                sets.union(info.index, same)
            else:
                titled.setdefault(info.norm, []).append(info.index)
    # names: exact repeats, then partial names and acronyms, when unambiguous
    seen_norm: dict[str, list[int]] = {}
    seen_words: list[MentionInfo] = []
    for info in names:
        key = " ".join(info.words)
        # "the Ministry of Foreign Affairs of Serbia" after "Montenegro's
        # Ministry of Foreign Affairs" shares its name words, not its body
        same = _repeat_of(doc, info, seen_norm.get(key, ()), infos)
        if same is not None:
            # "Erdogan" again, though the recogniser called the first one (in a
            # headline) a place: a person's full name said since is surer
            earlier = infos[same]
            person_now = info.label == "PERSON" and earlier.label in PLACE_LABELS
            target = _partial_match(doc, info, [p for p in seen_words if p.label == "PERSON"], sets) \
                if person_now else None
            sets.union(info.index, target if target is not None else same)
            seen_words.append(info)
            continue
        seen_norm.setdefault(key, []).append(info.index)
        target = _partial_match(doc, info, seen_words, sets)
        if target is None:
            target = _acronym_match(doc, info, seen_words, infos)
        if target is not None:
            sets.union(info.index, target)
        seen_words.append(info)
    # a one-word "place" that is the family name of the one person named in
    # full anywhere in the article ("Turkey's Erdogan" in a headline, then
    # "President Tayyip Erdogan"), unless the tables know it as a place
    for info in names:
        if info.label in PLACE_LABELS and len(info.words) == 1:
            target = _surname_called_place(info, names, sets)
            if target is not None:
                sets.union(info.index, target)


# How many sentences back "the union" looks for the name that called it so.
_KIND_REACH = 3


def _link_kind_named_before(doc: Doc, infos: list[MentionInfo], sets: _Sets) -> None:
    """"The farmers union FENAP said … The union accused soldiers …": a bare
    definite noun takes up the nearest body named before it whose name
    holds that noun (as a word before its head, or as its head), within a
    few sentences; the nearest, because "the union" after "the European
    Union" and "the farmers union FENAP" is the one named last."""
    # (each body's word read once; in text order, so a noun looks back only
    # over the bodies of its last few sentences)
    bodies = [(body, word) for body in infos if body.kind == "name" and body.label not in ("PERSON", *PLACE_LABELS)
              and (word := _name_kind_word(doc, body)) is not None]
    for info in infos:
        if info.kind != "noun" or info.det != "the" or info.mods or info.number == "pl" or info.quoted:
            continue
        for body, word in reversed(bodies):
            if info.sent - body.sent > _KIND_REACH:
                break
            if body.end <= info.start and word == info.lemma:
                sets.union(info.index, body.index)
                break


def _name_kind_word(doc: Doc, body: MentionInfo) -> str | None:
    """The common noun a body's name says it is: its head ("the Democratic
    Party") or the noun right before its head ("the farmers union FENAP"),
    never a word of a possessor or a clause inside the mention ("the
    national government clerks union", "the country's parliament")."""
    head = doc[body.head]
    if head.pos_ == "NOUN" or head.lower_ in ORGANISATION_NOUNS:
        return head.lower_ if head.pos_ == "PROPN" else head.lemma_.lower()
    before = doc[head.i - 1] if head.i > body.start else None
    if before is not None and (before.pos_ == "NOUN" or before.is_lower) and before.dep_ == "compound" \
            and before.head.i == head.i:
        return before.lemma_.lower()
    return None


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
_RELATIVES = frozenset({"who", "that", "which"})


def _link_reflexives(doc: Doc, infos: list[MentionInfo], by_head: dict, sets: _Sets) -> None:
    """A reflexive is its own clause's subject, which grammar makes sure:
    "a spokesman for the group, who identified himself as Omar Dalil" ->
    himself = the spokesman; and the name he gives himself "as" is his."""
    for info in infos:
        if info.kind != "pronoun" or doc[info.start].lower_ not in _REFLEXIVES:
            continue
        verb = doc[info.head].head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        if subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
            subject = verb.head
        owner = by_head.get(subject.i)
        if owner is not None and info.pron in ("he", "she") and not _could_be_person(owner):
            # "a spokesman for the Front, who identified himself": the parser
            # hangs the clause on the body; the person is the noun it follows
            up = subject.head.head if subject.head.dep_ == "prep" else None
            owner = by_head.get(up.i) if up is not None else None
            if owner is not None and not _could_be_person(owner):
                owner = None
        if owner is None or owner is info:
            continue
        sets.union(info.index, owner.index)
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                named = next((by_head.get(o.i) for o in prep.children if o.dep_ == "pobj"), None)
                if named is not None and named.kind == "name" and named.label == "PERSON" \
                        and info.pron in ("he", "she"):
                    sets.union(info.index, named.index)


def _could_be_person(info: MentionInfo) -> bool:
    """Whether a mention may name a person (a reflexive "himself" needs one)."""
    if info.kind == "name":
        return info.label in (None, "PERSON")
    if info.kind == "pronoun":
        return info.pron in ("he", "she", "i", "you")
    return info.kind == "role" or entity_nouns().get(info.lemma) == "person"


def _last_conjunct_before(appos: Token) -> Token | None:
    """The last conjunct before an apposition that the parser hung on the
    list's first member (on that member, or on an apposition of it), or None."""
    first = appos.head
    pool = list(first.children) + [g for c in first.children if c.dep_ == "appos" and c.i < appos.i
                                    for g in c.children]
    listed = [c for c in pool if c.dep_ == "conj" and c.i < appos.i]
    if not listed:
        return None
    last = max(listed, key=lambda c: c.i)
    while (deeper := [c for c in last.children if c.dep_ == "conj" and c.i < appos.i]):
        last = max(deeper, key=lambda c: c.i)  # "X, Y and Z": the list may chain
    return last


def _link_office_named_later(infos: list[MentionInfo], sets: _Sets) -> None:
    """"Australia's prime minister said …" in the lead, "Prime Minister
    Anthony Albanese told reporters" further down: an office named first
    without its holder is the one person the story later names with the
    same title (the same office words, no other state), where only one is."""
    holders: dict[tuple[str, ...], set[int]] = {}
    titled: dict[tuple[str, ...], list[MentionInfo]] = {}
    people = [i for i in infos if i.kind == "name" and i.label == "PERSON"]
    for person in people:
        key = _title_key(person.mods)
        if key is not None:
            holders.setdefault(key, set()).add(sets.find(person.index))
            titled.setdefault(key, []).append(person)
    named = {sets.find(p.index) for p in people}
    for info in infos:
        if info.kind != "role" or info.number == "pl" or sets.find(info.index) in named:
            continue
        key = _office_key(info)
        later = [t for t in titled.get(key, ()) if t.start > info.end
                 and (not t.states or set(t.states) <= set(info.states))
                 # "M23 spokesperson" is not "State Department spokesperson Tammy Bruce"
                 and (info.states or not info.owners or set(info.owners) & set(t.mods))]
        if later and len(holders.get(key, ())) == 1:
            sets.union(info.index, later[0].index)


def _office_key(info: MentionInfo) -> tuple[str, ...]:
    """An office's words: its noun and the modifiers that say which
    ("prime", "defence", "deputy"), not whose."""
    return (info.lemma,) + _office_words(info.mods)


def _title_key(mods: tuple[str, ...]) -> tuple[str, ...] | None:
    """The office key (``_office_key``) of the title before a person's name
    ("prime", "minister", "anthony": minister, prime), or None."""
    at = next((k for k in range(len(mods) - 1, -1, -1) if mods[k] in ROLE_NOUNS), None)
    if at is None:
        return None
    return (mods[at],) + _office_words(mods[:at])


def _office_words(mods: tuple[str, ...]) -> tuple[str, ...]:
    """The modifiers among ``mods`` that say which office, in a fixed order."""
    return tuple(sorted(m for m in mods if m in OFFICE_FIELDS or m in _RANKS))


# Modifiers that make another office of the same noun.
_RANKS = frozenset("deputy vice acting former assistant chief interim junior senior first".split())


def _relative_office_holder(role: Token) -> Token | None:
    """The noun a relative clause "who serves as <role>" or "who is <role>"
    hangs on, for the head of ``role``; None otherwise."""
    verb = role.head
    if role.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
        if verb.lemma_.lower() not in _OFFICE_VERBS:
            return None
    elif role.dep_ != "attr" or verb.lemma_.lower() != "be":
        return None
    if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"
                                       for c in verb.children):
        return None
    return verb.head


# Verbs by which someone holds an office ("who serves as foreign minister").
_OFFICE_VERBS = frozenset("serve act work double".split())


# Verbs that report what their subject says or holds: "X said it ..." is X.
REPORTING_VERBS = frozenset({
    "say", "add", "announce", "claim", "insist", "warn", "confirm", "deny", "state", "declare",
    "vow", "pledge", "promise", "threaten", "argue", "assert", "maintain", "acknowledge", "admit",
})


def _repeat_of(doc: Doc, info: MentionInfo, earlier: list[int], infos: list[MentionInfo]) -> int | None:
    """The first of ``earlier`` (indexes of mentions with the same name
    words) that ``info`` repeats: not another body of the same name."""
    return next((k for k in earlier if not other_body(doc, info, infos[k])), None)


def _link_reported_subjects(doc: Doc, infos: list[MentionInfo], sets: _Sets) -> None:
    """An "it" or "they" subject of the clause a reporting verb reports, or
    of a clause coordinated with another, joins that verb's subject when
    the subject can be it ("Hamas said it fired rockets": Hamas, not
    Hezbollah named before; "Lithuania has said …, but it also blames …").
    "It" only for a subject that is no person and no plural, and not as a dummy subject
    ("the ministry said it was unclear ..."); "they" only for a plural or a
    group."""
    by_head = {info.head: info for info in infos if info.kind not in ("first", "pronoun")}
    for info in infos:
        if info.kind != "pronoun" or info.pron not in ("it", "they") or info.quoted:
            continue
        tok = doc[info.head]
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        clause = tok.head
        reported = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS
        # "Lithuania has said …, but it also blames Lukashenko": the subject
        # of a coordinated clause is the first clause's
        coordinated = clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.head.i < tok.i
        if not (reported or coordinated):
            continue
        if info.pron == "it" and clause.lemma_.lower() == "be":
            continue  # "it was unclear whether ...", "it is time to ..."
        said = clause.head
        subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if subj is None and said.dep_ == "conj" and said.head.i < said.i:
            # "The French government sent police … and said it would …": the
            # subject the reporting verb shares with the verb before it
            subj = next((c for c in said.head.children if c.dep_ == "nsubj"), None)
        owner = by_head.get(subj.i) if subj is not None else None
        if owner is None or owner.quoted or owner.index > info.index:
            continue
        if info.pron == "it" and (owner.label == "PERSON" or owner.gender in ("m", "f") or owner.number == "pl"):
            continue
        if info.pron == "they" and not (owner.number == "pl" or owner.label == "NORP"):
            continue
        sets.union(info.index, owner.index)


def _partial_match(doc: Doc, info: MentionInfo, earlier: list[MentionInfo], sets: _Sets) -> int | None:
    words = info.words
    if info.label in PLACE_LABELS:
        return _surname_called_place(info, earlier, sets)
    roots: dict[int, int] = {}
    for prev in earlier:
        pw = prev.words
        if not pw or pw == words or prev.label in PLACE_LABELS:
            continue
        if info.label and prev.label and info.label != prev.label and "PERSON" not in (info.label, prev.label):
            continue  # a surname may carry another label than the full name ("Nadia Farouk" ORG)
        fit = False
        if len(words) < len(pw) and all(w in BODY_NAME_WORDS for w in words) and (prev.label == "PERSON" or any(
                t.is_title and t.lower_ not in words and t.pos_ == "PROPN" for t in doc[info.start:info.end])):
            # "the People's Party" read as "party": a body's generic word, cut
            # from a longer name of its own, is no short form of another's
            # ("Commission" alone after "European Commission" is), nor of a
            # person's titled name ("Assembly President Rodrigo Arias")
            continue
        if len(words) < len(pw):
            if pw[-len(words):] == words:  # surname, "Herald" after "Sydney Morning Herald"
                fit = True
            elif len(words) == 1 and pw[0] == words[0] and (prev.label == "PERSON" or info.label == "PERSON"):
                fit = True  # first name
            elif len(words) >= 2 and pw[:len(words)] == words and prev.label == info.label == "PERSON":
                fit = True  # given names: "Syed Hamid" after "Syed Hamid Albar"
        elif len(pw) < len(words) and words[-len(pw):] == pw and len(pw[-1]) > 2:
            fit = True  # "Peskov" earlier, "Dmitry Peskov" now
        if fit and len(pw) < len(words) and "PERSON" not in (info.label, prev.label) \
                and all(w in BODY_NAME_WORDS for w in pw):
            # a body whose name's words before its head are generic ("the
            # Organization of American States" reads as "organization") is
            # no part of a longer name now that shares none of its other
            # words ("the World Health Organization")
            rest = set(prev.norm.split()) - BODY_NAME_WORDS - set(pw)
            fit = not rest or bool(rest & set(words))
        if fit and not other_body(doc, info, prev):
            roots[sets.find(prev.index)] = prev.index
    return _one_name(roots, earlier)


def _one_name(roots: dict[int, int], earlier: list[MentionInfo]) -> int | None:
    """The one earlier mention of ``roots`` (entity root -> a mention of
    it) a short name fits, or None where it fits several people; entities
    whose names differ only by accents ("Rene Mbaye" and "René Mbaye") are
    one person, not several."""
    if len(roots) < 2:
        return next(iter(roots.values()), None)
    wanted = set(roots.values())
    words = {info.index: info.words for info in earlier if info.index in wanted}
    if len({tuple(fold(w) for w in words[i]) for i in wanted}) == 1:
        return min(wanted)
    return None


def _surname_called_place(info: MentionInfo, earlier: list[MentionInfo], sets: _Sets) -> int | None:
    """A lone surname the recogniser took for a place ("Arreaza" after
    "Foreign Minister Jorge Arreaza"): it joins the one earlier person whose
    name ends with it, unless it is a place the actor tables know."""
    words = info.words
    if len(words) != 1 or words[0] in _known_places():
        return None
    roots = {sets.find(prev.index): prev.index for prev in earlier
             if prev.label == "PERSON" and len(prev.words) >= 2 and prev.words[-1] == words[0]}
    return _one_name(roots, earlier)


@functools.cache
def _known_places() -> frozenset[str]:
    """Lower-cased one-word names of states, capitals and seats in the actor tables."""
    names: set[str] = set()
    for country in load_tables().countries.values():
        for name in (country.name, *country.aliases, *country.capitals, *(seat for seat, _ in country.seats)):
            if " " not in name:
                names.add(name.lower())
    return frozenset(names)


def _acronym_match(doc: Doc, info: MentionInfo, earlier: list[MentionInfo], infos) -> int | None:
    text = doc[info.head].text
    if not (2 <= len(text) <= 7 and text.isupper() and text.isalpha()) or len(info.words) != 1:
        return None
    low = text.lower()
    hits = []
    for prev in earlier:
        if prev.kind == "role":
            continue  # "the leader of the National Federation Party" is no "NFP"
        if (len(prev.words) >= 2 and initials(prev.words) == low) or _spells(doc, prev, low):
            hits.append(prev.index)
    if not hits:
        # "the North Atlantic Treaty Organization (NATO)": the mention right before "("
        start = info.start
        if start >= 1 and doc[start - 1].text == "(":
            for prev in reversed(earlier):
                if prev.end in (start - 1, start) and prev.kind != "role" \
                        and (len(prev.words) >= 2 or _name_words(doc, prev)):
                    return prev.index
        return None
    return hits[-1]


def _name_words(doc: Doc, info: MentionInfo) -> list[Token]:
    """The words of a body's whole name ("the People's Alliance for
    Renewal": People's, Alliance, for, Renewal), or none for a mention that
    is no name of two or more capitalised words. The mention's own words
    stop at its head ("alliance"), so they cannot spell an acronym."""
    if info.kind != "name" or info.label in ("PERSON", "NORP"):
        return []  # (the recogniser calls some bodies places: "the UN Support Mission in Libya")
    words = [t for t in doc[info.start:info.end] if t.is_alpha]
    if words and words[0].lower_ == "the":
        words = words[1:]
    return words if sum(1 for t in words if t.text[:1].isupper()) >= 2 else []


def _spells(doc: Doc, info: MentionInfo, acronym: str) -> bool:
    """Whether ``acronym`` (lower case) is made of the initials of the
    name's capitalised words, each in order, and of any of its small words:
    UN acronyms keep some ("UNMISS": Mission *in* South Sudan) and drop
    others ("UNAMI": Mission for Iraq)."""
    words = _name_words(doc, info)
    if not words:
        return False
    # reachable[i]: acronym letters matched after the words read so far
    reachable = {0}
    for t in words:
        # an acronym in the name gives all its letters ("*UN* Support Mission in Libya": UNSMIL)
        letters = t.lower_ if is_acronym(t.text) else t.lower_[0]
        step = {i + len(letters) for i in reachable if acronym.startswith(letters, i)}
        reachable = step if t.text[:1].isupper() else reachable | step
        if not reachable:
            return False
    return len(acronym) in reachable


# ------------------------------------------------------------------ ranking


def _agrees(a: MentionInfo, e: EntityState) -> bool:
    if a.gender and e.genders and a.gender not in e.genders:
        return False
    if a.number and e.numbers and a.number not in e.numbers:
        return False
    return True


def candidates(infos: list[MentionInfo], i: int, root_of, skip_root) -> list[tuple[int, int]]:
    """(root, latest mention index) of the candidate entities for mention ``i``:
    the nearest first, at most ``MAX_ENTITIES`` of them (``MAX_ENTITIES_PRONOUN``
    for a pronoun), found among the last ``MAX_BACK`` mentions."""
    limit = MAX_ENTITIES_PRONOUN if infos[i].kind == "pronoun" else MAX_ENTITIES
    out: list[tuple[int, int]] = []
    seen = {skip_root}
    for j in range(i - 1, max(-1, i - 1 - MAX_BACK), -1):
        if infos[j].kind == "first":
            continue
        r = root_of(j)
        if r in seen:
            continue
        seen.add(r)
        out.append((r, j))
        if len(out) >= limit:
            break
    return out


def _possessor_roots(doc: Doc, infos: list[MentionInfo], i: int, find) -> set[int]:
    """Groups of the possessors inside mention ``i`` ("Velik" in "Velik's
    spokesman"): a phrase never refers to its own possessor."""
    a = infos[i]
    out = set()
    for j in range(i + 1, len(infos)):
        b = infos[j]
        if b.start >= a.end:
            break
        if b.end <= a.end and doc[b.head].dep_ == "poss" and doc[b.head].head.i == a.head:
            out.add(find(j))
    return out


_PERSONAL_POSSESSIVES = frozenset({"his", "her"})


def _possessors_first(doc: Doc, infos: list[MentionInfo]) -> list[MentionInfo]:
    """The mentions in text order, except that "his" or "her" inside a
    phrase ("his lawyer") comes before the phrase: who "his" is must be
    known when the phrase is scored, since a phrase never refers to its own
    possessor ("Archbishop Levon Sarkissian … his lawyer said" is not the
    archbishop speaking). ("Its leader" keeps text order: a body's "its"
    is read best with its leader already placed.)"""
    order: list[MentionInfo] = []
    placed: set[int] = set()
    for i, info in enumerate(infos):
        if i in placed:
            continue
        for j in range(i + 1, len(infos)):
            inner = infos[j]
            if inner.start >= info.end:
                break
            if inner.kind == "pronoun" and doc[inner.head].lower_ in _PERSONAL_POSSESSIVES \
                    and inner.end <= info.end and doc[inner.head].dep_ == "poss" \
                    and doc[inner.head].head.i == info.head:
                order.append(inner)
                placed.add(j)
        order.append(info)
        placed.add(i)
    return order


# How many mentions back a phrase holding a possessive pronoun is looked for.
_HOLDER_REACH = 8


def _possessed_roots(doc: Doc, infos: list[MentionInfo], i: int, find) -> set[int]:
    """Groups of the role phrases possessive pronoun ``i`` stands inside
    as their possessor ("*His* spokesman, Pierre Dumont"): whose spokesman
    it is, not the spokesman. (Kept to role nouns: on GUM, dropping every
    such link moved pronoun accuracy 0.532 -> 0.531.)"""
    b = infos[i]
    holder = doc[b.head].head
    if doc[b.head].dep_ != "poss" or holder.lemma_.lower() not in ROLE_NOUNS:
        return set()
    out = set()
    for j in range(i - 1, max(-1, i - 1 - _HOLDER_REACH), -1):
        a = infos[j]
        if a.start <= b.start and b.end <= a.end and holder.i == a.head:
            out.add(find(j))
    return out


def _fronted_object(doc: Doc, a: MentionInfo, c: MentionInfo) -> bool:
    """Whether ``c`` is the object inside a clause fronted before subject
    pronoun ``a`` ("Placed under the care of a Dr. Bailey, he was
    encouraged ...", "After meeting Smith, he left"): the pronoun is not its
    own clause's object."""
    if a.pron not in ("he", "she", "they") or a.dep != "subj" or c.sent != a.sent or c.end > a.start \
            or c.dep not in ("obj", "pobj") or a.verb < 0:
        return False
    tok = doc[c.head]
    for _ in range(8):
        if tok.head is tok or tok.i == a.verb:
            return False
        if tok.dep_ == "advcl" and tok.head.i == a.verb:
            return True
        tok = tok.head
    return False


def _cataphor(infos: list[MentionInfo], i: int, sets: _Sets) -> int | None:
    """The person a pronoun in a fronted phrase or clause points forward to:
    the subject of its sentence's main clause, a person's name that comes
    after it ("Living with her aunt Mary Paine, Kelsey studied ...", "In his
    speech, Biden said ..."), of the pronoun's gender, and whose entity has
    no mention before the pronoun (else ranking finds it). None otherwise."""
    a = infos[i]
    if a.pron not in ("he", "she") or a.quoted or (a.dep == "subj" and a.main):
        return None  # the main clause's own subject points back, not forward
    for j in range(i + 1, min(len(infos), i + 40)):
        n = infos[j]
        if n.sent != a.sent:
            return None
        if n.dep != "subj" or not n.main:
            continue
        if n.kind != "name" or not (n.label == "PERSON" or n.personish) or n.quoted:
            return None
        if n.gender in ("m", "f") and n.gender != PRONOUN_GENDER[a.pron]:
            return None
        return j if sets.find(j) > i else None
    return None


def resolve(
    doc: Doc,
    infos: list[MentionInfo],
    model: CorefModel | None,
    sets: _Sets,
    stats: dict | None = None,
    observe=None,
) -> None:
    """The ranking step, in place on ``sets`` (after ``sieve``).

    observe: when given, called for each mention scored with
    ``(info, [(root, features), ...], new_features)`` before it is linked
    (training reads the decisions the model faces in use).
    """
    states: dict[int, EntityState] = {}
    earlier_member = [False] * len(infos)
    first_of: dict[int, int] = {}
    for info in infos:
        r = sets.find(info.index)
        if r in first_of:
            earlier_member[info.index] = True
        else:
            first_of[r] = info.index
    # the grammatical persons of each group the sieve made, all of them: a
    # mention that joins a group joins its later members too
    persons: dict[int, set[tuple[str, str]]] = {}
    state_ends = {info.end: info.index for info in infos if info.kind == "name" and info.state}
    for info in infos:
        if info.pron and info.kind == "pronoun":
            persons.setdefault(sets.find(info.index), set()).add((info.pron, info.voice))
    # "the party's publicity secretary, Rehema Omar": the people's names the
    # sieve already gave a description, read where it is scored (its group's first mention)
    named_later: dict[int, list[tuple[str, ...]]] = {}
    for info in infos:
        if info.kind == "name" and info.label == "PERSON" and info.words:
            named_later.setdefault(first_of[sets.find(info.index)], []).append(info.words)
    for info in _possessors_first(doc, infos):
        i = info.index
        if info.kind == "first":
            continue
        r = sets.find(i)
        if model is not None and info.kind in RESOLVED_KINDS and not earlier_member[i]:
            cands = candidates(infos, i, sets.find, r)
            if stats is not None:
                stats["scored"] = stats.get("scored", 0) + len(cands)
                stats["max_per_mention"] = max(stats.get("max_per_mention", 0), len(cands))
            best = None
            scorer = model.for_anaphor(info)
            new_feats = new_features(info, len(cands))
            best_p = scorer.score(new_feats) + scorer.margin(info.kind)
            agreeing = 0
            seen = [] if observe is not None else None
            owners = _possessor_roots(doc, infos, i, sets.find)
            # scored as before (the model's features count agreeing
            # candidates), but never chosen
            possessed = _possessed_roots(doc, infos, i, sets.find)
            country = _bare_country(info)
            states_seen: list[tuple[int, float, int]] = []  # (mentions, score, root) of states, for "the country"
            own_names = named_later.get(i) if info.kind in ("role", "noun") else None
            for cr, j in cands:
                state = states.get(cr)
                if state is None or cr in owners or not compatible(info, state) \
                        or voices_clash(persons.get(r), persons.get(cr)) or _fronted_object(doc, info, state.last):
                    continue
                if own_names and "PERSON" in state.labels and state.names \
                        and not any(set(a) & set(b) for a in own_names for b in state.names):
                    continue  # ... is not the deputy secretary general named before her
                feats = pair_features(info, state, i - j - 1, agreeing)
                if _agrees(info, state):
                    agreeing += 1
                if seen is not None:
                    seen.append((cr, feats))
                p = scorer.score(feats)
                if country and _could_be_a_country(state) and cr not in possessed and not barred(info, state):
                    states_seen.append((state.size, p, cr))
                if p > best_p and cr not in possessed and not barred(info, state):
                    best, best_p = cr, p
            if country:
                # every state named so far, not only those in reach of the
                # window: "the country" in the fifth paragraph may be the
                # state of the headline, named before many others
                near = {cr for cr, _ in cands}
                for cr, state in states.items():
                    if cr in near or cr == r or not _could_be_a_country(state) or "PERSON" in state.labels \
                            or cr in possessed or cr in owners or barred(info, state) or not compatible(info, state):
                        continue
                    states_seen.append((state.size, scorer.score(
                        pair_features(info, state, i - state.last.index - 1, agreeing)), cr))
            if states_seen:
                # "the country" is the state the story is most about so far,
                # not merely the last one named ...
                best = max(states_seen)[2]
                # ... but for the state it stands right after ("mediated by
                # Oman, the country's foreign ministry said")
                before = _state_just_before(doc, state_ends, info)
                if before is not None and any(cr == sets.find(before) for _, _, cr in states_seen):
                    best = sets.find(before)
            if observe is not None:
                observe(info, seen, new_feats)
            ahead = _cataphor(infos, i, sets)
            if ahead is not None and best is not None and states[best].kinds <= {"pronoun"}:
                # a chain of pronouns no name has taken yet joins the person it points forward to
                sets.union(i, ahead)
            elif ahead is not None and best is None:
                sets.union(i, ahead)
            if best is not None:
                target_state = states.pop(best)
                own = states.pop(r, None)
                joined = persons.pop(r, set()) | persons.pop(best, set())
                r = sets.union(i, best)
                if joined:
                    persons[r] = joined
                if own is not None:
                    target_state.merge(own)
                states[r] = target_state
        r = sets.find(i)
        state = states.get(r)
        if state is None:
            states[r] = EntityState.start(doc, info)
        else:
            state.add(doc, info)


def _state_just_before(doc: Doc, state_ends: dict[int, int], info: MentionInfo) -> int | None:
    """The index of the state's name that ends one comma before ``info``
    in its sentence, if one does (``state_ends``: where each state's name
    ends -> its index)."""
    if info.start < 2 or doc[info.start - 1].text != "," or doc[info.start].is_sent_start:
        return None
    return state_ends.get(info.start - 1)


def _could_be_a_country(state: EntityState) -> bool:
    """Whether "the country" may take up this group: a state's name, not
    only a town's, nor only where someone went."""
    return "GPE" in state.labels and not state.town_only and not state.travel_only


def _bare_country(info: MentionInfo) -> bool:
    """"the country", "the nation", "the West African nation": no words of
    its own that say which, but for a region (kept to its continents by
    ``barred``)."""
    rest = [m for m in info.mods if m not in _DESCRIPTIVE]
    return info.det == "the" and info.lemma in STATE_KIND_NOUNS \
        and info.kind != "name" and (
            not rest or bool(info.continents) and all(m in _COMPASS or continents_named((m,)) or m in (
                "latin", "middle", "eastern", "american") for m in rest))


_COMPASS = frozenset("west western east eastern north northern south southern central".split())
# Words that describe a state without saying which ("the tiny island nation",
# "the impoverished country"): the state the story is about all the same.
_DESCRIPTIVE = frozenset("island small tiny landlocked impoverished poor oil-rich war-torn mountainous "
                         "neighbouring neighboring troubled restive".split())


def cluster_mentions(doc: Doc, mentions: list[Mention], stats: dict | None = None,
                     body_state: Callable[[str], str | None] | None = None) -> list[list[int]]:
    """Groups of indexes into ``mentions`` that refer to the same entity (text order; singletons included).

    stats: when given, filled with the number of candidate entities scored
    (``scored``) and the most for one mention (``max_per_mention``).
    body_state: the state the actor tables give a body's name ("Hezbollah":
    LBN), or None; a description naming another state ("the Israeli army")
    then never joins it.
    """
    order = sorted(range(len(mentions)), key=lambda k: (mentions[k].start, -mentions[k].end))
    infos = [describe(doc, n, mentions[k]) for n, k in enumerate(order)]
    if body_state is not None:
        infos = [_with_body_state(doc, info, body_state) for info in infos]
    assign_voices(doc, infos)
    sets = _Sets(len(infos))
    sieve(doc, infos, sets)
    resolve(doc, infos, load_coref_model(), sets, stats)
    groups: dict[int, list[int]] = {}
    for n, k in enumerate(order):
        groups.setdefault(sets.find(n), []).append(k)
    out = [sorted(g) for g in groups.values()]
    out.sort(key=lambda g: (mentions[g[0]].start, g[0]))
    return out
