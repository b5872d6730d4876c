"""Train the attribution-cue scorer (redline/data/cue_model.json).

    python scripts/train_cue_model.py [--train PATH] [--epochs 8]

Reads PolNeAR training records (by default ../shared/benchmarks/
statements-polnear-train.jsonl, read at run time, never copied), parses them
with the same spaCy model redline uses, labels each candidate verb 1 when it
lies inside a gold cue span, and fits an L2-regularised logistic regression
by stochastic gradient descent. Only the weights are written: feature
strings and floats, no text from the corpus beyond single lemmas and words.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from redline.parse import load_nlp  # noqa: E402
from redline.statements.cue_model import MODEL_FILE, cue_features, is_candidate  # noqa: E402
from redline.statements.quotes import find_quotations  # noqa: E402

DEFAULT_TRAIN = REPO.parent / "shared" / "benchmarks" / "statements-polnear-train.jsonl"
MIN_COUNT = 2  # features seen fewer times carry no weight


def examples(path: Path):
    """(features, label) for every candidate verb of every record."""
    nlp = load_nlp()
    records = (json.loads(line) for line in path.open(encoding="utf-8") if line.strip())
    pairs = ((r["text"], r) for r in records)
    for doc, record in nlp.pipe(pairs, as_tuples=True, batch_size=32):
        cue_chars = set()
        for attribution in record.get("attributions", []):
            for s, e in attribution.get("cue", []):
                cue_chars.update(range(s, e))
        quotes = [q.outer for q in find_quotations(doc.text) if q.double]
        for tok in doc:
            if not is_candidate(tok):
                continue
            quoted = any(s < tok.idx < e for s, e in quotes)
            yield cue_features(tok, quoted), int(tok.idx in cue_chars)


def train(data, epochs: int, rate: float, l2: float, seed: int = 13) -> dict[str, float]:
    counts = Counter(f for feats, _ in data for f in set(feats))
    weights: dict[str, float] = {f: 0.0 for f, n in counts.items() if n >= MIN_COUNT}
    rng = random.Random(seed)
    order = list(range(len(data)))
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch)
        loss = 0.0
        for i in order:
            feats, label = data[i]
            active = [f for f in feats if f in weights]
            z = sum(weights[f] for f in active)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            loss -= math.log(p if label else 1 - p + 1e-12)
            grad = p - label
            for f in active:
                weights[f] -= step * (grad + l2 * weights[f])
        print(f"epoch {epoch + 1}: mean loss {loss / len(data):.4f}", file=sys.stderr)
    return {f: round(w, 3) for f, w in weights.items() if abs(w) >= 5e-3}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--out", type=Path, default=REPO / "src" / "redline" / "data" / MODEL_FILE)
    args = parser.parse_args()
    data = list(examples(args.train))
    positives = sum(label for _, label in data)
    print(f"{len(data)} candidate verbs, {positives} cues", file=sys.stderr)
    weights = train(data, args.epochs, args.rate, args.l2)
    model = {
        "about": "attribution-cue scorer; trained by scripts/train_cue_model.py on PolNeAR train",
        "examples": len(data),
        "positives": positives,
        "weights": weights,
    }
    args.out.write_text(json.dumps(model, sort_keys=True), encoding="utf-8")
    print(f"wrote {len(weights)} weights to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
