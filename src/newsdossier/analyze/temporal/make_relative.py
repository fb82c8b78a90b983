"""Makers for relative and span expressions: relative units ("last week"), offsets ("two days ago"),
anaphoric days ("the following day"), durations, present/past/future references and recurrences."""

from __future__ import annotations

import re

from ... import lang as langdata
from .candidate import Candidate
from .patterns import Words

_EN = langdata.get("en")  # the number words and references of the English grammar below


def number(s: str | None):
    """The amount of a number word or figure ("two", "21", "3 1/2", "a few" -> "X"); None when not one."""
    if s is None:
        return None
    s = re.sub(r"[\s-]+", " ", s.strip().lower())
    m = re.fullmatch(r"(\d+) 1/2", s)
    if m:
        return int(m.group(1)) + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        v = float(s)
        return int(v) if v.is_integer() else v
    if s in ("a couple of", "couple of"):
        return 2
    if s in _EN.vague_numbers:
        return "X"
    if s.startswith("half"):
        return 0.5
    total = 0
    for w in s.split():
        if w not in _EN.number_words:
            return None
        total += _EN.number_words[w]
    return total


def unit_key(u: str | None) -> str | None:
    """The singular unit ("days" -> "day", "centuries" -> "century")."""
    if not u:
        return None
    u = u.lower()
    if u in ("centuries", "century"):
        return "century"
    return u[:-1] if u.endswith("s") else u


_PART_OF_A_YEAR = re.compile(r"\b(?:days|weeks|months|quarters|half|end|beginning|start|rest|part|remainder|balance)\s+of\s+$", re.I)


def make_relunit(m, s, w: Words, lang: str) -> Candidate | None:
    """ "last week", "this year", "the weekend", "the year", "the same month"."""
    g = m.groupdict()
    start, end = m.start(), m.end()
    mod = g["mod"].lower()
    if mod.startswith(("full", "current")):
        mod = "this"  # "the full year", "the current fiscal year": the year of the report
    unit = g["unit"].lower()
    if mod == "the" and unit == "year":
        pre = s[max(0, start - 30):start]
        if re.search(r"\bof\s+$", pre, re.I) and not _PART_OF_A_YEAR.search(pre):
            return None  # "the event of the year", "the man of the year": a title, not a time
        if re.search(r"\b(?:all|throughout|during|over|through|around|across)\s+$", pre, re.I):
            return None  # "throughout the year": a stretch of any year, mostly not annotated as the year of the report
    if mod in ("past",) or unit in ("decade", "century"):
        if mod not in ("past", "last", "next", "coming", "previous"):
            return None
        return Candidate(start, end, "duration", {"n": 1, "unit": unit})
    return Candidate(start, end, "relunit", {"mod": mod, "unit": unit})


def make_offset(m, s, w: Words, lang: str) -> Candidate | None:
    """ "two days ago" (from the DCT), "three weeks later" (from the last date told)."""
    g = m.groupdict()
    n = number(g["num"])
    if n is None:
        return None
    d = g["dir"].lower()
    direction = -1 if d in ("ago", "earlier", "before", "previously") else 1
    anchor = "dct" if d in ("ago", "from now", "hence") else "prev"
    return Candidate(m.start(), m.end(), "offset", {"n": n, "unit": unit_key(g["unit"]), "dir": direction, "anchor": anchor})


def make_anaph(m, s, w: Words, lang: str) -> Candidate | None:
    """ "the following day", "the week before", "that day": one unit from (or at) the last date told."""
    g = m.groupdict()
    which = g["which"].lower()
    unit = (g.get("unit") or g.get("unit2") or g.get("unit3")).lower()
    if unit in w.parts_of_day:
        unit = "day"
    if re.search(r"following|next|after", which):
        direction = 1
    elif re.search(r"previous|preceding|before", which):
        direction = -1
    else:
        direction = 0
    return Candidate(m.start(), m.end(), "offset", {"n": 1 if direction else 0, "unit": unit, "dir": direction or 1, "anchor": "prev"})


