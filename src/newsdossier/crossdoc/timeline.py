"""The story's timeline: dated sentences from every document, same-day reports merged into one entry.

1. Every sentence holding a DATE timex with a day value (or a month/week when that is all the
   sentence has) becomes `Evidence` (the whole sentence, its exact span, the dating expression).
   Metadata-like lines ("Date: 14 March 2031") are skipped.
2. Evidence of the same date merges when it reports the same happening: cosine of sentence
   embeddings >= merge_sim; or the same (non-reporting, non-light) verb governs the date in two
   documents and the sentences share an entity id; or shared entity ids plus >= min_shared_lemmas
   shared content lemmas.
3. Entries of different dates whose evidence (from different documents) is near-identical
   (cosine >= conflict_sim) get `conflict` set on both, naming the other date and document.
4. Durations ("no more than 10 days") in other sentences attach to the most similar entry of the
   same document when clearly about the same happening.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

import numpy as np

from .. import lang
from ..config import current
from ..model import Document, Evidence, Sentence, TimelineEntry, Timex

log = logging.getLogger(__name__)

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_WEEK = re.compile(r"^\d{4}-W\d{2}$")
_WORD = re.compile(r"[^\W\d_]+", re.U)


def _granularity(value: str | None) -> str | None:
    if not value:
        return None
    if _DAY.match(value):
        return "day"
    if _WEEK.match(value):
        return "week"
    if _MONTH.match(value):
        return "month"
    return None


def _date_key(value: str) -> tuple[date, int]:
    try:
        if _DAY.match(value):
            return date.fromisoformat(value), 0
        if _WEEK.match(value):
            y, w = int(value[:4]), int(value[6:])
            return date.fromisocalendar(y, w, 1), 1
        if _MONTH.match(value):
            return date(int(value[:4]), int(value[5:7]), 1), 2
    except ValueError:
        pass
    return date.max, 3


def _metadata_like(sent_text: str, expr_start: int, expr_end: int) -> bool:
    """A line that is little more than the date itself ("Date: 14 March 2031", "Updated today")."""
    rest = sent_text[:expr_start] + " " + sent_text[expr_end:]
    return len(_WORD.findall(rest)) < 4


def _content_lemmas(doc: Document, start: int, end: int) -> set[str]:
    """Stems of the sentence's common nouns and verbs (parse) or lower-case words, without the stop words of the
    document's language."""
    stop = lang.get(doc.language).stop_words
    sdoc = getattr(doc, "nlp", None)
    if sdoc is not None and getattr(sdoc, "text", None) == doc.text:
        span = sdoc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            return {t.lemma_.lower()[:6] for t in span
                    if t.pos_ in ("NOUN", "VERB") and t.lemma_.lower() not in stop and t.is_alpha and len(t) > 2}
    # no parse: lower-case words (capitalised ones are likely names) cut to a 6-letter stem
    words = {w for w in _WORD.findall(doc.text[start:end]) if w[:1].islower()}
    return {w[:6] for w in words if w not in stop and len(w) > 2}


def _shorten(text: str, limit: int | None = None) -> str:
    """At most `limit` words (default: settings timeline.summary_words), cut on a clause boundary (comma,
    semicolon, dash) when one is near."""
    limit = current().timeline.summary_words if limit is None else limit
    text = " ".join(text.split())
    words = text.split(" ")
    if len(words) <= limit:
        return text
    head = " ".join(words[:limit])
    cut = max(head.rfind(p) for p in (", ", "; ", " - ", " – ", " — ", ": "))
    if cut >= len(head) // 3:
        return head[:cut].rstrip(" ,;:-–—") + " …"
    return head.rstrip(" ,;:-–—") + " …"


@dataclass(eq=False)
class _Item:
    """One dated line of one document: the evidence a timeline entry is made of, with what merging compares."""

    doc: str
    start: int
    end: int
    text: str
    date: str  # the timex value: a day, week or month
    expr: str  # the dating expression as written
    ents: set[str]  # entity ids mentioned on the line
    lemmas: set[str]  # content stems
    order: int  # position in the story (documents, then lines), for stable output
    clause: str  # the clause the expression dates
    pred: str | None = None  # lemma of the (non-light) verb the expression modifies
    vec: np.ndarray | None = None  # embedding of the line
    cvec: np.ndarray | None = None  # embedding of the clause


