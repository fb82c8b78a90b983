"""Quote attribution on PolNeAR (brat standoff): content, source and cue P/R/F1, full-triple accuracy.

Layout: `DIR/<split>/text/<article>.txt` and `DIR/<split>/attributions/<article>_<annotator>.ann`.
An article annotated by several annotators is scored against each annotation file and its counts
are averaged over them (so every article weighs the same); the figures are micro-averaged over
articles.

Two predictions are scored: the product's quotations alone (`analyze.quotes.attributions`, what a
dossier shows) and, the headline figure, the same with the PolNeAR conventions layered on
(`conventions.find_attributions`: attitudes, intentions, evaluations and nominal attributions as
PolNeAR annotates them, the outer report of a nested one). Mapping to PolNeAR:
  * content = the quote span; quotes sharing one attribution clause (the halves of a split quote)
    are one attribution, as in PolNeAR, whose content may be discontinuous;
  * source = the source mention *as written* next to the cue (PolNeAR marks the pronoun or the
    description, not its antecedent);
  * cue = the cue words as written.
Comparison is on word tokens (`\\w+` runs), so quote marks, punctuation and whitespace at the edges
never matter (PolNeAR content often includes the quote marks and the closing full stop, ours
never does). A leading complementiser "that" is part of PolNeAR content and not of ours: it is
ignored on both sides. Content "exact" = same token sequence; "overlap" = the shared tokens cover
at least half of the gold span and half of the predicted one. Pairs are matched one to one,
best overlap first. Source and cue spans match when their tokens overlap by at least half of
each (a determiner "the"/"a" more or less does not matter: "The Post" vs "Post").
Source P/R/F1 is measured on the attributions whose content matched (overlap): precision over
matched pairs where we give a source, recall over matched pairs where gold has one. Cue P/R/F1 is
over all cue spans of the article. Full-triple accuracy = gold attributions whose content, source
(or its absence) and cue are all matched, over all gold attributions.
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..splits import PARTS, add_part_argument, part_of, select

ERROR_EXAMPLES = 3
_WORD = re.compile(r"\w+")
_IGNORED_LEAD = {"that"}
_DETS = {"the", "a", "an"}


def add_arguments(p) -> None:
    p.add_argument("--split", default="dev", help="split folder under --data (default dev)")
    p.add_argument("--limit", type=int, default=0, help="only the first N articles (0 = all)")
    p.add_argument("--errors", type=int, default=ERROR_EXAMPLES, help="examples shown per error pattern")
    add_part_argument(p)


# ----------------------------------------------------------------------------- reading


@dataclass
class Attr:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    kind: str = ""  # predictions: direct|indirect


def _spans(field_: str) -> list[tuple[int, int]]:
    out = []
    for part in field_.split(";"):
        a, _, b = part.strip().partition(" ")
        try:
            out.append((int(a), int(b)))
        except ValueError:
            continue
    return out


def read_ann(path: Path) -> list[Attr]:
    """Attribution relations of one brat file (`E` lines tying Content/Source/Cue `T` lines)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    for line in lines:
        parts = line.split("\t")
        if not parts or not parts[0]:
            continue
        if parts[0].startswith("T") and len(parts) >= 2:
            label, _, rest = parts[1].partition(" ")
            spans[parts[0]] = (label, _spans(rest))
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(parts[1].split())
    out = []
    for ev in events:
        a = Attr(content=[])
        for arg in ev:
            role, _, tid = arg.partition(":")
            if tid not in spans:
                continue
            role = role.rstrip("0123456789")
            if role == "Content":
                a.content.extend(spans[tid][1])
            elif role == "Source":
                a.source.extend(spans[tid][1])
            elif role == "Cue":
                a.cue.extend(spans[tid][1])
        if a.content:
            out.append(a)
    return out


def read_split(data: Path, split: str) -> list[tuple[str, str, list[list[Attr]]]]:
    """(article name, text, [attributions of each annotation file]) for every article with gold."""
    tdir, adir = data / split / "text", data / split / "attributions"
    if not tdir.is_dir() or not adir.is_dir():
        return []
    anns: dict[str, list[Path]] = defaultdict(list)
    for p in sorted(adir.glob("*.ann")):
        anns[re.sub(r"_[^_]+$", "", p.stem)].append(p)
    out = []
    for t in sorted(tdir.glob("*.txt")):
        if t.stem not in anns:
            continue
        try:
            text = t.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        out.append((t.stem, text, [read_ann(p) for p in anns[t.stem]]))
    return out


# ----------------------------------------------------------------------------- tokens and matching


