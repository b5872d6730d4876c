"""Train the event vetter (redline/data/event_vetter.json) and cross-validate it.

    python scripts/train_event_vetter.py --folds 5 [--out-dir DIR] [--write]

Runs the whole pipeline (``analyze_stream``, the vetter off) on the
development records, by default ``../shared/benchmarks/events-plover-dev.jsonl``
and ``quad-conflibert-dev.jsonl`` (read at run time, never copied), and
collects every candidate event the rules code with its features
(``redline.events.vetter``). Labels:

- PLOVER dev: a candidate is kept (1) when the record's gold has an event
  of its type, else dropped (0);
- quad dev: 1 when the candidate's quad class is the record's gold class,
  else 0. SANCTION and CONCEDE candidates are left out of the quad labels:
  that set's classes put CAMEO's "reduce relations" under verbal conflict
  and "yield" under material cooperation, where PLOVER (and the scorer)
  put SANCTION under material conflict and CONCEDE under verbal
  cooperation, so its labels cannot say whether such an event is right.

The model is an L2-regularised logistic regression (full-batch Adam,
numpy). ``--folds 5`` splits each set's records into five folds, trains on
four and predicts the fifth, and writes the cross-validated predictions
(``cv-*.jsonl``, one prediction record per input record, as ``redline
analyze --format jsonl`` writes them) and the same records unvetted
(``base-*.jsonl``) to ``--out-dir``, scores both with ``score.py`` and
prints the figures; ``--no-lemmas`` trains without the trigger-lemma
features. ``--write`` then trains on all records and writes the model;
it is ``enabled`` (used by ``code_events``) only with ``--enable``, which
is refused unless the cross-validated figures show a gain (no figure falling
by more than 0.005 and their sum rising). Whether a gain that small is worth
the events it drops on other text is a judgement recorded in BENCHMARKS.md.

Folds are dealt in blocks of ``--block`` consecutive records (10 by
default; see ``folds``), so near-identical sentences stay on one side.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

import numpy  # noqa: E402

from redline.events.vetter import MODEL_FILE, VetterModel, collecting  # noqa: E402
from redline.output import analysis_to_dict  # noqa: E402
from redline.pipeline import analyze_stream  # noqa: E402
from redline.read.files import read_path  # noqa: E402
from redline.types import Analysis  # noqa: E402

BENCH = REPO.parent / "shared" / "benchmarks"
PLOVER = BENCH / "events-plover-dev.jsonl"
QUAD = BENCH / "quad-conflibert-dev.jsonl"
SCORER = BENCH / "score.py"
# Types whose quad class the quad set and PLOVER disagree on (see above).
SCHEME_MISMATCH = frozenset({"SANCTION", "CONCEDE"})
DROPPED: tuple[str, ...] = ()  # feature prefixes left out (--drop)
MIN_COUNT = 2  # features seen fewer times in the training folds carry no weight


def collect(path: Path) -> list[dict]:
    """Each record of ``path``: its prediction record (all candidates) and
    each candidate's features, in event order."""
    out = []
    with collecting() as seen:
        for item in analyze_stream(read_path(path)):
            if not isinstance(item, Analysis):
                print(f"skipped: {item}", file=sys.stderr)
                seen.clear()
                continue
            cands = seen.pop() if seen else []
            if len(cands) != len(item.events):
                raise RuntimeError(f"{item.article.id}: {len(cands)} candidates for {len(item.events)} events")
            pred = analysis_to_dict(item)
            out.append({"id": item.article.id, "pred": pred, "features": [c.features for c in cands]})
            seen.clear()
    return out


def label(kind: str, gold: dict, event: dict) -> int | None:
    """1 keep, 0 drop, None when the gold cannot say."""
    if kind == "plover":
        return int(event["type"] in {g["type"] for g in gold.get("events", [])})
    if event["type"] in SCHEME_MISMATCH:
        return None
    return int(event["quad"] == gold["quad"])


