"""Who an entity is: kind, canonical name, role, affiliation and actor code.

An entity is a group of mentions (``coref.cluster_mentions``). Its identity
comes from its most informative mentions:

- the canonical name is the fullest proper name among its mentions ("Dmitry
  Peskov" over "Peskov"), without titles or a possessive;
- the actor code comes from the mention that says most: a title with a
  name ("Kremlin spokesman Dmitry Peskov" → RUSGOV), then the name alone
  (the tables know office holders by date), then a role phrase ("the
  Venezuelan foreign minister"). A code with a country beats a bare sector;
  a person's own title gives the country, never a country standing nearby;
- the role and affiliation are what its role mentions say ("spokesman",
  "Kremlin").

Pronouns and generic nouns ("all parties", "the city") add nothing: an
entity of only those has no name and no code.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from redline.actors import ActorCode, ArticleActors
from redline.actors.resolve import AGAINST_GOVERNMENT
from redline.entities.coref_features import HIGH_OFFICES, names_state
from redline.entities.mention import Mention
from redline.entities.mentions import BODY_NAME_HEADS, ORGANISATION_NOUNS, entity_nouns, glued_end, sector_words
from redline.parse.labels import PERSON_TITLES
from redline.entities.roles import role_of
from redline.statements.lexicon import ROLE_NOUNS
from redline.statements.names import gender_of_name, join_words, name_words, title_before
from redline.statements.speakers import AFFILIATION_ENTS
from redline.statements.speakers import TITLES as SPEAKER_TITLES
from redline.types import Entity

# Words before a name that are not part of it: the speaker resolver's titles,
# military ranks and honorifics, and an article.
TITLES = SPEAKER_TITLES | frozenset(
    "lt col maj capt sgt adm sir dame lord lady the pastor reverend rev imam rabbi archbishop "
    "cardinal ayatollah superintendent supt constable detective".split())
# Distinct phrases of one entity tried against the actor tables (names, then
# role and group phrases): the most telling come first, and later ones rarely
# change the answer.
MAX_RESOLVED = 4
MAX_ROLE_PHRASES = 2
# Prepositions that put a phrase's head somewhere ("streets in Hong Kong").
LOCATIVE_PREPS = frozenset("in at near outside inside across throughout around along".split())
# A one-word "person" that is a city this large is taken for the city.
_TOWN_POPULATION = 100_000
_KIND_OF_LABEL = {"PERSON": "person", "ORG": "organisation", "GPE": "state", "NORP": "group",
                  "FAC": "place", "LOC": "place"}


@dataclass(slots=True)
class Identity:
    """What the entity layer knows of one entity (see ``redline.types.Entity``)."""

    name: str | None
    kind: str
    code: ActorCode | None
    role: str | None
    affiliation: str | None
    # the body the person's role is held for, where the story names one the
    # tables cannot code ("a spokesman for the United Front for Change"):
    # the role's own sector (a spokesman: GOV) is then no guide to theirs
    held_for_unknown: bool = False

    @property
    def actor(self) -> str | None:
        return self.code.code or None if self.code is not None else None

    @property
    def org(self) -> str | None:
        """The organisation's own name where the entity is (or speaks for) one."""
        if self.code is None or self.code.org is None:
            return None
        return self.name if self.kind == "organisation" and self.name else self.code.org


