"""Latency of the event maps and the location filters on a large synthetic corpus.

    python benchmarks/map_latency.py                     # 200,000 events, 60% located, 50 requests each
    python benchmarks/map_latency.py --db /tmp/map.db --keep --requests 20

What is measured: the corpus of ``serve_latency.py`` (same builder, same
seed), then ``--located`` of its events given a location: one of 2,000
synthetic places (points spread over the land masses' latitudes and
longitudes, each with an ISO alpha-3 country from the benchmark's skewed
country list), written to ``events.location`` and its ``location_country``
/ ``location_lat`` / ``location_lon`` columns as the store writes them.
Then, in-process (FastAPI's TestClient, as ``serve_latency.py``):

- overview:   ``/api/overview`` (its map groups every located event in the
              date range), with and without a one-year range;
- dyad:       ``/api/dyads/{a}/{b}`` for frequent pairs (the map adds one
              grouped query over the dyad's events);
- bbox:       ``/api/events?bbox=...`` boxes from 5 to 60 degrees wide;
- country:    ``/api/events?location_country=...``.

Prints p50/p95/max (ms) per endpoint, then one JSON line with every figure.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
import warnings
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve_latency import COUNTRIES, build, measure  # noqa: E402

from redline.store.db import open_db  # noqa: E402
from redline.store.schema import events  # noqa: E402

N_PLACES = 2000


def locate(url: str, share: float, seed: int) -> int:
    """Give ``share`` of the events a synthetic location; RETURNS how many."""
    rng = random.Random(seed)
    countries = COUNTRIES.split() if isinstance(COUNTRIES, str) else list(COUNTRIES)
    places = []
    for i in range(N_PLACES):
        lat, lon = round(rng.uniform(-40, 65), 5), round(rng.uniform(-120, 150), 5)
        places.append({"span": [0, 4], "text": f"Town{i}", "name": f"Town{i}", "lat": lat, "lon": lon,
                       "country": countries[min(len(countries) - 1, int(rng.paretovariate(1.2)) - 1)],
                       "region": None, "geonameid": 10_000_000 + i, "kind": "city", "via": "locative",
                       "evidence": [0, 4]})
    engine = open_db(url)
    located = 0
    try:
        with engine.begin() as conn:
            ids = list(conn.execute(sa.select(events.c.id)).scalars())
            chosen = [i for i in ids if rng.random() < share]
            for start in range(0, len(chosen), 5000):
                rows = []
                for event_id in chosen[start:start + 5000]:
                    place = places[min(N_PLACES - 1, int(rng.paretovariate(1.1)) - 1)]
                    rows.append({"eid": event_id, "location": place, "location_country": place["country"],
                                 "location_lat": place["lat"], "location_lon": place["lon"]})
                conn.execute(
                    events.update().where(events.c.id == sa.bindparam("eid"))
                    .values(location=sa.bindparam("location"), location_country=sa.bindparam("location_country"),
                            location_lat=sa.bindparam("location_lat"), location_lon=sa.bindparam("location_lon")),
                    rows,
                )
                located += len(rows)
    finally:
        engine.dispose()
    return located


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="SQLite file to build (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="reuse --db when it exists; keep it afterwards")
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--located", type=float, default=0.6, help="share of events given a location")
    parser.add_argument("--requests", type=int, default=50, help="requests per endpoint")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

    from redline.serve import create_app

    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory()
        args.db = Path(tmp.name) / "map-latency.db"
    url = f"sqlite:///{args.db}"
    located = None
    if not (args.keep and args.db.exists()):
        args.db.unlink(missing_ok=True)
        print(f"building {args.db}: {args.events} events …", file=sys.stderr)
        build(url, 20_000, 50_000, args.events, args.seed)
        located = locate(url, args.located, args.seed)
    rng = random.Random(args.seed + 2)
    countries = COUNTRIES.split() if isinstance(COUNTRIES, str) else list(COUNTRIES)
    top = countries[:8]
    paths = {
        "overview": [f"/api/overview?since={y}-01-01&until={y}-12-31" if i % 2 else "/api/overview"
                     for i, y in ((i, rng.randrange(2019, 2024)) for i in range(args.requests))],
        "dyad": [f"/api/dyads/{a}/{b}" for a, b in (rng.sample(top, 2) for _ in range(args.requests))],
        "bbox": [],
        "country": [f"/api/events?location_country={rng.choice(top)}" for _ in range(args.requests)],
    }
    for _ in range(args.requests):
        width = rng.uniform(5, 60)
        west, south = rng.uniform(-120, 150 - width), rng.uniform(-40, 65 - width / 2)
        paths["bbox"].append(f"/api/events?bbox={west:.2f},{south:.2f},{west + width:.2f},{south + width / 2:.2f}")
    results = {}
    with TestClient(create_app(url, token="")) as client:
        for name, batch in paths.items():
            results[name] = measure(client, batch, warmup=3)
    if tmp is not None:
        tmp.cleanup()
    print(f"{'endpoint':<10}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for name, r in results.items():
        print(f"{name:<10}{r['n']:>6}{r['p50_ms']:>10.1f}{r['p95_ms']:>10.1f}{r['max_ms']:>10.1f}")
    print(json.dumps({"benchmark": "map_latency", "events": args.events, "located": located,
                      "sqlite": sqlite3.sqlite_version, **results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
