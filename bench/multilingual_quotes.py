"""Quotes found by the surface quote finder on the BSNLP raw articles, per language, with a seeded sample to judge.

Reads ../shared/benchmarks/bsnlp/<topic>/raw/<lang>/*.txt (header lines id, lang, date, url, title, then the
body), runs `find_quotes(body, lang=<lang>)` without a parse (the languages have no parser here; the finder reads
the surface), and prints per language: articles, quotes, share with a speaker, then a seeded random sample of
quotes (speaker, cue, quote and its sentence) to judge by hand. No gold exists for quotes in BSNLP: the judging
is by hand (speaker right / wrong / null; quote span right).

Usage: PYTHONPATH=src .venv/bin/python bench/multilingual_quotes.py [--langs bg cs pl ru sl uk] [--sample 15]
       [--seed 21] [--topics brexit nord_stream ryanair]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdossier.analyze.quotes import find_quotes  # noqa: E402

DATA = ROOT.parent / "shared" / "benchmarks" / "bsnlp"


def body(path: Path) -> str:
    """The article text after the five header lines (id, lang, date, url, title)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[5:]).strip("\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--langs", nargs="+", default=["bg", "cs", "pl", "ru", "sl", "uk"])
    ap.add_argument("--topics", nargs="+", default=["brexit", "nord_stream", "ryanair"])
    ap.add_argument("--sample", type=int, default=15)
    ap.add_argument("--seed", type=int, default=21)
    a = ap.parse_args()
    if not DATA.is_dir():
        sys.exit(f"no BSNLP data at {DATA}")
    summary = {}
    for code in a.langs:
        files = sorted(p for t in a.topics for p in (DATA / t / "raw" / code).glob("*.txt"))
        found = []
        for p in files:
            text = body(p)
            for q in find_quotes(text, lang=code):
                assert text[q.start:q.end] == q.text
                found.append((p, text, q))
        with_speaker = sum(1 for _, _, q in found if q.speaker_text)
        summary[code] = {"articles": len(files), "quotes": len(found), "with_speaker": with_speaker,
                         "share_with_speaker": round(with_speaker / len(found), 3) if found else None,
                         "by_rule": {}}
        rng = random.Random(a.seed)
        sample = rng.sample(found, min(a.sample, len(found)))
        print(f"=== {code}: {len(files)} articles, {len(found)} quotes, {with_speaker} with a speaker")
        for i, (p, text, q) in enumerate(sample, 1):
            print(f"[{code}{i}] {p.parent.parent.parent.name}/{p.name} speaker={q.speaker_text!r} cue={q.cue!r}")
            print(f"    quote: {q.text[:160]!r}")
            print(f"    before: {text[max(0, q.start - 160):q.start].replace(chr(10), ' ')!r}")
            print(f"    after: {text[q.end:q.end + 160].replace(chr(10), ' ')!r}")
    print(json.dumps({k: {x: y for x, y in v.items() if x != "by_rule"} for k, v in summary.items()}, indent=1))


if __name__ == "__main__":
    main()
