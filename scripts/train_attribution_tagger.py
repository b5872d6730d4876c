"""Train the attribution tagger (redline/data/attribution_tagger.json).

    python scripts/train_attribution_tagger.py [--folds 5] [--parse-cache DIR]

Reads PolNeAR training records (by default ../shared/benchmarks/
statements-polnear-train.jsonl, read at run time, never copied), parses
them with the same spaCy model redline uses (``--parse-cache`` keeps the
parses between runs) and fits three L2-regularised logistic regressions by
stochastic gradient descent, each over sparse parse features plus the
token's tok2vec vector (spaCy's own, which the pipeline computes anyway):

- cue: every candidate token (verbs, nouns, adjectives, "according") is 1
  when it is the syntactic head of a gold cue span;
- content / source: for each gold cue head, each of its arguments
  (``tagger.arguments``) is 1 when most of its words lie in the gold
  content / source.

``--folds N`` first reports N-fold cross-validated precision, recall and F1
per head (split by article). Only the weights are written: feature strings
and floats, no text from the corpus beyond single words.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

import numpy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

from redline.parse import load_nlp  # noqa: E402
from redline.statements.quotes import find_quotations  # noqa: E402
from redline.statements.tagger import (  # noqa: E402
    MODEL_FILE,
    argument_features,
    arguments,
    cue_features,
    is_cue_candidate,
    unit_rows,
)

DEFAULT_TRAIN = REPO.parent / "shared" / "benchmarks" / "statements-polnear-train.jsonl"
MIN_COUNT = 3  # features seen fewer times carry no weight
# Weights smaller than this are dropped from the shipped file (swept on
# PolNeAR dev: 0.02 keeps the figures and halves the file).
MIN_WEIGHT = 0.02
HEADS = ("cue", "content", "source")
Example = tuple[list[str], int, "numpy.ndarray | None"]
Head = dict


def parsed(path: Path, cache: Path | None) -> Iterator[tuple[Doc, dict]]:
    """(doc, record) for every record, parsing once per cache directory
    (the tok2vec tensors, which a DocBin does not keep, are stored beside)."""
    nlp = load_nlp()
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    stored = cache / (path.stem + ".spacy") if cache else None
    tensors = cache / (path.stem + ".tensors.npz") if cache else None
    if stored is not None and stored.exists() and tensors is not None and tensors.exists():
        docs = list(DocBin().from_disk(stored).get_docs(nlp.vocab))
        with numpy.load(tensors) as arrays:
            for k, doc in enumerate(docs):
                doc.tensor = arrays[f"t{k}"].astype("float32")
    else:
        docs = list(nlp.pipe((r["text"] for r in records), batch_size=16))
        if stored is not None and tensors is not None:
            stored.parent.mkdir(parents=True, exist_ok=True)
            bin_ = DocBin()
            for doc in docs:
                bin_.add(doc)
            bin_.to_disk(stored)
            numpy.savez_compressed(tensors, **{f"t{k}": doc.tensor.astype("float16") for k, doc in enumerate(docs)})
    yield from zip(docs, records)


def _chars(spans: list[list[int]]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(range(s, e))
    return out


def _share(doc: Doc, indices, chars: set[int]) -> float:
    words = [doc[i] for i in indices if not doc[i].is_punct and not doc[i].is_space]
    if not words:
        return 0.0
    return sum(1 for w in words if w.idx in chars) / len(words)


def cue_head(doc: Doc, cue_chars: set[int]):
    """The token of a gold cue span whose head lies outside it."""
    tokens = [t for t in doc if t.idx in cue_chars]
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    candidates = [t for t in roots if is_cue_candidate(t)]
    return candidates[0] if candidates else None


def document_examples(doc: Doc, record: dict, dense: bool) -> dict[str, list[Example]]:
    """Examples of each head from one parsed record."""
    text = doc.text
    quotes = [q for q in find_quotations(text) if q.double]
    quoted_chars = [q.outer for q in quotes]
    quoted = frozenset(t.i for t in doc if any(s <= t.idx < e for s, e in quoted_chars))
    vectors = unit_rows(doc.tensor) if dense and doc.tensor.size else None
    gold = []
    heads = set()
    for attribution in record.get("attributions", []):
        head = cue_head(doc, _chars(attribution.get("cue", [])))
        if head is None:
            continue
        heads.add(head.i)
        gold.append((head, _chars(attribution.get("content", [])), _chars(attribution.get("source", []))))
    out: dict[str, list[Example]] = {h: [] for h in HEADS}
    for tok in doc:
        if is_cue_candidate(tok):
            vec = vectors[tok.i] if vectors is not None else None
            out["cue"].append((cue_features(tok, tok.i in quoted), int(tok.i in heads), vec))
    for head, content, source in gold:
        for arg in arguments(head):
            feats = argument_features(head, arg, quoted)
            idx = arg.indices()
            vec = vectors[arg.head.i] if vectors is not None else None
            out["content"].append((feats, int(_share(doc, idx, content) >= 0.5), vec))
            out["source"].append((feats, int(_share(doc, idx, source) >= 0.5), vec))
    return out


def train(data: list[Example], epochs: int, rate: float, l2: float, seed: int = 13) -> Head:
    """L2-regularised logistic regression by SGD over the sparse features
    and, where examples carry one, the token's tok2vec vector."""
    counts = Counter(f for feats, _, _ in data for f in set(feats))
    weights: dict[str, float] = {f: 0.0 for f, n in counts.items() if n >= MIN_COUNT}
    dim = next((len(vec) for _, _, vec in data if vec is not None), 0)
    dense = numpy.zeros(dim)
    rng = random.Random(seed)
    order = list(range(len(data)))
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch)
        for i in order:
            feats, label, vec = data[i]
            active = [f for f in feats if f in weights]
            z = sum(weights[f] for f in active)
            if dim:
                z += float(dense @ vec)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = p - label
            for f in active:
                weights[f] -= step * (grad + l2 * weights[f])
            if dim:
                dense -= step * (grad * vec + l2 * dense)
    return {
        "sparse": {f: round(w, 3) for f, w in weights.items() if abs(w) >= MIN_WEIGHT},
        "dense": [round(float(w), 4) for w in dense],
    }