def identify(doc: Doc, text: str, mentions: list[Mention], members: list[int],
             actors: ArticleActors) -> Identity:
    """The identity of the entity made of ``mentions[i] for i in members``."""
    group = [mentions[i] for i in members]
    names = [m for m in group if m.kind == "name"]
    people = [m for m in names if m.label == "PERSON"]
    # a name the recogniser left unlabelled names a body the story calls
    # one ("the Fidesz party" … "Fidesz"); alone, it may be anything
    body = any(m.kind == "noun" and doc[m.head].lemma_.lower() in ORGANISATION_NOUNS for m in group)
    name_mention = _fullest(people or names, doc, unlabelled=body)
    name = _clean_name(doc, name_mention) if name_mention is not None else None
    if people and name:
        # "Eduardo del Buey", which the recogniser called a body, then "del
        # Buey" a person: the fuller name is the person's
        fuller = [n for n in (_clean_name(doc, m) for m in names if m.label != "PERSON")
                  if n.endswith(" " + name) and len(n.split()) <= len(name.split()) + 2
                  and not _title_word(n.split()[0])]  # ("Magistrate Nadine Sant Lia" is titled)
        name = max(fuller, key=len) if fuller else name
    kind = _kind(group, name_mention, doc)
    role, affiliation = _role(doc, group)

    code: ActorCode | None = None
    from_name = False  # whether ``code`` came from a name mention
    # "his counterparts from Ukraine, Russia and France", "the foreign
    # ministers of Britain, France and Germany": no one state acts
    several = any(m.kind != "pronoun" and actors.joins_states(text[m.span[0]:m.span[1]]) for m in group)
    # "Luis Montenegro": a surname that is a state's name says nothing of
    # whose official the person is
    state_surname = name.split()[-1] if kind == "person" and name and len(name.split()) >= 2 \
        and names_state((name.split()[-1].lower(),)) and not names_state(tuple(name.lower().split())) else None
    for m in ([] if several else _by_informativeness(group, doc)):
        # the phrase up to its head first: "the Venezuelan foreign minister
        # sanctioned by the US" is Venezuelan whatever follows
        head = doc[max(m.head, min(m.end - 1, _name_end(doc, m)))]
        start = m.span[0]
        if m.label == "PERSON" and m.kind == "name":
            # "NATO Secretary-General Jens Stoltenberg": a title the parser
            # broke off at its hyphen still says who the person is here
            lead = title_before(doc, m.start)
            if all(t.ent_type_ in ("GPE", "LOC") for t in lead):
                lead = []  # "ambassador in Moscow Alison LeClaire": where she serves, not whose she is
            start = lead[0].idx if lead else start
        if m.kind == "demonym" or (m.kind == "name" and m.label == "NORP"):
            # "tens of thousands of New Zealanders": counted people of the
            # state, its civilians, not the state itself
            start = _count_before(doc, m) or start
        found = actors.resolve(_without(_as_written(doc, text, start, head.idx + len(head.text)), state_surname))
        found = _in_named_state(doc, text, head, m, start, found, actors) or found
        # "South Asia researcher at Amnesty International": the body one works at, not the state one works on
        found = _works_at_body(text, head, m, actors) or found
        if found is None and head.idx + len(head.text) < m.span[1]:
            # the whole phrase, up to a place it stands in: "streets in Hong
            # Kong" are no actor of Hong Kong's
            where = place_preposition(head) or _clause_after(head) or _coordination_after(head, m)
            found = actors.resolve(_without(_as_written(doc, text, m.span[0], where.idx if where is not None
                                                        else m.span[1]).rstrip(), state_surname))
        elif found is not None and not (found.country or found.org):
            # "a spokesman for the Congolese army": whose, the body it is for says
            owner = next((o for body in _bodies_of(head, m)
                          if (o := actors.resolve(text[body[0]:body[1]])) is not None and (o.country or o.org)),
                         None)
            if owner is not None and (owner.country or owner.org):
                # "the Prime Minister of Ethiopia": the state's, in the role's sector
                keep = found.sector if owner.kind == "state" and not owner.sector else None
                found = replace(owner, sector=keep) if keep else owner
        if found is None or not found.code:
            continue
        if found.country:
            code = found
            break
        if code is None or (from_name and m.kind != "name" and not code.org and found.sector):
            # "The main opposition party, the Citizens Union for Change": what
            # the story calls a body it does not name in the tables says more
            # than the words of its name ("Citizens": civilians)
            code, from_name = found, m.kind == "name"
    if code is not None and code.org and code.sector == "POL":
        # "The main opposition National Party" … "the party": a party the
        # tables list, on the side the story puts it
        code = _side_named(text, group, actors, code)
    if code is not None and kind == "person" and code.country and code.sector not in AGAINST_GOVERNMENT \
            and _called_opposition(text, group):
        # "the main opposition leader": what the story calls the person now
        # beats an office the tables give (held before, or since)
        code = replace(code, sector="OPP")
    if code is not None and kind == "person" and code.country and not code.sector and not code.org:
        # "Sheikh Mohammed bin Abdulrahman Al Thani, who also serves as foreign
        # minister": a name that gives only a state, and an office that gives the sector
        code = _with_office_sector(text, group, actors, code)
    if code is not None and kind == "person" and code.country not in (None, "IGO"):
        # "The UN High Commissioner for Human Rights, Michelle Bachelet": the
        # international office the story gives a person beats the tables'
        # state row of an office held before, as a title in one phrase does
        office = _international_office(doc, text, group, actors)
        code = office if office is not None and not _titled_in_state(doc, text, group, actors, code) else code
    if code is not None and kind == "person" and name and code.kind == "person" and code.name \
            and len(name.split()) == 1 and code.name.split()[-1] == name:
        # a surname alone: the tables know the person's full name
        name = code.name
    if code is not None and name_mention is not None and kind in ("organisation", "group") \
            and code.kind == "person":
        if name and code.name and code.name.casefold() == name.casefold() and code.country and code.sector:
            # "the opposition Seychelles National Party", which the resolver
            # read as a titled name: the body itself, of that side
            code = replace(code, name=None, kind="group")
        else:
            code = None  # a name that happens to match a person's alias
    if code is not None and kind == "person" and code.kind == "group" and role is None \
            and code.name is None and name_mention is not None \
            and _named_as(actors.resolver.resolve(name or "", actors.date), code):
        # "Al-Shabab", which the recogniser called a person: the tables' armed
        # group; "Kyauk Lone Gyi People's Defense Force": a body by its name
        kind = "group"
    if name is not None and kind in ("organisation", "group", "unknown") and unplaced_body(code):
        # "The Independent Patriots for Change … the party": a body the tables
        # lack (or read only as a state's: "Basotho Renewal Movement") is of
        # the sector the story's word for it gives
        called = _called_by_owned_noun(doc, group, actors)
        code = replace(called, country=code.country if code is not None else None) if called else code
    if code is not None and name is None and not (code.country or code.org) and not _the_office(doc, group):
        # "the channels", "all parties": a sector word with no owner is no
        # actor ("the first minister" is the story's state's, placed later)
        code = None
    if kind == "person" and code is None and role is None and name and _town_not_person(doc, name, group):
        kind = "place"  # "Goma", which the recogniser called a person
    if name is None and code is not None and code.org and kind in ("group", "organisation", "unknown"):
        # "Al-Shabab", which the recogniser left unlabelled: the tables'
        # body, named as the story writes it
        written = _fullest(names, doc, unlabelled=True)
        if written is not None:
            name = re.sub(r"^(?:the|The)\s+", "", text[written.span[0]:written.span[1]]).strip() or None
    if kind == "unknown" and code is not None:
        kind = {"igo": "organisation", "ngo": "organisation", "state": "state",
                "person": "person", "group": "group"}.get(code.kind, "group")
    elif kind in ("state", "place") and code is not None and code.kind in NON_STATE_KINDS:
        # the recogniser calls "the United Nations" and "M23" places; the tables know better
        kind = NON_STATE_KINDS[code.kind]
    return Identity(name=name, kind=kind, code=code, role=role, affiliation=affiliation)


