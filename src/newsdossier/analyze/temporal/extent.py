"""Extent rules of TimeML for English: what the expression's span includes beyond the scanner's match.

Modifiers inside the expression ("late November", "almost two years ago", "the past three months"), a time
with its day ("9 a.m. Tuesday"), a month with a relative year ("June last year"), "fiscal 1989".
"""

from __future__ import annotations

import re

from ... import lang as langdata
from .candidate import Candidate

_EN = langdata.get("en")
_POINT_PREFIX = re.compile(rf"(?:\b(?:{_EN.point_mods})(?:[\s-]+|-))$", re.I)
_QUANT_PREFIX = re.compile(rf"\b(?:{_EN.quant_mods})\s+$", re.I)
_TZ = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time))?"
_TIME_DAY_GAP = re.compile(rf"^{_TZ}(?:,?\s+(?:on\s+)?)$", re.I)
_REL_YEAR = re.compile(r"^\s+(?P<mod>this|last|next)\s+year\b", re.I)
_POINTED = ("ym", "y", "month", "decade", "relunit", "md", "offset", "season", "quarter", "deictic")


def _time_with_day(s: str, c: Candidate, nxt: Candidate | None) -> Candidate | None:
    """ "9 a.m. Tuesday", "10:30 EST on Jan. 5": one TIME expression with the day's value."""
    if c.kind == "time" and nxt is not None and nxt.kind in ("weekday", "deictic", "md", "ymd") \
            and _TIME_DAY_GAP.match(s[c.end:nxt.start]):
        return Candidate(c.start, nxt.end, "timeday", {"hh": c.f["hh"], "mm": c.f["mm"], "day": nxt}, c.prio)
    return None


def _month_with_year(s: str, c: Candidate) -> Candidate | None:
    """ "June last year": the month of the year before the DCT's."""
    if c.kind == "month" and c.f.get("mod") is None:
        m = _REL_YEAR.match(s[c.end:])
        if m:
            step = {"this": 0, "last": -1, "next": 1}[m.group("mod").lower()]
            return Candidate(c.start, c.end + m.end(), "month", {"m": c.f["m"], "mod": None, "yoff": step}, c.prio)
    return None


def _widen(s: str, c: Candidate, lo: int) -> None:
    """Take in the modifiers before the candidate (in place): a point in a period ("late November", "earlier
    this year"), "fiscal 1989", an approximate amount ("almost two years")."""
    before = s[lo:c.start]
    if c.kind in _POINTED:
        m = _POINT_PREFIX.search(before)
        if m and re.match(r"earlier|later", m.group(0), re.I) and s[c.start:c.start + 9].lower() == "this week":
            # TimeML extent convention for a point inside the current week: "earlier/later" stays outside
            # ("earlier this week" -> "this week"), while inside a year it is part of it ("earlier this year")
            m = None
        if m and not (c.kind == "offset" and c.f.get("n")):
            c.start = lo + m.start()
        m = re.search(r"\b(?:earlier|later)\s+in\s+$", before, re.I)
        if m and c.kind == "relunit" and c.f.get("mod") == "the":
            c.start = lo + m.start()  # "earlier in the year": the point inside the report's year
    if c.kind == "y":
        m = re.search(r"\bfiscal\s+$", before, re.I)
        if m:
            c.start = lo + m.start()  # "fiscal 1989": the company's year, written with its word
    if c.kind in ("duration", "offset") and c.f.get("n") not in (None, 0):
        m = _QUANT_PREFIX.search(s[lo:c.start])
        if m:
            c.start = lo + m.start()


def combine(s: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates (sorted, non-overlapping) with English TimeML extents."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        joined = _time_with_day(s, c, nxt)
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        joined = _month_with_year(s, c)
        if joined is not None:
            if nxt is not None and nxt.start < joined.end:
                i += 1  # the "last year" candidate is swallowed
            out.append(joined)
            i += 1
            continue
        _widen(s, c, out[-1].end if out else 0)
        out.append(c)
        i += 1
    return out


__all__ = ["combine"]