@dataclass
class _Duration:
    """A duration ("no more than 10 days") found in a sentence, to attach to the entry it is about."""

    doc: Document
    sent: Sentence
    timex: Timex


@dataclass
class _Cluster:
    """A timeline entry and the items it was made of (conflicts and durations compare the items)."""

    entry: TimelineEntry
    items: list[_Item]


def _clause(doc: Document, s_start: int, s_end: int, t_start: int, t_end: int) -> str:
    """The clause the expression dates: the governing verb's subtree (parse) or a comma window."""
    text = doc.text
    sdoc = getattr(doc, "nlp", None)
    if sdoc is not None and getattr(sdoc, "text", None) == text:
        span = sdoc.char_span(t_start, t_end, alignment_mode="expand")
        if span is not None and len(span):
            v = span.root
            for _ in range(10):
                if v.pos_ in ("VERB", "AUX") and not (span.start <= v.i < span.end) or v.head.i == v.i:
                    break
                v = v.head
            if v.pos_ in ("VERB", "AUX"):
                keep = {v.i}
                for ch in v.children:
                    sub = list(ch.subtree)
                    has_t = any(span.start <= t.i < span.end for t in sub)
                    if ch.dep_ in ("conj", "advcl", "parataxis", "cc", "punct") and not has_t:
                        continue
                    keep.update(t.i for t in sub)
                toks = [sdoc[i] for i in sorted(keep) if s_start <= sdoc[i].idx < s_end]
                if len(toks) >= 4:
                    return " ".join(" ".join(t.text for t in toks).split())
    seg_start = max(text.rfind(p, s_start, t_start) for p in (",", ";", ":", " - ", " – ", "\n"))
    seg_start = s_start if seg_start < s_start else seg_start + 1
    ends = [i for i in (text.find(p, t_end, s_end) for p in (",", ";", ":", " - ", " – ", "\n")) if i >= 0]
    seg_end = min(ends) if ends else s_end
    seg = text[seg_start:seg_end]
    if len(seg.split()) < 8:
        seg = text[s_start:s_end]
    return " ".join(seg.split())


