"""End-to-end throughput of redline against bare spaCy, as whole processes.

    python benchmarks/throughput.py                 # 100 records, 3 rounds, memory at 100/400
    python benchmarks/throughput.py --limit 50 --repeat 1 --no-memory-check
    python benchmarks/throughput.py --long          # one text of 100 kB … 2 MB against ordinary articles

What is measured, side by side in one run, over the same texts (the first
``--limit`` records of PolNeAR train, ``<repo>/../shared/benchmarks/
statements-polnear-train.jsonl`` unless ``--input`` says otherwise):

- bare:    a fresh Python process that does ``spacy.load`` of the model
           package redline uses (the first installed of
           ``redline.parse.nlp.MODEL_PACKAGES``) and runs ``nlp.pipe`` over
           the texts, read from the same JSONL file, with redline's batch size.
- redline: a fresh process running the real command line,
           ``python -m redline.cli.main analyze --format jsonl SUBSET -o
           /dev/null`` (``--redline-via api`` runs ``analyze_stream`` over
           ``read_jsonl`` in a worker instead); predictions are written.

Each side is timed as a whole process, model loading included, from spawn
to exit; peak RSS is the child's own ``ru_maxrss`` (``os.wait4``). The sides
alternate for ``--repeat`` rounds and the median wall time is reported, with
chars/s, articles/s and the redline/bare throughput ratio (target >= 0.8).

The memory check gives the peak RSS of both sides at N records (``--memory-n``,
by default ``--limit``, taken from the timed rounds) and at 4N (one more run
per side), side by side. spaCy's own peak grows with the longest documents
in a batch, so redline's growth is read against bare spaCy's: streaming
means redline adds nothing that grows with the number of articles.

Defaults: 100 records (about 380,000 characters), 3 rounds, memory check at
100 and 400 records; about 6-8 minutes on 2 cores, most of it the two
400-record runs. The last line printed is one JSON object with all figures.

``--long`` measures instead what one long text costs (transcripts, reports,
books of speeches). Texts of ``--long-sizes`` characters (default 100 kB,
250 kB, 500 kB, 1 MB, 2 MB) are built from varied generated paragraphs: two
to five sentences drawn at random from the repository's example articles
(``examples/``), every number varied. Each goes, as a one-record JSONL
file, through ``analyze_stream`` in a fresh process (``--worker redline``),
beside ``--long-ordinary`` ordinary articles of about 2,000 characters made
by the same generator. Reported per run: analysis time (model loading
excluded), microseconds per character, its ratio to the ordinary
articles' (target <= 1.5) and the process's peak RSS (target < 1 GB).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = REPO.parent / "shared" / "benchmarks" / "statements-polnear-train.jsonl"
DEFAULT_LIMIT = 100
DEFAULT_REPEAT = 3
TARGET_RATIO = 0.8
# ru_maxrss is kilobytes on Linux, bytes on macOS
RSS_UNIT = 1 if sys.platform == "darwin" else 1024


# ---------------------------------------------------------------- workers


def _records(path: Path, limit: int | None):
    """The first ``limit`` records' texts, streamed."""
    with open(path, encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip())
        for line in itertools.islice(lines, limit):
            yield json.loads(line)["text"]


def worker_bare(path: Path, limit: int | None, batch_size: int) -> dict:
    """spaCy alone: load the model package redline uses, pipe the texts."""
    import spacy

    from redline.parse.nlp import MAX_LENGTH, MODEL_PACKAGES

    t0 = time.perf_counter()
    for package in MODEL_PACKAGES:
        try:
            nlp = spacy.load(package)
            break
        except OSError:
            continue
    else:
        raise SystemExit(f"none of {MODEL_PACKAGES} is installed")
    nlp.max_length = MAX_LENGTH
    loaded = time.perf_counter()
    docs = tokens = 0
    for doc in nlp.pipe(_records(path, limit), batch_size=batch_size):
        docs += 1
        tokens += len(doc)
    return {"side": "bare", "model": package, "docs": docs, "tokens": tokens,
            "load_s": loaded - t0, "run_s": time.perf_counter() - loaded}


