"""Temporal expressions in the BSNLP raw articles, per language: counts and a seeded random sample to judge.

Why: the Slavic time data (lang/<code>/time.py) has no annotated timex corpus to be measured on; this
prints what the scanner finds in real news of each language (the article's date as the document date),
so a person can judge a sample by hand (precision per language). Nothing is fitted here.

Input: ../shared/benchmarks/bsnlp/<topic>/raw/<lang>/*.txt, header lines id, lang, date, url, title, then
the text. The expressions are found in the title and text (the header's date line is not read).

    PYTHONPATH=src python bench/multilingual_dates.py [--data DIR] [--langs bg,cs] [--sample 20] [--seed 21]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

from newsdossier.analyze.temporal import find_timexes
from newsdossier.analyze.temporal.patterns import support

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_article(path: Path) -> tuple[str | None, str] | None:
    """(date, title + text) of one raw BSNLP file, or None when its header is not the five lines expected."""
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    if len(lines) < 5:
        return None
    day = lines[2].strip()
    return (day[:10] if _ISO.match(day) else None), "\n".join(lines[4:])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", default="../shared/benchmarks/bsnlp")
    p.add_argument("--langs", default="bg,cs,pl,ru,sl,uk")
    p.add_argument("--sample", type=int, default=20)
    p.add_argument("--seed", type=int, default=21)
    args = p.parse_args(argv)
    data = Path(args.data)
    if not data.is_dir():
        print(f"no BSNLP data at {data}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    for code in args.langs.split(","):
        files = sorted(data.glob(f"*/raw/{code}/*.txt"))
        found: list[tuple[str, str, str, str | None, str]] = []
        kinds: Counter = Counter()
        undated = 0
        for f in files:
            art = read_article(f)
            if art is None:
                continue
            dct, text = art
            undated += dct is None
            for t in find_timexes(text, dct, lang=code):
                assert text[t.start:t.end] == t.text
                ctx = text[max(0, t.start - 40):t.end + 40].replace("\n", " ")
                found.append((f.name, dct or "-", t.text, t.value, ctx))
                kinds[t.type if t.value else "no value"] += 1
        print(f"== {code} ({support(code)}): {len(files)} articles ({undated} without a date), "
              f"{len(found)} expressions, {len(found) / max(1, len(files)):.2f} per article; by type {dict(kinds)}")
        for name, dct, text, value, ctx in rng.sample(found, min(args.sample, len(found))):
            print(f"  [{dct}] {text!r} -> {value}    | {ctx}   ({name})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