def examples(records: list[dict], kind: str, gold: dict[str, dict],
             weight: float = 1.0) -> list[tuple[list[str], int, float]]:
    data = []
    for rec in records:
        for feats, ev in zip(rec["features"], rec["pred"]["events"]):
            y = label(kind, gold[rec["id"]], ev)
            if y is not None:
                data.append((feats, y, weight))
    return data


def fit(data: list[tuple[list[str], int, float]], l2: float, lemmas: bool, steps: int = 400) -> dict[str, float]:
    """Logistic regression weights over the features seen MIN_COUNT times."""
    counts: dict[str, int] = {}
    for feats, _, _ in data:
        for f in set(feats):
            if (lemmas or not f.startswith("lemma")) and not f.startswith(DROPPED):
                counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT or f == "bias")
    index = {f: i for i, f in enumerate(vocab)}
    x = numpy.zeros((len(data), len(vocab)), dtype=numpy.float32)
    y = numpy.array([lab for _, lab, _ in data], dtype=numpy.float32)
    sw = numpy.array([wt for _, _, wt in data], dtype=numpy.float32)
    sw /= sw.sum()
    for row, (feats, _, _) in enumerate(data):
        for f in feats:
            j = index.get(f)
            if j is not None:
                x[row, j] = 1.0
    w = numpy.zeros(len(vocab), dtype=numpy.float64)
    m = numpy.zeros_like(w)
    v = numpy.zeros_like(w)
    reg = numpy.full(len(vocab), l2)
    reg[index["bias"]] = 0.0  # the bias is not shrunk
    rate, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + numpy.exp(-(x @ w)))
        grad = x.T @ ((p - y) * sw) + reg * w
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= rate * (m / (1 - b1 ** t)) / (numpy.sqrt(v / (1 - b2 ** t)) + 1e-8)
    return {f: float(w[i]) for f, i in index.items() if abs(w[i]) >= 1e-3 or f == "bias"}


def folds(ids: list[str], k: int, seed: int = 13, block: int = 1) -> list[int]:
    """Each record's fold. With ``block`` > 1, runs of ``block`` records in
    id order go to one fold together: the quad set holds families of
    near-identical sentences under consecutive ids ("X claimed that they
    had attacked Y", nine times), which a split by single records would
    put on both sides of the split."""
    order = sorted(range(len(ids)), key=lambda i: ids[i])
    blocks = [order[j:j + block] for j in range(0, len(order), block)]
    random.Random(seed).shuffle(blocks)
    fold = [0] * len(ids)
    for rank, members in enumerate(blocks):
        for i in members:
            fold[i] = rank % k
    return fold


def vetted(rec: dict, model: VetterModel | None) -> dict:
    pred = dict(rec["pred"])
    if model is not None:
        pred["events"] = [ev for ev, f in zip(rec["pred"]["events"], rec["features"])
                          if model.score(f) >= model.threshold]
    return pred


