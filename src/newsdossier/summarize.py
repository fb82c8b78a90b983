"""Extractive multi-document summary and per-source profiles.

Sentences are scored by how central they are *across* sources (multilingual embeddings),
boosted when they carry a dated event or a disputed figure, and picked with MMR so the
summary does not repeat itself. A summary sentence lists every document that says the
same thing (a near-equivalent sentence), with the exact spans.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Callable

import numpy as np

from .model import Document, Dossier, SourceProfile, Span, Story, SummarySentence

SUPPORT_THRESHOLD = 0.72  # cosine above which another document's sentence says the same thing
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


def _candidates(docs: list[Document]) -> list[tuple[Document, int]]:
    out = []
    for d in docs:
        for i, s in enumerate(d.sentences):
            words = len(s.text.split())
            if words < 8 or words > 60 or s.text.rstrip().endswith(("?", ":")):
                continue
            if s.text.lstrip()[:1] in "-–—\"“«„":  # speech turns read badly out of context
                continue
            out.append((d, i))
    return out


def summarize(dossier: Dossier, *, n_sentences: int = 6, embed: Callable | None = None) -> None:
    if embed is None:
        from .embed import embed as default_embed

        embed = default_embed
    docs = [d for d in dossier.documents if d.text.strip() and d.sentences]
    dossier.story = story_header(dossier, docs)
    cands = _candidates(docs)
    if not cands:
        dossier.summary, dossier.sources = [], [SourceProfile(doc=d.id) for d in dossier.documents]
        return
    texts = [d.sentences[i].text for d, i in cands]
    vecs = embed(texts)
    sim = vecs @ vecs.T
    doc_of = np.array([docs.index(d) for d, _ in cands])
    other = doc_of[:, None] != doc_of[None, :]
    n_docs = len(docs)

    # centrality across sources; boost dated and disputed content
    cross = np.where(other, sim, 0.0)
    denom = max(1, other.sum(axis=1).max())
    centrality = cross.sum(axis=1) / denom if n_docs > 1 else sim.mean(axis=1)
    dated = {(e.doc, e.start) for t in dossier.timeline for e in t.evidence}
    disputed = {(v.doc, v.start) for c in dossier.claims if c.status in {"conflict", "compatible"} for v in c.values}
    boost = np.zeros(len(cands))
    for k, (d, i) in enumerate(cands):
        s = d.sentences[i]
        if (d.id, s.start) in dated:
            boost[k] += 0.05
        if any(doc == d.id and s.start <= st < s.end for doc, st in disputed):
            boost[k] += 0.05
        boost[k] -= 0.02 * (i / max(1, len(d.sentences)))  # earlier sentences carry the news
    groups = _shared_groups(dossier, cands)
    ents = [_entities_in(d, d.sentences[i]) for d, i in cands]
    # consensus: how many other documents say the same thing (the story's established facts come first)
    for k in range(len(cands)):
        supporters = {doc_of[j] for j in np.nonzero(sim[k] >= 0.45)[0] if doc_of[j] != doc_of[k]
                      and _supports(k, j, sim, groups, ents)}
        boost[k] += 0.04 * len(supporters)
    score = centrality + boost

    chosen: list[int] = []
    lam = 0.7
    while len(chosen) < min(n_sentences, len(cands)):
        best, best_val = -1, -math.inf
        for k in range(len(cands)):
            if k in chosen:
                continue
            red = max((sim[k, j] for j in chosen), default=0.0)
            val = lam * score[k] - (1 - lam) * red
            if val > best_val:
                best, best_val = k, val
        if best < 0 or (chosen and max(sim[best, j] for j in chosen) > 0.9):
            break
        chosen.append(best)
    chosen.sort(key=lambda k: (_first_date(cands[k], dossier), doc_of[k], cands[k][1]))

    summary = []
    for k in chosen:
        d, i = cands[k]
        s = d.sentences[i]
        spans = [Span(d.id, s.start, s.end, s.text)]
        for j in np.argsort(-sim[k]):
            if doc_of[j] == doc_of[k] or not _supports(k, j, sim, groups, ents):
                continue
            dj, ij = cands[j]
            if dj.id in {sp.doc for sp in spans}:
                continue
            sj = dj.sentences[ij]
            spans.append(Span(dj.id, sj.start, sj.end, sj.text))
        summary.append(SummarySentence(text=s.text, sources=[sp.doc for sp in spans], spans=spans))
    dossier.summary = summary
    dossier.sources = source_profiles(dossier, docs, cands, sim, doc_of)


def _shared_groups(dossier: Dossier, cands) -> list[set[str]]:
    """For each candidate: the timeline entries and claims its sentence belongs to (same happening, same figure)."""
    where: dict[tuple[str, int], set[str]] = {}
    for ti, t in enumerate(dossier.timeline):
        for e in t.evidence:
            where.setdefault((e.doc, e.start), set()).add(f"t{ti}")
    claim_vals = [(ci, v.doc, v.start) for ci, c in enumerate(dossier.claims) if len(c.values) > 1 for v in c.values]
    out = []
    for d, i in cands:
        s = d.sentences[i]
        g = set(where.get((d.id, s.start), set()))
        g |= {f"c{ci}" for ci, doc, st in claim_vals if doc == d.id and s.start <= st < s.end}
        out.append(g)
    return out


def _entities_in(d: Document, s) -> set[str]:
    return {m.entity for m in d.mentions if m.entity and s.start <= m.start < s.end}


def _supports(k: int, j: int, sim, groups, ents) -> bool:
    """Does sentence j (another document) say what sentence k says?

    Sentence embeddings alone separate events poorly; shared structure found by the other stages
    (the same timeline entry or disputed figure, the same actors) lets a lower similarity count.
    """
    if sim[k, j] >= SUPPORT_THRESHOLD:
        return True
    if sim[k, j] >= 0.45 and groups[k] & groups[j]:
        return True
    return sim[k, j] >= 0.55 and len(ents[k] & ents[j]) >= 2


def _first_date(cand, dossier: Dossier) -> str:
    d, i = cand
    s = d.sentences[i]
    for t in dossier.timeline:
        for e in t.evidence:
            if e.doc == d.id and e.start == s.start:
                return t.date
    return "9999"


def story_header(dossier: Dossier, docs: list[Document]) -> Story:
    dates = sorted(d.published for d in docs if d.published)
    if dates:  # events the story is about: timeline days near the reporting period
        lo, hi = dates[0], dates[-1]
        days = [t.date for t in dossier.timeline if len(t.date) == 10 and _near(t.date, lo, hi)]
        dates = sorted(dates + days)
    else:
        dates = sorted(t.date for t in dossier.timeline if len(t.date) == 10)
    titles = [d.title for d in docs if d.title]
    title = Counter(titles).most_common(1)[0][0] if titles else ""
    if len(titles) > 1:
        try:
            from .embed import embed

            v = embed(titles)
            title = titles[int(np.argmax((v @ v.mean(axis=0))))]
        except Exception:
            pass
    langs = sorted({d.language for d in docs if d.language})
    return Story(title=title, start=dates[0] if dates else None, end=dates[-1] if dates else None, languages=langs)


def _near(day: str, lo: str, hi: str, window: int = 31) -> bool:
    from datetime import date

    try:
        d, a, b = date.fromisoformat(day), date.fromisoformat(lo), date.fromisoformat(hi)
    except ValueError:
        return False
    return (a - d).days <= window and (d - b).days <= 1


def _content_words(d: Document) -> Counter:
    """Lemmas of content words (stop words out), from the spaCy parse when there is one."""
    if d.nlp is not None:
        return Counter(t.lemma_.lower() for t in d.nlp
                       if t.is_alpha and not t.is_stop and len(t) > 2 and t.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"})
    return Counter(w.lower() for w in _WORD.findall(d.text) if len(w) > 3)


def source_profiles(dossier: Dossier, docs, cands, sim, doc_of) -> list[SourceProfile]:
    """What only each document reports, and the words that set it apart (log-odds, Dirichlet prior)."""
    counts = {d.id: _content_words(d) for d in docs}
    total = Counter()
    for c in counts.values():
        total.update(c)
    a0 = sum(total.values()) or 1
    profiles = []
    for di, d in enumerate(docs):
        mine = [k for k in range(len(cands)) if doc_of[k] == di]
        unique = []
        for k in mine:
            others = [j for j in range(len(cands)) if doc_of[j] != di]
            if len(docs) > 1 and others and max(sim[k, j] for j in others) < 0.55:
                unique.append(cands[k][0].sentences[cands[k][1]].text)
        c = counts[d.id]
        n_i = sum(c.values()) or 1
        rest = {w: total[w] - c[w] for w in total}
        n_j = (a0 - n_i) or 1
        scores = {}
        for w, y in c.items():
            if y < 2:
                continue
            aw = total[w] / a0 * 100  # informative prior scaled to 100 pseudo-counts
            yi, yj = y, rest[w]
            delta = math.log((yi + aw) / (n_i + 100 - yi - aw)) - math.log((yj + aw) / (n_j + 100 - yj - aw))
            var = 1 / (yi + aw) + 1 / (yj + aw)
            scores[w] = delta / math.sqrt(var)
        terms = [w for w, _ in sorted(scores.items(), key=lambda x: -x[1])[:8] if scores[w] > 1.0]
        profiles.append(SourceProfile(doc=d.id, unique_points=unique[:5], distinctive_terms=terms))
    known = {p.doc for p in profiles}
    profiles += [SourceProfile(doc=d.id) for d in dossier.documents if d.id not in known]
    return profiles