def evaluate(head: Head, data: list[Example]) -> dict[str, float]:
    """Precision, recall and F1 at P >= 0.5."""
    weights, dense = head["sparse"], numpy.array(head["dense"])
    tp = fp = fn = 0
    for feats, label, vec in data:
        z = sum(weights.get(f, 0.0) for f in feats) + (float(dense @ vec) if len(dense) else 0.0)
        guess = z >= 0
        tp += guess and label
        fp += guess and not label
        fn += (not guess) and label
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    parser.add_argument("--parse-cache", type=Path, default=None, help="directory for cached parses")
    parser.add_argument("--folds", type=int, default=0, help="report N-fold cross-validation first")
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--no-dense", action="store_true", help="sparse features only (no tok2vec vectors)")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "redline" / "data" / MODEL_FILE)
    args = parser.parse_args()
    per_doc = [document_examples(doc, record, not args.no_dense) for doc, record in parsed(args.train, args.parse_cache)]
    sizes = {h: (sum(len(d[h]) for d in per_doc), sum(label for d in per_doc for _, label, _ in d[h])) for h in HEADS}
    print(f"{len(per_doc)} articles; examples (positives): {sizes}", file=sys.stderr)
    report: dict[str, dict] = {}
    if args.folds > 1:
        for head in HEADS:
            totals = Counter()
            for fold in range(args.folds):
                train_set = [x for k, d in enumerate(per_doc) if k % args.folds != fold for x in d[head]]
                test_set = [x for k, d in enumerate(per_doc) if k % args.folds == fold for x in d[head]]
                weights = train(train_set, args.epochs, args.rate, args.l2)
                for key, value in evaluate(weights, test_set).items():
                    totals[key] += value / args.folds
            report[head] = {k: round(v, 3) for k, v in totals.items()}
            print(f"{args.folds}-fold {head}: {report[head]}", file=sys.stderr)
    heads = {h: train([x for d in per_doc for x in d[h]], args.epochs, args.rate, args.l2) for h in HEADS}
    model = {
        "about": "attribution tagger; trained by scripts/train_attribution_tagger.py on PolNeAR train",
        "examples": sizes,
        "cross_validation": report,
        "heads": heads,
    }
    args.out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {sum(len(h['sparse']) for h in heads.values())} weights to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
