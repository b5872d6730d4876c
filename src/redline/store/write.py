"""Writing to the corpus database: articles, their derived rows, event merging.

Every function takes an open Connection and leaves committing to the caller,
so ``redline.store.ingest`` can commit per batch and ``reanalyze`` per article.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone

import sqlalchemy as sa

from redline.store.codes import split_code
from redline.store.db import insert_ignore
from redline.store.fingerprint import DUPLICATE_SIMILARITY, Fingerprint, similarity
from redline.store.schema import (
    actors,
    article_bands,
    articles,
    entities,
    event_sources,
    events,
    places,
    speaker_mentions,
    statements,
)
from redline.types import ActorRef, Analysis, Article, CharSpan, Event, EventLocation

# Two reports are of one event when their keys match (date, type, mode,
# negation, source and target codes) and their evidence sentences share at
# least this share of their words (Jaccard): a wire story and its rewrite
# ("Russia rejected the proposal on Friday" / "On Friday Russia rejected the
# proposal") merge; another sentence about the same dyad does not.
EVIDENCE_SIMILARITY = 0.8
# Near-duplicate candidates checked per article (the best LSH matches first).
MAX_CANDIDATES = 50

_WORD = re.compile(r"\w+")


# Statements built once (bind parameters, not literal values) so SQLAlchemy's
# compiled cache serves every article: building them per call cost more than
# running them.
_SAME_BODY = (
    sa.select(articles.c.id, articles.c.duplicate_of)
    .where(articles.c.body_hash == sa.bindparam("body_hash"))
    .order_by(articles.c.id)
    .limit(1)
)
_hits = sa.func.count().label("hits")
_candidates = (
    sa.select(article_bands.c.article_id, _hits)
    .where(sa.tuple_(article_bands.c.band, article_bands.c.key).in_(sa.bindparam("pairs", expanding=True)))
    .group_by(article_bands.c.article_id)
    .order_by(_hits.desc(), article_bands.c.article_id)
    .limit(MAX_CANDIDATES)
    .subquery()
)
_CANDIDATES = (
    sa.select(articles.c.id, articles.c.duplicate_of, articles.c.minhash)
    .join(_candidates, _candidates.c.article_id == articles.c.id)
    .order_by(_candidates.c.hits.desc(), articles.c.id)
)
_SAME_KEY = (
    sa.select(events.c.id, events.c.evidence)
    .where(
        events.c.event_key == sa.bindparam("key"),
        ~sa.select(event_sources.c.id)
        .where(event_sources.c.event_id == events.c.id, event_sources.c.article_id == sa.bindparam("article_pk"))
        .exists(),
    )
    .order_by(events.c.id)
)
_INSERT_EVENT = sa.insert(events).returning(events.c.id, sort_by_parameter_order=True)

def _insert_article_statement(dialect: str) -> sa.Insert:
    """INSERT … ON CONFLICT (content_hash) DO NOTHING RETURNING id: an
    article another writer stored first is left alone, not an error."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(articles).on_conflict_do_nothing(index_elements=[articles.c.content_hash]).returning(articles.c.id)


_INSERT_ARTICLE = {name: _insert_article_statement(name) for name in ("sqlite", "postgresql")}
_BY_HASH = sa.select(articles.c.id).where(articles.c.content_hash == sa.bindparam("content_hash")).limit(1)


@dataclass(slots=True)
class Stored:
    """What storing one analysis added."""

    statements: int = 0
    entities: int = 0
    events: int = 0  # new event rows
    merged: int = 0  # reports added as sources of events already stored


def now() -> datetime:
    """The current time, UTC."""
    return datetime.now(timezone.utc)


