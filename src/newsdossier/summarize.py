"""Extractive multi-document summary, per-source profiles and syndicated-copy detection.

Sentences are scored by how central they are *across* independent sources (multilingual
embeddings), boosted when they carry a dated event or a disputed figure and when other sources
say the same, and picked with MMR under a word budget so the summary does not repeat itself.
Each summary sentence lists every document that says the same thing (a near-equivalent
sentence, or the same timeline entry / figure), with the exact spans; its displayed text may be
lightly compressed (leading connective, short attribution tail dropped) while ``spans[0]`` keeps
the original sentence. Near-duplicate documents (MinHash over word shingles) are marked, so the
story header can count independent sources. An optional abstractive pass (``llm_url``) rewrites
the picked sentences with an OpenAI-compatible endpoint and keeps only generated sentences whose
numbers, dates and names appear in the spans they cite.
"""

from __future__ import annotations

import http.client
import json
import logging
import math
import re
import unicodedata
import urllib.request
from collections import Counter
from typing import Callable, Sequence

import numpy as np

from . import lang
from .config import current
from .model import Document, Dossier, SourceProfile, Span, Story, SummarySentence
from .textutil import alternation

log = logging.getLogger("newsdossier.summarize")

_CONFIGURED = -1  # "the configured default" (config.SummarySettings.words); None already means "no word budget"
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)

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
                     lam: float = 0.7) -> list[int]:
    """Rank-and-pick with MMR: indexes of the chosen candidates, in pick order.

    ``group`` is the independent source of each candidate (copies share a group), ``position`` its
    relative place in its document (0 = lead), ``context`` an optional vector of the wider story
    (e.g. the mean embedding of every article of the topic). Stops at ``n_sentences`` when given,
    else once ``n_words`` words are reached (the last sentence may overshoot; callers truncate).
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
    """Fill ``dossier.summary``, ``dossier.sources`` and ``dossier.story``.

    Length: ``n_words`` words (whole sentences, the last may overshoot) when given; else
    ``n_sentences`` sentences when given; else the configured ``summary.words`` words.
    """
    if embed is None:
        from .embed import embed as default_embed

        embed = default_embed
    if n_words is None and n_sentences is None:
        n_words = current().summary.words
    docs = [d for d in dossier.documents if d.text.strip() and d.sentences]
    dup_of = find_duplicates(docs)
    dossier.story = story_header(dossier, docs, embed=embed)
    dossier.story.independent_sources = len({dup_of.get(d.id, d.id) for d in docs}) if docs else 0
    cands = candidate_sentences(docs)
    if not cands:
        dossier.summary = []
        dossier.sources = _bare_profiles(dossier, dup_of)
        return
    texts = [d.sentences[i].text for d, i in cands]
    vecs = embed(texts)
    sim = vecs @ vecs.T
    doc_of = np.array([docs.index(d) for d, _ in cands])
    root = {d.id: dup_of.get(d.id, d.id) for d in docs}
    roots = sorted(set(root.values()))
    group = np.array([roots.index(root[cands[k][0].id]) for k in range(len(cands))])

    dated = {(e.doc, e.start) for t in dossier.timeline for e in t.evidence}
    disputed = {(v.doc, v.start) for c in dossier.claims if c.status in {"conflict", "compatible"} for v in c.values}
    groups = _shared_groups(dossier, cands)
    ents = [_entities_in(d, d.sentences[i]) for d, i in cands]
    boost = np.zeros(len(cands))
    position = np.zeros(len(cands))
    for k, (d, i) in enumerate(cands):
        s = d.sentences[i]
        position[k] = i / max(1, len(d.sentences))
        if (d.id, s.start) in dated:
            boost[k] += 0.05  # covers the timeline
        if any(doc == d.id and s.start <= st < s.end for doc, st in disputed):
            boost[k] += 0.05  # covers a disputed figure
        # consensus: how many other *independent* sources say the same thing
        supporters = {group[j] for j in np.nonzero(sim[k] >= 0.45)[0]
                      if group[j] != group[k] and _supports(k, j, sim, groups, ents)}
        boost[k] += 0.04 * len(supporters)
    chosen = select_sentences(texts, vecs, group, position=position, boost=boost, n_words=n_words,
                              n_sentences=n_sentences if n_words is None else None)
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
        summary.append(SummarySentence(text=s.text, doc=d.id, start=s.start, end=s.end, support=spans[1:],
                                       sources=[sp.doc for sp in spans]))
    if llm_url:
        summary = abstractive(summary, dossier, llm_url, model=llm_model, timeout=llm_timeout) or summary
    dossier.summary = summary
    dossier.sources = source_profiles(dossier, docs, cands, sim, doc_of, dup_of)


def _bare_profiles(dossier: Dossier, dup_of: dict[str, str]) -> list[SourceProfile]:
    return [SourceProfile(doc=d.id, duplicate_of=dup_of.get(d.id),
                          near_duplicates=sorted(x for x, r in dup_of.items() if r == d.id))
            for d in dossier.documents]


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
    if sim[k, j] >= current().summary.support_threshold:
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


# --- syndicated copies -----------------------------------------------------------------------------

def _shingles(text: str, k: int = 5) -> set[bytes]:
    toks = [w.lower() for w in _WORD.findall(unicodedata.normalize("NFKC", text))]
    if len(toks) < k:
        return {" ".join(toks).encode("utf-8")} if toks else set()
    return {" ".join(toks[i:i + k]).encode("utf-8") for i in range(len(toks) - k + 1)}


def find_duplicates(docs: list[Document], threshold: float | None = None) -> dict[str, str]:
    """{copy id: original id} for near-duplicate documents (MinHash LSH over 5-word shingles).

    The original of a cluster is the earliest published document (then the longest, then the
    first given); every other member is its copy. ``threshold`` defaults to the configured
    ``summary.duplicate_jaccard``.
    """
    if threshold is None:
        threshold = current().summary.duplicate_jaccard
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:  # optional at run time: without it every document counts as independent
        return {}
    sigs: dict[str, MinHash] = {}
    for d in docs:
        sh = _shingles(d.text)
        if len(sh) < 3:
            continue
        m = MinHash(num_perm=128, seed=7)
        m.update_batch(list(sh))
        sigs[d.id] = m
    if len(sigs) < 2:
        return {}
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    for did, m in sigs.items():
        lsh.insert(did, m)
    parent = {did: did for did in sigs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for did, m in sigs.items():
        for other in lsh.query(m):
            if other != did and m.jaccard(sigs[other]) >= threshold:
                parent[find(other)] = find(did)
    order = {d.id: (d.published or "9999", -len(d.text), n) for n, d in enumerate(docs)}
    clusters: dict[str, list[str]] = {}
    for did in sigs:
        clusters.setdefault(find(did), []).append(did)
    out = {}
    for members in clusters.values():
        if len(members) < 2:
            continue
        orig = min(members, key=lambda x: order[x])
        out.update({x: orig for x in members if x != orig})
    return out


# --- story header ----------------------------------------------------------------------------------

def story_header(dossier: Dossier, docs: list[Document], embed: Callable | None = None) -> Story:
    dates = sorted(d.published for d in docs if d.published)
    if dates:  # events the story is about: timeline days near the reporting period
        lo, hi = dates[0], dates[-1]
        days = [t.date for t in dossier.timeline if len(t.date) == 10 and _near(t.date, lo, hi)]
        dates = sorted(dates + days)
    else:
        dates = sorted(t.date for t in dossier.timeline if len(t.date) == 10)
    titles = [d.title for d in docs if d.title]
    title = Counter(titles).most_common(1)[0][0] if titles else ""
    if len(titles) > 1:  # the headline closest to all the others (an embedding failure raises, as everywhere here)
        if embed is None:
            from .embed import embed
        v = embed(titles)
        title = titles[int(np.argmax((v @ v.mean(axis=0))))]
    langs = sorted({d.language for d in docs if d.language})
    return Story(title=title, start=dates[0] if dates else None, end=dates[-1] if dates else None, languages=langs)


def _near(day: str, lo: str, hi: str, window: int = 31) -> bool:
    from datetime import date

    try:
        d, a, b = date.fromisoformat(day), date.fromisoformat(lo), date.fromisoformat(hi)
    except ValueError:
        return False
    return (a - d).days <= window and (d - b).days <= 1


# --- per-source profiles ---------------------------------------------------------------------------

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


# --- optional abstractive pass ---------------------------------------------------------------------

_NUM = re.compile(r"\d[\d.,  ]*\d|\d")
_CAP = re.compile(r"(?<![\w’'])[^\W\d_][\w’'-]*", re.UNICODE)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def unsupported_tokens(sentence: str, evidence: str) -> list[str]:
    """Numbers, dates and names of ``sentence`` that ``evidence`` does not contain.

    Numbers compare digits only ("2,300" == "2300"); names are capitalised words not at the
    sentence start, compared case- and accent-folded.
    """
    ev_digits = {re.sub(r"\D", "", m) for m in _NUM.findall(evidence)}
    ev_fold = _fold(evidence)
    missing = []
    for m in _NUM.findall(sentence):
        if re.sub(r"\D", "", m) not in ev_digits:
            missing.append(m.strip())
    words = list(_CAP.finditer(sentence))
    for w in words[1:]:
        tok = w.group(0)
        if tok[:1].isupper() and len(tok) > 1 and _fold(tok.rstrip("’'s")) not in ev_fold:
            missing.append(tok)
    return missing


def _endpoint(url: str) -> str:
    u = url.rstrip("/")
    if u.endswith("/chat/completions"):
        return u
    if u.endswith("/v1"):
        return u + "/chat/completions"
    return u + "/v1/chat/completions"


def abstractive(extractive: list[SummarySentence], dossier: Dossier, url: str, *, model: str | None = None,
                timeout: float = 120.0) -> list[SummarySentence] | None:
    """Rewrite the summary with an OpenAI-compatible endpoint; keep only supported sentences.

    The model sees the extracted sentences (numbered, with their document ids) and the dated events
    and figures, and must answer JSON ``{"sentences": [{"text": ..., "cite": ["S1", ...]}]}``.
    A generated sentence is kept when every number, date and name in it appears in the spans it
    cites; its spans are those cited. Returns None (caller keeps the extractive summary) when the
    endpoint fails or nothing survives.
    """
    ids = {f"S{n + 1}": s for n, s in enumerate(extractive)}
    lines = [f"[{sid}] ({', '.join(s.sources)}) {s.text}" for sid, s in ids.items()]
    ledger = [f"- {t.date}: {t.summary}" for t in dossier.timeline[:20]]
    ledger += [f"- {c.measure} ({c.status}): " + "; ".join(f"{v.doc}: {v.text}" for v in c.values[:6])
               for c in dossier.claims[:12]]
    prompt = ("Write a short neutral news summary using ONLY the numbered sentences below. "
              "Answer with JSON only: {\"sentences\": [{\"text\": \"...\", \"cite\": [\"S1\"]}]}. "
              "Every sentence must cite the numbered sentences it relies on; do not add any fact, number, "
              "date or name that is not in the cited sentences.\n\nSentences:\n" + "\n".join(lines)
              + ("\n\nDated events and figures:\n" + "\n".join(ledger) if ledger else ""))
    body = json.dumps({"model": model or "default", "temperature": 0,
                       "messages": [{"role": "system", "content": "You summarise news faithfully and cite sources."},
                                    {"role": "user", "content": prompt}]}).encode("utf-8")
    try:
        req = urllib.request.Request(_endpoint(url), data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (user-given local endpoint)
            reply = json.loads(resp.read(2_000_000).decode("utf-8", "replace"))
        content = reply["choices"][0]["message"]["content"]
        m = re.search(r"\{.*\}", content, re.S)
        items = json.loads(m.group(0) if m else content)["sentences"]
    except (OSError, http.client.HTTPException, ValueError, KeyError, IndexError, TypeError) as exc:
        # Best effort: the endpoint is an optional outside service. Unreachable, timed out (OSError), a broken
        # HTTP reply, not JSON (ValueError) or not the expected shape (KeyError/IndexError/TypeError): the
        # extractive summary stays, and the warning says why.
        log.warning("abstractive summary failed (%s): keeping the extractive one", exc)
        return None
    out = []
    for it in items if isinstance(items, list) else []:
        if not isinstance(it, dict) or not isinstance(it.get("text"), str) or not it["text"].strip():
            continue
        cites = it.get("cite") or it.get("cites") or it.get("sources") or []
        cites = [c for c in cites if isinstance(c, str)] if isinstance(cites, list) else []
        cited = [ids[c.strip("[] ")] for c in cites if c.strip("[] ") in ids]
        cited += [s for s in extractive if any(c in s.sources for c in cites) and s not in cited]  # doc ids cited
        if not cited:
            log.info("dropped generated sentence without citation: %r", it["text"][:80])
            continue
        own = [Span(s.doc, s.start, s.end, s.text) for s in cited]
        spans = own + [sp for s in cited for sp in s.support]
        evidence = " ".join(sp.text for sp in own)  # a generated sentence must hold in the sentences it cites
        missing = unsupported_tokens(it["text"], evidence)
        if missing:
            log.info("dropped unsupported generated sentence (%s): %r", ", ".join(missing), it["text"][:80])
            continue
        first = own[0]
        sources = list(dict.fromkeys(sp.doc for sp in spans))
        out.append(SummarySentence(text=it["text"].strip(), doc=first.doc, start=first.start, end=first.end,
                                   support=spans[1:], sources=sources))
    return out or None
