"""Temporal expressions on TimeML (TempEval-3 Task A): extent, value and type F1; hidden-DCT inference."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from .splits import PARTS, add_part_argument, part_of, select
from .timeml import Counts, read_folder, score_document

EXAMPLES_PER_CLASS = 6


def add_arguments(p) -> None:
    p.add_argument("--lang", default="en", help="language of the documents (default en)")
    p.add_argument("--no-dct", dest="dct", action="store_false",
                   help="skip the publication-date inference evaluation (hidden DCT)")
    p.add_argument("--limit", type=int, default=0, help="only the first N documents (0 = all)")
    p.add_argument("--errors", type=int, default=EXAMPLES_PER_CLASS, help="examples shown per error class")
    add_part_argument(p)


def parse_text(text: str):
    """The text the tagger sees: single line breaks inside paragraphs become spaces (same length, so
    offsets stay valid); the project's parser otherwise ends a sentence at every line break."""
    return re.sub(r"(?<!\n)\n(?!\n)", " ", text)


_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|janvier|février|mars|avril|mai|juin|juillet|"
          r"août|septembre|octobre|novembre|décembre")
_WRITTEN_DAY = re.compile(rf"\b(?:{_MONTH})\s+\d{{1,2}}(?!\d)|\b\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?:{_MONTH})(?!\w)|"
                          r"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b", re.I)


def _has_day_cue(doc) -> bool:
    """The text fixes a calendar day: gold has a DATE/TIME expression with a day-level value whose own words
    write a month and a day number ("Aug. 7", "July 4, 1998", "7/4/98"). A bare weekday, "today" or a clock
    time ("10:35 a.m.", whose day comes from elsewhere) does not count."""
    return any(t.type in ("DATE", "TIME") and t.value and re.match(r"\d{4}-\d{2}-\d{2}", t.value)
               and _WRITTEN_DAY.search(t.text or "") for t in doc.timexes)


def _writes_publication_day(doc) -> bool:
    """The text writes (month and day) the publication day or a day next to it: the only documents where
    the exact day can be read rather than guessed. Most explicit dates in news are older events (on
    TempEval-3 the latest one told in the past is a median of about four weeks before the DCT), and a bare
    weekday names a day of an unknown week."""
    from datetime import date

    try:
        dct = date.fromisoformat(doc.dct[:10])
    except (TypeError, ValueError):
        return False
    for t in doc.timexes:
        v = (t.value or "")[:10]
        if t.type in ("DATE", "TIME") and re.match(r"\d{4}-\d{2}-\d{2}$", v) and _WRITTEN_DAY.search(t.text or ""):
            try:
                if abs((date.fromisoformat(v) - dct).days) <= 1:
                    return True
            except ValueError:
                pass
    return False


def main(args) -> dict:
    from ..analyze import load_nlp
    from ..analyze.temporal import infer_dct
    from ..analyze.temporal import find_timexes

    data = Path(args.data)
    docs = select(read_folder(data), lambda d: d.id, getattr(args, "part", "all"))
    if getattr(args, "limit", 0):
        docs = docs[: args.limit]
    lang = getattr(args, "lang", "en") or "en"
    n_examples = getattr(args, "errors", EXAMPLES_PER_CLASS)
    nlp = load_nlp()
    total = Counts()
    by_part = {q: Counts() for q in PARTS}
    part_n: Counter = Counter()
    per_type: dict[str, Counts] = defaultdict(Counts)
    err_count: Counter = Counter()
    err_examples: dict[str, list] = defaultdict(list)
    dct_rows = []
    texts = [parse_text(d.text) for d in docs]
    for d, text, sdoc in zip(docs, texts, nlp.pipe(texts, batch_size=16)):
        system = find_timexes(text, d.dct, spacy_doc=sdoc, lang=lang)
        c, errors = score_document(d.timexes, system, text)
        total.add(c)
        q = part_of(d.id)
        by_part[q].add(c)
        part_n[q] += 1
        if q != "tune":  # the check half is never read: its errors are counted in the scores, not shown
            errors = []
        for typ in {g.type for g in d.timexes} | {s.type for s in system}:
            g = [x for x in d.timexes if x.type == typ]
            s = [x for x in system if x.type == typ]
            ct, _ = score_document(g, s, text)
            per_type[typ].add(ct)
        for e in errors:
            key = f"{e['kind']}/{e['type']}"
            err_count[key] += 1
            if len(err_examples[key]) < n_examples:
                err_examples[key].append({"doc": d.id, "gold": e["gold"], "system": e["system"]})
        if getattr(args, "dct", True) and d.dct:
            guess, conf, reason = infer_dct(text, spacy_doc=sdoc, lang=lang)
            try:
                year = int(d.dct[:4])
            except ValueError:
                year = None
            guess_y, _, reason_y = infer_dct(text, spacy_doc=sdoc, lang=lang, year_hint=year)
            dct_rows.append((d.id, d.dct, guess, conf, reason, _has_day_cue(d), guess_y, reason_y,
                             _writes_publication_day(d)))
    result = {
        "task": "timex",
        "data": str(data),
        "documents": len(docs),
        "overall": total.scores(),
        "per_type": {k: v.scores() for k, v in sorted(per_type.items())},
        "parts": {q: {"documents": part_n[q], **by_part[q].scores()} for q in PARTS if part_n[q]},
        "errors": {k: {"count": n, "examples": err_examples[k]} for k, n in err_count.most_common()},
    }
    if dct_rows:
        result["dct"] = _dct_scores(dct_rows, n_examples)
    return result


