"""Reading the corpus database: counts, filtered event streams, statement search.

One API for both dialects: full-text search uses SQLite's FTS5 table or
PostgreSQL's tsvector index (see ``redline.store.schema``); event streams
are fetched in keyset pages, so no query holds the whole table in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from redline.store.db import open_db
from redline.store.schema import articles, entities, event_sources, events, statements
from redline.store.write import to_date

PAGE_SIZE = 1000  # rows fetched per query when streaming events


class QueryError(ValueError):
    """A bad filter value (a date that is not YYYY-MM-DD, say)."""


def counts(connection: sa.Connection) -> dict[str, int]:
    """How many articles (originals), duplicates, statements, entities, events and event reports."""
    def count(table: sa.Table, *where: Any) -> int:
        return connection.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar_one()

    return {
        "articles": count(articles, articles.c.duplicate_of.is_(None)),
        "duplicates": count(articles, articles.c.duplicate_of.is_not(None)),
        "statements": count(statements),
        "entities": count(entities),
        "events": count(events),
        "event_sources": count(event_sources),
    }


def stats(db_url: str | Path | None = None) -> dict[str, int]:
    """Counts for the database at ``db_url`` (see ``counts``)."""
    engine = open_db(db_url)
    try:
        with engine.connect() as connection:
            return counts(connection)
    finally:
        engine.dispose()


def parse_day(value: str | date | None, name: str = "date") -> date | None:
    """A filter date from YYYY-MM-DD (or a date); None stays None.

    RAISES (QueryError): for anything else.
    """
    if value is None or isinstance(value, date):
        return value
    day = to_date(value) if len(value.strip()) == 10 else None
    if day is None:
        raise QueryError(f"--{name} must be a date as YYYY-MM-DD, not {value!r}")
    return day


def event_filters(
    since: str | date | None = None,
    until: str | date | None = None,
    actor: str | None = None,
    type: str | None = None,
    source: str | None = None,
    target: str | None = None,
) -> list[sa.ColumnElement[bool]]:
    """WHERE clauses for events: date range (inclusive), an actor on either
    side (its code or country), an event type, a source and/or target (dyad)."""
    where: list[sa.ColumnElement[bool]] = []
    since_day, until_day = parse_day(since, "since"), parse_day(until, "until")
    if since_day is not None:
        where.append(events.c.date >= since_day)
    if until_day is not None:
        where.append(events.c.date <= until_day)
    if actor:
        code = actor.upper()
        where.append(sa.or_(
            events.c.source_code == code, events.c.target_code == code,
            events.c.source_country == code, events.c.target_country == code,
        ))
    if type:
        where.append(events.c.type == type.upper())
    if source:
        code = source.upper()
        where.append(sa.or_(events.c.source_code == code, events.c.source_country == code))
    if target:
        code = target.upper()
        where.append(sa.or_(events.c.target_code == code, events.c.target_country == code))
    return where


EVENT_ROW = [
    events.c.id.label("event_id"), events.c.date, events.c.type, events.c.mode,
    events.c.source_text, events.c.source_code, events.c.source_name, events.c.source_country, events.c.source_sector,
    events.c.target_text, events.c.target_code, events.c.target_name, events.c.target_country, events.c.target_sector,
    events.c.sources, events.c.targets,
    events.c.intensity, events.c.quad, events.c.cameo, events.c.goldstein, events.c.negated, events.c.asserted_by,
    events.c.sentence_start, events.c.sentence_end, events.c.trigger_spans, events.c.evidence, events.c.location,
    articles.c.id.label("article_id"), articles.c.article_id.label("article_ref"),
    articles.c.url.label("article_url"), articles.c.title.label("article_title"),
    articles.c.publisher.label("article_publisher"),
    statements.c.speaker_name.label("statement_speaker"), statements.c.content_text.label("statement_content"),
]


def iter_events(
    connection: sa.Connection,
    *,
    since: str | date | None = None,
    until: str | date | None = None,
    actor: str | None = None,
    type: str | None = None,
    source: str | None = None,
    target: str | None = None,
    where: list[sa.ColumnElement[bool]] | None = None,
    page_size: int = PAGE_SIZE,
) -> Iterator[dict[str, Any]]:
    """Events matching the filters, in id order, one dict per event, fetched a page at a time.

    Each dict has the event's fields, its first reporting article
    (article_id, article_ref, article_url, article_title, article_publisher),
    the statement it came from (if any), and ``n_articles``: how many
    articles reported it. ``where``: more clauses on ``events`` columns, all
    of which must hold (the web's events browser passes its filter here, so
    its download is exactly what it shows).
    """
    where = [*event_filters(since, until, actor, type, source, target), *(where or [])]
    n_articles = (
        sa.select(sa.func.count(sa.distinct(event_sources.c.article_id)))
        .where(event_sources.c.event_id == events.c.id)
        .scalar_subquery()
        .label("n_articles")
    )
    query = (
        sa.select(*EVENT_ROW, n_articles)
        .join(articles, articles.c.id == events.c.article_id)
        .outerjoin(statements, statements.c.id == events.c.statement_id)
        .order_by(events.c.id)
        .limit(page_size)
    )
    last = 0
    while True:
        rows = connection.execute(query.where(events.c.id > last, *where)).mappings().all()
        if not rows:
            return
        for row in rows:
            yield dict(row)
        last = rows[-1]["event_id"]


def event_reports(connection: sa.Connection, event_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Every report of each event: event id → [{article_id, ref, url, title, publisher, date, sentence}]."""
    out: dict[int, list[dict[str, Any]]] = {eid: [] for eid in event_ids}
    if not event_ids:
        return out
    rows = connection.execute(
        sa.select(
            event_sources.c.event_id, articles.c.id, articles.c.article_id.label("ref"), articles.c.url,
            articles.c.title, articles.c.date, articles.c.publisher, event_sources.c.sentence_start, event_sources.c.sentence_end,
        )
        .join(articles, articles.c.id == event_sources.c.article_id)
        .where(event_sources.c.event_id.in_(event_ids))
        .order_by(event_sources.c.event_id, event_sources.c.id)
    ).all()
    for row in rows:
        out[row.event_id].append({
            "article_id": row.id, "ref": row.ref, "url": row.url, "title": row.title, "publisher": row.publisher,
            "date": row.date.isoformat() if row.date else None,
            "sentence": [row.sentence_start, row.sentence_end],
        })
    return out


