"""Syndicated and copied documents: exact copies (normalised text hash) and near copies (MinHash over word
shingles) point to their earliest original, and every document gets a family id.

Why: wire copies and syndication repeat one report; counting them as agreeing sources inflates consensus and
citations. A family groups a document with its copies; agreement and citations count families.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from datasketch import MinHash, MinHashLSH

from ..config import current
from ..disjoint import DisjointSets
from ..model import Document

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


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
    sets = DisjointSets()
    for did, m in sigs.items():
        sets.find(did)
        for other in lsh.query(m):
            if other != did and m.jaccard(sigs[other]) >= threshold:
                sets.join(did, other)
    order = _original_order(docs)
    clusters: dict[str, list[str]] = {}
    for did in sigs:
        clusters.setdefault(sets.find(did), []).append(did)
    out = {}
    for members in clusters.values():
        if len(members) < 2:
            continue
        orig = min(members, key=lambda x: order[x])
        out.update({x: orig for x in members if x != orig})
    return out


def _original_order(docs: list[Document]) -> dict[str, tuple]:
    """Sort key choosing a group's original: earliest published, then longest, then first given."""
    return {d.id: (d.published or "9999", -len(d.text), n) for n, d in enumerate(docs)}


def _normalised_hash(text: str) -> str:
    """Hash of the text with case, accents' composition, punctuation and spacing normalised: an exact copy
    re-typeset by another site (curly quotes, line breaks) hashes the same."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).lower())
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


def assign_families(docs: list[Document]) -> dict[str, str]:
    """Set ``duplicate_of`` and ``family`` on every document; return {copy id: original id}.

    Exact copies (same normalised text) and near copies (``find_duplicates``) point to the earliest member of
    their group (earliest published, then longest, then first given). Families are numbered "F1", "F2", ... in
    document order of their first member; a document without copies is a family of its own. A document with no
    text gets its own family and no original.
    """
    order = _original_order(docs)
    sets = DisjointSets()
    find = sets.find
    by_hash: dict[str, str] = {}
    for d in docs:
        if not d.text.strip():
            continue
        h = _normalised_hash(d.text)
        if h in by_hash:
            sets.join(by_hash[h], d.id)
        else:
            by_hash[h] = d.id
    for copy, orig in find_duplicates([d for d in docs if d.text.strip()]).items():
        sets.join(orig, copy)
    members: dict[str, list[str]] = {}
    for d in docs:
        members.setdefault(find(d.id), []).append(d.id)
    original = {root: min(ids, key=lambda x: order[x]) for root, ids in members.items()}
    family: dict[str, str] = {}
    dup_of: dict[str, str] = {}
    for d in docs:
        root = find(d.id)
        if root not in family:
            family[root] = f"F{len(family) + 1}"
        d.family = family[root]
        d.duplicate_of = original[root] if original[root] != d.id else None
        if d.duplicate_of:
            dup_of[d.id] = d.duplicate_of
    return dup_of


def text_hash(text: str) -> str:
    """The exact-copy key `assign_families` groups by (normalised text hash), for callers that keep documents
    between runs and look up copies of a new arrival among stored ones (the corpus store)."""
    return _normalised_hash(text)