def _dct_scores(rows, n_examples) -> dict:
    from datetime import date

    def diff(gold, guess):
        try:
            return abs((date.fromisoformat(gold) - date.fromisoformat(guess)).days)
        except (TypeError, ValueError):
            return None

    def block(sel):
        n = len(sel)
        exact = sum(1 for r in sel if diff(r[1], r[2]) == 0)
        near = sum(1 for r in sel if (x := diff(r[1], r[2])) is not None and x <= 1)
        answered = sum(1 for r in sel if r[2])
        return {"documents": n, "answered": answered,
                "exact": round(100 * exact / n, 2) if n else 0.0,
                "within_1_day": round(100 * near / n, 2) if n else 0.0}

    cued = [r for r in rows if r[5]]
    year_rows = [(r[0], r[1], r[6]) for r in cued]
    written = [r for r in rows if r[8]]
    wrong = [{"doc": r[0], "gold": r[1], "guess": r[6], "reason": r[7]} for r in cued if diff(r[1], r[6]) != 0]
    return {"with_date_cue": block(cued), "all": block(rows),
            "with_date_cue_year_known": block(year_rows),
            "writes_publication_day": block(written),
            "writes_publication_day_year_known": block([(r[0], r[1], r[6]) for r in written]),
            "wrong_examples": wrong[:n_examples]}


def format_report(result: dict) -> str:
    o = result["overall"]
    lines = [f"TempEval-3 Task A on {result['data']}: {result['documents']} documents, "
             f"{o['gold']} gold / {o['system']} system expressions", "",
             f"{'':10} {'P':>7} {'R':>7} {'F1':>7}"]
    for k in ("strict", "relaxed", "value", "type"):
        lines.append(f"{k + (' F1' if k in ('value', 'type') else ''):10} {o[k]['p']:7.2f} {o[k]['r']:7.2f} {o[k]['f1']:7.2f}")
    lines.append(f"value accuracy {o['value_accuracy']:.2f}   type accuracy {o['type_accuracy']:.2f}  (on relaxed matches)")
    for q, s in result.get("parts", {}).items():
        lines.append(f"{q} half ({s['documents']} documents): strict F1 {s['strict']['f1']:.2f}, "
                     f"value F1 {s['value']['f1']:.2f}")
    lines += ["", f"{'type':10} {'gold':>5} {'sys':>5} {'strict':>7} {'relaxed':>7} {'value':>7}"]
    for t, s in result["per_type"].items():
        lines.append(f"{t:10} {s['gold']:5d} {s['system']:5d} {s['strict']['f1']:7.2f} {s['relaxed']['f1']:7.2f} {s['value']['f1']:7.2f}")
    if "dct" in result:
        d = result["dct"]
        c, a = d["with_date_cue"], d["all"]
        y = d["with_date_cue_year_known"]
        lines += ["", "publication date inferred with the DCT hidden "
                      "(subset: documents whose text fixes a day = an explicit date with month and day):",
                  f"  subset, year hidden too ({c['documents']}): exact {c['exact']:.2f}%  within 1 day {c['within_1_day']:.2f}%",
                  f"  subset, year given ({y['documents']}):      exact {y['exact']:.2f}%  within 1 day {y['within_1_day']:.2f}%",
                  f"  text writes the publication day or the day next to it ({d['writes_publication_day']['documents']}): "
                  f"year hidden: exact {d['writes_publication_day']['exact']:.2f}%  within 1 day "
                  f"{d['writes_publication_day']['within_1_day']:.2f}%; year given: exact "
                  f"{d['writes_publication_day_year_known']['exact']:.2f}%  within 1 day "
                  f"{d['writes_publication_day_year_known']['within_1_day']:.2f}%",
                  f"  all documents, year hidden ({a['documents']}): exact {a['exact']:.2f}%  within 1 day {a['within_1_day']:.2f}%  "
                  f"answered {a['answered']}",
                  "  wrong guesses (subset, year given):"]
        for w in d["wrong_examples"]:
            lines.append(f"    {w['doc']}: gold {w['gold']} guess {w['guess']} ({w['reason']})")
    lines += ["", "errors by class (kind/gold-or-system type; examples from the tuning half only):"]
    for k, e in result["errors"].items():
        lines.append(f"  {k}: {e['count']}")
        for x in e["examples"]:
            lines.append(f"      {x['doc']}: gold [{x['gold']}]  system [{x['system']}]")
    return "\n".join(lines)


__all__ = ["add_arguments", "main", "format_report"]
