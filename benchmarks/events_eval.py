"""Event coding against the shared gold sets, and what it costs in time.

    python benchmarks/events_eval.py                  # all four checks
    python benchmarks/events_eval.py --only plover quad
    python benchmarks/events_eval.py --keep /tmp/preds  # keep the prediction files

Checks (gold files from ``<repo>/../shared/benchmarks/``, read at run time):

- plover: ``events-plover-dev.jsonl`` (single sentences): event-type micro F1
  and source-code accuracy on type-matched events (floors 0.60 / 0.80);
- quad: ``quad-conflibert-dev.jsonl``: five-class macro F1 (floor 0.55);
- seed: ``events-seed.jsonl`` (the example article): every gold type found,
  and how many gold events have a prediction of the same type with the
  right source and target (floor 4 of 5);
- speed: the analysis time with and without event coding over the same
  parsed documents, for 80 PolNeAR articles and 400 single sentences (the
  parse is shared and counted; floor: events add <= 10%).

Predictions are made in-process with ``redline.pipeline.analyze_stream``
over ``redline.read.read_jsonl`` -- exactly what ``redline analyze --format
jsonl GOLD -o PRED`` writes -- and scored by the shared ``score.py``. The
last line printed is one JSON object with every figure.
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
SCORE = SHARED / "score.py"
# (label, file, how many records): whole news articles and single sentences.
SPEED_SETS = [("articles", "statements-polnear-train.jsonl", 80),
              ("sentences", "quad-conflibert-dev.jsonl", 400)]
SETS = {
    "plover": ("events", "events-plover-dev.jsonl"),
    "quad": ("quad", "quad-conflibert-dev.jsonl"),
    "seed": ("events", "events-seed.jsonl"),
}


def predict(gold: Path, out: Path) -> float:
    """Write predictions for ``gold`` to ``out``; returns seconds spent."""
    from redline.pipeline import analyze_stream
    from redline.read import read_jsonl

    t0 = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        for analysis in analyze_stream(read_jsonl(gold)):
            if hasattr(analysis, "to_prediction"):
                fh.write(json.dumps(analysis.to_prediction(), ensure_ascii=False) + "\n")
    return time.perf_counter() - t0


def score(task: str, gold: Path, pred: Path) -> dict:
    res = subprocess.run([sys.executable, str(SCORE), task, str(gold), str(pred)],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def seed_figures(report: dict) -> dict:
    per = report["type"]["per_type"]
    gold_types = [t for t, v in per.items() if v["gold"]]
    return {
        "gold_events": report["gold_events"],
        "pred_events": report["pred_events"],
        "types_found": sum(1 for t in gold_types if per[t]["tp"]),
        "gold_types": len(gold_types),
        "right_source_and_target": report["triple"]["tp"],
    }


def speed(gold: Path, limit: int = 400, repeat: int = 3) -> dict:
    """Seconds for the post-parse analysis with and without event coding."""
    import redline.pipeline as pipeline
    from redline.parse import load_nlp
    from redline.read import read_jsonl

    nlp = load_nlp()
    articles = [a for a in read_jsonl(gold) if hasattr(a, "text")][:limit]
    t0 = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=pipeline.BATCH_SIZE))
    parse_s = time.perf_counter() - t0
    real = pipeline.code_events

    def run() -> float:
        t = time.perf_counter()
        for doc, article in zip(docs, articles):
            pipeline.analyze_doc(doc, article)
        return time.perf_counter() - t

    with_ev, without = [], []
    for _ in range(repeat):
        pipeline.code_events = lambda *a, **k: []
        without.append(run())
        pipeline.code_events = real
        with_ev.append(run())
    base = min(without) + parse_s
    full = min(with_ev) + parse_s
    return {"articles": len(docs), "parse_s": round(parse_s, 3),
            "analysis_without_events_s": round(base, 3), "analysis_with_events_s": round(full, 3),
            "events_overhead": round(full / base - 1, 4)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="+", choices=[*SETS, "speed"], default=[*SETS, "speed"])
    ap.add_argument("--keep", type=Path, help="directory to keep prediction files in")
    args = ap.parse_args(argv)
    figures: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        outdir = args.keep or Path(tmp)
        outdir.mkdir(parents=True, exist_ok=True)
        for name in [n for n in SETS if n in args.only]:
            task, fname = SETS[name]
            gold = SHARED / fname
            pred = outdir / f"{name}.jsonl"
            secs = predict(gold, pred)
            rep = score(task, gold, pred)
            if name == "plover":
                figures[name] = {"type_micro_f1": rep["type"]["micro"]["f1"],
                                 "type_macro_f1": rep["type"]["macro_f1"],
                                 "source_accuracy": rep["actors"]["source_accuracy"],
                                 "target_accuracy": rep["actors"]["target_accuracy"],
                                 "triple_f1": rep["triple"]["f1"],
                                 "gold": rep["gold_events"], "pred": rep["pred_events"]}
                print(f"plover dev: type micro F1 {rep['type']['micro']['f1']:.3f} (floor 0.60), "
                      f"source acc {rep['actors']['source_accuracy']:.3f} (floor 0.80), "
                      f"target acc {rep['actors']['target_accuracy']:.3f}, "
                      f"[{rep['gold_events']} gold, {rep['pred_events']} pred]")
            elif name == "quad":
                figures[name] = {"macro_f1": rep["macro_f1"], "accuracy": rep["accuracy"],
                                 "per_class_f1": {k: v["f1"] for k, v in rep["per_class"].items()},
                                 "confusion": rep["confusion"]["matrix"]}
                print(f"quad conflibert dev: macro F1 {rep['macro_f1']:.3f} (floor 0.55), "
                      f"accuracy {rep['accuracy']:.3f}")
                for row, cells in enumerate(rep["confusion"]["matrix"]):
                    print(f"   gold {row}: " + " ".join(f"{c:4d}" for c in cells))
            else:
                figures[name] = seed_figures(rep)
                s = figures[name]
                print(f"seed article: {s['types_found']}/{s['gold_types']} gold types found, "
                      f"{s['right_source_and_target']}/{s['gold_events']} with right source "
                      f"and target (floor 4), {s['pred_events']} predicted")
            figures[name]["seconds"] = round(secs, 2)
            print(f"   python {SCORE} {task} {gold} PRED --summary")
        if "speed" in args.only:
            figures["speed"] = {}
            for label, fname, limit in SPEED_SETS:
                sp = speed(SHARED / fname, limit=limit)
                figures["speed"][label] = sp
                print(f"speed ({label}): events add {100 * sp['events_overhead']:.1f}% to the "
                      f"analysis ({sp['analysis_without_events_s']}s -> "
                      f"{sp['analysis_with_events_s']}s for {sp['articles']} texts, parse "
                      f"included; floor 10%)")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