def _toks(text: str, spans: list[tuple[int, int]], *, lead: bool = False, dets: bool = False) -> tuple:
    """Start offsets of the word tokens inside the spans (sorted), edge words normalised."""
    out = []
    for a, b in sorted(spans):
        out.extend(m.start() for m in _WORD.finditer(text, max(0, a), max(0, b)))
    out = sorted(set(out))
    if lead:
        while out and _word_at(text, out[0]) in _IGNORED_LEAD:
            out = out[1:]
    if dets:
        while out and _word_at(text, out[0]) in _DETS:
            out = out[1:]
    return tuple(out)


def _word_at(text: str, i: int) -> str:
    m = _WORD.match(text, i)
    return m.group(0).lower() if m else ""


def _overlap(a: tuple, b: tuple) -> float:
    """Shared tokens over the longer span (1.0 = same tokens)."""
    if not a or not b:
        return 0.0
    return len(set(a) & set(b)) / max(len(a), len(b))


def _match(gold: list[tuple], pred: list[tuple], threshold: float = 0.5) -> list[tuple[int, int, float]]:
    """One-to-one matching, best overlap first: (gold index, pred index, overlap)."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            o = _overlap(g, p)
            if o >= threshold:
                pairs.append((o, i, j))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for o, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j, o))
    return out


# ----------------------------------------------------------------------------- scoring


@dataclass
class Counts:
    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0

    def add(self, o: "Counts", w: float = 1.0) -> None:
        self.tp += o.tp * w
        self.fp += o.fp * w
        self.fn += o.fn * w

    def prf(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": round(self.tp, 2), "fp": round(self.fp, 2), "fn": round(self.fn, 2)}


def predictions(text: str, spacy_doc, *, layered: bool = True) -> list[Attr]:
    """Our attributions for one article, split-quote halves merged into one attribution: the
    product's quotations with the PolNeAR conventions layered on, or alone (`layered=False`)."""
    from .conventions import find_attributions

    groups: dict[int, Attr] = {}
    for a in find_attributions(text, spacy_doc=spacy_doc, layered=layered):
        g = groups.get(a.group)
        if g is None:
            g = groups[a.group] = Attr(content=[], kind=a.kind)
            if a.source_phrase:
                g.source = [tuple(a.source_phrase)]
            elif a.source_start is not None:
                g.source = [(a.source_start, a.source_end)]
            if a.cue_start is not None:
                g.cue = [(a.cue_start, a.cue_end)]
        g.content.append((a.start, a.end))
    return list(groups.values())


def score_article(text: str, gold: list[Attr], pred: list[Attr]) -> tuple[dict[str, Counts], int, list]:
    """Counts per measure for one annotation file, the full-triple hits, and error records."""
    c = {k: Counts() for k in ("content_exact", "content_overlap", "source", "cue")}
    gc = [_toks(text, g.content, lead=True) for g in gold]
    pc = [_toks(text, p.content, lead=True) for p in pred]
    exact = {(i, j) for i, g in enumerate(gc) for j, p in enumerate(pc) if g and g == p}
    used_g, used_p = set(), set()
    for i, j in sorted(exact):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    c["content_exact"] = Counts(len(used_g), len(pred) - len(used_p), len(gold) - len(used_g))
    matches = _match(gc, pc)
    c["content_overlap"] = Counts(len(matches), len(pred) - len(matches), len(gold) - len(matches))
    errors = []
    triples = 0
    matched_g = {i for i, _, _ in matches}
    matched_p = {j for _, j, _ in matches}
    for i, j, o in matches:
        g, p = gold[i], pred[j]
        gs, ps = _toks(text, g.source, dets=True), _toks(text, p.source, dets=True)
        src_ok = (not gs and not ps) or _overlap(gs, ps) >= 0.5
        if ps and gs and src_ok:
            c["source"].tp += 1
        else:
            if ps:
                c["source"].fp += 1
            if gs:
                c["source"].fn += 1
        cue_ok = _overlap(_toks(text, g.cue), _toks(text, p.cue)) >= 0.5 or (not g.cue and not p.cue)
        if src_ok and cue_ok:
            triples += 1
        if not src_ok:
            errors.append(_error_source(text, g, p))
        if o < 1.0:
            errors.append(_error_boundary(text, gc[i], pc[j], p))
    # cue spans over the article
    gq = [_toks(text, g.cue) for g in gold if g.cue]
    pq = [_toks(text, p.cue) for p in pred if p.cue]
    m = _match(gq, pq)
    c["cue"] = Counts(len(m), len(pq) - len(m), len(gq) - len(m))
    for i, g in enumerate(gold):
        if i not in matched_g:
            errors.append(_error_missed(text, g, pred))
    for j, p in enumerate(pred):
        if j not in matched_p:
            errors.append(_error_spurious(text, p, gold))
    return c, triples, errors


def _snip(text: str, spans: list[tuple[int, int]], n: int = 90) -> str:
    s = " … ".join(text[a:b] for a, b in sorted(spans))
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _cue_words(text: str, spans) -> str:
    return " ".join(text[a:b] for a, b in sorted(spans)).lower().strip() or "-"