def search_statements(
    connection: sa.Connection,
    words: str | None = None,
    *,
    speaker: str | None = None,
    actor: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Statements whose content matches ``words`` (all of them, stemmed where
    the backend stems), by a speaker (name, case-insensitive) or actor code
    (prefix, so "RUS" finds "RUSGOV"), in a date range; newest first.
    """
    query = (
        sa.select(
            statements.c.id, statements.c.kind, statements.c.cue_type, statements.c.speaker_name,
            statements.c.speaker_actor, statements.c.speaker_mention, statements.c.cue_text,
            statements.c.content_text, statements.c.sentence_start, statements.c.sentence_end,
            articles.c.id.label("article_id"), articles.c.title.label("article_title"),
            articles.c.url.label("article_url"), articles.c.date,
        )
        .join(articles, articles.c.id == statements.c.article_id)
        .order_by(articles.c.date.desc().nulls_last(), statements.c.id)
        .limit(limit)
    )
    if words and words.strip():
        query = query.where(content_matches(connection, words))
    if speaker:
        query = query.where(sa.func.lower(statements.c.speaker_name) == speaker.lower())
    if actor:
        query = query.where(statements.c.speaker_actor.startswith(actor.upper()))
    since_day, until_day = parse_day(since, "since"), parse_day(until, "until")
    if since_day is not None:
        query = query.where(articles.c.date >= since_day)
    if until_day is not None:
        query = query.where(articles.c.date <= until_day)
    return [dict(row) for row in connection.execute(query).mappings()]


def content_matches(connection: sa.Connection, words: str) -> sa.ColumnElement[bool]:
    """Statements whose content has all of ``words``, through the dialect's
    full-text index (FTS5 on SQLite, the GIN tsvector index on PostgreSQL)."""
    if connection.dialect.name == "postgresql":
        # the exact expression of the GIN index ix_statements_content_tsv, so the index is used
        return sa.text(
            "to_tsvector('english', coalesce(statements.content_text, '')) "
            "@@ plainto_tsquery('english', :fts_words)"
        ).bindparams(fts_words=words)
    if connection.dialect.name == "sqlite":
        terms = " ".join('"' + term.replace('"', '""') + '"' for term in words.split())
        fts = sa.table("statements_fts", sa.column("rowid"))
        return statements.c.id.in_(
            sa.select(fts.c.rowid).where(sa.text("statements_fts MATCH :fts_words").bindparams(fts_words=terms))
        )
    return sa.and_(*(statements.c.content_text.ilike(f"%{like_escape(term)}%", escape="\\") for term in words.split()))


def like_escape(value: str) -> str:
    """``value`` with LIKE's wildcards escaped."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def duplicates_of(connection: sa.Connection, article_id: int) -> list[int]:
    """Row ids of the articles stored as near-duplicates of ``article_id``."""
    return list(connection.execute(
        sa.select(articles.c.id).where(articles.c.duplicate_of == article_id).order_by(articles.c.id)
    ).scalars())


__all__ = [
    "QueryError", "counts", "duplicates_of", "event_filters", "event_reports",
    "iter_events", "parse_day", "search_statements", "stats",
]
