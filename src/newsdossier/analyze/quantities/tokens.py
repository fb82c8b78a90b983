"""The scanner's view of the text: a same-length folded, lower-cased copy and its tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

_NUM_RE = re.compile(
    r"(?<![\w])(?<!\d[.,])(?:"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.]\d)"
    r"|\d{1,3}(?:'\d{3})+(?![\d'])"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?(?![\d]|[ \u00a0]\d)"
    r"|\d+(?:[.,]\d+)?"
    r")"
)
_TOKEN_RE = re.compile(
    r"(?P<num>" + _NUM_RE.pattern + r")"
    r"|(?P<word>[^\W\d_]+(?:['’.-][^\W\d_]+)*)"
    r"|(?P<punct>[^\s\w]|_)"
)


class TokKind(str, Enum):
    """What a scanner token is (the named groups of `_TOKEN_RE`)."""

    NUM = "num"
    WORD = "word"
    PUNCT = "punct"


class Qualifier(str, Enum):
    """How a figure bounds the amount; the value is what `model.Quantity.qualifier` holds.

    NEARLY is only an approximator's meaning ("nearly", "almost"): it gives an UP_TO interval."""

    EXACT = "exact"
    ABOUT = "about"
    NEARLY = "nearly"
    UP_TO = "up-to"
    LESS_THAN = "less-than"
    MORE_THAN = "more-than"
    AT_LEAST = "at-least"
    RANGE = "range"
    VAGUE = "vague"


@dataclass
class _Tok:
    kind: TokKind
    text: str  # lower-cased, folded
    start: int
    end: int


@dataclass
class _Amount:
    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: Qualifier
    percent: bool = False
    currency: str | None = None
    strong: bool = False
    words_only: bool = False  # spelled-out number ("one", "ten")
    first_num: int = 0  # token index of the first number token
    last: int = 0  # token index of the last token of the amount
    approx: str | None = None
    vague: bool = False


def _parse_digits(s: str) -> float | None:
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    s = s.replace(" ", "").replace("'", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", s):
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+[.,]\d+", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d+", s):
        return float(s)
    return None


def _lower_same_len(s: str) -> str:
    out = []
    for c in s:
        lc = c.lower()
        out.append(lc if len(lc) == 1 else c)
    return "".join(out)

