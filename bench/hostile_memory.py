"""Peak memory (RSS) and wall time of builds over hostile-sized inputs (issue 7).

Usage: .venv/bin/python bench/hostile_memory.py
Cases: a folder of 5,000 tiny files; a 50 MB text file beside one normal article (default limits: the big
file is reported, not read); a 4.9 MB text file just under the default limit (read and analysed in chunks).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import resource, sys, time
from newsdossier.pipeline import build
t = time.perf_counter()
d = build([sys.argv[1]])
print(f"{time.perf_counter() - t:.1f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} "
      f"{len(d.documents)} {sum(bool(x.errors) for x in d.documents)}")
"""
ARTICLE = ("Harbour talks collapse\n\nTalks between the dockworkers' union and the port authority collapsed on "
           "Monday, union leader Ilse Tamm said. More than 1,500 workers joined the strike.\n")
LINE = "The harbour strike continued for another day as talks stalled, the union said on Monday. " * 8 + "\n"


def run(case: str, folder: Path) -> None:
    r = subprocess.run([sys.executable, "-c", CHILD, str(folder)], capture_output=True, text=True, check=True)
    secs, rss, n, bad = r.stdout.split()
    print(f"{case:<42} {secs:>7} s {rss:>7} MB peak RSS   {n} documents, {bad} with errors")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        tiny = tmp / "tiny"
        tiny.mkdir()
        for i in range(5000):
            (tiny / f"n{i:04d}.txt").write_text(f"Note {i}\n\nDock {i % 7} closed on Monday, the port said.\n")
        big = tmp / "big"
        big.mkdir()
        (big / "article.txt").write_text(ARTICLE)
        with open(big / "huge.txt", "w") as f:
            for _ in range(50_000_000 // len(LINE) + 1):
                f.write(LINE)
        near = tmp / "near-limit"
        near.mkdir()
        with open(near / "long.txt", "w") as f:
            for _ in range(4_900_000 // len(LINE)):
                f.write(LINE)
        print(f"{'case':<42} {'wall':>9} {'memory':>18}")
        t0 = time.perf_counter()
        run("5,000 tiny files", tiny)
        run("50 MB file + 1 article (default limits)", big)
        run("4.9 MB file (read, chunked parse)", near)
        print(f"total {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