def make_duration(m, s, w: Words, lang: str) -> Candidate | None:
    """An amount of time: "three years", "a week-long", "for months", "the past two weeks"."""
    g = m.groupdict()
    start, end = m.start(), m.end()
    if g.get("bare"):
        return Candidate(start, end, "duration", {"n": "X", "unit": unit_key(g["bare"])})
    n = number(g.get("num")) if g.get("num") else 1
    if n is None:
        return None
    if g.get("half") and n != "X":
        n += 0.5  # "a minute and a half"
    txt = s[start:end]
    if unit_key(g.get("unit")) == "quarter" and (re.match(r"\s+of\b", s[end:end + 4]) or "-quarters" in txt.lower()):
        return None  # "three-quarters of its food", "more than a quarter of the market": a fraction
    if unit_key(g.get("unit")) == "second" and n == 1 and re.match(r"\s+[a-z]", s[end:end + 2]) \
            and not re.match(r"\s+(?:ago|later|earlier|or|and|to|before|after)\b", s[end:end + 10]):
        return None  # "a second betrayal", "a second group": the ordinal
    if re.match(r"\d", txt) and g.get("unit", "")[:1].isupper():
        return None  # "60 Minutes": a title
    # "a week-long deployment": the expression is "week-long"
    mm = re.match(r"(?:an?|the)\s+", txt, re.I)
    if mm and (g.get("adj") or re.search(r"\w-\w", txt)):
        start += mm.end()
    return Candidate(start, end, "duration", {"n": n, "unit": unit_key(g["unit"])})


def make_ref(m, s, w: Words, lang: str) -> Candidate | None:
    """ "now", "recently", "in the future": PRESENT_REF, PAST_REF, FUTURE_REF."""
    g = m.groupdict()
    start, end = m.start(), m.end()
    v = w.language.refs[re.sub(r"\s+", " ", g["ref"].lower())]
    if g["ref"].lower() == "now" and re.match(r"\s*,", s[end:end + 2]) and \
            re.search(r"(?:^|[.!?\"'`]\s*|\n\s*)$", s[max(0, start - 3):start]):
        return None  # "Now, he says ...": a discourse marker, not a time
    lead = re.match(r"in\s+(?=the\b)", g["ref"], re.I)
    if lead:
        start += lead.end()  # "in the past": the preposition is not part of the expression
    return Candidate(start, end, "ref", {"v": v})


_SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "hour": "PT1H", "quarter": "P1Q"}


def make_relphrase(m, s, w: Words, lang: str) -> Candidate | None:
    """A fixed relative-period phrase of the language ("la semaine dernière"): a relative unit."""
    mod, unit = w.relative_periods[re.sub(r"\s+", " ", m.group("phrase").lower())]
    return Candidate(m.start(), m.end(), "relunit", {"mod": mod, "unit": unit})


def make_langanaph(m, s, w: Words, lang: str) -> Candidate | None:
    """A day told from the last day named before, in the language's words ("la veille", "накануне",
    "il giorno dopo"): an offset in days from that date (the publication date when none was told)."""
    off = w.language.anaphoric_days[re.sub(r"\s+", " ", m.group("phrase").lower())]
    return Candidate(m.start(), m.end(), "offset", {"n": abs(off), "unit": "day", "dir": -1 if off < 0 else 1,
                                                     "anchor": "prev"})


def make_langoffset(m, s, w: Words, lang: str) -> Candidate | None:
    """An offset from the publication date in the language's words: "hace tres días", "tre giorni fa",
    "vor einem Jahr", "за два тижні" (a unit without a number is one unit where the grammar says so:
    "rok temu", "před týdnem"; a plural without one is vague: "vor Jahren")."""
    L = w.language
    g = m.groupdict()
    unit, bare = L.offset_units[g["unit"].lower()]
    num = (g.get("num") or "").lower()
    if not num:
        n = bare
    elif num.isdigit():
        n = int(num)
    elif num in L.vague_numbers:
        n = "X"
    else:
        n = L.number_words.get(num)
    if n is None:
        return None  # "en semanas": the grammar needs a number here
    direction = -1 if g.get("ago") else 1
    return Candidate(m.start(), m.end(), "offset", {"n": n, "unit": unit, "dir": direction, "anchor": "dct"})


def make_set(m, s, w: Words, lang: str) -> Candidate | None:
    """ "every week", "daily"."""
    g = m.groupdict()
    if g.get("setw"):
        return Candidate(m.start(), m.end(), "set", {"v": w.language.set_words[g["setw"].lower()]})
    return Candidate(m.start(), m.end(), "set", {"v": _SET_UNITS.get(g["unit"].lower(), "P1D")})


__all__ = ["make_anaph", "make_duration", "make_langanaph", "make_langoffset", "make_offset", "make_ref", "make_relphrase", "make_relunit", "make_set", "number", "unit_key"]
