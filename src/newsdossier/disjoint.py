"""Disjoint sets (union-find with path halving): the one grouping structure shared by the stages that join
items transitively (entity keys in crossdoc, copies into families in summarize).

Why a module of its own: it is neither text nor model data, and two stages need it; a stage cannot import
another's internals.
"""

from __future__ import annotations


class DisjointSets:
    """Items are joined with `join(a, b)` (b's group goes under a's root); `find(x)` adds an unseen item."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> str:
        """Put b's group under a's root; return the root."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
        return ra
