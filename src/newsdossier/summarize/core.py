"""Summary sentences: candidates, light compression, selection (centrality, consensus, MMR) and citations.

Sentences are scored by how central they are *across* families (multilingual embeddings), boosted when they carry
a dated event or a disputed figure and by the number of other families that support them (the same decision that
cites them, ``cite.find_support``), and picked with MMR under a word budget so the summary does not repeat itself.
Each summary sentence keeps its exact text and offsets and lists, for every other family that says the same
thing, one support passage.
"""

from __future__ import annotations

import logging
import math
import re
from typing import Callable, Sequence

import numpy as np

from .. import lang
from ..config import current
from ..model import Document, Dossier, SourceProfile, SummarySentence
from ..textutil import alternation
from .abstractive import abstractive
from .cite import find_support, passages
from .families import assign_families
from .header import story_header
from .profiles import source_profiles
from .support import profile

log = logging.getLogger("newsdossier.summarize")

_CONFIGURED = -1  # "the configured default" (config.SummarySettings.words); None already means "no word budget"

# --- light compression: language words only (no story knowledge) ---------------------------------


# Summary sentences come from documents of any language, and a connective or tail of one language is no
# prose word in another: every language's lists are used together.
_LEAD_CONNECTIVE = re.compile(
    r"^(?:" + alternation(lang.every("connectives")) + r")\s*,?\s+",
    re.IGNORECASE,
)
# ", he said." / ", officials said on Monday." / ", a-t-il déclaré." -- at most 4 words before the verb
_ATTRIB_TAIL = re.compile(
    r",\s+(?:[^\s,.;:!?\"“”«»]+\s+){0,4}?(?:" + "|".join(re.escape(v) for v in lang.every("attribution_tails"))
    + r")(?:\s+(?:" + "|".join(lang.every("attribution_tail_time_openers")) + r")\b[^,.;:!?]{0,20})?\s*([.!])\s*$",
    re.IGNORECASE,
)


def compress(sentence: str) -> str:
    """Drop a leading connective and a short attribution tail, when what is left still reads as a sentence.

    Quoted speech keeps its attribution (dropping it would turn someone's words into the summary's).
    """
    s = sentence.strip()
    out = s
    m = _LEAD_CONNECTIVE.match(out)
    if m and len(out) - m.end() > 20:
        rest = out[m.end():]
        out = rest[:1].upper() + rest[1:]
    if not any(q in out for q in "\"“”«»"):
        m = _ATTRIB_TAIL.search(out)
        if m and len(out[:m.start()].split()) >= 6:
            out = out[:m.start()].rstrip() + m.group(1)
    return out


# --- candidates -----------------------------------------------------------------------------------

def candidate_sentences(docs: list[Document]) -> list[tuple[Document, int]]:
    """(document, sentence index) of every sentence fit to stand alone in a summary: 10-60 words, a full
    sentence, not a speech turn or a question."""
    out = []
    for d in docs:
        for i, s in enumerate(d.sentences):
            words = len(s.text.split())
            if words < 10 or words > 60 or s.text.rstrip().endswith(("?", ":")):
                continue
            if s.text.lstrip()[:1] in "-–—\"“«„":  # speech turns read badly out of context
                continue
            if not s.text.rstrip().endswith((".", "!", "…", "\"", "”", "»", "’", ")")):
                continue  # a headline, caption or kicker line, not a sentence
            out.append((d, i))
    return out


_DANGLING = re.compile(r"^(?:" + alternation(lang.every("anaphoric_openers")) + r")\b|\b(?:"
                       + alternation(lang.every("anaphoric_report_verbs")) + r") (?:this|that|it)\b", re.IGNORECASE)


def dangling(text: str) -> bool:
    """Does the sentence lean on the one before it (a leading pronoun, 'said this')?"""
    return bool(_DANGLING.search(text.strip()))


def _words(text: str) -> int:
    return len(text.split())


