"""Build ``redline/data/first_name_genders.tsv``: first names and the pronoun
gender they take, counted on training data.

    python scripts/build_name_genders.py [--gap ../shared/data/gap/gap-development.tsv]
                                         [--gum ../shared/benchmarks/coref-gum-train.jsonl]

Counted, never hand-listed (the hand list in ``statements/names.py`` stays
first; this table only answers for the first names it lacks):

- GAP development (Webster et al. 2018, Apache 2.0): both names of each
  example are of the pronoun's gender (GAP chose them so: the pronoun is
  ambiguous between them), so each name of two or more words counts its
  first word once for the pronoun's gender (he/him/his: m, she/her: f),
  coreferent or not;
- GUM train (Zeldes 2017, CC BY 4.0): each gold person entity whose
  mentions include "he/him/his/himself" but no feminine pronoun, or the
  reverse, counts the first word of each of its capitalised mentions of two
  or more words.

A word is kept when it was counted at least ``MIN_COUNT`` times, at least
``MIN_SHARE`` of its counts agree, and it never occurs in lower case in the
texts read: titles, kin and common words that open a name ("Aunt", "Bishop",
"Big") are no first names. GAP test and validation are not read: GAP
test is the held-out set of ``benchmarks/gap_eval.py``. The table holds
words and counts only.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEFAULT_GAP = SHARED / "data" / "gap" / "gap-development.tsv"
DEFAULT_GUM = SHARED / "benchmarks" / "coref-gum-train.jsonl"
OUT = REPO / "src" / "redline" / "data" / "first_name_genders.tsv"
MIN_COUNT = 1  # GAP's names are gold and of known gender: one example is evidence
MIN_SHARE = 0.9
MASCULINE = frozenset({"he", "him", "his", "himself"})
FEMININE = frozenset({"she", "her", "hers", "herself"})


def first_word(name: str) -> str | None:
    """The lower-cased first word of a written name of two or more
    capitalised words ("Mary Paine" -> "mary"); None otherwise."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words[:2]):
        return None
    word = words[0].strip(".,'\"()").lower()
    return word if word.isalpha() and len(word) > 1 else None


def lower_words(text: str) -> set[str]:
    """The alphabetic words written in lower case in ``text``."""
    return {w for w in text.split() if w.isalpha() and w.islower()}


def count_gap(path: Path, counts: dict[str, collections.Counter], lower: set[str]) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            lower |= lower_words(row["Text"])
            pron = row["Pronoun"].lower()
            gender = "m" if pron in MASCULINE else "f" if pron in FEMININE else None
            if gender is None:
                continue
            for key in ("A", "B"):
                word = first_word(row[key])
                if word:
                    counts[word][gender] += 1


def count_gum(path: Path, counts: dict[str, collections.Counter], lower: set[str]) -> None:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = record["text"]
            lower |= lower_words(text)
            for entity in record["entities"]:
                if entity.get("type") != "person":
                    continue
                spans = [text[s:e] for s, e in entity["mentions"]]
                words = {t.strip().lower() for t in spans}
                masc, fem = bool(words & MASCULINE), bool(words & FEMININE)
                if masc == fem:
                    continue
                for span in spans:
                    word = first_word(span.strip())
                    if word:
                        counts[word]["m" if masc else "f"] += 1


def build(gap: Path, gum: Path) -> list[tuple[str, str, int, int]]:
    """(word, gender, agreeing counts, all counts) rows, alphabetical."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    lower: set[str] = set()
    count_gap(gap, counts, lower)
    count_gum(gum, counts, lower)
    rows = []
    for word, c in counts.items():
        if word in lower:
            continue
        total = sum(c.values())
        gender, top = c.most_common(1)[0]
        if total >= MIN_COUNT and top / total >= MIN_SHARE:
            rows.append((word, gender, top, total))
    return sorted(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gap", type=Path, default=DEFAULT_GAP)
    parser.add_argument("--gum", type=Path, default=DEFAULT_GUM)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = build(args.gap, args.gum)
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write("# first name\tgender\tagreeing\tcounted -- built by scripts/build_name_genders.py "
                 "from GAP development (Apache 2.0) and GUM train (CC BY 4.0)\n")
        for word, gender, top, total in rows:
            fh.write(f"{word}\t{gender}\t{top}\t{total}\n")
    print(f"wrote {len(rows)} names to {args.out}")


if __name__ == "__main__":
    main()
