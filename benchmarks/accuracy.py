"""Score redline on the development sets in ../shared/benchmarks.

    python benchmarks/accuracy.py             # print every figure
    python benchmarks/accuracy.py --gate      # also fail below benchmarks/floors.json
    python benchmarks/accuracy.py --only statements-polnear-dev

Each set is run through the real command line (``redline analyze --format
jsonl GOLD -o PRED``) and scored with the shared ``score.py``. The gold data
is read by path at run time; none of it lives in this repository.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "benchmarks"
FLOORS = Path(__file__).resolve().parent / "floors.json"

# name -> (score.py task, extra score.py flags)
SETS: dict[str, tuple[str, list[str]]] = {
    "statements-seed": ("statements", ["--speech-only"]),
    "statements-polnear-dev": ("statements", []),
    "statements-ggt-dev": ("statements", ["--speech-only"]),
    "events-seed": ("events", []),
    "events-plover-dev": ("events", []),
    "quad-conflibert-dev": ("quad", []),
    "coref-gum-dev": ("coref", []),
}
# Runs of a set with analysis options: run name -> (set, ``redline analyze`` flags).
# PolNeAR annotates a speaker's turn (“…,” said X. “…”) as one attribution;
# the canonical-speaker sets, one per quotation (the default).
VARIANTS: dict[str, tuple[str, list[str]]] = {
    "statements-polnear-dev+turns": ("statements-polnear-dev", ["--quote-turns"]),
}


def headline(task: str, report: dict) -> dict[str, float]:
    """The figures we track for one scored set (flattened, rounded)."""
    def get(*path: str) -> float | None:
        node = report
        for key in path:
            if not isinstance(node, dict) or key not in node:
                return None
            node = node[key]
        return round(node, 3) if isinstance(node, (int, float)) else None

    if task == "statements":
        figures = {
            "content_f1_j05": get("content", "jaccard_0.5", "f1"),
            "content_f1_any": get("content", "any_overlap", "f1"),
            "source_accuracy": get("source", "overlap", "accuracy"),
            "cue_accuracy": get("cue", "overlap", "accuracy"),
            "speaker_accuracy": get("speaker", "accuracy"),
            "end_to_end_f1": get("speaker", "end_to_end", "f1"),
        }
    elif task == "events":
        figures = {
            "type_f1": get("type", "micro", "f1"),
            "source_accuracy": get("actors", "source_accuracy"),
            "target_accuracy": get("actors", "target_accuracy"),
            "triple_f1": get("triple", "f1"),
        }
    elif task == "coref":
        figures = {
            "conll_f1": get("conll_f1"),
            "pronoun_accuracy": get("pronoun_resolution_accuracy"),
            "mention_f1": get("no_singletons", "mentions", "f1"),
        }
    else:
        figures = {"accuracy": get("accuracy"), "macro_f1": get("macro_f1")}
    return {k: v for k, v in figures.items() if v is not None}


def run_set(name: str, workdir: Path) -> dict[str, float]:
    """Analyse one gold file with the CLI and score it."""
    set_name, options = VARIANTS.get(name, (name, []))
    task, flags = SETS[set_name]
    gold = SHARED / f"{set_name}.jsonl"
    pred = workdir / f"{name}.pred.jsonl"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "redline.cli.main", "analyze", "--format", "jsonl", *options, str(gold),
         "-o", str(pred)],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - started
    scored = subprocess.run(
        [sys.executable, str(SHARED / "score.py"), task, str(gold), str(pred), *flags],
        check=True,
        capture_output=True,
        text=True,
    )
    figures = headline(task, json.loads(scored.stdout))
    figures["seconds"] = round(seconds, 1)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gate", action="store_true", help="exit 1 when a figure is below its floor")
    parser.add_argument("--only", action="append", choices=sorted(SETS) + sorted(VARIANTS),
                        help="run only these sets")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"no benchmarks at {SHARED}; nothing to score", file=sys.stderr)
        return 0
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    failed = []
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only or [*SETS, *VARIANTS]:
            if not (SHARED / f"{VARIANTS.get(name, (name,))[0]}.jsonl").exists():
                continue
            results[name] = figures = run_set(name, Path(tmp))
            print(f"{name:24s} " + "  ".join(f"{k}={v}" for k, v in figures.items()), flush=True)
            for key, floor in floors.get(name, {}).items():
                value = figures.get(key)
                if value is None or value < floor:
                    failed.append(f"{name} {key}={value} below floor {floor}")
    print(json.dumps(results))
    if args.gate and failed:
        print("accuracy gate FAILED:\n  " + "\n  ".join(failed), file=sys.stderr)
        return 1
    if args.gate:
        print("accuracy gate passed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
