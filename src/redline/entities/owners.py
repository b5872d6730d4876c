"""Whose an unowned body is, when the story says it only by the clause.

"Moldovan state television carried a statement from the defence ministry
…  The statement by a ministry spokesman said …": neither "the defence
ministry" nor "a ministry spokesman" names a state, and the identity step
leaves both without a code, so later stages guess one from whatever state
stands nearby (the state the spokesman criticised). The story does say
whose they are:

- a definite government or military body that is the source ("from",
  "by") of what a clause's subject carried, published or quoted belongs to
  that subject's state, where the subject is one state's actor ("Moldovan state
  television carried a statement from the defence ministry");
- a role or body owned by a bare body noun ("a *ministry* spokesman")
  belongs to the state of the nearest body named before with that noun.

And a role held for a body the story names but the tables do not know ("CCC
spokesman Promise Mkwananzi", "a spokesman for the United Front for Change")
is that body's (``own_roles``): the role noun's own sector ("spokesman":
GOV) would make an opposition or rebel spokesman a government's.
"""

from __future__ import annotations

import bisect

from dataclasses import replace

from spacy.tokens import Doc, Token

from redline.actors import ActorCode, ArticleActors
from redline.actors.normalize import is_acronym
from redline.actors.resolve import national_council, party_side
from redline.entities.identity import Identity
from redline.entities.mention import Mention
from redline.entities.mentions import glued_end
from redline.entities.roles import role_of
from redline.parse.grammar import of_object

# Sectors of a state's own bodies (a ministry, the army, the police).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
_SOURCE_PREPS = frozenset({"from", "by"})
# Verbs by which a subject passes on what a body said (state media carrying
# its own government's statement); "received a letter from the ministry"
# says nothing of whose the ministry is.
PASSING_ON = frozenset("carry publish air broadcast run release relay quote cite report issue read".split())


# How many mentions back a role's owning body is looked for.
LOOK_BACK = 400
# How many tokens before "whose" the noun it belongs to may stand.
WHOSE_REACH = 6


def whose_owner(head: Token) -> Token | None:
    """The noun a relative "whose" phrase headed by ``head`` belongs to
    ("Libya's unity government (GNA), whose presidential council vowed …":
    government), or None where ``head`` has no "whose"."""
    whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is None:
        return None
    verb = head.head
    if verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    # the parser often hangs the clause elsewhere: the noun just before
    # "whose" (past punctuation and a bracketed acronym)
    owner = next((t for t in reversed(head.doc[max(whose.sent.start, whose.i - WHOSE_REACH):whose.i])
                  if t.pos_ in ("NOUN", "PROPN")), None)
    while owner is not None and owner.dep_ in ("appos", "compound") and owner.head.i != owner.i:
        owner = owner.head
    return owner


def own_bodies(doc: Doc, text: str, mentions: list[Mention], clusters: list[list[int]],
               identities: list[Identity], actors: ArticleActors) -> list[Identity]:
    """``identities`` with unowned bodies and their roles given the state
    the story ties them to (see the module docstring)."""
    by_head = _entity_by_head(mentions, clusters)
    out = list(identities)
    for k, members in enumerate(clusters):
        if not members:
            continue
        code = out[k].code
        if code is not None and not code.country and not code.org and code.sector in STATE_SECTORS:
            # "the country's long-serving president", "its army": the state the
            # possessor refers to
            country = _possessor_state(doc, [mentions[i] for i in members], by_head, out)
            if country is not None:
                out[k] = replace(out[k], code=replace(code, country=country))
            continue
        if code is None and out[k].name is not None and out[k].kind != "person":
            # "the SAF's 6th Infantry Division": a unit of a body the tables know
            owner = _possessor_code(doc, [mentions[i] for i in members], by_head, out)
            if owner is not None:
                out[k] = replace(out[k], code=owner)
            continue
        if code is not None or out[k].name is not None:
            continue
        party = _leader_party(doc, text, [mentions[i] for i in members], by_head, out, actors)
        if party is not None:
            out[k] = replace(out[k], code=party)
            continue
        first = mentions[min(members)]
        if first.kind == "noun":
            country = _reporter_state(doc, first, by_head, out)
        elif first.kind == "role":
            country = _owning_body_state(doc, first, mentions, by_head, out)
        else:
            country = None
        if country is None:
            # "The West African nation's foreign ministry": the possessor's state
            country = _possessor_state(doc, [mentions[i] for i in members], by_head, out)
        if country is None:
            continue
        # the tables' plain answer, without the article's learning: asking
        # ``actors.resolve`` would teach it phrases it had not met yet
        own = actors.resolver.resolve_with(text[first.span[0]:first.span[1]], actors.date, None)
        if own is not None and not own.country and own.sector in STATE_SECTORS:
            out[k] = replace(out[k], code=ActorCode(country, own.sector, None, None, kind="group"))
    return out


