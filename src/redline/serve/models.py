"""Response models of the JSON API's GET endpoints, so ``/openapi.json``
documents what each returns and a client can generate types or check answers.

They describe the dicts ``redline.serve.data`` builds (the same ones the HTML
pages render), which the routes return as they are (``response_model_exclude_unset``:
a field a model names but an answer lacks is not added as null, so the page's
``?format=json`` and its ``/api`` twin stay equal). Every model allows fields beyond those it names
(``extra="allow"``): the API may add a field without breaking a client that
validates, and a field added to a data function is never silently dropped.
Vega-Lite specifications are documented as objects only (their own schema is
Vega-Lite's).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    """A model that keeps fields it does not name."""

    model_config = ConfigDict(extra="allow")


class Ok(Open):
    ok: Literal[True] = Field(True, description="Always true in a successful answer (errors have `ok: false`).")


Spec = dict[str, Any]  # a Vega-Lite specification
Filters = dict[str, Any]  # the filters the answer applied, as given or resolved (dates as YYYY-MM-DD)
QuadCounts = dict[int, int]  # quad class (0-4; keys are text in JSON) → events


# -- pieces ---------------------------------------------------------------------


class ArticleRef(Open):
    id: int
    title: str | None = None
    date: str | None = Field(None, description="YYYY-MM-DD")
    url: str | None = None


class Party(Open):
    """One side of an event."""

    code: str | None = Field(None, description="Actor code (`RUSGOV`), null when not resolved.")
    label: str | None = Field(None, description="A readable name for the code.")
    name: str | None = None
    text: str | None = Field(None, description="The words of the article that name it.")
    country: str | None = Field(None, description="Its family: a country or organisation code.")


class Report(Open):
    """One article that reported an event."""

    article_id: int
    ref: str | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    sentence: list[int | None] = Field(description="[start, end] of the sentence in that article's text.")


class Event(Open):
    id: int
    date: str | None = None
    type: str = Field(description="PLOVER event type.")
    mode: str | None = None
    source: Party | None = None
    target: Party | None = None
    intensity: float | None = None
    quad: int | None = Field(None, description="0 neutral, 1/2 verbal/material cooperation, 3/4 verbal/material conflict.")
    quad_name: str | None = None
    cameo: str | None = None
    goldstein: float | None = None
    negated: bool
    asserted_by: str | None = None
    statement_id: int | None = None
    evidence: str | None = Field(None, description="The evidence sentence.")
    article: ArticleRef
    reports: list[Report] | None = Field(None, description="Every article that reported it (the events browser).")
    report_count: int | None = None


class Speaker(Open):
    name: str | None = None
    actor: str | None = None
    actor_label: str | None = None
    mention: str | None = None
    role: str | None = None
    affiliation: str | None = None
    kind: str | None = None


class Statement(Open):
    id: int
    kind: str
    cue_type: str
    speaker: Speaker
    cue: str | None = None
    content: str | None = None
    sentence: list[int | None]
    article: ArticleRef


class ArticleRow(Open):
    id: int
    ref: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None
    statements: int
    events: int


class ActorCount(Open):
    """An actor (rolled up to its country or organisation) with its activity."""

    code: str
    label: str | None = None
    name: str | None = None
    acted: int
    received: int
    statements: int
    events: int
    codes: list[str] = Field(description="The stored codes merged into this entry.")


class DyadCount(Open):
    a: str
    b: str
    a_label: str | None = None
    b_label: str | None = None
    events: int
    conflict: int
    cooperation: int
    intensity: float


class Timeline(Open):
    """Per period of the answer's ``periods`` (same order, same length), null where
    a period has no events: an empty period is left empty, never counted as zero."""

    events: list[int | None] = Field(description="Events in each period.")
    intensity: list[float | None] = Field(description="Summed PLOVER intensity of each period (below zero is conflict).")
    quads: dict[int, list[int | None]] = Field(
        description="Quad class (0-4; keys are text in JSON) → events of that class in each period.")


class Totals(Open):
    events: int
    intensity: float
    quads: QuadCounts


class KeyEvents(Open):
    demands: list[Event]
    threats: list[Event]
    rejections: list[Event]
    agreements: list[Event]


class KeyEventIds(Open):
    """Both directions' key events together, newest first, as ids: each event is in
    its direction's ``key_events``."""

    demands: list[int]
    threats: list[int]
    rejections: list[int]
    agreements: list[int]


class Direction(Open):
    source: str
    target: str
    totals: Totals
    timeline: Timeline = Field(description="This direction's events per period of the answer's `periods`.")
    key_events: KeyEvents = Field(description="The latest (at most 20) of each kind, newest first.")
    key_events_more: dict[str, bool] = Field(description="Per list: whether there are more than it shows.")
    key_events_urls: dict[str, str] = Field(description="Per list: the events browser with the same filters "
                                                        "(every one of them, and their downloads).")
    chart: Spec | None = Field(None, description="Vega-Lite bars and intensity line of this direction; "
                                                 "null when it has no events.")


