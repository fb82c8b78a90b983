"""`newsdossier eval extraction`: main-text extraction against a gold article body.

Data layout (as the public article-extraction benchmark): `DIR/html/<id>.html.gz` and
`DIR/ground-truth.json` mapping id -> {"articleBody": ..., "url": ...}.

Modes:
  html  the ingest HTML extractor (`ingest.extract_html`, trafilatura underneath).
  text  a naive flattening of the page (`eval.flatten.flatten_html`, menus and footers
        included) followed by the line cleaner `clean.clean_text`; the flattened text
        scored as is is reported as the keep-everything baseline.

Scoring follows the benchmark's own evaluate.py: tokens are `\\w+` runs of the lower-cased
text; shingles are 4-token windows counted as a multiset; per document tp/fp/fn are normalised
to sum 1; precision is the mean over documents with some prediction, recall the mean over
documents with some gold text (macro averages), and F1 is the harmonic mean of those two
means. The mean of per-document F1 is reported too (`f1_doc_mean`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
import zlib
from collections import Counter
from pathlib import Path
from typing import Any, Callable, NamedTuple

_TOKEN = re.compile(r"\w+")


# --------------------------------------------------------------------------- scoring

def tokenize(text: str | None) -> list[str]:
    return _TOKEN.findall((text or "").lower())


def shingles(text: str | None, n: int = 4) -> Counter:
    """Multiset of n-token shingles; a text shorter than n gives one short shingle (as upstream)."""
    toks = tokenize(text)
    out: Counter = Counter()
    for i in range(max(1, len(toks) - n + 1)):
        sh = tuple(toks[i:i + n])
        if sh:
            out[sh] += 1
    return out


def shingle_counts(gold: str | None, pred: str | None, n: int = 4) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of predicted vs gold shingles."""
    g, p = shingles(gold, n), shingles(pred, n)
    tp = fp = fn = 0.0
    for key in set(g) | set(p):
        gc, pc = g.get(key, 0), p.get(key, 0)
        tp += min(gc, pc)
        fp += max(0, pc - gc)
        fn += max(0, gc - pc)
    s = tp + fp + fn
    if s > 0:
        tp, fp, fn = tp / s, fp / s, fn / s
    return tp, fp, fn


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def score_pair(gold: str | None, pred: str | None) -> dict[str, float]:
    """Precision, recall, F1 of one prediction against one gold text."""
    tp, fp, fn = shingle_counts(gold, pred)
    p, r = _precision(tp, fp, fn), _recall(tp, fp, fn)
    return {"precision": p, "recall": r, "f1": _f1(p, r), "tp": tp, "fp": fp, "fn": fn}