def select_sentences(texts: Sequence[str], vecs: np.ndarray, group: Sequence[int], *, position: Sequence[float],
                     boost: np.ndarray | None = None, context: np.ndarray | None = None,
                     n_words: int | None = _CONFIGURED, n_sentences: int | None = None,
                     lam: float = 0.7, same_point: np.ndarray | None = None) -> list[int]:
    """Rank-and-pick with MMR: indexes of the chosen candidates, in pick order.

    ``group`` is the independent source of each candidate (copies share a group), ``position`` its
    relative place in its document (0 = lead), ``context`` an optional vector of the wider story
    (e.g. the mean embedding of every article of the topic). ``same_point[k, j]`` marks candidates the support
    model judged to say the same thing (one cites the other): once one is chosen the other is redundant,
    however different its wording. Stops at ``n_sentences`` when given, else once ``n_words`` words are
    reached (the last sentence may overshoot; callers truncate).
    """
    if n_words == _CONFIGURED:
        n_words = current().summary.words
    n = len(texts)
    if n == 0:
        return []
    sim = vecs @ vecs.T
    group = np.asarray(group)
    other = group[:, None] != group[None, :]
    if other.any():
        cross = np.where(other, sim, 0.0)
        centrality = cross.sum(axis=1) / np.maximum(1, other.sum(axis=1))
        within = np.where(~other & ~np.eye(n, dtype=bool), sim, 0.0).sum(axis=1) / np.maximum(1, (~other).sum(axis=1) - 1)
        centrality = 0.75 * centrality + 0.25 * within
    else:
        centrality = (sim.sum(axis=1) - 1.0) / max(1, n - 1)
    score = centrality.astype(float)
    if context is not None and np.linalg.norm(context) > 0:
        c = context / np.linalg.norm(context)
        score = score + 0.5 * (vecs @ c)
    score = score - 0.12 * np.asarray(position, dtype=float)  # news puts the news first
    score = score - 0.06 * np.array([dangling(t) for t in texts], dtype=float)
    if boost is not None:
        score = score + boost
    lengths = np.array([_words(t) for t in texts])
    budgeted = n_sentences is None and n_words is not None
    if budgeted:  # under a word budget a long sentence must earn its room
        score = score - 0.004 * np.maximum(0, lengths - 25)
    floor = float(np.median(score)) if n > 4 else -math.inf
    chosen: list[int] = []
    words = 0
    limit_s = n_sentences if n_sentences else n
    while len(chosen) < min(limit_s, n):
        if budgeted and words >= n_words:
            break
        best, best_val = -1, -math.inf
        for k in range(n):
            if k in chosen:
                continue
            if budgeted and chosen and words + lengths[k] > n_words * 1.1:
                continue  # does not fit in what is left of the budget
            if chosen and score[k] < floor:
                continue  # filler: better a shorter summary than a weak sentence
            if same_point is not None and chosen and same_point[k, chosen].any():
                continue  # says what a chosen sentence says: it is among that sentence's citations
            red = max((sim[k, j] for j in chosen), default=0.0)
            val = lam * score[k] - (1 - lam) * red
            if val > best_val:
                best, best_val = k, val
        if best < 0 or (chosen and max(sim[best, j] for j in chosen) > 0.9):
            break
        chosen.append(best)
        words += _words(texts[best])
    return chosen


