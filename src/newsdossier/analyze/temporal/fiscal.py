"""Fiscal periods of company results: quarters and the period under report.

Why a module: a results report names its period once ("third-quarter net income") and then refers to it
("the quarter", "the year-ago quarter", "year-earlier profit", "a year ago", "last year's results"). These
refer to the quarter under report (the one named most often so far) or the same quarter a year back;
"the nine months" switches the comparison to the year. The resolver keeps that period in `ReportPeriod`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import lang as langdata
from ...config import current
from .candidate import Candidate, Resolved
from .patterns import Words

_EN = langdata.get("en")  # fiscal periods are written in English here


@dataclass(frozen=True)
class ReportPeriod:
    """The reporting period last named: a quarter ("Q", year, quarter) or the year so far ("Y", year, months)."""
    kind: str  # "Q" or "Y"
    year: int
    quarter: int | None
    end: int  # where it was last named
    months: int | None = None  # "the nine months": the span of the year reported so far


def make_quarter(m, s, w: Words, lang: str) -> Candidate | None:
    """ "the third quarter", "the 1988 fourth quarter", "last year's second quarter", "fiscal first-quarter"."""
    g = m.groupdict()
    end = m.end()
    mod = g["mod"].lower()
    f = {"q": _EN.ordinals.get(mod), "mod": None if mod in _EN.ordinals else mod,
         "adj": s[end - 8:end].lower() == "-quarter"}
    if g.get("qy") or g.get("qy2"):
        f["y"] = int(g.get("qy") or g.get("qy2"))
    elif g.get("qrel"):
        f["yoff"] = {"this": 0, "last": -1, "next": 1}[g["qrel"].lower()]
    return Candidate(m.start(), end, "quarter", f)


def make_fperiod(m, s, w: Words, lang: str) -> Candidate | None:
    """ "the year-ago quarter", "year-earlier", "the quarter", "the latest period", "the 1988 period"."""
    g = m.groupdict()
    start, end = m.start(), m.end()
    if g.get("ago"):
        if not (g.get("ord") or g.get("what")):
            start = m.start("ago")  # "year-earlier profit": the adjective alone
        if g.get("mon"):
            return Candidate(start, end, "duration", {"n": _EN.number_words[g["mon"].lower()], "unit": "month"})
        return Candidate(start, end, "fperiod", {"back": 1, "q": _EN.ordinals.get((g.get("ord") or "").lower()),
                                                 "period": (g.get("what") or "").lower() == "period"})
    if g.get("py"):
        return Candidate(start, end, "fperiod", {"y": int(g["py"]), "period": g["pw"].lower() == "period"})
    return Candidate(start, end, "fperiod", {"back": 1 if g.get("qago") else 0, "period": bool(g.get("latest"))})


def _relative_quarter(mod: str | None, cur: int, y: int) -> tuple[int, int]:
    """(quarter, year) of "last/previous/latest", "next", "this/current quarter" from the DCT's quarter."""
    if mod in ("last", "previous", "latest"):
        q = cur - 1
    elif mod == "next":
        q = cur + 1
    else:
        q = cur
    if q < 1:
        q, y = 4, y - 1
    if q > 4:
        q, y = 1, y + 1
    return q, y


def resolve_quarter(c: Candidate, ctx):
    f, dct = c.f, ctx.dct
    r = Resolved()
    if dct is None:
        return r
    cur = (dct.month - 1) // 3 + 1
    q, y = f.get("q"), dct.year
    if q is None:
        q, y = _relative_quarter(f.get("mod"), cur, y)
    elif f.get("y") is not None:
        y = f["y"]
    elif f.get("yoff") is not None:
        y += f["yoff"]
    else:
        r.tense = ctx.tense(c)
        if r.tense in ("past", None) and q > cur:
            y -= 1  # without a tense, a quarter is mostly one already reported
    r.value, r.anchor = f"{y:04d}-Q{q}", "dct"
    if f.get("y") is None and not f.get("yoff"):
        _note_quarter(ctx, y, q, c.end, bool(f.get("adj")))
    return r


def _note_quarter(ctx, y: int, q: int, end: int, adjective: bool) -> None:
    """The quarter under report: the one named most often so far ("after a flat second quarter" in a
    third-quarter report does not change it), ties to the first; the adjective ("reported third-quarter
    profit", "fiscal second-quarter net") names the results being reported and takes over at once."""
    ctx.q_seen[(y, q)] = ctx.q_seen.get((y, q), 0) + 1
    p = ctx.period
    if p is None or p.kind != "Q" or ctx.q_seen[(y, q)] > ctx.q_seen.get((p.year, p.quarter), 0) or adjective:
        ctx.period = ReportPeriod("Q", y, q, end)
    else:
        ctx.period = ReportPeriod("Q", p.year, p.quarter, end)


def resolve_fperiod(c: Candidate, ctx):
    f, dct, period = c.f, ctx.dct, ctx.period
    r = Resolved()
    if dct is None:
        return r
    # the period under report: the last quarter named, else the last completed quarter
    if period is not None and period.kind == "Q":
        py, pq = period.year, period.quarter
    elif period is not None:
        py, pq = period.year, None
    else:
        cur = (dct.month - 1) // 3 + 1
        py, pq = (dct.year, cur - 1) if cur > 1 else (dct.year - 1, 4)
    if f.get("q"):
        pq = f["q"]
    if f.get("y") is not None:
        py = f["y"]  # "the 1988 period": that year's quarter under report
        if f.get("period") and (period is None or period.kind != "Q"):
            pq = None
    py -= f.get("back", 0)
    if f.get("period") and period is not None and period.kind == "Y":
        pq = None
    r.value, r.anchor = (f"{py:04d}-Q{pq}" if pq else f"{py:04d}"), "dct"
    if f.get("back") and f.get("period") and period is not None and period.kind == "Y":
        # "the year-earlier period" after "the nine months": the same span of months
        r.typ, r.value, r.anchor = "DURATION", f"P{period.months}M", None
    return r


def quarter_year_back(ctx, c: Candidate) -> str | None:
    """ "a year ago", "last year's" shortly after a quarter is named in a results report: the same quarter a
    year back ("net rose from $5 million a year ago" after "third-quarter net"); None otherwise."""
    p = ctx.period
    if p is not None and p.kind == "Q" and c.start - p.end < current().time.period_reach_chars:
        return f"{p.year - 1:04d}-Q{p.quarter}"
    return None


def note_year_so_far(ctx, c: Candidate) -> None:
    """ "the nine months" / "the six months": results reported for the year so far."""
    f = c.f
    if ctx.dct is not None and f["unit"] == "month" and f["n"] in (6, 9) and ctx.s[c.start:c.start + 4].lower() == "the ":
        ctx.period = ReportPeriod("Y", ctx.dct.year, None, c.end, f["n"])


__all__ = ["ReportPeriod", "make_fperiod", "make_quarter", "note_year_so_far", "quarter_year_back",
           "resolve_fperiod", "resolve_quarter"]