def _error_source(text, g: Attr, p: Attr):
    if not p.source:
        pat = "source: none given (gold has one)"
    elif not g.source:
        pat = "source: given where gold has none"
    else:
        gw = _snip(text, g.source).lower()
        pw = _snip(text, p.source).lower()
        if gw.split()[0] in {"he", "she", "they", "i", "we", "it"}:
            pat = "source: gold is a pronoun, ours differs"
        elif set(gw.split()) & set(pw.split()):
            pat = "source: partial mention (boundary)"
        else:
            pat = "source: different mention"
    return pat, f"gold {_snip(text, g.source)!r} ours {_snip(text, p.source)!r} | {_snip(text, g.content, 60)!r}"


def _error_boundary(text, gt: tuple, pt: tuple, p: Attr):
    gset, pset = set(gt), set(pt)
    if pset < gset:
        pat = f"content ({p.kind}): ours shorter than gold"
    elif gset < pset:
        pat = f"content ({p.kind}): ours longer than gold"
    else:
        pat = f"content ({p.kind}): boundaries differ both ways"
    gs = " ".join(_word_at(text, t) for t in gt[:6])
    ps = " ".join(_word_at(text, t) for t in pt[:6])
    return pat, f"gold [{gs} …] ours [{ps} …]"


def _error_missed(text, g: Attr, pred: list[Attr]):
    gt = set(_toks(text, g.content))
    cue = _cue_words(text, g.cue)
    head = cue.split()[-1] if cue != "-" else "-"
    if any(set(_toks(text, p.content)) & gt for p in pred):
        pat = "missed: overlaps one of ours by < 50%"
    elif any(text[a:b].strip()[:1] in "\"“”‘’'«»" or text[max(0, a - 1):a] in "\"“‘'«" for a, b in g.content):
        pat = "missed: direct quote"
    elif head == "according":
        pat = "missed: according to"
    else:
        pat = f"missed: indirect, cue '{head}'"
    return pat, f"cue {cue!r} source {_snip(text, g.source, 30)!r} | {_snip(text, g.content, 70)!r}"


def _error_spurious(text, p: Attr, gold: list[Attr]):
    pt = set(_toks(text, p.content))
    cue = _cue_words(text, p.cue)
    if any(set(_toks(text, g.content)) & pt for g in gold):
        pat = f"spurious ({p.kind}): overlaps gold by < 50%"
    else:
        pat = f"spurious ({p.kind}): not an attribution in gold"
    return pat, f"cue {cue!r} | {_snip(text, p.content, 80)!r}"


def annotator_agreement(arts) -> dict:
    """The human ceiling: each annotation file of an article scored against each other one, with the same
    scorer and the same averaging as the system (articles with two or more annotation files only)."""
    total = {k: Counts() for k in ("content_exact", "content_overlap", "source", "cue")}
    n = 0
    for _, text, anns in arts:
        if len(anns) < 2:
            continue
        n += 1
        pairs = [(i, j) for i in range(len(anns)) for j in range(len(anns)) if i != j]
        for i, j in pairs:
            c, _, _ = score_article(text, anns[i], anns[j])
            for k in total:
                total[k].add(c[k], 1.0 / len(pairs))
    return {"articles": n, **{k: total[k].prf() for k in total}}


