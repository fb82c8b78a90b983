"""Qualifiers: the interval an approximator or a range gives a number ("about 1,000" -> 900-1,100)."""

from __future__ import annotations

from .tokens import _Amount

def _share_scale(lo: float, hi: float, toks, j: int, n: int) -> tuple[float, float]:
    """'100-200 million', 'between 2 and 3 million': the multiplier of the second applies."""
    if n == 1 and hi >= 1000 and lo < hi / 100 and lo < 1000:
        for scale in (1e12, 1e9, 1e6, 1e3):
            if hi % scale == 0 and lo * scale < hi:
                return lo * scale, hi
    return lo, hi


def _apply_qualifier(qual: str, amt: _Amount) -> tuple[str, float | None, float | None]:
    lo = amt.low if amt.low is not None else amt.value
    hi = amt.high if amt.high is not None else amt.value
    v = amt.value
    if qual == "about":
        if amt.qualifier == "vague":
            return "vague", lo, hi
        return "about", lo * 0.9, hi * 1.1
    if qual == "nearly":
        return "up-to", hi * 0.9, hi
    if qual == "up-to":
        return "up-to", None, hi
    if qual == "less-than":
        return "less-than", None, lo if amt.qualifier != "range" else hi
    if qual == "more-than":
        return "more-than", hi if amt.qualifier == "vague" else (lo if amt.qualifier != "range" else lo), None
    if qual == "at-least":
        return "at-least", lo, None
    return amt.qualifier, lo if v is not None else None, hi

