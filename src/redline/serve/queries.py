"""The queries behind the web pages and the API, in SQLAlchemy Core over
``redline.store.schema``: paged lists, dyad counts, actor summaries.

``redline.store.query`` covers streaming and the plain statement search; the
web needs offsets (pages), substring speaker search, grouped counts and
per-article offsets, so those live here. Every function takes an open
Connection and returns plain dicts (dates as ``date`` objects; ``data.py``
makes them JSON-ready).

An *actor* filter names an actor code ("RUSGOV"), a country ("RUS") or an
organisation ("IGOWSTNAT"): a code that is its own family
(``redline.store.codes.actor_family``) matches every code of that family, so
"RUS" finds events by "RUSGOV" and "RUSMIL", and "IGOWSTNAT" those by
"IGOWSTNATMIL". Names ("NATO", "Russia") are resolved to codes before they
get here (``redline.serve.data.resolve_actor``). Rankings (``top_actors``,
``top_dyads``) count by family too.
"""

from __future__ import annotations

import warnings
from datetime import date
from typing import Any

import sqlalchemy as sa

from redline.store.query import QueryError, content_matches, like_escape, parse_day
from redline.store.codes import ORGANISATION_PREFIXES, actor_family, split_code
from redline.store.location_filter import location_where
from redline.store.schema import actors, articles, entities, event_sources, events, statements

MAX_LIMIT = 500
QUADS = (0, 1, 2, 3, 4)  # redline.events.ontology.QUAD_NAMES

STATEMENT_COLUMNS = [
    statements.c.id, statements.c.article_id, statements.c.position, statements.c.kind, statements.c.cue_type,
    statements.c.speaker_name, statements.c.speaker_actor, statements.c.speaker_mention,
    statements.c.speaker_role, statements.c.speaker_affiliation, statements.c.speaker_kind,
    statements.c.cue_text, statements.c.content_text, statements.c.sentence_start, statements.c.sentence_end,
    articles.c.title.label("article_title"), articles.c.date, articles.c.url.label("article_url"),
]

EVENT_COLUMNS = [
    events.c.id, events.c.date, events.c.type, events.c.mode,
    events.c.source_text, events.c.source_code, events.c.source_name, events.c.source_country,
    events.c.target_text, events.c.target_code, events.c.target_name, events.c.target_country,
    events.c.intensity, events.c.quad, events.c.cameo, events.c.goldstein, events.c.negated,
    events.c.asserted_by, events.c.statement_id, events.c.evidence, events.c.location, events.c.article_id,
    articles.c.title.label("article_title"),
]


def actor_parts(actor: str) -> tuple[str | None, str | None]:
    """How an actor filter matches rows: (country, code).

    "RUS" → ("RUS", None): every code of Russia; "RUSGOV" → ("RUS", "RUSGOV"):
    that code (its country too, so the country indexes narrow the search);
    "IGOWSTNAT" → ("IGOWSTNAT", None): every NATO code; "IGOWSTNATMIL" →
    ("IGOWSTNAT", "IGOWSTNATMIL"); "GOV" (a sector with no country) →
    (None, "GOV"). The ``country`` columns hold the family
    (``redline.store.codes.split_code``), split the way the store splits
    them, so the columns always agree.
    """
    value = actor.strip().upper()
    country, sector = split_code(value)
    if country and not sector:
        return country, None
    return country, value


def actor_clause(code_column: sa.Column, country_column: sa.Column, actor: str) -> sa.ColumnElement[bool]:
    """Rows whose actor is ``actor``: the code itself, or (for a country) any code of that country."""
    country, code = actor_parts(actor)
    where = []
    if country is not None:
        where.append(country_column == country)
    if code is not None:
        where.append(code_column == code)
    return sa.and_(*where)


def source_is(actor: str) -> sa.ColumnElement[bool]:
    return actor_clause(events.c.source_code, events.c.source_country, actor)


def target_is(actor: str) -> sa.ColumnElement[bool]:
    return actor_clause(events.c.target_code, events.c.target_country, actor)


def dyad_directions(a: str, b: str) -> list[sa.ColumnElement[bool]]:
    """The two directions of a dyad (a → b, b → a) as separate conditions: each
    is read through the dyad index on its own, then the two are combined
    (see ``both_ways``; an ``OR`` of the two would visit the table row by row)."""
    return [sa.and_(source_is(a), target_is(b)), sa.and_(source_is(b), target_is(a))]


