"""Soak: two concurrent ingests, injected bad records, a kill -9 and a rerun; nothing lost.

    python benchmarks/soak.py                      # 2,000 articles, SQLite, about 3 minutes on 2 cores
    python benchmarks/soak.py --n 5000             # more
    python benchmarks/soak.py --pg postgresql+psycopg://redline:redline@127.0.0.1/redline_test

What it does, all through the real command line (``python -m redline.cli.main
ingest``) into one database (a SQLite file in a temporary folder, or a
schema of its own on ``--pg``):

1. Generates ``--n`` short, distinct articles (three to six sentences drawn
   at random from the repository's example articles, every number varied,
   each under its own headline and date) and writes two JSON Lines files
   that overlap: writer 1 gets the first 60 %, writer 2 the last 60 % (the
   middle 20 % is ingested by both). Writer 1's file also holds injected
   bad records (a line that is not JSON, a JSON array, a record with no
   text, an empty text, a text spaCy cannot take: a lone surrogate) and
   odd good ones (a NUL inside a text, a 120,000-character text), and a
   folder of bad files (an empty one, a binary one) goes with it.
2. Starts writer 1; once it has stored something, starts writer 2 on the
   same database; kills writer 1 with SIGKILL once ``--kill-at`` of all
   articles are stored; waits for writer 2; reruns writer 1 to the end.
3. Compares the database with what should be there: every good text stored
   exactly once (by content hash), none missing, none extra; every stored
   article whole (its statements numbered 0…k-1 with no gap or repeat);
   the rerun's report naming each injected bad record with its code.

Prints the comparison and one JSON line; exits 1 on any loss, duplicate or
missing report.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from ingest_rate import drop_schema, example_sentences, pg_schema_url  # noqa: E402

_NUMBER = re.compile(r"\d+")
LONG_CHARS = 120_000


def content_hash(text: str) -> str:
    """The key the store finds a text by (``redline.store.fingerprint.content_hash``)."""
    from redline.store.fingerprint import content_hash as store_hash

    return store_hash(text)


def articles(n: int, seed: int) -> list[dict]:
    """N short distinct articles of generated sentences, numbers varied."""
    rng = random.Random(seed)
    pool = example_sentences()
    out = []
    for i in range(n):
        body = " ".join(
            _NUMBER.sub(lambda m: str(rng.randint(1, 10 ** len(m.group()))), s)
            for s in rng.sample(pool, rng.randint(3, 6))
        )
        day = f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append({"id": f"soak-{i}", "title": f"Soak report {i}", "date": day, "text": body})
    return out


def injected(rng: random.Random) -> tuple[list[str], list[dict], collections.Counter]:
    """Bad lines (raw), odd good records, and the error codes the bad ones must be reported with."""
    pool = example_sentences()
    long_text = "Long transcript\n\n"
    while len(long_text) < LONG_CHARS:
        long_text += " ".join(rng.sample(pool, 4)) + "\n\n"
    bad = [
        "this line is not JSON",
        "[1, 2, 3]",
        json.dumps({"id": "no-text", "title": "nothing here"}),
        json.dumps({"id": "empty-text", "text": "   "}),
        '{"id": "surrogate", "text": "The envoy \\udc00 said the talks went well on Monday."}',
    ]
    odd = [
        {"id": "nul", "text": "Minister Hedda Lindqvist said the talks\u0000 would resume next week in Tromso."},
        {"id": "long", "text": long_text},
    ]
    codes = collections.Counter({"R005": 1, "R010": 1, "R006": 1, "R008": 1, "R009": 1})
    return bad, odd, codes


def count_articles(url: str) -> int:
    try:
        engine = sa.create_engine(url)
        try:
            with engine.connect() as conn:
                return conn.execute(sa.text("SELECT count(*) FROM articles")).scalar_one()
        finally:
            engine.dispose()
    except sa.exc.SQLAlchemyError:
        return 0  # the schema is not made yet


def ingest_command(url: str, inputs: list[Path], batch_size: int) -> list[str]:
    return [sys.executable, "-m", "redline.cli.main", "ingest", *map(str, inputs), "--db", url,
            "--batch-size", str(batch_size)]


def check(url: str) -> dict:
    """What the database holds: hashes with their row counts, and articles not whole."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            hashes = collections.Counter(conn.execute(sa.text("SELECT content_hash FROM articles")).scalars())
            broken = conn.execute(sa.text(
                "SELECT count(*) FROM (SELECT article_id FROM statements GROUP BY article_id "
                "HAVING count(*) <> count(DISTINCT position) OR min(position) <> 0 "
                "OR max(position) <> count(*) - 1) AS t")).scalar_one()
            unanalysed = conn.execute(sa.text(
                "SELECT count(*) FROM articles WHERE duplicate_of IS NULL AND analyzed_at IS NULL")).scalar_one()
            duplicates = conn.execute(sa.text("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")).scalar_one()
            statements = conn.execute(sa.text("SELECT count(*) FROM statements")).scalar_one()
            events = conn.execute(sa.text("SELECT count(*) FROM events")).scalar_one()
    finally:
        engine.dispose()
    return {"hashes": hashes, "broken": broken, "unanalysed": unanalysed, "near_duplicates": duplicates,
            "statements": statements, "events": events}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="good articles (default 2000)")
    parser.add_argument("--pg", default=None, help="PostgreSQL URL: run in a fresh schema there instead of SQLite")
    parser.add_argument("--kill-at", type=float, default=0.4, help="share of all articles stored when writer 1 is killed")
    parser.add_argument("--batch-size", type=int, default=16, help="--batch-size of both writers (default 16)")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    started = time.perf_counter()
    rng = random.Random(args.seed)
    good = articles(args.n, args.seed)
    bad, odd, bad_codes = injected(rng)
    first_share, second_start = int(args.n * 0.6), int(args.n * 0.4)
    first = good[:first_share]
    second = good[second_start:]
    expected = {content_hash(r["text"]) for r in good + odd}
    work = Path(tempfile.mkdtemp(prefix="redline-soak-"))
    lines = [json.dumps(r, ensure_ascii=False) for r in first]
    # bad and odd records spread through writer 1's file
    for i, line in enumerate(bad + [json.dumps(r) for r in odd]):
        lines.insert((i + 1) * len(lines) // (len(bad) + len(odd) + 1), line)
    (work / "first.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    (work / "second.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in second),
                                       encoding="utf-8")
    bad_files = work / "bad-files"
    bad_files.mkdir()
    (bad_files / "empty.txt").write_text("")
    (bad_files / "binary.txt").write_bytes(bytes(range(256)) * 8)
    bad_codes.update({"R001": 1, "R002": 1})

    schema = None
    if args.pg:
        url, schema = pg_schema_url(args.pg)
    else:
        url = f"sqlite:///{work / 'soak.db'}"
    print(f"soak: {args.n} articles ({len(first)} for writer 1, {len(second)} for writer 2, "
          f"{len(first) + len(second) - args.n} shared) + {len(odd)} odd good records, "
          f"{sum(bad_codes.values())} bad inputs; {('PostgreSQL schema ' + schema) if schema else url}", flush=True)

    try:
        writer1 = ingest_command(url, [work / "first.jsonl", bad_files], args.batch_size)
        writer2 = ingest_command(url, [work / "second.jsonl"], args.batch_size)
        log1, log2 = open(work / "writer1.log", "w"), open(work / "writer2.log", "w")
        t0 = time.perf_counter()
        p1 = subprocess.Popen(writer1, cwd=work, stdout=log1, stderr=log1)
        while p1.poll() is None and count_articles(url) == 0:
            time.sleep(0.2)
        p2 = subprocess.Popen(writer2, cwd=work, stdout=log2, stderr=log2)
        print(f"  writer 2 started at {time.perf_counter() - t0:.1f} s ({count_articles(url)} stored)", flush=True)
        kill_at = int(args.kill_at * len(expected))
        while p1.poll() is None and count_articles(url) < kill_at:
            time.sleep(0.2)
        killed = p1.poll() is None
        if killed:
            os.kill(p1.pid, signal.SIGKILL)
        p1.wait()
        at_kill = count_articles(url)
        print(f"  writer 1 {'killed (SIGKILL)' if killed else 'ended before the kill'} at "
              f"{time.perf_counter() - t0:.1f} s with {at_kill} stored", flush=True)
        p2.wait()
        print(f"  writer 2 exited {p2.returncode} at {time.perf_counter() - t0:.1f} s", flush=True)
        rerun = subprocess.run(writer1, cwd=work, capture_output=True, text=True)
        print(f"  writer 1 rerun exited {rerun.returncode} at {time.perf_counter() - t0:.1f} s", flush=True)
        log1.close()
        log2.close()
        found = check(url)
    finally:
        if schema:
            drop_schema(args.pg, schema)

    second_log = (work / "writer2.log").read_text()
    reported = collections.Counter(re.findall(r"redline: skipped (R0\d\d) ", rerun.stderr))
    stored = set(found["hashes"])
    missing = expected - stored
    extra = stored - expected
    repeated = sum(1 for n in found["hashes"].values() if n > 1)
    failures = []
    if missing:
        failures.append(f"{len(missing)} good texts missing")
    if extra:
        failures.append(f"{len(extra)} texts stored that should not be")
    if repeated:
        failures.append(f"{repeated} texts stored more than once")
    if found["broken"] or found["unanalysed"]:
        failures.append(f"{found['broken']} articles with gaps in their statements, {found['unanalysed']} never analysed")
    if reported != bad_codes:
        failures.append(f"bad inputs reported {dict(reported)}, expected {dict(bad_codes)}")
    if p2.returncode != 0:
        failures.append(f"writer 2 exited {p2.returncode}: {second_log[-2000:]}")
    if rerun.returncode != 1:  # 1: bad inputs were reported, everything else stored
        failures.append(f"writer 1 rerun exited {rerun.returncode}: {rerun.stderr[-2000:]}")
    if "Traceback" in second_log + rerun.stderr:
        failures.append("a traceback was printed")

    total = time.perf_counter() - started
    print()
    print(f"{'should be stored':<28}{len(expected):>8}")
    print(f"{'stored (distinct texts)':<28}{len(stored):>8}   of which near-duplicates linked: {found['near_duplicates']}")
    print(f"{'missing':<28}{len(missing):>8}")
    print(f"{'extra':<28}{len(extra):>8}")
    print(f"{'stored more than once':<28}{repeated:>8}")
    print(f"{'articles not whole':<28}{found['broken'] + found['unanalysed']:>8}")
    print(f"{'bad inputs reported':<28}{sum(reported.values()):>8}   of {sum(bad_codes.values())} injected: "
          + ", ".join(f"{code} {n}" for code, n in sorted(reported.items())))
    print(f"statements {found['statements']}, events {found['events']}; took {total:.0f} s")
    print("NO LOSS" if not failures else "FAILED: " + "; ".join(failures))
    print(json.dumps({
        "n": args.n, "backend": "postgresql" if args.pg else "sqlite", "expected": len(expected),
        "stored": len(stored), "missing": len(missing), "extra": len(extra), "repeated": repeated,
        "not_whole": found["broken"] + found["unanalysed"], "near_duplicates": found["near_duplicates"],
        "killed": killed, "stored_at_kill": at_kill, "reported": dict(reported), "injected": dict(bad_codes),
        "writer2_exit": p2.returncode, "rerun_exit": rerun.returncode, "seconds": round(total, 1),
        "ok": not failures,
    }))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
