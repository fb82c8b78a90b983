"""Numeric claims across documents: group the quantities that count the same thing, then say
whether the reports agree, are compatible, or conflict.

`build_claims(docs, embed=None) -> list[Claim]`

Grouping
--------
Every quantity with a unit or a measure becomes an item, with the facets analysis read from its clause
(`context.py`, `analyze/quantities/about.py`): subject, place, poll source and the time it holds for.
Two items are scored by
  * the cosine similarity of their measure phrases (synonyms first mapped to one word by the
    general tables of `lang`, so "terrorists arrested" meets "people detained"),
  * the cosine similarity of their sentences,
  * the overlap of the entities named in their sentences (Mention.entity ids, else the text),
  * bonuses/penalties: same unit family (+), same / different event predicate (+ / -),
    equal values (+), orders of magnitude apart when the ranges do not overlap (-), same
    sentence of the same document (-: "dozens dead and thousands injured" are two things),
    same subject entity (+), two different named subjects in the same role (-: "Tessalian troops" /
    "Corvanian troops"; an owner and an actor, "Tessalian troops" / "Olbeck deployed", are no evidence).
Some pairs never group, however alike their words (a figure is only comparable with a report of the same
thing):
  * percentages, money and counts never mix;
  * two different poll sources, or two different places (both named): another poll, another place;
  * a percentage or a sum of money needs the same known subject on both sides and no two different dates:
    a share belongs to one holder at one time ("45 percent" for Quenby is no report of Marlowe's 41), and
    "45 percent" of nobody in particular is no report of anything comparable;
  * times (else publication dates) more than `max_days_apart` apart: another week's report tells of
    another situation (a heterogeneous pile of a year's coverage is not one story).
Items are merged by average-linkage agglomerative clustering while the average score stays above
`ClaimSettings.threshold`; one cluster is one claim. The synonym families (`COUNTED_NOUN_FAMILIES`,
`EVENT_FAMILIES`) and predicate words come from `lang/<code>/numbers.py`; weights, penalties and thresholds
from `config.ClaimSettings`.

Status
------
Each value is an interval (model.Quantity low/high; a missing bound is open; an approximator's interval
comes from the language's `APPROXIMATOR_TOLERANCES`, "about 2,000" = 1,800-2,200). Across pairs of values
from *different sources* (documents; copies of one report, one `Document.family`, count once): ranges that
miss each other by more than `slack` (5% of the larger facing bound: the other figure's own rounding) are
apart, where the slack only applies between figures: a vague word ("dozens" = 24-99) is compared through
its own interval and nothing more, since that interval already is the word's whole tolerance. So "about
2,000" vs "2,300" is compatible (4% beyond the approximator's reach), "about 2,000" vs "2,500" and exact
"2,000" vs exact "2,300" conflict. Two values apart whose times differ are an update, not a conflict.
Any conflict -> "conflict"; else any update -> "update"; all values equal with the same qualifier ->
"agree"; otherwise "compatible"; one source only -> "single". The `explanation` names the values, documents
and dates behind the verdict.

Each claim's `subject` is its values' most common subject (an entity id before a phrase), `when` the latest
time its values hold for (an update holds as of its last figure), and each value carries its `sentence`.
"""

from __future__ import annotations

import logging
import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

import numpy as np

from ... import lang as langdata
from ...analyze.quantities import CURRENCY_SYMBOLS
from ...config import ClaimSettings, current
from ...model import Claim, ClaimValue, Document, Quantity, SentenceRef
from .context import Facet, days_apart, different_names, facet_of, same_or_unknown, when_of

log = logging.getLogger(__name__)

class Kind(Enum):
    """What a figure is: counts, percentages and sums of money never make one claim together."""

    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"


class Status(str, Enum):
    """A claim's verdict (the value is what `model.Claim.status` holds)."""

    CONFLICT = "conflict"
    UPDATE = "update"
    COMPATIBLE = "compatible"
    AGREE = "agree"
    SINGLE = "single"


_STATUS_ORDER = {Status.CONFLICT.value: 0, Status.UPDATE.value: 1, Status.COMPATIBLE.value: 2, Status.AGREE.value: 3,
                 Status.SINGLE.value: 4}