class DyadSide(Open):
    code: str
    label: str | None = None
    given: str
    codes: list[str]


class Counterpart(Open):
    code: str
    label: str | None = None
    events: int
    intensity: float | None = None
    codes: list[str]


class Entity(Open):
    id: int
    name: str | None = None
    code: str | None = None
    label: str | None = None
    family: str | None = None
    kind: str
    mentions: int
    spans: list[list[int]]


class Segment(Open):
    start: int
    end: int
    text: str
    kinds: list[str]
    refs: list[str]
    link: str | None = None


class Baseline(Open):
    median: float
    mad: float
    threshold: float
    weeks: int
    k: float


class RedLine(Open):
    kind: str = Field(description='"demand (change)", "threat (violence)", "ultimatum", "rejection" ...')
    intensity: float
    previous_highest: float | None = None


class Alert(Open):
    kind: Literal["spike", "red_line", "escalation"]
    source: str
    target: str
    source_label: str | None = None
    target_label: str | None = None
    week: str = Field(description="The week's Monday, YYYY-MM-DD.")
    week_end: str
    value: float = Field(description="The week's conflict intensity (spike) or the red line's intensity.")
    baseline: Baseline | None = None
    red_line: RedLine | None = None
    events: list[int] = Field(description="Ids of the events that caused it (most intense first for spikes).")
    events_url: str = Field(description="The events browser filtered to this dyad and week.")
    summary: str


# -- answers --------------------------------------------------------------------


class OverviewOut(Ok):
    filters: Filters
    counts: dict[str, int]
    dyads: list[DyadCount]
    actors: list[ActorCount]
    articles: list[ArticleRow]


class ArticlesOut(Ok):
    filters: Filters
    offset: int
    next_offset: int | None
    articles: list[ArticleRow]


class ArticleDetail(Open):
    id: int
    ref: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    source: str | None = None
    body_start: int
    boilerplate: list[list[int]]
    duplicate_of: int | None = None
    duplicates: list[int]
    text: str = Field(description="The text exactly as stored: every offset points into it.")


class ArticleOut(Ok):
    article: ArticleDetail
    actors: list[Entity]
    statements: list[Statement]
    events: list[Event]
    segments: list[Segment]


class StatementsOut(Ok):
    filters: Filters
    offset: int
    next_offset: int | None
    statements: list[Statement]


class EventsOut(Ok):
    filters: Filters
    cursor: str | None = None
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last.")
    quad_names: dict[int, str]
    events: list[Event]


class DyadOut(Ok):
    a: DyadSide
    b: DyadSide
    filters: Filters = Field(description="`interval` is the period of the bars shown.")
    interval_chosen: bool = Field(description="True when no interval was asked and it was chosen from the span.")
    interval_asked: Literal["day", "week", "month", "quarter"] | None = Field(
        description="The interval asked; when it differs from `filters.interval`, it would have given "
                    "more than `max_periods` bars and the finest interval that fits is shown.")
    max_periods: int = Field(description="The most periods a timeline has (quarters excepted).")
    quad_names: dict[int, str]
    totals: Totals
    periods: list[str] = Field(description="The timeline's axis: every period (its first day, YYYY-MM-DD) "
                                           "from the first with events to the last, empty ones included.")
    timeline: Timeline = Field(description="Both directions together, per period of `periods`.")
    directions: list[Direction] = Field(description="a → b, then b → a.")
    key_events: KeyEventIds = Field(description="Ids of both directions' key events, newest first.")
    events: list[Event]


class ActorsOut(Ok):
    filters: Filters
    actors: list[ActorCount]


class ActorInfo(Open):
    code: str
    label: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    family: str | None = None
    given: str
    codes: list[str]


class ActorOut(Ok):
    actor: ActorInfo
    articles: list[dict[str, Any]]
    filters: Filters
    acts_on: list[Counterpart]
    acted_on_by: list[Counterpart]
    speaks_about: list[Counterpart]
    statements_over_time: list[dict[str, Any]]
    statements: list[Statement]
    events: list[Event]
    chart: Spec | None = None


class AlertsOut(Ok):
    filters: Filters
    rule: dict[str, float | int] = Field(description="The spike rule's parameters (see the README).")
    total: int = Field(description="How many alerts there are; `alerts` holds the latest `limit` of them.")
    alerts: list[Alert]


class Suggestion(Open):
    value: str = Field(description="What the filter field takes: a speaker's name, or an actor code or its prefix.")
    label: str = Field(description="How a person reads it (\"Russia · government\").")
    count: int = Field(description="Statements it finds.")


class SuggestOut(Ok):
    field: Literal["speaker", "actor"]
    q: str
    suggestions: list[Suggestion] = Field(description="Most frequent first.")