def main(args) -> dict:
    from ...analyze import load_nlp

    data = Path(args.data)
    split = getattr(args, "split", "dev") or "dev"
    arts = select(read_split(data, split), lambda a: a[0], getattr(args, "part", "all"))
    if getattr(args, "limit", 0):
        arts = arts[: args.limit]
    n_examples = getattr(args, "errors", ERROR_EXAMPLES)
    t0 = time.perf_counter()
    nlp = load_nlp()
    t_load = time.perf_counter() - t0
    total = {k: Counts() for k in ("content_exact", "content_overlap", "source", "cue")}
    by_part = {q: {k: Counts() for k in ("content_overlap", "source")} for q in PARTS}
    part_n: Counter = Counter()
    triples = gold_n = pred_n = 0.0
    by_kind: dict[str, Counter] = defaultdict(Counter)
    err_count: Counter = Counter()
    err_examples: dict[str, list] = defaultdict(list)
    n_ann = 0
    t1 = time.perf_counter()
    texts = [a[1] for a in arts]
    product = {k: Counts() for k in ("content_overlap", "source")}
    product_part = {q: {k: Counts() for k in ("content_overlap", "source")} for q in PARTS}
    for (name, text, anns), sdoc in zip(arts, nlp.pipe(texts, batch_size=8)):
        pred = predictions(text, sdoc)
        alone = predictions(text, sdoc, layered=False)
        w = 1.0 / max(1, len(anns))
        q = part_of(name)
        part_n[q] += 1
        for gold in anns:
            n_ann += 1
            c, tr, errors = score_article(text, gold, pred)
            ca, _, _ = score_article(text, gold, alone)
            for k in product:
                product[k].add(ca[k], w)
                product_part[part_of(name)][k].add(ca[k], w)
            for k in total:
                total[k].add(c[k], w)
            for k in by_part[q]:
                by_part[q][k].add(c[k], w)
            if q != "tune":  # the check half is never read: its errors are counted, not shown
                errors = []
            triples += tr * w
            gold_n += len(gold) * w
            pred_n += len(pred) * w
            for pat, ex in errors:
                err_count[pat] += w
                if len(err_examples[pat]) < n_examples:
                    err_examples[pat].append(f"{name}: {ex}")
        for p in pred:
            by_kind["predicted"][p.kind] += 1
    elapsed = time.perf_counter() - t1
    result = {
        "task": "attribution",
        "data": str(data),
        "split": split,
        "articles": len(arts),
        "annotation_files": n_ann,
        "gold_attributions": round(gold_n, 2),
        "predicted_attributions": round(pred_n, 2),
        "predicted_by_kind": dict(by_kind["predicted"]),
        "content_exact": total["content_exact"].prf(),
        "content_overlap": total["content_overlap"].prf(),
        "source_on_matched_content": total["source"].prf(),
        "cue": total["cue"].prf(),
        "full_triple_accuracy": round(triples / gold_n, 4) if gold_n else 0.0,
        "parts": {q: {"articles": part_n[q], "content_overlap": by_part[q]["content_overlap"].prf(),
                      "source_on_matched_content": by_part[q]["source"].prf()} for q in PARTS if part_n[q]},
        "product_alone": {
            "content_overlap": product["content_overlap"].prf(),
            "source_on_matched_content": product["source"].prf(),
            "parts": {q: {"content_overlap": product_part[q]["content_overlap"].prf(),
                          "source_on_matched_content": product_part[q]["source"].prf()} for q in PARTS if part_n[q]},
        },
        "annotator_agreement": annotator_agreement(arts),
        "errors": [{"pattern": p, "count": round(n, 1), "examples": err_examples[p]}
                   for p, n in err_count.most_common()],
        "seconds": {"model_load": round(t_load, 2), "parse_extract_score": round(elapsed, 2)},
    }
    return result


def format_report(r: dict) -> str:
    def row(name, d):
        return (f"  {name:<28} P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}   "
                f"(tp {d['tp']:g}, fp {d['fp']:g}, fn {d['fn']:g})")

    lines = [
        f"Attribution on {r['data']} [{r['split']}]: {r['articles']} articles, {r['annotation_files']} annotation "
        f"files (scores averaged per article over its annotators)",
        f"  gold attributions {r['gold_attributions']:g}, predicted {r['predicted_attributions']:g} "
        f"{r.get('predicted_by_kind', {})}",
        row("content exact", r["content_exact"]),
        row("content overlap >= 50%", r["content_overlap"]),
        row("source (matched content)", r["source_on_matched_content"]),
        row("cue", r["cue"]),
        f"  full-triple accuracy        {r['full_triple_accuracy']:.3f}",
    ]
    for q, d in r.get("parts", {}).items():
        lines.append(f"  {q} half ({d['articles']} articles): content overlap F1 {d['content_overlap']['f1']:.4f}, "
                     f"source F1 {d['source_on_matched_content']['f1']:.4f}")
    pa = r.get("product_alone")
    if pa:
        lines.append("  the product's quotations alone (no PolNeAR conventions):")
        lines.append(row("content overlap >= 50%", pa["content_overlap"]))
        lines.append(row("source (matched content)", pa["source_on_matched_content"]))
        for q, d in pa.get("parts", {}).items():
            lines.append(f"  {q} half: content overlap F1 {d['content_overlap']['f1']:.4f}, "
                         f"source F1 {d['source_on_matched_content']['f1']:.4f}")
    a = r.get("annotator_agreement") or {}
    if a.get("articles"):
        lines.append(f"  annotators against each other ({a['articles']} articles with 2+ annotation files): content "
                     f"overlap F1 {a['content_overlap']['f1']:.3f}, exact {a['content_exact']['f1']:.3f}, source "
                     f"{a['source']['f1']:.3f}, cue {a['cue']['f1']:.3f}")
    lines += [
        f"  time: model load {r['seconds']['model_load']} s, parse + extract + score "
        f"{r['seconds']['parse_extract_score']} s",
        "",
        "Most common error patterns (tuning half only; count averaged over annotators):",
    ]
    for e in r["errors"][:10]:
        lines.append(f"  {e['count']:>7g}  {e['pattern']}")
        for ex in e["examples"]:
            lines.append(f"           {ex}")
    return "\n".join(lines)
