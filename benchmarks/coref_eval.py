"""Within-article coreference on GUM dev: mentions + clustering, scored.

    python benchmarks/coref_eval.py [--gold PATH] [--pred PATH] [--types person,organization,place]

Parses each gold record's text with redline's spaCy model, finds mentions
with ``redline.entities.mentions.find_mentions``, groups them with
``redline.entities.coref.cluster_mentions``, writes a predictions JSONL
(``entities``: one entry per group, singletons included) and scores it with
the shared benchmark scorer (``score.py coref``), read from the shared
folder at run time, and splits the pronoun accuracy by pronoun class and
by genre (pronouns right / scored) and the scores of the news records (the
genre redline reads). ``--drop-nested`` leaves out, per entity, a mention
nested in a wider mention of the same entity with the same head (the
finder's name-only duplicate of "Kremlin spokesman Dmitry Peskov"). Prints the scorer's summary line, then the headline
figures and the time the entity steps took next to the parse.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from redline.entities.coref import cluster_mentions  # noqa: E402
from redline.entities.mentions import find_mentions  # noqa: E402
from redline.parse import load_nlp  # noqa: E402

SHARED = REPO.parent / "shared" / "benchmarks"
DEFAULT_GOLD = SHARED / "coref-gum-dev.jsonl"
SCORER = SHARED / "score.py"
KIND_OF_LABEL = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
                 "FAC": "place", "NORP": "group"}


def entity_kind(mentions, group) -> str | None:
    for i in group:
        kind = KIND_OF_LABEL.get(mentions[i].label or "")
        if kind:
            return kind
    return None


def drop_nested(mentions, group: list[int]) -> list[int]:
    """The group without mentions nested in another of its mentions with the
    same head ("Dmitry Peskov" inside "Kremlin spokesman Dmitry Peskov"):
    GUM marks the phrase once."""
    keep = []
    for i in group:
        m = mentions[i]
        if any(j != i and mentions[j].head == m.head and mentions[j].start <= m.start
               and m.end <= mentions[j].end and (mentions[j].end - mentions[j].start) > (m.end - m.start)
               for j in group):
            continue
        keep.append(i)
    return keep


PRONOUN_CLASS = {"he": "he", "him": "he", "his": "he", "himself": "he",
                 "she": "she", "her": "she", "hers": "she", "herself": "she",
                 "it": "it", "its": "it", "they": "they", "them": "they", "their": "they",
                 "themselves": "they", "i": "i", "me": "i", "my": "i", "we": "we", "us": "we",
                 "our": "we", "you": "you", "your": "you"}


def load_scorer():
    spec = importlib.util.spec_from_file_location("redline_bench_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pronoun_breakdown(scorer, gold_path: Path, pred_path: Path, types: set[str]) -> dict:
    """The scorer's pronoun resolution accuracy split by pronoun class
    (he, she, it, they, i, we, you): the same rule, counted per class."""
    gold = {r["id"]: r for r in map(json.loads, gold_path.open(encoding="utf-8"))}
    pred = {r["id"]: r for r in map(json.loads, pred_path.open(encoding="utf-8"))}
    right: collections.Counter = collections.Counter()
    total: collections.Counter = collections.Counter()
    for rid, g in gold.items():
        text = g["text"]
        gm = [(tuple(sp), k) for k, e in enumerate(g["entities"]) for sp in e["mentions"]]
        pm = [(tuple(sp), k) for k, e in enumerate(pred.get(rid, {}).get("entities", [])) for sp in e["mentions"]]
        link = scorer.match_mentions(text, [x[0] for x in gm], [x[0] for x in pm])
        holder = {gi: pm[pi][1] for pi, gi in link.items()}
        for k, e in enumerate(g["entities"]):
            if e["type"] not in types:
                continue
            ids = [i for i, (_, ek) in enumerate(gm) if ek == k]
            kinds = {i: scorer.mention_kind(text, gm[i][0]) for i in ids}
            names = [i for i in ids if kinds[i] == "name"]
            prons = [i for i in ids if kinds[i] == "pronoun"]
            if not names or not prons:
                continue
            votes = collections.Counter(holder[i] for i in names if i in holder)
            first = {}
            for i in names:
                if i in holder:
                    first.setdefault(holder[i], gm[i][0])
            best = min(votes, key=lambda r: (-votes[r], first[r])) if votes else None
            for i in prons:
                word = text[gm[i][0][0]:gm[i][0][1]].strip().lower()
                cls = PRONOUN_CLASS.get(word, "other")
                total[cls] += 1
                right[cls] += best is not None and holder.get(i) == best
    out = {c: {"pronouns": total[c], "accuracy": round(right[c] / total[c], 4)} for c in sorted(total)}
    third = [c for c in ("he", "she", "it", "they") if c in total]
    n3 = sum(total[c] for c in third)
    out["third_person"] = {"pronouns": n3, "accuracy": round(sum(right[c] for c in third) / n3, 4) if n3 else 0.0}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--pred", type=Path, default=Path(tempfile.gettempdir()) / "redline-coref-pred.jsonl")
    parser.add_argument("--types", default="person,organization,place")
    parser.add_argument("--drop-nested", action="store_true",
                        help="leave out a mention nested in a wider one of its entity with the same head")
    args = parser.parse_args()

    records = [json.loads(x) for x in args.gold.open(encoding="utf-8") if x.strip()]
    nlp = load_nlp()
    t_parse = t_mentions = t_coref = 0.0
    n_mentions = 0
    stats: dict = {}
    with args.pred.open("w", encoding="utf-8") as out:
        for record in records:
            t0 = time.perf_counter()
            doc = nlp(record["text"])
            t1 = time.perf_counter()
            mentions = find_mentions(doc)
            t2 = time.perf_counter()
            groups = cluster_mentions(doc, mentions, stats)
            t3 = time.perf_counter()
            t_parse += t1 - t0
            t_mentions += t2 - t1
            t_coref += t3 - t2
            n_mentions += len(mentions)
            if args.drop_nested:
                groups = [drop_nested(mentions, g) for g in groups]
            entities = [{"name": None, "actor": None, "kind": entity_kind(mentions, g),
                         "mentions": [list(mentions[i].span) for i in g]} for g in groups]
            out.write(json.dumps({"id": record["id"], "entities": entities}) + "\n")
    result = subprocess.run(
        [sys.executable, str(SCORER), "coref", str(args.gold), str(args.pred), "--types", args.types],
        capture_output=True, text=True, check=True,
    )
    report = json.loads(result.stdout)
    ns = report["no_singletons"]
    scorer = load_scorer()
    by_class = pronoun_breakdown(scorer, args.gold, args.pred, set(args.types.split(",")))
    genres = collections.defaultdict(list)
    for record in records:
        genres[record.get("genre") or "-"].append(record)
    news = None
    by_genre = {}
    if len(genres) > 1:
        folder = Path(tempfile.mkdtemp(prefix="redline_coref_eval_"))
        for genre, members in sorted(genres.items()):
            sub = folder / f"{genre}.jsonl"
            with sub.open("w", encoding="utf-8") as fh:
                for record in members:
                    fh.write(json.dumps(record) + "\n")
            r = scorer.score_coref(str(sub), str(args.pred), types=args.types.split(","))
            by_genre[genre] = f"{r['pronoun_resolution']['correct']}/{r['pronoun_resolution']['pronouns']}"
            if genre == "news":
                news = {"records": r["records"], "conll_f1": r["conll_f1"],
                        "pronoun_resolution_accuracy": r["pronoun_resolution_accuracy"],
                        "pronouns": r["pronoun_resolution"]["pronouns"]}
    print(json.dumps({
        "records": report["records"],
        "conll_f1": report["conll_f1"],
        "muc": ns["muc"], "bcubed": ns["bcubed"], "ceafe": ns["ceafe"],
        "with_singletons_conll_f1": report["with_singletons"]["conll_f1"],
        "mentions_with_singletons": report["with_singletons"]["mentions"],
        "mentions_no_singletons": ns["mentions"],
        "pronoun_resolution_accuracy": report["pronoun_resolution_accuracy"],
        "pronoun_resolution": report["pronoun_resolution"],
        "pronoun_accuracy_by_class": by_class,
        "news_only": news,
        "pronouns_right_by_genre": by_genre,
        "gold_entities": report["gold_entities"], "pred_entities": report["pred_entities"],
        "pred_mentions_dropped": report["pred_mentions_dropped"],
        "seconds": {"parse": round(t_parse, 3), "find_mentions": round(t_mentions, 3),
                    "cluster_mentions": round(t_coref, 3)},
        "coref_share_of_parse": round(t_coref / t_parse, 4) if t_parse else None,
        "coref_ms_per_record": round(1000 * t_coref / max(1, len(records)), 2),
        "mentions": n_mentions,
        "candidates_scored": stats.get("scored", 0),
        "max_candidates_per_mention": stats.get("max_per_mention", 0),
        "pred_file": str(args.pred),
    }, indent=1))


if __name__ == "__main__":
    main()