def aggregate(per_doc: list[dict[str, float]]) -> dict[str, float]:
    """Benchmark aggregation (macro): see the module docstring."""
    ps = [d["precision"] for d in per_doc if d["tp"] + d["fp"] > 0]
    rs = [d["recall"] for d in per_doc if d["tp"] + d["fn"] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f1_docs = [d["f1"] for d in per_doc]
    return {
        "precision": p,
        "recall": r,
        "f1": _f1(p, r),
        "f1_doc_mean": sum(f1_docs) / len(f1_docs) if f1_docs else 0.0,
    }


# --------------------------------------------------------------------------- data

def _decode(data: bytes) -> str:
    from ..ingest import decode_bytes

    return decode_bytes(data)[0]


class Page(NamedTuple):
    id: str
    html: str
    gold: str  # the benchmark's article body
    url: str | None
    error: str | None = None  # why the page could not be read (then html is "")


def load_pages(data_dir: Path, limit: int | None = None) -> list[Page]:
    """The benchmark's pages sorted by id.

    A page that cannot be read (missing or corrupt .html.gz) gets html "" and says why in `error`,
    so the report counts it as a failed page instead of a page the extractor found empty.
    """
    gt = json.loads((Path(data_dir) / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for pid in sorted(gt):
        if limit is not None and len(out) >= limit:
            break
        rec = gt[pid] or {}
        html, error = "", None
        try:
            html = _decode(gzip.decompress((Path(data_dir) / "html" / f"{pid}.html.gz").read_bytes()))
        except (OSError, EOFError, zlib.error) as exc:  # gzip raises BadGzipFile (an OSError), EOFError, zlib.error
            error = f"cannot read page: {type(exc).__name__}: {exc}"[:200]
        out.append(Page(pid, html, rec.get("articleBody") or "", rec.get("url"), error))
    return out


# --------------------------------------------------------------------------- extractors

def _html_extractor() -> Callable[[str, str | None], str]:
    from ..ingest import extract_html

    def extract(html: str, url: str | None) -> str:
        out = extract_html(html, url)
        if out.get("error"):  # the extractor's own failure report: counted as a failed page, not an empty one
            raise ExtractionFailed(out["error"])
        return out.get("text") or ""

    return extract


def _text_extractor() -> Callable[[str, str | None], str]:
    from ..clean import clean_text
    from ..textutil import normalize_text
    from .flatten import flatten_html

    return lambda html, url: clean_text(normalize_text(flatten_html(html))).text


class ExtractionFailed(Exception):
    """The extractor reported that it could not process a page."""


def _safe(fn: Callable[[str, str | None], str], html: str, url: str | None) -> tuple[str, str | None]:
    """Run one extractor on one page; a failure scores as empty output AND is counted and shown in the report
    (`errors`, each page's `error`), so one bad page neither stops the eval nor passes unnoticed."""
    try:
        return fn(html, url) or "", None
    except Exception as exc:  # best-effort: an extractor (an outside library) that fails on a page scores it empty; counted and shown
        return "", f"{type(exc).__name__}: {exc}"[:200]


# --------------------------------------------------------------------------- CLI

def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--mode", choices=["html", "text"], default="html",
                   help="html: ingest extractor on the page; text: flattened page + clean_text")
    p.add_argument("--limit", type=int, default=None, help="only the first N pages (sorted by id)")


def _flattened(html: str, url: str | None) -> str:
    """The keep-everything baseline: the page's visible text, as a naive scraper keeps it."""
    from ..textutil import normalize_text
    from .flatten import flatten_html

    return normalize_text(flatten_html(html))


def main(args: Any) -> dict[str, Any]:
    data = Path(args.data)
    mode = getattr(args, "mode", "html") or "html"
    limit = getattr(args, "limit", None)
    t0 = time.perf_counter()
    pages = load_pages(data, limit)
    if mode == "text":
        extract = _text_extractor()
        baseline_fn: Callable[[str, str | None], str] | None = _flattened
    else:
        extract = _html_extractor()
        baseline_fn = None
    per_doc: list[dict[str, Any]] = []
    base_docs: list[dict[str, float]] = []
    errors = base_errors = 0
    for pid, html, gold, url, read_error in pages:
        pred, err = ("", read_error) if read_error else _safe(extract, html, url)
        s = score_pair(gold, pred)
        row: dict[str, Any] = {"id": pid, **{k: round(v, 4) for k, v in s.items()}}
        if err:
            row["error"] = err
            errors += 1
        per_doc.append(row)
        if baseline_fn is not None:
            base_pred, base_err = ("", read_error) if read_error else _safe(baseline_fn, html, url)
            base_errors += base_err is not None
            base_docs.append(score_pair(gold, base_pred))
    result: dict[str, Any] = {
        "task": "extraction",
        "mode": mode,
        "data": str(data),
        "n": len(per_doc),
        "errors": errors,
        **aggregate(per_doc),
        "averaging": "macro over documents (benchmark evaluate.py); f1 = harmonic mean of mean P and mean R",
        "tokens": "re.findall(r'\\w+', text.lower()), 4-token shingles, multiset counts",
        "seconds": round(time.perf_counter() - t0, 2),
        "per_doc": per_doc,
    }
    if base_docs:
        result["baseline"] = {"name": "flattened page, kept as is", "errors": base_errors, **aggregate(base_docs)}
    return result


def format_report(result: dict[str, Any]) -> str:
    lines = [
        f"extraction eval  mode={result.get('mode')}  pages={result.get('n')}  errors={result.get('errors', 0)}"
        f"  time={result.get('seconds', 0):.1f}s",
        f"{'system':<28} {'precision':>9} {'recall':>7} {'F1':>6} {'F1(doc mean)':>13}",
    ]

    def row(name: str, r: dict[str, Any]) -> str:
        return (f"{name:<28} {r.get('precision', 0):>9.3f} {r.get('recall', 0):>7.3f} {r.get('f1', 0):>6.3f}"
                f" {r.get('f1_doc_mean', 0):>13.3f}")

    name = "extract_html" if result.get("mode") == "html" else "flatten + clean_text"
    lines.append(row(name, result))
    if result.get("baseline"):
        lines.append(row("baseline (flattened, as is)", result["baseline"]))
    lines.append("scoring: 4-word shingles over lower-cased \\w+ tokens; macro means over documents")
    failed = [d for d in result.get("per_doc", []) if d.get("error")]
    if failed:
        lines.append(f"failed pages ({len(failed)}, scored as empty output): "
                     + "; ".join(f"{d['id'][:12]}: {d['error']}" for d in failed[:5]))
    worst = sorted(result.get("per_doc", []), key=lambda d: d.get("f1", 0))[:5]
    if worst:
        lines.append("lowest F1: " + ", ".join(f"{d['id'][:12]}={d['f1']:.2f}" for d in worst))
    return "\n".join(lines)


def _cli(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="newsdossier eval extraction")
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--json", action="store_true")
    add_arguments(p)
    args = p.parse_args(argv)
    res = main(args)
    print(json.dumps(res, ensure_ascii=False, indent=1) if args.json else format_report(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(_cli())
