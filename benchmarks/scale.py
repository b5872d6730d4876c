"""Throughput of ``redline analyze`` in one process, in 2 worker processes and
on a 2-worker local Dask cluster, as whole processes.

    python benchmarks/scale.py                  # 200 records, 1 round
    python benchmarks/scale.py --limit 100 --repeat 3 --jobs 2

Each side is the real command line in a fresh process, timed from spawn to
exit, model loading (in every worker) and cluster start-up included, over
the same texts (the first ``--limit`` records of PolNeAR train,
``<repo>/../shared/benchmarks/statements-polnear-train.jsonl`` unless
``--input`` says otherwise):

- one:       ``redline analyze --format jsonl SUBSET -o OUT``
- processes: the same with ``--jobs N``
- dask:      the same with ``--engine dask --jobs N`` (a LocalCluster of N
             single-threaded worker processes, started and closed by the run)

The sides rotate for ``--repeat`` rounds; the median wall time gives chars/s,
articles/s and the speed-up over one process (target: >= 1.7x with 2
workers on 2 cores). The outputs of all sides must be byte-identical, or the
benchmark stops. Other work on the machine slows the parallel sides most, so
the CPU already busy before each run (sampled from /proc/stat for
``--idle-sample`` seconds) and the load average are printed beside the
times; ``--quiet-below C`` waits (up to ``--max-wait`` seconds) before each
run until other work keeps fewer than C cores busy. The last line printed is
one JSON object with all figures.

Measured 2026-11-28 on the project's machine (2 cores, other work idle
before each run; ``--repeat 2 --quiet-below 0.3``), median wall seconds:

    records  one     processes (2)    dask LocalCluster (2)
    200      36.6    21.1 (1.74x)     24.6 (1.49x)
    600      120.3   64.8 (1.86x)     70.3 (1.71x)   (1 round)

Start-up is the difference between the engines: forked workers share the
driver's imports, while a local Dask cluster starts two fresh interpreters
(about 3.5 s) and runs its scheduler beside the driver.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from throughput import write_subset  # same subset file as the throughput benchmark

REPO = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = REPO.parent / "shared" / "benchmarks" / "statements-polnear-train.jsonl"
DEFAULT_LIMIT = 200
DEFAULT_JOBS = 2
TARGET_SPEEDUP = 1.7
SIDES = ("one", "processes", "dask")


def commands(subset: Path, folder: Path, jobs: int, batch_size: int) -> dict[str, list[str]]:
    """The command line of each side, each writing its own predictions file."""
    def cli(side: str, *extra: str) -> list[str]:
        return [sys.executable, "-m", "redline.cli.main", "analyze", "--format", "jsonl",
                "--batch-size", str(batch_size), *extra, str(subset), "-o", str(folder / f"{side}.jsonl")]

    return {
        "one": cli("one"),
        "processes": cli("processes", "--jobs", str(jobs)),
        "dask": cli("dask", "--engine", "dask", "--jobs", str(jobs)),
    }


def cpu_busy(seconds: float) -> float | None:
    """Cores kept busy on this machine over ``seconds`` (from /proc/stat), or
    None where there is no /proc."""
    def sample() -> tuple[int, int]:
        with open("/proc/stat", encoding="ascii") as handle:
            fields = [int(x) for x in handle.readline().split()[1:]]
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
        return sum(fields) - idle, sum(fields)

    try:
        busy0, total0 = sample()
        time.sleep(seconds)
        busy1, total1 = sample()
    except OSError:
        return None
    cores = os.cpu_count() or 1
    return round(cores * (busy1 - busy0) / max(1, total1 - total0), 2)


def wait_for_quiet(below: float | None, max_wait: float, sample: float) -> tuple[float | None, float]:
    """Sample other work on the machine, waiting while it keeps ``below``
    cores or more busy (at most ``max_wait`` seconds). Returns the last
    sample (cores busy) and the seconds waited."""
    t0 = time.perf_counter()
    busy = cpu_busy(sample)
    while below is not None and busy is not None and busy >= below and time.perf_counter() - t0 < max_wait:
        busy = cpu_busy(sample)
    return busy, time.perf_counter() - t0


def run_child(command: list[str], records: int) -> dict:
    """Run one whole process; its wall time and the article count it reports.
    A child that fails or analyses another number of articles stops the run."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    t0 = time.perf_counter()
    proc = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"child failed ({proc.returncode}): {' '.join(command)}\n{proc.stderr[-3000:]}")
    match = re.search(r"redline: (\d+) article\(s\) analysed", proc.stderr)
    done = int(match.group(1)) if match else None
    if done != records:
        raise SystemExit(f"child analysed {done} of {records} records: {' '.join(command)}\n{proc.stderr[-3000:]}")
    return {"wall_s": wall}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    from redline.pipeline import BATCH_SIZE

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="JSONL records (default: PolNeAR train)")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help=f"records to use (default {DEFAULT_LIMIT}; 0 = all)")
    parser.add_argument("--repeat", type=int, default=1, help="rotating rounds (default 1)")
    parser.add_argument("--jobs", type=int, default=DEFAULT_JOBS, help=f"workers on the parallel sides (default {DEFAULT_JOBS})")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help=f"articles per batch and chunk (default {BATCH_SIZE})")
    parser.add_argument("--sides", default=",".join(SIDES), help="comma-separated subset of one,processes,dask")
    parser.add_argument("--idle-sample", type=float, default=3.0,
                        help="seconds of /proc/stat sampling before each run to see other work (default 3)")
    parser.add_argument("--quiet-below", type=float, default=None,
                        help="wait before each run until other work keeps fewer than this many cores busy")
    parser.add_argument("--max-wait", type=float, default=300.0,
                        help="longest wait for quiet before a run, seconds (default 300)")
    args = parser.parse_args(argv)
    sides = [s for s in args.sides.split(",") if s]
    if "one" not in sides or any(s not in SIDES for s in sides):
        parser.error(f"--sides must include 'one' and name only {', '.join(SIDES)}")
    if not args.input.is_file():
        parser.error(f"no input file {args.input} (use --input)")

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="redline-scale-") as tmp:
        folder = Path(tmp)
        subset, records, chars = write_subset(args.input, args.limit or None, folder)
        cmds = commands(subset, folder, args.jobs, args.batch_size)
        print(f"input: {args.input} — {records} records, {chars:,} chars; {args.repeat} round(s); "
              f"{args.jobs} workers; batch size {args.batch_size}; {os.cpu_count()} CPU cores", flush=True)
        runs: dict[str, list[dict]] = {side: [] for side in sides}
        digests: dict[str, str] = {}
        for round_ in range(args.repeat):
            shift = round_ % len(sides)
            for side in sides[shift:] + sides[:shift]:
                busy_before, _ = wait_for_quiet(args.quiet_below, args.max_wait, args.idle_sample)
                load_before = os.getloadavg()[0]
                run = run_child(cmds[side], records)
                run.update(busy_before=busy_before, load_before=round(load_before, 2),
                           load_after=round(os.getloadavg()[0], 2))
                runs[side].append(run)
                digests[side] = digest(folder / f"{side}.jsonl")
                print(f"  round {round_ + 1} {side:<10}{run['wall_s']:8.2f} s   other work before: "
                      f"{busy_before} cores busy, load {load_before:.2f} → {run['load_after']:.2f} after", flush=True)
        if len(set(digests.values())) != 1:
            raise SystemExit(f"the sides wrote different predictions: {digests}")

    base = statistics.median(r["wall_s"] for r in runs["one"])
    table = {}
    for side in sides:
        walls = [r["wall_s"] for r in runs[side]]
        median = statistics.median(walls)
        table[side] = {
            "workers": 1 if side == "one" else args.jobs,
            "wall_s_median": round(median, 2),
            "wall_s_all": [round(w, 2) for w in walls],
            "chars_per_s": round(chars / median),
            "articles_per_s": round(records / median, 2),
            "speedup": round(base / median, 3),
            "other_busy_cores_before": [r["busy_before"] for r in runs[side]],
            "load_before": [r["load_before"] for r in runs[side]],
        }
    print()
    print(f"{'side':<11}{'workers':>8}{'median s':>10}{'chars/s':>10}{'articles/s':>12}{'speed-up':>10}"
          f"{'other busy':>12}   runs (s)")
    for side, s in table.items():
        busy = ", ".join(str(b) for b in s["other_busy_cores_before"])
        print(f"{side:<11}{s['workers']:>8}{s['wall_s_median']:>10.2f}{s['chars_per_s']:>10,}"
              f"{s['articles_per_s']:>12.2f}{s['speedup']:>9.2f}x{busy:>12}   "
              + ", ".join(f"{w:.2f}" for w in s["wall_s_all"]))
    verdicts = {side: table[side]["speedup"] >= TARGET_SPEEDUP for side in sides if side != "one"}
    for side, ok in verdicts.items():
        print(f"{side}: {table[side]['speedup']:.2f}x with {args.jobs} workers "
              f"({'meets' if ok else 'BELOW'} target {TARGET_SPEEDUP}x on {os.cpu_count()} cores)")
    print("predictions identical across sides: yes")
    total = time.perf_counter() - started
    print(f"benchmark took {total:.0f} s")
    print(json.dumps({
        "input": str(args.input), "records": records, "chars": chars, "repeat": args.repeat,
        "jobs": args.jobs, "batch_size": args.batch_size, "cpu_count": os.cpu_count(),
        "sides": table, "target_speedup": TARGET_SPEEDUP, "meets_target": verdicts,
        "identical_predictions": True, "benchmark_s": round(total, 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
