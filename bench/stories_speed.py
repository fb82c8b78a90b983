"""Speed and memory of story grouping once documents are analysed: reports per second, and the state's size.

Usage: taskset -c 0 .venv/bin/python bench/stories_speed.py [N ...]  (default 2000 8000)
A synthetic stream (no corpus needed): N reports over N/40 days, about 40 a day, each of one of many
invented events lasting a few days, with a title+lead vector (the event's direction plus noise, 512 wide as
the encoder's) and five names (two of its event, three drawn from a large pool). The vectors are given, so
the figure is the grouping alone; embedding title+lead costs what `embed.py` costs (about 20-100 texts/s on
this machine's core). Memory: the open stories are bounded by the window, so the grouping's working set
stays flat; the state's doc->story map grows by one entry per report (printed as its JSON size).
"""

from __future__ import annotations

import sys
import time
import tracemalloc

import numpy as np

from newsdossier.crossdoc.stories import group_stories
from newsdossier.model import Document, Mention


def stream(n: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    days = max(1, n // 40)
    n_events = max(2, n // 8)
    starts = rng.integers(0, days, n_events)
    dirs = rng.normal(size=(n_events, 512)).astype(np.float32)
    docs, vecs = [], {}
    for i in range(n):
        e = int(rng.integers(0, n_events))
        day = int(min(days - 1, starts[e] + rng.integers(0, 4)))
        names = [f"Event{e}a", f"Event{e}b"] + [f"Pool{int(x)}" for x in rng.integers(0, 5000, 3)]
        text = " ".join(names) + f" report {i}"
        d = Document(id=f"d{i}", text=text, published=f"2025-{1 + day // 28 % 12:02d}-{1 + day % 28:02d}",
                     language="en")
        pos = 0
        for name in names:
            d.mentions.append(Mention(pos, pos + len(name), name, "PERSON"))
            pos += len(name) + 1
        v = dirs[e] + rng.normal(scale=1.2, size=512).astype(np.float32)
        vecs[text] = v / np.linalg.norm(v)
        docs.append(d)
    return docs, vecs


def main(sizes: list[int]) -> None:
    for n in sizes:
        docs, vecs = stream(n)

        def embed(texts):
            return np.stack([vecs[t.strip()] for t in texts])

        t0 = time.perf_counter()
        assign, state = group_stories(docs, embed=embed)
        took = time.perf_counter() - t0
        tracemalloc.start()  # a second run for the memory (tracing slows it, so not timed)
        group_stories(docs, embed=embed)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"{n} reports: {n / took:.0f} reports/s, {len(set(assign.values()))} stories, "
              f"{len(state.stories)} open at the end, peak traced memory {peak / 1e6:.1f} MB, "
              f"state JSON {len(state.to_json()) / 1e6:.1f} MB")


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or [2000, 8000])
