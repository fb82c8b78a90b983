"""Does passage B say the same thing as sentence A? A small calibrated decision, fitted on public gold data.

Why: sentence-embedding cosine alone cannot tell "the same happening" from "the same topic" (on real piles a
cosine threshold cited ~21 documents per summary sentence, ~5% of them saying the same thing). Reports of one
happening also share its names, its figures and its content words, and a figure of A that B gives differently is
strong evidence that B reports something else. These signals are combined by a logistic model whose weights
(``support_weights.py``, with its model card) were fitted on ECB+ sentence pairs by ``newsdossier eval support
--fit``; the decision threshold (``summary.support_probability``) was chosen there for precision.

Every feature is computed from the two texts alone (no parser, no entity linking), so the model sees the same
inputs in training (ECB+ token text) and in use (any language the encoder covers).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .. import lang

FEATURES = ("bias", "cos", "name_share", "no_names", "stem_share", "stem_dice", "num_shared", "num_missing",
            "num_contradict")

_TOKEN = re.compile(r"[^\W_][\w'’-]*", re.UNICODE)
_NUMBER = re.compile(r"\d[\d.,  ]*\d|\d")
_STEM = 6  # a crude, language-neutral stem: the first letters of a word (inflections share them)


@dataclass(frozen=True)
class Profile:
    """What a passage is compared on: its names, its figures and its content stems."""

    names: frozenset[str]
    numbers: frozenset[str]
    stems: frozenset[str]


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    # A passage can be in any language: function words of every language are skipped together.
    return frozenset(_fold(w) for w in lang.every("stopwords"))


def profile(text: str) -> Profile:
    """Names (capitalised words not opening the sentence or a quotation), numbers (digits only, so '2,300' ==
    '2300') and content stems (words of 4+ letters, not function words, cut to their first letters)."""
    stop = _stopwords()
    names, stems = set(), set()
    prev = ""
    for n, m in enumerate(_TOKEN.finditer(text)):
        w = m.group(0)
        f = _fold(w.rstrip("’'s") if w.endswith(("'s", "’s")) else w)
        before = text[max(0, m.start() - 2):m.start()]
        opens = n == 0 or any(c in before for c in "\"“«„:") or prev.endswith((".", "!", "?"))
        if w[:1].isupper() and not opens and f not in stop and not w.isdigit():
            names.add(f)
        if len(f) >= 4 and f not in stop and not any(c.isdigit() for c in f):
            stems.add(f[:_STEM])
        prev = text[m.end():m.end() + 1]
    numbers = {re.sub(r"\D", "", x) for x in _NUMBER.findall(text)}
    return Profile(frozenset(names), frozenset(x for x in numbers if x), frozenset(stems))


Rarity = dict[str, dict[str, float]]  # {"names": {name: weight}, "stems": {stem: weight}}


def rarity(documents: list[list[Profile]]) -> Rarity:
    """How distinctive each name and stem is within the pile: 1 for a word of one document, 0 for a word of every
    document (normalised inverse document frequency, log N/df / log N). Why: in a pile about one story its
    central names ("Tessaly", "Quenby") are in every report, so sharing them says nothing about sharing a point;
    the same normalisation holds for an ECB+ topic in training and a pile in use."""
    n = len(documents)
    out: Rarity = {"names": {}, "stems": {}}
    for kind in out:
        df: dict[str, int] = {}
        for profs in documents:
            for key in set().union(*(getattr(p, kind) for p in profs)) if profs else ():
                df[key] = df.get(key, 0) + 1
        out[kind] = {k: (np.log(n / c) / np.log(n) if n > 1 else 1.0) for k, c in df.items()}
    return out


def _weight(keys, table: dict[str, float] | None) -> float:
    return float(sum(table.get(k, 1.0) for k in keys)) if table is not None else float(len(keys))


def pair_features(cos: float, a: Profile, b: Profile, rare: Rarity | None = None) -> np.ndarray:
    """The feature vector of (sentence A, passage B), in the order of ``FEATURES``. Directed: how much of what A
    says (its names, figures, content words) B also says; names and stems weighted by their ``rarity`` in the
    pile when given."""
    names_w, stems_w = (rare or {}).get("names"), (rare or {}).get("stems")
    a_names, a_stems = _weight(a.names, names_w), _weight(a.stems, stems_w)
    inter_stems = len(a.stems & b.stems)
    missing = a.numbers - b.numbers
    return np.array([
        1.0,
        cos,
        _weight(a.names & b.names, names_w) / a_names if a_names > 0 else 0.0,
        0.0 if a.names else 1.0,
        _weight(a.stems & b.stems, stems_w) / a_stems if a_stems > 0 else 0.0,
        2 * inter_stems / (len(a.stems) + len(b.stems)) if a.stems or b.stems else 0.0,
        1.0 if a.numbers & b.numbers else 0.0,
        len(missing) / len(a.numbers) if a.numbers else 0.0,
        1.0 if missing and (b.numbers - a.numbers) else 0.0,  # both state figures, and they differ
    ], dtype=float)


class ProfileIndex:
    """Many passages' profiles, indexed so the features of one sentence against all of them are array
    operations (an inverted index from each name, figure and stem to the passages holding it)."""

    def __init__(self, profiles: list[Profile], rare: Rarity | None = None) -> None:
        self.size = len(profiles)
        self.rare = rare or {}
        self.n_numbers = np.array([len(p.numbers) for p in profiles], dtype=float)
        self.n_stems = np.array([len(p.stems) for p in profiles], dtype=float)
        index: dict[str, dict[str, list[int]]] = {"names": {}, "numbers": {}, "stems": {}}
        for j, p in enumerate(profiles):
            for kind in index:
                for key in getattr(p, kind):
                    index[kind].setdefault(key, []).append(j)
        self._arrays = {kind: {k: np.array(v) for k, v in idx.items()} for kind, idx in index.items()}

    def shared(self, kind: str, keys: frozenset[str], weighted: bool = False) -> np.ndarray:
        """For every passage: how many of ``keys`` (names, numbers or stems of one sentence) it holds (their
        summed rarity when ``weighted``)."""
        out = np.zeros(self.size)
        arrays = self._arrays[kind]
        table = self.rare.get(kind) if weighted else None
        for k in keys:
            if k in arrays:
                out[arrays[k]] += table.get(k, 1.0) if table is not None else 1.0
        return out


def features_against(cos: np.ndarray, a: Profile, index: ProfileIndex) -> np.ndarray:
    """``pair_features(cos[j], a, passage j, index.rare)`` for every passage j of ``index`` at once."""
    n = index.size
    names = index.shared("names", a.names, weighted=True)
    stems_w = index.shared("stems", a.stems, weighted=True)
    stems = index.shared("stems", a.stems)
    nums = index.shared("numbers", a.numbers)
    a_names, a_stems = _weight(a.names, index.rare.get("names")), _weight(a.stems, index.rare.get("stems"))
    ns, nn = len(a.stems), len(a.numbers)
    missing = nn - nums
    x = np.empty((n, len(FEATURES)))
    x[:, 0] = 1.0
    x[:, 1] = cos
    x[:, 2] = names / a_names if a_names > 0 else 0.0
    x[:, 3] = 0.0 if a.names else 1.0
    x[:, 4] = stems_w / a_stems if a_stems > 0 else 0.0
    denom = ns + index.n_stems
    x[:, 5] = np.divide(2 * stems, denom, out=np.zeros(n), where=denom > 0)
    x[:, 6] = (nums > 0).astype(float)
    x[:, 7] = missing / nn if nn else 0.0
    x[:, 8] = ((missing > 0) & (index.n_numbers - nums > 0)).astype(float)
    return x


def probability(weights: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Logistic model: P(B says what A says) for one feature vector or a matrix of them."""
    z = np.clip(x @ weights, -30, 30)
    return 1.0 / (1.0 + np.exp(-z))


