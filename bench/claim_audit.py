"""Audit the claims of a built dossier: counts by status, values per claim, subject/time coverage, samples.

Usage: .venv/bin/python bench/claim_audit.py DOSSIER.json [--status conflict] [--samples 20] [--seed 0]
       [--json]

Why: a claim verdict is only useful when a reader can check it; this prints each sampled claim with what it
is about, when, and every value in its sentence, so conflicts can be judged right or wrong by hand. Samples
are drawn with a fixed seed, so two dossiers (before/after a change) can be judged on equal terms.
Reads the dossier@2 fields (subject, when, each value's sentence); older dossiers print without them.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections import Counter
from pathlib import Path


def _load(path: str) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        sys.exit(f"claim_audit: cannot read {path}: {e}")
    if not isinstance(data, dict) or not isinstance(data.get("claims"), list):
        sys.exit(f"claim_audit: {path} is not a dossier (no claims list)")
    return data


def counts(dossier: dict) -> dict:
    """The figures of the audit: claims by status, values and sources per claim, subject and time coverage."""
    claims = [c for c in dossier["claims"] if isinstance(c, dict)]
    by_status = Counter(str(c.get("status")) for c in claims)
    nvals = [len(c.get("values") or []) for c in claims]
    ndocs = [len({v.get("doc") for v in c.get("values") or []}) for c in claims]
    multi = [c for c in claims if len({v.get("doc") for v in c.get("values") or []}) > 1]
    return {
        "claims": len(claims),
        "by_status": dict(sorted(by_status.items())),
        "values": sum(nvals),
        "values_per_claim_mean": round(statistics.mean(nvals), 2) if nvals else 0.0,
        "values_per_claim_max": max(nvals, default=0),
        "multi_document_claims": len(multi),
        "documents_per_multi_claim_mean": round(statistics.mean([n for n in ndocs if n > 1]), 2) if multi else 0.0,
        "with_subject": sum(1 for c in claims if c.get("subject")),
        "with_when": sum(1 for c in claims if c.get("when")),
        "values_with_sentence": sum(1 for c in claims for v in c.get("values") or [] if v.get("sentence")),
    }


def _sentence(v: dict, texts: dict[str, str]) -> str:
    s = v.get("sentence")
    text = texts.get(v.get("doc"), "")
    if isinstance(s, dict) and isinstance(s.get("start"), int) and isinstance(s.get("end"), int):
        return " ".join(text[s["start"]:s["end"]].split())
    start = v.get("start") if isinstance(v.get("start"), int) else 0
    return " ".join(text[max(0, start - 120):start + 120].split())  # no sentence offsets: a window around it


def show(claim: dict, names: dict[str, str], texts: dict[str, str], width: int = 240) -> str:
    subj = claim.get("subject")
    lines = [f"[{claim.get('status')}] {claim.get('measure')!r}  subject={names.get(subj, subj)!r}  "
             f"when={claim.get('when')!r}  ({len(claim.get('values') or [])} values)",
             f"    why: {claim.get('explanation')}"]
    for v in claim.get("values") or []:
        sent = _sentence(v, texts)
        lines.append(f"    - {v.get('doc')}: {v.get('text')!r} [{v.get('qualifier')} {v.get('low')}..{v.get('high')}]"
                     f" as of {v.get('date_context')}\n        {sent[:width]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dossier")
    ap.add_argument("--status", default="conflict", help="which claims to sample (conflict, update, ..., or all)")
    ap.add_argument("--samples", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", action="store_true", help="print only the counts, as JSON")
    args = ap.parse_args(argv)
    dossier = _load(args.dossier)
    figures = counts(dossier)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for k, v in figures.items():
        print(f"{k:32s} {v}")
    names = {e.get("id"): e.get("name") for e in dossier.get("entities") or [] if isinstance(e, dict)}
    texts = {d.get("id"): d.get("text") or "" for d in dossier.get("documents") or [] if isinstance(d, dict)}
    pool = [c for c in dossier["claims"] if isinstance(c, dict) and (args.status == "all" or c.get("status") == args.status)]
    pick = random.Random(args.seed).sample(pool, min(args.samples, len(pool)))
    print(f"\n{len(pick)} of {len(pool)} '{args.status}' claims (seed {args.seed}):\n")
    for i, c in enumerate(pick, 1):
        print(f"#{i} " + show(c, names, texts) + "\n")


if __name__ == "__main__":
    main()
