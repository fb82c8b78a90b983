"""Name finders of `analyze.languages` on the BSNLP articles, per language: the measured baseline of degraded mode.

For each article, the backend's mentions (after the function-word filter, as the dossier gets them) are
compared with the article's gold forms (BSNLP lists each name form once per document, without offsets):

* recall: share of the document's distinct gold forms found, relaxed: a found form equals the gold form or one
  contains the other as whole words ("Donald Tusk" for gold "Tusk", "Tuskiem" is no match);
* precision: share of the document's distinct found forms that relaxed-match some gold form;
both micro-averaged over the documents of a language; `exact` columns count only identical forms (case kept). Types are not scored (the degraded finder has none).
Nothing is fitted here: the finder has no parameters learned from BSNLP, so every topic is held out.

Usage: PYTHONPATH=src .venv/bin/python bench/degraded_ner.py [--data ../shared/benchmarks/bsnlp]
       [--backend capitalised] [--langs bg,cs,pl,ru,sl,uk] [--topics brexit,nord_stream,ryanair] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdossier.analyze import parse  # noqa: E402
from newsdossier.analyze.languages import pipeline_for  # noqa: E402
from newsdossier.eval import bsnlp_data  # noqa: E402


def _words(form: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in re.findall(r"\w+", form))


def _contains(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return any(a[i:i + len(b)] == b for i in range(len(a) - len(b) + 1)) if b else False


def relaxed(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and (wa == wb or _contains(wa, wb) or _contains(wb, wa))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "benchmarks" / "bsnlp"))
    ap.add_argument("--backend", default="capitalised", help="capitalised | natasha | trained | spacy:<package>")
    ap.add_argument("--langs", default="bg,cs,pl,ru,sl,uk")
    ap.add_argument("--topics", default="")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    langs = [x for x in a.langs.split(",") if x]
    topics = [x for x in a.topics.split(",") if x] or None
    rows = {}
    for code in langs:
        pipeline = pipeline_for(code, backend=a.backend)
        docs = [b for b in bsnlp_data.load(Path(a.data), topics, [code]) if b.gold]
        t0 = time.perf_counter()
        gold_n = gold_found = pred_n = pred_ok = exact = 0
        for b in docs:
            text = b.doc.text
            found = {m.text for m in pipeline.names(text, parse(pipeline.nlp, text))}
            gold = {g.form for g in b.gold}
            gold_n += len(gold)
            gold_found += sum(1 for g in gold if any(relaxed(g, f) for f in found))
            pred_n += len(found)
            pred_ok += sum(1 for f in found if any(relaxed(f, g) for g in gold))
            exact += len(found & gold)
        r = gold_found / gold_n if gold_n else 0.0
        p = pred_ok / pred_n if pred_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        er, ep = (exact / gold_n if gold_n else 0.0), (exact / pred_n if pred_n else 0.0)
        rows[code] = {"documents": len(docs), "gold_forms": gold_n, "found_forms": pred_n, "recall": round(r, 3),
                      "precision": round(p, 3), "f1": round(f, 3),
                      "exact_recall": round(er, 3), "exact_precision": round(ep, 3),
                      "exact_f1": round(2 * ep * er / (ep + er) if ep + er else 0.0, 3), "mode": pipeline.mode, "ner": pipeline.ner,
                      "seconds": round(time.perf_counter() - t0, 1)}
    if a.json:
        print(json.dumps(rows, indent=1))
        return
    print(f"BSNLP {a.data} topics {','.join(topics or ['all'])}, backend {a.backend} (relaxed, distinct forms per document)")
    print(f"{'lang':<5}{'docs':>6}{'gold':>7}{'found':>7}{'recall':>8}{'prec':>7}{'F1':>7}{'exR':>7}{'exP':>7}{'exF1':>7}{'sec':>7}")
    for code, x in rows.items():
        print(f"{code:<5}{x['documents']:>6}{x['gold_forms']:>7}{x['found_forms']:>7}{x['recall']:>8.3f}"
              f"{x['precision']:>7.3f}{x['f1']:>7.3f}{x['exact_recall']:>7.3f}{x['exact_precision']:>7.3f}"
              f"{x['exact_f1']:>7.3f}{x['seconds']:>7.1f}")
    if rows:
        n = len(rows)
        print(f"{'mean':<5}{'':>20}{sum(x['recall'] for x in rows.values()) / n:>8.3f}"
              f"{sum(x['precision'] for x in rows.values()) / n:>7.3f}{sum(x['f1'] for x in rows.values()) / n:>7.3f}"
              f"{sum(x['exact_recall'] for x in rows.values()) / n:>7.3f}"
              f"{sum(x['exact_precision'] for x in rows.values()) / n:>7.3f}"
              f"{sum(x['exact_f1'] for x in rows.values()) / n:>7.3f}")


if __name__ == "__main__":
    main()
