"""Export stored events: Parquet, CSV, JSON Lines, GDELT-style TSV, PLOVER JSON.

    from redline.export import export
    export("redline.db", format="parquet", output="events.parquet", since="2022-01-01", actor="RUS")

Rows are read in pages (``redline.store.query.iter_events``) and written as
they come, so the database is never loaded whole.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from itertools import islice
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa

from redline.export.gdelt import write_gdelt
from redline.export.plover import plover_record, write_plover
from redline.export.rows import flat_row
from redline.export.tabular import write_csv, write_jsonl, write_parquet
from redline.store.db import open_db, require_existing
from redline.store.location_filter import location_where
from redline.store.query import PAGE_SIZE, event_reports, iter_events

FORMATS = ("parquet", "csv", "jsonl", "gdelt", "plover")


class ExportError(ValueError):
    """An export that cannot be made as asked (unknown format, no file for Parquet)."""


def export(
    db_url: str | Path | None = None,
    *,
    format: str,
    output: str | Path | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    actor: str | None = None,
    type: str | None = None,
    location_country: str | None = None,
    bbox: str | tuple[float, float, float, float] | None = None,
    page_size: int = PAGE_SIZE,
) -> int:
    """Write the stored events that match the filters to ``output``.

    db_url (str | Path | None): SQLAlchemy URL or SQLite path; None is ./redline.db.
    format (str): parquet | csv | jsonl (one row per event, ``rows.EVENT_COLUMNS``),
        gdelt (``gdelt.GDELT_COLUMNS``), plover (``plover`` records).
    output (str | Path | None): the file; None or "-" is standard output
        (not for parquet).
    since, until (str | date | None): inclusive date range, YYYY-MM-DD.
    actor (str | None): an actor code or country on either side ("RUS").
    type (str | None): a PLOVER event type ("REJECT").
    location_country (str | None): where it happened, ISO alpha-3 ("COD").
    bbox (str | tuple | None): where it happened, "minlon,minlat,maxlon,maxlat"
        (``redline.store.location_filter.parse_bbox``).
    RETURNS (int): the number of events written.
    RAISES (ExportError): unknown format, or Parquet without a file.
        (QueryError): a bad date, country or bounding box.
        (StoreError): S004 a SQLite file that does not exist (none is created),
        or the database cannot be opened.
    """
    format = format.lower()
    if format not in FORMATS:
        raise ExportError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    to_stdout = output is None or str(output) == "-"
    if format == "parquet" and to_stdout:
        raise ExportError("parquet needs an output file (-o FILE)")
    filters = {"since": since, "until": until, "actor": actor, "type": type}
    from redline.store.query import event_filters

    event_filters(**filters)  # bad dates fail before the file is created
    where = location_where(location_country, bbox)  # so do a bad country or box
    require_existing(db_url)  # a mistyped path is an error, not a new empty database
    engine = open_db(db_url)
    try:
        with engine.connect() as connection:
            return export_events(connection, format=format, output=output, where=where, page_size=page_size, **filters)
    finally:
        engine.dispose()


def export_events(
    connection: sa.Connection,
    *,
    format: str,
    output: str | Path | IO[str] | None = None,
    where: list[sa.ColumnElement[bool]] | None = None,
    page_size: int = PAGE_SIZE,
    **filters: Any,
) -> int:
    """Write the events that match ``filters`` (``iter_events``'s) and the extra
    clauses ``where`` to ``output`` over an open connection: the one writer
    behind ``export`` and the web's downloads.

    output: a file path, an open text stream, or None / "-" for standard
        output (parquet needs a path).
    RETURNS (int): the number of events written.
    RAISES (ExportError): unknown format, or Parquet without a file.
    """
    format = format.lower()
    if format not in FORMATS:
        raise ExportError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    events = iter_events(connection, page_size=page_size, where=where, **filters)
    if format == "parquet":
        if output is None or str(output) == "-" or not isinstance(output, (str, Path)):
            raise ExportError("parquet needs an output file (-o FILE)")
        return write_parquet((flat_row(e) for e in events), str(output))
    with _open(output) as out:
        if format == "csv":
            return write_csv((flat_row(e) for e in events), out)
        if format == "jsonl":
            return write_jsonl((flat_row(e) for e in events), out)
        reported = _with_reports(connection, events, page_size)
        if format == "gdelt":
            return write_gdelt((_gdelt_counts(e, r) for e, r in reported), out)
        return write_plover((plover_record(e, r) for e, r in reported), out)


def _with_reports(
    connection: sa.Connection, events: Iterator[dict[str, Any]], page_size: int
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each event with its reports, fetched one page of events at a time."""
    while page := list(islice(events, page_size)):
        reports = event_reports(connection, [e["event_id"] for e in page])
        for event in page:
            yield event, reports.get(event["event_id"], [])


def _gdelt_counts(event: dict[str, Any], reports: list[dict[str, Any]]) -> dict[str, Any]:
    event["n_mentions"] = len(reports)
    event["n_publishers"] = len({r["publisher"] for r in reports if r.get("publisher")})
    return event


@contextmanager
def _open(output: str | Path | IO[str] | None) -> Iterator[IO[str]]:
    if output is not None and not isinstance(output, (str, Path)):  # an open stream: the caller closes it
        yield output
        return
    if output is None or str(output) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(output, "w", encoding="utf-8", newline="") as handle:
        yield handle


__all__ = ["FORMATS", "ExportError", "export", "export_events"]
