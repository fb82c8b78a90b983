"""Wall time of `build` on a story folder: model loading apart, then cold and warm pipeline runs.

Usage: .venv/bin/python bench/build_timing.py [STORY_DIR] [--runs N]
Timing lives here, never in pass/fail tests.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("story", nargs="?", default=str(ROOT.parent / "shared" / "corpora" / "csto-withdrawal-2022"))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    # cold: a fresh process, everything included (imports, model load, first build)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsdossier", "build", args.story, "-o", "/tmp/nd-bench", "-q"], check=True)
    cold = time.perf_counter() - t0

    from newsdossier.pipeline import build

    t0 = time.perf_counter()
    first = build([args.story])
    first_total = time.perf_counter() - t0
    warm = []
    from newsdossier.embed import clear_cache

    for _ in range(args.runs):
        clear_cache()  # honest warm runs: models loaded, but no sentence vectors reused
        t0 = time.perf_counter()
        d = build([args.story])
        warm.append(time.perf_counter() - t0 - d.timings.get("model-load", 0.0))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"story: {args.story} ({len(first.documents)} documents)")
    print(f"cold (new process, end to end): {cold:.2f} s")
    print(f"first in-process build: {first_total:.2f} s, of which model load {first.timings['model-load']:.2f} s")
    print(f"warm builds (model load excluded), {args.runs} runs: min {min(warm):.2f} s, max {max(warm):.2f} s")
    print("warm stage timings: " + ", ".join(f"{k} {v:.2f}s" for k, v in d.timings.items()))
    print(f"peak RSS of this process: {rss:.0f} MB")


if __name__ == "__main__":
    main()