def to_date(value: str | None) -> date | None:
    """An ISO date string as a date (None when absent or not a date)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def is_stored(connection: sa.Connection, content_hash: str) -> bool:
    """Whether an article with this exact text is in the database."""
    return connection.execute(_BY_HASH, {"content_hash": content_hash}).first() is not None


def url_is_stored(connection: sa.Connection, url: str) -> bool:
    """Whether an article read from this URL is in the database."""
    found = connection.execute(
        sa.select(articles.c.id).where(articles.c.url == url).limit(1)
    ).first()
    return found is not None


def find_original(connection: sa.Connection, fp: Fingerprint) -> int | None:
    """The stored article this one republishes (same body or MinHash ≥ threshold).

    RETURNS (int | None): the original's row id (never itself a duplicate).
    """
    if fp.body_hash is not None:
        row = connection.execute(_SAME_BODY, {"body_hash": fp.body_hash}).first()
        if row is not None:
            return row.duplicate_of or row.id
    if fp.minhash is None:
        return None
    rows = connection.execute(_CANDIDATES, {"pairs": fp.bands()}).all()
    best, best_score = None, DUPLICATE_SIMILARITY
    for row in rows:
        score = similarity(fp.minhash, row.minhash) if row.minhash else 0.0
        if score >= best_score:
            best, best_score = row, score
    return None if best is None else (best.duplicate_of or best.id)


def insert_article(
    connection: sa.Connection,
    article: Article,
    fp: Fingerprint,
    boilerplate: list[CharSpan],
    *,
    duplicate_of: int | None = None,
    analyzed: bool = False,
) -> int | None:
    """Store one article row (and its LSH bands, unless it is a duplicate).

    RETURNS (int | None): the new row's id; None when an article with the
        same text is already stored (another writer stored it first).
    """
    values = {
        "article_id": article.id,
        "url": article.url,
        "title": article.title,
        "date": to_date(article.date),
        "publisher": article.publisher,
        "language": article.language,
        "text": article.text,
        "body_start": article.body_start,
        "boilerplate": [list(span) for span in boilerplate],
        "content_hash": fp.content_hash,
        "source": article.source,
        "ingested_at": now(),
        "analyzed_at": now() if analyzed else None,
        "body_hash": fp.body_hash,
        "minhash": fp.minhash,
        "duplicate_of": duplicate_of,
    }
    pk = connection.execute(_INSERT_ARTICLE[connection.dialect.name], values).scalar_one_or_none()
    if pk is None:
        return None
    if duplicate_of is None and fp.minhash is not None:
        connection.execute(
            sa.insert(article_bands), [{"band": b, "key": k, "article_id": pk} for b, k in fp.bands()]
        )
    return pk


def insert_analysis(connection: sa.Connection, article_pk: int, analysis: Analysis) -> Stored:
    """Store an analysis's statements, speaker mentions, entities, places, actors and events.

    Events already stored from another article (same key, near-identical
    evidence) gain this article as a source instead of a new row.
    """
    text = analysis.article.text
    stored = Stored()
    statement_ids = _insert_statements(connection, article_pk, analysis)
    stored.statements = len(statement_ids)
    stored.entities = _insert_entities(connection, article_pk, analysis)
    _insert_places(connection, article_pk, analysis)
    _insert_actors(connection, analysis)
    day = to_date(analysis.article.date)
    # Which events were reported already by other articles is decided against
    # the database before this article's events go in (one article never
    # merges with itself); then new events and all reports go in two batches.
    reports: list[dict[str, object]] = []
    new_rows: list[dict[str, object]] = []
    new_reports: list[dict[str, object]] = []
    for event in analysis.events:
        statement_id = (
            statement_ids[event.statement_index]
            if event.statement_index is not None and 0 <= event.statement_index < len(statement_ids)
            else None
        )
        evidence = text[event.sentence[0]:event.sentence[1]]
        key = event_key(event, day)
        report = {
            "event_id": None,
            "article_id": article_pk,
            "statement_id": statement_id,
            "sentence_start": event.sentence[0],
            "sentence_end": event.sentence[1],
            "trigger_spans": [list(span) for span in event.trigger],
            "location": location_json(event.location),
        }
        existing = _same_event(connection, key, evidence, article_pk) if day is not None else None
        if existing is None:
            new_rows.append(_event_row(event, article_pk, statement_id, day, evidence, key))
            new_reports.append(report)
        else:
            report["event_id"] = existing
            stored.merged += 1
            if report["location"] is not None:  # a later report may say where
                connection.execute(
                    sa.update(events).where(events.c.id == existing, events.c.location_country.is_(None),
                                            events.c.location_lat.is_(None))
                    .values(**_location_columns(report["location"]))
                )
        reports.append(report)
    if new_rows:
        ids = connection.execute(_INSERT_EVENT, new_rows).scalars().all()
        for report, event_id in zip(new_reports, ids):
            report["event_id"] = event_id
        stored.events += len(new_rows)
    if reports:
        connection.execute(sa.insert(event_sources), reports)
    return stored


def delete_derived(connection: sa.Connection, article_pk: int) -> None:
    """Remove an article's statements, mentions, entities, places and event reports.

    An event this article alone reported goes; one that other articles also
    reported stays, re-pointed to the earliest remaining report.
    """
    connection.execute(sa.delete(event_sources).where(event_sources.c.article_id == article_pk))
    orphans = sa.select(event_sources.c.id).where(event_sources.c.event_id == events.c.id).exists()
    connection.execute(sa.delete(events).where(events.c.article_id == article_pk, ~orphans))
    for event_id in connection.execute(sa.select(events.c.id).where(events.c.article_id == article_pk)).scalars():
        first = connection.execute(
            sa.select(event_sources).where(event_sources.c.event_id == event_id).order_by(event_sources.c.id).limit(1)
        ).one()
        connection.execute(
            sa.update(events)
            .where(events.c.id == event_id)
            .values(
                article_id=first.article_id,
                statement_id=first.statement_id,
                sentence_start=first.sentence_start,
                sentence_end=first.sentence_end,
                trigger_spans=first.trigger_spans,
                **_location_columns(first.location),
            )
        )
    connection.execute(sa.delete(entities).where(entities.c.article_id == article_pk))
    connection.execute(sa.delete(places).where(places.c.article_id == article_pk))
    connection.execute(sa.delete(speaker_mentions).where(speaker_mentions.c.article_id == article_pk))
    connection.execute(sa.delete(statements).where(statements.c.article_id == article_pk))


def event_key(event: Event, day: date | None) -> str:
    """The merge key: date, type, mode, negation, source and target codes."""
    parts = [
        day.isoformat() if day else "",
        event.type,
        event.mode or "",
        "neg" if event.negated else "",
        ",".join(sorted(ref.code or "" for ref in event.sources)),
        ",".join(sorted(ref.code or "" for ref in event.targets)),
    ]
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()


def evidence_similarity(a: str, b: str) -> float:
    """Jaccard similarity of two sentences' case-folded word sets."""
    left, right = set(_WORD.findall(a.casefold())), set(_WORD.findall(b.casefold()))
    if not left and not right:
        return 1.0
    return len(left & right) / len(left | right)


