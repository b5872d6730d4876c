"""Latency of ``redline serve``'s busiest endpoints on a large synthetic corpus.

    python benchmarks/serve_latency.py                      # 200,000 events, 50,000 statements, 300 requests each
    python benchmarks/serve_latency.py --requests 100 --db /tmp/big.db --keep

What is measured: a SQLite database is built with the store's schema (Alembic
migrations through ``redline.store.open_db``, so the FTS5 table and its
triggers are there) and filled directly with SQLAlchemy Core in batches:
``--articles`` articles dated over five years, ``--statements`` statements
(speakers from a pool of names, actor codes, content words drawn from a
Zipf-like vocabulary, so common and rare words both occur), ``--events``
events (each with its report in ``event_sources``) between actor codes whose
countries follow a skewed distribution (a few big actors, a long tail), with
PLOVER types, quad classes and intensities from ``redline.events.ontology``.

Then the app answers in-process (FastAPI's TestClient: routing, validation,
queries and JSON encoding, no network), ``--requests`` times each, with
parameters varied per request:

- dyad:       ``/api/dyads/{a}/{b}`` for pairs of frequent and rare actors
              (countries and full codes), interval day/week/month, with
              and without a date range (days over five years are answered
              per week: an interval over 400 bars is coarsened, see the
              README);
- statements: ``/api/statements`` with one or two words (common or rare),
              sometimes a speaker, an actor prefix or a date range.
- events:     ``/api/events`` with one filter in turn: source, target,
              either side, type, quad class, a word of the evidence, a
              30-day range, or a later keyset page (``cursor``);
- suggest:    ``/api/suggest`` as someone types two to four letters of a
              speaker's name or an actor code;
- alerts_first: the first ``/alerts`` page, which runs detection (target 1 s);
- alerts:     ``/api/alerts`` (every spike and red line of the corpus;
              ``--alert-requests`` times, kept while the events are unchanged, target 1 s).

It prints a table of p50/p95/p99/max (ms) per endpoint and, last, one JSON
line with every figure. The target is p95 < 100 ms; ``--check`` exits 1
when an endpoint misses it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import warnings
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import sqlalchemy as sa

from redline.events.ontology import TYPES, intensity_for, quad_for
from redline.store.db import open_db
from redline.store.schema import actors, articles, event_sources, events, statements

TARGET_P95_MS = 100.0
TARGET_MS = {"alerts": 1000.0, "alerts_first": 1000.0}  # the early-warning page answers in a second; the others in 100 ms
BATCH = 5000
FIRST_DAY = date(2019, 1, 1)
DAYS = 5 * 365

# Countries by how often they appear in news events (a few big ones, a long tail).
COUNTRIES = (
    "USA RUS CHN UKR ISR IRN GBR FRA DEU TUR PSE SYR IND PAK SAU EGY JPN KOR PRK TWN "
    "SRB XKX POL BLR IRQ AFG LBN JOR QAT ARE YEM ETH SDN NGA ZAF BRA MEX VEN COL CUB"
).split()
SECTORS = ["", "", "", "GOV", "GOV", "GOV", "MIL", "MIL", "COP", "BUS", "MED", "REB", "OPP", "JUD", "LEG", "CVL"]
ORGS = ["IGO", "NGO"]
TYPE_WEIGHTS = {
    "AGREE": 8, "CONSULT": 14, "SUPPORT": 8, "CONCEDE": 2, "COOPERATE": 5, "AID": 4, "RETREAT": 1,
    "REQUEST": 10, "ACCUSE": 12, "REJECT": 7, "THREATEN": 5, "PROTEST": 5, "SANCTION": 3,
    "MOBILIZE": 3, "COERCE": 4, "ASSAULT": 9,
}
STOPWORDS = (
    "the of and to a in that is for on it with as was he she they be by at this have from or had not but "
    "are we his her their an will would has been were its which more said about also after over than new"
).split()
# What people search for: news words, themselves Zipf-distributed among themselves.
TOPICAL = (
    "talks security border sanctions missile troops ceasefire agreement nuclear minister president "
    "government military election protest gas oil pipeline trade tariff aid refugees humanitarian "
    "attack drone strike peace negotiations summit alliance NATO embassy ambassador spokesman demand "
    "proposal reject threat warning response sovereignty territory occupation withdrawal inspection "
    "uranium enrichment deal grain corridor port shipping exports imports loan debt inflation court "
    "judge parliament vote coalition opposition rebels militia police arrest prisoners exchange "
    "hostages ransom cyber hackers espionage satellite launch test exercise drills navy fleet carrier "
    "airspace violation incursion shelling casualties civilians hospital school water electricity grid"
).split()
# A statement's words: stopwords first, then the topical words, then a long tail of
# rarer words (made-up tokens), all on one Zipf curve over about 5,000 ranks.
VOCABULARY = STOPWORDS + TOPICAL + [f"tok{i}" for i in range(5000 - len(STOPWORDS) - len(TOPICAL))]
GIVEN = "Anna Boris Carla Dmitry Elena Farid Grace Hassan Ivan Julia Kenji Layla Marek Nadia Omar Pavel Rosa Sergei Tamar Yusuf".split()
FAMILY = ("Lindqvist Peskov Whitfield Farouk Moradi Zielinski Haavisto Vaitkute Kovacs Novak Haddad Tanaka "
          "Petrov Ortega Mensah Dubois Schmidt Rossi Nakamura Ivanova Sato Klein Weber Hughes").split()


_CUMULATIVE: dict[tuple[int, int, float], list[float]] = {}


def zipf_choice(rng: random.Random, items: list, s: float = 1.1):
    """An item with probability proportional to 1/rank^s."""
    key = (id(items), len(items), s)
    if key not in _CUMULATIVE:
        total, cumulative = 0.0, []
        for rank in range(1, len(items) + 1):
            total += 1 / rank ** s
            cumulative.append(total)
        _CUMULATIVE[key] = cumulative
    return rng.choices(items, cum_weights=_CUMULATIVE[key])[0]


def actor_code(rng: random.Random) -> str:
    if rng.random() < 0.06:
        return rng.choice(ORGS)
    return zipf_choice(rng, COUNTRIES) + rng.choice(SECTORS)


def split(code: str) -> tuple[str | None, str | None]:
    if code in ORGS:
        return code, None
    return code[:3], code[3:] or None


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(zipf_choice(rng, VOCABULARY, 1.0) for _ in range(n)).capitalize() + "."


def build(url: str, n_articles: int, n_statements: int, n_events: int, seed: int) -> dict[str, float]:
    """Fill a fresh database; seconds spent per table."""
    rng = random.Random(seed)
    engine = open_db(url)
    took: dict[str, float] = {}
    now = datetime.now(timezone.utc)
    days: list[date] = []
    try:
        with engine.begin() as conn:
            start = time.perf_counter()
            rows = []
            for i in range(1, n_articles + 1):
                day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
                days.append(day)
                text = f"Synthetic report {i}\n\n{day.isoformat()}\n\n" + " ".join(sentence(rng, 14) for _ in range(6))
                rows.append({
                    "id": i, "article_id": f"syn-{i}", "title": f"Synthetic report {i}", "date": day,
                    "text": text, "body_start": 0, "boilerplate": [],
                    "content_hash": hashlib.sha256(text.encode()).hexdigest(), "source": "benchmark",
                    "ingested_at": now, "analyzed_at": now,
                })
                if len(rows) == BATCH:
                    conn.execute(sa.insert(articles), rows)
                    rows = []
            if rows:
                conn.execute(sa.insert(articles), rows)
            took["articles"] = time.perf_counter() - start

            start = time.perf_counter()
            speakers = [(f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", actor_code(rng)) for _ in range(800)]
            codes: set[str] = set()
            rows = []
            for i in range(1, n_statements + 1):
                name, code = zipf_choice(rng, speakers, 0.8)
                codes.add(code)
                content = sentence(rng, rng.randint(8, 25))
                rows.append({
                    "id": i, "article_id": rng.randint(1, n_articles), "position": i % 20,
                    "kind": rng.choice(["direct", "indirect", "mixed"]), "cue_type": "speech",
                    "speaker_name": name, "speaker_actor": code, "speaker_mention": name.split()[-1],
                    "speaker_kind": "person", "speaker_spans": [[0, 5]], "cue_spans": [[6, 10]],
                    "content_spans": [[11, 11 + len(content)]], "sentence_start": 0, "sentence_end": 200,
                    "cue_text": "said", "content_text": content,
                })
                if len(rows) == BATCH:
                    conn.execute(sa.insert(statements), rows)
                    rows = []
            if rows:
                conn.execute(sa.insert(statements), rows)
            took["statements"] = time.perf_counter() - start

            start = time.perf_counter()
            types, weights = list(TYPE_WEIGHTS), list(TYPE_WEIGHTS.values())
            assert set(types) == set(TYPES)
            rows, reports = [], []
            for i in range(1, n_events + 1):
                source, target = actor_code(rng), actor_code(rng)
                while split(target)[0] == split(source)[0] and rng.random() < 0.8:
                    target = actor_code(rng)
                codes.update((source, target))
                kind = rng.choices(types, weights)[0]
                demand = kind == "REQUEST" and rng.random() < 0.5
                intensity = intensity_for(kind, demand)
                article = rng.randint(1, n_articles)
                (sc, ss), (tc, ts) = split(source), split(target)
                rows.append({
                    "id": i, "article_id": article, "statement_id": None, "date": days[article - 1], "type": kind,
                    "mode": None, "source_text": source, "source_code": source, "source_country": sc,
                    "source_sector": ss, "target_text": target, "target_code": target, "target_country": tc,
                    "target_sector": ts, "sources": [source], "targets": [target], "intensity": intensity,
                    "quad": quad_for(kind, intensity), "cameo": None, "goldstein": None, "negated": False,
                    "asserted_by": "article", "sentence_start": 0, "sentence_end": 120, "trigger_spans": [[10, 18]],
                    "evidence": sentence(rng, 18), "event_key": hashlib.sha1(str(i).encode()).hexdigest(),
                })
                reports.append({"event_id": i, "article_id": article, "sentence_start": 0, "sentence_end": 120,
                                "trigger_spans": [[10, 18]]})
                if len(rows) == BATCH:
                    conn.execute(sa.insert(events), rows)
                    conn.execute(sa.insert(event_sources), reports)
                    rows, reports = [], []
            if rows:
                conn.execute(sa.insert(events), rows)
                conn.execute(sa.insert(event_sources), reports)
            conn.execute(sa.insert(actors), [
                {"code": c, "country": split(c)[0], "sector": split(c)[1], "name": None} for c in sorted(codes)
            ])
            took["events"] = time.perf_counter() - start
        with engine.begin() as conn:
            conn.execute(sa.text("ANALYZE"))
    finally:
        engine.dispose()
    return took


def dyad_paths(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        a = zipf_choice(rng, COUNTRIES)
        b = zipf_choice(rng, [c for c in COUNTRIES if c != a])
        if rng.random() < 0.3:
            a += rng.choice(["GOV", "MIL"])
        if rng.random() < 0.2:
            b += rng.choice(["GOV", "MIL"])
        params = {"interval": rng.choice(["day", "week", "week", "month"])}
        if rng.random() < 0.5:
            start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 400))
            params.update(since=start.isoformat(), until=(start + timedelta(days=rng.choice([90, 365]))).isoformat())
        out.append(f"/api/dyads/{a}/{b}?" + "&".join(f"{k}={v}" for k, v in params.items()))
    return out


def statement_paths(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        words = [zipf_choice(rng, TOPICAL, 0.7) for _ in range(rng.choice([1, 1, 2]))]
        params = {"q": "+".join(words)}
        roll = rng.random()
        if roll < 0.2:
            params["speaker"] = rng.choice(FAMILY).lower()
        elif roll < 0.4:
            params["actor"] = zipf_choice(rng, COUNTRIES)
        if rng.random() < 0.3:
            start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 400))
            params.update(since=start.isoformat(), until=(start + timedelta(days=180)).isoformat())
        out.append("/api/statements?" + "&".join(f"{k}={v}" for k, v in params.items()))
    return out


def event_paths(rng: random.Random, n: int) -> list[str]:
    """The events browser's API with one filter each (source, target, either side,
    type, quad, evidence words, a date range, a later keyset page), in turn."""
    types = list(TYPE_WEIGHTS)
    out = []
    for i in range(n):
        which = i % 8
        if which == 0:
            params = {"source": zipf_choice(rng, COUNTRIES)}
        elif which == 1:
            params = {"target": zipf_choice(rng, COUNTRIES) + rng.choice(["", "GOV"])}
        elif which == 2:
            params = {"involving": zipf_choice(rng, COUNTRIES)}
        elif which == 3:
            params = {"type": rng.choice(types)}
        elif which == 4:
            params = {"quad": rng.randrange(5)}
        elif which == 5:
            params = {"q": zipf_choice(rng, TOPICAL, 0.7)}
        elif which == 6:
            start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 40))
            params = {"since": start.isoformat(), "until": (start + timedelta(days=30)).isoformat()}
        else:
            day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
            params = {"cursor": f"{day.isoformat()}_{10**9}"}
        out.append("/api/events?" + "&".join(f"{k}={v}" for k, v in params.items()))
    return out


def suggest_paths(rng: random.Random, n: int) -> list[str]:
    """The search form's suggestions as someone types: two to four letters of a
    speaker's family name (any part of the name matches), or of an actor code."""
    out = []
    for i in range(n):
        if i % 2 == 0:
            name = rng.choice(FAMILY).lower()
            out.append(f"/api/suggest?field=speaker&q={name[:rng.choice([2, 3, 4])]}")
        else:
            code = zipf_choice(rng, COUNTRIES).lower()
            out.append(f"/api/suggest?field=actor&q={code[:rng.choice([1, 2, 3])]}")
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def measure(client, paths: list[str], warmup: int = 10) -> dict[str, float]:
    for path in paths[:warmup]:
        client.get(path)
    times = []
    for path in paths:
        start = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{path}: HTTP {response.status_code} {response.text[:200]}")
    return {
        "n": len(times), "p50_ms": round(percentile(times, 50), 2), "p95_ms": round(percentile(times, 95), 2),
        "p99_ms": round(percentile(times, 99), 2), "max_ms": round(max(times), 2),
        "mean_ms": round(statistics.fmean(times), 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="SQLite file to build (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="reuse --db when it exists; keep it afterwards")
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--statements", type=int, default=50_000)
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--requests", type=int, default=300, help="requests per endpoint")
    parser.add_argument("--alert-requests", type=int, default=5, help="requests of /api/alerts (target 1 s)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--check", action="store_true", help=f"exit 1 when a p95 is over {TARGET_P95_MS:.0f} ms")
    args = parser.parse_args(argv)

    warnings.simplefilter("ignore")  # the test client's deprecation notice
    from fastapi.testclient import TestClient

    from redline.serve import create_app

    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory()
        args.db = Path(tmp.name) / "serve-latency.db"
    url = f"sqlite:///{args.db}"
    built: dict[str, float] = {}
    if not (args.keep and args.db.exists()):
        args.db.unlink(missing_ok=True)
        print(f"building {args.db}: {args.articles} articles, {args.statements} statements, "
              f"{args.events} events …", file=sys.stderr)
        built = build(url, args.articles, args.statements, args.events, args.seed)
    rng = random.Random(args.seed + 1)
    results = {}
    start = time.perf_counter()
    app = create_app(url, token="")  # adds the serve index on a fresh database
    opened_s = time.perf_counter() - start
    with TestClient(app) as client:
        results["dyad"] = measure(client, dyad_paths(rng, args.requests))
        results["statements"] = measure(client, statement_paths(rng, args.requests))
        results["events"] = measure(client, event_paths(rng, args.requests))
        results["suggest"] = measure(client, suggest_paths(rng, args.requests))
        # the first alerts page computes them (the app then keeps them while the events are unchanged)
        start = time.perf_counter()
        first = client.get("/alerts")
        first_ms = (time.perf_counter() - start) * 1000
        if first.status_code != 200:
            raise SystemExit(f"/alerts: HTTP {first.status_code}")
        results["alerts_first"] = {"n": 1, **{k: round(first_ms, 2) for k in ("p50_ms", "p95_ms", "p99_ms", "max_ms", "mean_ms")}}
        results["alerts"] = measure(client, ["/api/alerts"] * args.alert_requests, warmup=1)
    if tmp is not None:
        tmp.cleanup()

    print(f"{'endpoint':<12}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}{'max ms':>10}{'target':>10}")
    for name, r in results.items():
        verdict = "ok" if r["p95_ms"] < TARGET_MS.get(name, TARGET_P95_MS) else "MISSED"
        print(f"{name:<12}{r['n']:>6}{r['p50_ms']:>10.1f}{r['p95_ms']:>10.1f}{r['p99_ms']:>10.1f}{r['max_ms']:>10.1f}{verdict:>10}")
    print(json.dumps({
        "benchmark": "serve_latency", "rows": {"articles": args.articles, "statements": args.statements,
                                                "events": args.events},
        "sqlite": sqlite3.sqlite_version, "target_p95_ms": TARGET_P95_MS,
        "build_s": {k: round(v, 1) for k, v in built.items()}, "open_app_s": round(opened_s, 2), **results,
    }))
    missed = any(r["p95_ms"] >= TARGET_MS.get(name, TARGET_P95_MS) for name, r in results.items())
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
