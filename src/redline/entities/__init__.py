"""The entity layer: who is who in one article, decided once.

    parse ─► entities ─► statements (speakers) ─► events (participants)

``resolve_entities`` finds the mentions of people, organisations, states and
groups (``mentions.find_mentions``), groups those that refer to the same
one (``coref.cluster_mentions``: deterministic rules where they are sure, a
learned mention-ranking model for pronouns and descriptions), and gives
each group its identity (``identity.identify``: kind, canonical name, role,
affiliation, actor code). Speakers and event participants read the result
(``ArticleEntities``) instead of resolving mentions themselves.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Doc, Token

from redline.actors import ArticleActors
from redline.actors.normalize import fold, is_acronym
from redline.entities.coref import cluster_mentions
from redline.entities.groupings import home_state_described, join_groupings
from redline.entities.identity import Identity, identify, to_entity, unplaced_body
from redline.entities.mention import Mention
from redline.entities.mentions import find_mentions
from redline.entities.owners import own_bodies, own_roles, side_bodies
from redline.entities.scenes import place_by_scene
from redline.entities.short_forms import name_short_forms
from redline.entities.roles import link_roles
from redline.parse.labels import correct_entity_labels
from redline.statements.quotes import find_quotations
from redline.statements.spans import doc_text
from redline.types import CharSpan, Entity, Statement

# How many mentions before a span may hold it (a mention is at most a few
# dozen tokens; nested and overlapping ones are few).
_LOOKBACK = 64

__all__ = ["ArticleEntities", "Identity", "Mention", "attach_quoted_speakers", "resolve_entities"]


class ArticleEntities:
    """The article's entities, with lookups from tokens and spans.

    mentions: every mention, in text order; ``entity_of[i]`` is the index of
    the entity mention ``i`` belongs to, ``identities[k]`` who entity ``k`` is.
    """

    def __init__(self, doc: Doc, mentions: list[Mention], clusters: list[list[int]],
                 identities: list[Identity], quoted: list[CharSpan] | None = None) -> None:
        self.doc = doc
        self.quoted = quoted or []  # the article's quotations (outer spans), found once here
        self.mentions = mentions
        self.clusters = clusters
        self.identities = identities
        self.entity_of: list[int] = [0] * len(mentions)
        for k, members in enumerate(clusters):
            for i in members:
                self.entity_of[i] = k
        # the widest mention headed by each token: the noun phrase it heads
        self._by_head: dict[int, int] = {}
        for i, m in enumerate(mentions):
            prev = self._by_head.get(m.head)
            if prev is None or (m.end - m.start) > (mentions[prev].end - mentions[prev].start):
                self._by_head[m.head] = i
        self._by_span: dict[CharSpan, int] = {m.span: i for i, m in enumerate(mentions)}
        self._starts = [m.span[0] for m in mentions]  # sorted: mentions are in text order
        self._extra: dict[int, list[CharSpan]] = {}  # mentions attached later (first person)
        self._named: dict[str, Identity | None] | None = None  # canonical name -> identity, when unique

    def identity_at(self, token: Token) -> Identity | None:
        """Who the phrase headed by ``token`` refers to, if it is a mention."""
        i = self._by_head.get(token.i)
        return self.identities[self.entity_of[i]] if i is not None else None

    def identity_of_span(self, span: CharSpan) -> Identity | None:
        """Who the mention at exactly ``span`` (or the smallest mention
        holding it) refers to."""
        i = self._holding(span)
        return self.identities[self.entity_of[i]] if i is not None else None

    def opening_mention(self, span: CharSpan) -> str | None:
        """The text of the mention at ``span`` or of the one holding it that
        opens where it does ("A spokesman for the group, who identified
        himself as Omar Dalil" for "A spokesman for the group"), else None."""
        i = self._holding(span)
        if i is None or self.mentions[i].span[0] != span[0]:
            return None
        start, end = self.mentions[i].span
        return doc_text(self.doc)[start:end]

    def _holding(self, span: CharSpan) -> int | None:
        """The mention at exactly ``span``, else the smallest one holding it.
        Mentions are short, so only a bounded run before ``span`` is read:
        the cost stays flat however long the article."""
        i = self._by_span.get(span)
        if i is not None:
            return i
        k = bisect.bisect_right(self._starts, span[0])
        holding = [j for j in range(max(0, k - _LOOKBACK), k)
                   if self.mentions[j].span[0] <= span[0] and span[1] <= self.mentions[j].span[1]]
        if not holding:
            # "Zimbabwe's main opposition party, the Citizens Coalition for
            # Change (CCC)": a phrase of two mentions in apposition is the
            # first of them
            text = doc_text(self.doc)
            opening = [j for j in range(max(0, k - _LOOKBACK), k)
                       if self.mentions[j].span[0] == span[0] and self.mentions[j].span[1] < span[1]
                       and text[self.mentions[j].span[1]:self.mentions[j].span[1] + 1] == ","]
            return max(opening, key=lambda j: self.mentions[j].span[1]) if opening else None
        return min(holding, key=lambda j: self.mentions[j].span[1] - self.mentions[j].span[0])

    def identity_named(self, name: str) -> Identity | None:
        """The identity of the one entity with canonical ``name``, or with
        that name among its written names ("PDF" of "Kyauk Lone Gyi
        People's Defense Force (PDF)"), if one."""
        if self._named is None:
            self._named = {}
            for ident in self.identities:
                if ident.name:
                    self._named[ident.name] = None if ident.name in self._named else ident
            written: dict[str, Identity | None] = {}
            text = doc_text(self.doc)
            for k, members in enumerate(self.clusters):
                for i in members:
                    m = self.mentions[i]
                    if m.kind == "name":
                        form = text[m.span[0]:m.span[1]]
                        seen = written.get(form, self.identities[k])
                        written[form] = seen if seen is self.identities[k] else None
            for form, ident in written.items():
                self._named.setdefault(form, ident)
        return self._named.get(name)

    def within(self, span: CharSpan) -> list[Mention]:
        """The mentions inside ``span``, in text order."""
        lo = bisect.bisect_left(self._starts, span[0])
        hi = bisect.bisect_left(self._starts, span[1])
        return [m for m in self.mentions[lo:hi] if m.span[1] <= span[1]]

    def has_antecedent(self, token: Token) -> bool:
        """Whether the mention headed by ``token`` joins an entity named or
        described before it (a pronoun with an antecedent)."""
        i = self._by_head.get(token.i)
        if i is None:
            return False
        return any(j < i and self.mentions[j].kind != "pronoun" for j in self.clusters[self.entity_of[i]])

    def antecedent(self, token: Token) -> Mention | None:
        """The last named or described (not pronoun) mention before the
        mention headed by ``token`` in its entity: what a pronoun refers
        back to, or None."""
        i = self._by_head.get(token.i)
        if i is None:
            return None
        before = [j for j in self.clusters[self.entity_of[i]] if j < i and self.mentions[j].kind != "pronoun"]
        return self.mentions[max(before)] if before else None

    def _inside_name(self, i: int) -> bool:
        """Whether mention ``i`` lies inside a longer name mention."""
        s, e = self.mentions[i].span
        k = bisect.bisect_right(self._starts, s)
        return any(self.mentions[j].kind == "name" and self.mentions[j].span[0] <= s and e <= self.mentions[j].span[1]
                   and self.mentions[j].span != (s, e) for j in range(max(0, k - _LOOKBACK), k))

    def attach(self, spans: list[CharSpan], to: CharSpan) -> None:
        """Add mentions found by a later stage ("I" inside a quotation) to the
        entity of the mention at ``to``."""
        i = self._holding(to)
        if i is None:
            return
        for span in spans:
            j = self._by_span.get(span)
            if j is not None and self.entity_of[j] != self.entity_of[i] and len(self.clusters[self.entity_of[j]]) == 1:
                self._extra.setdefault(self.entity_of[i], []).append(span)
                self.clusters[self.entity_of[j]] = []

    def entities(self) -> list[Entity]:
        """The article's entities for output: those with a name, a code, a
        role or more than one mention ("we" the authors, said four times, is
        someone), in order of first mention."""
        out: list[tuple[int, Entity]] = []
        for k, members in enumerate(self.clusters):
            if not members:
                continue
            ident = self.identities[k]
            if ident.name is None and ident.code is None and ident.role is None and len(members) < 2:
                continue
            if ident.code is None and ident.kind == "unknown" and all(self._inside_name(i) for i in members):
                continue  # "Change" of "the Citizens Coalition for Change": a word of a longer name
            entity = to_entity(ident, self.mentions, _outermost(self.mentions, members))
            extra = self._extra.get(k)
            if extra:
                entity = replace(entity, mentions=tuple(sorted(set(entity.mentions) | set(extra))))
            out.append((min(self.mentions[i].span[0] for i in members), entity))
        out.sort(key=lambda x: x[0])
        return [e for _, e in out]


def _outermost(mentions: list[Mention], members: list[int]) -> list[int]:
    """The members less a name nested in a longer mention of the same entity
    with the same head ("Dmitry Peskov" inside "Kremlin spokesman Dmitry
    Peskov"): one mention, one span."""
    heads: dict[int, Mention] = {}
    for i in members:
        m = mentions[i]
        widest = heads.get(m.head)
        if widest is None or m.end - m.start > widest.end - widest.start:
            heads[m.head] = m
    return [i for i in members if heads[mentions[i].head] is mentions[i]]


def resolve_entities(doc: Doc, actors: ArticleActors, skip: list[CharSpan] | None = None) -> ArticleEntities:
    """Who is who in ``doc``: mentions, their entities and each entity's identity.

    skip: boilerplate ranges; mentions there are left out.
    """
    correct_entity_labels(doc)  # idempotent: the pipeline has done it; callers of this layer alone need it too
    text = doc_text(doc)
    quoted = [q.outer for q in find_quotations(text)]
    mentions = find_mentions(doc, quoted)
    if skip:
        mentions = [m for m in mentions if not any(s <= m.span[0] < e for s, e in skip)]
    clusters = link_roles(doc, mentions, [sorted(c) for c in cluster_mentions(doc, mentions, body_state=actors.body_state)],
                          actors)
    clusters.sort(key=lambda c: c[0] if c else 0)
    identities = [identify(doc, text, mentions, members, actors) for members in clusters]
    clusters, identities = _merge_same_names(doc, text, mentions, clusters, identities, actors)
    # "Kyauk Lone Gyi People's Defense Force (PDF)" … "the PDF said"
    clusters, identities = _merge_bracketed_acronyms(doc, text, mentions, clusters, identities, actors)
    # "The bloc noted …" after "ECOWAS has suspended Burkina Faso"
    clusters, identities = join_groupings(doc, mentions, clusters, identities)
    # ("the party" it was joined to says what a body the tables lack is)
    identities = [identify(doc, text, mentions, members, actors)
                  if unplaced_body(ident.code) and ident.name and ident.kind in ("group", "organisation") else ident
                  for members, ident in zip(clusters, identities)]
    # "the West African country" after "Mali, Guinea and Guinea-Bissau" in a story about Benin
    clusters = home_state_described(doc, mentions, clusters, identities, actors.home_state)
    # "a statement from the defence ministry" carried by one state's media; "a ministry spokesman"
    identities = own_bodies(doc, text, mentions, clusters, identities, actors)
    # "CCC spokesman Promise Mkwananzi": the body's, not a government's
    identities = own_roles(doc, mentions, clusters, identities, actors)
    # "the Democratic Party leadership" of "the main opposition Democratic Party"
    identities = side_bodies(doc, mentions, clusters, identities)
    # "the Islamic Republic" in a story about Iran
    identities = name_short_forms(identities, actors)
    # "Foreign Ministry spokesman Li Wenbo told a briefing in Beijing"; "In Taipei, the defence ministry …"
    identities = place_by_scene(doc, mentions, clusters, identities, actors)
    # "President Ana Rojas" in a story set in one state: that state's, as
    # the speakers' and events' codes already are
    actors.use_actors(i.code for i in identities if i.code is not None)
    identities = [replace(i, code=actors.in_home_state(i.code)) if i.code is not None else i for i in identities]
    return ArticleEntities(doc, mentions, clusters, identities, quoted)


def _merge_same_names(doc: Doc, text: str, mentions: list[Mention], clusters: list[list[int]],
                      identities: list[Identity], actors: ArticleActors
                      ) -> tuple[list[list[int]], list[Identity]]:
    """Entities with the same full name ("Lai Ching-te" twice, where the
    tokenizer split the name differently; "Rene Mbaye" and "René Mbaye",
    written with and without the accent) are one."""
    first: dict[tuple[str, str], list[int]] = {}
    merged: dict[int, list[int]] = {}
    for k, ident in enumerate(identities):
        if ident.name is None or ident.kind not in ("person", "organisation") or len(ident.name.split()) < 2:
            continue
        key = (ident.kind, fold(ident.name).casefold())  # ("Rene Mbaye", written without its accent)
        # "Armenia's defense ministry" and "Azerbaijan's defense ministry"
        # share a name, not a state
        same = next((j for j in first.get(key, ()) if _same_state(identities[j], ident)), None)
        if same is not None:
            merged.setdefault(same, []).append(k)
        else:
            first.setdefault(key, []).append(k)
    return _merged(doc, text, mentions, clusters, identities, actors, merged)


def _merge_bracketed_acronyms(doc: Doc, text: str, mentions: list[Mention], clusters: list[list[int]],
                              identities: list[Identity], actors: ArticleActors
                              ) -> tuple[list[list[int]], list[Identity]]:
    """A name and the acronym the story gives it in brackets ("Kyauk Lone
    Gyi People's Defense Force (PDF)") are one entity, with every later
    "PDF" or "the PDF" the coreference model joined to the acronym."""
    entity_of = {i: k for k, members in enumerate(clusters) for i in members}
    by_end = {m.span[1]: i for i, m in enumerate(mentions) if m.kind == "name"}
    merged: dict[int, list[int]] = {}
    absorbed: set[int] = set()  # entities already joined into another
    for i, m in enumerate(mentions):
        short = text[m.span[0]:m.span[1]]
        if m.kind != "name" or not is_acronym(short) or m.span[0] < 2 or text[m.span[0] - 2:m.span[0]] != " (":
            continue
        j = by_end.get(m.span[0] - 2)
        if j is None or i not in entity_of or j not in entity_of:
            continue
        full, acr = entity_of[j], entity_of[i]
        if full != acr and _initials_hold(short, text[mentions[j].span[0]:mentions[j].span[1]]) \
                and acr not in merged and acr not in absorbed and full not in absorbed:
            merged.setdefault(full, []).append(acr)
            absorbed.add(acr)
    return _merged(doc, text, mentions, clusters, identities, actors, merged)


def _initials_hold(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are initials of the name's capitalised
    words, in order ("PDF" of "Kyauk Lone Gyi People's Defense Force")."""
    initials = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
    letters = iter(initials)
    return all(ch in letters for ch in acronym.replace(".", "").upper())


def _merged(doc: Doc, text: str, mentions: list[Mention], clusters: list[list[int]],
            identities: list[Identity], actors: ArticleActors, merged: dict[int, list[int]]
            ) -> tuple[list[list[int]], list[Identity]]:
    """``clusters`` with each ``merged`` key's entities joined into it, and
    the joined entities identified afresh."""
    if not merged:
        return clusters, identities
    gone = {k for ks in merged.values() for k in ks}
    out_clusters, out_identities = [], []
    for k, members in enumerate(clusters):
        if k in gone:
            continue
        if k in merged:
            members = sorted(members + [i for j in merged[k] for i in clusters[j]])
            out_identities.append(identify(doc, text, mentions, members, actors))
        else:
            out_identities.append(identities[k])
        out_clusters.append(members)
    return out_clusters, out_identities


def _same_state(a: Identity, b: Identity) -> bool:
    """Whether two identities may be one: no two different states in their codes."""
    ca = a.code.country if a.code is not None else None
    cb = b.code.country if b.code is not None else None
    return ca is None or cb is None or ca == cb


def attach_quoted_speakers(statements: list[Statement], entities: ArticleEntities) -> None:
    """"I" and "we" inside a statement's content are its speaker: add them to
    the speaker's entity."""
    for statement in statements:
        if not statement.speaker.spans:
            continue
        firsts = [m.span for piece in statement.content for m in entities.within(piece) if m.kind == "first"]
        if firsts:
            entities.attach(firsts, statement.speaker.spans[0])
