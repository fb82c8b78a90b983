"""Citations with support: for a summary sentence, the other families that hold a passage saying the same thing.

Every sentence of every document is a passage. For each other document the best passage is the one the support
model (``support``) rates highest; the document supports the sentence when that probability reaches
``summary.support_probability``. Copies of one original count once: of a family only its earliest document is
cited (its copies hold the same passage), or, when the passage of the original falls short, the copy whose
passage passes. The sentence's own family is never cited as support (a copy of the sentence's document is the
same source, not a second one).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..config import current
from ..model import Document, Span
from .support import (
    Profile,
    ProfileIndex,
    cross_language_weights,
    features_against,
    fitted_weights,
    probability,
    profile,
    rarity,
)

MIN_PASSAGE_WORDS = 4  # shorter lines (datelines, bylines, captions) state nothing to support a sentence with


@dataclass
class Passages:
    """Every sentence of the pile that can serve as a support passage, embedded and profiled once; passages of
    one document are contiguous (``starts`` holds where each document's run begins)."""

    spans: list[Span]
    doc_ids: list[str]
    vecs: np.ndarray
    index: ProfileIndex
    starts: np.ndarray
    languages: np.ndarray  # each passage's document language ("" when unknown)


@dataclass(frozen=True)
class Support:
    doc: str
    family: str
    span: Span
    probability: float


def passages(docs: list[Document], embed: Callable) -> Passages:
    spans = [Span(d.id, s.start, s.end, s.text) for d in docs for s in d.sentences
             if len(s.text.split()) >= MIN_PASSAGE_WORDS]
    vecs = embed([sp.text for sp in spans]) if spans else np.zeros((0, 512), dtype=np.float32)
    ids = [sp.doc for sp in spans]
    starts = np.array([j for j in range(len(ids)) if j == 0 or ids[j] != ids[j - 1]], dtype=int)
    profs = [profile(sp.text) for sp in spans]
    by_doc: dict[str, list[Profile]] = {}
    for d, pr in zip(ids, profs):
        by_doc.setdefault(d, []).append(pr)
    language = {d.id: d.language or "" for d in docs}
    langs = np.array([language[d] for d in ids], dtype=object)
    return Passages(spans, ids, vecs, ProfileIndex(profs, rarity(list(by_doc.values()))), starts, langs)


def find_support(vec: np.ndarray, prof: Profile, own_doc: str, family: dict[str, str], original: dict[str, str],
                 p: Passages, threshold: float | None = None, language: str | None = None) -> list[Support]:
    """One support per other family, most probable first (see the module docstring). A passage in another
    language than the sentence's (both known) is judged by the cross-language model, which does without content
    stems (another language's words never share them)."""
    if threshold is None:
        threshold = current().summary.support_probability
    if not p.spans:
        return []
    x = features_against(p.vecs @ vec, prof, p.index)
    prob = probability(fitted_weights(), x)
    if language:
        other = (p.languages != language) & (p.languages != "")
        if other.any():
            prob[other] = probability(cross_language_weights(), x[other])
    best_of_doc = np.maximum.reduceat(prob, p.starts)  # each document's best passage
    own = family.get(own_doc)
    by_family: dict[str, Support] = {}
    for n in np.nonzero(best_of_doc >= threshold)[0]:
        lo = p.starts[n]
        hi = p.starts[n + 1] if n + 1 < len(p.starts) else len(p.spans)
        j = lo + int(np.argmax(prob[lo:hi]))
        d = p.doc_ids[j]
        fam = family.get(d, d)
        if fam == own:
            continue
        s = Support(d, fam, p.spans[j], float(prob[j]))
        held = by_family.get(fam)
        if held is None or (d == original.get(fam) and held.doc != d) or (
                held.doc != original.get(fam) and s.probability > held.probability):
            by_family[fam] = s
    return sorted(by_family.values(), key=lambda s: (-s.probability, s.doc))
