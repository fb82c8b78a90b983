"""Resolve: each candidate -> a TIMEX3 value relative to the document date (DCT), the governing tense and
the dates told before it.

One handler per candidate kind (`RESOLVERS`). They share a `Context`: the DCT, the tense lookup, the last
day-level date told ("two days earlier", "the following day", a clock time without its day), the last date
of any granularity ("later that year" after "June 1998") and the reporting period of a results report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ... import lang as langdata
from ...config import current
from ...model import Timex
from ...textutil import fold_punct
from . import calendar as cal
from . import tense as tn
from .candidate import Candidate, Resolved
from .fiscal import ReportPeriod, note_year_so_far, quarter_year_back, resolve_fperiod, resolve_quarter

_POSSESSIVE_AFTER = re.compile(r"^['’]s\b")


@dataclass
class Context:
    """What the resolver knows when it reaches a candidate."""
    text: str
    s: str  # the punctuation-folded text
    dct: date | None
    spacy_doc: object = None
    tense_cache: dict = field(default_factory=dict)
    prev_day: date | None = None  # the last day-level date told
    prev_any: tuple | None = None  # (date, "day"|"month"|"year"): the last date of any granularity
    period: ReportPeriod | None = None  # the reporting period last named
    q_seen: dict = field(default_factory=dict)  # (year, quarter) -> times named
    lang: str = "en"  # the language of the cue words next to an expression

    def tense(self, c: Candidate) -> str | None:
        return tn.cached_tense(c, self.spacy_doc, self.s, self.tense_cache, self.lang)

    def before(self, c: Candidate, n: int) -> str:
        return self.s[max(0, c.start - n):c.start]


def _explicit(c: Candidate, ctx: Context) -> Resolved:
    f = c.f
    if c.kind == "ymd":
        day = date(f["y"], f["m"], f["d"])
        r = Resolved(value=day.isoformat(), anchor="explicit", day=day)
        if f.get("time"):
            r.typ, r.value = "TIME", f"{r.value}T{f['time']}"
        return r
    if c.kind == "ym":
        return Resolved(value=f"{f['y']:04d}-{f['m']:02d}", anchor="explicit")
    if c.kind == "y":
        return Resolved(value=f"{f['y']:04d}", anchor="explicit")
    return Resolved(value=f["v"], anchor="explicit")  # decade, century


def _yearless_month(c: Candidate, ctx: Context, tense: str | None) -> int:
    """The year of a month (and day) named without one: cue words next to it, then the tense (see
    `calendar.month_year`)."""
    before = ctx.before(c, current().time.cue_chars)
    direction = tn.direction_cue(before, ctx.s[c.end:c.end + current().time.cue_chars], ctx.lang)
    return cal.month_year(c.f["m"], ctx.dct, tense, since=tn.since_before(before), ahead_cue=tn.deadline_before(before),
                          direction=direction, day=c.f.get("d"), ahead_weight=current().time.yearless_ahead_weight,
                          tense_read=langdata.get(ctx.lang).has("future_cues"))


def _month_day(c: Candidate, ctx: Context) -> Resolved:
    """ "January 6", "Friday, March 14": the year by tense and cues; a weekday fixes it when the default
    does not fit."""
    f = c.f
    r = Resolved(tense=ctx.tense(c))
    if ctx.dct is None:
        r.value = f"XXXX-{f['m']:02d}-{f['d']:02d}"
        return r
    y = ctx.dct.year + f["yoff"] if f.get("yoff") is not None else _yearless_month(c, ctx, r.tense)
    if f.get("wd") is not None:
        for cand_y in (y, y - 1, y + 1):
            try:
                if date(cand_y, f["m"], f["d"]).weekday() == f["wd"]:
                    y = cand_y
                    break
            except ValueError:  # February 29 of a common year
                continue
    try:
        r.day = date(y, f["m"], f["d"])
        r.value, r.anchor = r.day.isoformat(), "dct"
    except ValueError:
        r.value = None
    return r


def _time_day(c: Candidate, ctx: Context) -> Resolved:
    """ "9 a.m. Tuesday": the day resolved on its own (a fresh context), with the clock time."""
    f = c.f
    inner = resolve(ctx.text, [f["day"]], ctx.dct, ctx.spacy_doc, ctx.tense_cache, ctx.lang)
    r = Resolved(typ="TIME")
    iv = inner[0].value if inner else None
    if cal.day_level(iv):
        r.value, r.anchor, r.tense = f"{iv[:10]}T{f['hh']:02d}:{f['mm']:02d}", inner[0].anchor, inner[0].tense
        r.day = cal.parse_iso(iv)
    return r


def _month(c: Candidate, ctx: Context) -> Resolved:
    """ "in January", "last March", "June last year"."""
    f, dct = c.f, ctx.dct
    r = Resolved(tense=ctx.tense(c))
    if dct is None:
        r.value = f"XXXX-{f['m']:02d}"
    elif f.get("yoff") is not None:
        r.value, r.anchor = f"{dct.year + f['yoff']:04d}-{f['m']:02d}", "dct"
    else:
        mod = f.get("mod")
        if mod == "last":
            y = dct.year - 1 if f["m"] >= dct.month else dct.year
        elif mod == "next":
            y = dct.year + 1 if f["m"] <= dct.month else dct.year
        elif mod == "this":
            y = dct.year
        else:
            y = _yearless_month(c, ctx, r.tense)
        r.value, r.anchor = f"{y:04d}-{f['m']:02d}", "dct"
    return r


def _season(c: Candidate, ctx: Context) -> Resolved:
    if ctx.dct is None:
        return Resolved()
    y = ctx.dct.year + {"last": -1, "next": 1}.get(c.f["mod"], 0)
    return Resolved(value=f"{y:04d}-{c.f['season']}", anchor="dct")


def _clock(c: Candidate, ctx: Context) -> Resolved:
    """A clock time without its own day is on the publication day (news times mostly are)."""
    r = Resolved(typ="TIME")
    if ctx.dct is not None:
        r.value, r.anchor = f"{ctx.dct.isoformat()}T{c.f['hh']:02d}:{c.f['mm']:02d}", "dct"
    return r


def _weekday_mode(c: Candidate, ctx: Context, tense: str | None) -> str:
    """Which side of the reference day a weekday lies on (see `calendar.weekday_date`)."""
    mod = c.f.get("mod")
    if mod == "last":
        return "lt"
    if mod == "next":
        return "gt"
    if mod in ("this", "coming"):
        return "le" if tense == "past" else "ge"
    if ctx.lang != "en":
        # "lundi dernier", "el próximo lunes", "w zeszły piątek": the language's cue word next to the day
        direction = tn.direction_cue(ctx.before(c, current().time.cue_chars), ctx.s[c.end:c.end + current().time.cue_chars],
                                     ctx.lang)
        if direction == "forward":
            return "gt"
        if direction == "backward":
            return "lt"
    if _POSSESSIVE_AFTER.match(ctx.s[c.end:c.end + 3]):
        # "Wednesday's ruling": a named day's event is mostly already past; only a future
        # governor ("will attend Thursday's meeting") points to the coming one
        return "ge" if tense == "future" else "le"
    if tn.weekday_since(ctx.before(c, 10)):
        return "le"  # "since Tuesday": gone by
    if tn.weekday_deadline(ctx.before(c, current().time.cue_chars)):
        return "ge"  # "until 9 a.m. Tuesday", "as soon as Tuesday": a deadline ahead
    if tense == "past" or tense is None:
        return "le"
    if tense == "future":
        return "gt"
    if tense == "would":
        # future in the past ("said it would leave on Friday"): relative to a past report, either side of
        # the DCT; the nearer
        return "near"
    return "ge"  # present ("begins on Thursday")


def _weekday(c: Candidate, ctx: Context) -> Resolved:
    r = Resolved(tense=ctx.tense(c))
    if ctx.dct is None:
        return r
    mode = _weekday_mode(c, ctx, r.tense)
    r.day, r.anchor = cal.weekday_date(c.f["wd"], ctx.dct, mode), "dct"
    r.value = r.day.isoformat()
    # "Friday evening": the annotated news corpora mostly add the part of the day; "Friday night"
    # and "Friday morning" mostly keep the day alone
    if c.f.get("pod") == "EV":
        r.value += "T" + c.f["pod"]
    return r


def _holiday(c: Candidate, ctx: Context) -> Resolved:
    r = Resolved(tense=ctx.tense(c))
    if ctx.dct is not None:
        r.day = cal.holiday_near(c.f["rule"], ctx.dct, c.f.get("mod"), r.tense)
        if r.day is not None:
            r.value, r.anchor = r.day.isoformat(), "dct"
    return r


def _deictic(c: Candidate, ctx: Context) -> Resolved:
    """ "today", "yesterday", "tonight"."""
    r = Resolved()
    if ctx.dct is not None:
        r.day = ctx.dct + timedelta(days=c.f["off"])
        r.value, r.anchor = r.day.isoformat(), "dct"
        if c.f.get("time"):
            r.typ, r.value = "TIME", f"{r.value}T{c.f['pod']}"
    return r


_STEP = {"last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}


def _relunit_base(c: Candidate, ctx: Context) -> tuple[date, str]:
    """ "the same week", "that year", "the following month": from the date told before; else the DCT."""
    mod, unit = c.f["mod"], c.f["unit"]
    base, anchor = ctx.dct, "dct"
    if mod in ("same", "that", "following", "previous"):
        if ctx.prev_day is not None:
            base, anchor = ctx.prev_day, "previous-date"
        if ctx.prev_any is not None and (unit == "year" or unit == "month" and ctx.prev_any[1] != "year"):
            base, anchor = ctx.prev_any[0], "previous-date"  # "in June 1998 ... later that year"
    return base, anchor


def _relunit(c: Candidate, ctx: Context) -> Resolved:
    """ "last week", "this month", "next year", "the weekend", "that year"."""
    r = Resolved()
    if ctx.dct is None:
        return r
    mod, unit = c.f["mod"], c.f["unit"]
    base, r.anchor = _relunit_base(c, ctx)
    step = _STEP.get(mod, 0)
    if mod == "the" and unit == "weekend":
        # "the weekend": told in the past, the last one (this week's once it has begun);
        # otherwise the coming one, which is in the DCT's ISO week
        r.tense = ctx.tense(c)
        step = -1 if r.tense in ("past", None) and ctx.dct.weekday() < 5 else 0
    if unit == "week":
        r.value = cal.week(base + timedelta(weeks=step))
    elif unit == "weekend":
        r.value = cal.week(base + timedelta(weeks=step)) + "-WE"
    elif unit == "month":
        d2 = cal.add_months(base, step)
        r.value = f"{d2.year:04d}-{d2.month:02d}"
    else:
        r.value = f"{base.year + step:04d}"
        if mod == "last" and r.anchor == "dct" and _POSSESSIVE_AFTER.match(ctx.s[c.end:c.end + 3]):
            # "last year's results" in a quarterly report: the same quarter a year back
            r.value = quarter_year_back(ctx, c) or r.value
    return r


def _offset_base(c: Candidate, ctx: Context) -> tuple[date | None, str | None]:
    f = c.f
    if f["anchor"] == "prev" and ctx.prev_any is not None \
            and (f["unit"] == "year" or f["unit"] == "month" and ctx.prev_any[1] != "year"):
        return ctx.prev_any[0], "previous-date"  # "in June 1998 ... a year later"
    if f["anchor"] == "prev" and ctx.prev_day is not None:
        return ctx.prev_day, "previous-date"
    if ctx.dct is not None:
        return ctx.dct, "dct"
    return None, None


def _offset(c: Candidate, ctx: Context) -> Resolved:
    """ "two days ago", "three weeks later", "the following day", "that day"."""
    f = c.f
    base, anchor = _offset_base(c, ctx)
    r = Resolved(anchor=anchor)
    if f["n"] == "X" and f["anchor"] == "dct":
        r.value, r.anchor = ("PAST_REF" if f["dir"] < 0 else "FUTURE_REF"), None
    elif f["n"] == "X":
        # "a few days later": no day to point at; the amount of time is what is known
        r.typ, r.value, r.anchor = "DURATION", cal.duration_value("X", f["unit"]), None
    elif f["n"] == 1 and f["unit"] == "year" and f["dir"] < 0 and ctx.dct is not None and quarter_year_back(ctx, c):
        # "net rose from $5 million a year ago" after "third-quarter net": the same quarter a year back
        r.value, r.anchor = quarter_year_back(ctx, c), "dct"
    elif f["unit"] in ("hour", "minute", "second"):
        # "an hour later": the clock time is unknown; the amount of time is what is known
        r.typ, r.value, r.anchor = "DURATION", cal.duration_value(f["n"], f["unit"]), None
    elif base is not None:
        r.value, gran = cal.shift(base, f["n"], f["unit"], f["dir"])
        if gran == "day":
            r.day = cal.parse_iso(r.value)
        if r.value is None:
            r.anchor = None
    return r


def _duration(c: Candidate, ctx: Context) -> Resolved:
    note_year_so_far(ctx, c)
    return Resolved(typ="DURATION", value=cal.duration_value(c.f["n"], c.f["unit"]))


def _ref(c: Candidate, ctx: Context) -> Resolved:
    return Resolved(value=c.f["v"])


def _set(c: Candidate, ctx: Context) -> Resolved:
    return Resolved(typ="SET", value=c.f["v"])


# candidate kind -> resolver (candidate, context) -> Resolved
RESOLVERS = {
    "ymd": _explicit, "ym": _explicit, "y": _explicit, "decade": _explicit,
    "md": _month_day,
    "timeday": _time_day,
    "month": _month,
    "quarter": resolve_quarter,
    "fperiod": resolve_fperiod,
    "season": _season,
    "time": _clock,
    "weekday": _weekday,
    "holiday": _holiday,
    "deictic": _deictic,
    "relunit": _relunit,
    "offset": _offset,
    "duration": _duration,
    "ref": _ref,
    "set": _set,
}


def _remember(ctx: Context, c: Candidate, r: Resolved) -> None:
    """The dates later anaphoric expressions count from."""
    if r.day is not None:
        ctx.prev_day = r.day
        ctx.prev_any = (r.day, "day")
    elif r.typ == "DATE" and r.value and c.kind in ("ym", "y", "month"):
        mm = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", r.value)
        if mm:
            ctx.prev_any = (date(int(mm.group(1)), int(mm.group(2) or 1), 1), "month" if mm.group(2) else "year")


def resolve(text: str, cands: list[Candidate], dct: date | None, spacy_doc, tense_cache: dict,
            lang: str = "en") -> list[Timex]:
    """TIMEX3 values of the candidates, in text order (each resolved with what was told before it)."""
    ctx = Context(text, fold_punct(text), dct, spacy_doc, tense_cache, lang=lang)
    out: list[Timex] = []
    for c in cands:
        r = RESOLVERS[c.kind](c, ctx)
        out.append(Timex(c.start, c.end, text[c.start:c.end], r.typ, r.value, r.anchor,
                         {"would": "future"}.get(r.tense, r.tense)))
        _remember(ctx, c, r)
    return out


__all__ = ["Context", "RESOLVERS", "resolve"]