def _side_named(text: str, group: list[Mention], actors: ArticleActors, code: ActorCode) -> ActorCode:
    """``code`` with the side (opposition, government) one of the group's
    mentions puts the party on ("the main opposition", "the ruling …"),
    else unchanged."""
    for m in group:
        words = set(text[m.span[0]:m.span[1]].lower().split()) if m.kind != "pronoun" else set()
        if words & _OPPOSITION_WORDS:
            return replace(code, sector="OPP")
        if words & _RULING_WORDS:
            return replace(code, sector="GOV")
    return code


_OPPOSITION_WORDS = frozenset({"opposition"})
_RULING_WORDS = frozenset({"ruling", "governing"})


def _called_opposition(text: str, group: list[Mention]) -> bool:
    """Whether one of a person's role mentions calls them a leader or
    figure of the opposition ("the main opposition leader")."""
    return any(m.kind == "role" and set(text[m.span[0]:m.span[1]].lower().replace("’s", " ").replace("'s", " ").split())
               & _OPPOSITION_WORDS for m in group)


def _with_office_sector(text: str, group: list[Mention], actors: ArticleActors, code: ActorCode) -> ActorCode:
    """``code`` (a person's state, no sector) with the sector the first of the
    person's role mentions gives ("foreign minister": GOV), where that role
    names no other state."""
    for m in group:
        if m.kind != "role":
            continue
        found = actors.resolver.resolve(text[m.span[0]:m.span[1]], actors.date)
        if found is not None and found.sector and not found.org and found.country in (None, code.country):
            return replace(code, sector=found.sector)
    return code


