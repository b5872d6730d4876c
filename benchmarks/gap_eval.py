"""Pronoun resolution on GAP (held out): does the pronoun's entity hold name A / name B?

    python benchmarks/gap_eval.py                     # GAP test (the held-out figure)
    python benchmarks/gap_eval.py --file gap-development.tsv --errors 20
    python benchmarks/gap_eval.py --layer coref       # find_mentions + cluster_mentions only

GAP (Webster et al. 2018, ``../shared/data/gap/``, read by path at run
time, nothing copied) gives a Wikipedia paragraph, an ambiguous third-person
pronoun and two names, A and B, each marked as coreferent with the pronoun
or not. The entity layer runs on the paragraph exactly as on an article
(``resolve_entities``: mentions, the sieve, the learned scorer, role links;
``--layer coref`` stops after ``cluster_mentions``). For each of A and B
the prediction is "yes" when the entity of the mention at the pronoun's
offset holds a mention overlapping that name's offsets: the standard GAP
snippet-context task, scored as GAP's own scorer does (true/false
positives and false negatives over the A and B decisions; F1 overall, for
masculine and feminine pronouns, and the bias ratio F1 feminine /
masculine). A pronoun the layer finds no mention for predicts "no" twice.

``scripts/train_coref.py`` trains on GAP development and validation, so
GAP test is the held-out set; the default. Parses are cached as DocBin files
outside the repository (``--cache``). Prints one JSON object: the figures,
the counts and the time the entity step took next to the parse.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from spacy.tokens import DocBin  # noqa: E402

from redline.actors import ArticleActors  # noqa: E402
from redline.pipeline import actor_resolver  # noqa: E402
from redline.entities import resolve_entities  # noqa: E402
from redline.entities.coref import cluster_mentions  # noqa: E402
from redline.entities.mentions import find_mentions  # noqa: E402
from redline.parse import load_nlp  # noqa: E402

GAP_DIR = REPO.parent / "shared" / "data" / "gap"
MASCULINE = frozenset({"he", "him", "his", "himself"})
FEMININE = frozenset({"she", "her", "hers", "herself"})


def read_rows(path: Path) -> list[dict[str, str]]:
    """GAP rows (a dict per line, keyed by the header's column names)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def parsed(nlp, texts: list[str], name: str, cache: Path) -> tuple[list, float]:
    """spaCy docs for ``texts`` (cached as a DocBin) and the seconds parsing took (0 when cached)."""
    path = cache / f"{name}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if len(docs) == len(texts) and all(d.text == t for d, t in zip(docs, texts)):
            return docs, 0.0
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    seconds = time.perf_counter() - t0
    cache.mkdir(parents=True, exist_ok=True)
    db = DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "POS", "MORPH",
                       "SENT_START", "SPACY"])
    for d in docs:
        db.add(d)
    db.to_disk(path)
    return docs, seconds


def entity_spans(doc, layer: str, actors: ArticleActors | None) -> list[list[tuple[int, int]]]:
    """The character spans of each entity's mentions, as the chosen layer groups them."""
    if layer == "coref":
        mentions = find_mentions(doc)
        return [[mentions[i].span for i in group] for group in cluster_mentions(doc, mentions)]
    entities = resolve_entities(doc, actors)
    return [[entities.mentions[i].span for i in members] for members in entities.clusters]


def predict(groups: list[list[tuple[int, int]]], row: dict[str, str]) -> tuple[bool, bool, bool]:
    """(pronoun found, A predicted coreferent, B predicted coreferent) for one GAP row."""
    p0 = int(row["Pronoun-offset"])
    p1 = p0 + len(row["Pronoun"])
    holder = None
    for group in groups:
        # the pronoun's own mention: the span starting at it and no wider than the word
        if any(s <= p0 and p1 <= e and e - s <= len(row["Pronoun"]) + 1 for s, e in group):
            holder = group
            break
    if holder is None:
        return False, False, False

    def holds(offset: str, name: str) -> bool:
        a0 = int(offset)
        a1 = a0 + len(name)
        return any(s < a1 and a0 < e for s, e in holder)

    return True, holds(row["A-offset"], row["A"]), holds(row["B-offset"], row["B"])


def f1(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file", default="gap-test.tsv", help="a GAP file in ../shared/data/gap (or a path)")
    parser.add_argument("--layer", choices=("entities", "coref"), default="entities")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong rows (ids and names)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "redline_coref_cache")
    args = parser.parse_args()

    path = Path(args.file)
    if not path.exists():
        path = GAP_DIR / args.file
    rows = read_rows(path)
    nlp = load_nlp()
    docs, parse_s = parsed(nlp, [r["Text"] for r in rows], "gap-" + path.stem, args.cache)
    actors = ArticleActors(actor_resolver(), None) if args.layer == "entities" else None
    counts = {g: {"tp": 0, "fp": 0, "fn": 0} for g in ("M", "F")}
    missed = 0
    wrong = []
    t0 = time.perf_counter()
    for row, doc in zip(rows, docs):
        try:
            found, pa, pb = predict(entity_spans(doc, args.layer, actors), row)
        except Exception as exc:  # one bad row is reported, the run goes on
            print(f"{row['ID']}: entity layer failed: {exc!r}", file=sys.stderr)
            found, pa, pb = False, False, False
        missed += not found
        g = "M" if row["Pronoun"].lower() in MASCULINE else "F"
        for pred, gold in ((pa, row["A-coref"]), (pb, row["B-coref"])):
            gold_b = gold.strip().upper() == "TRUE"
            c = counts[g]
            c["tp"] += pred and gold_b
            c["fp"] += pred and not gold_b
            c["fn"] += gold_b and not pred
        if (pa, pb) != (row["A-coref"].upper() == "TRUE", row["B-coref"].upper() == "TRUE"):
            wrong.append(f"{row['ID']}: {row['Pronoun']} A={row['A']}({row['A-coref']}:{pa}) "
                         f"B={row['B']}({row['B-coref']}:{pb})")
    entity_s = time.perf_counter() - t0
    total = {k: counts["M"][k] + counts["F"][k] for k in ("tp", "fp", "fn")}
    overall, masc, fem = f1(**total), f1(**counts["M"]), f1(**counts["F"])
    for line in wrong[: args.errors]:
        print(line, file=sys.stderr)
    print(json.dumps({
        "file": path.name, "layer": args.layer, "rows": len(rows),
        "f1_overall": overall["f1"], "f1_masculine": masc["f1"], "f1_feminine": fem["f1"],
        "bias_f_over_m": round(fem["f1"] / masc["f1"], 3) if masc["f1"] else None,
        "overall": overall, "masculine": masc, "feminine": fem, "counts": counts,
        "pronoun_without_mention": missed, "rows_wrong": len(wrong),
        "seconds": {"parse": round(parse_s, 2) if parse_s else "cached", "entities": round(entity_s, 2)},
        "entities_ms_per_row": round(1000 * entity_s / max(1, len(rows)), 2),
    }, indent=1))


if __name__ == "__main__":
    main()