def summarize(dossier: Dossier, *, n_sentences: int | None = None, n_words: int | None = None,
              embed: Callable | None = None, llm_url: str | None = None, llm_model: str | None = None,
              llm_timeout: float = 120.0) -> None:
    """Fill ``dossier.summary``, ``dossier.sources``, ``dossier.story`` and each document's ``duplicate_of`` and
    ``family``.

    Length: ``n_words`` words (whole sentences, the last may overshoot) when given; else
    ``n_sentences`` sentences when given; else the configured ``summary.words`` words.
    """
    if embed is None:
        from ..embed import embed as default_embed

        embed = default_embed
    if n_words is None and n_sentences is None:
        n_words = current().summary.words
    dup_of = assign_families(dossier.documents)
    docs = [d for d in dossier.documents if d.text.strip() and d.sentences]
    dossier.story = story_header(dossier, docs, embed=embed)
    dossier.story.independent_sources = len({d.family for d in docs}) if docs else 0
    cands = _originals_first(candidate_sentences(docs), dossier)
    if not cands:
        dossier.summary = []
        dossier.sources = _bare_profiles(dossier, dup_of)
        return
    texts = [d.sentences[i].text for d, i in cands]
    vecs = embed(texts)
    sim = vecs @ vecs.T
    doc_of = np.array([docs.index(d) for d, _ in cands])
    family = {d.id: d.family or d.id for d in dossier.documents}
    original = {d.family: d.id for d in dossier.documents if d.family and not d.duplicate_of}
    families = sorted(set(family.values()))
    group = np.array([families.index(family[d.id]) for d, _ in cands])
    pool = passages(docs, embed)
    profs = [profile(t) for t in texts]
    support = [find_support(vecs[k], profs[k], cands[k][0].id, family, original, pool, language=cands[k][0].language)
               for k in range(len(cands))]

    dated = {(e.doc, e.start) for t in dossier.timeline for e in t.evidence}
    disputed = {(v.doc, v.start) for c in dossier.claims if c.status in {"conflict", "compatible"} for v in c.values}
    boost = np.zeros(len(cands))
    position = np.zeros(len(cands))
    for k, (d, i) in enumerate(cands):
        s = d.sentences[i]
        position[k] = i / max(1, len(d.sentences))
        if (d.id, s.start) in dated:
            boost[k] += 0.05  # covers the timeline
        if any(doc == d.id and s.start <= st < s.end for doc, st in disputed):
            boost[k] += 0.05  # covers a disputed figure
        boost[k] += 0.04 * len(support[k])  # consensus: other families that say the same (the citations it gets)
    at = {(d.id, d.sentences[i].start): k for k, (d, i) in enumerate(cands)}
    same_point = np.zeros((len(cands), len(cands)), dtype=bool)
    for k, sup in enumerate(support):
        for sp in sup:
            j = at.get((sp.doc, sp.span.start))
            if j is not None:
                same_point[k, j] = same_point[j, k] = True
    chosen = select_sentences(texts, vecs, group, position=position, boost=boost, n_words=n_words,
                              n_sentences=n_sentences if n_words is None else None, same_point=same_point)
    chosen.sort(key=lambda k: (_first_date(cands[k], dossier), doc_of[k], cands[k][1]))

    summary = []
    for k in chosen:
        d, i = cands[k]
        s = d.sentences[i]
        spans = [sp.span for sp in support[k]]
        summary.append(SummarySentence(text=s.text, doc=d.id, start=s.start, end=s.end, support=spans,
                                       sources=[d.id] + [sp.doc for sp in spans]))
    if llm_url:
        summary = abstractive(summary, dossier, llm_url, model=llm_model, timeout=llm_timeout) or summary
    dossier.summary = summary
    dossier.sources = source_profiles(dossier, docs, cands, sim, doc_of, dup_of)


def _originals_first(cands: list[tuple[Document, int]], dossier: Dossier) -> list[tuple[Document, int]]:
    """Drop a copy's sentences that its original also holds: the summary quotes the original report (a copy
    adds only what it changed)."""
    held: dict[str, set[str]] = {}
    out = []
    for d, i in cands:
        if d.duplicate_of:
            if d.duplicate_of not in held:
                held[d.duplicate_of] = {s.text for s in dossier.doc(d.duplicate_of).sentences}
            if d.sentences[i].text in held[d.duplicate_of]:
                continue
        out.append((d, i))
    return out


def _bare_profiles(dossier: Dossier, dup_of: dict[str, str]) -> list[SourceProfile]:
    return [SourceProfile(doc=d.id, duplicate_of=dup_of.get(d.id),
                          near_duplicates=sorted(x for x, r in dup_of.items() if r == d.id))
            for d in dossier.documents]


def _first_date(cand, dossier: Dossier) -> str:
    d, i = cand
    s = d.sentences[i]
    for t in dossier.timeline:
        for e in t.evidence:
            if e.doc == d.id and e.start == s.start:
                return t.date
    return "9999"