# Offices one holder fills in a state: "the first minister" of a story is its
# state's (a mayor is a town's).
_STATE_OFFICES = HIGH_OFFICES - {"mayor"}


def _the_office(doc: Doc, group: list[Mention]) -> bool:
    """Whether the group calls someone by a state office alone, singular
    and definite ("the first minister", "the President")."""
    return any(m.kind == "role" and doc[m.head].lemma_.lower() in _STATE_OFFICES and doc[m.head].tag_ in ("NN", "NNP")
               and doc[m.start].lower_ == "the" for m in group)


def unplaced_body(code: ActorCode | None) -> bool:
    """Whether a named body's code says nothing of what it is: none, or a
    state alone (read off a demonym in its name)."""
    return code is None or (bool(code.country) and not code.sector and not code.org)


def _called_by_owned_noun(doc: Doc, group: list[Mention], actors: ArticleActors) -> ActorCode | None:
    """The sector of a noun that names a sector only when it is someone's
    ("party": the tables' "owned" words), where the group calls a named body
    by that noun alone ("the party"): the name is its owner. The words
    before the noun may say which side ("the main opposition party": OPP)."""
    sectors = actors.resolver.tables.sectors
    for m in group:
        head = doc[m.head]
        word = sectors.get(head.lemma_.lower()) if m.kind == "noun" and head.tag_ == "NN" else None
        if word is not None and word.kind == "owned":
            called = actors.resolver.resolve(doc[m.start:m.head + 1].text, actors.date)
            side = called.sector if called is not None and not called.country and not called.org else None
            return ActorCode(None, side or word.sector, None, None, kind="group")
    return None


def _named_as(by_name: ActorCode | None, code: ActorCode) -> bool:
    """Whether the name alone gives the body ``code`` is (its state may
    come from elsewhere in the phrase: "Kani-based …")."""
    return by_name is not None and by_name.kind == "group" and by_name.sector == code.sector \
        and by_name.org == code.org and by_name.country in (None, code.country)


def _international_office(doc: Doc, text: str, group: list[Mention], actors: ArticleActors) -> ActorCode | None:
    """The international body an office of the group (a mention headed by a
    role noun, not the person's name) is held in, if one is."""
    for m in group:
        if m.label == "PERSON" or role_of(doc[m.head]) is None:
            continue
        found = actors.resolver.resolve(text[m.span[0]:m.span[1]], actors.date)
        if found is not None and found.country == "IGO" and found.org:
            return found
    return None