def _entity_by_head(mentions: list[Mention], clusters: list[list[int]]) -> dict[int, int]:
    """Token index of each mention's head -> the entity it belongs to (the
    first, where mentions share a head)."""
    by_head: dict[int, int] = {}
    for k, members in enumerate(clusters):
        for i in members:
            by_head.setdefault(mentions[i].head, k)
    return by_head


def _possessor_state(doc: Doc, group: list[Mention], by_head: dict[int, int],
                     identities: list[Identity]) -> str | None:
    """The state a role or body of ``group`` is said to be of by its
    possessor ("the country's president", "its army"), where the entity
    layer knows the possessor as a state or one of a state's own officers
    or bodies ("Milei … sent his foreign minister": Argentina's)."""
    for m in group:
        if m.kind not in ("role", "noun"):
            continue
        code = _possessor_of(doc, m, by_head, identities)
        if code is not None and code.country and (not code.sector or code.sector in STATE_SECTORS) \
                and not code.org and code.country not in ("IGO", "NGO"):
            return code.country
    return None


# Sectors of a party.
_PARTY_SECTORS = frozenset({"POL", "OPP"})


def _leader_party(doc: Doc, text: str, group: list[Mention], by_head: dict[int, int],
                  identities: list[Identity], actors: ArticleActors) -> ActorCode | None:
    """The code of a party the story names only by a person it belongs to
    ("Mokoena's party"): the person's state, on the opposition's side where
    the person is on it."""
    for m in group:
        if m.kind != "noun":
            continue
        # the head's own sector word ("party" needs an owner to name anyone)
        word = actors.resolver.tables.sectors.get(doc[m.head].lemma_.lower())
        if word is None or word.sector not in _PARTY_SECTORS:
            continue
        poss = _possessor_token(doc, m)
        if poss is None or any(t.dep_ != "case" for t in doc[poss.i + 1:m.head]):
            continue  # ("his opposition party": its own words say whose side)
        owner = identities[by_head[poss.i]] if poss.i in by_head else None
        code = owner.code if owner is not None and owner.kind == "person" else None
        # (a person the story has not placed yet: the party is placed with him)
        if code is not None and (code.country or code.sector) and code.country not in ("IGO", "NGO") and not code.org:
            return ActorCode(code.country, "OPP" if code.sector == "OPP" else word.sector, None, None, kind="group")
    return None


def _possessor_code(doc: Doc, group: list[Mention], by_head: dict[int, int],
                    identities: list[Identity]) -> ActorCode | None:
    """The code of the state's body that owns a named unit of ``group``
    ("the SAF's 6th Infantry Division": the armed forces' own)."""
    for m in group:
        code = _possessor_of(doc, m, by_head, identities)
        if code is not None and code.country and code.country not in ("IGO", "NGO") and code.sector:
            return code
    return None


def _possessor_of(doc: Doc, m: Mention, by_head: dict[int, int], identities: list[Identity]) -> ActorCode | None:
    """The code of the possessor named inside mention ``m`` ("the SAF's" of
    "the SAF's 6th Infantry Division"), if the entity layer knows one."""
    poss = _possessor_token(doc, m)
    k = by_head.get(poss.i) if poss is not None else None
    return identities[k].code if k is not None else None


