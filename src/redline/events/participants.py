"""Actors of an event: noun phrases from the parse, resolved to codes.

A mention is the noun phrase a dependency head governs, without its
relative clauses and coordinated parts; coordination gives compound actors
("Hungarian and Romanian officials" -> HUN, ROU; "the United States and
Jordan" -> USA, JOR). Mentions resolve through the article's
``ArticleActors`` so people introduced with a role ("Kremlin spokesman
Dmitry Peskov") resolve when named again ("Peskov"). An actor whose
country the tables do not know ("President Abdelaziz Bouteflika" -> GOV)
takes the first country the sentence names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from typing import TYPE_CHECKING

from redline.actors import ActorCode, ActorResolver, ArticleActors
from redline.actors.dictionaries import SECTOR_CODES, parse_actor_code
from redline.actors.resolve import NEGATING_AFTER, NEGATING_BEFORE, party_side
from redline.entities.coref_features import is_destination
from redline.entities.identity import place_preposition
from redline.entities.mentions import entity_nouns, language_name, time_phrase
from redline.entities.owners import STATE_SECTORS, whose_owner
from redline.events.senses import adjective_after, noun_sense
from redline.events.triggers import lexicon as current_lexicon
from redline.parse.grammar import for_whom, sided
from redline.statements.cues import casualty_count
from redline.statements.lexicon import ROLE_NOUNS, SECURITY_NOUNS, abstract_noun
from redline.statements.names import title_before
from redline.statements.quotes import find_quotations
from redline.statements.spans import Ranges
from redline.types import ActorRef, CharSpan, Place

if TYPE_CHECKING:
    from redline.entities import ArticleEntities

PERSONAL = frozenset("it they he she we i its their his her our them him us itself themselves "
                     "ourselves himself herself my me you your".split())
RELATIVE = frozenset("who which that whom whose".split())
POSSESSIVE = frozenset("its their his her our my your".split())


def is_pronoun(tok: Token) -> bool:
    """A personal or relative pronoun ("it", "they", "who"), not "US" the country."""
    return tok.pos_ in ("PRON", "DET") and (tok.lower_ in PERSONAL or tok.lower_ in RELATIVE)


def has_possessive_pronoun(tok: Token) -> bool:
    """"its troops", "their arms": the phrase points back at someone named before."""
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE for c in tok.children)
# Dependencies that end a mention: clauses, coordination, punctuation.
_CUT = frozenset({"relcl", "acl", "conj", "cc", "punct", "advcl", "parataxis", "appos",
                  "ccomp", "xcomp", "mark", "preconj", "dep", "advmod", "npadvmod"})
# Prepositions that tell why or when, never who ("ministers over jailed
# activist" in a headline, "officials amid protests").
_REASON_PREPS = frozenset({"over", "amid", "despite", "after"})
_NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"})
# Words for an army: with none of them in a story, its bare "officers" are police.
_ARMY_WORDS = frozenset("army armies military soldier soldiers troop troops junta militia militias".split())
# Heads of a treaty's name ("the Rome Statute", "the Paris Agreement").
_TREATY_WORDS = frozenset("statute treaty accord accords agreement convention conventions protocol pact "
                          "charter".split())
# Adjectives after a noun that say whom its people oppose ("critical of X").
_OPPOSING_ADJECTIVES = frozenset("critical opposed hostile averse antagonistic resistant skeptical sceptical".split())
# Places someone lives or works in, which stand for their owner as a target.
_PREMISES = frozenset("residence home house office headquarters compound palace villa apartment "
                      "convoy motorcade car".split())
# Nouns of a deed whose possessor owns it ("Egypt's decision", "Israel's move").
_DEED_WORDS = frozenset("action decision move measure policy step conduct behaviour behavior "
                        "ruling order decree law".split())
# Nouns for a state's armed force and its machines: "Thai jets", "Pakistan's
# aircraft", "Sudanese warplanes" are the state's military, not the state.
_FORCE_NOUNS = frozenset("aircraft jet warplane fighter bomber helicopter gunship drone warship gunboat "
                         "submarine tank artillery army military navy troop soldier paratrooper".split())
_MAX_TOKENS = 14
_NON_STATE = frozenset({"IGO", "NGO"})
# How often a story names its home state before an event's bare sector is placed there.
_HOME_MENTIONS = 2
# How many times more often than the dateline's state the story must name
# another state before that other state is its home.
_DOMINANCE = 2
# Paragraphs from which a story that names one state is set in it.
_LONG_STORY_PARAGRAPHS = 5
# ... and at least this often: a stray place or two ("Colorado Party") is no story's subject.
_DOMINANT_MENTIONS = 4
# Sectors of people who act away from home: "leaders", "officials", "envoys".
TRAVELLING_SECTORS = frozenset({"GOV"})
_ACTOR_KINDS = frozenset({"person", "organization"})
_NAMED_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC"})
_NUMERIC = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def bare_sector(code: str | None, resolver: ActorResolver) -> bool:
    """Whether ``code`` is a bare sector ("MIL", "CVL"): no state or organisation."""
    if not code or len(code) != 3 or code in ("IGO", "NGO"):
        return False
    # ("NCL", the places stage's New Caledonia, is a territory, not a sector)
    return code in SECTOR_CODES and code not in resolver.tables.countries


def mention_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase ``head`` governs (no clauses, no conjuncts)."""
    out: list[Token] = []
    stack = [head]
    said_of = adjective_after(head)  # ("the decision “deeply regrettable”": what it was called)
    said_at = said_of.i if said_of is not None else -1
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in _CUT and not _hyphenated(c) or c.i == said_at:
                continue
            if time_phrase(c) or c.dep_ == "prep" and t.i == head.i and c.lower_ in _REASON_PREPS:
                continue  # "Montenegro on Saturday", "supporters of X on Monday": when, not who
            stack.append(c)
    out.sort(key=lambda t: t.i)
    # Keep the part nearest the head when the phrase runs long.
    if len(out) > _MAX_TOKENS:
        k = out.index(head)
        lo = max(0, min(k - _MAX_TOKENS // 2, len(out) - _MAX_TOKENS))
        out = out[lo:lo + _MAX_TOKENS]
    while out and out[0].dep_ in ("det", "case") and out[0] is not head:
        out = out[1:]
    while len(out) > 1 and out[-1] is not head and out[-1].dep_ == "prep" and not any(out[-1].children):
        out = out[:-1]  # "Turkish ministers over": the parser hung the preposition's object elsewhere
    return out


def actor_noun(head: Token) -> bool:
    """Whether a common noun names people or a body ("settlers", "army"),
    by the entity layer's noun table."""
    nouns = entity_nouns()
    return nouns.get(head.lower_) in _ACTOR_KINDS or nouns.get(head.lemma_.lower()) in _ACTOR_KINDS


# Endings of nouns for people by what they do ("attackers", "bombers", "gunmen").
_AGENT_ENDINGS = ("er", "or", "ant", "ist", "man", "men")


def _members_from(head: Token) -> Token | None:
    """The body a group of people named by what they do comes from
    ("attackers *from the group*"), or None."""
    if head.pos_ != "NOUN" or not (actor_noun(head) or head.lemma_.lower().endswith(_AGENT_ENDINGS)):
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == head.i + 1), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None


def _event_noun(head: Token) -> bool:
    """Whether ``head`` names an act ("talks", "air raids", "an appeal")."""
    return head.pos_ == "NOUN" and not actor_noun(head) and noun_sense(head) is not None


def _named(tok: Token) -> bool:
    """A word of a name: a proper noun, a demonym, or inside a named entity."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in _NAMED_ENTS or tok.tag_ == "POS" and tok.i > 0 \
        and _named(tok.doc[tok.i - 1])


def _hyphenated(tok: Token) -> bool:
    """A piece of a hyphenated modifier ("Vietnamese" and "-" in
    "Vietnamese-led forces"), which the parse hangs off as punct/npadvmod."""
    doc = tok.doc
    if tok.text in ("-", "‐", "–") and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_:
        return True
    return (tok.dep_ == "npadvmod" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
            and not tok.whitespace_)


def text_of(tokens: list[Token]) -> str:
    """The tokens' text with their original spacing (gaps become one space)."""
    parts: list[str] = []
    for k, t in enumerate(tokens):
        parts.append(t.text)
        if k + 1 < len(tokens):
            parts.append(t.whitespace_ if tokens[k + 1].i == t.i + 1 else " ")
    return "".join(parts).strip()


class Participants:
    """Resolves the actors of one article's mentions, with caching."""

    def __init__(self, doc: Doc, actors: ArticleActors, text: str | None = None,
                 entities: ArticleEntities | None = None, places: list[Place] | None = None,
                 spoken_by: dict[CharSpan, str] | None = None) -> None:
        self.doc = doc
        self.entities = entities
        # the code of the speaker each statement's pronoun ("He vowed more
        # attacks") was resolved to, by the pronoun's span
        self._spoken_by = spoken_by or {}
        # the article's resolved places with a country, by start: a town the
        # actor tables lack ("Isfahan") is its state's
        self._places = sorted((p for p in places or () if p.country and not p.adjective and p.lat is not None),
                              key=lambda p: p.span)
        self._place_starts = [p.span[0] for p in self._places]
        # how often the article names each state (places and demonyms): a
        # story's home state is named more than once
        self._state_mentions: dict[str, int] = {}
        for p in places or ():
            if p.country:
                self._state_mentions[p.country] = self._state_mentions.get(p.country, 0) + 1
        self.text = doc.text if text is None else text  # Doc.text joins every token
        # the entity layer found the quotations already; without it, find them here
        self.quoted = Ranges(entities.quoted if entities is not None
                             else [q.outer for q in find_quotations(self.text)])
        self.actors = actors
        self._refs: dict[int, tuple[ActorRef, ...]] = {}
        # pronouns being read back to their groups now (a group whose own
        # phrase holds the pronoun would read it again without end)
        self._reading_back: set[int] = set()
        self._police: bool | None = None  # whether the story's only security force is the police
        self._paragraphs: int | None = None  # how many paragraphs the story has (``_long_sole_story``)
        self._texts: dict[str, ActorCode | None] = {}
        self._sent_country: dict[int, list[tuple[int, str]]] = {}
        self._ents = list(doc.ents)
        self._ent_starts = [e.start for e in self._ents]
        self.sent: Span = doc[0:0]
        self.sent_ents: list[Span] = []
        self._institutions: list[tuple[int, str, str]] | None = None
        self._envoys: list[int] | None = None  # where the envoy words stand, listed once

    def start_sentence(self, sent: Span) -> None:
        """Set the sentence mentions are resolved in (Token.sent is slow on long
        documents), and learn its role-titled people."""
        self.sent = sent
        lo = bisect.bisect_left(self._ent_starts, sent.start)
        hi = bisect.bisect_left(self._ent_starts, sent.end)
        self.sent_ents = self._ents[lo:hi]
        self.learn()

    # -- resolution ---------------------------------------------------------

    def resolve_text(self, text: str) -> ActorCode | None:
        if text in self._texts:
            return self._texts[text]
        known = len(self.actors.people)
        code = self.actors.resolve(text) if text else None
        if len(self.actors.people) != known:
            # A person was introduced: names that failed before may resolve now.
            self._texts = {k: v for k, v in self._texts.items() if v is not None}
        self._texts[text] = code
        return code

    def sentence_countries(self) -> list[tuple[int, str]]:
        """The states the current sentence names (entities or demonyms), with
        their token positions."""
        sent = self.sent
        if sent.start in self._sent_country:
            return self._sent_country[sent.start]
        # Entities of any naming label (the small model calls "Ugandan" a PERSON)
        # and capitalised adjectives and names outside them, in text order.
        # (a language is no state: "the English-speaking regions")
        names = [(e.start, e.text) for e in self.sent_ents if e.label_ not in _NUMERIC
                 and e.label_ != "LANGUAGE" and not language_name(self.doc, e.end)]
        inside = {i for e in self.sent_ents for i in range(e.start, e.end)}
        # (A sentence's first word is capitalised anyway: only a proper noun
        # there, "Maldives police arrested …" after a dateline.)
        names += [(t.i, t.text) for t in sent
                  if t.pos_ in ("ADJ", "PROPN") and t.is_title and t.i not in inside
                  and (t.i > sent.start or t.pos_ == "PROPN") and not language_name(self.doc, t.i + 1)]
        found = []
        for i, text in sorted(names):
            code = self.resolve_text(text)
            person = self._person_at(self.doc[i]) if code is not None else None
            if person is not None and person.country != code.country:
                continue  # "Jordan said" of Interior Minister Mark Jordan: no state of Jordan's
            if code is not None and code.sector == "MED" and code.org:
                continue  # "footage seen by AFP", "the AFP journalist": an agency's home owns no one here
            if code is not None and code.country and code.country not in _NON_STATE \
                    and not _sponsor(self.doc[i]) and not _mission_owner(self.doc[i]) \
                    and not for_whom(self.doc[i]) and not sided(self.doc[i]):
                # ("rallied in support of Hamas", "anti-Israel protesters": not their state)
                found.append((i, code.country))
        self._sent_country[sent.start] = found
        return found

    def host_state(self, head: Token, kin: str) -> str | None:
        """The state an ethnic group at ``head`` lives in: the first state
        other than its kin state ``kin`` that its own phrase names ("ethnic
        Albanian guerrillas operating in Macedonia"), else the one the
        sentence names nearest ("ethnic Turks ... Sweden's decision")."""
        lo, hi = head.left_edge.i, head.right_edge.i
        found = [(i, c) for i, c in self.sentence_countries() if c != kin]
        inside = next((c for i, c in found if lo <= i <= hi), None)
        if inside is not None:
            return inside
        if self.quoted and not self._in_quote(head.idx):
            found = [f for f in found if not self._in_quote(self.doc[f[0]].idx)]
        if not found:
            return None
        return min(found, key=lambda f: (abs(f[0] - head.i), f[0]))[1]

    def _in_quote(self, char: int) -> bool:
        return char in self.quoted

    def in_quote(self, char: int) -> bool:
        """Whether the character at ``char`` lies inside a quotation."""
        return char in self.quoted

    def country_within(self, head: Token, travels: bool = False) -> str | None:
        """The state a generic group noun belongs to: the first its own phrase
        names ("refugees fleeing the war in Liberia"), else the sentence's
        only state ("Kenyan police arrested opposition supporters"); none
        where the sentence names several or the noun spans sides ("all
        parties", "both sides"). A group that ``travels`` (office holders)
        takes only a state its own phrase names."""
        lo, hi = head.left_edge.i, head.right_edge.i
        # (not where the group was sent: "detainees later deported to Spain")
        found = [(i, c) for i, c in self.sentence_countries() if not is_destination(self.doc[i])]
        inside = next((c for i, c in found if lo <= i <= hi and i != head.i), None)
        if inside is not None:
            return inside
        if head.tag_ != "NNS" or any(c.lower_ in _SPANNING for c in head.children):
            return None  # people ("supporters", "refugees"), not things ("border security")
        if travels:
            # "the foreign ministers met in Nairobi", "the leaders discussed
            # Syria": office holders travel and talk about other states; a
            # state outside their own phrase is not theirs
            return None
        if head.dep_ == "nsubj" and self.actors.home_state is not None:
            # "some judges had criticized the agreement with Albania": a state
            # inside what a subject acts on says nothing of whose the subject
            # is; the story's home state does
            acted_on = {t.i for c in head.head.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
            if any(i in acted_on for i, _ in found):
                return None
        states = {c for _, c in found}
        return states.pop() if len(states) == 1 else None

    def nearest_country(self, at: int) -> str | None:
        """The state named nearest to token ``at`` in the current sentence;
        for a mention outside a quotation, not one the quotation names (the
        ministry that says "we exhort the United States" is not American);
        for a verb's subject, not one its object names ("Director General
        Zahid Chaudhri summoned the Indian charge d'affaires" is not Indian)."""
        found = self.sentence_countries()
        objects = _object_tokens(self.doc[at])
        if objects:
            found = [f for f in found if f[0] not in objects]
        subject = _subject_tokens(self.doc[at])
        if subject:
            # ... and for its object, not one its subject names ("Pakistani
            # troops attacked a patrol": the patrol is the other side's)
            found = [f for f in found if f[0] not in subject]
        if self.quoted and not self._in_quote(self.doc[at].idx):
            found = [f for f in found if not self._in_quote(self.doc[f[0]].idx)]
        # "the prime minister fled to South Africa after alleging the army
        # ousted him": where someone went is not whose the army is
        found = [f for f in found if not is_destination(self.doc[f[0]])] or found
        # "the cabinet would appeal the ruling and that Morocco remained a
        # safe partner": a state that is another clause's own subject acts
        # for itself and owns no one
        found = [f for f in found if not _own_clause_subject(self.doc[f[0]], self.doc[at])]
        if not found:
            return None
        return min(found, key=lambda f: (abs(f[0] - at), f[0]))[1]

    def _ref(self, tokens: list[Token], head: Token | None = None) -> ActorRef | None:
        if not tokens or (head is not None and casualty_count(head)):
            return None  # ("19 dead in Nepal protests": a toll acts on no one)
        while len(tokens) > 1 and tokens[0].ent_type_ in ("DATE", "TIME") and tokens[0].pos_ in ("PROPN", "NUM") \
                and tokens[0].whitespace_ and tokens[0] is not head:
            tokens = tokens[1:]  # "on Monday 12 French officials": a date the parser hung on them
        if head is not None and head.tag_ == "NN" and head.dep_ == "nsubj" and abstract_noun(head.lemma_.lower()) \
                and entity_nouns().get(head.lemma_.lower()) is None and not _event_noun(head) \
                and not any(c.dep_ in ("poss", "compound") or c.pos_ == "PROPN" and c.i < head.i
                            or c.dep_ == "prep" and c.lower_ == "of"  # "a majority of voters"
                            for c in head.children):
            # ("growing pressure by the commission" as what an act is aimed
            # at is the commission's: only a subject is read so)
            return None  # "growing dysfunction in the US Congress" acts as no one
        if head is not None and head.dep_ != "nsubj" and _bare_abstraction(head):
            return None  # "an assault on press freedom": a value, no one's
        where = None
        if head is not None and head.pos_ == "NOUN" and not actor_noun(head):
            # "streets in Hong Kong", "roads near the border": a thing is no
            # actor by the place it stands in
            where = place_preposition(head)
            if where is not None:
                tokens = [t for t in tokens if t.i < where.i]
        if head is not None and where is None and actor_noun(head):
            # "police outside parliament", "troops near the embassy": where
            # people stand says nothing of whose they are
            near = next((c for c in head.children if c.dep_ == "prep" and c.i > head.i
                         and c.lower_ in _BESIDE), None)
            place = next((g for g in near.children if g.dep_ == "pobj"), None) if near is not None else None
            if place is not None and place.ent_type_ not in ("GPE", "LOC"):
                tokens = [t for t in tokens if t.i < near.i]
        if head is not None:
            # "an attorney critical of President Bukele": whom one opposes
            # says nothing of whose one is
            against = next((c for c in head.children if c.i > head.i and c.pos_ == "ADJ"
                            and c.lemma_.lower() in _OPPOSING_ADJECTIVES), None)
            if against is not None:
                tokens = [t for t in tokens if t.i < against.i]
            # "accused the suspects of planning attacks on government
            # offices": what one is blamed for says nothing of whose one is
            charge = next((c for c in head.children if c.dep_ == "prep" and c.i > head.i and c.lower_ == "of"
                           and any(g.dep_ == "pcomp" and g.tag_ == "VBG" or g.dep_ == "pobj" and _event_noun(g)
                                   for g in c.children)), None)
            if charge is not None:
                tokens = [t for t in tokens if t.i < charge.i]
        if head is not None and _event_noun(head):
            # An act is coded by who does it, named before it ("two Israeli
            # air raids", "a United Nations appeal"), never by what its
            # phrase is about ("talks on the phone over the Syria ceasefire"
            # have no Syrian side; "talks with Putin" are read by the coder)
            # nor by a word of its kind ("the military ceasefire"); a
            # possessor is whole ("the Nepali government's ban" is NPLGOV's)
            owner = next((c for c in head.children if c.dep_ == "poss" and not is_pronoun(c)), None)
            if owner is not None and owner.pos_ == "NOUN" and actor_noun(owner):
                return self._ref(mention_tokens(owner), owner)
            tokens = [t for t in tokens if t.i < head.i and _named(t)]
            if not tokens:
                return None
        if head is not None and head.pos_ == "NOUN":
            # "the Turkish and Greek sides of the island of Cyprus": a
            # demonym on the head says whose; the "of" phrase only where
            of = _of_after_demonym(head)
            if of is not None:
                tokens = [t for t in tokens if t.i < of.i]
        if head is not None and head.text[:1].isupper() and head.lemma_.lower() in _TREATY_WORDS:
            # "the Rome Statute of the International Criminal Court", "the
            # Minsk Accords": a treaty named after a city is no act of its state
            of = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                       and (p := next((g for g in c.children if g.dep_ == "pobj"), None)) is not None), None)
            return self._ref(mention_tokens(of), of) if of is not None else None
        text = text_of(tokens)
        code = self.resolve_text(text)
        if code is not None and code.kind == "state" and not code.sector and head is not None \
                and head.pos_ == "PROPN":
            # "Montenegro said" of Prime Minister Luis Montenegro: the person
            # the entity layer knows, not the state of the same name
            person = self._person_at(head)
            code = person if person is not None and person.code else code
        # ("The Democratic Party" after "the main opposition Democratic Party";
        # "the Democratic Party leadership": the party named before the body)
        if code is not None and code.sector == "POL" and head is not None:  # (only a party's code may change)
            for side in [head] + [c for c in head.children if c.dep_ == "compound"]:
                code = party_side(code, self.entity_code(side)) or code
        if code is not None and code.sector == "GOV" and not code.name and head is not None and head.pos_ == "NOUN":
            # "the leader of United Seychelles, the main opposition party": a
            # role word reads as GOV; the entity layer knows the party it is held in
            known = self.entity_code(head)
            code = known if known is not None and known.sector in ("POL", "OPP") \
                and known.country == code.country and not known.org else code
        if code is not None and code.kind == "person" and code.sector == "GOV" and head is not None:
            # "UPN Executive Secretary Ana Dias": an office title reads
            # as GOV; the entity layer knows the party it is held in
            known = self._person_at(head)
            code = known if known is not None and known.sector in ("POL", "OPP") \
                and known.country == code.country else code
        if code is not None and code.org and head is not None and self._belgian_brussels(tokens):
            code = ActorCode("BEL", None, None, None, kind="state")
        if code is None and head is not None and (head.pos_ == "PROPN" or head.ent_type_ in ("GPE", "LOC", "FAC")):
            code = self._town_state(head)
        if code is None and head is not None and head.lower_ in _PLACE_HEADS:
            # "the Tigray region", "the Darfur region": the named place's state
            code = next((c for t in head.children if t.dep_ == "compound" and t.pos_ == "PROPN"
                         for c in (self._town_state(t) or self._state_named(t),) if c is not None), None)
        if code is None and head is not None and (whose := self._whose_owner(head)) is not None:
            # "the unity government (GNA), whose presidential council vowed
            # an offensive": a body of the noun the clause is about, in its
            # code (a council, a leadership: no sector word of their own)
            code = ActorCode(whose[:3], whose[3:6] or None, None, None, kind="state")
        if code is None:
            # "the alliance", "the bloc": no table word, but the entity layer
            # may know whom they refer back to
            # ("Dodik" after "Republika Srpska's president Milorad Dodik":
            # a person the tables lack is who the layer knows him to be)
            # ("the Islamic Republic" in a story about Iran: a short form
            # the layer placed)
            code = self.entity_code(head) if head is not None and (
                head.pos_ in ("NOUN", "PROPN") or head.ent_type_ == "PERSON") else None
            if code is None:
                code = _civic_body(tokens, head)
            if code is None and head is not None and (_counted_crowd(head, tokens) or _counted_victims(head, tokens)):
                # "Thousands protested", "hundreds were detained": a crowd told
                # by its size alone is civilians (placed in the story's state)
                code = ActorCode(None, "CVL", None, None, kind="group")
            if code is None and head is not None and head.lower_ in _BLOCS and _definite(head) \
                    and head.is_lower and not any(t.pos_ == "PROPN" and t.i != head.i for t in tokens):
                # "the 27-member bloc" after "the European Union"
                code = self.bloc_before(head)
            if code is None and head is not None and head.lower_ in ("forces", "troops") and _definite(head) \
                    and all(t.i >= head.i or t.dep_ == "amod" and t.is_lower for t in tokens):
                # "the occupying forces" after "the Israeli occupation forces"
                state = self.institution_before(head)
                code = ActorCode(state, "MIL", None, None, kind="state") if state is not None else None
            if code is None:
                return None
        if head is not None and head.pos_ == "NOUN" and code.sector and not code.org \
                and entity_nouns().get(head.lower_) == "place":
            # "the streets of the capital, Lilongwe, a Reuters witness (said)":
            # a place is at most its state, never a sector's people
            code = replace(code, sector=None) if code.country else None
            if code is None:
                return None
        if (where is not None and code.country and code.sector and not code.org and not code.name
                and not any(self._names_state(t) for t in tokens)):
            # "police stations in Port-au-Prince" after "Kenyan police
            # officers": an institution's building is the state's where it
            # stands, not that of another state's body named before
            place = next((c for c in where.children if c.dep_ == "pobj"), None)
            state = (self._town_state(place) or self._state_named(place)) if place is not None else None
            if state is not None and state.country != code.country:
                code = replace(code, country=state.country)
        if code.country is not None and head is not None and _ethnic(tokens):
            # "ethnic Albanians" in Macedonia: a minority belongs to the state
            # it lives in (CAMEO's convention), not to its kin state
            host = self.host_state(head, code.country)
            if host is not None:
                code = replace(code, country=host)
        if code.country is None and code.sector is not None and code.org is None and not _ACROSS_STATES.search(text):
            # Who "the spokesman" or "the ministry" is, the entity layer says
            # when the article named them before.
            # "Colonel-General X, the chief of the Azerbaijani General Staff":
            # the apposed role says whose, before any state the article
            # learned for the bare title from where it stood
            apposed = self._apposed_state(head) if head is not None else None
            if apposed is None and head is not None:
                # "the government said its soldiers had put down the
                # assault": the body that tells owns what "its" names
                apposed = self._teller_state(head)
            known = self.entity_code(head) if apposed is None else None
            if apposed is not None:
                code = replace(code, country=apposed or None)
            elif known is not None:
                code = known
            elif head is not None and (whose := self._whose_owner(head)) is not None:
                # "Mondlane, whose supporters ...": the owner's state
                code = replace(code, country=whose[:3])
            elif head is not None and has_possessive_pronoun(head):
                # "its troops": whose, the antecedent says, not the sentence
                owner = next(c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE)
                state = next((r.code[:3] for r in self.pronoun_refs(owner)
                              if r.code and r.code[:3] in self.actors.resolver.tables.countries), None)
                if state is not None and owner.lower_ == "its" and self._plural_antecedent(owner):
                    state = None  # "its" never points back at "six Cambodian soldiers"
                if state is None:
                    return None
                code = replace(code, country=state)
            elif head is not None:
                # "President Abdelaziz Bouteflika" belongs to the state named
                # nearest; a generic noun only to a state its own phrase names
                # ("refugees fleeing the war in Liberia"), never to one that
                # merely stands nearby ("talks with all parties").
                country = self.envoy_before(head) if tokens[0] is head and _definite(head) else None
                if country is None:
                    country = (self.nearest_country(head.i) if _state_bound(head, tokens, code)
                               else self.country_within(head, travels=code.sector in TRAVELLING_SECTORS))
                if country is None:
                    # "the government of Sindh province": a region the actor
                    # tables lack is its state's, as the places stage resolved it
                    country = next((town.country for t in tokens if t.pos_ == "PROPN" and t.i != head.i and not _sponsor(t)
                                    for town in (self._town_state(t),) if town is not None), None)
                if country is None and _definite(head) and all(
                        t.i >= head.i or t.dep_ == "amod" and t.is_lower for t in tokens):
                    # "the military", "the occupying forces"
                    country = self.institution_before(head)
                if country is not None:
                    code = replace(code, country=country)
        if not code.code:
            return None
        span = (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        return code.as_ref(self.text[span[0]:span[1]], (span,))

    def bloc_before(self, head: Token) -> ActorCode | None:
        """"Ahead of a summit between Ukraine and the European Union, the
        27-member bloc imposed sanctions": a bare definite bloc, alliance
        or union is the international body named last before it (within
        a few sentences)."""
        k = bisect.bisect_left(self._ent_starts, head.i) - 1
        while k >= 0 and head.idx - self._ents[k].start_char <= _BLOC_CHARS:
            ent = self._ents[k]
            k -= 1
            if ent.label_ not in ("ORG", "GPE", "NORP"):
                continue
            code = self.resolve_text(ent.text)
            if code is not None and code.org and code.country == "IGO":
                return code
        return None

    def _belgian_brussels(self, tokens: list[Token]) -> bool:
        """"giving Belgian diplomats 48 hours to leave …, accusing Brussels
        of …": the capital the tables give the European Union stands for
        Belgium where its sentence, or the one before, names Belgium and its
        own sentence names no European body."""
        if len(tokens) != 1 or tokens[0].text != "Brussels":
            return False
        sent = self.sent
        lo = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        if any(t.text in ("EU", "European") or t.lower_ == "bloc" for t in sent):
            return False
        return any(t.text.startswith("Belgi") for t in self.doc[lo:sent.end])

    def _apposed_state(self, head: Token) -> str | None:
        """The state the phrase in apposition to ``head`` names for it
        ("X, the chief of the Armenian Armed Forces General Staff")."""
        for c in head.children:
            if c.dep_ != "appos":
                continue
            code = self.resolve_text(text_of(mention_tokens(c)))
            if code is not None and code.country and code.country not in _NON_STATE and not code.org:
                return code.country
        return None

    def institution_before(self, head: Token) -> str | None:
        """"Rights groups accuse the military" after "a Myanmar military
        airstrike": a bare definite state institution is the one the article
        last named with its state ("Myanmar military", "Niger's junta"),
        where all its earlier namings give one state; none otherwise (a
        generic noun with no owner named gets no invented state)."""
        word = head.lower_
        if word not in _INSTITUTIONS:
            return None
        if self._institutions is None:
            self._institutions = self._named_institutions()
        family = _ARMED if word in _ARMED else {word}
        states = {c for i, w, c in self._institutions if w in family and i < head.i}
        return states.pop() if len(states) == 1 else None

    def envoy_before(self, head: Token) -> str | None:
        """"Police were told to expel the envoy" after "French ambassador
        Sylvain Itte": a bare definite envoy is the one the story named
        before with the state that sent them, never the host state that
        stands nearby ("ambassador to Niamey" is France's)."""
        if head.lower_ not in _ENVOYS:
            return None
        if self._envoys is None:
            self._envoys = [t.i for t in self.doc if t.lower_ in _ENVOYS]
        # only the envoy words before ``head`` are read: the cost per
        # mention does not grow with the text before it
        for j in range(bisect.bisect_left(self._envoys, head.i) - 1, -1, -1):
            t = self.doc[self._envoys[j]]
            # the sender stands before the word ("Danish ambassador",
            # "France's envoy"); "to Bamako" after it is the host
            toks = [m for m in mention_tokens(t) if m.i <= t.i]
            if len(toks) < 2:
                continue
            code = self.resolve_text(text_of(toks))
            if code is not None and code.country and code.country not in _NON_STATE:
                return code.country
        return None

    def _named_institutions(self) -> list[tuple[int, str, str]]:
        """(position, word, state) of each institution word the text names
        right after a state's name or demonym ("Myanmar military", "Niger's
        junta", "the Thai army")."""
        out = []
        for t in self.doc:
            if t.lower_ not in _INSTITUTIONS or t.i == 0:
                continue
            k = t.i - 1
            # "the Israeli occupation army", "Israeli special forces": up to
            # two lower-case words between the state and its institution
            for _ in range(2):
                if k > 0 and self.doc[k].is_lower and self.doc[k].is_alpha and self.doc[k].pos_ in ("NOUN", "ADJ"):
                    k -= 1
            if self.doc[k].tag_ == "POS" and k > 0:
                k -= 1
            owner = self.doc[k]
            if not owner.is_alpha or not owner.text[:1].isupper():
                continue
            code = self.resolve_text(owner.text)
            if code is not None and code.country and code.country not in _NON_STATE \
                    and code.org is None and not code.name:
                out.append((t.i, t.lower_, code.country))
        return out

    def _names_state(self, tok: Token) -> bool:
        """Whether ``tok`` is a state's name or demonym ("Kenyan", "Haiti")."""
        if not tok.text[:1].isupper():
            return False
        return self._state_named(tok) is not None

    def _state_named(self, tok: Token) -> ActorCode | None:
        """The state a one-word place name stands for in the tables ("Darfur")."""
        code = self.resolve_text(tok.text)
        if code is None or not code.country or code.sector or code.org or code.name or code.kind != "state":
            return None
        return code

    def _town_state(self, head: Token) -> ActorCode | None:
        """The state of the resolved place ``head`` names ("strikes on
        Isfahan": Iran), from the article's places."""
        k = bisect.bisect_right(self._place_starts, head.idx) - 1
        if k < 0:
            return None
        place = self._places[k]
        if not (place.span[0] <= head.idx < place.span[1]):
            return None
        return ActorCode(place.country, None, None, None, kind="state")

    def sector_only(self, code: str | None) -> bool:
        """Whether ``code`` is a bare sector ("MIL", "CVL"): no state or organisation."""
        return bare_sector(code, self.actors.resolver)

    def transnational(self, ref: ActorRef) -> bool:
        """Whether ``ref`` is a named group the tables give no state ("ISIL",
        "al-Qaeda"): no story's home side, nor any jailer's."""
        own = self.resolve_text(ref.text) if ref.code and self.sector_only(ref.code) else None
        return own is not None and own.org is not None

    def placed(self, ref: ActorRef) -> ActorRef:
        """``ref`` with the story's home state where its code is a bare
        sector: "Mondlane" (POL) in a story every place of which lies in
        Mozambique is MOZPOL, as the speaker layer codes the same person
        (``ArticleActors.in_home_state``), where the story names that state
        at least twice. A phrase that spans sides ("all parties", "both
        sides") stays bare: no one state is meant."""
        if not ref.code or ref.text.split()[:1] and ref.text.split()[0].lower() in _SPANNING:
            return ref
        if any(w in _SIDE_SPANS for w in zip(ref.text.lower().split(), ref.text.lower().split()[1:])):
            return ref  # "villagers from opposing sides": people of both states
        if not self.sector_only(ref.code):
            # "POL" is Poland's code too: a party man's bare sector is told
            # apart by what his mention resolves to (no state)
            own = self.resolve_text(ref.text) if len(ref.code) == 3 else None
            if own is None or own.country is not None or own.org or own.sector != ref.code:
                return ref
        elif self.transnational(ref):
            return ref
        if self.actors.joins_states(ref.text) or self._joins_states(ref) or _ACROSS_STATES.search(ref.text):
            return ref
        code = self.actors.in_home_state(ActorCode(None, ref.code, None, None, kind="group"))
        main = self._main_state()
        if code.country is not None and main is not None and main != code.country \
                and code.country != self.actors.framed_state \
                and self._state_mentions[main] >= max(_DOMINANCE * self._state_mentions.get(code.country, 0),
                                                      _DOMINANT_MENTIONS):
            # "JOHANNESBURG - ... protests continue to rock Eswatini": a
            # correspondent's dateline in a neighbour; the story is about the
            # state it names far more often, where its unowned crowds,
            # activists and soldiers belong
            code = replace(code, country=main)
        # (a story with no dateline that names one state far more than any
        # other is placed there by ``in_home_state`` itself, as the speakers
        # are: ``ArticleActors.home_state``)
        if code.country is None or (self._state_mentions.get(code.country, 0) < _HOME_MENTIONS
                                    and code.country != self.actors.dateline_state
                                    and not self._long_sole_story(code.country)):
            # a one-line story that names one state ("Iranian-backed
            # militias shelled the town") is not set there; a story filed
            # from it ("ASUNCION (Reuters) -") is, and so is a full story
            # every place of which lies in it, however seldom it names it
            return ref
        return replace(ref, code=code.code)

    def _long_sole_story(self, state: str) -> bool:
        """Whether ``state`` is the only state a story of several
        paragraphs names."""
        if state != self.actors.sole_state:
            return False
        if self._paragraphs is None:  # (counted once: every placed mention asks)
            self._paragraphs = 1 + sum(1 for t in self.doc if t.is_space and t.text.count("\n") >= 2)
        return self._paragraphs >= _LONG_STORY_PARAGRAPHS

    def _main_state(self) -> str | None:
        """The state the story names most often, where it is named at least
        ``_HOME_MENTIONS`` times and more often than any other."""
        ranked = sorted(self._state_mentions.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < _HOME_MENTIONS or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]

    def _whose_owner(self, head: Token) -> str | None:
        """The code of the noun a relative "whose" phrase at ``head``
        belongs to ("Libya's unity government, whose presidential council
        ...": LBYGOV)."""
        owner = whose_owner(head)
        if owner is None:
            return None
        codes = {r.code for r in self.refs(owner)
                 if r.code and r.code[:3] in self.actors.resolver.tables.countries}
        return codes.pop() if len(codes) == 1 else None

    def _teller_state(self, head: Token) -> str | None:
        """The state of the body that reports the clause ``head`` stands in,
        where ``head`` is owned by "its" ("the government said its soldiers
        ..."): a singular body speaking of its own forces."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        if owner is None:
            return None
        t = head
        for _ in range(4):
            if t.dep_ in ("nsubj", "nsubjpass", "dobj"):
                t = t.head
                break
            if t.head.i == t.i:
                return None
            t = t.head
        if t.dep_ != "ccomp" or t.head.i == t.i:
            return None
        teller = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if teller is None or teller.pos_ != "NOUN" or teller.tag_ != "NN" or not actor_noun(teller):
            return None
        # the teller's state only as its own words or the entity layer give
        # it, not the state named nearest ("... near the border with Sudan
        # but the government said"): else its forces, state unknown ("")
        own = self.resolve_text(text_of(mention_tokens(teller)))
        if own is None or not own.country:
            own = self.entity_code(teller)
        state = own.country if own is not None and own.country else ""
        return state if state in self.actors.resolver.tables.countries or not state else ""

    def _joins_states(self, ref: ActorRef) -> bool:
        """Whether the entity ``ref`` names is, elsewhere in the article, a
        group drawn from several states ("foreign ministers from five
        nations" ... "the foreign ministers of Uganda, Tanzania and Kenya")."""
        if self.entities is None or not ref.spans:
            return False
        ident = self.entities.identity_of_span(ref.spans[0])
        if ident is None or ident.code is not None:
            return False
        k = next((k for k, x in enumerate(self.entities.identities) if x is ident), None)
        if k is None:
            return False
        return any(self.entities.mentions[i].kind != "pronoun"
                   and self.actors.joins_states(self.text[slice(*self.entities.mentions[i].span)])
                   for i in self.entities.clusters[k])

    def _person_at(self, tok: Token) -> ActorCode | None:
        """The code of the person the entity layer knows ``tok`` to name,
        if it does and has one (a surname the tables read as a state)."""
        ident = self.entities.identity_at(tok) if self.entities is not None else None
        return ident.code if ident is not None and ident.kind == "person" else None

    def entity_code(self, head: Token | None) -> ActorCode | None:
        """The code of the entity the phrase at ``head`` refers to, where the
        entity layer knows one with a country or organisation."""
        if self.entities is None or head is None:
            return None
        ident = self.entities.identity_at(head)
        if ident is None or ident.code is None or not (ident.code.country or ident.code.org):
            return None
        return ident.code

    def pronoun_refs(self, pron: Token) -> tuple[ActorRef, ...]:
        """The actor a pronoun ("it", "they", "his") refers back to, where the
        entity layer linked it to an earlier name or description."""
        span = (pron.idx, pron.idx + len(pron.text))
        spoken = self._speaker_code(span)
        if self.entities is None or not self.entities.has_antecedent(pron):
            return (spoken.as_ref(pron.text, (span,)),) if spoken is not None else ()
        code = self.entity_code(pron)
        if (code is None or not code.code) and spoken is not None:
            # the statement rules knew who "he" is where the entity layer
            # could not code him: the act and the words have one author
            return (spoken.as_ref(pron.text, (span,)),)
        if (code is None or not code.code) and pron.lower_ in ("they", "them", "their"):
            # "clashed with opposition supporters as they protested", "police
            # fired tear gas after protesters hurled rocks towards them": a
            # group the entity layer joined the pronoun to but could not code
            # is coded as its mention is where it stands
            antecedent = self.entities.antecedent(pron)
            group = self.doc[antecedent.head] if antecedent is not None else None
            if group is not None and group.dep_ == "pobj" and group.head.lower_ == "of" \
                    and group.head.head.lower_ in _CROWD_COUNTS:
                group = group.head.head  # "Hundreds of people rallied … to disperse them": the crowd told by size
            if group is None or not (actor_noun(group) or group.lower_ in _CROWD_COUNTS) \
                    or pron.i in self._reading_back:
                return ()
            self._reading_back.add(pron.i)
            try:
                refs = self.refs(group)
            finally:
                self._reading_back.discard(pron.i)
            # (placed by the group's own words: "they" is no bare POL, Poland's code)
            return tuple(replace(self.placed(r), text=pron.text, spans=(span,)) for r in refs[:1])
        if code is None or not code.code:
            return ()
        return (code.as_ref(pron.text, (span,)),)

    def _speaker_code(self, span: CharSpan) -> ActorCode | None:
        """The code of the speaker a statement's pronoun at ``span`` was
        resolved to, as a state and sector, or None."""
        actor = self._spoken_by.get(span)
        if not actor:
            return None
        country, sector = parse_actor_code(actor, self.actors.resolver.tables.countries)
        if country is None or country in ("IGO", "NGO"):
            return None  # (an organisation's code says more than its slots)
        return ActorCode(country, sector, None, None, kind="person")

    def _two_sentences_back(self) -> int:
        """The first token of the sentence two before the current one (or
        of the text, where there are fewer)."""
        lo = self.sent.start
        for _ in range(2):
            if lo > 0:
                lo = self.doc[lo - 1].sent.start
        return lo

    def pair_states(self, head: Token) -> tuple[ActorRef, ...]:
        """The two states named before ``head`` in its sentence and the two
        before it, when exactly two are named there; else none."""
        # "…between Thailand and Cambodia. Both countries accused …"
        distinct = list(dict.fromkeys(self._state_words(self._two_sentences_back(), head.i)))
        if len(distinct) != 2:
            distinct = self._two_sides(head)
        if len(distinct) != 2:
            return ()
        span = (head.idx, head.idx + len(head.text))
        return tuple(ActorCode(c, None, None, None, kind="state").as_ref(head.text, (span,)) for c in distinct)

    def people_pair(self, head: Token) -> tuple[ActorRef, ...]:
        """The two people last named together ("Josaia Vuki and Tevita
        Lomu") in ``head``'s sentence or the two before it, each as coded;
        none where no such pair is named there."""
        for tok in reversed(self.doc[self._two_sentences_back():head.i]):
            if tok.ent_type_ != "PERSON" or tok.dep_ == "compound":
                continue
            others = [c for c in tok.conjuncts if c.ent_type_ == "PERSON" and c.dep_ != "compound"]
            if len(others) != 1:
                continue
            first = min(tok, others[0], key=lambda t: t.i)
            if first.i != tok.i and tok.i > others[0].i:
                continue  # read the pair from its first conjunct
            toks = mention_tokens(head)
            span = (toks[0].idx, toks[-1].idx + len(toks[-1].text))
            out: list[ActorRef] = []
            for member in sorted((tok, others[0]), key=lambda t: t.i):
                ref = self._ref(mention_tokens(member), member)
                if ref is not None and ref.code:
                    out.append(replace(ref, text=self.text[span[0]:span[1]], spans=(span,)))
            return tuple(out)
        return ()

    def _pair_members(self, head: Token) -> tuple[ActorRef, ...]:
        """"The presidents of the two countries", "the foreign ministers of
        both nations": one member per state of the pair, in the sector the
        head noun gives (KGZGOV and TJKGOV); none where the pair is unknown."""
        if head.pos_ != "NOUN" or head.tag_ != "NNS":
            return ()
        pair = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and _pair_noun(g)), None)
        if pair is None:
            return ()
        sector = self.resolve_text(text_of([t for t in mention_tokens(head) if t.i <= head.i]))
        if sector is None or sector.country or sector.org or not sector.sector:
            return ()
        # the two states the story is about before the two its last lines
        # name: "the two Central Asian nations, both of which are Russian
        # allies" names Russia too
        states = self._two_sides(head) or [r.code[:3] for r in self.pair_states(pair)]
        if len(states) != 2:
            return ()
        toks = [t for t in head.subtree]
        span = (toks[0].idx, toks[-1].idx + len(toks[-1].text))
        return tuple(ActorCode(c, sector.sector, None, None, kind="state")
                     .as_ref(self.text[span[0]:span[1]], (span,)) for c in states)

    def _two_sides(self, head: Token) -> list[str]:
        """The two states the story so far is about, when the sentences
        near ``head`` do not name exactly two: the two it named most before
        ``head``, each at least twice and more often than any third ("the
        two sides" in a story of Armenia and Azerbaijan that names Russia as
        the mediator and Moscow as the venue)."""
        counts: dict[str, int] = {}
        for country in self._state_words(0, head.i):
            counts[country] = counts.get(country, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) < 2 or ranked[1][1] < 2 or (len(ranked) > 2 and ranked[1][1] <= ranked[2][1]):
            return []
        return [ranked[0][0], ranked[1][0]]

    def _state_words(self, lo: int, hi: int) -> Iterator[str]:
        """The state each one-word state name or adjective among tokens
        ``lo``..``hi`` names ("Thailand", "Cambodian"), in text order; not a
        word of a longer name ("Thailand" of "Thailand Open")."""
        for t in self.doc[lo:hi]:
            if t.pos_ not in ("PROPN", "ADJ") or not t.text[:1].isupper() or (
                    t.dep_ == "compound" and t.head.pos_ == "PROPN"):
                continue
            code = self.resolve_text(t.text)
            if code is not None and code.kind == "state" and code.country and code.country not in _NON_STATE \
                    and not code.sector and not code.org:
                yield code.country

    def _plural_antecedent(self, pron: Token) -> bool:
        """Whether the last named or described mention the entity layer
        joined ``pron`` to is plural."""
        antecedent = self.entities.antecedent(pron) if self.entities is not None else None
        return antecedent is not None and antecedent.number == "pl"

    def refs(self, head: Token) -> tuple[ActorRef, ...]:
        """The actors the noun phrase at ``head`` names, one per conjunct
        (and per coordinated modifier); empty when none resolves."""
        if head.i in self._refs:
            return self._refs[head.i]
        out: list[ActorRef] = []
        seen: set[str] = set()

        def add(ref: ActorRef | None) -> None:
            if ref is not None and ref.code and ref.code not in seen:
                seen.add(ref.code)
                out.append(ref)

        heads = [head] + [c for c in head.conjuncts if c.pos_ in _NOUNISH and c.i > head.i
                          and not subject_of_next_verb(c) and not _reporter_conjunct(c)]
        whole = _partitive_whole(head)
        if whole is not None and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
            # "one of its military posts" is one of the posts (but "one of the
            # offenders, the speaker Marcel Pipo" is the one named)
            if is_pronoun(whole):
                # "some of them started throwing rocks": some of those "them" is
                mine = self.pronoun_refs(whole)
                result = tuple(replace(r, text=text_of(mention_tokens(head)), spans=((
                    head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)),)) for r in mine[:1])
                self._refs[head.i] = result
                return result
            heads = [whole]
        for h in heads:
            if _people_pair_noun(h):
                # "The pair were charged", "the two are accused": the two
                # people the story named together just before
                for ref in self.people_pair(h):
                    add(ref)
                continue
            if _pair_noun(h):
                # "both countries", "the two neighbours": the two states the
                # story just named ("clashes between Thailand and Cambodia")
                for ref in self.pair_states(h):
                    add(ref)
                continue
            if is_pronoun(h) or h.pos_ in ("VERB", "AUX") and h.tag_ == "VBG":
                continue  # a clause ("holding a meeting with the Minsk group") is no actor
            joint = self._pair_members(h)
            if joint:
                for ref in joint:
                    add(ref)
                continue
            toks = mention_tokens(h)
            first = self._ref(toks, h)
            owner = next((c for c in h.children if c.dep_ == "poss" and not is_pronoun(c)), None)
            if first is not None and owner is not None and self._diplomat(h):
                # "Montenegro's Ambassador in Belgrade": the state that sends
                # an envoy owns him, not the capital he serves in
                sender = self._state_of(owner)
                if sender is not None and not (first.code or "").startswith(sender):
                    first = replace(first, code=sender + "GOV")
            if (owner is not None and h.pos_ == "NOUN" and h.lemma_.lower() in _DEED_WORDS
                    and any(t.i > h.i for t in toks)):
                # "Egypt's decision for labeling the Muslim Brotherhood a
                # terrorist group": a deed is its owner's, not the names in
                # what it was about
                mine = self.refs(owner)
                if mine:
                    first = mine[0]
            if h.pos_ == "NOUN" and h.lemma_.lower() in _PREMISES:
                # "stormed his Juba residence": a home is its owner's, not
                # the town's it stands in
                poss = next((c for c in h.children if c.dep_ == "poss"), None)
                mine = () if poss is None else self.pronoun_refs(poss) if is_pronoun(poss) else self.refs(poss)
                if mine:
                    first = _as_named(mine[0], toks)
            if first is not None and h.pos_ == "PROPN" and self.sector_only(first.code[-3:]) \
                    and not first.code[:3] in self.actors.resolver.tables.countries:
                # "the Police Reforms Working Group, a coalition of 18 rights
                # groups": what the apposition says the body is beats a word
                # of its name
                for c in h.children:
                    if c.dep_ == "appos":
                        kind = self.resolve_text(text_of(mention_tokens(c)))
                        if kind is not None and kind.sector == "NGO" and kind.country is None:
                            first = replace(first, code="NGO")
                            break
            if first is None or (h.pos_ == "NOUN" and not (first.code or "")[:3] in ("IGO", "NGO")):
                # "the regional bloc, ECOWAS": the name in apposition to a
                # common noun says which body it is
                for c in h.children:
                    if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN", "PRON") and (first is None or (
                            c.pos_ == "PROPN" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in (",", "—"))):
                        # (not "the biggest in a country of 1.6 million people":
                        # a description, whose words name no one)
                        # (a name in brackets is an acronym of the phrase: "the force in Lebanon (UNIFIL)")
                        named = self._ref(mention_tokens(c), c)
                        if named is not None and (first is None or (
                                named.code and not self.sector_only(named.code))):
                            first = named
                            break
            if first is None:
                role = _split_apposition(h)
                if role is not None:
                    first = self._ref(mention_tokens(role), role)
            if first is None or self.sector_only(first.code or ""):
                # "Attackers from the group", "gunmen from the militia": the
                # people are of the body they come from
                # (the body's own phrase only, not its refs: a chain of "from"
                # phrases is read one link deep)
                sent = _members_from(h)
                mine = self._ref(mention_tokens(sent), sent) if sent is not None else None
                if mine is not None and not self.sector_only(mine.code or ""):
                    first = _as_named(mine, toks)
            if (first is not None and first.code in self.actors.resolver.tables.countries
                    and h.pos_ == "NOUN" and h.lemma_.lower() in _FORCE_NOUNS):
                first = replace(first, code=first.code + "MIL")  # "Thai jets dropped bombs"
            if (first is not None and first.code and first.code.endswith("MIL") and h.lemma_.lower() == "officer"
                    and not any(c.dep_ in ("compound", "amod") for c in h.children) and self._police_story()):
                # "officers dispersed the rally with tear gas" in a story whose
                # only security force is the police: police officers
                first = replace(first, code=first.code[:-3] + "COP")
            if owner is not None and h.pos_ == "NOUN" and not actor_noun(h) and not _event_noun(h) \
                    and first is not None and first.code and (mine := self.refs(owner)) \
                    and (mine[0].code or "")[:3] == first.code[:3] and len(mine[0].code or "") > 3:
                # "Hezbollah's military and security activity": the owner
                # body's, not the army's its kinds name ("Sudan's aircraft",
                # a state's, are read below as its military)
                add(_as_named(mine[0], toks))
                continue
            add(first)
            # "Hungarian and Romanian officials": one mention per coordinated modifier.
            for m in toks:
                if m is h:
                    continue
                for c in m.children:
                    if c.dep_ == "conj" and c.pos_ in ("ADJ", "PROPN", "NOUN"):
                        variant = sorted([t for t in toks if t is not m] + [c], key=lambda t: t.i)
                        add(self._ref(variant, h))
        result = tuple(out)
        self._refs[head.i] = result
        return result

    def _police_story(self) -> bool:
        """Whether the story names the police and no army, soldiers or troops."""
        if self._police is None:
            lemmas = {w for t in self.doc if t.pos_ in ("NOUN", "PROPN", "ADJ") for w in (t.lemma_.lower(), t.lower_)}
            self._police = "police" in lemmas and not lemmas & _ARMY_WORDS
        return self._police

    def is_actor(self, head: Token) -> bool:
        return bool(self.refs(head))

    def _diplomat(self, head: Token) -> bool:
        """Whether ``head`` or its title is a diplomat's ("ambassador",
        "Ambassador Tarzan Milosevic")."""
        diplomats = current_lexicon().groups.get("diplomats", frozenset())
        return any(t.lemma_.lower() in diplomats for t in
                   [head] + [c for c in head.children if c.dep_ == "compound"])

    def _state_of(self, tok: Token) -> str | None:
        """The state a name stands for ("Montenegro"), if it is one."""
        code = self.resolve_text(text_of(mention_tokens(tok)))
        countries = self.actors.resolver.tables.countries
        if code is None or not code.code or code.code not in countries:
            return None
        return code.code

    def learn(self) -> None:
        """Resolve the sentence's role-titled person mentions so later bare
        names ("Peskov") resolve to the same actor."""
        sent = self.sent
        for ent in self.sent_ents:
            if ent.label_ != "PERSON":
                continue
            head = ent.root
            while head.dep_ == "compound" and head.head.i != head.i and head.head.i < sent.end:
                head = head.head
            toks = mention_tokens(head)
            if len(toks) > len(ent):
                self.resolve_text(text_of(toks))
            lead = title_before(ent.doc, ent.start)
            if lead and (not toks or lead[0].i < toks[0].i):
                # "NATO Secretary-General Jens Stoltenberg": the parser broke
                # the title off at its hyphen (even into another sentence);
                # the words still say who the person is here
                self.resolve_text(text_of(lead + list(ent)))


