"""Qualifiers: the interval an approximator or a range gives a number ("about 1,000" -> 900-1,100)."""

from __future__ import annotations

from ... import lang as langdata
from .tokens import Qualifier, _Amount


def tolerance(qual: str, lg) -> float:
    """The relative tolerance of an approximator ("about" 10%), from the language's
    `APPROXIMATOR_TOLERANCES`; a language without its own takes the reference language's."""
    own = lg.approximator_tolerances
    return float(own[qual] if qual in own else langdata.get(langdata.REFERENCE).approximator_tolerances[qual])

def _share_scale(lo: float, hi: float, toks, j: int, n: int) -> tuple[float, float]:
    """'100-200 million', 'between 2 and 3 million': the multiplier of the second applies."""
    if n == 1 and hi >= 1000 and lo < hi / 100 and lo < 1000:
        for scale in (1e12, 1e9, 1e6, 1e3):
            if hi % scale == 0 and lo * scale < hi:
                return lo * scale, hi
    return lo, hi


def _apply_qualifier(qual: str | Qualifier, amt: _Amount, lg) -> tuple[Qualifier, float | None, float | None]:
    """The qualifier and interval an approximator (a language's word, e.g. "about") gives `amt`."""
    qual = Qualifier(qual)
    lo = amt.low if amt.low is not None else amt.value
    hi = amt.high if amt.high is not None else amt.value
    v = amt.value
    if qual == Qualifier.ABOUT:
        if amt.qualifier == Qualifier.VAGUE:
            return Qualifier.VAGUE, lo, hi
        tol = tolerance("about", lg)
        return Qualifier.ABOUT, lo * (1 - tol), hi * (1 + tol)
    if qual == Qualifier.NEARLY:
        return Qualifier.UP_TO, hi * (1 - tolerance("nearly", lg)), hi
    if qual == Qualifier.UP_TO:
        return Qualifier.UP_TO, None, hi
    if qual == Qualifier.LESS_THAN:
        return Qualifier.LESS_THAN, None, lo if amt.qualifier != Qualifier.RANGE else hi
    if qual == Qualifier.MORE_THAN:
        return Qualifier.MORE_THAN, hi if amt.qualifier == Qualifier.VAGUE else (lo if amt.qualifier != Qualifier.RANGE else lo), None
    if qual == Qualifier.AT_LEAST:
        return Qualifier.AT_LEAST, lo, None
    return amt.qualifier, lo if v is not None else None, hi