def _possessor_token(doc: Doc, m: Mention) -> Token | None:
    """The possessor inside mention ``m``, before its head ("the SAF's",
    "Mokoena's"), or None."""
    return next((c for c in doc[m.head].children if c.dep_ == "poss" and m.start <= c.i < m.head), None)


def _reporter_state(doc: Doc, m: Mention, by_head: dict[int, int], identities: list[Identity]) -> str | None:
    """The state of the subject whose clause carries ``m`` as a source
    ("state television carried a statement *from* the ministry")."""
    head = doc[m.head]
    if doc[m.start].lower_ != "the" or head.dep_ != "pobj" or head.head.lower_ not in _SOURCE_PREPS:
        return None
    verb: Token = head.head.head
    for _ in range(3):  # "a statement from X" hangs on the noun or on the verb
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    else:
        return None
    if verb.lemma_.lower() not in PASSING_ON:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    k = by_head.get(subj.i) if subj is not None else None
    code = identities[k].code if k is not None else None
    if code is None or not code.country or code.country in ("IGO", "NGO") or code.org:
        return None
    return code.country


def _owning_body_state(doc: Doc, m: Mention, mentions: list[Mention], by_head: dict[int, int],
                       identities: list[Identity]) -> str | None:
    """The state of the nearest body named before ``m`` with the bare noun
    that owns the role ("a *ministry* spokesman" after "the defence ministry")."""
    head = doc[m.head]
    owner = next((c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                  and m.start <= c.i < m.head), None)
    if owner is None:
        return None
    lemma = owner.lemma_.lower()
    # mentions are in text order: read back from ``m`` by index, a bounded
    # number of them, so a long text costs no more per mention
    at = bisect.bisect_left(mentions, m.start, key=lambda p: p.start)
    for j in range(at - 1, max(-1, at - 1 - LOOK_BACK), -1):
        prev = mentions[j]
        if prev.end > m.start or doc[prev.head].lemma_.lower() != lemma or prev.kind not in ("noun", "name"):
            continue
        k = by_head.get(prev.head)
        code = identities[k].code if k is not None else None
        if code is not None and code.country and code.country not in ("IGO", "NGO"):
            return code.country
        return None  # the nearest such body is whose the role is; it has no state
    return None


# Roles whose sector is their body's: the tables give them a government's
# ("spokesman": GOV) only for want of one. A minister, an MP or a general
# is in government, parliament or the army whoever they serve.
SPEAKS_FOR = frozenset("spokesman spokesperson official leader chairman chair chief head director "
                       "secretary representative president founder".split())
# Kinds of entity a role can be held for, other than a state.
_BODY_KINDS = frozenset({"organisation", "group"})
# Prepositions that name the body a role is held for ("spokesman *for* the Front").
_FOR_PREPS = frozenset({"for", "of"})
# Possessive pronouns a role's holder is named by ("*its* leader", "*his*
# special representative": the body or person the pronoun takes up).
_OWNING_PRONOUNS = frozenset({"its", "their", "his", "her"})
# Prepositions that name the body any role is held at ("an analyst *at* the
# university", "a researcher *with* Amnesty International").
_WORKS_AT = frozenset({"at", "with"})


