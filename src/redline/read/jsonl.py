"""JSON Lines input: one record a line, as in the benchmarks' FORMAT.md.

Only "id" and "text" are guaranteed; "title", "date", "url", "publisher" and
"language" are taken when present and other fields are ignored. The file is
streamed line by line, and each bad line becomes an InputError value naming
"file:LINE", so one bad record does not stop the batch. An id given twice in
one file is a warning on the ``redline.read.jsonl`` logger (stderr, unless
logging is configured otherwise) naming both lines; both records are read.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from redline.errors import Errors, InputError
from redline.read.text import parse_date
from redline.types import Article

_BOM = b"\xef\xbb\xbf"
LOGGER = logging.getLogger(__name__)
W001 = "W001 {source}: duplicate id {id!r}, first at {first}; both records are kept"


def article_from_record(record: Any, source: str) -> Article:
    """An Article from one decoded JSONL record.

    text is record["text"] exactly (offsets point into it) and body_start is
    0. A missing id becomes the record's locator.

    record (Any): the decoded JSON value.
    source (str): the record's locator, "file.jsonl:LINE".
    RETURNS (Article): the article.
    RAISES (InputError): R010 not an object, R006 no "text" string, R008
        empty text.
    """
    if not isinstance(record, dict):
        raise InputError(Errors.R010.format(source=source), source)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(Errors.R006.format(source=source), source)
    if not text.strip():
        raise InputError(Errors.R008.format(source=source), source)
    raw_id = record.get("id")
    # ids may be numbers in hand-made files; keep them, as strings
    rid = str(raw_id) if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) else source
    raw_date = _str(record, "date")
    return Article(
        text=text,
        id=rid,
        title=_str(record, "title"),
        date=parse_date(raw_date) if raw_date else None,
        url=_str(record, "url"),
        publisher=_str(record, "publisher"),
        language=_str(record, "language"),
        source=source,
        body_start=0,
    )


def _str(record: dict[str, Any], key: str) -> str | None:
    """A string field, or None when absent, null or not a string."""
    value = record.get(key)
    return value if isinstance(value, str) and value else None


def read_jsonl(path: str | Path) -> Iterator[Article | InputError]:
    """Articles from a JSON Lines file, streamed; bad lines as InputError values.

    Blank lines are skipped. A file with no records at all yields R001.

    path (str | Path): the file.
    YIELDS (Article | InputError): one per non-blank line (R003 bad UTF-8,
        R005 not JSON, R010/R006/R008 bad record), sources "file:LINE". An id
        seen before in the file is logged as a warning (W001, both lines).
    """
    name = str(path)
    offset = 0  # byte offset of the current line, for R003 messages
    seen = False
    first_line: dict[str, str] = {}  # id → locator of the record that gave it first
    with open(path, "rb") as handle:
        for lineno, raw in enumerate(handle, start=1):
            line_offset, offset = offset, offset + len(raw)
            if lineno == 1 and raw.startswith(_BOM):
                raw, line_offset = raw[len(_BOM):], line_offset + len(_BOM)
            source = f"{name}:{lineno}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                seen = True
                at = line_offset + err.start  # from the start of the file
                detail = f"invalid byte 0x{raw[err.start]:02X} at byte offset {at}"
                yield InputError(Errors.R003.format(source=source, detail=detail), source)
                continue
            if not line.strip():
                continue
            seen = True
            item = _parse_line(line, source)
            if isinstance(item, Article) and item.id != source:  # an id of the record's own
                first = first_line.setdefault(item.id, source)
                if first != source:
                    LOGGER.warning(W001.format(source=source, id=item.id, first=first))
            yield item
    if not seen:
        yield InputError(Errors.R001.format(source=name), name)


def _parse_line(line: str, source: str) -> Article | InputError:
    """One non-blank line as an Article, or the InputError saying why not."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        detail = f"{err.msg} at column {err.colno}"
        return InputError(Errors.R005.format(source=source, detail=detail), source)
    try:
        return article_from_record(record, source)
    except InputError as err:
        return err
