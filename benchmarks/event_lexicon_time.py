"""CPU time of event coding with the curated trigger table alone and with
every built-in table (the converted CAMEO verbs and their discard phrases).

    python benchmarks/event_lexicon_time.py [--limit 100] [--repeat 5]

Parses PolNeAR texts once and runs the stages before event coding once, then
codes the events of every text ``--repeat`` times with each lexicon and
reports the fastest CPU time (``time.process_time``: steadier than wall time
on a shared machine) and the events found.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from redline.actors import ArticleActors  # noqa: E402
from redline.actors.speakers import code_speakers  # noqa: E402
from redline.clean import boilerplate_spans  # noqa: E402
from redline.entities import attach_quoted_speakers, resolve_entities  # noqa: E402
from redline.events import code_events  # noqa: E402
from redline.events.triggers import Lexicon, builtin_lexicon, read_lexicon  # noqa: E402
from redline.parse import load_nlp  # noqa: E402
from redline.pipeline import actor_resolver  # noqa: E402
from redline.read import article_from_text  # noqa: E402
from redline.statements import extract_statements  # noqa: E402

DEFAULT_INPUT = REPO.parent / "shared" / "benchmarks" / "statements-polnear-train.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with args.input.open(encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(args.limit), f)]
    articles = [article_from_text(r["text"], source=r["id"], id=r["id"]) for r in records]
    nlp, resolver = load_nlp(), actor_resolver()
    prepared = []
    for doc, article in zip(nlp.pipe([a.text for a in articles], batch_size=32), articles):
        skip = boilerplate_spans(article)
        actors = ArticleActors(resolver, article.date)
        entities = resolve_entities(doc, actors, skip)
        statements = code_speakers(extract_statements(doc, skip, entities=entities), actors, entities)
        attach_quoted_speakers(statements, entities)
        prepared.append((doc, article, statements, skip, actors, entities))

    def run(lex: Lexicon) -> tuple[float, int]:
        best, found = float("inf"), 0
        for _ in range(args.repeat):
            start = time.process_time()
            found = sum(len(code_events(doc, art, sts, skip, actors=actors, entities=ents, lexicon=lex))
                        for doc, art, sts, skip, actors, ents in prepared)
            best = min(best, time.process_time() - start)
        return best, found

    curated = read_lexicon(builtin=["event_triggers.tsv"])
    results = {"curated": run(curated), "builtin": run(builtin_lexicon())}
    print(f"{len(prepared)} texts; fastest of {args.repeat} runs, CPU seconds")
    for name, (seconds, events) in results.items():
        print(f"{name:8s} {seconds:6.3f} s  {events} events")
    print(json.dumps({k: {"cpu_s": round(s, 3), "events": n} for k, (s, n) in results.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
