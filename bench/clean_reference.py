"""Junk lines removed and content lines wrongly removed on the reference story, against the hand labels
kept in tests/test_clean.py (LABELS). Usage: .venv/bin/python bench/clean_reference.py"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import test_clean as t  # noqa: E402


def main() -> None:
    if not t.STORY.is_dir():
        raise SystemExit(f"reference story not found at {t.STORY} (clone the project with ../shared beside it)")
    docs = {d.id[:3]: d for d in t._story_docs()}
    failed = [f"{d.id}: {e}" for d in docs.values() for e in d.errors]
    if failed:  # a cleaning failure keeps the raw text: the figures below would not measure the cleaner
        print("cleaning errors:", "; ".join(failed))
    junk = removed = content = wrong = 0
    for prefix, label, is_junk in t.LABELS:
        doc = docs[prefix]
        gone = any(r.line == t._line_index(doc, label) for r in doc.removed)
        if is_junk:
            junk += 1
            removed += gone
        else:
            content += 1
            wrong += gone
    total_removed = sum(len(d.removed) for d in docs.values())
    print(f"junk lines removed: {removed}/{junk}; content lines wrongly removed: {wrong}/{content}; "
          f"lines removed in all: {total_removed}")


if __name__ == "__main__":
    main()