def _without(phrase: str, word: str | None) -> str:
    """``phrase`` without the whole word ``word`` (a surname that is a
    state's name: "Portugal's PM Montenegro" -> "Portugal's PM")."""
    if word is None:
        return phrase
    return re.sub(rf"\s*(?<!\w){re.escape(word)}(?!\w)(['’]s)?", "", phrase).strip()


def _count_before(doc: Doc, m: Mention) -> int | None:
    """Where a count of the mention's people begins ("Tens of thousands of
    New Zealanders"), if one stands before it."""
    tok = doc[m.head]
    start = None
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.like_num or tok.head.head.lower_ in _COUNT_WORDS):
        tok = tok.head.head
        start = tok.left_edge.idx
    return start


# Words that count people ("thousands of", "dozens of").
_COUNT_WORDS = frozenset("hundreds thousands millions dozens tens scores".split())


def _titled_in_state(doc: Doc, text: str, group: list[Mention], actors: ArticleActors, code: ActorCode) -> bool:
    """Whether the story gives the person a title in ``code``'s state with
    their name ("Uruguay's President Luis Lacalle Pou"): a state's sitting
    officer, whom no mention of a bloc's office ("the Mercosur member state
    president's") makes that bloc's."""
    for m in group:
        if m.label != "PERSON" or m.kind != "name":
            continue
        lead = title_before(doc, m.start)
        found = actors.resolve(text[lead[0].idx:m.span[1]]) if lead else None
        if found is not None and found.country == code.country and found.sector:
            return True
    return False


def to_entity(identity: Identity, mentions: list[Mention], members: list[int]) -> Entity:
    """The public ``Entity`` record."""
    spans = tuple(sorted({mentions[i].span for i in members}))
    return Entity(name=identity.name, actor=identity.actor, kind=identity.kind, mentions=spans,
                  role=identity.role, affiliation=identity.affiliation, org=identity.org)


def _clause_after(head: Token) -> Token | None:
    """The first word of a clause modifying ``head`` after it ("its
    campaign *aimed* at removing President Maduro", "the judge *who* ruled
    ..."): whom the clause names is not whose the thing is."""
    clause = next((c for c in head.rights if c.dep_ in ("acl", "relcl")), None)
    return clause.left_edge if clause is not None else None


def _as_written(doc: Doc, text: str, start: int, end: int) -> str:
    """``text[start:end]``, with a common noun that opens a sentence in
    lower case ("Photographs and videos … show soldiers"): the capital
    says where the sentence starts, not that the word is a name."""
    phrase = text[start:end]
    first = doc.char_span(start, start + len(phrase.split(" ", 1)[0]), alignment_mode="expand")
    if first is not None and len(first) == 1 and first[0].is_sent_start and first[0].tag_ in ("NN", "NNS") \
            and first[0].ent_type_ not in ("ORG", "GPE", "NORP") and phrase[:1].isupper():
        return phrase[:1].lower() + phrase[1:]
    return phrase


def _coordination_after(head: Token, m: Mention) -> Token | None:
    """The first conjunction or verb after ``head`` inside the mention
    ("Photographs *and* videos on social media *show* soldiers …", a
    phrase the parser ran on): what follows names other things."""
    return next((t for t in head.doc[head.i + 1:m.end] if t.dep_ in ("cc", "conj") or t.pos_ in ("VERB", "AUX")),
                None)


def _in_named_state(doc: Doc, text: str, head: Token, m: Mention, start: int, found: ActorCode | None,
                    actors: ArticleActors) -> ActorCode | None:
    """"Police in Lesotho" after "South African police": a state body the
    article would give the state it learned from an earlier mention is the
    state's its own phrase puts it in; None where that is not the case."""
    where = place_preposition(head)
    if found is None or not found.country or not found.sector or found.name or found.org \
            or where is None or where.lower_ != "in":
        return None
    place = next((c for c in where.children if c.dep_ == "pobj"), None)
    if place is None or place.i >= m.end or place.ent_type_ not in ("GPE", "LOC"):
        return None
    state = actors.resolver.resolve(place.text, actors.date)
    written = _as_written(doc, text, start, head.idx + len(head.text))
    own = actors.resolver.resolve(written, actors.date)  # what the phrase says without the article's lessons
    if state is None or state.kind != "state" or state.sector or not state.country \
            or state.country == found.country or (own is not None and own.country):
        return None
    return actors.resolve(f"{place.text} {written}")


