"""Calendar arithmetic: weeks, months, weekdays, holidays, the year of a month named without one, offsets
and TIMEX3 duration values. Pure functions of dates; no text."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ... import lang as langdata


def parse_iso(v: str | None) -> date | None:
    """The day of an ISO date or date-time string; None when there is none."""
    if not v:
        return None
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:  # not an ISO date ("garbage", "2031-13-01"): no date, as documented by the callers
        return None


def week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


def weekday_date(wd: int, ref: date, mode: str) -> date:
    """mode: 'le' on/before, 'lt' strictly before, 'ge' on/after, 'gt' strictly after, 'near' the nearer."""
    diff = (ref.weekday() - wd) % 7
    if mode == "le":
        return ref - timedelta(days=diff)
    if mode == "lt":
        return ref - timedelta(days=diff or 7)
    ahead = (wd - ref.weekday()) % 7
    if mode == "near":
        return ref + timedelta(days=ahead) if ahead < diff else ref - timedelta(days=diff)
    if mode == "ge":
        return ref + timedelta(days=ahead)
    return ref + timedelta(days=ahead or 7)


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    mo, dd = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, mo, dd + 1)


def holiday_date(rule, y: int) -> date | None:
    """The day of a holiday rule (lang time HOLIDAYS: (month, day), ("nth", month, weekday, n),
    ("last", month, weekday), ("easter", offset), ("election",)) in year y."""
    try:
        if rule[0] == "nth":
            _, mo, wd, n = rule
            first = date(y, mo, 1)
            return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        if rule[0] == "last":
            _, mo, wd = rule
            last = add_months(date(y, mo, 1), 1) - timedelta(days=1)
            return last - timedelta(days=(last.weekday() - wd) % 7)
        if rule[0] == "easter":
            return _easter(y) + timedelta(days=rule[1])
        if rule[0] == "election":
            first = date(y, 11, 1)
            return first + timedelta(days=(0 - first.weekday()) % 7 + 1)
        mo, dd = rule
        return date(y, mo, dd)
    except ValueError:  # a year outside the calendar's range (date(10000, ...)): no date
        return None


def holiday_near(rule, dct: date, mod: str | None, tense: str | None) -> date | None:
    """The holiday's occurrence: "last" before the DCT, "next" after; otherwise by tense, the nearer one."""
    this = holiday_date(rule, dct.year)
    if this is None:
        return None
    prev_, next_ = holiday_date(rule, dct.year - 1), holiday_date(rule, dct.year + 1)
    if mod == "last" or tense == "past":
        return this if this <= dct else prev_
    if mod == "next" or tense in ("future", "would"):
        return this if this >= dct else next_
    opts = [d for d in (prev_, this, next_) if d is not None]
    return min(opts, key=lambda d: abs((d - dct).days))


def year_for_month(mo: int, dct: date, tense: str | None) -> int:
    """Year of a month named without one, by the governing tense: past -> not after the DCT's month, future ->
    not before it."""
    y = dct.year
    if tense == "past" and mo > dct.month:
        return y - 1
    if tense in ("future", "would") and mo < dct.month:
        return y + 1
    if tense is None:
        # no governing verb: news mostly reports the past, but a month just ahead is usually upcoming
        diff = mo - dct.month
        if diff >= 3:
            return y - 1
        if diff <= -10:
            return y + 1
    return y


def nearest_year(mo: int, dct: date, day: int | None = None, ahead_weight: float = 1.0) -> int:
    """The year that puts a month (or a month and day) nearest the DCT, by days, a day ahead counting
    `ahead_weight` days back (news tells the past more often than it announces); a tie stays in the DCT's
    year."""
    best, best_gap = dct.year, None
    for y in (dct.year, dct.year - 1, dct.year + 1):
        try:
            gap = (date(y, mo, day or 15) - dct).days
        except ValueError:  # February 29 of a common year
            continue
        gap = gap * ahead_weight if gap > 0 else -gap
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def directed_year(mo: int, dct: date, direction: str, day: int | None = None) -> int:
    """The year of a month (or month and day) on the side of the DCT a cue word says: "forward" -> on or
    after it, "backward" -> on or before it (a month alone compares by month: "next November" in November
    is this one)."""
    key, ref = ((mo, day), (dct.month, dct.day)) if day else ((mo,), (dct.month,))
    if direction == "forward":
        return dct.year if key >= ref else dct.year + 1
    return dct.year if key <= ref else dct.year - 1


