"""Analyses as a Parquet dataset: three tables, one file per batch each.

    OUT/articles/part-00000.parquet    one row per article (with its text)
    OUT/statements/part-00000.parquet  one row per statement
    OUT/events/part-00000.parquet      one row per event

Every row carries ``article_id``; spans are lists of ``{start, end}``
character offsets into the article's ``text`` (half-open, Python ``str``
indices), as in the JSON predictions. Each folder reads as one table:
``pyarrow.dataset.dataset(OUT / "statements")``, ``pandas.read_parquet``,
``duckdb``'s ``read_parquet('OUT/statements/*.parquet')`` or Dask's
``dask.dataframe.read_parquet``. Files are written as batches fill, so
memory holds one batch whatever the size of the corpus.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from redline.errors import InputError
from redline.output import statement_to_dict
from redline.types import ActorRef, Analysis, CharSpan, Event, Statement

# Articles per file: big enough for Parquet's columnar compression to pay,
# small enough that a batch of analyses sits easily in memory.
ARTICLES_PER_FILE = 256
TABLES = ("articles", "statements", "events")

SPANS = pa.list_(pa.struct([("start", pa.int32()), ("end", pa.int32())]))

ARTICLES = pa.schema([
    ("article_id", pa.string()),
    ("source", pa.string()),
    ("title", pa.string()),
    ("date", pa.string()),
    ("url", pa.string()),
    ("publisher", pa.string()),
    ("language", pa.string()),
    ("body_start", pa.int32()),
    ("text", pa.string()),
    ("boilerplate", SPANS),
    ("statements", pa.int32()),
    ("events", pa.int32()),
])

STATEMENTS = pa.schema([
    ("article_id", pa.string()),
    ("index", pa.int32()),
    ("kind", pa.string()),
    ("cue_type", pa.string()),
    ("speaker_name", pa.string()),
    ("speaker_actor", pa.string()),
    ("speaker_mention", pa.string()),
    ("speaker_role", pa.string()),
    ("speaker_affiliation", pa.string()),
    ("speaker_kind", pa.string()),
    ("speaker_spans", SPANS),
    ("cue_text", pa.string()),
    ("cue_spans", SPANS),
    ("content_text", pa.string()),
    ("content_spans", SPANS),
    ("sentence_start", pa.int32()),
    ("sentence_end", pa.int32()),
])

EVENTS = pa.schema([
    ("article_id", pa.string()),
    ("index", pa.int32()),
    ("type", pa.string()),
    ("mode", pa.string()),
    ("source_text", pa.string()),
    ("source_code", pa.string()),
    ("source_name", pa.string()),
    ("source_spans", SPANS),
    ("target_text", pa.string()),
    ("target_code", pa.string()),
    ("target_name", pa.string()),
    ("target_spans", SPANS),
    ("sources", pa.list_(pa.string())),
    ("targets", pa.list_(pa.string())),
    ("sentence_start", pa.int32()),
    ("sentence_end", pa.int32()),
    ("trigger_spans", SPANS),
    ("intensity", pa.float64()),
    ("quad", pa.int8()),
    ("cameo", pa.string()),
    ("goldstein", pa.float64()),
    ("negated", pa.bool_()),
    ("asserted_by", pa.string()),
    ("statement_index", pa.int32()),
])

SCHEMAS = {"articles": ARTICLES, "statements": STATEMENTS, "events": EVENTS}


@dataclass
class ParquetSummary:
    """What ``analyses_to_parquet`` wrote, and the inputs it skipped."""

    out_dir: Path
    articles: int = 0
    files: int = 0  # files per table (each table has this many)
    errors: list[InputError] = field(default_factory=list)


class ParquetDatasetWriter:
    """Writes analyses as they come, one file per table for every
    ``articles_per_file`` articles (the last file may hold fewer).

    out_dir (Path): created if missing; must not hold a dataset already.
    RAISES (FileExistsError): when a table folder already has .parquet files.
    """

    def __init__(self, out_dir: str | Path, articles_per_file: int = ARTICLES_PER_FILE) -> None:
        if articles_per_file < 1:
            raise ValueError(f"articles_per_file must be at least 1, not {articles_per_file}")
        self.out_dir = Path(out_dir)
        self.articles_per_file = articles_per_file
        for table in TABLES:
            folder = self.out_dir / table
            if folder.is_dir() and any(folder.glob("*.parquet")):
                raise FileExistsError(f"{folder} already holds Parquet files; choose an empty folder")
        for table in TABLES:
            (self.out_dir / table).mkdir(parents=True, exist_ok=True)
        self.count = 0  # articles written
        self.files = 0
        self._rows: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}

    def write(self, analysis: Analysis) -> None:
        """Add one article's rows; a full batch goes to disk."""
        article_id = _article_id(analysis)
        self._rows["articles"].append(_article_row(analysis, article_id))
        text = analysis.article.text
        self._rows["statements"] += (
            _statement_row(article_id, i, st, text) for i, st in enumerate(analysis.statements)
        )
        self._rows["events"] += (_event_row(article_id, i, ev) for i, ev in enumerate(analysis.events))
        self.count += 1
        if len(self._rows["articles"]) >= self.articles_per_file:
            self.flush()

    def flush(self) -> None:
        """Write the rows held as one file per table (nothing when empty)."""
        if not self._rows["articles"]:
            return
        name = f"part-{self.files:05d}.parquet"
        for table in TABLES:
            pq.write_table(pa.Table.from_pylist(self._rows[table], schema=SCHEMAS[table]), self.out_dir / table / name)
            self._rows[table] = []
        self.files += 1

    def close(self) -> None:
        """Write what is left."""
        self.flush()

    def __enter__(self) -> ParquetDatasetWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def analyses_to_parquet(
    analyses: Iterable[Analysis | InputError], out_dir: str | Path, articles_per_file: int = ARTICLES_PER_FILE
) -> ParquetSummary:
    """Write a stream of analyses (e.g. from ``analyze_parallel``) as a
    Parquet dataset under ``out_dir``; InputErrors are collected, not written.

    RETURNS (ParquetSummary): counts, and the inputs that failed.
    """
    summary = ParquetSummary(Path(out_dir))
    with ParquetDatasetWriter(out_dir, articles_per_file) as writer:
        for item in analyses:
            if isinstance(item, InputError):
                summary.errors.append(item)
            else:
                writer.write(item)
    summary.articles, summary.files = writer.count, writer.files
    return summary


