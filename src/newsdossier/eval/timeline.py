"""Timeline summarization (ML-Crisis layout): date F1 and alignment-based ROUGE-1/2 F1 via tilse."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def add_arguments(p) -> None:
    p.add_argument("--lang", default="fr", help="language folder under DATA (default fr)")
    p.add_argument("--topic", action="append", default=None, help="only this topic (repeatable)")


def read_reference(path: str | Path) -> dict[date, list[str]]:
    """`<date line>`, sentence lines, a line of dashes; repeated. Unreadable or odd lines are skipped."""
    out: dict[date, list[str]] = {}
    cur: date | None = None
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return out
    for ln in lines:
        s = ln.strip()
        if not s:
            continue
        if re.fullmatch(r"-{5,}", s):
            cur = None
            continue
        if cur is None and _DAY.match(s):
            try:
                cur = date.fromisoformat(s)
            except ValueError:
                cur = None
                continue
            out.setdefault(cur, [])
            continue
        if cur is not None:
            out[cur].append(s)
    return {d: sents for d, sents in out.items() if sents}


def tokenize(text: str) -> str:
    """Space-separated tokens like the reference (punctuation and elided articles split off)."""
    text = re.sub(r"([’'])", r"\1 ", text)
    text = re.sub(r"([.,;:!?()«»\"“”\[\]])", r" \1 ", text)
    return " ".join(text.split())


def load_topic(folder: Path):
    """The topic's documents, each published on its folder's date (`<topic>/<YYYY-MM-DD>/*.txt`)."""
    from ..ingest import ingest

    res = ingest([folder])
    for d in res.documents:
        m = re.search(r"(\d{4}-\d{2}-\d{2})", str(Path(d.path or "").parent.name))
        if m:
            d.published, d.published_basis = m.group(1), "metadata"
    return res.documents


def predict(docs, n_dates: int, n_sents: int, embed=None) -> dict[date, list[str]]:
    """Build the story timeline, keep the n_dates best-attested days and n_sents sentences each."""
    from ..analyze import analyze_documents
    from ..pipeline import publication_dates
    from ..clean import clean_documents
    from ..crossdoc.entities import group_entities
    from ..crossdoc.timeline import build_timeline

    clean_documents(docs)
    analyze_documents(docs)
    publication_dates([d for d in docs if d.text.strip()])  # as build runs it
    usable = [d for d in docs if d.text.strip()]
    group_entities(usable)
    kwargs = {"embed": embed} if embed is not None else {}
    entries = build_timeline(usable, **kwargs)
    by_day: dict[str, list] = {}
    for e in entries:
        if _DAY.match(e.date):
            by_day.setdefault(e.date, []).append(e)
    # a day's weight: how many distinct documents date something to it
    weight = {k: len({ev.doc for e in v for ev in e.evidence}) + 0.1 * sum(len(e.evidence) for e in v)
              for k, v in by_day.items()}
    days = sorted(weight, key=lambda k: (-weight[k], k))[:n_dates]
    out: dict[date, list[str]] = {}
    for k in days:
        ents = sorted(by_day[k], key=lambda e: (-len({ev.doc for ev in e.evidence}), -len(e.evidence)))
        sents = []
        for e in ents[:n_sents]:
            sents.append(tokenize(e.evidence[0].text))
        out[date.fromisoformat(k)] = sents
    return out


def score(pred: dict[date, list[str]], ref: dict[date, list[str]]) -> dict:
    from tilse.data import timelines
    from tilse.evaluation import dates as tdates
    from tilse.evaluation import rouge

    gt = timelines.GroundTruth([timelines.Timeline(ref)])
    if not pred:
        zero = {"precision": 0.0, "recall": 0.0, "f_score": 0.0}
        return {"date": zero, "agreement": {"rouge_1": zero, "rouge_2": zero},
                "align_date_content_costs_many_to_one": {"rouge_1": zero, "rouge_2": zero}}
    tl = timelines.Timeline(pred)
    ev = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation="reimpl")
    return {"date": tdates.evaluate_dates(tl, gt),
            "agreement": ev.evaluate_agreement(tl, gt),
            "align_date_content_costs_many_to_one": ev.evaluate_align_date_content_costs_many_to_one(tl, gt)}


def main(args) -> dict:
    data = Path(args.data)
    lang = getattr(args, "lang", "fr") or "fr"
    base = data / lang
    ref_dir = base / "reference"
    topics = getattr(args, "topic", None) or sorted(p.stem for p in ref_dir.glob("*.txt"))
    results = {}
    for topic in topics:
        ref = read_reference(ref_dir / f"{topic}.txt")
        folder = base / topic
        if not ref or not folder.is_dir():
            results[topic] = {"error": "reference or topic folder missing"}
            continue
        n_dates = len(ref)
        n_sents = max(1, round(sum(len(v) for v in ref.values()) / n_dates))
        docs = load_topic(folder)
        pred = predict(docs, n_dates, n_sents)
        s = score(pred, ref)
        results[topic] = {
            "documents": len(docs), "reference_dates": n_dates, "sentences_per_date": n_sents,
            "predicted_dates": len(pred),
            "date_f1": round(s["date"]["f_score"], 4),
            "date": {k: round(v, 4) for k, v in s["date"].items()},
            "agreement": _round(s["agreement"]),
            "align_m_to_1": _round(s["align_date_content_costs_many_to_one"]),
            "dates_hit": sorted(str(d) for d in set(pred) & set(ref)),
        }
    ok = [r for r in results.values() if "error" not in r]

    def mean(f):
        return round(sum(f(r) for r in ok) / len(ok), 4) if ok else 0.0

    return {"task": "timeline", "data": str(data), "lang": lang, "topics": results,
            "mean": {"date_f1": mean(lambda r: r["date_f1"]),
                     "ar1_f1": mean(lambda r: r["agreement"]["rouge_1"]["f_score"]),
                     "ar2_f1": mean(lambda r: r["agreement"]["rouge_2"]["f_score"]),
                     "align_m1_r1_f1": mean(lambda r: r["align_m_to_1"]["rouge_1"]["f_score"]),
                     "align_m1_r2_f1": mean(lambda r: r["align_m_to_1"]["rouge_2"]["f_score"])}}


def _round(d: dict) -> dict:
    return {m: {k: round(v, 4) for k, v in x.items()} for m, x in d.items()}


def format_report(result: dict) -> str:
    lines = [f"timeline eval on {result['data']} ({result['lang']}), tilse reimplementation of ROUGE"]
    for t, r in result["topics"].items():
        if "error" in r:
            lines.append(f"  {t}: {r['error']}")
            continue
        lines.append(f"  {t}: {r['documents']} documents, reference {r['reference_dates']} dates x "
                     f"{r['sentences_per_date']} sentences, predicted {r['predicted_dates']} dates")
        lines.append(f"    date F1 {r['date_f1']:.3f}   AR-1 F1 {r['agreement']['rouge_1']['f_score']:.3f}   "
                     f"AR-2 F1 {r['agreement']['rouge_2']['f_score']:.3f}   "
                     f"align m:1 R-1 F1 {r['align_m_to_1']['rouge_1']['f_score']:.3f}   "
                     f"R-2 F1 {r['align_m_to_1']['rouge_2']['f_score']:.3f}")
    m = result["mean"]
    lines.append(f"mean: date F1 {m['date_f1']:.3f}  AR-1 F1 {m['ar1_f1']:.3f}  AR-2 F1 {m['ar2_f1']:.3f}  "
                 f"align m:1 R-1 F1 {m['align_m1_r1_f1']:.3f}  R-2 F1 {m['align_m1_r2_f1']:.3f}")
    return "\n".join(lines)


__all__ = ["add_arguments", "main", "format_report", "read_reference", "score", "tokenize"]
