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
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from anyascii import anyascii

from .. import lang
from ..textutil import strip_accents

FEATURES = ("bias", "cos", "names_shared", "name_share", "stems_shared", "stem_dice", "num_shared", "num_missing",
            "num_contradict")
# Across languages content stems cannot match (another language's words), so passages in another language are
# judged by a second model fitted on the features that survive translation: embedding, names, figures.
CROSS_LANGUAGE_FEATURES = tuple(f for f in FEATURES if not f.startswith("stem"))
NAMES_CAP = 3.0  # summed rarity of shared names: beyond three distinctive names more add no evidence
STEMS_CAP = 8.0  # likewise for content stems (scaled by half so the feature spans 0-4)

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
    return strip_accents(s).lower()


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
            names.add(anyascii(f).lower())  # one spelling across scripts: "Дравник" and "Dravnik" both "dravnik"
        if len(f) >= 4 and f not in stop and not any(c.isdigit() for c in f):
            stems.add(f[:_STEM])
        prev = text[m.end():m.end() + 1]
    numbers = {re.sub(r"\D", "", x) for x in _NUMBER.findall(text)}
    return Profile(frozenset(names), frozenset(x for x in numbers if x), frozenset(stems))


Rarity = dict[str, dict[str, float]]  # {"names": {name: weight}, "stems": {stem: weight}}


def rarity(documents: list[list[Profile]]) -> Rarity:
    """How distinctive each name and stem is within the pile: 1 for a word of one document, least for a word of
    every document (smoothed, normalised inverse document frequency, log(1 + N/df) / log(1 + N)). Why: in a pile
    about one story its central names are in every report, so sharing them says little about sharing a point;
    the smoothing keeps that little above zero, so in a pile of three reports of one event the words all three
    share still count (log(1 + N/df) rather than log N/df, which gives them nothing). The same normalisation
    holds for the ECB+ pile in training and a user's pile in use."""
    n = len(documents)
    out: Rarity = {"names": {}, "stems": {}}
    for kind in out:
        df: dict[str, int] = {}
        for profs in documents:
            for key in set().union(*(getattr(p, kind) for p in profs)) if profs else ():
                df[key] = df.get(key, 0) + 1
        out[kind] = {k: (np.log1p(n / c) / np.log1p(n) if n > 1 else 1.0) for k, c in df.items()}
    return out


def _weight(keys, table: dict[str, float] | None) -> float:
    return float(sum(table.get(k, 1.0) for k in keys)) if table is not None else float(len(keys))


def pair_features(cos: float, a: Profile, b: Profile, rare: Rarity | None = None) -> np.ndarray:
    """The feature vector of (sentence A, passage B), in the order of ``FEATURES``. Directed: how much of what A
    says (its names, figures, content words) B also says. Shared names and stems count by their ``rarity`` in the
    pile, as absolute sums (capped) as well as shares: why — a share alone rates a sentence whose only name is
    the story's central one ("the minister said") as fully matched by any passage naming it; the absolute sum of
    rarity says how much distinctive content the two really have in common."""
    names_w, stems_w = (rare or {}).get("names"), (rare or {}).get("stems")
    a_names = _weight(a.names, names_w)
    shared_names = _weight(a.names & b.names, names_w)
    inter_stems = len(a.stems & b.stems)
    missing = a.numbers - b.numbers
    return np.array([
        1.0,
        cos,
        min(shared_names, NAMES_CAP),
        shared_names / a_names if a_names > 0 else 0.0,
        min(_weight(a.stems & b.stems, stems_w), STEMS_CAP) / 2,
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
    a_names = _weight(a.names, index.rare.get("names"))
    ns, nn = len(a.stems), len(a.numbers)
    missing = nn - nums
    x = np.empty((n, len(FEATURES)))
    x[:, 0] = 1.0
    x[:, 1] = cos
    x[:, 2] = np.minimum(names, NAMES_CAP)
    x[:, 3] = names / a_names if a_names > 0 else 0.0
    x[:, 4] = np.minimum(stems_w, STEMS_CAP) / 2
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


def _weights(table: dict[str, float], features: tuple[str, ...]) -> np.ndarray:
    missing = [f for f in features if f not in table]
    if missing:
        raise ValueError(f"support_weights lacks features {missing}")
    return np.array([table[f] if f in features else 0.0 for f in FEATURES], dtype=float)


@lru_cache(maxsize=1)
def fitted_weights() -> np.ndarray:
    """The shipped weights (``support_weights.WEIGHTS``), in ``FEATURES`` order."""
    from .support_weights import WEIGHTS

    return _weights(WEIGHTS, FEATURES)


@lru_cache(maxsize=1)
def cross_language_weights() -> np.ndarray:
    """The shipped weights for a passage in another language than the sentence
    (``support_weights.WEIGHTS_CROSS_LANGUAGE``), in ``FEATURES`` order, 0 for the stem features."""
    from .support_weights import WEIGHTS_CROSS_LANGUAGE

    return _weights(WEIGHTS_CROSS_LANGUAGE, CROSS_LANGUAGE_FEATURES)


def supports(cos: float, a: Profile, b: Profile, rare: Rarity | None = None, weights: np.ndarray | None = None
             ) -> float:
    """P(passage B says what sentence A says)."""
    w = fitted_weights() if weights is None else weights
    return float(probability(w, pair_features(cos, a, b, rare)))


# Evidence that can only add to "B says what A says": more similarity, more shared names, stems or figures.
# Their weights are kept >= 0 so collinear features cannot turn one of them into a penalty (a negative cosine
# weight would make cross-language passages, where only the embedding speaks, less likely the closer they are).
MONOTONE = ("cos", "names_shared", "name_share", "stems_shared", "stem_dice", "num_shared")


def _newton(x: np.ndarray, y: np.ndarray, l2: float, iterations: int) -> np.ndarray:
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


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iterations: int = 50,
        columns: list[int] | None = None, monotone: frozenset[int] = frozenset()) -> np.ndarray:
    """L2-regularised logistic regression by Newton steps (the bias, column 0, is not penalised) over ``columns``
    (all by default; the others get weight 0), with the ``monotone`` columns' weights held at >= 0: a column
    whose fitted weight comes out negative is dropped (weight 0) and the rest refitted, until none is."""
    keep = list(range(x.shape[1])) if columns is None else list(columns)
    while True:
        w_keep = _newton(x[:, keep], y, l2, iterations)
        negative = [k for k, w in zip(keep, w_keep) if k in monotone and w < 0]
        if not negative:
            break
        keep = [k for k in keep if k not in negative]
    w = np.zeros(x.shape[1])
    w[keep] = w_keep
    return w


def fit_support(x: np.ndarray, y: np.ndarray, features: tuple[str, ...] = FEATURES) -> np.ndarray:
    """The support model's fit: ``features`` only, ``MONOTONE`` ones held >= 0."""
    return fit(x, y, columns=[FEATURES.index(f) for f in features],
               monotone=frozenset(FEATURES.index(f) for f in MONOTONE))


def log_loss(w: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(probability(w, x), 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


__all__ = ["FEATURES", "CROSS_LANGUAGE_FEATURES", "cross_language_weights", "Profile", "ProfileIndex", "Rarity", "rarity", "profile", "pair_features", "features_against", "probability", "fitted_weights", "supports", "fit", "fit_support",
           "log_loss"]
