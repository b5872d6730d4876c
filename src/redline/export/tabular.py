"""CSV, JSON Lines and Parquet: one row per event (``rows.EVENT_COLUMNS``), streamed.

CSV text cells are made safe to open in a spreadsheet (``spreadsheet_safe``);
JSON Lines and Parquet keep every value exactly as stored.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import IO, Any

from redline.export.rows import COLUMN_NAMES, EVENT_COLUMNS

PARQUET_BATCH = 5000  # rows per Parquet row group written

# A spreadsheet reads a cell starting with one of these as a formula (OWASP,
# "CSV Injection"): = + - @, and tab and carriage return, which some strip first.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, with a single quote
    in front (shown as text, the quote hidden); anything else as it is.

    Only text is changed: numbers (a Goldstein score of -4.0) stay numbers.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Write a header and one CSV line per row, text cells ``spreadsheet_safe``;
    RETURNS the number of rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMN_NAMES, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
        count += 1
    return count


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Write one JSON object per line; RETURNS the number of rows."""
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=_iso) + "\n")
        count += 1
    return count


def parquet_schema():
    """The Arrow schema of EVENT_COLUMNS."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in EVENT_COLUMNS])


def write_parquet(rows: Iterable[dict[str, Any]], path: str) -> int:
    """Write rows to a Parquet file, PARQUET_BATCH rows per row group; RETURNS the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        for batch in _batches(iter(rows), PARQUET_BATCH):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count


def _batches(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while batch := list(islice(rows, size)):
        yield batch


def _iso(value: Any) -> str:
    """Dates as YYYY-MM-DD in JSON."""
    return value.isoformat()