@dataclass(frozen=True)
class _Words:
    """The synonym families and predicate words of every language with number data, merged once.

    Claims compare documents that may be in different languages, so the tables of all languages apply."""

    unit_canon: dict[str, str]
    pred_canon: dict[str, str]
    participles: frozenset[str]
    human_suffixes: tuple[str, ...]
    money: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    unit_canon: dict[str, str] = {}
    pred_canon: dict[str, str] = {}
    participles: set[str] = set()
    suffixes: list[str] = []
    money = set(CURRENCY_SYMBOLS.values())
    for code in langdata.available():
        lg = langdata.get(code)
        unit_canon.update({w: k for k, ws in lg.counted_noun_families.items() for w in ws})
        pred_canon.update({w: k for k, ws in lg.event_families.items() for w in ws})
        participles |= set(lg.irregular_participles.values()) | set(lg.state_adjectives) | set(lg.nominal_events.values())
        suffixes += [x for x in lg.human_noun_suffixes if x not in suffixes]
        money |= set(lg.currency_words.values())
    return _Words(unit_canon, pred_canon, frozenset(participles), tuple(suffixes), frozenset(money))


@dataclass
class _Item:
    doc: Document
    q: Quantity
    sentence: str
    sent_start: int
    sent_end: int
    kind: Kind
    unit_canon: str | None
    pred: str | None
    pred_canon: str | None
    key: str  # canonicalised measure phrase for embedding
    ents: set[str] = field(default_factory=set)
    idf: dict[str, float] = field(default_factory=dict, repr=False)
    date: str | None = None  # the time the figure holds for (claim_context.when_of)
    subject: Facet | None = None
    place: Facet | None = None
    source: Facet | None = None
    group: str = ""  # the document's family (copies of one report count once), else its id

    @property
    def lo(self) -> float:
        q = self.q
        if q.low is not None:
            return float(q.low)
        return 0.0 if q.high is not None else float(q.value)

    @property
    def hi(self) -> float:
        q = self.q
        if q.high is not None:
            return float(q.high)
        return math.inf if q.low is not None else float(q.value)


def _sentence_of(doc: Document, q: Quantity) -> tuple[str, int, int]:
    for s in doc.sentences or []:
        if s.start <= q.start < s.end:
            return doc.text[s.start:s.end], s.start, s.end
    if 0 <= q.sentence < len(doc.sentences or []):
        s = doc.sentences[q.sentence]
        return doc.text[s.start:s.end], s.start, s.end
    a = max(0, q.start - 150)
    b = min(len(doc.text), q.end + 150)
    return doc.text[a:b], a, b


def _kind(q: Quantity) -> Kind:
    if (q.unit or "") == "percent":
        return Kind.PERCENT
    if q.unit in _words().money:
        return Kind.MONEY
    return Kind.COUNT


def _split_measure(q: Quantity) -> tuple[list[str], str | None]:
    """measure "<noun words> [<predicate>]" -> (noun words, predicate or None)."""
    words = (q.measure or q.unit or "").lower().split()
    if not words:
        return [], None
    if q.unit is None:
        return [], " ".join(words)
    last = words[-1]
    if len(words) > 1 and (last in _words().pred_canon or last in _words().participles
                           or (last.endswith("ed") and last != (q.unit or "").lower())):
        return words[:-1], last
    return words, None


def _unit_family(q: Quantity, noun_words: list[str]) -> str | None:
    cands = [q.unit or ""] + noun_words[-1:]
    for c in cands:
        if c in _words().unit_canon:
            return _words().unit_canon[c]
    return None


def _canon_key(noun_words: list[str], pred: str | None, unit_canon: str | None) -> str:
    words = list(noun_words)
    if unit_canon and words:
        words[-1] = unit_canon
    if pred:
        words.append(_words().pred_canon.get(pred, pred))
    return " ".join(words) or "amount"


def _ents_in(doc: Document, a: int, b: int) -> set[str]:
    out = set()
    for m in doc.mentions or []:
        if a <= m.start and m.end <= b:
            out.add(m.entity or m.text.lower())
    return out


def _items(docs: list[Document]) -> list[_Item]:
    items = []
    for doc in docs:
        for q in doc.quantities or []:
            if not (q.unit or q.measure):
                continue  # nothing says what is counted: no claim can be about it
            if q.value is None or not math.isfinite(float(q.value)):
                continue
            sent, a, b = _sentence_of(doc, q)
            noun_words, pred = _split_measure(q)
            ufam = _unit_family(q, noun_words)
            items.append(_Item(
                doc=doc, q=q, sentence=sent.strip() or q.text, sent_start=a, sent_end=b,
                kind=_kind(q), unit_canon=ufam, pred=pred,
                pred_canon=_words().pred_canon.get(pred, pred) if pred else None,
                key=_canon_key(noun_words, pred, ufam), ents=_ents_in(doc, a, b),
                date=when_of(doc, q, a, b), subject=facet_of(doc, q.subject, q.subject_role), place=facet_of(doc, q.place),
                source=facet_of(doc, q.source), group=doc.family or doc.id,
            ))
    return items