def _predicate(doc: Document, t_start: int, t_end: int) -> str | None:
    """Lemma of the verb the temporal expression modifies ("arrived on January 6" -> "arrive"), unless the
    document's language lists it among the verbs too general to identify a happening (say, be, have)."""
    sdoc = getattr(doc, "nlp", None)
    if sdoc is None or getattr(sdoc, "text", None) != doc.text:
        return None
    span = sdoc.char_span(t_start, t_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    v = span.root
    for _ in range(10):
        if v.pos_ == "VERB" and not (span.start <= v.i < span.end) or v.head.i == v.i:
            break
        v = v.head
    if v.pos_ != "VERB":
        return None
    lemma = v.lemma_.lower()
    return None if lemma in lang.get(doc.language).light_verbs else lemma


def build_timeline(docs: list[Document], *, embed: Callable[[list[str]], np.ndarray] | None = None) -> list[TimelineEntry]:
    """Dated happenings across the story's documents, one entry per (date, happening), sorted by date."""
    return _build(docs or [], embed)


def _collect(docs: list[Document]) -> tuple[list[_Item], list[_Duration]]:
    """The story's dated lines (one item per date a line gives) and its durations."""
    items: list[_Item] = []
    durations: list[_Duration] = []
    order = 0
    for doc in docs:
        text = doc.text
        if not text or not doc.timexes:
            continue
        if not doc.sentences:  # analysis makes both layers; timexes without sentences is a caller's bug
            raise ValueError(f"timeline: document {doc.id!r} has timexes but no sentences (analysis splits them)")
        sents = [s for s in doc.sentences if 0 <= s.start < s.end <= len(text)]
        starts = [s.start for s in sents]
        per_sent: dict[int, list] = {}
        for t in doc.timexes:
            if t.start < 0 or t.end > len(text) or text[t.start:t.end] != t.text:
                continue
            idx = _sentence_index(starts, sents, t.start)
            if idx is None:
                continue
            if t.type == "DURATION" and t.value:
                durations.append(_Duration(doc, sents[idx], t))
                continue
            if t.type not in ("DATE", "TIME"):
                continue
            value = (t.value or "")[:10] if t.type == "TIME" else t.value
            if _granularity(value) is None:
                continue
            per_sent.setdefault(idx, []).append((t, value))
        for idx, lst in sorted(per_sent.items()):
            sent = sents[idx]
            days = [x for x in lst if _granularity(x[1]) == "day"]
            keep = days or lst  # a day-level date makes month/week mentions of the same sentence redundant
            seen = set()
            for t, value in keep:
                if value in seen:
                    continue
                s0, s1 = _line_of(text, sent.start, sent.end, t.start, t.end)
                if _metadata_like(text[s0:s1], t.start - s0, t.end - s0):
                    continue
                seen.add(value)
                ents = {m.entity for m in doc.mentions if m.entity and s0 <= m.start < s1}
                items.append(_Item(doc.id, s0, s1, text[s0:s1], value, t.text, ents, _content_lemmas(doc, s0, s1),
                                   order, _clause(doc, s0, s1, t.start, t.end), _predicate(doc, t.start, t.end)))
                order += 1
    return items, durations


def _line_of(text: str, s0: int, s1: int, t0: int, t1: int) -> tuple[int, int]:
    """Sentences from a parser may run across line breaks (headline + body): keep the timex's lines."""
    a = text.rfind("\n", s0, t0)
    a = s0 if a < 0 else a + 1
    b = text.find("\n", t1, s1)
    b = s1 if b < 0 else b
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _sentence_index(starts, sents, pos):
    import bisect

    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and sents[i].start <= pos < sents[i].end:
        return i
    return None


def _vectors(texts: list[str], embed, docs: list[Document]) -> np.ndarray:
    """L2-normalised sentence vectors; zero vectors (no similarity) when the embedding model fails."""
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    if embed is None:
        from ..embed import embed as default_embed

        embed = default_embed
    try:
        raw = embed(texts)
    except Exception as exc:  # best effort: the embedding model is an outside library (weights, runtime) that
        # may be unavailable; the timeline still merges on lemma and entity evidence, and says so on each document
        log.warning("timeline: sentence embedding failed", exc_info=True)
        for d in docs:
            d.errors.append(f"crossdoc/timeline: sentence embedding failed ({type(exc).__name__}: {exc}); "
                            "same-day reports merged on lemma and entity evidence only")
        return np.zeros((len(texts), 1), dtype=np.float32)
    vecs = np.asarray(raw, dtype=np.float32)
    if vecs.ndim != 2 or vecs.shape[0] != len(texts):
        raise ValueError(f"timeline: embedding of {len(texts)} texts has shape {vecs.shape}, expected ({len(texts)}, dim)")
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return vecs / np.maximum(norms, 1e-9)


def _same_happening(a: _Item, b: _Item, sim: float) -> bool:
    """Two same-date items report one happening (thresholds: settings section `timeline`)."""
    cfg = current().timeline
    if sim >= cfg.merge_sim:
        return True
    # the same (non-light) verb dated the same day by two sources, about a shared entity:
    # "troops arrived in X on January 6" / "the first batch arrived ... on January 6"
    if a.pred and a.pred == b.pred and a.doc != b.doc and a.ents & b.ents:
        return True
    shared = len(a.lemmas & b.lemmas)
    if shared >= cfg.min_shared_stems and sim >= cfg.lemma_sim:
        return True
    return bool(a.ents & b.ents) and shared >= cfg.min_shared_lemmas


def _build(docs: list[Document], embed) -> list[TimelineEntry]:
    items, durations = _collect(docs)
    if not items:
        return []
    uniq = list(dict.fromkeys([it.text for it in items] + [it.clause for it in items]
                              + [d.sent.text for d in durations]))
    dated = {it.doc for it in items}
    vecs = _vectors(uniq, embed, [d for d in docs if d.id in dated])
    index = {t: i for i, t in enumerate(uniq)}
    for it in items:
        it.vec = vecs[index[it.text]]
        it.cvec = vecs[index[it.clause]]
    clusters = [_entry(c) for c in _group_by_date(items)]
    _flag_conflicts(clusters)
    _attach_durations(clusters, durations, vecs, index)
    clusters.sort(key=lambda c: (_date_key(c.entry.date), min(x.order for x in c.items)))
    return [c.entry for c in clusters]


def _sim(a: _Item, b: _Item) -> float:
    """The better of the line and the clause cosines (1 for the same line)."""
    if a.doc == b.doc and a.start == b.start:
        return 1.0
    return max(float(a.vec @ b.vec), float(a.cvec @ b.cvec))


def _group_by_date(items: list[_Item]) -> list[list[_Item]]:
    """Greedy clustering per date, in story order: an item joins the most similar cluster of its date holding a
    report of the same happening, or starts its own."""
    clusters: list[list[_Item]] = []
    by_date: dict[str, list[int]] = {}
    for it in items:
        best, best_s = None, -1.0
        for ci in by_date.get(it.date, []):
            c = clusters[ci]
            if any(x.doc == it.doc and x.start == it.start for x in c):
                continue
            s = max(_sim(it, x) for x in c)
            if s > best_s and any(_same_happening(it, x, _sim(it, x)) for x in c):
                best, best_s = ci, s
        if best is None:
            by_date.setdefault(it.date, []).append(len(clusters))
            clusters.append([it])
        else:
            clusters[best].append(it)
    return clusters


def _entry(c: list[_Item]) -> _Cluster:
    """The entry of one cluster, summarised by its most central line."""
    central = max(c, key=lambda x: sum(_sim(x, y) for y in c if y is not x)) if len(c) > 1 else c[0]
    ev = [Evidence(x.doc, x.start, x.end, x.text, expression=x.expr) for x in sorted(c, key=lambda x: x.order)]
    ents = sorted(set().union(*(x.ents for x in c)))
    return _Cluster(TimelineEntry(date=c[0].date, summary=_shorten(central.text), evidence=ev, entities=ents), c)


def _flag_conflicts(clusters: list[_Cluster]) -> None:
    """Entries of different dates whose lines from different documents are near-identical conflict."""
    conflict_sim = current().timeline.conflict_sim
    sent_dates: dict[tuple[str, int], set[str]] = {}
    for c in clusters:
        for x in c.items:
            sent_dates.setdefault((x.doc, x.start), set()).add(x.date)
    for i, c1 in enumerate(clusters):
        e1 = c1.entry
        for c2 in clusters[i + 1:]:
            e2 = c2.entry
            if e1.date == e2.date or _granularity(e1.date) != _granularity(e2.date):
                continue
            best = None
            for a in c1.items:
                for b in c2.items:
                    if a.doc == b.doc:
                        continue
                    # a sentence naming both dates relates them; it does not contradict
                    if e2.date in sent_dates[(a.doc, a.start)] or e1.date in sent_dates[(b.doc, b.start)]:
                        continue
                    s = _sim(a, b)
                    if s >= conflict_sim and (best is None or s > best[0]):
                        best = (s, a, b)
            if best:
                _, a, b = best
                note1 = f"{b.doc} dates the same happening {e2.date} ('{b.expr}')"
                note2 = f"{a.doc} dates the same happening {e1.date} ('{a.expr}')"
                e1.conflict = note1 if not e1.conflict else e1.conflict + "; " + note1
                e2.conflict = note2 if not e2.conflict else e2.conflict + "; " + note2


def _attach_durations(clusters: list[_Cluster], durations: list[_Duration], vecs, index) -> None:
    """A duration's sentence joins the most similar entry as extra evidence, unless it is evidence already. The
    entry may come from any document (the module docstring's "of the same document" is not what this does)."""
    for du in durations:
        doc, sent = du.doc, du.sent
        v = vecs[index[sent.text]]
        best, best_s = None, current().timeline.duration_sim
        for c in clusters:
            for x in c.items:
                if x.doc == doc.id and x.start == sent.start:
                    best, best_s = None, 2.0  # already the evidence itself
                    break
                s = float(v @ x.vec)
                if s >= best_s:
                    best, best_s = c, s
            if best_s >= 2.0:
                break
        if best is None or best_s >= 2.0:
            continue
        e = best.entry
        if any(ev.doc == doc.id and ev.start == sent.start for ev in e.evidence):
            continue
        e.evidence.append(Evidence(doc.id, sent.start, sent.end, doc.text[sent.start:sent.end], expression=du.timex.text))


__all__ = ["build_timeline"]
