"""Time reading the event trigger tables, as a fresh process does once.

    python benchmarks/lexicon_load.py [--repeat 5]

Each repeat starts a new Python process that imports the trigger module and
reads the built-in tables (``builtin_lexicon``), first the curated table
alone, then with the converted CAMEO verb table, and reports the median
seconds of each and their difference (the cost the CAMEO table adds to
start-up; the issue's budget is at most 1 s for the tables).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

PROBE = r"""
import json, time, sys
import redline.events.triggers as T
t0 = time.perf_counter()
T.read_lexicon(builtin=["event_triggers.tsv"])
t1 = time.perf_counter()
lex = T.builtin_lexicon()
lex.discarded("warm the discard pattern")
t2 = time.perf_counter()
print(json.dumps({"curated": t1 - t0, "builtin": t2 - t1, "verbs": len(lex.verbs),
                  "files": list(T.BUILTIN_FILES)}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    runs = [json.loads(subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True,
                                      text=True).stdout) for _ in range(args.repeat)]
    curated = statistics.median(r["curated"] for r in runs)
    builtin = statistics.median(r["builtin"] for r in runs)
    print(f"tables: {', '.join(runs[0]['files'])}; {runs[0]['verbs']} verbs")
    print(f"curated table alone   {curated:.3f} s")
    print(f"all built-in tables   {builtin:.3f} s (median of {args.repeat} fresh processes)")
    print(f"added by other tables {builtin - curated:+.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