def place_preposition(head: Token) -> Token | None:
    """The preposition after ``head`` that puts it somewhere ("streets *in*
    Hong Kong"): what follows is where the thing is, not whose it is."""
    return next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS), None)


def _works_at_body(text: str, head: Token, m: Mention, actors: ArticleActors) -> ActorCode | None:
    """The international or non-governmental body named after "at" or
    "with" right after a role noun inside the mention ("researcher at
    Amnesty International", "an analyst with Crisis Group"), else None."""
    if m.kind != "role":
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("at", "with")
                 and c.i == glued_end(head)), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ != "PROPN" or obj.i >= m.end:
        return None
    start, end = _object_span(obj, m)
    code = actors.resolve(text[start:end])
    return code if code is not None and code.org and code.country in ("IGO", "NGO") else None


def _bodies_of(head: Token, m: Mention) -> list[tuple[int, int]]:
    """The character spans of the bodies a role may work for, inside the
    mention, most likely first: the object of "for" or "of" right after the
    role noun ("spokesman for the M23 rebels", "member of the Syrian
    parliament"), then a name after "at" or "with" further on ("the director
    for the Gulf region at DAWN", "an analyst with Crisis Group")."""
    out = []
    after = glued_end(head)  # ("editor-in-chief of broadcaster RT")
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of") and prep.i == after:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.i < m.end:
                out.append(_object_span(obj, m))
    for prep in head.subtree:
        if prep.dep_ == "prep" and prep.lower_ in ("at", "with") and head.i < prep.i < m.end:
            obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if obj is not None and obj.i < m.end:
                out.append(_object_span(obj, m))
    return out


def _object_span(obj: Token, m: Mention) -> tuple[int, int]:
    """The character span of a preposition's object phrase, up to the
    mention's end ("the Law Society of Kenya (LSK)" hangs its acronym on the
    body, outside the mention)."""
    last = obj.doc[min(obj.right_edge.i, m.end - 1)]
    return obj.left_edge.idx, last.idx + len(last.text)


def _name_end(doc: Doc, m: Mention) -> int:
    """The last token of the name a name mention's head belongs to."""
    head = doc[m.head]
    end = m.head
    while end + 1 < m.end and head.ent_type_ and doc[end + 1].ent_type_ == head.ent_type_ \
            and doc[end + 1].ent_iob_ == "I":
        end += 1
    return end


def _fullest(names: list[Mention], doc: Doc, unlabelled: bool = False) -> Mention | None:
    """The name mention with the most name words (titles and articles
    aside); with ``unlabelled``, proper nouns the recogniser left
    unlabelled count as name words."""
    best, best_len = None, 0
    for m in names:
        own = {t.i for t in _person_name_tokens(doc, m)} if m.label == "PERSON" else set()
        words = [t for t in doc[m.start:m.end]
                 if (t.ent_type_ or (unlabelled and m.label is None and t.pos_ == "PROPN") or t.i in own)
                 and t.lower_ not in TITLES and t.tag_ != "POS"]
        if len(words) > best_len:
            best, best_len = m, len(words)
    return best


