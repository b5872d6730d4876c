"""Give each statement's speaker its actor code ("Dmitry Peskov" → RUSGOV)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from redline.actors.article import ArticleActors
from redline.actors.normalize import is_acronym
from redline.actors.regions import STATE_KIND_NOUNS, continents_named
from redline.actors.resolve import party_side
from redline.types import Statement

if TYPE_CHECKING:
    from redline.entities import ArticleEntities


def code_speakers(statements: list[Statement], actors: ArticleActors,
                  entities: ArticleEntities | None = None) -> list[Statement]:
    """The statements with ``speaker.actor`` set where the speaker resolves.

    The entity layer answers first: the code of the entity the speaker's
    mention belongs to, when it has one with a country. Otherwise the
    mention is tried ("Kremlin spokesman Dmitry Peskov" teaches the
    article who Peskov is), then the canonical name (for "he", "the
    spokesman"), then the affiliation ("White House" for an unnamed official).
    A phrase that joins two or more states ("officials from Russia and
    Ukraine") gets no code: no one state speaks. Statements are taken in
    text order so introductions carry forward.
    """
    coded = []
    by_name: dict[str, str] = {}  # the code each named speaker last had
    for statement in statements:
        statement = _coded(statement, actors, entities, by_name)
        if statement.speaker.name and statement.speaker.actor:
            by_name[statement.speaker.name] = statement.speaker.actor
        coded.append(statement)
    return coded


def _coded(statement: Statement, actors: ArticleActors, entities: ArticleEntities | None,
           by_name: dict[str, str]) -> Statement:
    """``statement`` with its speaker's code (see ``code_speakers``);
    ``by_name``: the code each named speaker had in an earlier statement."""
    sp = statement.speaker
    if sp.mention and sp.mention.lower() in PRONOUNS and sp.name in by_name:
        # "which it said belongs to …": the speaker rules chose who "it" is;
        # that speaker's code, not whatever the coreference model joined it to
        return replace(statement, speaker=replace(sp, actor=by_name[sp.name]))
    if sp.mention and actors.joins_states(sp.mention):
        # "advisers from Russia, Ukraine, France and Germany agreed": no one state speaks
        return statement
    if sp.name and " and " in sp.name and sp.kind == "organisation" and len(
            {c.code for c in (actors.resolver.resolve(part, actors.date) for part in sp.name.split(" and "))
             if c is not None}) != 1:
        return statement  # "Russia and the EU said": two bodies speak, no one code
    sector_only = None  # the entity's own code where it has a sector but no state
    if entities is not None and sp.spans:
        ident = entities.identity_of_span(sp.spans[0])
        same = ident is not None and (sp.name is None or ident.name is None or ident.name == sp.name
                                      or is_acronym(sp.name) or ident.name.endswith(" " + sp.name)
                                      or _short_form(sp.name, ident.name)
                                      # "A spokesman for the group, who identified himself as
                                      # Omar Dalil": the name the mention itself gives
                                      or (sp.mention is not None and sp.mention.lower() not in PRONOUNS
                                          and ident.name in (entities.opening_mention(sp.spans[0]) or ""))
                                      # "the Pacific island nation" the entity layer joined to Palau
                                      or (ident.kind == "state" and sp.mention is not None
                                          and sp.mention.lower().split()[-1] in STATE_KIND_NOUNS))
        if same and ident.code is not None and ident.code.country \
                and not (ident.code.org and _state_body(sp.mention)):
            return replace(statement, speaker=replace(sp, actor=ident.actor))
        if same and ident.code is not None and ident.code.sector and not ident.code.org:
            sector_only = ident.code
        if ident is not None and ident.held_for_unknown and ident.code is None:
            # "a spokesman for the United Front for Change": whose side that
            # is, no table says; "spokesman" alone would make it a government
            return statement
        # "he" resolved by the speaker rules to someone the entity layer
        # knows under that name: that entity's code
        named = entities.identity_named(sp.name) if sp.name else None
        if named is not None and named.code is not None and named.code.country:
            return replace(statement, speaker=replace(sp, actor=named.actor))
        if named is not None and named.code is not None and named.code.sector and not named.code.org \
                and sp.mention and sp.mention.lower() not in PRONOUNS and actors.resolve(sp.mention) is None:
            # "a statement by Peter Nfor, a spokesman for the secessionists":
            # the side the entity layer gave the person, not the role's GOV
            sector_only = sector_only or named.code
    # (a role that holds its affiliation, "Security Council Secretary", is read alone)
    described = sp.role if sp.role and sp.affiliation and sp.affiliation in sp.role else \
        " ".join(x for x in (sp.affiliation, sp.role) if x) or None
    codes = [
        actors.resolve(mention)
        for mention in (sp.mention, sp.name, described)
        if mention and mention.lower() not in PRONOUNS
    ]
    codes = [c for c in codes if c is not None]
    # a code with a country beats a bare sector: "the official" alone is
    # GOV, the "Israeli official" it refers back to is ISRGOV
    code = next((c for c in codes if c.country), sector_only or (codes[0] if codes else None))
    if code is None:
        return statement
    if entities is not None and code.sector == "POL" and sp.spans:
        # "the Democratic Party leadership" of "the main opposition Democratic Party"
        inner = [ident.code for m in entities.within(sp.spans[0])
                 if (ident := entities.identity_of_span(m.span)) is not None]
        code = next((side for c in inner if (side := party_side(code, c)) is not None), code)
    if not _of_elsewhere(sp.mention) and not _of_elsewhere(sp.affiliation):
        code = actors.in_home_state(code)  # "the Justice Minister" in a story set in Guinea
    return replace(statement, speaker=replace(sp, actor=code.code))


PRONOUNS = frozenset("he she they it we i you him her them us".split())


def _short_form(short: str, full: str) -> bool:
    """"Kyauk Lone Gyi PDF" of "Kyauk Lone Gyi People's Defense Force":
    the same leading words, then an acronym of the rest."""
    a, b = short.split(), full.split()
    if len(a) < 2 or not is_acronym(a[-1]) or b[:len(a) - 1] != a[:-1]:
        return False
    rest = [w for w in b[len(a) - 1:] if w[:1].isupper()]
    return "".join(w[0] for w in rest).upper().endswith(a[-1].upper())
# Words by which a speaker says they are from elsewhere than one state.
_ELSEWHERE = frozenset({"western", "foreign", "international", "regional"})
# Words after "foreign" that make it a state's own office ("the foreign ministry").
_OWN_FOREIGN = frozenset("ministry minister ministers affairs office secretary service policy".split())


def _of_elsewhere(mention: str | None) -> bool:
    """Whether ``mention`` places its speaker in a region or abroad ("a
    senior European diplomat", "a Western official", "foreign observers"):
    not in the story's home state, whichever that is."""
    words = tuple(w.strip(",.").lower() for w in (mention or "").split())
    # ("the foreign ministry", "the Foreign Minister" are a state's own)
    return bool(continents_named(words)) or any(
        w in _ELSEWHERE and not (w == "foreign" and after in _OWN_FOREIGN)
        for w, after in zip(words, words[1:] + ("",)))


def _state_body(mention: str | None) -> bool:
    """Whether ``mention`` is a state's own government ("the government",
    "Chad's transitional government"), which no international or private
    organisation the entity layer may have joined it with can be."""
    from redline.statements.speakers import STATE_BODY_NOUNS

    words = (mention or "").lower().split()
    return bool(words) and words[-1] in STATE_BODY_NOUNS
