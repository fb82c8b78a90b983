"""Date audit of a built dossier: publication dates and the years given to expressions written without one.

    python bench/date_audit.py OUTDIR/dossier.json [--examples N] [--json]

Why: a wrong year is the date error a reader notices least and trusts most ("the Nov. 8 election" placed a
year early). Without gold, the audit counts what should not happen:
  * documents: how each publication date was decided (metadata, dateline, inferred, none) and, when the
    file name carries a date (`outlet_2016-10-03_slug.txt`, taken as the reference), how many dates differ
    from it in day or in year;
  * datelines: documents whose publication date came from a dateline, and those where the dateline's year
    differs from the reference (a dateline that changed a year);
  * year-less expressions (no year written: "Nov. 8", "in March", "on Thursday", "last week"): how many were
    resolved to a year other than the publication year, split into one year back and one year ahead, with
    examples. Some are right (a January report about "December"); the count is a signal, not an error rate.
The reference year is the file name's date when there is one, else the document's publication date.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

_NAME_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([-_.])([01][0-9])\2([0-3][0-9])(?![0-9])")
_WRITTEN_YEAR = re.compile(r"(?<![0-9])(?:1[5-9]|20)[0-9]{2}(?![0-9])|['’][0-9]{2}\b")
_DATED_VALUE = re.compile(r"^([0-9]{4})(?:-|$)")


def name_date(path: str | None) -> date | None:
    """The one full date a file name carries, or None (none, two, or not a calendar day)."""
    found = _NAME_DATE.findall(Path(path or "").name.split(":")[0])
    if len(found) != 1:
        return None
    y, _, m, d = found[0]
    try:
        return date(int(y), int(m), int(d))
    except ValueError:  # "2016-02-30": not a day
        return None


def _iso(v: str | None) -> date | None:
    try:
        return date.fromisoformat(v[:10]) if v else None
    except ValueError:  # not an ISO day
        return None


def audit(dossier: dict, n_examples: int = 8) -> dict:
    docs = dossier.get("documents", [])
    basis: Counter = Counter()
    out = {"documents": len(docs), "with_file_name_date": 0, "published_day_differs": 0, "published_year_differs": 0,
           "dateline_documents": 0, "dateline_changed_year": 0, "yearless": 0, "yearless_year_differs": 0,
           "yearless_year_back": 0, "yearless_year_ahead": 0, "examples": [], "dateline_examples": []}
    for d in docs:
        pub = _iso(d.get("published"))
        basis[d.get("published_basis") or "unknown" if pub else "none"] += 1
        ref_day = name_date(d.get("path"))
        if ref_day is not None:
            out["with_file_name_date"] += 1
            if pub != ref_day:
                out["published_day_differs"] += 1
            if pub is None or pub.year != ref_day.year:
                out["published_year_differs"] += 1
        ref_day = ref_day or pub
        meta = d.get("meta") or {}
        dl = _iso(meta.get("dateline_published")) or (pub if d.get("published_basis") == "dateline" else None)
        if dl is not None:
            out["dateline_documents"] += 1
            if ref_day is not None and dl.year != ref_day.year:
                out["dateline_changed_year"] += 1
                out["dateline_examples"].append({"doc": d.get("id"), "dateline": meta.get("dateline"),
                                                 "dateline_date": dl.isoformat(), "reference": ref_day.isoformat()})
        if ref_day is None:
            continue
        for t in d.get("timexes", []):
            m = _DATED_VALUE.match(t.get("value") or "")
            if t.get("type") not in ("DATE", "TIME") or not m or _WRITTEN_YEAR.search(t.get("text") or ""):
                continue
            out["yearless"] += 1
            gap = int(m.group(1)) - ref_day.year
            if gap:
                out["yearless_year_differs"] += 1
                out["yearless_year_back" if gap < 0 else "yearless_year_ahead"] += 1
                if len(out["examples"]) < n_examples:
                    out["examples"].append({"doc": d.get("id"), "text": t.get("text"), "value": t.get("value"),
                                            "reference": ref_day.isoformat(), "tense": t.get("tense")})
    out["published_basis"] = dict(sorted(basis.items()))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("dossier", help="a built dossier.json")
    p.add_argument("--examples", type=int, default=8, help="examples of year-less expressions in another year")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = p.parse_args(argv)
    try:
        dossier = json.loads(Path(args.dossier).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"cannot read {args.dossier}: {exc}", file=sys.stderr)
        return 2
    r = audit(dossier, args.examples)
    if args.json:
        print(json.dumps(r, indent=1, ensure_ascii=False))
        return 0
    print(f"documents {r['documents']}; publication date basis {r['published_basis']}")
    print(f"file name carries a date: {r['with_file_name_date']}; published differs from it: day "
          f"{r['published_day_differs']}, year {r['published_year_differs']}")
    print(f"dateline-dated documents {r['dateline_documents']}; dateline year differs from the reference "
          f"{r['dateline_changed_year']}")
    print(f"year-less expressions {r['yearless']}; resolved to another year {r['yearless_year_differs']} "
          f"(back {r['yearless_year_back']}, ahead {r['yearless_year_ahead']})")
    for e in r["examples"]:
        print(f"  {e['doc']}: {e['text']!r} = {e['value']} (reference {e['reference']}, tense {e['tense']})")
    for e in r["dateline_examples"]:
        print(f"  dateline {e['doc']}: {e['dateline']!r} -> {e['dateline_date']} (reference {e['reference']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