def own_roles(doc: Doc, mentions: list[Mention], clusters: list[list[int]],
              identities: list[Identity], actors: ArticleActors | None = None) -> list[Identity]:
    """``identities`` with each person whose role is held for a named body
    (see the module docstring) given that body's code, or no code where
    the body has none. A person the tables and titles placed in a state or
    an organisation keeps that, unless the body is an acronym the story
    spelled out ("the People's Alliance for Renewal (PAR)" … "PAR
    spokesman"), which the story defines over any table's reading."""
    by_head = _entity_by_head(mentions, clusters)
    coded = frozenset(k for k, ident in enumerate(identities) if ident.code is not None)
    out = list(identities)
    for k, members in enumerate(clusters):
        ident = identities[k]
        if ident.kind != "person":
            continue
        found = next((b for i in members if mentions[i].kind in ("name", "role")
                      for b in [_role_body(doc, mentions[i], by_head, coded)]
                      if b is not None and b[0] != k and _speaks_for(identities[b[0]], b[1])), None)
        if found is None:
            # "the Labour Party, led by Angela Freitas": she heads the body
            found = next((b for i in members if mentions[i].kind == "name"
                          for b in [_led_body(doc, mentions[i], by_head, identities)]
                          if b is not None and b[0] != k), None)
        if found is None:
            continue
        body, word = found
        owner = identities[body].code
        if owner is not None and national_council(owner.org, role_of(word.head)):
            continue  # "Security Council Secretary X": a state's council
        placed = ident.code is not None and bool(ident.code.country or ident.code.org)
        if placed and not (word.text.isupper() and owner is not None and _spelled_out(mentions, clusters[body])) \
                and party_side(ident.code, owner) is None and not _party_officer(ident.code, owner, actors):
            continue  # (but "the party's floor leader" of the opposition party is the opposition's)
        if owner is None and word.pos_ == "NOUN" and actors is not None:
            # "a representative of the government", "a spokesman for the
            # rebels": a body no name places is still of its sector (the
            # story's home state places it later; read through the shared
            # resolver: the article's own learns from what it is asked)
            # ("head of the armed forces": the phrase, where the head word alone says nothing)
            # ("an alliance of civil society groups": the members the phrase names)
            owner = actors.resolver.resolve(word.text, actors.date) \
                or actors.resolver.resolve(_modified_noun(word), actors.date) \
                or actors.resolver.resolve(_members_phrase(word), actors.date)
            owner = owner if owner is not None and owner.sector and not owner.name else None
        if owner is not None and (owner.country or owner.org or owner.sector):
            out[k] = replace(ident, code=replace(owner, name=ident.name, kind="person"),
                             affiliation=ident.affiliation or identities[body].name)
        elif not placed:
            out[k] = replace(ident, code=None, held_for_unknown=True,
                             affiliation=ident.affiliation or identities[body].name)
    return out


def _modified_noun(word: Token) -> str:
    """The noun with its adjectives and compounds before it ("armed forces")."""
    start = word.i
    while start > 0 and word.doc[start - 1].dep_ in ("amod", "compound") and word.doc[start - 1].head.i == word.i:
        start -= 1
    return word.doc[start:word.i + 1].text


def _members_phrase(word: Token) -> str:
    """A grouping noun with the "of" phrase that says of whom ("a coalition
    of civil society groups", "an alliance of unions"); the noun alone where it has none."""
    of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    end = of.right_edge.i + 1 if of is not None else word.i + 1
    return word.doc[word.i:end].text


def _party_officer(code: ActorCode | None, party: ActorCode | None, actors: ArticleActors | None) -> bool:
    """Whether a person the tables do not list, placed only by a role word
    ("the leader of United Seychelles": a leader is read as GOV), holds the
    role in a party of the same state: the party's side is theirs."""
    if code is None or party is None or code.sector != "GOV" or party.sector not in ("POL", "OPP") \
            or party.org or code.country not in (None, party.country):
        return False
    return code.name is None or actors is None or not actors.resolver.tables.people.get(code.name)


def side_bodies(doc: Doc, mentions: list[Mention], clusters: list[list[int]],
                identities: list[Identity]) -> list[Identity]:
    """``identities`` with a party's body named after the party ("the
    Democratic Party leadership") on the side the story gave the party
    ("the main opposition Democratic Party": OPP, where the tables read
    "party" as POL)."""
    by_head = _entity_by_head(mentions, clusters)
    out = list(identities)
    for k, members in enumerate(clusters):
        code = identities[k].code
        if code is None or code.sector != "POL":
            continue
        for i in members:
            owners = [by_head[c.i] for c in doc[mentions[i].head].children
                      if c.dep_ in ("compound", "poss") and c.i in by_head and by_head[c.i] != k]
            side = next((s for o in owners if (s := party_side(code, identities[o].code)) is not None), None)
            if side is not None:
                out[k] = replace(identities[k], code=replace(side, name=code.name, kind=code.kind))
                break
    return out