def _person_name_tokens(doc: Doc, m: Mention) -> list[Token]:
    """The words of a person's name mention: the recognised name, or the
    head where the recogniser missed it, with the capitalised words of no
    other name and no title on either side ("Alain Pierre Nguema By Mintsa"
    around a recognised "Pierre Nguema"; "Marie Claire Ondo By Mba",
    tagged as common nouns and a preposition). Words after an "of" are an
    office's field, not a name ("Minister of Rural Trade Anna Kovac")."""
    recognised = [t.i for t in doc[m.start:m.end] if t.ent_type_ == "PERSON"]
    if recognised:
        # the recognised run holding the head, else the last ("the King's
        # private secretary Tomas Varga" holds two)
        high = m.head if m.head in recognised else recognised[-1]
        low = high
        while low - 1 in recognised:
            low -= 1
        while high + 1 in recognised:
            high += 1
    elif _capitalised(doc[m.head]):
        low = high = m.head
    else:
        return []
    first = low
    # (a recognised run opening with a title, "Superintendent Chan Ka-ming",
    # has the name after it: "Senior" before it is no given name)
    while first > m.start and _capitalised(doc[first - 1]) and not _title_word(doc[low].text):
        first -= 1
    if first < low and first > 0 and doc[first - 1].lower_ in ("of", "for", "and", "&"):
        first = low
    while high + 1 < m.end and _capitalised(doc[high + 1]):
        high += 1
    return list(doc[first:high + 1])


def _capitalised(tok: Token) -> bool:
    """A capitalised word of no recognised name and no title."""
    return tok.text[:1].isupper() and tok.is_alpha and not tok.ent_type_ \
        and not _title_word(tok.text) and not _title_word(tok.lemma_)


def _title_word(word: str) -> bool:
    """A title or role word ("Captain", "Sheikh", "Magistrate", "Senators"
    title a name; they are not in it)."""
    low = word.lower()
    singular = low[:-1] if low.endswith("s") else low
    return any(w in TITLES or w in PERSON_TITLES or w in ROLE_NOUNS or sector_words().get(w) == "person"
               for w in (low, singular))


def _clean_name(doc: Doc, m: Mention) -> str:
    """The name words of a mention: entity tokens, no titles, no possessive."""
    label = m.label
    if label == "PERSON" and m.kind == "name":
        tokens = _person_name_tokens(doc, m)
    else:
        tokens = [t for t in doc[m.start:m.end]
                  if t.ent_type_ == label or (label is None and t.pos_ == "PROPN" and not t.ent_type_)]
    # keep one contiguous run of name tokens (the one holding the head, else the last)
    runs: list[list] = []
    for t in tokens:
        if runs and runs[-1][-1].i == t.i - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    if label is None and (any(t.ent_type_ and t.pos_ == "PROPN" for t in doc[m.start:m.end])
                          or doc[m.head].lower_ in BODY_NAME_HEADS):
        # a name the recogniser labelled otherwise ("the Citizens Coalition
        # for Change" as a law) or not at all ("the Union for Peace"): the
        # phrase less its article, up to a comma
        phrase = []
        for t in doc[m.start:m.end]:
            if t.text == ",":
                break
            if not (t.i == m.start and t.pos_ == "DET"):
                phrase.append(t)
        runs = [phrase]
    run = next((r for r in runs if any(t.i == m.head for t in r)), runs[-1] if runs else [])
    if label is None and run and run[-1].i == m.head:
        # "Minister of Foreign Affairs Urmas Reinsalu" unlabelled: the name is
        # the head and the words compounded onto it, not the office before
        cut = len(run) - 1
        while cut > 0 and run[cut - 1].dep_ == "compound" and run[cut].i <= run[cut - 1].head.i <= m.head:
            cut -= 1
        # only where the words cut off hang on something outside the name
        # or hold an office ("Supreme Court" keeps its adjective)
        if any(not run[0].i <= t.head.i <= m.head or t.lemma_.lower() in ROLE_NOUNS for t in run[:cut]):
            run = run[cut:]
    words = name_words(run)
    while words and words[-1].tag_ == "POS":
        words.pop()  # "Peskov's" is Peskov; "People's Liberation Army" keeps its own
    while words and words[0].lower_ in TITLES:
        words = words[1:]
    if not words:
        return doc[m.start:m.end].text
    name = join_words(words)
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def _town_not_person(doc: Doc, name: str, group: list[Mention]) -> bool:
    """A one-word "person" nothing marks as a person (no pronoun, title or
    given name) that a place noun refers to ("the city of Goma") or that
    names a city of 100,000 or more."""
    if " " in name or gender_of_name(name):
        return False
    others = [m for m in group if m.kind != "name"]
    if others:
        return all(entity_nouns().get(doc[m.head].lemma_.lower()) == "place" for m in others)
    from redline.places.gazetteer import load_gazetteer  # the places stage loads it anyway
    return any(p.kind == "city" and p.population >= _TOWN_POPULATION for p in load_gazetteer().lookup(name)[:3])


