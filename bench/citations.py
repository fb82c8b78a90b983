"""Citations per summary sentence and how well their support passages hold, for a built dossier.json.

Usage: PYTHONPATH=src .venv/bin/python bench/citations.py OUT/dossier.json [--sample N] [--seed S] [--json]

For every summary sentence: the documents it cites besides its own (``sources`` minus its own document), the
families they belong to (copies of one report count once), and for each support passage the support model's
P(passage says the sentence) (``newsdossier.summarize.support``, the weights shipped with the code). Works on
any dossier@2 file, so a dossier built before the support model can be scored the same way. ``--sample N``
prints N random citations (sentence, cited passage, score) for a reader to judge by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from pathlib import Path

import numpy as np

from newsdossier.config import current
from newsdossier.embed import embed
from newsdossier.summarize.support import profile, rarity, supports


def citations(data: dict) -> tuple[list[dict], list[dict]]:
    """(per sentence: cited documents and families, per citation: sentence, passage, score)."""
    family = {d["id"]: d.get("family") or d["id"] for d in data.get("documents", [])}
    per_sentence, cited = [], []
    for n, s in enumerate(data.get("summary", [])):
        own = s.get("doc") or (s.get("sources") or [None])[0]
        others = [d for d in dict.fromkeys(s.get("sources", [])) if d != own]
        fams = {family.get(d, d) for d in others} - {family.get(own, own)}
        per_sentence.append({"sentence": n, "cited": len(others), "families": len(fams)})
        passages = {sp["doc"]: sp for sp in s.get("support", []) if sp.get("doc") != own}
        for d in others:
            sp = passages.get(d)
            cited.append({"sentence": n, "text": s["text"], "doc": d, "passage": sp["text"] if sp else None})
    # each name's and stem's rarity among the documents (whole texts: the dossier keeps no sentence layer)
    rare = rarity([[profile(d.get("text") or "")] for d in data.get("documents", [])])
    texts = list(dict.fromkeys([c["text"] for c in cited] + [c["passage"] for c in cited if c["passage"]]))
    vec = dict(zip(texts, embed(texts))) if texts else {}
    for c in cited:
        if c["passage"] is None:
            c["score"] = 0.0  # a citation without a passage: nothing a reader could check
            continue
        cos = float(vec[c["text"]] @ vec[c["passage"]])
        c["cosine"] = round(cos, 3)
        c["score"] = round(supports(cos, profile(c["text"]), profile(c["passage"]), rare), 3)
    return per_sentence, cited


def report(path: Path, sample: int, seed: int) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    per_sentence, cited = citations(data)
    threshold = current().summary.support_probability
    scores = np.array([c["score"] for c in cited]) if cited else np.zeros(0)
    counts = [p["cited"] for p in per_sentence]
    out = {
        "dossier": str(path), "sentences": len(per_sentence),
        "cited_per_sentence": round(statistics.mean(counts), 2) if counts else 0.0,
        "families_per_sentence": round(statistics.mean(p["families"] for p in per_sentence), 2) if counts else 0.0,
        "max_cited": max(counts, default=0), "citations": len(cited),
        "score_quantiles": {q: round(float(np.quantile(scores, q / 100)), 3) for q in (10, 25, 50, 75, 90)}
        if len(scores) else {},
        "model_support_share": round(float((scores >= threshold).mean()), 3) if len(scores) else None,
        "model_expected_support": round(float(scores.mean()), 3) if len(scores) else None,
        "threshold": threshold, "per_sentence": per_sentence,
    }
    if sample:
        rnd = random.Random(seed)
        out["sample"] = rnd.sample(cited, min(sample, len(cited)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dossier", type=Path)
    ap.add_argument("--sample", type=int, default=0, help="print this many random citations to judge by hand")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    r = report(args.dossier, args.sample, args.seed)
    if args.json:
        print(json.dumps(r, ensure_ascii=False, indent=2))
        return
    print(f"{r['dossier']}: {r['sentences']} summary sentences, {r['citations']} citations")
    print(f"  cited documents per sentence {r['cited_per_sentence']} (families {r['families_per_sentence']}, "
          f"max {r['max_cited']})")
    print(f"  support score quantiles {r['score_quantiles']}")
    print(f"  model: share of citations with P >= {r['threshold']}: {r['model_support_share']}, "
          f"mean P {r['model_expected_support']}")
    for c in r.get("sample", []):
        print(f"\n[{c['sentence']}] {c['text']}\n  -> {c['doc']} (P {c['score']}): {c['passage']}")


if __name__ == "__main__":
    sys.exit(main())