def score(task: str, gold: Path, preds: list[dict], out: Path) -> dict[str, float]:
    with out.open("w", encoding="utf-8") as fh:
        for p in preds:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    r = json.loads(subprocess.run([sys.executable, str(SCORER), task, str(gold), str(out)],
                                  check=True, capture_output=True, text=True).stdout)
    if task == "quad":
        return {"quad_macro_f1": r["macro_f1"]}
    return {"type_f1": r["type"]["micro"]["f1"], "triple_f1": r["triple"]["f1"],
            "source_acc": r["actors"]["source_accuracy"], "target_acc": r["actors"]["target_accuracy"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plover", type=Path, default=PLOVER)
    ap.add_argument("--quad", type=Path, default=QUAD)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--plover-weight", type=float, default=1.0,
                    help="weight of a PLOVER dev example against a quad dev one")
    ap.add_argument("--block", type=int, default=10,
                    help="consecutive records (by id) that share a fold (1: split by single records)")
    ap.add_argument("--drop", default="", help="comma-separated feature prefixes to leave out")
    ap.add_argument("--seed", type=int, default=13, help="the shuffle that deals records to folds")
    ap.add_argument("--no-lemmas", action="store_true", help="leave out trigger-lemma features")
    ap.add_argument("--out-dir", type=Path, default=Path("/tmp/event_vetter"))
    ap.add_argument("--cache", type=Path, help="JSON file keeping the collected candidates between runs")
    ap.add_argument("--write", action="store_true", help=f"train on all records and write data/{MODEL_FILE}")
    ap.add_argument("--enable", action="store_true",
                    help="write the model enabled (refused when the CV figures show no gain)")
    args = ap.parse_args()
    lemmas = not args.no_lemmas
    global DROPPED
    DROPPED = tuple(p for p in args.drop.split(",") if p)
    args.out_dir.mkdir(parents=True, exist_ok=True)

    sets = {"plover": args.plover, "quad": args.quad}
    if args.cache and args.cache.exists():
        collected = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        collected = {kind: collect(path) for kind, path in sets.items()}
        if args.cache:
            args.cache.write_text(json.dumps(collected), encoding="utf-8")
    gold = {kind: {r["id"]: r for r in map(json.loads, path.open(encoding="utf-8"))}
            for kind, path in sets.items()}
    fold_of = {kind: folds([r["id"] for r in recs], args.folds, args.seed, args.block)
               for kind, recs in collected.items()}

    cv_preds: dict[str, list[dict]] = {kind: [] for kind in sets}
    for k in range(args.folds):
        train = []
        for kind, recs in collected.items():
            train += examples([r for r, f in zip(recs, fold_of[kind]) if f != k], kind, gold[kind],
                              args.plover_weight if kind == "plover" else 1.0)
        model = VetterModel(fit(train, args.l2, lemmas), args.threshold, lemmas)
        for kind, recs in collected.items():
            cv_preds[kind] += [vetted(r, model) for r, f in zip(recs, fold_of[kind]) if f == k]
    tag = "" if lemmas else "-nolemma"
    figures = {}
    for kind, path in sets.items():
        task = "quad" if kind == "quad" else "events"
        base = score(task, path, [vetted(r, None) for r in collected[kind]], args.out_dir / f"base-{kind}.jsonl")
        cv = score(task, path, cv_preds[kind], args.out_dir / f"cv{tag}-{kind}.jsonl")
        for name in base:
            figures[name] = (base[name], cv[name])
            print(f"{kind:7s} {name:14s} unvetted {base[name]:.3f}   {args.folds}-fold CV vetted {cv[name]:.3f}")
    if not args.write:
        return
    keys = ("type_f1", "triple_f1", "quad_macro_f1")
    gain = sum(figures[k][1] - figures[k][0] for k in keys)
    pays = gain > 0 and all(figures[k][1] >= figures[k][0] - 0.005 for k in keys)
    train = []
    for kind, recs in collected.items():
        train += examples(recs, kind, gold[kind], args.plover_weight if kind == "plover" else 1.0)
    if args.enable and not pays:
        sys.exit("the cross-validated figures show no gain: not enabling the vetter")
    model = VetterModel(fit(train, args.l2, lemmas), args.threshold, lemmas, enabled=args.enable)
    meta = {"trained_on": [p.name for p in sets.values()], "l2": args.l2,
            "plover_weight": args.plover_weight, "dropped_features": list(DROPPED),
            "cv_folds": args.folds, "cv_block": args.block, "cv_seed": args.seed,
            "cv": {k: {"unvetted": round(a, 4), "vetted": round(b, 4)} for k, (a, b) in figures.items()}}
    out = REPO / "src" / "redline" / "data" / MODEL_FILE
    out.write_text(json.dumps(model.to_json(**meta), indent=0) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(model.weights)} weights, enabled={args.enable}; "
          f"CV gain {gain:+.3f}, {'pays' if pays else 'does not pay'})")


if __name__ == "__main__":
    main()
