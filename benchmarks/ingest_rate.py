"""Ingest rate (articles/s) and database size per 1,000 articles, on SQLite and PostgreSQL.

    python benchmarks/ingest_rate.py                       # 5000 synthetic articles, SQLite
    python benchmarks/ingest_rate.py --n 300 --pg postgresql+psycopg://redline:redline@127.0.0.1/redline_test
    python benchmarks/ingest_rate.py --source polnear --n 400   # PolNeAR train texts (<= 840)

Inputs (``--source``):

- ``examples`` (default): synthetic articles built from the repository's own
  example articles: each takes sixteen sentences drawn at random from all of
  them, with every number and the date varied, under a made-up headline. The
  draw makes them distinct stories (near-duplicate detection finds few, and
  the count is reported), with the same vocabulary, speakers and events as
  the examples.
- ``polnear``: the first N records of ``<repo>/../shared/benchmarks/
  statements-polnear-train.jsonl`` (read at run time; 840 records).

Measured per backend (SQLite in a temporary folder; PostgreSQL when ``--pg``
or REDLINE_TEST_PG gives a server, in a schema of its own, dropped after):

- ``ingest``: ``redline.store.ingest`` over a JSONL file of the N records into
  an empty database: reading, parsing, analysis, dedup and storing, model
  loaded beforehand. Parsing dominates this figure.
- ``store``: ``redline.store.store_analyses`` of the same N articles analysed
  beforehand (the analysis time is reported once, as ``analyse``): what the
  database side costs, per article.
- size: the database's size after ingest, per 1,000 stored articles (SQLite:
  the file; PostgreSQL: all tables, indexes and TOAST of the schema).

Prints a table, then one JSON line with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

import redline
from redline.parse import load_nlp
from redline.store import ingest, stats, store_analyses

REPO = Path(__file__).resolve().parent.parent
POLNEAR = REPO.parent / "shared" / "benchmarks" / "statements-polnear-train.jsonl"
SENTENCES_PER_ARTICLE = 16
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")
_NUMBER = re.compile(r"\d+")


def example_sentences() -> list[str]:
    """Body sentences of the example articles (text files and the HTML page)."""
    sentences: list[str] = []
    for path in sorted((REPO / "examples").iterdir()):
        article = next(iter(redline.read_path(path)))
        if isinstance(article, Exception):
            continue
        body = article.text[article.body_start:]
        for paragraph in re.split(r"\n\s*\n|\n", body):
            words = paragraph.split()
            if len(words) >= 6:
                sentences += [s.strip() for s in _SENTENCE_END.split(paragraph.strip()) if len(s.split()) >= 5]
    return sentences


def synthetic_records(n: int, seed: int = 7) -> list[dict]:
    """N distinct articles drawn from the example sentences, numbers and dates varied."""
    rng = random.Random(seed)
    pool = example_sentences()
    records = []
    for i in range(n):
        picked = rng.sample(pool, SENTENCES_PER_ARTICLE)
        text = "\n\n".join(
            _NUMBER.sub(lambda m: str(rng.randint(10 ** (len(m.group()) - 1), 10 ** len(m.group()) - 1)), s)
            for s in picked
        )
        day = f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        records.append({"id": f"synthetic-{i}", "title": f"Synthetic report {i}", "date": day, "text": text})
    return records


def polnear_records(n: int) -> list[dict]:
    """The first N PolNeAR train records (input fields only)."""
    if not POLNEAR.exists():
        sys.exit(f"no {POLNEAR}: use --source examples")
    keep = ("id", "text", "title", "date", "url", "publisher")
    out = []
    with open(POLNEAR, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            out.append({k: record.get(k) for k in keep})
            if len(out) == n:
                break
    return out


def pg_schema_url(base: str) -> tuple[str, str]:
    """A fresh schema on the server and the URL that uses it."""
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    engine = sa.create_engine(base)
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    url = sa.make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False), schema


def drop_schema(base: str, schema: str) -> None:
    engine = sa.create_engine(base)
    with engine.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


def db_bytes(url: str) -> int:
    """The database's size on disk: the SQLite file, or the schema's relations on PostgreSQL."""
    parsed = sa.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database)
        return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        size = conn.execute(sa.text(
            "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')"
        )).scalar_one()
    engine.dispose()
    return int(size)


def run_backend(name: str, make_url, records_path: Path, analyses: list, nlp, batch_size: int) -> list[dict]:
    """ingest and store-only runs on one backend, each into an empty database."""
    rows = []
    url, cleanup = make_url("ingest")
    try:
        start = time.perf_counter()
        summary = ingest([records_path], url, nlp=nlp, batch_size=batch_size)
        seconds = time.perf_counter() - start
        size = db_bytes(url)
        counts = stats(url)
        rows.append({
            "backend": name, "mode": "ingest", "articles": summary.stored + summary.duplicates,
            "stored": summary.stored, "duplicates": summary.duplicates, "seconds": round(seconds, 2),
            "articles_per_s": round((summary.stored + summary.duplicates) / seconds, 2),
            "mb_per_1000": round(size / 1e6 / max(1, counts["articles"] + counts["duplicates"]) * 1000, 2),
            "statements": counts["statements"], "events": counts["events"],
        })
    finally:
        cleanup()
    url, cleanup = make_url("store")
    try:
        start = time.perf_counter()
        summary = store_analyses(analyses, url, commit_every=batch_size)
        seconds = time.perf_counter() - start
        rows.append({
            "backend": name, "mode": "store", "articles": summary.stored + summary.duplicates,
            "stored": summary.stored, "duplicates": summary.duplicates, "seconds": round(seconds, 2),
            "articles_per_s": round((summary.stored + summary.duplicates) / seconds, 2),
            "mb_per_1000": round(db_bytes(url) / 1e6 / max(1, summary.stored + summary.duplicates) * 1000, 2),
            "statements": summary.statements, "events": summary.events,
        })
    finally:
        cleanup()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=5000, help="articles (default 5000)")
    parser.add_argument("--source", choices=("examples", "polnear"), default="examples")
    parser.add_argument("--pg", default=os.environ.get("REDLINE_TEST_PG"), help="PostgreSQL URL (default $REDLINE_TEST_PG)")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    records = synthetic_records(args.n) if args.source == "examples" else polnear_records(args.n)
    work = Path(tempfile.mkdtemp(prefix="redline-bench-"))
    records_path = work / "records.jsonl"
    records_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    chars = sum(len(r["text"]) for r in records)
    nlp = load_nlp()

    start = time.perf_counter()
    analyses = list(redline.analyze_stream(redline.read_path(records_path), nlp=nlp, batch_size=args.batch_size))
    analyse_s = time.perf_counter() - start

    def sqlite_url(label: str):
        path = work / f"{label}.db"
        return f"sqlite:///{path}", lambda: None

    def postgres_url(label: str):
        url, schema = pg_schema_url(args.pg)
        return url, lambda: drop_schema(args.pg, schema)

    rows = run_backend("sqlite", sqlite_url, records_path, analyses, nlp, args.batch_size)
    if args.pg:
        rows += run_backend("postgresql", postgres_url, records_path, analyses, nlp, args.batch_size)

    print(f"{len(records)} {args.source} articles, {chars / len(records):,.0f} chars each on average; "
          f"analysis alone {analyse_s:.1f} s ({len(records) / analyse_s:.2f} articles/s)")
    header = f"{'backend':<11}{'mode':<8}{'articles':>9}{'dups':>6}{'seconds':>9}{'art/s':>9}{'MB/1000':>9}"
    print(header)
    print("-" * len(header))
    for row in rows:
        print(f"{row['backend']:<11}{row['mode']:<8}{row['articles']:>9}{row['duplicates']:>6}"
              f"{row['seconds']:>9.2f}{row['articles_per_s']:>9.2f}{row['mb_per_1000']:>9.2f}")
    print(json.dumps({
        "n": len(records), "source": args.source, "chars_per_article": round(chars / len(records)),
        "analyse_seconds": round(analyse_s, 2), "analyse_articles_per_s": round(len(records) / analyse_s, 2),
        "runs": rows,
    }))


if __name__ == "__main__":
    main()