def _same_event(connection: sa.Connection, key: str, evidence: str, article_pk: int) -> int | None:
    """An event stored from another article with this key and near-identical evidence."""
    rows = connection.execute(_SAME_KEY, {"key": key, "article_pk": article_pk}).all()
    for row in rows:
        if evidence_similarity(evidence, row.evidence or "") >= EVIDENCE_SIMILARITY:
            return row.id
    return None


def _insert_statements(connection: sa.Connection, article_pk: int, analysis: Analysis) -> list[int]:
    """Statement rows (and their speaker mentions); their ids in analysis order."""
    text = analysis.article.text
    rows = []
    for position, st in enumerate(analysis.statements):
        sp = st.speaker
        rows.append({
            "article_id": article_pk,
            "position": position,
            "kind": st.kind,
            "cue_type": st.cue_type,
            "speaker_name": sp.name,
            "speaker_actor": sp.actor,
            "speaker_mention": sp.mention,
            "speaker_role": sp.role,
            "speaker_affiliation": sp.affiliation,
            "speaker_kind": sp.kind,
            "speaker_spans": [list(span) for span in sp.spans],
            "cue_spans": [list(span) for span in st.cue],
            "content_spans": [list(span) for span in st.content],
            "sentence_start": st.sentence[0],
            "sentence_end": st.sentence[1],
            "cue_text": st.cue_text(text),
            "content_text": st.content_text(text),
        })
    if not rows:
        return []
    ids = list(
        connection.execute(
            sa.insert(statements).returning(statements.c.id, sort_by_parameter_order=True), rows
        ).scalars()
    )
    mentions = [
        {"statement_id": sid, "article_id": article_pk, "start": s, "end": e, "text": text[s:e]}
        for sid, st in zip(ids, analysis.statements)
        for s, e in st.speaker.spans
    ]
    if mentions:
        connection.execute(sa.insert(speaker_mentions), mentions)
    return ids


