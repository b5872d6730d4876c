"""How long early-warning detection (``redline.alerts.detect``) takes on a large synthetic corpus.

    python benchmarks/alerts_bench.py                       # 200,000 events, 3 runs
    python benchmarks/alerts_bench.py --events 50000 --runs 5 --db /tmp/alerts.db --keep

What is measured: a SQLite database (the store's schema, through
``tests/synthetic_events.py``) holds ``--events`` events over three years
between 40 countries' codes (RUSGOV, UKRMIL, ...; a few busy pairs and a long
tail), PLOVER types drawn with conflict and cooperation mixed, plus a few
injected weeks of heavy conflict. ``detect`` then runs ``--runs`` times over
the whole history (every spike and red line, no ``--since``), reading the
weekly sums the store keeps (``event_pair_weeks``), and ``--runs`` times
summing the events instead (an ``until`` after the last event: the GROUP BY
of before migration 0006; the alerts are checked equal), and once more
through the web app: the first ``/alerts`` page of a fresh app (detection,
the latest 500 alerts' spike events, the HTML) and then ``/api/alerts`` (its
kept answer). It prints the time of each run, the peak Python memory of one
more run (tracemalloc), the alerts found, and one JSON line with the figures.
The issue's target for ``/alerts`` is 1 s.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from synthetic_events import insert_events  # noqa: E402

COUNTRIES = ("RUS UKR USA CHN TWN IRN ISR PSE SYR TUR FRA DEU GBR IND PAK PRK KOR JPN SAU YEM "
             "EGY ETH SDN SSD COD RWA NGA MLI BFA NER VEN COL BRA ARG MEX CUB SRB KOS ARM AZE").split()
SECTORS = ("", "GOV", "MIL", "REB", "COP")
TYPES = [("THREATEN", 4), ("REJECT", 3), ("REQUEST", 3), ("ACCUSE", 4), ("ASSAULT", 3), ("COERCE", 2),
         ("PROTEST", 1), ("SANCTION", 1), ("CONSULT", 5), ("AGREE", 3), ("SUPPORT", 2), ("AID", 1)]
MODES = {"THREATEN": ("violence", "restrict", None), "REJECT": ("change", "meet", None), "REQUEST": ("change", "yield")}
START = date(2022, 1, 3)
DAYS = 3 * 365


def synthetic(n: int, seed: int = 7):
    rng = random.Random(seed)
    weights = [1 / (i + 1) ** 1.1 for i in range(len(COUNTRIES))]  # skewed: a few busy actors
    kinds, kind_weights = zip(*TYPES)
    spikes = {(rng.choice(COUNTRIES[:10]), rng.randrange(100, DAYS - 7)) for _ in range(20)}
    for i in range(n):
        a, b = rng.choices(COUNTRIES, weights, k=2)
        if a == b:
            b = COUNTRIES[(COUNTRIES.index(a) + 1) % len(COUNTRIES)]
        day = rng.randrange(DAYS)
        kind = rng.choices(kinds, kind_weights)[0]
        if i % 50 == 0 and spikes:  # one event in fifty lands in an injected burst of assaults
            a, day = rng.choice(sorted(spikes))
            b, kind = "UKR" if a != "UKR" else "RUS", "ASSAULT"
            day += rng.randrange(7)
        yield {"date": START + timedelta(days=day), "source": a + rng.choice(SECTORS),
               "target": b + rng.choice(SECTORS), "type": kind, "mode": rng.choice(MODES.get(kind, (None,)))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path, help="SQLite file (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the database (and reuse it when it exists)")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from redline.alerts import detect
    from redline.serve import create_app
    from redline.store.db import open_db

    path = args.db or Path(tempfile.mkdtemp(prefix="redline-alerts-")) / "alerts.db"
    url = f"sqlite:///{path}"
    if not (args.keep and path.exists()):
        started = time.perf_counter()
        stored = insert_events(url, synthetic(args.events))
        print(f"built {path}: {stored:,} events in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    engine = open_db(url)
    times, summed_times, found, summed = [], [], [], []
    after_everything = date(9999, 12, 31)  # detection sums the events when given an `until`
    with engine.connect() as conn:
        for _ in range(args.runs):  # interleaved, so both meet the same load
            started = time.perf_counter()
            found = detect(conn)
            times.append(time.perf_counter() - started)
            started = time.perf_counter()
            summed = detect(conn, until=after_everything)
            summed_times.append(time.perf_counter() - started)
        # one more run under tracemalloc: the peak of Python memory detection holds
        # (rows fetched, per-dyad histories), untimed since tracing slows it
        tracemalloc.start()
        detect(conn)
        peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    engine.dispose()
    with TestClient(create_app(url, token="")) as client:
        client.get("/api/overview", params={"limit": 1})  # the app's first request warms its imports
        started = time.perf_counter()
        response = client.get("/alerts")  # runs detection
        first_s = time.perf_counter() - started
        assert response.status_code == 200, response.text[:300]
        started = time.perf_counter()
        response = client.get("/api/alerts")  # the kept answer
        api_s = time.perf_counter() - started
        assert response.status_code == 200, response.text[:300]
    kinds = {k: sum(1 for a in found if a["kind"] == k) for k in ("spike", "red_line", "escalation")}
    for i, (seconds, summing) in enumerate(zip(times, summed_times), 1):
        print(f"detect run {i}: {seconds:.3f} s (summing the events: {summing:.3f} s)")
    print(f"alerts: {len(found)} ({', '.join(f'{k} {v}' for k, v in kinds.items())}); "
          f"the same when summing the events: {summed == found}")
    print(f"detect peak Python memory (tracemalloc): {peak_mb:.1f} MiB")
    print(f"first /alerts in-process: {first_s:.3f} s; then /api/alerts: {api_s:.3f} s")
    print(json.dumps({"events": args.events, "detect_s_median": round(statistics.median(times), 3),
                      "detect_s_min": round(min(times), 3), "summing_s_median": round(statistics.median(summed_times), 3),
                      "detect_peak_mib": round(peak_mb, 1), "first_alerts_page_s": round(first_s, 3),
                      "api_alerts_s": round(api_s, 3), "same_alerts": summed == found, "alerts": len(found), **kinds}))
    if not args.keep and args.db is None:
        path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