# Words that pick some of a group ("one of its posts", "some of the rebels").
_PARTITIVES = frozenset("one two three some many several most each any none all part".split())


# "people in 13 countries", "officials from several nations": a phrase
# that spreads its people over several states, none of which is theirs.
_ACROSS_STATES = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|all|both|each|every|various|several|"
    r"other|many|multiple|different|numerous|some)\s+(?:\w+\s+)?(?:countries|nations|states)\b", re.IGNORECASE)


# Endings of nouns for values, qualities and doctrines ("freedom",
# "fairness", "extremism"); "-tion" and "-ment" name bodies too ("a
# military detachment").
_VALUE_ENDINGS = ("dom", "ness", "ism")


def _bare_abstraction(head: Token) -> bool:
    """A noun for a value or doctrine with no name, owner or phrase of its
    own ("press freedom", "violent extremism"): no act is done to it."""
    low = head.lemma_.lower()
    return head.pos_ == "NOUN" and low.endswith(_VALUE_ENDINGS) and low != "kingdom" \
        and entity_nouns().get(low) is None and not _event_noun(head) and not any(
            c.dep_ in ("poss", "compound", "prep", "nmod") or _named(c) for c in head.children)


def _partitive_whole(head: Token) -> Token | None:
    """The group a partitive phrase takes from ("one of its military
    posts" -> posts), or None."""
    if head.lower_ not in _PARTITIVES:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None and (whole.pos_ in ("NOUN", "PROPN") or is_pronoun(whole)) else None