@lru_cache(maxsize=1)
def fitted_weights() -> np.ndarray:
    """The shipped weights (``support_weights.WEIGHTS``), in ``FEATURES`` order."""
    from .support_weights import WEIGHTS

    missing = [f for f in FEATURES if f not in WEIGHTS]
    if missing:
        raise ValueError(f"support_weights lacks features {missing}")
    return np.array([WEIGHTS[f] for f in FEATURES], dtype=float)


def supports(cos: float, a: Profile, b: Profile, rare: Rarity | None = None, weights: np.ndarray | None = None
             ) -> float:
    """P(passage B says what sentence A says)."""
    w = fitted_weights() if weights is None else weights
    return float(probability(w, pair_features(cos, a, b, rare)))


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iterations: int = 50) -> np.ndarray:
    """L2-regularised logistic regression by Newton steps (the bias is not penalised)."""
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 0.0
    for _ in range(iterations):
        p = probability(w, x)
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w = w - step
        if float(np.abs(step).max()) < 1e-8:
            break
    return w


def log_loss(w: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(probability(w, x), 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


__all__ = ["FEATURES", "Profile", "ProfileIndex", "Rarity", "rarity", "profile", "pair_features", "features_against", "probability", "fitted_weights", "supports", "fit",
           "log_loss"]
