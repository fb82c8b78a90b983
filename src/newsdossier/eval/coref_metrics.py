"""Coreference metrics (MUC, B³, CEAF-e, CoNLL F1) in pure Python, with a Kuhn-Munkres assignment for CEAF.

Clusterings are lists of sets of hashable mention ids. Key and response may hold different mentions
(predicted mentions): a key mention missing from the response, or the reverse, counts against recall or
precision, as in the reference scorer (Pradhan et al., 2014). CEAF's optimal one-to-one alignment is solved
per connected component of the key/response overlap graph (clusters that share no mention score 0), so
pooled evaluations over many topics stay fast.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Hashable, Iterable, Sequence

import numpy as np

Clustering = Sequence[set[Hashable]] | Sequence[frozenset[Hashable]]


def _f1(r: float, p: float) -> float:
    return 0.0 if r <= 0 or p <= 0 else 2 * p * r / (p + r)


def _index(clusters: Clustering) -> dict[Hashable, int]:
    return {m: i for i, c in enumerate(clusters) for m in c}


def muc(key: Clustering, response: Clustering) -> tuple[float, float, float]:
    """MUC (Vilain et al., 1995) recall, precision, F1; 0 when either side has only singletons."""
    if all(len(k) <= 1 for k in key) or all(len(r) <= 1 for r in response):
        return 0.0, 0.0, 0.0

    def side(a: Clustering, b: Clustering) -> float:
        where = _index(b)
        num = den = 0
        for c in a:
            parts = set()
            loose = 0
            for m in c:
                j = where.get(m)
                if j is None:
                    loose += 1
                else:
                    parts.add(j)
            num += len(c) - (len(parts) + loose)
            den += len(c) - 1
        return num / den if den else 0.0

    r, p = side(key, response), side(response, key)
    return r, p, _f1(r, p)


def b_cubed(key: Clustering, response: Clustering) -> tuple[float, float, float]:
    """B³ (Bagga and Baldwin, 1998), mention-weighted."""

    def side(a: Clustering, b: Clustering) -> float:
        where = _index(b)
        total = sum(len(c) for c in a)
        if not total:
            return 0.0
        acc = 0.0
        for c in a:
            counts: dict[int, int] = defaultdict(int)
            for m in c:
                j = where.get(m)
                if j is not None:
                    counts[j] += 1
            acc += math.fsum(n * n for n in counts.values()) / len(c)
        return acc / total

    r, p = side(key, response), side(response, key)
    return r, p, _f1(r, p)


def max_weight_assignment(weights: np.ndarray) -> tuple[list[int], list[int]]:
    """Rows and columns of a one-to-one assignment maximising the summed weight (Kuhn-Munkres / Hungarian).

    Shortest augmenting paths with potentials, O(n² m); works on rectangular matrices.
    """
    w = np.asarray(weights, dtype=float)
    if w.size == 0:
        return [], []
    transposed = w.shape[0] > w.shape[1]
    if transposed:
        w = w.T
    n, m = w.shape  # n <= m
    cost = np.zeros((n + 1, m + 1))
    cost[1:, 1:] = -w  # minimise the negated weight
    u = np.zeros(n + 1)
    v = np.zeros(m + 1)
    p = np.zeros(m + 1, dtype=int)  # p[j]: row matched to column j (1-based, 0 = none)
    way = np.zeros(m + 1, dtype=int)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = np.full(m + 1, np.inf)
        used = np.zeros(m + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = p[j0]
            free = ~used
            free[0] = False
            cur = cost[i0, :] - u[i0] - v
            better = free & (cur < minv)
            minv[better] = cur[better]
            way[better] = j0
            cand = np.where(free, minv, np.inf)
            j1 = int(np.argmin(cand))
            delta = cand[j1]
            u[p[used]] += delta
            v[used] -= delta
            minv[free] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:  # augment along the path
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    rows, cols = [], []
    for j in range(1, m + 1):
        if p[j]:
            rows.append(int(p[j]) - 1)
            cols.append(j - 1)
    if transposed:
        rows, cols = cols, rows
    order = sorted(range(len(rows)), key=lambda k: rows[k])
    return [rows[k] for k in order], [cols[k] for k in order]


def _components(key: Clustering, response: Clustering) -> Iterable[tuple[list[int], list[int]]]:
    """Connected components of the bipartite 'shares a mention' graph between key and response clusters."""
    where = _index(response)
    parent = list(range(len(key) + len(response)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, k in enumerate(key):
        for mention in k:
            j = where.get(mention)
            if j is not None:
                a, b = find(i), find(len(key) + j)
                if a != b:
                    parent[b] = a
    groups: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i in range(len(key)):
        groups[find(i)][0].append(i)
    for j in range(len(response)):
        groups[find(len(key) + j)][1].append(j)
    return [g for g in groups.values() if g[0] and g[1]]


def ceaf_e(key: Clustering, response: Clustering) -> tuple[float, float, float]:
    """Entity-based CEAF (Luo, 2005) with φ4(k, r) = 2|k∩r| / (|k| + |r|)."""
    if not key or not response:
        return 0.0, 0.0, 0.0
    total = 0.0
    for ks, rs in _components(key, response):
        if len(ks) == 1 or len(rs) == 1:  # one side has a single cluster: the best pair wins
            total += max(2 * len(key[i] & response[j]) / (len(key[i]) + len(response[j])) for i in ks for j in rs)
            continue
        w = np.array([[2 * len(key[i] & response[j]) / (len(key[i]) + len(response[j])) for j in rs] for i in ks])
        rows, cols = max_weight_assignment(w)
        total += float(w[rows, cols].sum())
    r, p = total / len(key), total / len(response)
    return r, p, _f1(r, p)


def _sets(clusters: Iterable[Iterable[Hashable]]) -> list[frozenset[Hashable]]:
    return [frozenset(c) for c in clusters if c]


def score_all(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> dict[str, dict[str, float]]:
    """Every metric as {'muc': {'r','p','f1'}, 'b3': ..., 'ceafe': ..., 'conll': {'f1'}}, in percent."""
    k, r = _sets(key), _sets(response)
    out: dict[str, dict[str, float]] = {}
    for name, fn in (("muc", muc), ("b3", b_cubed), ("ceafe", ceaf_e)):
        rr, pp, ff = fn(k, r)
        out[name] = {"r": round(100 * rr, 2), "p": round(100 * pp, 2), "f1": round(100 * ff, 2)}
    out["conll"] = {"f1": round(sum(out[n]["f1"] for n in ("muc", "b3", "ceafe")) / 3, 2)}
    return out


def drop_singletons(clusters: Iterable[Iterable[Hashable]]) -> list[frozenset[Hashable]]:
    return [c for c in _sets(clusters) if len(c) > 1]