def stolen_subject(verb: Token) -> Token | None:
    """"recalled their ambassadors and Thailand closed its border": the
    parser took the second clause's subject for a conjunct of the first
    clause's object; the proper noun right before the subjectless
    coordinated verb is its subject."""
    if verb.dep_ != "conj" or verb.i == 0 or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    return noun if subject_of_next_verb(noun) else None


# Verbs whose subject the parser hangs on the object before them
# ("killed ten civilians, locals and media reports said").
_SAYING = frozenset("say tell report add confirm".split())


def _reporter_conjunct(noun: Token) -> bool:
    """A conjunct of an object that is really the subject of a saying verb
    right after the coordination: "killed ten civilians, locals and media
    reports said" (locals and reports said; they were not killed). The
    subject runs from the last comma before the verb."""
    if noun.dep_ != "conj":
        return False
    members = [noun] + list(noun.conjuncts)
    first = min(members, key=lambda t: t.i)
    last = max(members, key=lambda t: t.i)
    doc = noun.doc
    if last.i + 1 >= len(doc):
        return False
    verb = doc[last.i + 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SAYING or verb.dep_ not in ("conj", "parataxis") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    comma = max((t.i for t in doc[first.i:last.i] if t.text == ","), default=None)
    return comma is not None and noun.i > comma


def subject_of_next_verb(noun: Token) -> bool:
    """A proper noun the parser made a conjunct of the object before it,
    right before a subjectless verb coordinated with that object's verb."""
    if noun.dep_ != "conj" or noun.pos_ != "PROPN" or noun.i + 1 >= len(noun.doc):
        return False
    verb = noun.doc[noun.i + 1]
    first = noun.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return (verb.pos_ == "VERB" and verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP")
            and first.dep_ == "dobj" and verb.head.i == first.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


# Nouns that a place's name modifies ("the Tigray region").
_PLACE_HEADS = frozenset("region province district state county area territory enclave".split())


# Nouns for the two states a story is about ("both countries").
_PAIR_NOUNS = frozenset("country countries nation nations neighbour neighbours neighbor neighbors "
                        "sides parties".split())
# What the sides of "the parties to the conflict" are sides of.
_CONFLICTS = frozenset("conflict war dispute fighting talks truce ceasefire agreement accord deal".split())


# Nouns by which a story takes up two people it named together.
_PEOPLE_PAIR_NOUNS = frozenset("pair duo couple".split())
_PEOPLE_NOUNS = frozenset("men women officials leaders brothers sisters activists journalists".split())


def _people_pair_noun(head: Token) -> bool:
    """"the pair", "the duo", "the two" (alone), "both men", "the two
    officials": two people named just before."""
    if head.lower_ in _PEOPLE_PAIR_NOUNS and _definite(head):
        return True
    if head.lower_ == "two" and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and _definite(head):
        return True
    if head.lower_ not in _PEOPLE_NOUNS or any(c.dep_ in ("amod", "compound", "prep", "appos")
                                               for c in head.children):
        return False  # ("two human rights activists", "both men — a businessman and a lawyer": named here)
    return any(c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both" for c in head.children) or (
        _definite(head) and any(c.dep_ == "nummod" and c.lower_ == "two" for c in head.children))


def _pair_noun(head: Token) -> bool:
    """"both countries", "the two neighbours", "both sides", "the two
    parties", "the parties to the conflict", "the conflicting parties"."""
    if head.lower_ not in _PAIR_NOUNS or head.tag_ not in ("NNS",):
        return False
    if any((c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both")
           or (c.dep_ == "nummod" and c.lower_ == "two") for c in head.children):
        return True
    if head.lower_ in ("neighbours", "neighbors") and _definite(head) and not any(
            c.dep_ in ("poss", "prep") for c in head.children):
        return True  # "the neighbours traded blame", not "its neighbours", "neighbours of Iraq"
    if head.lower_ not in ("sides", "parties") or not _definite(head):
        return False
    return any(c.dep_ == "amod" and c.lower_ in ("conflicting", "warring", "opposing") for c in head.children) or any(
        c.dep_ == "prep" and c.lower_ in ("to", "in") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _CONFLICTS for g in c.children)
        for c in head.children)


# Who represents a state abroad: theirs is the sending state, not the host.
_ENVOYS = frozenset("envoy ambassador diplomat".split())


def _definite(head: Token) -> bool:
    """"the envoy", "the military": a phrase that points back."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


# A state's own institutions, named alone once the article gave their state.
_INSTITUTIONS = frozenset("military army junta government regime police navy forces troops".split())
# Nouns for an international body named again ("the bloc").
_BLOCS = frozenset("bloc alliance union grouping".split())
_BLOC_CHARS = 1500
# Words for one state's armed forces: "the occupying forces" after "the
# Israeli occupation army" are that army.
_ARMED = frozenset("military army forces troops".split())


# Determiners of a group that spans sides: it belongs to no one state.
_SPANNING = frozenset("all both each every various several other others".split())
# Word pairs inside a phrase that put its people on more than one side.
_SIDE_SPANS = frozenset({("opposing", "sides"), ("both", "sides"), ("rival", "sides"), ("either", "side"),
                         ("both", "countries"), ("two", "sides"), ("opposite", "sides")})


# Head words of the names of non-governmental bodies ("Third World Water
# Forum", "Human Rights Watch"): a named body of this kind that no table
# knows is an NGO, by CAMEO's top-level slot.
NGO_HEAD_WORDS = frozenset("forum foundation watch coalition network society".split())


def _civic_body(tokens: list[Token], head: Token | None) -> ActorCode | None:
    """An unknown organisation named like a civic body is an NGO."""
    if head is None or head.pos_ != "PROPN" or head.ent_type_ != "ORG" or head.lower_ not in NGO_HEAD_WORDS:
        return None
    if any(t.ent_type_ in ("GPE", "NORP") for t in tokens):
        return None  # "the Russian Geographical Society": a state's body
    return ActorCode("NGO", None, None, None, kind="ngo", org_name=text_of(tokens))


# Nouns that count a crowd with nothing after them ("Thousands protested").
_CROWD_COUNTS = frozenset("hundreds thousands dozens scores tens".split())


def _counted_crowd(head: Token, tokens: list[Token]) -> bool:
    """Whether the mention is a bare crowd count ("Thousands", "hundreds
    more"), not a count of something named ("thousands of troops")."""
    return (head.lower_ in _CROWD_COUNTS and head.dep_ in ("nsubj", "nsubjpass")
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
            and all(t.pos_ in ("NUM", "NOUN", "ADV", "DET", "ADJ") for t in tokens))


# Verbs whose bare counted object is people ("the clashes killed four",
# "another 65 were wounded", "arrested 30").
_HARM_VERBS = frozenset("kill wound injure shoot arrest detain abduct kidnap capture execute behead "
                        "massacre hurt slay".split())


def _counted_victims(head: Token, tokens: list[Token]) -> bool:
    """Whether the mention is a bare count of people harmed or held ("killed
    four", "another 65 were wounded"), not a count of something named."""
    return (head.like_num and head.ent_type_ in ("CARDINAL", "") and head.dep_ in ("dobj", "nsubjpass")
            and head.head.lemma_.lower() in _HARM_VERBS
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
            and all(t.pos_ in ("NUM", "ADV", "DET", "ADJ", "ADP") or t.like_num for t in tokens))


def _of_after_demonym(head: Token) -> Token | None:
    """The "of" after a noun that a demonym already qualifies ("Turkish
    sides of Cyprus"), or None."""
    if not any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in head.lefts):
        return None
    return next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)


def _split_apposition(name: Token) -> Token | None:
    """The role phrase the parser split off a named subject ("Qatar's emir,
    Sheikh Hamad bin Khalifa al-Thani launched": "emir" hung on the verb, not
    on the name): a sibling noun ending just before the name's comma."""
    if name.pos_ != "PROPN" or name.dep_ != "nsubj":
        return None
    start = name.left_edge.i
    if start < 2 or name.doc[start - 1].text != ",":
        return None
    for c in name.head.children:
        if (c.i < start and c.dep_ in ("dep", "nsubj", "npadvmod", "appos") and c.pos_ == "NOUN"
                and c.right_edge.i == start - 2):
            return c
    return None


# A state's building abroad: whose it is says nothing of who stands near it.
MISSIONS = frozenset({"embassy", "consulate", "legation", "chancery"})


def _object_tokens(subject: Token) -> frozenset[int]:
    """The tokens of the objects naming people or bodies of the verb whose
    subject ``subject`` is (none for other words)."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return frozenset()
    # (people and bodies only: "expressed Tehran's strong protest" is the subject's own;
    # and those aimed at: "fired tear gas at Serb protesters")
    objects = [c for c in subject.head.children if c.dep_ in ("dobj", "dative")]
    objects += [p for c in subject.head.children if c.dep_ == "prep" and c.lower_ in _AIMED_AT
                for p in c.children if p.dep_ == "pobj"]
    # "fired teargas during clashes with ethnic Serbs": the other side of the clash
    objects += [o for c in subject.head.children if c.dep_ == "prep"
                for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                for w in p.children if w.dep_ == "prep" and w.lower_ == "with"
                for o in w.children if o.dep_ == "pobj"]
    # "called the Algerian decision regrettable": a deed a state's adjective
    # marks is that state's, not the subject's
    owned = frozenset(t.i for c in objects if c.dep_ == "dobj" and c.lemma_.lower() in _DEED_WORDS
                      for t in c.children if t.dep_ == "amod" and t.ent_type_ in ("NORP", "GPE"))
    return owned | frozenset(t.i for c in objects
                             if actor_noun(c) or c.ent_type_ in ("PERSON", "ORG", "NORP") or c.lower_ in ROLE_NOUNS
                             or _compound_lemma(c) in current_lexicon().groups.get("diplomats", frozenset())
                             for t in c.subtree)


def _subject_tokens(obj: Token) -> frozenset[int]:
    """The tokens of the subject of the verb whose direct object, or object
    aimed at, ``obj`` is, where both are armed or police forces (a patrol
    two states' troops meet across a line); none otherwise (an "Argentine
    judge" orders an Argentine ex-president)."""
    verb = obj.head if obj.dep_ in ("dobj", "dative") else (
        obj.head.head if obj.dep_ == "pobj" and obj.head.lower_ in _AIMED_AT and obj.head.dep_ == "prep" else None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not _armed(obj):
        return frozenset()
    return frozenset(t.i for c in verb.children if c.dep_ == "nsubj" and _armed(c) for t in c.subtree)


def _armed(noun: Token) -> bool:
    """Whether ``noun`` names troops, police or a unit of them."""
    return noun.lemma_.lower() in SECURITY_NOUNS or noun.lemma_.lower() in ("patrol", "unit", "convoy", "post")


# Prepositions that say where people stand ("police outside parliament").
_BESIDE = frozenset({"outside", "near", "around", "inside", "at", "beside", "behind"})
# Prepositions whose object an act is aimed at.
_AIMED_AT = frozenset({"at", "on", "against", "with"})


def _compound_lemma(head: Token) -> str:
    """A noun with its compounds as one lemma, as the lexicon's word sets
    write it ("charge d'affaires")."""
    words = [c.lemma_.lower() for c in head.lefts if c.dep_ == "compound"] + [head.lemma_.lower()]
    return " ".join(words)


def _mission_owner(tok: Token) -> bool:
    """A state named as the owner of an embassy or consulate ("protesters
    near the French embassy in Yangon", "outside the embassy of China"):
    not the state of the people or forces the sentence tells of."""
    t = tok
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.lemma_.lower() in MISSIONS:
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in MISSIONS


def _as_named(ref: ActorRef, tokens: list[Token]) -> ActorRef:
    """``ref``'s actor, as the phrase of ``tokens`` names it (its text and span)."""
    return replace(ref, text=text_of(tokens), spans=((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)),))


def _sponsor(tok: Token) -> bool:
    """A state named as a sponsor or a side taken ("Rwandan-backed rebels",
    "separatists backed by Russia", "an anti-Syria journalist",
    "pro-Russian separatists"): not the group's own."""
    doc = tok.doc
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lower_ in NEGATING_AFTER:
        return True
    if tok.i >= 2 and doc[tok.i - 1].text in ("-", "‐") and not doc[tok.i - 1].whitespace_ \
            and doc[tok.i - 2].lower_ in NEGATING_BEFORE and not doc[tok.i - 2].whitespace_:
        return True
    return (tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "‐") and not tok.whitespace_
            and doc[tok.i + 2].lower_ in NEGATING_AFTER)


def _ethnic(tokens: list[Token]) -> bool:
    """Whether the phrase names an ethnic group by its kin ("ethnic Turks",
    "ethnic Albanian guerrillas")."""
    return any(t.lower_ == "ethnic" and t.i + 1 < len(t.doc) and t.nbor().is_title for t in tokens)


def _own_clause_subject(state: Token, other: Token) -> bool:
    """Whether the state's name ``state`` is the subject of a verb that
    is not ``other``'s."""
    return state.dep_ in ("nsubj", "nsubjpass") and state.head.pos_ in ("VERB", "AUX") \
        and state.head is not other.head and other not in state.head.subtree


def _state_bound(head: Token, tokens: list[Token], code: ActorCode) -> bool:
    """Whether the phrase names someone who belongs to a state the sentence
    may give: a named or titled person ("President X", "the minister", "an
    appeal from President X") or one institution ("the military
    government"); not a generic or plural group ("forces", "all parties")."""
    if head.ent_type_ == "ORG" and not any(t.ent_type_ == "PERSON" for t in tokens):
        return False  # a body's state is its own ("Treasury" is not Maduro's), never the nearest
    if any((t.pos_ == "PROPN" and t.ent_type_ not in _NUMERIC) or t.ent_type_ == "PERSON" for t in tokens):
        return True  # (not "on Saturday")
    if head.tag_ != "NN":
        return False
    return head.lemma_.lower() in ROLE_NOUNS or code.sector in STATE_SECTORS
