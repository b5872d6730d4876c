"""The result types every stage speaks: Article, Statement, Speaker, Event, Entity, Place, Analysis.

Every span is a half-open ``(start, end)`` pair of character offsets (Python
``str`` indices) into ``Article.text``, the text exactly as the user gave it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

CharSpan = tuple[int, int]

StatementKind = Literal["direct", "indirect", "mixed"]
CueType = Literal["speech", "stance"]


@dataclass(frozen=True, slots=True)
class Article:
    """One input text and its metadata.

    text (str): the article as the user gave it; every offset points into it.
    body_start (int): where the body begins (after headline and date lines
        for plain-text articles; 0 where the text has no header).
    """

    text: str
    id: str | None = None
    title: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) when known
    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    source: str | None = None  # file path or record locator it was read from
    body_start: int = 0


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a statement is attributed to.

    spans: where this statement names the speaker ("the spokesman", "he").
    name: the canonical person or organisation ("Dmitry Peskov"), or None for
        unnamed sources.
    mention: how this statement names them (the text of ``spans``).
    role / affiliation: as written in the article ("spokesman", "Kremlin").
    kind: person | organisation | place | unnamed | unknown.
    actor: actor code (ISO alpha-3 plus sector, e.g. "RUSGOV") when resolved.
    """

    spans: tuple[CharSpan, ...] = ()
    name: str | None = None
    mention: str | None = None
    role: str | None = None
    affiliation: str | None = None
    kind: str = "unknown"
    actor: str | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """An attributed statement: who said (or believes) what, with offsets."""

    kind: StatementKind
    cue_type: CueType
    speaker: Speaker
    cue: tuple[CharSpan, ...]
    content: tuple[CharSpan, ...]
    sentence: CharSpan  # the sentence(s) the attribution sits in

    def cue_text(self, text: str) -> str:
        """The cue words as written, pieces joined by a space."""
        return " ".join(text[s:e] for s, e in self.cue)

    def content_text(self, text: str) -> str:
        """The content as written, pieces joined by " … "."""
        return " … ".join(text[s:e] for s, e in self.content)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as named in the text, and the code it resolves to."""

    text: str
    code: str | None = None  # e.g. "RUS", "RUSGOV", "IGO"
    spans: tuple[CharSpan, ...] = ()
    name: str | None = None  # canonical name of the actor, where known


@dataclass(frozen=True, slots=True)
class Place:
    """A place the article names, resolved to GeoNames where the gazetteer
    has it (``redline.places``).

    span: where the text names it; text: those words.
    name, lat, lon, country (ISO alpha-3), region (first-level region),
        geonameid, kind (city, admin1, country, continent, region, water,
        landmark): the gazetteer's place, or None for a place name it lacks.
    adjective: the text names it by an adjective ("Russian troops").
    source: how it was found (ner, dateline, gazetteer, embedded, demonym,
        abbreviation, street: a street named after a place, "Washington
        Drive", kept without coordinates).
    """

    span: CharSpan
    text: str
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    region: str | None = None
    geonameid: int | None = None
    kind: str | None = None
    adjective: bool = False
    source: str = "ner"


@dataclass(frozen=True, slots=True)
class EventLocation:
    """Where an event happened: the place and the words that say so.

    via: "locative" (a place phrase attached to the trigger or its
        arguments: "clashes in Goma") or "dateline" (the story's filing
        place, where the sentence names no other place).
    evidence: the span of those words ("in Goma", or the dateline).
    """

    place: Place
    via: str
    evidence: CharSpan


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER-coded political event with its evidence sentence."""

    type: str
    mode: str | None
    sources: tuple[ActorRef, ...]
    targets: tuple[ActorRef, ...]
    sentence: CharSpan
    trigger: tuple[CharSpan, ...] = ()
    intensity: float | None = None
    quad: int | None = None
    cameo: str | None = None
    goldstein: float | None = None
    negated: bool = False
    asserted_by: Literal["article", "speaker"] = "article"
    statement_index: int | None = None  # index into Analysis.statements
    location: EventLocation | None = None  # where it happened (redline.places)


@dataclass(frozen=True, slots=True)
class Entity:
    """One person, organisation, state or group as the article refers to it.

    The entity layer (``redline.entities``) groups every mention of it
    (names, role nouns, pronouns) once per article; speakers and event
    participants read it.

    name: the canonical name ("Dmitry Peskov", "NATO"), or None (an unnamed
        source, "the rebels" with no name).
    actor: the actor code (``RUSGOV``; organisations keep their specific
        CAMEO code, ``IGOWSTNAT`` for NATO), or None.
    kind: person | organisation | state | group | place.
    mentions: every span that refers to it, in text order.
    role / affiliation: as the text gives them ("spokesman", "Kremlin").
    org: the organisation's own name beside its code ("UN Security
        Council"), so bodies that share a code stay apart.
    """

    name: str | None
    actor: str | None
    kind: str
    mentions: tuple[CharSpan, ...]
    role: str | None = None
    affiliation: str | None = None
    org: str | None = None


@dataclass(slots=True)
class Analysis:
    """Everything redline found in one article."""

    article: Article
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    boilerplate: list[CharSpan] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)

    def to_prediction(self) -> dict[str, Any]:
        """The FORMAT.md prediction record (redline's public output format)."""
        from redline.output import analysis_to_dict

        return analysis_to_dict(self)