def worker_redline(path: Path, limit: int | None, batch_size: int, output: str) -> dict:
    """redline's streaming API: read_jsonl -> analyze_stream -> JSONL predictions."""
    from redline.parse import load_nlp
    from redline.pipeline import analyze_stream
    from redline.read import read_jsonl

    t0 = time.perf_counter()
    nlp = load_nlp()
    loaded = time.perf_counter()
    docs = statements = failed = 0
    with open(output, "w", encoding="utf-8") as out:
        for item in analyze_stream(itertools.islice(read_jsonl(path), limit), nlp=nlp, batch_size=batch_size):
            if isinstance(item, Exception):
                failed += 1
                print(f"worker: {item}", file=sys.stderr)
                continue
            out.write(json.dumps(item.to_prediction(), ensure_ascii=False) + "\n")
            docs += 1
            statements += len(item.statements)
    return {"side": "redline", "docs": docs, "statements": statements, "failed": failed,
            "load_s": loaded - t0, "run_s": time.perf_counter() - loaded}


# ---------------------------------------------------------------- long texts

LONG_SIZES = (100_000, 250_000, 500_000, 1_000_000, 2_000_000)
LONG_ORDINARY = 200  # ordinary articles measured beside them
LONG_TIME_RATIO = 1.5
LONG_PEAK_MB = 1024
_NUMBER = re.compile(r"\d+")


def generated_paragraphs(seed: int):
    """Endless paragraphs of two to five sentences of the example articles,
    drawn at random, every number varied."""
    import random

    sys.path.insert(0, str(REPO / "benchmarks"))
    from ingest_rate import example_sentences

    rng = random.Random(seed)
    pool = example_sentences()
    while True:
        picked = rng.sample(pool, rng.randint(2, 5))
        yield " ".join(_NUMBER.sub(lambda m: str(rng.randint(1, 10 ** len(m.group()))), s) for s in picked)


def generated_text(chars: int, seed: int) -> str:
    """A headline, a date line and generated paragraphs up to ``chars`` characters."""
    parts = [f"Generated Report {seed}\n\nMay 3, 2022\n"]
    size = len(parts[0])
    for paragraph in generated_paragraphs(seed):
        if size >= chars:
            break
        parts.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(parts)


def run_long(args: argparse.Namespace) -> int:
    """Time per character and peak RSS of one long text, against ordinary articles."""
    started = time.perf_counter()
    sizes = [int(x) for x in args.long_sizes.split(",")] if args.long_sizes else list(LONG_SIZES)
    script = str(Path(__file__).resolve())
    rows = []
    with tempfile.TemporaryDirectory(prefix="redline-long-") as tmp:
        sets = [("ordinary", [generated_text(2_000, 1000 + i) for i in range(args.long_ordinary)])]
        sets += [(f"{size:,} chars", [generated_text(size, size)]) for size in sizes]
        for label, texts in sets:
            path = Path(tmp) / "texts.jsonl"
            with open(path, "w", encoding="utf-8") as out:
                for i, text in enumerate(texts):
                    out.write(json.dumps({"id": f"t{i}", "text": text}) + "\n")
            command = [sys.executable, script, "--worker", "redline", "--input", str(path), "--limit", "0",
                       "--batch-size", str(args.batch_size), "--output", os.devnull]
            run = run_child(command, len(texts))
            chars = sum(len(t) for t in texts)
            report = run["report"]
            row = {"set": label, "texts": len(texts), "chars": chars, "run_s": round(report["run_s"], 2),
                   "us_per_char": round(report["run_s"] / chars * 1e6, 2),
                   "peak_rss_mb": round(run["peak_rss_mb"], 1), "statements": report["statements"]}
            rows.append(row)
            print(f"  {label:<16} {row['run_s']:8.2f} s  {row['us_per_char']:7.2f} us/char  "
                  f"{row['peak_rss_mb']:7.1f} MB", flush=True)
    base = rows[0]["us_per_char"]
    for row in rows:
        row["ratio"] = round(row["us_per_char"] / base, 3)
    longs = rows[1:]
    worst_ratio = max(r["ratio"] for r in longs)
    worst_peak = max(r["peak_rss_mb"] for r in longs)
    print()
    print(f"{'set':<16}{'chars':>11}{'analysis s':>12}{'us/char':>9}{'ratio':>7}{'peak RSS MB':>13}")
    for r in rows:
        print(f"{r['set']:<16}{r['chars']:>11,}{r['run_s']:>12.2f}{r['us_per_char']:>9.2f}{r['ratio']:>7.2f}"
              f"{r['peak_rss_mb']:>13.1f}")
    time_ok = worst_ratio <= LONG_TIME_RATIO
    peak_ok = worst_peak < LONG_PEAK_MB
    print(f"time per character, worst long text / ordinary: {worst_ratio:.2f} "
          f"({'meets' if time_ok else 'ABOVE'} target {LONG_TIME_RATIO}); "
          f"peak RSS {worst_peak:.0f} MB ({'meets' if peak_ok else 'ABOVE'} target {LONG_PEAK_MB} MB)")
    total = time.perf_counter() - started
    print(f"benchmark took {total:.0f} s")
    print(json.dumps({"mode": "long", "rows": rows, "worst_ratio": worst_ratio, "worst_peak_mb": worst_peak,
                      "meets_time": time_ok, "meets_memory": peak_ok, "benchmark_s": round(total, 1)}))
    return 0


