"""Build ``redline/data/entity_nouns.tsv``: common nouns that refer to people,
organisations and places, learned from the GUM coreference training set.

For every lower-case word, count how often it ends a short gold mention of a
person, organisation or place (its head, in practice) against how often it
occurs at all. Words that mostly refer ("the ministry", "rebels", "the city")
are kept with their majority kind; the mention finder reads the table so
that it covers the nouns news uses for actors without a hand-written list.

    python scripts/build_entity_nouns.py [--gum ../shared/benchmarks/coref-gum-train.jsonl]

GUM annotations are CC BY 4.0 (Zeldes 2017); the table holds counts only.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GUM = REPO.parent / "shared" / "benchmarks" / "coref-gum-train.jsonl"
OUT = REPO / "src" / "redline" / "data" / "entity_nouns.tsv"
KINDS = {"person": "person", "organization": "organization", "place": "place"}
MIN_COUNT = 3  # mentions headed by the word
MIN_SHARE = 0.4  # of the word's occurrences that are such a mention
MAX_TOKENS = 4  # short mentions: their last word is their head


def build(gum: Path) -> list[tuple[str, str, int, float]]:
    """(word, kind, mentions, share) rows, most frequent first."""
    heads: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    seen: collections.Counter[str] = collections.Counter()
    with gum.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = record["text"]
            seen.update(w for w in text.split() if w.isalpha() and w.islower())
            for entity in record["entities"]:
                kind = KINDS.get(entity["type"])
                if kind is None:
                    continue
                for start, end in entity["mentions"]:
                    words = text[start:end].split()
                    if len(words) <= MAX_TOKENS and words[-1].isalpha() and words[-1].islower():
                        heads[words[-1]][kind] += 1
    rows = []
    for word, kinds in heads.items():
        total = sum(kinds.values())
        share = total / max(seen[word], 1)
        if total >= MIN_COUNT and share >= MIN_SHARE:
            kind, _ = kinds.most_common(1)[0]
            rows.append((word, kind, total, round(min(share, 1.0), 3)))
    rows.sort(key=lambda r: (-r[2], r[0]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gum", type=Path, default=DEFAULT_GUM)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = build(args.gum)
    with args.out.open("w", encoding="utf-8") as out:
        out.write("# Learned from GUM train (CC BY 4.0) by scripts/build_entity_nouns.py; counts only.\n")
        out.write("word\tkind\tmentions\tshare\n")
        for row in rows:
            out.write("\t".join(str(x) for x in row) + "\n")
    print(f"{len(rows)} nouns -> {args.out}")


if __name__ == "__main__":
    main()