def _spans(spans: Iterable[CharSpan]) -> list[dict[str, int]]:
    return [{"start": s, "end": e} for s, e in spans]


def _article_id(analysis: Analysis) -> str:
    art = analysis.article
    return art.id or art.source or ""


def _article_row(analysis: Analysis, article_id: str) -> dict[str, Any]:
    art = analysis.article
    return {
        "article_id": article_id, "source": art.source, "title": art.title, "date": art.date,
        "url": art.url, "publisher": art.publisher, "language": art.language,
        "body_start": art.body_start, "text": art.text, "boilerplate": _spans(analysis.boilerplate),
        "statements": len(analysis.statements), "events": len(analysis.events),
    }


def _statement_row(article_id: str, index: int, statement: Statement, text: str) -> dict[str, Any]:
    record = statement_to_dict(statement, text)
    speaker = record["speaker"]
    return {
        "article_id": article_id, "index": index, "kind": record["kind"], "cue_type": record["cue_type"],
        **{f"speaker_{key}": speaker[key] for key in ("name", "actor", "mention", "role", "affiliation", "kind")},
        "speaker_spans": _spans(statement.speaker.spans),
        "cue_text": record["cue"]["text"], "cue_spans": _spans(statement.cue),
        "content_text": record["content"]["text"], "content_spans": _spans(statement.content),
        "sentence_start": statement.sentence[0], "sentence_end": statement.sentence[1],
    }


def _actor(prefix: str, refs: tuple[ActorRef, ...]) -> dict[str, Any]:
    first = refs[0] if refs else None
    return {
        f"{prefix}_text": first.text if first else None,
        f"{prefix}_code": first.code if first else None,
        f"{prefix}_name": first.name if first else None,
        f"{prefix}_spans": _spans(first.spans) if first else [],
    }


def _event_row(article_id: str, index: int, event: Event) -> dict[str, Any]:
    return {
        "article_id": article_id, "index": index, "type": event.type, "mode": event.mode,
        **_actor("source", event.sources), **_actor("target", event.targets),
        "sources": [r.code for r in event.sources], "targets": [r.code for r in event.targets],
        "sentence_start": event.sentence[0], "sentence_end": event.sentence[1],
        "trigger_spans": _spans(event.trigger), "intensity": event.intensity, "quad": event.quad,
        "cameo": event.cameo, "goldstein": event.goldstein, "negated": event.negated,
        "asserted_by": event.asserted_by, "statement_index": event.statement_index,
    }
