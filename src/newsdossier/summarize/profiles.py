"""Per-source profiles: what only each document reports, and the words that set it apart."""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

from ..model import Document, Dossier, SourceProfile

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


def _content_words(d: Document) -> Counter:
    """Content-word lemmas counted (analyze's `Document.lemmas`: no stop words, nouns, names, verbs, adjectives).

    A document without lemmas never went through the parser (built by hand, or its parse failed and says so
    in its errors): its longer words stand in, so it still gets distinctive terms.
    """
    if d.lemmas:
        return Counter(d.lemmas)
    return Counter(w.lower() for w in _WORD.findall(d.text) if len(w) > 3)


def distinctive_terms(counts: dict[str, Counter], top: int = 8, prior_size: float = 100.0) -> dict[str, list[str]]:
    """Per document, the words that set it apart from the rest (Monroe et al. 2008: weighted log-odds
    with an informative Dirichlet prior taken from the whole story, scaled to ``prior_size`` pseudo-counts)."""
    total: Counter = Counter()
    for c in counts.values():
        total.update(c)
    a0 = sum(total.values()) or 1
    out = {}
    for did, c in counts.items():
        n_i = sum(c.values()) or 1
        n_j = (a0 - n_i) or 1
        scores = {}
        for w, y in c.items():
            if y < 2:
                continue
            aw = total[w] / a0 * prior_size
            yj = total[w] - y
            delta = (math.log((y + aw) / (n_i + prior_size - y - aw))
                     - math.log((yj + aw) / (n_j + prior_size - yj - aw)))
            var = 1 / (y + aw) + 1 / (yj + aw)
            scores[w] = delta / math.sqrt(var)
        out[did] = [w for w, v in sorted(scores.items(), key=lambda x: (-x[1], x[0]))[:top] if v > 1.0]
    return out


def source_profiles(dossier: Dossier, docs, cands, sim, doc_of, dup_of: dict[str, str] | None = None
                    ) -> list[SourceProfile]:
    """What only each document reports, the words that set it apart, and which documents copy it."""
    dup_of = dup_of or {}
    root = {d.id: dup_of.get(d.id, d.id) for d in docs}
    terms = distinctive_terms({d.id: _content_words(d) for d in docs if root[d.id] == d.id})
    profiles = []
    for di, d in enumerate(docs):
        indep_others = [o for o in docs if root[o.id] != root[d.id]]
        unique: list[str] = []
        if indep_others:
            others_ids = {o.id for o in indep_others}
            for t in dossier.timeline:  # dated events nobody else reports
                ev_docs = {e.doc for e in t.evidence}
                if d.id in ev_docs and not ev_docs & others_ids:
                    unique.append(f"{t.date}: {t.summary}")
            for c in dossier.claims:  # a figure only this source gives for a measure others also count
                mine = [v for v in c.values if v.doc == d.id]
                theirs = [v for v in c.values if v.doc in others_ids]
                if mine and theirs and not any(_same_value(v, w) for v in mine for w in theirs):
                    unique.append(f"{c.measure}: {mine[0].text}")
            for q in dossier.quotes:  # a speaker only this source quotes
                if q.doc == d.id and q.speaker_name and not any(
                        x.doc in others_ids and x.speaker_name == q.speaker_name for x in dossier.quotes):
                    unique.append(f"{q.speaker_name}: “{q.text}”")
                    break
            others_k = np.array([j for j in range(len(cands)) if cands[j][0].id in others_ids], dtype=int)
            for k in (k for k in range(len(cands)) if doc_of[k] == di):
                if others_k.size and float(sim[k, others_k].max()) < 0.55:
                    unique.append(cands[k][0].sentences[cands[k][1]].text)
        seen: set[str] = set()
        unique = [u for u in unique if not (u in seen or seen.add(u))]
        profiles.append(SourceProfile(
            doc=d.id, unique_points=unique[:6], distinctive_terms=terms.get(root[d.id], []) if root[d.id] == d.id else [],
            duplicate_of=dup_of.get(d.id), near_duplicates=sorted(x for x, r in dup_of.items() if r == d.id)))
    known = {p.doc for p in profiles}
    profiles += [SourceProfile(doc=d.id) for d in dossier.documents if d.id not in known]
    return profiles


def _same_value(a, b) -> bool:
    lo_a, hi_a = (a.low if a.low is not None else a.value), (a.high if a.high is not None else a.value)
    lo_b, hi_b = (b.low if b.low is not None else b.value), (b.high if b.high is not None else b.value)
    return lo_a <= hi_b and lo_b <= hi_a