def both_ways(a: str, b: str, selects: list[sa.Select]) -> sa.CompoundSelect:
    """The rows of both directions' selects: ``UNION ALL``, or ``UNION`` when one
    event can be in both (a and b of one country, as RUS and RUSGOV); each
    select includes the event id, so no two events are merged."""
    overlap = actor_parts(a)[0] == actor_parts(b)[0]
    return sa.union(*selects) if overlap else sa.union_all(*selects)


# The index the dyad pages need beyond the store's: both sides' countries,
# then date, then the codes, type, quad and intensity. Every dyad query (two
# countries, two codes, or one of each: a code fixes its country too) reads one
# direction from the index alone, in date order, so a timeline is grouped
# without sorting and the latest events stop after ``limit`` rows.
MAP_COLUMNS = ("location_lat", "location_lon", "location_country", "quad")  # what ``maps.map_points`` groups by
SERVE_INDEXES = {
    "ix_serve_events_dyad_map": (
        "source_country", "target_country", "date", "source_code", "target_code", "type", "quad", "intensity",
        "location_lat", "location_lon", "location_country",  # the dyad's map, one direction at a time
    ),
    # the maps and the bbox filter: a box is a range on latitude, then longitude, and a map
    # groups located events by point and quad class from the index alone (``redline.serve.maps``)
    "ix_serve_events_place": ("location_lat", "location_lon", "location_country", "quad", "date"),
    # location_country: the events browser reads one country's events newest first, and its map
    # groups them, from this index alone
    "ix_serve_events_place_country": ("location_country", "date", "id", "location_lat", "location_lon", "quad"),
    # the events browser, newest first: one actor's side, one type or a date range read in
    # date order from an index and stopped after a page, instead of every match sorted
    # (``find_events``); the map's columns after them, so the page's map of the same filter
    # is grouped from the index alone, not from the wide rows (the target's also holds the
    # source, so "either side" maps its second half from it: ``maps.map_points``' branches)
    "ix_serve_events_source_map": ("source_country", "date", "id", *MAP_COLUMNS),
    "ix_serve_events_target_map": ("target_country", "date", "id", *MAP_COLUMNS, "source_country", "source_code"),
    "ix_serve_events_type_map": ("type", "date", "id", *MAP_COLUMNS),
    "ix_serve_events_date_map": ("date", "id", *MAP_COLUMNS),
}
# Serve indexes an earlier version created, which those above replace (dropped on start).
RETIRED_INDEXES = ("ix_serve_events_dyad", "ix_serve_events_source_date", "ix_serve_events_target_date",
                   "ix_serve_events_type_date")


def ensure_indexes(engine: sa.Engine) -> list[str]:
    """Create the serve indexes that are missing, and gather their statistics.

    RETURNS (list[str]): the names created now (empty when all were there).
    """
    with warnings.catch_warnings():
        # the store's expression index (ix_events_family_dyad) is listed without its columns
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        present = {ix["name"] for ix in sa.inspect(engine).get_indexes("events")}
    missing = [name for name in SERVE_INDEXES if name not in present]
    retired = [name for name in RETIRED_INDEXES if name in present]
    if missing or retired:
        with engine.begin() as conn:
            for name in retired:
                conn.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))
            for name in missing:
                columns = ", ".join(SERVE_INDEXES[name])
                conn.execute(sa.text(f"CREATE INDEX IF NOT EXISTS {name} ON events ({columns})"))
                # the planner weighs indexes by their statistics; a new one has none yet
                conn.execute(sa.text(f"ANALYZE {name}" if engine.dialect.name == "sqlite" else "ANALYZE events"))
    return missing


def date_range(column: sa.Column, since: str | date | None, until: str | date | None) -> list[sa.ColumnElement[bool]]:
    """Inclusive date bounds on ``column`` (QueryError for a bad date)."""
    where = []
    since_day, until_day = parse_day(since, "since"), parse_day(until, "until")
    if since_day is not None:
        where.append(column >= since_day)
    if until_day is not None:
        where.append(column <= until_day)
    return where


def _rows(connection: sa.Connection, query: sa.Select) -> list[dict[str, Any]]:
    return [dict(row) for row in connection.execute(query).mappings()]


def _page(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(limit, MAX_LIMIT)), max(0, offset)


# -- articles ---------------------------------------------------------------


