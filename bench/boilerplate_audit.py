"""Lines removed as boilerplate repeated across documents (`clean.boilerplate_lines`) on a folder of texts.

Reads the folder as `build` does (`ingest`), cleans the pile (`clean.clean_documents`) and lists every
line removed with a "repeated-across-N-documents" reason, with its document; prints counts as JSON last.
Judge the listed lines by hand: is each one boilerplate (footer, header, promo) or article content?

Usage: PYTHONPATH=src .venv/bin/python bench/boilerplate_audit.py FOLDER [--show N]
  e.g. ../shared/benchmarks/ml-crisis-sample/fr/yemen  and  ../shared/benchmarks/polnear/dev/text
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdossier.clean import clean_documents  # noqa: E402
from newsdossier.ingest import ingest  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder")
    ap.add_argument("--show", type=int, default=40, help="lines to list (in document order)")
    ap.add_argument("--all-reasons", action="store_true",
                    help="list and count lines removed for any reason, not only repetition across documents")
    a = ap.parse_args()
    docs = ingest([a.folder]).documents
    clean_documents(docs)
    gone = [(d, r) for d in docs for r in d.removed if a.all_reasons or r.reason.startswith("repeated-across-")]
    for d, r in gone[: a.show]:
        print(f"{d.id} line {r.line} ({r.reason}, {r.score}): {r.text[:160]}")
    retitled = [d for d in docs if d.meta.get("title_basis") == "first line after repeated boilerplate"]
    for d in retitled:
        print(f"retitled {d.id}: {d.meta['title_original'][:80]!r} -> {d.title[:80]!r}")
    print(json.dumps({"documents": len(docs), "lines_removed_as_repeated": len(gone),
                      "distinct_lines": len({r.text for _, r in gone}),
                      "documents_touched": len({d.id for d, _ in gone}),
                      "all_lines": sum(len((d.raw_text or "").splitlines()) for d in docs),
                      "retitled": len(retitled),
                      "reasons": dict(Counter(r.reason for _, r in gone))}, indent=1))


if __name__ == "__main__":
    main()