def _lexical_vectors(texts: list[str]) -> np.ndarray:
    """Fallback when no embedder is available: hashed bag of words."""
    dim = 256
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for i, t in enumerate(texts):
        for w in re.findall(r"\w+", t.lower()):
            out[i, zlib.crc32(w.encode("utf-8")) % dim] += 1.0  # a stable hash: the same output every run
    n = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(n, 1e-9)


def _embed_all(texts: list[str], embed) -> np.ndarray:
    uniq = list(dict.fromkeys(texts))
    try:
        vecs = np.asarray(embed(uniq), dtype=np.float32)
        if vecs.ndim != 2 or vecs.shape[0] != len(uniq):
            raise ValueError("embedder returned a bad shape")
        n = np.linalg.norm(vecs, axis=1, keepdims=True)
        vecs = vecs / np.maximum(n, 1e-9)
    except Exception:  # best-effort: the embedding model is an outside library that may be absent or fail
        log.exception("embedding failed; falling back to lexical similarity")
        vecs = _lexical_vectors(uniq)
    index = {t: i for i, t in enumerate(uniq)}
    return vecs[[index[t] for t in texts]]


def _gap(a: _Item, b: _Item) -> float:
    """Relative distance between two ranges (<= 0 when they overlap)."""
    lo = max(a.lo, b.lo)
    hi = min(a.hi, b.hi)
    if lo <= hi:
        return 0.0
    return (lo - hi) / max(abs(lo), 1e-9)


def _slack(a: _Item, b: _Item, cs: ClaimSettings) -> float:
    """Rounding slack between two values: none when either is a vague word (its interval is its tolerance)."""
    return 0.0 if "vague" in (a.q.qualifier, b.q.qualifier) else cs.slack


def _mid(it: _Item) -> float:
    v = abs(float(it.q.value)) or 1e-9
    return v


def _is_people(it: _Item) -> bool:
    return it.unit_canon == "people"


def _is_human(it: _Item) -> bool:
    u = (it.q.unit or "").lower()
    return bool(u) and (it.unit_canon is not None or u.endswith(_words().human_suffixes))


def _bare(it: _Item) -> bool:
    """The measure is the counted noun alone ("people", "children"): no modifier, no event."""
    return it.pred_canon is None and len(it.key.split()) <= 1


def _pair_score(a: _Item, b: _Item, msim: float, ssim: float, cs: ClaimSettings) -> float:
    if a.kind != b.kind:
        return -math.inf
    if not (same_or_unknown(a.source, b.source) and same_or_unknown(a.place, b.place)):
        return -math.inf  # another poll, another place: another figure, however alike the words
    if a.kind is not Kind.COUNT and not (a.subject is not None and b.subject is not None
                                         and a.subject.key == b.subject.key
                                         and (a.date is None or b.date is None or a.date == b.date)):
        # a share or a sum belongs to one holder at one time: 45% for one candidate is no report of another's,
        # and "45 percent" / "$20 million" of nobody in particular is no report of anything comparable
        return -math.inf
    if a.kind is Kind.PERCENT and not ((a.source and b.source) or (a.date and b.date)):
        return -math.inf  # one holder's share in two unnamed, undated polls: two measurements, not two reports
    unshared = not (a.ents & b.ents) and not (a.subject and b.subject and a.subject.key == b.subject.key)
    if unshared and _bare(a) and _bare(b):
        return -math.inf  # "four children" / "three kids": bare nouns say nothing of whose, and nothing else is shared
    if days_apart(a.date or a.doc.published, b.date or b.doc.published) > cs.max_days_apart:
        return -math.inf  # reports of another week tell of another situation: no conflict, no agreement
    union = a.ents | b.ents
    den = sum(a.idf.get(e, 0.0) for e in union)
    ent = sum(a.idf.get(e, 0.0) for e in a.ents & b.ents) / den if den > 0 else 0.0
    s = cs.w_measure * msim + cs.w_sentence * ssim + cs.w_entity * ent
    if a.unit_canon and a.unit_canon == b.unit_canon:
        s += cs.b_unit_family
    elif _is_people(a) and _is_human(b) or _is_people(b) and _is_human(a):
        s += cs.b_unit_family / 2
    if a.pred_canon and b.pred_canon:
        s += cs.b_pred_same if a.pred_canon == b.pred_canon else -cs.p_pred_diff
    if float(a.q.value) == float(b.q.value) and abs(float(a.q.value)) >= 10:
        s += cs.b_equal_value
    # far apart in size is evidence against; a near miss is what a conflict looks like
    orders = abs(math.log10(_mid(a)) - math.log10(_mid(b)))
    if orders > cs.min_orders and _gap(a, b) > cs.slack:  # grouping: a near miss still counts as near
        s -= cs.p_magnitude * min(1.5, orders)
    if a.doc is b.doc and a.sent_start == b.sent_start:
        s -= cs.p_same_sentence
    if a.subject is not None and b.subject is not None and a.subject.entity and b.subject.entity:
        if a.subject.key == b.subject.key:
            s += cs.b_subject_same
        elif different_names(a.subject, b.subject):
            s -= cs.p_subject_diff
    return s