_LEADING_VERBS = frozenset({"lead", "head", "chair"})


def _led_body(doc: Doc, m: Mention, by_head: dict[int, int],
              identities: list[Identity]) -> tuple[int, Token] | None:
    """The entity a name is said to lead ("the Labour Party, led by Angela
    Freitas"; "a coalition headed by X"), and the word naming it, or None."""
    head = doc[m.head]
    by = head.head
    verb = by.head
    if head.dep_ != "pobj" or by.dep_ != "agent" or verb.dep_ not in ("acl", "relcl") \
            or verb.lemma_.lower() not in _LEADING_VERBS:
        return None
    body = verb.head
    # ("the headquarters of the Labour Party, led by X": the parser may hang
    # the clause on the phrase's head, not on the body it names)
    for named in (body, of_object(body)):
        if named is not None and named.i in by_head and identities[by_head[named.i]].kind in _BODY_KINDS:
            return by_head[named.i], named
    return None


def _speaks_for(owner: Identity, word: Token) -> bool:
    """Whether a role can be held for ``owner``: a body, or a person whose
    spokesman it is ("Ban's spokesperson")."""
    return owner.kind in _BODY_KINDS or (word.dep_ == "poss" and owner.kind == "person")


def _spelled_out(mentions: list[Mention], members: list[int]) -> bool:
    """Whether an entity has a name of several words among its mentions."""
    return any(mentions[i].kind == "name" and mentions[i].end - mentions[i].start >= 2 for i in members)


def _role_body(doc: Doc, m: Mention, by_head: dict[int, int],
               coded: frozenset[int] = frozenset()) -> tuple[int, Token] | None:
    """The entity a role noun inside ``m`` is held for, and the word naming
    it: a name compounded or possessive before it ("*CCC* spokesman",
    "*Ban*'s deputy spokesperson"), a possessive pronoun ("*its* leader":
    the body it takes up), or the object of "for"/"of" right after it
    ("spokesman *for* the United Front")."""
    # (up to the mention's head: "activists who toppled Sri Lanka's
    # president" hold no office of their own clause's words)
    for t in doc[m.start:min(m.end, m.head + 1)]:
        role = role_of(t)
        if role is None:
            continue
        after = glued_end(t)  # "editor-in-chief of broadcaster RT": the preposition after the whole word
        # ("UPN Executive Secretary Ana Dias": the parser hangs every
        # word of the run on the name, the body's acronym beside the role;
        # only a body the layer has a code for, ``coded``, is read so)
        flat = [c for c in t.head.children if c.dep_ == "compound" and c.i < t.i and by_head.get(c.i) in coded] \
            if t.dep_ == "compound" and t.head.i >= m.start else []
        for c in list(t.children) + flat:
            if c.dep_ == "prep" and c.lower_ in _WORKS_AT and c.i == after:
                # "a political analyst *at* the University of Dakar": whoever
                # holds a role works for the body it is held at
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.i < m.end and obj.i in by_head:
                    return by_head[obj.i], obj
            if role not in SPEAKS_FOR:
                continue
            # "CCC spokesman", "Ban's deputy"; "the agency's spokesman": a
            # common noun possessor the entity layer took up as a body
            # (an acronym the tagger took for a common noun: "BRM president")
            named = c.dep_ in ("compound", "poss") and (c.pos_ == "PROPN" or is_acronym(c.text)) \
                or c.dep_ == "poss" and c.pos_ == "NOUN"
            if c.i < t.i and c.i in by_head and (named or (c.dep_ == "poss" and c.lower_ in _OWNING_PRONOUNS)):
                return by_head[c.i], c
            if c.dep_ == "prep" and c.lower_ in _FOR_PREPS and c.i == after:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.i < m.end and obj.i in by_head:
                    return by_head[obj.i], obj
    return None
