"""One flat row per event: the columns every tabular export writes.

Filled from ``redline.store.query.iter_events``; dates are dates (ISO text in CSV and JSON),
codes as stored, ``n_articles`` the number of articles that reported the event,
``location_*`` where it happened (the stored location's place as written, GeoNames
name, ISO alpha-3 country, first-level region, coordinates, GeoNames id, kind,
and how the text says so: ``locative`` or ``dateline``).
"""

from __future__ import annotations

from typing import Any

# (column, pyarrow type name) in output order.
EVENT_COLUMNS: list[tuple[str, str]] = [
    ("event_id", "int64"),
    ("date", "date32"),
    ("type", "string"),
    ("mode", "string"),
    ("source_text", "string"),
    ("source_code", "string"),
    ("source_name", "string"),
    ("source_country", "string"),
    ("source_sector", "string"),
    ("target_text", "string"),
    ("target_code", "string"),
    ("target_name", "string"),
    ("target_country", "string"),
    ("target_sector", "string"),
    ("intensity", "float64"),
    ("quad", "int64"),
    ("cameo", "string"),
    ("goldstein", "float64"),
    ("negated", "bool_"),
    ("asserted_by", "string"),
    ("n_articles", "int64"),
    ("article_id", "int64"),
    ("article_ref", "string"),
    ("article_url", "string"),
    ("article_title", "string"),
    ("sentence_start", "int64"),
    ("sentence_end", "int64"),
    ("evidence", "string"),
    # where it happened (the stored location; all empty for none)
    ("location_text", "string"),
    ("location_name", "string"),
    ("location_country", "string"),
    ("location_region", "string"),
    ("location_lat", "float64"),
    ("location_lon", "float64"),
    ("location_geonameid", "int64"),
    ("location_kind", "string"),
    ("location_via", "string"),
]
LOCATION_FIELDS = ("text", "name", "country", "region", "lat", "lon", "geonameid", "kind", "via")
COLUMN_NAMES = [name for name, _ in EVENT_COLUMNS]


def flat_row(event: dict[str, Any]) -> dict[str, Any]:
    """An ``iter_events`` dict reduced to EVENT_COLUMNS (the date a ``datetime.date``)."""
    row = {name: event.get(name) for name in COLUMN_NAMES}
    location = event.get("location") or {}
    for field in LOCATION_FIELDS:
        row[f"location_{field}"] = location.get(field)
    if row["negated"] is not None:
        row["negated"] = bool(row["negated"])
    return row