def _cluster(score: np.ndarray, threshold: float) -> list[list[int]]:
    """Agglomerative clustering on a similarity matrix (-inf = never together).

    Linkage is the mean of average and maximum linkage: a member with little information
    (a bare "more than 2,000" with only a verb) can join through its best match, while the
    average keeps chains of loosely related values apart."""
    n = score.shape[0]
    clusters: dict[int, list[int]] = {i: [i] for i in range(n)}
    if n < 2:
        return list(clusters.values())
    forbid = ~np.isfinite(score)
    sim = np.where(forbid, 0.0, score).astype(np.float64)
    avg = sim.copy()
    mx = sim.copy()
    size = np.ones(n)
    active = np.ones(n, dtype=bool)
    np.fill_diagonal(forbid, True)
    while True:
        masked = np.where(forbid | ~active[:, None] | ~active[None, :], -np.inf, sim)
        k = int(np.argmax(masked))
        i, j = divmod(k, n)
        if not np.isfinite(masked[i, j]) or masked[i, j] < threshold:
            break
        # merge j into i: keep average and maximum linkage, compare on their mean
        avg[i, :] = (size[i] * avg[i, :] + size[j] * avg[j, :]) / (size[i] + size[j])
        avg[:, i] = avg[i, :]
        mx[i, :] = np.maximum(mx[i, :], mx[j, :])
        mx[:, i] = mx[i, :]
        sim[i, :] = (avg[i, :] + mx[i, :]) / 2
        sim[:, i] = sim[i, :]
        forbid[i, :] |= forbid[j, :]
        forbid[:, i] = forbid[i, :]
        forbid[i, i] = True
        size[i] += size[j]
        active[j] = False
        clusters[i].extend(clusters.pop(j))
    return list(clusters.values())


def _status(members: list[_Item], cs: ClaimSettings) -> tuple[Status, str]:
    """The verdict over pairs of values from different documents (copies of one report, one family, count once)."""
    groups = list(dict.fromkeys(m.group for m in members))
    if len(groups) < 2:
        first = members[0]
        extra = f" ({len(members)} mentions)" if len(members) > 1 else ""
        copies = len({m.doc.id for m in members})
        fam = f" (copies of one report: {copies} documents)" if copies > 1 else ""
        return Status.SINGLE, f"Only {first.doc.id} reports this{fam}: {first.q.text}{extra}."
    worst, worst_gap, update = None, 0.0, None
    overlap_pair = None
    all_equal = True
    for x in range(len(members)):
        for y in range(x + 1, len(members)):
            a, b = members[x], members[y]
            if a.group == b.group:
                continue
            if not (float(a.q.value) == float(b.q.value) and a.q.qualifier == b.q.qualifier):
                all_equal = False
            g = _gap(a, b)
            if g > _slack(a, b, cs):
                if a.date and b.date and a.date != b.date:
                    if update is None or max(a.date, b.date) > max(update[0].date, update[1].date):
                        update = (a, b)
                    continue
                if g > worst_gap:
                    worst, worst_gap = (a, b), g
            elif overlap_pair is None or (
                    float(a.q.value) != float(b.q.value) and overlap_pair[0].q.value == overlap_pair[1].q.value):
                overlap_pair = (a, b)
    if worst is not None:
        a, b = sorted(worst, key=lambda m: m.lo)
        return Status.CONFLICT, (f"{a.q.text} ({a.doc.id}{_at(a)}) vs {b.q.text} ({b.doc.id}{_at(b)}): "
                                 "ranges do not overlap.")
    if update is not None:
        a, b = sorted(update, key=lambda m: m.date or "")
        return Status.UPDATE, (f"{a.q.text} ({a.doc.id}, {a.date}) then {b.q.text} ({b.doc.id}, {b.date}): "
                               "a later figure for a later time, read as an update.")
    if all_equal:
        return Status.AGREE, f"{len(groups)} sources give the same figure: {members[0].q.text}."
    a, b = overlap_pair if overlap_pair else (members[0], members[1])
    return Status.COMPATIBLE, (f"{a.q.text} ({a.doc.id}) and {b.q.text} ({b.doc.id}): ranges overlap "
                               f"({len(members)} values from {len(groups)} sources).")