def list_articles(
    connection: sa.Connection,
    *,
    q: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Original articles (no near-duplicates), newest first, with statement and event counts.

    q: words the title contains (case-insensitive, each of them).
    Fetches ``limit + 1`` rows so the caller can tell whether there are more.
    """
    limit, offset = _page(limit, offset)
    n_statements = (
        sa.select(sa.func.count()).where(statements.c.article_id == articles.c.id).scalar_subquery()
    )
    n_events = (
        sa.select(sa.func.count(sa.distinct(event_sources.c.event_id)))
        .where(event_sources.c.article_id == articles.c.id)
        .scalar_subquery()
    )
    query = (
        sa.select(
            articles.c.id, articles.c.article_id.label("ref"), articles.c.title, articles.c.date,
            articles.c.url, articles.c.publisher, n_statements.label("statements"), n_events.label("events"),
        )
        .where(articles.c.duplicate_of.is_(None), *date_range(articles.c.date, since, until))
        .order_by(articles.c.date.desc().nulls_last(), articles.c.id.desc())
        .limit(limit + 1)
        .offset(offset)
    )
    for word in (q or "").split():
        query = query.where(articles.c.title.ilike(f"%{like_escape(word)}%", escape="\\"))
    return _rows(connection, query)


def get_article(connection: sa.Connection, article_id: int) -> dict[str, Any] | None:
    """One stored article with its text, or None."""
    row = connection.execute(
        sa.select(
            articles.c.id, articles.c.article_id.label("ref"), articles.c.title, articles.c.date, articles.c.url,
            articles.c.publisher, articles.c.language, articles.c.text, articles.c.body_start,
            articles.c.boilerplate, articles.c.source, articles.c.duplicate_of,
        ).where(articles.c.id == article_id)
    ).mappings().first()
    return dict(row) if row is not None else None


def article_statements(connection: sa.Connection, article_id: int) -> list[dict[str, Any]]:
    """An article's statements in text order, with their offsets."""
    query = (
        sa.select(*STATEMENT_COLUMNS, statements.c.speaker_spans, statements.c.cue_spans, statements.c.content_spans)
        .join(articles, articles.c.id == statements.c.article_id)
        .where(statements.c.article_id == article_id)
        .order_by(statements.c.position)
    )
    return _rows(connection, query)


def article_events(connection: sa.Connection, article_id: int) -> list[dict[str, Any]]:
    """The events an article reports, with this article's offsets (sentence, triggers)."""
    query = (
        sa.select(
            *EVENT_COLUMNS[:-2],
            event_sources.c.article_id, articles.c.title.label("article_title"),
            event_sources.c.statement_id.label("report_statement_id"),
            event_sources.c.sentence_start, event_sources.c.sentence_end, event_sources.c.trigger_spans,
        )
        .select_from(event_sources)
        .join(events, events.c.id == event_sources.c.event_id)
        .join(articles, articles.c.id == event_sources.c.article_id)
        .where(event_sources.c.article_id == article_id)
        .order_by(event_sources.c.sentence_start, event_sources.c.id)
    )
    return _rows(connection, query)


def article_entities(connection: sa.Connection, article_id: int) -> list[dict[str, Any]]:
    """The actors an article refers to (its stored entities), in the analysis's order."""
    query = (
        sa.select(
            entities.c.id, entities.c.position, entities.c.name, entities.c.actor, entities.c.country,
            entities.c.sector, entities.c.kind, entities.c.role, entities.c.affiliation, entities.c.org,
            entities.c.mentions, entities.c.mention_count,
        )
        .where(entities.c.article_id == article_id)
        .order_by(entities.c.position)
    )
    return _rows(connection, query)


def articles_mentioning(
    connection: sa.Connection,
    actor: str,
    *,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Original articles whose entities include ``actor`` (a family covers all
    its codes), newest first, with how often each mentions it."""
    country, code = actor_parts(actor)
    clause = entities.c.actor == code if code is not None else entities.c.country == country
    mentions = sa.func.sum(entities.c.mention_count).label("mentions")
    query = (
        sa.select(articles.c.id, articles.c.title, articles.c.date, articles.c.url, mentions)
        .select_from(entities)
        .join(articles, articles.c.id == entities.c.article_id)
        .where(clause, *date_range(articles.c.date, since, until))
        .group_by(articles.c.id, articles.c.title, articles.c.date, articles.c.url)
        .order_by(articles.c.date.desc().nulls_last(), articles.c.id.desc())
        .limit(max(1, min(limit, MAX_LIMIT)))
    )
    return _rows(connection, query)


# -- statements -------------------------------------------------------------


def search_statements(
    connection: sa.Connection,
    *,
    q: str | None = None,
    speaker: str | None = None,
    actor: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Statements, newest article first; ``limit + 1`` rows so the caller sees whether more follow.

    q: words the content contains, all of them (full-text index, stemmed on
        PostgreSQL); speaker: part of the speaker's name, any case; actor: the
        speaker's actor code or its prefix ("RUS" finds "RUSGOV").
    """
    limit, offset = _page(limit, offset)
    query = (
        sa.select(*STATEMENT_COLUMNS)
        .join(articles, articles.c.id == statements.c.article_id)
        .where(*date_range(articles.c.date, since, until))
        .order_by(articles.c.date.desc().nulls_last(), statements.c.article_id.desc(), statements.c.position)
        .limit(limit + 1)
        .offset(offset)
    )
    if q and q.strip():
        query = query.where(content_matches(connection, q))
    if speaker and speaker.strip():
        query = query.where(
            sa.func.lower(statements.c.speaker_name).like(f"%{like_escape(speaker.strip().lower())}%", escape="\\")
        )
    if actor and actor.strip():
        query = query.where(statements.c.speaker_actor.like(f"{like_escape(actor.strip().upper())}%", escape="\\"))
    return _rows(connection, query)


# -- suggestions (the search form's speaker and actor fields) ---------------

SUGGEST_MAX = 20  # suggestions one answer holds at most
SUGGEST_CODES_MAX = 5000  # distinct speaker codes read for one actor suggestion (most frequent first)


def suggest_speakers(connection: sa.Connection, q: str, limit: int = 10) -> list[dict[str, Any]]:
    """Speaker names containing ``q`` (any case), with their statement counts, most
    frequent first: the names the search's speaker filter matches.

    One grouped query over ``ix_statements_speaker_name`` (the names alone; SQLite
    reads the index, not the statements), the words bound as a parameter.
    """
    name = statements.c.speaker_name
    count = sa.func.count().label("count")
    query = (
        sa.select(name.label("value"), count)
        .where(name.is_not(None), name != "")
        .group_by(name)
        .order_by(count.desc(), name)
        .limit(max(1, min(limit, SUGGEST_MAX)))
    )
    words = q.strip().lower()
    if words:
        query = query.where(sa.func.lower(name).like(f"%{like_escape(words)}%", escape="\\"))
    return _rows(connection, query)


def speaker_codes(connection: sa.Connection) -> list[tuple[str, int]]:
    """Every speaker actor code with its statement count, most frequent first
    (at most ``SUGGEST_CODES_MAX``): one grouped read of ``ix_statements_speaker_actor``."""
    code = statements.c.speaker_actor
    count = sa.func.count()
    query = (sa.select(code, count).where(code.is_not(None), code != "").group_by(code)
             .order_by(count.desc(), code).limit(SUGGEST_CODES_MAX))
    return [(row[0], row[1]) for row in connection.execute(query)]


# -- events -----------------------------------------------------------------


def event_where(
    *,
    source: str | None = None,
    target: str | None = None,
    involving: str | None = None,
    type: str | None = None,
    mode: str | None = None,
    quad: int | None = None,
    q: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    location_country: str | None = None,
    bbox: str | None = None,
) -> list[sa.ColumnElement[bool]]:
    """WHERE clauses on ``events`` for the events browser, its download and the API.

    source / target / involving: who acted, on whom, either side (a code, or a
    country / organisation covering all its codes, see ``actor_parts``);
    type: a PLOVER type or "DEMAND" (``type_clause``); mode: a PLOVER mode;
    quad: the quad class 0-4; q: words the evidence sentence contains (all
    of them, any case); since / until: inclusive dates (QueryError when bad).
    The clauses name only ``events`` columns, so the export's stream
    (``redline.store.query.iter_events``) takes them as they are.
    """
    where = date_range(events.c.date, since, until)
    if source:
        where.append(source_is(source))
    if target:
        where.append(target_is(target))
    if involving:
        where.append(sa.or_(source_is(involving), target_is(involving)))
    if type:
        where.extend(type_clause(type))
    if mode and mode.strip():
        where.append(events.c.mode == mode.strip().lower())
    if quad is not None:
        where.append(events.c.quad == quad)
    for word in (q or "").split():
        where.append(events.c.evidence.ilike(f"%{like_escape(word)}%", escape="\\"))
    # where it happened: ISO alpha-3 country, "minlon,minlat,maxlon,maxlat" (QueryError when bad)
    where.extend(location_where(location_country, bbox))
    return where


def parse_cursor(cursor: str | None) -> tuple[date | None, int] | None:
    """A keyset cursor ``YYYY-MM-DD_ID`` (or ``_ID`` for an undated event) as (date, id).

    RAISES (QueryError): anything else.
    """
    if cursor is None or not cursor.strip():
        return None
    day_text, sep, id_text = cursor.strip().rpartition("_")
    if not sep or not id_text.isdigit() or len(id_text) > 19:
        raise QueryError(f"cursor must be the previous page's next_cursor (DATE_ID), not {cursor!r}")
    return (parse_day(day_text, "cursor") if day_text else None), int(id_text)


def make_cursor(row: dict[str, Any]) -> str:
    """The keyset cursor after ``row`` (see ``parse_cursor``)."""
    day = row["date"]
    return f"{day.isoformat() if day is not None else ''}_{row['id']}"


def after_cursor(cursor: tuple[date | None, int]) -> sa.ColumnElement[bool]:
    """Events after ``cursor`` in the browser's order (newest first, undated last,
    then id descending): a keyset condition, so page 1000 costs what page 1 does."""
    day, last_id = cursor
    if day is None:
        return sa.and_(events.c.date.is_(None), events.c.id < last_id)
    return sa.or_(events.c.date < day, sa.and_(events.c.date == day, events.c.id < last_id), events.c.date.is_(None))


def find_events(
    connection: sa.Connection,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    involving: str | None = None,
    type: str | None = None,
    mode: str | None = None,
    quad: int | None = None,
    q: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    location_country: str | None = None,
    bbox: str | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> list[dict[str, Any]]:
    """Events newest first (``limit + 1`` rows, so the caller sees whether more follow):
    by who acted (``actor``, the source), on whom (``recipient``, the target),
    either side (``involving``), type, mode, quad class, words in the evidence
    and date range (``event_where``); ``cursor`` continues after the previous
    page (keyset paging, ``parse_cursor``). Each row has ``reports``: how many
    articles reported the event."""
    limit = max(1, min(limit, MAX_LIMIT))
    where = event_where(source=actor, target=recipient, type=type, mode=mode, quad=quad, q=q,
                        since=since, until=until, location_country=location_country, bbox=bbox)
    position = parse_cursor(cursor)
    if position is not None:
        where.append(after_cursor(position))
    newest = (events.c.date.desc().nulls_last(), events.c.id.desc())
    if involving:
        # either side: each side read newest first through its own index and cut at a
        # page, then merged (an OR of the two would sort every match); UNION drops an
        # event on both sides
        sides = [
            sa.select(events.c.id, events.c.date).where(*where, side).order_by(*newest).limit(limit + 1)
            for side in (source_is(involving), target_is(involving))
        ]
        merged = sa.union(*(sa.select(side.subquery()) for side in sides)).subquery()
        ids = (sa.select(merged.c.id)
               .order_by(merged.c.date.desc().nulls_last(), merged.c.id.desc()).limit(limit + 1))
        where = [events.c.id.in_(ids)]
    n_reports = (
        sa.select(sa.func.count(sa.distinct(event_sources.c.article_id)))
        .where(event_sources.c.event_id == events.c.id)
        .scalar_subquery()
        .label("reports")
    )
    query = (
        sa.select(*EVENT_COLUMNS, n_reports)
        .join(articles, articles.c.id == events.c.article_id)
        .where(*where)
        .order_by(*newest)
        .limit(limit + 1)
    )
    return _rows(connection, query)


def type_clause(type: str) -> list[sa.ColumnElement[bool]]:
    """A PLOVER type, or "DEMAND" (a REQUEST scored as verbal conflict)."""
    value = type.strip().upper()
    if value == "DEMAND":
        return [events.c.type == "REQUEST", events.c.quad == 3]
    return [events.c.type == value]


# -- dyads ------------------------------------------------------------------


def dyad_daily(
    connection: sa.Connection, a: str, b: str, *, since: str | date | None = None, until: str | date | None = None
) -> list[dict[str, Any]]:
    """Events between ``a`` and ``b`` per day: ``{"date", "events", "intensity",
    "quads": {0..4: count}}``, in date order.

    Each direction is grouped on its own (read in date order from the dyad
    index, so no sort), and the two are added up here.
    """
    where = [events.c.date.is_not(None), *date_range(events.c.date, since, until)]
    quads = [sa.func.sum(sa.case((events.c.quad == q, 1), else_=0)).label(f"q{q}") for q in QUADS]
    days: dict[date, dict[str, Any]] = {}
    overlap = actor_parts(a)[0] == actor_parts(b)[0]
    directions = [sa.or_(*dyad_directions(a, b))] if overlap else dyad_directions(a, b)
    for direction in directions:
        query = (
            sa.select(events.c.date, sa.func.count().label("events"), sa.func.sum(events.c.intensity).label("intensity"),
                      *quads)
            .where(direction, *where)
            .group_by(events.c.date)
        )
        for when, n, intensity, *per_quad in connection.execute(query).tuples():
            day = days.get(when)
            if day is None:
                day = days[when] = {"date": when, "events": 0, "intensity": 0.0, "quads": dict.fromkeys(QUADS, 0)}
            day["events"] += n
            day["intensity"] += intensity or 0.0
            counts = day["quads"]
            for q, k in zip(QUADS, per_quad):
                counts[q] += k or 0
    return [days[d] for d in sorted(days)]


def one_way_daily(
    connection: sa.Connection, source: str, target: str, *,
    since: str | date | None = None, until: str | date | None = None,
) -> list[dict[str, Any]]:
    """Events from ``source`` to ``target`` (one direction) per day, as ``dyad_daily``
    gives them, read in date order through the dyad index."""
    where = [events.c.date.is_not(None), *date_range(events.c.date, since, until)]
    quads = [sa.func.sum(sa.case((events.c.quad == q, 1), else_=0)).label(f"q{q}") for q in QUADS]
    query = (
        sa.select(events.c.date, sa.func.count().label("events"), sa.func.sum(events.c.intensity).label("intensity"),
                  *quads)
        .where(source_is(source), target_is(target), *where)
        .group_by(events.c.date)
        .order_by(events.c.date)
    )
    return [
        {"date": when, "events": n, "intensity": intensity or 0.0,
         "quads": {q: k or 0 for q, k in zip(QUADS, per_quad)}}
        for when, n, intensity, *per_quad in connection.execute(query)
    ]


def one_way_events(
    connection: sa.Connection, source: str, target: str, *, type: str | None = None,
    since: str | date | None = None, until: str | date | None = None, limit: int = 100,
) -> list[dict[str, Any]]:
    """Events from ``source`` to ``target`` only, newest first, at most ``limit``."""
    limit = max(1, min(limit, MAX_LIMIT))
    where = [source_is(source), target_is(target), *date_range(events.c.date, since, until)]
    if type:
        where.extend(type_clause(type))
    query = (
        sa.select(*EVENT_COLUMNS)
        .join(articles, articles.c.id == events.c.article_id)
        .where(*where)
        .order_by(events.c.date.desc().nulls_last(), events.c.id.desc())
        .limit(limit)
    )
    return _rows(connection, query)


def dyad_events(
    connection: sa.Connection,
    a: str,
    b: str,
    *,
    type: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """Events between ``a`` and ``b`` (either direction), newest first, at most ``limit``.

    Each direction is read newest first through the dyad index and cut at
    ``limit`` before the two are merged, so a busy dyad costs ``limit`` rows,
    not all of its events.
    """
    limit = max(1, min(limit, MAX_LIMIT))
    extra = date_range(events.c.date, since, until)
    if type:
        extra.extend(type_clause(type))
    newest = (events.c.date.desc(), events.c.id.desc())
    directions = [
        sa.select(events.c.id, events.c.date).where(direction, *extra).order_by(*newest).limit(limit)
        for direction in dyad_directions(a, b)
    ]
    merged = both_ways(a, b, [sa.select(d.subquery()) for d in directions]).subquery()
    ids = sa.select(merged.c.id).order_by(merged.c.date.desc(), merged.c.id.desc()).limit(limit)
    query = (
        sa.select(*EVENT_COLUMNS)
        .join(articles, articles.c.id == events.c.article_id)
        .where(events.c.id.in_(ids))
        .order_by(events.c.date.desc().nulls_last(), events.c.id.desc())
    )
    return _rows(connection, query)


def family_of(code_column: sa.Column, country_column: sa.Column) -> sa.ColumnElement[str]:
    """An actor's family in SQL: the stored ``country`` column (a country or an
    organisation code, see ``redline.store.codes``), else the code itself."""
    return sa.func.coalesce(country_column, code_column)


def generic_family(family: str) -> bool:
    """Whether an actor family names no one: a bare sector ("GOV", "MIL",
    "REB") or a bare organisation prefix ("IGO", "NGO") with no country or
    organisation of its own."""
    country, _ = split_code(family)
    return country is None or country in ORGANISATION_PREFIXES


def top_dyads(
    connection: sa.Connection, *, since: str | date | None = None, until: str | date | None = None, limit: int = 10,
    named_only: bool = False,
) -> list[dict[str, Any]]:
    """The pairs of actors with the most events between them (either direction).

    Codes roll up to their family (``actor_family``, stored in the
    ``country`` columns): events RUSGOV → UKRMIL and RUS → UKR count for one
    pair RUS–UKR; events within one family (RUSGOV → RUSMIL) are no pair.
    Grouped by the families in SQL, read from the dyad index alone.
    """
    source = family_of(events.c.source_code, events.c.source_country)
    target = family_of(events.c.target_code, events.c.target_country)
    query = (
        sa.select(
            source.label("source"), target.label("target"), sa.func.count().label("events"),
            sa.func.sum(sa.case((events.c.quad >= 3, 1), else_=0)).label("conflict"),
            sa.func.sum(sa.case((events.c.quad.in_((1, 2)), 1), else_=0)).label("cooperation"),
            sa.func.sum(events.c.intensity).label("intensity"),
        )
        .where(
            events.c.source_code.is_not(None), events.c.target_code.is_not(None),
            events.c.source_code != events.c.target_code, *date_range(events.c.date, since, until),
        )
        .group_by(source, target)
    )
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for row in connection.execute(query).mappings():
        if row["source"] == row["target"]:
            continue
        if named_only and (generic_family(row["source"]) or generic_family(row["target"])):
            continue  # "GOV" acting on "IGO" is no pair an analyst can follow
        a, b = sorted((row["source"], row["target"]))
        pair = pairs.setdefault((a, b), {"a": a, "b": b, "events": 0, "conflict": 0, "cooperation": 0, "intensity": 0.0})
        for key in ("events", "conflict", "cooperation"):
            pair[key] += row[key] or 0
        pair["intensity"] += row["intensity"] or 0.0
    ranked = sorted(pairs.values(), key=lambda p: (-p["events"], p["a"], p["b"]))
    return ranked[:limit]


# -- actors -----------------------------------------------------------------


def top_actors(
    connection: sa.Connection, *, since: str | date | None = None, until: str | date | None = None, limit: int = 10,
    named_only: bool = False,
) -> list[dict[str, Any]]:
    """Actors by events acted plus received, with their statement counts.

    Codes roll up to their family (``actor_family``): RUS, RUSGOV and RUSMIL
    are one entry "RUS" (``codes`` lists them), an organisation's codes one
    entry. An event within one family (RUSGOV → RUSMIL) counts once for it.
    named_only: leave out families that name no one (``generic_family``:
    "GOV", "IGO"), as the overview's ranking does.
    """
    counts: dict[str, dict[str, Any]] = {}

    def entry(code: str) -> dict[str, Any]:
        family = actor_family(code) or code
        found = counts.get(family)
        if found is None:
            found = counts[family] = {"code": family, "acted": 0, "received": 0, "statements": 0, "codes": set()}
        found["codes"].add(code)
        return found

    for code_column, key in ((events.c.source_code, "acted"), (events.c.target_code, "received")):
        query = (
            sa.select(code_column, sa.func.count())
            .where(code_column.is_not(None), *date_range(events.c.date, since, until))
            .group_by(code_column)
        )
        for code, n in connection.execute(query):
            entry(code)[key] += n
    # an event within one family (RUSGOV → RUSMIL) was counted acted and received: once is right
    source = family_of(events.c.source_code, events.c.source_country)
    query = (
        sa.select(source, sa.func.count())
        .where(source == family_of(events.c.target_code, events.c.target_country),
               events.c.source_code.is_not(None), events.c.target_code.is_not(None),
               *date_range(events.c.date, since, until))
        .group_by(source)
    )
    for family, n in connection.execute(query):
        if family in counts:
            counts[family]["received"] -= n
    query = (
        sa.select(statements.c.speaker_actor.label("code"), sa.func.count().label("n"))
        .select_from(statements)
        .join(articles, articles.c.id == statements.c.article_id)
        .where(statements.c.speaker_actor.is_not(None), *date_range(articles.c.date, since, until))
        .group_by(statements.c.speaker_actor)
    )
    for code, n in connection.execute(query):
        entry(code)["statements"] += n
    names = actor_names(connection, list(counts))
    for found in counts.values():
        found["events"] = found["acted"] + found["received"]
        found["name"] = names.get(found["code"])
        found["codes"] = sorted(found["codes"])
    kept = [e for e in counts.values() if not (named_only and generic_family(e["code"]))]
    ranked = sorted(kept, key=lambda e: (-(e["events"] + e["statements"]), e["code"]))
    return ranked[:limit]


def actor_names(connection: sa.Connection, codes: list[str]) -> dict[str, str | None]:
    """The stored name of each actor code (None where the table has none)."""
    if not codes:
        return {}
    rows = connection.execute(sa.select(actors.c.code, actors.c.name).where(actors.c.code.in_(codes)))
    return {code: name for code, name in rows}


def get_actor(connection: sa.Connection, code: str) -> dict[str, Any] | None:
    """An actor code's row (code, country, sector, name), or None when never seen."""
    row = connection.execute(sa.select(actors).where(actors.c.code == code.strip().upper())).mappings().first()
    return dict(row) if row is not None else None


def actor_codes(connection: sa.Connection, actor: str) -> list[str]:
    """The stored codes an actor filter covers ("RUS" → RUS, RUSGOV, RUSMIL …)."""
    country, code = actor_parts(actor)
    clause = actors.c.country == country if code is None else actors.c.code == code
    return list(connection.execute(sa.select(actors.c.code).where(clause).order_by(actors.c.code)).scalars())


def actor_counterparts(
    connection: sa.Connection,
    actor: str,
    *,
    role: str,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Who ``actor`` acts on (role "source": the targets of its events) or who
    acts on it (role "target": the sources), by family (``actor_family``),
    with counts, summed intensity and the codes merged."""
    if role == "source":
        mine, other = source_is(actor), events.c.target_code
    else:
        mine, other = target_is(actor), events.c.source_code
    query = (
        sa.select(other.label("code"), sa.func.count().label("events"), sa.func.sum(events.c.intensity).label("intensity"))
        .where(mine, other.is_not(None), *date_range(events.c.date, since, until))
        .group_by(other)
    )
    # within one family (USAGOV acting on USA) is no counterpart
    own = actor_family(actor.strip().upper()) or actor.strip().upper()
    return _by_family(connection.execute(query).mappings(), limit, exclude=frozenset({own}))


def _by_family(rows: Any, limit: int, exclude: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Per-code counts (``code``, ``events``, optional ``intensity``) added up per family, most first."""
    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        family = actor_family(row["code"]) or row["code"]
        if family in exclude:
            continue
        entry = out.setdefault(family, {"code": family, "events": 0, "codes": []})
        entry["events"] += row["events"] or 0
        if "intensity" in row:
            entry["intensity"] = (entry.get("intensity") or 0.0) + (row["intensity"] or 0.0)
        entry["codes"].append(row["code"])
    ranked = sorted(out.values(), key=lambda e: (-e["events"], e["code"]))[:limit]
    for entry in ranked:
        entry["codes"] = sorted(set(entry["codes"]))
    return ranked


def actor_spoken_about(
    connection: sa.Connection,
    actor: str,
    *,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Who ``actor``'s statements are about: the other parties (by family) of
    the events reported in its statements, with counts."""
    speaker = statements.c.speaker_actor.like(f"{like_escape(actor.strip().upper())}%", escape="\\")
    counts: dict[str, int] = {}
    for side in (events.c.source_code, events.c.target_code):
        query = (
            sa.select(side.label("code"), sa.func.count().label("n"))
            .select_from(events)
            .join(statements, statements.c.id == events.c.statement_id)
            .where(speaker, side.is_not(None), *date_range(events.c.date, since, until))
            .group_by(side)
        )
        for code, n in connection.execute(query):
            counts[code] = counts.get(code, 0) + n
    own = frozenset({actor_family(actor), *(actor_family(c) for c in actor_codes(connection, actor))} - {None})
    rows = [{"code": code, "events": n} for code, n in counts.items()]
    return [{"code": e["code"], "events": e["events"], "codes": e["codes"]} for e in _by_family(rows, limit, own)]


def actor_statement_days(
    connection: sa.Connection, actor: str, *, since: str | date | None = None, until: str | date | None = None
) -> list[dict[str, Any]]:
    """How many statements ``actor``'s speakers made per article day."""
    query = (
        sa.select(articles.c.date, sa.func.count().label("statements"))
        .select_from(statements)
        .join(articles, articles.c.id == statements.c.article_id)
        .where(
            statements.c.speaker_actor.like(f"{like_escape(actor.strip().upper())}%", escape="\\"),
            articles.c.date.is_not(None), *date_range(articles.c.date, since, until),
        )
        .group_by(articles.c.date)
        .order_by(articles.c.date)
    )
    return _rows(connection, query)