def month_year(mo: int, dct: date, tense: str | None, *, since: bool, ahead_cue: bool, direction: str | None = None,
               day: int | None = None, ahead_weight: float = 1.0, tense_read: bool = True) -> int:
    """Year of a month named without one. A direction cue next to it ("the upcoming Nov. 8 election",
    "le 3 mars dernier": `direction`) decides first; a deadline ("until January", "payable Jan. 2",
    "extended to Nov. 16": `ahead_cue`) and the simple present ("the dividend is payable in January") take
    the nearer occurrence; "since" makes it past; with no tense known, the nearest (a day ahead weighing
    `ahead_weight` days back) when the language's tense is read at all (`tense_read`; where it is not, None
    says nothing and the past-leaning default of `year_for_month` stays); otherwise as
    `year_for_month`."""
    if direction in ("forward", "backward"):
        return directed_year(mo, dct, direction, day)
    if since:
        tense = "past"  # "since Jan. 13": a time already gone by
    if tense is None and not ahead_cue and tense_read:
        # nothing says which side: the occurrence nearest the publication date, never a fixed lean to the
        # past (a report in August names the coming "Nov. 8 election" as often as a past one)
        return nearest_year(mo, dct, day, ahead_weight)
    if tense is None and not ahead_cue:
        # a language whose future is not read from cue words, and no verb tense found: the publication
        # year (a dated list, "14 fév : ..."), the year before for a month well ahead of the publication
        # month; never the next year, which only a future tense or a cue word says
        return dct.year - 1 if mo - dct.month >= 3 else dct.year
    if tense == "present" or (tense in ("past", None) and ahead_cue):
        diff = mo - dct.month
        if diff > 6:
            return dct.year - 1
        if diff < -6:
            return dct.year + 1
        return dct.year
    if tense == "past" and mo == dct.month + 1:
        return dct.year  # next month told in the past tense: mostly an announced plan ("cut supply in September")
    return year_for_month(mo, dct, tense)


def shift(anchor: date, n, unit: str, direction: int) -> tuple[str | None, str]:
    """Shift a day by n units; returns (value, granularity)."""
    if n == "X" or n is None:
        return None, "X"
    n = int(n) if float(n).is_integer() else n
    if unit in ("day", "night"):
        return (anchor + timedelta(days=direction * n)).isoformat(), "day"
    if unit in ("week", "fortnight"):
        k = n * (2 if unit == "fortnight" else 1)
        return week(anchor + timedelta(weeks=direction * k)), "week"
    if unit == "month" and float(n).is_integer():
        d = add_months(anchor, direction * int(n))
        return f"{d.year:04d}-{d.month:02d}", "month"
    if unit == "year" and float(n).is_integer():
        return f"{anchor.year + direction * int(n):04d}", "year"
    if unit == "decade" and float(n).is_integer():
        return f"{(anchor.year + direction * 10 * int(n)) // 10:03d}", "decade"
    return None, "X"


def _fmt_num(n) -> str:
    if n == "X":
        return "X"
    if isinstance(n, float) and not n.is_integer():
        return f"{n:g}"
    return str(int(n))


def duration_value(n, unit: str | None) -> str | None:
    """TIMEX3 duration value of n units ("P3D", "PT2H30M", "P10Y" for a decade); n may be "X" (vague)."""
    if unit is None:
        return None
    letter, is_time = langdata.get("en").units.get(unit, (None, False))  # the unit keys are English
    if letter is None:
        return None
    if unit == "fortnight" and n != "X":
        n = 2 * n
    if unit == "quarter" and n != "X":
        return f"P{_fmt_num(3 * n)}M"
    if unit == "decade" and n != "X":
        return f"P{_fmt_num(10 * n)}Y"  # TimeML writes decades in years
    if unit == "century" and n != "X":
        return f"P{_fmt_num(100 * n)}Y"
    if isinstance(n, float) and not n.is_integer() and n > 1 and (n * 2).is_integer():
        whole = int(n)
        return {"hour": f"PT{whole}H30M", "year": f"P{whole}Y6M", "day": f"P{whole}DT12H",
                "minute": f"PT{whole}M30S"}.get(unit, f"{'PT' if is_time else 'P'}{n:g}{letter}")
    if isinstance(n, float) and not n.is_integer() and n == 0.5:
        # half a day / half an hour
        conv = {"day": ("PT12H"), "hour": "PT30M", "year": "P6M", "month": "P2W", "week": "P3D"}
        return conv.get(unit)
    return f"{'PT' if is_time else 'P'}{_fmt_num(n)}{letter}"


def day_level(value: str | None) -> bool:
    return bool(value) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]) is not None


__all__ = ["add_months", "day_level", "duration_value", "holiday_date", "holiday_near", "month_year",
           "directed_year", "nearest_year", "parse_iso",
           "shift", "week", "weekday_date", "year_for_month"]