def _at(m: _Item) -> str:
    return f", {m.date}" if m.date else ""


def _claim_when(members: list[_Item]) -> str | None:
    """The time the claim holds for: the latest date its values give (an update holds as of its last figure)."""
    dates = [m.date for m in members if m.date]
    return max(dates) if dates else None


def _claim_subject(members: list[_Item]) -> str | None:
    """The most common subject of the values: an entity id before a phrase; None when no value has one."""
    subj = Counter(m.subject for m in members if m.subject is not None)
    if not subj:
        return None
    best = max(subj, key=lambda f: (f.entity, subj[f], -len(f.label)))
    return best.key if best.entity else best.label


def _claim_measure(members: list[_Item], score: np.ndarray, idx: list[int]) -> str:
    """The most common canonical measure, written as its most common/central surface form."""
    surface = [(m.q.measure or m.q.unit or "").strip() for m in members]
    if not any(surface):
        return "amount"
    keys = Counter(m.key for m, s in zip(members, surface) if s)
    best_key = max(keys, key=lambda k: (keys[k], len(k.split()) > 1))
    cands = Counter(s for m, s in zip(members, surface) if s and m.key == best_key)

    def centrality(measure: str) -> float:
        pos = [k for k, s in zip(idx, surface) if s == measure]
        vals = [score[p, o] for p in pos for o in idx if o != p and np.isfinite(score[p, o])]
        return float(np.mean(vals)) if vals else 0.0

    return max(cands, key=lambda ms: (cands[ms], centrality(ms), -len(ms)))


def build_claims(docs: list[Document], *, embed=None) -> list[Claim]:
    """Group quantities across documents into claims (weights and thresholds: `config.ClaimSettings`).

    A failure is not hidden; only the embedder falls back (to lexical similarity)."""
    if not isinstance(docs, (list, tuple)) or not all(isinstance(d, Document) for d in docs):
        raise TypeError("build_claims needs a list of model.Document")
    cs = current().claims
    items = _items(list(docs))
    if not items:
        return []
    if embed is None:
        from ...embed import embed as default_embed

        embed = default_embed
    n = len(items)
    df: Counter = Counter()
    for doc in docs:
        df.update({m.entity or m.text.lower() for m in doc.mentions or []})
    idf = {e: math.log((len(docs) + 1) / (c + 0.5)) for e, c in df.items()}
    for it in items:
        it.idf = idf
    vec = _embed_all([it.key for it in items] + [it.sentence for it in items], embed)
    mv, sv = vec[:n], vec[n:]
    msim = mv @ mv.T
    ssim = sv @ sv.T
    score = np.full((n, n), -np.inf)
    for i in range(n):
        for j in range(i + 1, n):
            s = _pair_score(items[i], items[j], float(msim[i, j]), float(ssim[i, j]), cs)
            score[i, j] = score[j, i] = s
    claims = []
    for idx in _cluster(score, cs.threshold):
        idx = sorted(idx, key=lambda k: (items[k].doc.id, items[k].q.start))
        members = [items[k] for k in idx]
        status, why = _status(members, cs)
        values = [
            ClaimValue(
                doc=m.doc.id, start=m.q.start, end=m.q.end, text=m.q.text,
                value=float(m.q.value), low=m.q.low, high=m.q.high, qualifier=m.q.qualifier,
                unit=m.q.unit, date_context=m.date, sentence=SentenceRef(m.sent_start, m.sent_end),
            )
            for m in members
        ]
        claims.append(Claim(measure=_claim_measure(members, score, idx), status=status.value,
                            values=values, explanation=why, subject=_claim_subject(members),
                            when=_claim_when(members)))
    claims.sort(key=lambda c: (_STATUS_ORDER.get(c.status, 9), -len({v.doc for v in c.values}),
                               c.values[0].doc, c.values[0].start))
    return claims


__all__ = ["build_claims", "Kind", "Status"]
