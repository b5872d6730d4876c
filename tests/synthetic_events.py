"""A synthetic event corpus written straight into the store's tables (no
analysis), for the alert tests and ``benchmarks/alerts_bench.py``.

``insert_events(url, rows)`` stores one article per event row; each row is a
dict with ``date``, ``source``, ``target`` (actor codes), ``type`` and
optionally ``intensity``, ``quad``, ``mode``, ``cameo`` and ``evidence``.
Quad and intensity default to the ontology's for the type.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from redline.events.ontology import intensity_for, quad_for
from redline.store.codes import split_code
from redline.store.db import open_db
from redline.store.schema import articles, event_sources, events

BATCH = 5000


def _rows(items: Iterable[dict[str, Any]], start: int) -> Iterable[tuple[dict, dict, dict]]:
    now = datetime.now(timezone.utc)
    for i, item in enumerate(items, start=start):
        kind = item["type"]
        intensity = item.get("intensity", intensity_for(kind))
        quad = item.get("quad", quad_for(kind, intensity))
        text = item.get("evidence") or f"{item['source']} {kind.lower()} {item['target']} (synthetic {i})."
        article = {"id": i, "article_id": f"syn-{i}", "title": f"Synthetic report {i}", "date": item["date"],
                   "text": text, "content_hash": hashlib.sha256(f"{i}:{text}".encode()).hexdigest(),
                   "ingested_at": now, "body_start": 0}
        sides = {}
        for side in ("source", "target"):
            code = item[side]
            family, sector = split_code(code)
            sides.update({f"{side}_code": code, f"{side}_country": family, f"{side}_sector": sector,
                          f"{side}_text": code})
        event = {"id": i, "article_id": i, "date": item["date"], "type": kind, "mode": item.get("mode"),
                 "intensity": intensity, "quad": quad, "cameo": item.get("cameo"), "negated": False,
                 "evidence": text, "sentence_start": 0, "sentence_end": len(text),
                 "event_key": hashlib.sha1(f"{i}".encode()).hexdigest(), **sides}
        report = {"event_id": i, "article_id": i, "sentence_start": 0, "sentence_end": len(text)}
        yield article, event, report


def insert_events(url: str, items: Iterable[dict[str, Any]]) -> int:
    """Store ``items`` (see the module) in the database at ``url``; RETURNS how many."""
    engine = open_db(url)
    count = 0
    try:
        with engine.begin() as conn:
            batch: list[tuple[dict, dict, dict]] = []
            for row in _rows(items, start=1):
                batch.append(row)
                if len(batch) >= BATCH:
                    _flush(conn, batch)
                    count += len(batch)
                    batch = []
            if batch:
                _flush(conn, batch)
                count += len(batch)
    finally:
        engine.dispose()
    return count


def _flush(conn, batch) -> None:
    conn.execute(articles.insert(), [a for a, _, _ in batch])
    conn.execute(events.insert(), [e for _, e, _ in batch])
    conn.execute(event_sources.insert(), [r for _, _, r in batch])