# What an entity the recogniser labelled a place is when the tables code it
# as a body: the UN is an organisation, M23 an armed group.
NON_STATE_KINDS = {"igo": "organisation", "ngo": "organisation", "group": "group"}


def _kind(group: list[Mention], name_mention: Mention | None, doc: Doc) -> str:
    if name_mention is not None and name_mention.label:
        if name_mention.label == "ORG" and any(
                t.lemma_.lower() in ROLE_NOUNS and not t.ent_type_
                for t in doc[name_mention.start:name_mention.head]):
            return "person"  # "PAR spokesman Mwila Chanda", which the recogniser called a body
        return _KIND_OF_LABEL.get(name_mention.label, "group")
    if any(m.kind == "role" for m in group):
        return "person"
    if any(m.kind in ("demonym", "noun", "joint") for m in group):
        return "group"  # "the rebels", "Russian officials", "Martha and I"
    if any(m.kind == "first" for m in group):
        return "person"
    return "unknown"


def _role(doc: Doc, group: list[Mention]) -> tuple[str | None, str | None]:
    """The first role noun the mentions give and the names that qualify it."""
    for m in group:
        tokens = doc[m.start:m.end]
        for t in tokens:
            # a title before the name or the role noun heading the phrase
            # ("Kremlin Spokesman Dmitry Peskov", "the foreign minister"),
            # never a noun further on ("the United States added Venezuela's
            # foreign minister" holds no role of the United States)
            if t.i > m.head or (t.i < m.head and m.kind != "name"):
                continue
            if t.lemma_.lower() in ROLE_NOUNS and (not t.ent_type_ or t.i < m.head):
                aff = [x.text for x in tokens if x.i < t.i and x.ent_type_ in AFFILIATION_ENTS]
                prime = t.i > m.start and doc[t.i - 1].lower_ == "prime"  # no other minister's office
                return ("prime " if prime else "") + t.text.lower(), (" ".join(aff) or None)
    return None, None


def _by_informativeness(group: list[Mention], doc: Doc) -> list[Mention]:
    """Mentions to resolve, the most telling first: a name with its title,
    then names, then role and demonym phrases; pronouns never."""
    def rank(m: Mention) -> tuple[int, int]:
        if m.kind == "name":
            titled = m.end - m.start > 1 and any(not t.ent_type_ for t in doc[m.start:m.end]
                                                  if t.tag_ not in ("DT", "POS"))
            return (0 if titled else 1, -(m.end - m.start))
        if m.kind in ("role", "demonym"):
            return (2, -(m.end - m.start))
        if m.kind == "noun":
            return (3, -(m.end - m.start))
        return (9, 0)
    ranked = sorted((m for m in group if rank(m)[0] < 9), key=rank)
    # the same words again say nothing new; a few distinct phrases suffice
    seen: set[str] = set()
    names: list[Mention] = []
    others: list[Mention] = []
    for m in ranked:
        words = doc[m.start:m.end].text.lower()
        if words not in seen:
            seen.add(words)
            (names if m.kind == "name" else others).append(m)
    # names first, but never so many that a role phrase naming the state
    # ("Bolivia interior minister") goes unread
    return names[:MAX_RESOLVED] + others[:MAX_ROLE_PHRASES]
