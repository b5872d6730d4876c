"""Time each analysis stage on PolNeAR texts: parse, clean, entities,
statements, speaker actors, events, places; and the statement stage once
more with the learned attribution tagger switched off, for its cost.

    python benchmarks/stage_times.py [--limit 100] [--repeat 3]

Parses once (that is the spaCy time), then runs every later stage over the
same parsed documents ``--repeat`` times and reports the median seconds per
stage and each stage's share of the whole. Event coding's cost is reported
against the analysis without it (the issue's budget: at most 10%), and so is
places' (finding, resolving and locating events; budget 10%).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from redline.actors import ArticleActors  # noqa: E402
from redline.actors.speakers import code_speakers  # noqa: E402
from redline.clean import article_language, boilerplate_spans  # noqa: E402
from redline.entities import attach_quoted_speakers, resolve_entities  # noqa: E402
from redline.events import code_events  # noqa: E402
from redline.parse import load_nlp  # noqa: E402
from redline.pipeline import actor_resolver  # noqa: E402
from redline.places import find_places, load_gazetteer, locate_events  # noqa: E402
from redline.statements import cues as statement_cues  # noqa: E402
from redline.statements import extract_statements  # noqa: E402
from redline.types import Article  # noqa: E402

DEFAULT_INPUT = REPO.parent / "shared" / "benchmarks" / "statements-polnear-train.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    records = []
    with args.input.open(encoding="utf-8") as lines:
        for line in lines:
            if len(records) >= args.limit:
                break
            records.append(json.loads(line))
    articles = [Article(text=r["text"], id=r["id"]) for r in records]
    nlp = load_nlp()
    resolver = actor_resolver()
    started = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    parse_s = time.perf_counter() - started

    runs: dict[str, list[float]] = {"clean": [], "entities": [], "statements": [], "actors": [], "events": [],
                                     "places": []}
    rules_only: list[float] = []  # the statement stage without the tagger
    with_tagger = statement_cues.load_tagger
    load_gazetteer()  # loaded once per process, as in redline analyze
    for _ in range(args.repeat):
        spent = dict.fromkeys(runs, 0.0)
        layers = []  # (doc, skip, entities) for the rules-only pass
        for article, doc in zip(articles, docs):
            t0 = time.perf_counter()
            article = Article(text=article.text, id=article.id, language=article_language(article.text))
            skip = boilerplate_spans(article)
            t1 = time.perf_counter()
            actors = ArticleActors(resolver, article.date)
            entities = resolve_entities(doc, actors, skip)
            layers.append((doc, skip, entities))
            te = time.perf_counter()
            statements = extract_statements(doc, skip, entities=entities)
            t2 = time.perf_counter()
            statements = code_speakers(statements, actors, entities)
            attach_quoted_speakers(statements, entities)
            t3 = time.perf_counter()
            events = code_events(doc, article, statements, skip, actors=actors, entities=entities)
            t4 = time.perf_counter()
            locate_events(doc, events, find_places(doc))
            t5 = time.perf_counter()
            spent["clean"] += t1 - t0
            spent["entities"] += te - t1
            spent["statements"] += t2 - te
            spent["actors"] += t3 - t2
            spent["events"] += t4 - t3
            spent["places"] += t5 - t4
        for stage, seconds in spent.items():
            runs[stage].append(seconds)
        statement_cues.load_tagger = lambda: None
        t0 = time.perf_counter()
        for doc, skip, entities in layers:
            extract_statements(doc, skip, entities=entities)
        rules_only.append(time.perf_counter() - t0)
        statement_cues.load_tagger = with_tagger

    medians = {stage: statistics.median(values) for stage, values in runs.items()}
    before_events = parse_s + medians["clean"] + medians["entities"] + medians["statements"] + medians["actors"]
    total = before_events + medians["events"] + medians["places"]
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} records, {chars:,} chars; later stages: median of {args.repeat} runs")
    print(f"{'stage':12s} {'seconds':>8s} {'share':>7s}")
    for stage, seconds in [("parse", parse_s), *medians.items()]:
        print(f"{stage:12s} {seconds:8.2f} {seconds / total:7.1%}")
    events_cost = medians["events"] / before_events
    print(f"event coding adds {events_cost:.1%} to the analysis without it (budget 10%)")
    places_cost = medians["places"] / (total - medians["places"])
    print(f"places add {places_cost:.1%} to the analysis without them (budget 10%)")
    tagger_s = max(0.0, medians["statements"] - statistics.median(rules_only))
    print(f"the attribution tagger: about {tagger_s:.2f} s, {tagger_s / total:.1%} of the analysis")
    print(json.dumps({"records": len(articles), "chars": chars, "parse_s": round(parse_s, 3),
                      **{f"{k}_s": round(v, 3) for k, v in medians.items()},
                      "events_added_share": round(events_cost, 4),
                      "places_added_share": round(places_cost, 4),
                      "tagger_s": round(tagger_s, 3)}))


if __name__ == "__main__":
    main()