def _insert_entities(connection: sa.Connection, article_pk: int, analysis: Analysis) -> int:
    """Entity rows, in analysis order; RETURNS how many."""
    rows = []
    for position, entity in enumerate(analysis.entities):
        country, sector = split_code(entity.actor)
        rows.append({
            "article_id": article_pk,
            "position": position,
            "name": entity.name,
            "actor": entity.actor.strip().upper() if entity.actor else None,
            "country": country,
            "sector": sector,
            "kind": entity.kind,
            "role": entity.role,
            "affiliation": entity.affiliation,
            "org": entity.org,
            "mentions": [list(span) for span in entity.mentions],
            "mention_count": len(entity.mentions),
        })
    if rows:
        connection.execute(sa.insert(entities), rows)
    return len(rows)


def _insert_actors(connection: sa.Connection, analysis: Analysis) -> None:
    """Add the actor codes this analysis uses to the actors table."""
    refs: dict[str, str | None] = {}
    for event in analysis.events:
        for ref in (*event.sources, *event.targets):
            if ref.code:
                refs.setdefault(ref.code, ref.name)
    for entity in analysis.entities:
        if entity.actor:
            code = entity.actor.strip().upper()
            # a state's or organisation's own name names its bare code ("NATO" for IGOWSTNAT), not a sector's
            named = entity.kind in ("organisation", "state") and split_code(code)[1] is None
            refs.setdefault(code, entity.name if named else None)
    for st in analysis.statements:
        if st.speaker.actor:
            refs.setdefault(st.speaker.actor, None)
    rows = []
    for code, name in sorted(refs.items()):  # in one order for every writer: no deadlock between two
        country, sector = split_code(code)
        rows.append({"code": code, "country": country, "sector": sector, "name": name})
    insert_ignore(connection, actors, rows)


def _actor_fields(prefix: str, refs: tuple[ActorRef, ...]) -> dict[str, object]:
    first = refs[0] if refs else None
    country, sector = split_code(first.code if first else None)
    return {
        f"{prefix}_text": first.text if first else None,
        f"{prefix}_code": first.code if first else None,
        f"{prefix}_name": first.name if first else None,
        f"{prefix}_country": country,
        f"{prefix}_sector": sector,
    }


def _event_row(
    event: Event, article_pk: int, statement_id: int | None, day: date | None, evidence: str, key: str
) -> dict[str, object]:
    return {
        "article_id": article_pk,
        "statement_id": statement_id,
        "date": day,
        "type": event.type,
        "mode": event.mode,
        **_actor_fields("source", event.sources),
        **_actor_fields("target", event.targets),
        "sources": [ref.code for ref in event.sources],
        "targets": [ref.code for ref in event.targets],
        "intensity": event.intensity,
        "quad": event.quad,
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "negated": event.negated,
        "asserted_by": event.asserted_by,
        "sentence_start": event.sentence[0],
        "sentence_end": event.sentence[1],
        "trigger_spans": [list(span) for span in event.trigger],
        "evidence": evidence,
        "event_key": key,
        **_location_columns(location_json(event.location)),
    }


def location_json(location: EventLocation | None) -> dict[str, object] | None:
    """An event's location as stored (the prediction record's ``location``)."""
    if location is None:
        return None
    place = location.place
    return {
        "span": list(place.span), "text": place.text, "name": place.name, "lat": place.lat,
        "lon": place.lon, "country": place.country, "region": place.region,
        "geonameid": place.geonameid, "kind": place.kind, "via": location.via,
        "evidence": list(location.evidence),
    }


def _location_columns(location: dict[str, object] | None) -> dict[str, object]:
    """The ``events`` columns for a report's location (all null for none)."""
    location = location or {}
    return {"location": location or None, "location_country": location.get("country"),
            "location_lat": location.get("lat"), "location_lon": location.get("lon")}


def _insert_places(connection: sa.Connection, article_pk: int, analysis: Analysis) -> None:
    """Store the places the article names, in text order."""
    rows = [{
        "article_id": article_pk, "position": position, "start": place.span[0], "end": place.span[1],
        "text": place.text, "name": place.name, "lat": place.lat, "lon": place.lon,
        "country": place.country, "region": place.region, "geonameid": place.geonameid,
        "kind": place.kind, "adjective": place.adjective,
    } for position, place in enumerate(analysis.places)]
    if rows:
        connection.execute(sa.insert(places), rows)