# ---------------------------------------------------------------- driver


def run_child(command: list[str], records: int) -> dict:
    """Run one whole process over ``records`` articles; its wall time, peak RSS
    and report. A child that fails or analyses another number of articles
    stops the benchmark."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out, stderr=err, cwd=REPO, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"child failed ({proc.returncode}): {' '.join(command)}\n{stderr[-3000:]}")
    last = next((line for line in reversed(stdout.splitlines()) if line.startswith("{")), None)
    report = json.loads(last) if last else None
    done = report["docs"] if report else _cli_count(stderr)
    if done != records:
        raise SystemExit(f"child analysed {done} of {records} records: {' '.join(command)}\n{stderr[-3000:]}")
    return {"wall_s": wall, "peak_rss_mb": usage.ru_maxrss * RSS_UNIT / 2**20,
            "report": report, "stderr": stderr}


def _cli_count(stderr: str) -> int | None:
    """The article count from the CLI's closing line ("redline: 100 article(s) analysed → …")."""
    match = re.search(r"redline: (\d+) article\(s\) analysed", stderr)
    return int(match.group(1)) if match else None


def write_subset(source: Path, limit: int | None, folder: Path) -> tuple[Path, int, int]:
    """The first ``limit`` records as their own JSONL file (what the CLI reads)."""
    path = folder / f"subset-{limit or 'all'}.jsonl"
    records = chars = 0
    with open(source, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
        for line in itertools.islice((ln for ln in src if ln.strip()), limit):
            dst.write(line if line.endswith("\n") else line + "\n")
            records += 1
            chars += len(json.loads(line)["text"])
    return path, records, chars


def commands(subset: Path, args: argparse.Namespace) -> dict[str, list[str]]:
    script = str(Path(__file__).resolve())
    # --limit 0: a worker reads the whole subset file, never its own default limit
    common = ["--input", str(subset), "--limit", "0", "--batch-size", str(args.batch_size)]
    bare = [sys.executable, script, "--worker", "bare", *common]
    if args.redline_via == "cli":
        redline = [sys.executable, "-m", "redline.cli.main", "analyze", "--format", "jsonl",
                   "--batch-size", str(args.batch_size), str(subset), "-o", args.output]
    else:
        redline = [sys.executable, script, "--worker", "redline", *common, "--output", args.output]
    return {"bare": bare, "redline": redline}


def summarise(runs: list[dict], records: int, chars: int) -> dict:
    walls = [r["wall_s"] for r in runs]
    median = statistics.median(walls)
    return {
        "wall_s_median": round(median, 3),
        "wall_s_all": [round(w, 3) for w in walls],
        "chars_per_s": round(chars / median),
        "articles_per_s": round(records / median, 2),
        "peak_rss_mb": round(max(r["peak_rss_mb"] for r in runs), 1),
    }


def main(argv: list[str] | None = None) -> int:
    from redline.pipeline import BATCH_SIZE

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="JSONL records (default: PolNeAR train)")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help=f"records to use (default {DEFAULT_LIMIT}; 0 = all)")
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT, help=f"alternating rounds (default {DEFAULT_REPEAT})")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help=f"nlp.pipe batch size, both sides (default {BATCH_SIZE})")
    parser.add_argument("--redline-via", choices=("cli", "api"), default="cli",
                        help="redline side: the CLI (default) or analyze_stream in a worker")
    parser.add_argument("--output", default=os.devnull, help="where the redline side writes predictions")
    parser.add_argument("--memory-check", action=argparse.BooleanOptionalAction, default=True,
                        help="peak RSS of the redline side at N and 4N records (default on)")
    parser.add_argument("--memory-n", type=int, default=0,
                        help="N for the memory check (default: --limit, whose RSS the timed rounds already give)")
    parser.add_argument("--long", action="store_true",
                        help="measure one long text (100 kB to 2 MB) against ordinary articles instead")
    parser.add_argument("--long-sizes", default="",
                        help="comma-separated text lengths in characters for --long (default 100000,…,2000000)")
    parser.add_argument("--long-ordinary", type=int, default=LONG_ORDINARY,
                        help=f"ordinary articles measured beside the long texts (default {LONG_ORDINARY})")
    parser.add_argument("--worker", choices=("bare", "redline"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    limit = args.limit or None

    if args.worker:
        if args.worker == "bare":
            report = worker_bare(args.input, limit, args.batch_size)
        else:
            report = worker_redline(args.input, limit, args.batch_size, args.output)
        print(json.dumps(report))
        return 0
    if args.long:
        return run_long(args)

    if not args.input.is_file():
        parser.error(f"no input file {args.input} (use --input)")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="redline-bench-") as tmp:
        subset, records, chars = write_subset(args.input, limit, Path(tmp))
        cmds = commands(subset, args)
        print(f"input: {args.input} — {records} records, {chars:,} chars; "
              f"{args.repeat} alternating rounds; redline via {args.redline_via}; batch size {args.batch_size}",
              flush=True)
        runs: dict[str, list[dict]] = {"bare": [], "redline": []}
        for round_ in range(args.repeat):
            order = ("bare", "redline") if round_ % 2 == 0 else ("redline", "bare")
            for side in order:
                run = run_child(cmds[side], records)
                runs[side].append(run)
                print(f"  round {round_ + 1} {side:<8} {run['wall_s']:7.2f} s  {run['peak_rss_mb']:7.1f} MB", flush=True)
        sides = {side: summarise(r, records, chars) for side, r in runs.items()}
        bare_report = runs["bare"][0]["report"] or {}
        sides["bare"]["model_load_s"] = round(statistics.median(r["report"]["load_s"] for r in runs["bare"]), 3)
        ratio = sides["redline"]["chars_per_s"] / sides["bare"]["chars_per_s"]

        memory = None
        if args.memory_check:
            small = args.memory_n or records
            big = 4 * small
            memory = {"n": small, "4n": big}
            for side in ("bare", "redline"):
                figures = {}
                for n in (small, big):
                    if n == records and limit is not None:  # measured in the rounds above
                        figures[str(n)] = round(max(r["peak_rss_mb"] for r in runs[side]), 1)
                        continue
                    sub, n_records, _ = write_subset(args.input, n, Path(tmp))
                    run = run_child(commands(sub, args)[side], n_records)
                    figures[str(n_records)] = round(run["peak_rss_mb"], 1)
                    print(f"  memory  {side:<8} {n_records:4d} records {run['wall_s']:7.2f} s  {run['peak_rss_mb']:7.1f} MB",
                          flush=True)
                values = list(figures.values())
                figures["growth_mb"] = round(values[-1] - values[0], 1)
                figures["ratio"] = round(values[-1] / values[0], 3)
                memory[side] = figures

    print()
    print(f"{'side':<9}{'median s':>10}{'chars/s':>11}{'articles/s':>12}{'peak RSS MB':>13}   runs (s)")
    for side in ("bare", "redline"):
        s = sides[side]
        print(f"{side:<9}{s['wall_s_median']:>10.2f}{s['chars_per_s']:>11,}{s['articles_per_s']:>12.2f}"
              f"{s['peak_rss_mb']:>13.1f}   {', '.join(f'{w:.2f}' for w in s['wall_s_all'])}")
    verdict = "meets" if ratio >= TARGET_RATIO else "BELOW"
    print(f"throughput ratio redline/bare: {ratio:.3f} ({verdict} target {TARGET_RATIO}); "
          f"bare model load {sides['bare']['model_load_s']:.2f} s ({bare_report.get('model')})")
    if memory:
        print()
        cols = [k for k in memory["redline"] if k not in ("growth_mb", "ratio")]
        print(f"{'peak RSS MB':<12}" + "".join(f"{c + ' rec':>12}" for c in cols) + f"{'growth MB':>11}{'ratio':>8}")
        for side in ("bare", "redline"):
            m = memory[side]
            print(f"{side:<12}" + "".join(f"{m[c]:>12.1f}" for c in cols) + f"{m['growth_mb']:>11.1f}{m['ratio']:>8.3f}")
        extra = memory["redline"]["growth_mb"] - memory["bare"]["growth_mb"]
        print(f"redline's own growth from {cols[0]} to {cols[-1]} records, beyond spaCy's: {extra:+.1f} MB")
        memory["redline_extra_growth_mb"] = round(extra, 1)
    total = time.perf_counter() - started
    print(f"benchmark took {total:.0f} s")
    print(json.dumps({
        "input": str(args.input), "records": records, "chars": chars, "repeat": args.repeat,
        "batch_size": args.batch_size, "redline_via": args.redline_via,
        "bare": sides["bare"], "redline": sides["redline"],
        "ratio": round(ratio, 3), "target": TARGET_RATIO, "meets_target": ratio >= TARGET_RATIO,
        "memory": memory, "benchmark_s": round(total, 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
