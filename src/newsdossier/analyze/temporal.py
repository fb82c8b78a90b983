"""Temporal expressions: find them, normalise them TIMEX3-style against the document date (DCT).

Two steps. `_scan` finds candidate expressions with regular expressions over the punctuation-folded
text (same length as the text, so offsets are valid in the original) and parses their fields
(day, month, weekday, modifier, amount, unit ...). `_resolve` turns each candidate into a `Timex`
value relative to the DCT, the tense of the governing verb and, for "two days earlier" /
"the following day", the last day-level date mentioned before it in the text.

Anchoring rules (the choices that matter):
  * weekday, no modifier: past verb -> the weekday on or before the DCT (the DCT itself when it is
    that weekday); "will"/"shall"/"going to"/to-infinitive/modal -> strictly after the DCT;
    "would" (future in the past) and simple present ("begins on Thursday") -> on or after the DCT;
    no verb found -> on or before the DCT (news mostly reports the past).
    "last X" strictly before, "next X" strictly after, "this X"/"coming X" follow the tense.
  * month-day without year: the DCT's year; the year before when the month is later than the DCT's
    month and the verb is past; the year after when the month is earlier and the verb is future;
    without a tense the nearer of the two.
    A deadline cue ("until", "through", "payable", "effective", "extended to") or the simple present
    takes the nearer occurrence; "since" makes it past; next month told in the past is the coming one.
  * "two days earlier", "the following day", "a week later": relative to the last day-level date
    mentioned before (anchor "previous-date"), else the DCT. "two days ago" is always DCT-relative.
    "later that year", "a year later": relative to the last date of any granularity ("June 1998").
  * company results: "the quarter", "the year-ago quarter", "year-earlier", and "a year ago/earlier"
    after a quarter is named refer to the quarter under report (the one named most often so far),
    or the same quarter a year back; "the nine months" switches the comparison to the year.
Languages other than English: month and weekday names and today/yesterday/tomorrow come from
dateparser's locale data; the numeric and ISO patterns are language-neutral.

Never raises on bad input: every public function returns an empty/neutral result instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from ..lang.en.time import (
    _NUM_ALT,
    _UNIT_ALT,
    AMBIGUOUS_ABBR,
    FUTURE_AUX,
    FUTURE_CUES,
    FUTURE_VERBS,
    HOLIDAYS,
    MODALS,
    MONTHS_EN,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    PAST_IRREGULAR,
    PAST_MODALS,
    POINT_MODS,
    QUANT_MODS,
    REFS,
    SEASONS,
    SET_WORDS,
    SPOKEN_DECADES,
    SPOKEN_UNITS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS_EN,
    WOULD_AUX,
    YEAR_CUES,
)
from ..model import Timex
from ..textutil import fold_punct

# --------------------------------------------------------------------------------------------
# Candidates
# --------------------------------------------------------------------------------------------

@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    f: dict = field(default_factory=dict)
    prio: int = 0


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=16)
def _lang_words(lang: str) -> tuple[dict, dict, dict]:
    """(month name -> number, weekday name -> 0..6, deictic word -> day offset) for a language."""
    months, wdays, deictic = dict(MONTHS_EN), dict(WEEKDAYS_EN), {"today": 0, "yesterday": -1, "tomorrow": 1}
    if lang and lang != "en":
        try:
            from dateparser.languages.loader import default_loader

            info = default_loader.get_locale(lang).info
            names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
            for i, key in enumerate(names, 1):
                for w in info.get(key, []):
                    if len(w) >= 3 and not w.isdigit():
                        months.setdefault(w.lower(), i)
            for i, key in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]):
                for w in info.get(key, []):
                    if len(w) >= 5:
                        wdays.setdefault(w.lower(), i)
            rel = info.get("relative-type", {})
            for key, off in (("0 day ago", 0), ("1 day ago", -1), ("in 1 day", 1), ("2 day ago", -2), ("in 2 day", 2)):
                for w in rel.get(key, []):
                    if len(w) >= 3 and " " not in w:
                        deictic.setdefault(w.lower(), off)
        except Exception:
            pass
    return months, wdays, deictic


@lru_cache(maxsize=16)
def _patterns(lang: str) -> list[tuple[str, re.Pattern, int]]:
    months, wdays, deictic = _lang_words(lang)
    M = rf"(?P<mon>{_alt(months)})\.?"
    W = rf"(?P<wd>{_alt(wdays)})\.?"
    D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?(?!\d|:\d)"
    DD = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.(?=\s*[^\W\d]))?(?!\d|:\d)"
    Y = r"(?P<year>(?:1[5-9]|20)\d\d)(?![\d]|,\d)"
    POD = r"(?:\s+(?P<pod>morning|afternoon|evening|night))?"
    NUM = rf"(?P<num>{_NUM_ALT})"
    UNIT = rf"(?P<unit>{_UNIT_ALT})"
    pats = [
        ("iso", r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?:[T ](?P<hh>\d{2}):(?P<mm>\d{2}))?\b", 9),
        ("iso", r"\b(?P<year>\d{4})/(?P<mon>\d{1,2})/(?P<day>\d{1,2})\b", 9),
        ("dotted", r"\b(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})\b", 9),
        ("slashed", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})\b", 8),
        # Thursday, 13 January 2022 / 13th of January / 13 января 2022 года
        ("dmy", rf"(?:{W},?\s+)?(?:the\s+)?{DD}\s+(?:of\s+)?{M}(?:,?\s+{Y})?", 7),
        # Thursday, January 13, 2022
        ("mdy", rf"(?:{W},?\s+)?{M}\s+{D}(?:,?\s+{Y})?", 7),
        ("my", rf"{M},?\s+(?:of\s+)?{Y}", 6),
        ("month", rf"(?P<cue>\b(?:in|since|until|till|by|during|early|late|mid|last|next|this|of|before|after|through|from|to|end\s+of|beginning\s+of)[\s-]+)(?:the\s+month\s+of\s+)?{M}(?!\s*\d)", 5),
        ("month", rf"(?P<cue>)(?<![\w.-]){M}(?![\w-]|\s*\d|\.\d)", 2),
        ("spoken_year", rf"\b(?:the\s+year\s+)?(?P<c>nineteen|twenty)[\s-]+(?P<dw>{_alt(SPOKEN_DECADES)})(?:[\s-]+(?P<uw>{_alt(SPOKEN_UNITS)}))?\b", 6),
        ("spoken_year", r"\b(?:the\s+year\s+)?(?P<tt>two\s+thousand)(?:\s+and\s+(?P<uw2>one|two|three|four|five|six|seven|eight|nine))?\b(?![\s-]+(?:\w+\s+)?(?:people|dollars|troops|soldiers|of|and|or|to|more|percent))", 4),
        ("holiday", rf"\b(?:(?P<hmod>last|next|this)\s+)?(?P<hol>{_alt(k.title() for k in HOLIDAYS)})\b", 6),
        ("decade", r"(?:\bthe\s+)?(?:(?P<cent>1[5-9]|20)(?P<dec>\d)0s|'(?P<dec2>\d)0s)\b", 5),
        ("year", rf"(?:(?<=\bmid-)|(?<![\w$€£.,/-])){Y}(?![\w%-]|\s*(?:percent|per\s+cent))", 3),
        ("century", r"\b(?P<cn>[1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century\b", 5),
        ("quarter", r"\b(?:the\s+)?(?:(?P<qy>(?:1[5-9]|20)\d\d)\s+|(?P<qrel>this|last|next)\s+year's\s+|fiscal[\s-]+)?(?P<mod>first|second|third|fourth|1st|2nd|3rd|4th|last|this|next|previous|latest|current)\s+(?:fiscal\s+)?quarter(?:\s+of\s+(?P<qy2>(?:1[5-9]|20)\d\d)\b)?(?![\w-])", 6),
        ("quarter", r"\b(?:fiscal[\s-]+)?(?P<mod>first|second|third|fourth)-quarter\b", 6),
        # reporting periods of company results: "the year-ago quarter", "year-earlier profit", "the quarter",
        # "the latest period", "the 1988 period": the quarter (or year) under report, or the same a year back
        ("fperiod", r"\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?P<ago>year-(?:ago|earlier))(?:\s+(?P<ord>first|second|third|fourth))?(?:\s+(?P<what>quarter|period|(?P<mon>six|nine)\s+months))?(?![\w-])", 7),
        ("fperiod", r"\bthe\s+(?:(?P<py>(?:1[5-9]|20)\d\d)\s+(?P<pw>quarter|period)|(?P<latest>latest)\s+period|(?P<q>quarter)(?:\s+(?P<qago>a\s+year\s+(?:ago|earlier)))?)(?![\w-])", 6),
        ("season", r"\b(?P<mod>this|last|next|early|late)\s+(?P<season>spring|summer|autumn|fall|winter)\b", 5),
        ("time", r"\b(?P<hh>[01]?\d|2[0-3])(?::(?P<mm>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)(?!\w)", 6),
        ("time", r"\b(?:at\s+)(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)\b", 6),
        ("time", r"(?<!High\s)(?<!high\s)\b(?P<noon>(?-i:noon|midday))\b", 5),
        ("weekday", rf"(?:\b(?P<mod>last|next|this|coming|past|previous|following)\s+)?{W}{POD}\b", 4),
        ("deictic", rf"\b(?:the\s+day\s+(?P<dd>before\s+yesterday|after\s+tomorrow)|(?P<deic>{_alt(deictic)})){POD}(?!\w)", 5),
        ("deictic", r"\b(?P<tonight>tonight|this\s+(?P<pod>morning|afternoon|evening)|(?P<lastnight>last\s+night))\b", 5),
        ("relunit", r"\b(?P<mod>this|last|next|coming|past|previous|following|current|same|that)\s+(?P<unit>week(?:end)?|month|year|decade|century)\b", 5),
        ("relunit", r"\b(?P<mod>the)\s+(?P<unit>weekend)\b", 4),
        # "for the year", "earlier in the year": the definite year of a report is the current one
        ("relunit", r"\b(?P<mod>the)\s+(?:fiscal\s+)?(?P<unit>year)\b(?![\s-]+(?:before|after|earlier|ago|later|ended|ending|ends|that|"
                    r"two|nineteen|twenty|in|to|of|round)\b|[-'’]|\s+\d)", 3),
        ("relunit", r"\bthe\s+(?P<mod>full|current\s+fiscal)\s+(?P<unit>year)\b", 5),
        ("offset", rf"\b{NUM}\s+{UNIT}\s+(?P<dir>ago|earlier|later|from\s+now|hence|previously|(?:before|after)(?=\s*(?:[.,;:!?)]|$)))", 8),
        ("anaph", r"\b(?P<which>the\s+(?:following|next|previous|preceding)\s+(?P<unit>day|week|month|year|morning|evening|night)|the\s+(?P<unit2>day|week|month|year)\s+(?P<dir>before|after)(?!\s+(?:the|a|an|his|her|its|their|\w+ing)\b)|(?:that|the\s+same)\s+(?P<unit3>day|week|month|year|morning|evening|night))\b", 7),
        ("duration", rf"\b(?:the\s+)?{NUM}[\s-]+(?:(?:or|to)\s+(?:{_NUM_ALT})[\s-]+)?(?:(?:more|additional|extra)\s+)?{UNIT}(?P<half>\s+and\s+a\s+half)?(?P<adj>[\s-]+long)?(?![\s-]+old\b)\b", 4),
        ("duration", r"\b(?P<unit>day|week|month|year|hour)(?P<adj>[\s-]long)\b", 4),
        # "net income for the fiscal year ended March 31": a reporting period told by its end, like "the six
        # months ended": the amount of time (the end date is its own expression)
        ("duration", r"\bthe\s+(?:fiscal\s+)?(?P<unit>year)(?=\s+(?:that\s+)?(?:ended|ending|ends)\b)", 5),
        ("duration", r"(?<=\bfor\s)(?P<bare>days|weeks|months|years|decades|centuries|hours)\b", 3),
        ("duration", r"\b(?:the\s+)?(?:recent|coming|past)\s+(?P<bare>days|weeks|months|years|decades)\b", 4),
        ("duration", rf"\b(?:the\s+)?(?:last|past|next|coming|first|recent)\s+(?P<num>(?:{_NUM_ALT}))\s+{UNIT}\b", 5),
        ("ref", rf"\b(?P<ref>{_alt(REFS)})\b", 2),
        ("set", r"\b(?:(?P<every>every|each|per)\s+(?P<unit>day|week|month|quarter|year|morning|evening|night|hour))\b", 4),
        ("set", rf"\b(?P<setw>{_alt(SET_WORDS)})\b", 2),
        # a recurring named day or month: "each Thursday", "every July", "Tuesday nights" (TimeML SET)
        ("setname", rf"\b(?:(?P<every>every|each)\s+)?(?:(?P<swd>{_alt(wdays)})(?P<pl>s)?|(?P<smon>{_alt(months)}))"
                    rf"(?:\s+(?P<spod>morning|afternoon|evening|night)(?P<ppl>s)?)?\b", 5),
    ]
    return [(k, re.compile(p, re.I), prio) for k, p, prio in pats]


def _num(s: str | None):
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
    if s in VAGUE_NUMBERS:
        return "X"
    if s.startswith("half"):
        return 0.5
    total = 0
    for w in s.split():
        if w not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[w]
    return total


def _unit_key(u: str | None) -> str | None:
    if not u:
        return None
    u = u.lower()
    if u in ("centuries", "century"):
        return "century"
    return u[:-1] if u.endswith("s") else u


def _scan(text: str, lang: str) -> list[_Cand]:
    s = fold_punct(text)
    months, wdays, deictic = _lang_words(lang or "en")
    cands: list[_Cand] = []
    for kind, pat, prio in _patterns(lang or "en"):
        for m in pat.finditer(s):
            if m.end() <= m.start():
                continue
            c = _make(kind, m, s, months, wdays, deictic, lang or "en")
            if c is not None and s[c.end - 1] == "." and c.end - c.start > 1:
                word = re.search(r"(\w+)\.$", s[c.start:c.end])
                if word and len(word.group(1)) > 4:
                    c.end -= 1
            if c is not None and "\n\n" not in s[c.start:c.end]:  # never across a paragraph break
                c.prio = prio
                cands.append(c)
    # keep the longest, then the most specific, non-overlapping candidates
    cands.sort(key=lambda c: (-(c.end - c.start), -c.prio, c.start))
    taken: list[_Cand] = []
    for c in cands:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    if (lang or "en") == "en":
        taken = _combine(s, taken)
    return taken


_POINT_PREFIX = re.compile(rf"(?:\b(?:{POINT_MODS})(?:[\s-]+|-))$", re.I)
_QUANT_PREFIX = re.compile(rf"\b(?:{QUANT_MODS})\s+$", re.I)
_TZ = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time))?"
_TIME_DAY_GAP = re.compile(rf"^{_TZ}(?:,?\s+(?:on\s+)?)$", re.I)
_REL_YEAR = re.compile(r"^\s+(?P<mod>this|last|next)\s+year\b", re.I)
_POSSESSIVE_AFTER = re.compile(r"^['’]s\b")


def _combine(s: str, cands: list[_Cand]) -> list[_Cand]:
    """English extent rules of TimeML: modifiers inside the expression ("late November", "almost two
    years ago", "the past three months"), a time with its day ("9 a.m. Tuesday"), a month with a
    relative year ("June last year")."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if c.kind == "time" and nxt is not None and nxt.kind in ("weekday", "deictic", "md", "ymd") \
                and _TIME_DAY_GAP.match(s[c.end:nxt.start]):
            out.append(_Cand(c.start, nxt.end, "timeday", {"hh": c.f["hh"], "mm": c.f["mm"], "day": nxt}, c.prio))
            i += 2
            continue
        if c.kind == "month" and c.f.get("mod") is None:
            m = _REL_YEAR.match(s[c.end:])
            if m:
                step = {"this": 0, "last": -1, "next": 1}[m.group("mod").lower()]
                end = c.end + m.end()
                if nxt is not None and nxt.start < end:
                    i += 1  # the "last year" candidate is swallowed
                out.append(_Cand(c.start, end, "month", {"m": c.f["m"], "mod": None, "yoff": step}, c.prio))
                i += 1
                continue
        lo = out[-1].end if out else 0
        before = s[lo:c.start]
        if c.kind in ("ym", "y", "month", "decade", "relunit", "md", "offset", "season", "quarter", "deictic"):
            m = _POINT_PREFIX.search(before)
            if m and re.match(r"earlier|later", m.group(0), re.I) and s[c.start:c.start + 9].lower() == "this week":
                m = None  # "earlier this week": the annotated corpora keep "this week" ("earlier this year" whole)
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
        out.append(c)
        i += 1
    return out


def _cased_ok(word: str | None, lang: str, strict: bool) -> bool:
    """English month/weekday names must be capitalised; ambiguous abbreviations need more context."""
    if word is None:
        return True
    if lang == "en" and word[:1].islower():
        return False
    if strict and word.lower() in AMBIGUOUS_ABBR and len(word) <= 3:
        return False
    return True


def _make(kind, m, s, months, wdays, deictic, lang) -> _Cand | None:
    g = m.groupdict()
    start, end = m.start(), m.end()
    f: dict = {}
    if kind in ("iso", "dotted", "slashed"):
        try:
            y = int(g["year"])
            if kind == "slashed":
                a, b = int(g["a"]), int(g["b"])
                mo, d = (a, b) if (lang == "en" and a <= 12) or b > 12 else (b, a)
                if y < 100:
                    y += 2000 if y < 50 else 1900
            else:
                mo, d = int(g["mon"]), int(g["day"])
            date(y, mo, d)
        except (ValueError, TypeError):
            return None
        f = {"y": y, "m": mo, "d": d}
        if g.get("hh"):
            f["time"] = f"{int(g['hh']):02d}:{g['mm']}"
        return _Cand(start, end, "ymd", f)
    if kind in ("dmy", "mdy", "my"):
        mon_word = g.get("mon")
        if not _cased_ok(mon_word, lang, strict=kind == "my" or g.get("day") is None) or not _cased_ok(g.get("wd"), lang, False):
            return None
        mo = months.get(mon_word.lower().rstrip("."))
        if mo is None:
            return None
        f["m"] = mo
        if g.get("wd"):
            f["wd"] = wdays.get(g["wd"].lower())
        if kind != "my":
            d = int(g["day"])
            if not 1 <= d <= 31:
                return None
            f["d"] = d
        if g.get("year"):
            f["y"] = int(g["year"])
            # "in 2,000 ..." guard: a thousands separator right after means it is a number
            if re.match(r"[.,]\d", s[end:end + 2]):
                return None
        if "d" in f:
            try:
                date(f.get("y", 2000), mo, f["d"])
            except ValueError:
                return None
        # trailing "year"/"года"/"r." after a year is part of the expression in several languages
        if kind == "my":
            return _Cand(start, end, "ym", f)
        return _Cand(start, end, "ymd" if "y" in f else "md", f)
    if kind == "month":
        word = g["mon"]
        if not _cased_ok(word, lang, strict=False):
            return None
        if lang == "en" and word.lower() not in ("january", "february", "march", "april", "may", "june", "july",
                                                 "august", "september", "october", "november", "december"):
            return None  # "Oct" alone: an abbreviation needs its day number
        if not g["cue"] and (word.lower() in AMBIGUOUS_ABBR or word.lower() in ("may", "march")
                             or len(word) <= 4 and lang == "en"):
            return None  # "May" (modal), "March" (verb), "Jan" need a cue word before them
        if not g["cue"] and lang == "en" and not word[1:].islower():
            return None  # "APRIL" in an all-caps header line
        mo = months.get(g["mon"].lower().rstrip("."))
        if mo is None:
            return None
        cue = g["cue"].strip().lower()
        start = m.start("mon")
        mod = cue if cue in ("last", "next", "this") else None
        if mod:
            start = m.start()
        return _Cand(start, end, "month", {"m": mo, "mod": mod})
    if kind == "spoken_year":
        if g.get("tt"):
            y = 2000 + (NUMBER_WORDS.get((g.get("uw2") or "").lower(), 0))
        else:
            y = (19 if g["c"].lower() == "nineteen" else 20) * 100 + SPOKEN_DECADES[g["dw"].lower()] \
                + SPOKEN_UNITS.get((g.get("uw") or "").lower(), 0)
        if s[end:end + 1] in ("-",) or not 1500 <= y <= 2099:
            return None
        return _Cand(start, end, "y", {"y": y})
    if kind == "holiday":
        word = g["hol"]
        if lang != "en" or not word[:1].isupper():
            return None
        rule = HOLIDAYS.get(word.lower())
        if rule is None:
            return None
        return _Cand(start, end, "holiday", {"rule": rule, "mod": (g.get("hmod") or "").lower() or None})
    if kind == "century":
        return _Cand(start, end, "decade", {"v": f"{int(g['cn']) - 1:02d}"})  # "the 20th century": 19xx
    if kind == "decade":
        if g.get("cent"):
            return _Cand(m.start("cent"), end, "decade", {"v": g["cent"] + g["dec"] + "X"})
        return _Cand(start + (m.group(0).find("'")), end, "decade", {"v": "19" + g["dec2"] + "X"})
    if kind == "year":
        y = int(g["year"])
        before = s[max(0, start - 20):start]
        prev = re.findall(r"[A-Za-z]+", before)
        prev_word = prev[-1].lower() if prev else ""
        nxt = re.match(r"\s+([A-Za-z]+)", s[end:end + 30])
        next_word = nxt.group(1) if nxt else ""
        counted = next_word[:1].islower() and next_word.endswith("s") and next_word not in ("was", "is", "has", "as", "its", "his", "this")
        if prev_word in ("about", "some", "over", "than", "nearly", "around", "almost", "roughly", "approximately",
                         "least", "additional", "another", "only", "just", "all", "those", "these", "number", "no"):
            return None
        if prev_word not in YEAR_CUES and (counted or s[start - 1:start] in ("#", "$", "(") or
                                           re.match(r"\s*(?:[-+*/=x%]|per)", s[end:end + 4])):
            return None
        if prev_word in ("and", "to") and not re.search(r"(?:1[5-9]|20)\d\d\s+(?:and|to)\s+$", before):
            return None  # "2,000 and 2000 troops": only a year range makes "and"/"to" a year cue
        if not 1500 <= y <= 2099:
            return None
        return _Cand(start, end, "y", {"y": y})
    if kind == "quarter":
        mod = g["mod"].lower()
        f = {"q": ORDINALS.get(mod), "mod": None if mod in ORDINALS else mod,
             "adj": s[end - 8:end].lower() == "-quarter"}
        if g.get("qy") or g.get("qy2"):
            f["y"] = int(g.get("qy") or g.get("qy2"))
        elif g.get("qrel"):
            f["yoff"] = {"this": 0, "last": -1, "next": 1}[g["qrel"].lower()]
        return _Cand(start, end, "quarter", f)
    if kind == "fperiod":
        if g.get("ago"):
            if not (g.get("ord") or g.get("what")):
                start = m.start("ago")  # "year-earlier profit": the adjective alone
            if g.get("mon"):
                return _Cand(start, end, "duration", {"n": NUMBER_WORDS[g["mon"].lower()], "unit": "month"})
            return _Cand(start, end, "fperiod", {"back": 1, "q": ORDINALS.get((g.get("ord") or "").lower()),
                                                  "period": (g.get("what") or "").lower() == "period"})
        if g.get("py"):
            return _Cand(start, end, "fperiod", {"y": int(g["py"]), "period": g["pw"].lower() == "period"})
        return _Cand(start, end, "fperiod", {"back": 1 if g.get("qago") else 0, "period": bool(g.get("latest"))})
    if kind == "season":
        if g["season"][:1].isupper() is False and lang != "en":
            return None
        return _Cand(start, end, "season", {"season": SEASONS[g["season"].lower()], "mod": g["mod"].lower()})
    if kind == "time":
        if g.get("noon"):
            return _Cand(start, end, "time", {"hh": 12, "mm": 0})
        hh = int(g["hh"])
        ampm = (g.get("ampm") or "").lower()
        if ampm.startswith("p") and hh < 12:
            hh += 12
        if ampm.startswith("a") and hh == 12:
            hh = 0
        if s[start:start + 3].lower() == "at ":
            start += 3
        return _Cand(start, end, "time", {"hh": hh, "mm": int(g.get("mm") or 0)})
    if kind == "weekday":
        if not _cased_ok(g["wd"], lang, strict=True):
            return None
        wd = wdays.get(g["wd"].lower().rstrip("."))
        if wd is None:
            return None
        mod = (g.get("mod") or "").lower() or None
        anaph = mod in ("previous", "following") and re.search(r"\bthe\s+$", s[max(0, start - 4):start], re.I)
        if anaph:
            start = s.rfind("the", 0, start)  # "the previous Friday": the Friday before the date just told
        if mod in ("past", "previous"):
            mod = "last"
        if mod == "following":
            mod = "next"
        f = {"wd": wd, "mod": mod, "pod": PARTS_OF_DAY.get((g.get("pod") or "").lower()), "anaph": bool(anaph)}
        return _Cand(start, end, "weekday", f)
    if kind == "deictic":
        if g.get("tonight") is not None:
            if g.get("lastnight"):
                return _Cand(start, end, "deictic", {"off": -1, "pod": "NI", "time": True})
            pod = "NI" if g["tonight"].lower() == "tonight" else PARTS_OF_DAY[g["pod"].lower()]
            return _Cand(start, end, "deictic", {"off": 0, "pod": pod, "time": True})
        if g.get("dd"):
            off = -2 if g["dd"].lower().startswith("before") else 2
        else:
            off = deictic.get(g["deic"].lower())
            if off is None:
                return None
        return _Cand(start, end, "deictic", {"off": off, "pod": PARTS_OF_DAY.get((g.get("pod") or "").lower())})
    if kind == "relunit":
        if g["mod"][:1].isupper() and g["unit"][:1].isupper():
            return None  # "This Week", "Next Year": a title
        mod = g["mod"].lower()
        if mod.startswith(("full", "current")):
            mod = "this"  # "the full year", "the current fiscal year": the year of the report
        unit = g["unit"].lower()
        if mod == "past" and unit == "year" and re.search(r"\bthe\s+$", s[max(0, start - 4):start], re.I):
            # "over the past year": annotated as the calendar year before the report
            return _Cand(s.rfind("the", 0, start), end, "relunit", {"mod": "last", "unit": unit})
        if mod == "the" and unit == "year":
            pre = s[max(0, start - 30):start]
            if re.search(r"\bof\s+$", pre, re.I) and not re.search(
                    r"\b(?:days|weeks|months|quarters|half|end|beginning|start|rest|part|remainder|balance)\s+of\s+$",
                    pre, re.I):
                return None  # "the event of the year", "the man of the year": a title, not a time
            if re.search(r"\b(?:all|throughout|during|over|through|around|across)\s+$", pre, re.I):
                return None  # "throughout the year": a stretch of any year, mostly not annotated as the year of the report
        if mod in ("past",) or unit in ("decade", "century"):
            if mod not in ("past", "last", "next", "coming", "previous"):
                return None
            return _Cand(start, end, "duration", {"n": 1, "unit": unit})
        return _Cand(start, end, "relunit", {"mod": mod, "unit": unit})
    if kind == "offset":
        n = _num(g["num"])
        if n is None:
            return None
        d = g["dir"].lower()
        direction = -1 if d in ("ago", "earlier", "before", "previously") else 1
        anchor = "dct" if d in ("ago", "from now", "hence") else "prev"
        return _Cand(start, end, "offset", {"n": n, "unit": _unit_key(g["unit"]), "dir": direction, "anchor": anchor})
    if kind == "anaph":
        which = g["which"].lower()
        unit = (g.get("unit") or g.get("unit2") or g.get("unit3")).lower()
        if unit in PARTS_OF_DAY:
            unit = "day"
        if re.search(r"following|next|after", which):
            direction = 1
        elif re.search(r"previous|preceding|before", which):
            direction = -1
        else:
            direction = 0
        return _Cand(start, end, "offset", {"n": 1 if direction else 0, "unit": unit, "dir": direction or 1, "anchor": "prev"})
    if kind == "duration":
        if g.get("bare"):
            u = _unit_key(g["bare"])
            return _Cand(start, end, "duration", {"n": "X", "unit": u})
        n = _num(g.get("num")) if g.get("num") else 1
        if n is None:
            return None
        if g.get("half") and n != "X":
            n += 0.5  # "a minute and a half"
        txt = s[start:end]
        if _unit_key(g.get("unit")) == "quarter" and (re.match(r"\s+of\b", s[end:end + 4]) or "-quarters" in txt.lower()):
            return None  # "three-quarters of its food", "more than a quarter of the market": a fraction
        if _unit_key(g.get("unit")) == "second" and n == 1 and re.match(r"\s+[a-z]", s[end:end + 2]) \
                and not re.match(r"\s+(?:ago|later|earlier|or|and|to|before|after)\b", s[end:end + 10]):
            return None  # "a second betrayal", "a second group": the ordinal
        if re.match(r"\d", txt) and g.get("unit", "")[:1].isupper():
            return None  # "60 Minutes": a title
        # "a week-long deployment": the expression is "week-long"
        mm = re.match(r"(?:an?|the)\s+", txt, re.I)
        if mm and (g.get("adj") or re.search(r"\w-\w", txt)):
            start += mm.end()
        return _Cand(start, end, "duration", {"n": n, "unit": _unit_key(g["unit"])})
    if kind == "ref":
        v = REFS[re.sub(r"\s+", " ", g["ref"].lower())]
        if g["ref"].lower() == "now" and re.match(r"\s*,", s[end:end + 2]) and \
                re.search(r"(?:^|[.!?\"'`]\s*|\n\s*)$", s[max(0, start - 3):start]):
            return None  # "Now, he says ...": a discourse marker, not a time
        if g["ref"].lower() == "current" and (re.search(r"\bthe\s+$", s[max(0, start - 5):start], re.I)
                                             or not re.match(r"\s+[a-z]", s[end:end + 2])):
            return None  # "the current system", "the current" (a flow): mostly not annotated
        lead = re.match(r"in\s+(?=the\b)", g["ref"], re.I)
        if lead:
            start += lead.end()  # "in the past": the preposition is not part of the expression
        return _Cand(start, end, "ref", {"v": v})
    if kind == "setname":
        plural = g.get("pl") or (g.get("ppl") and g.get("swd"))
        if not (g.get("every") or plural) or (g.get("smon") and not g.get("every")):
            return None
        name = g.get("swd") or g.get("smon")
        if g.get("pl") and len(name) < 6:
            return None  # "Thus": an abbreviation with an "s" is no plural day
        if not _cased_ok(name, lang, strict=True) or (g.get("smon") and g.get("spod")):
            return None
        if g.get("swd"):
            wd = wdays.get(name.lower())
            if wd is None:
                return None
            v = f"XXXX-WXX-{wd + 1}" + ("T" + PARTS_OF_DAY[g["spod"].lower()] if g.get("spod") else "")
        else:
            mo = months.get(name.lower())
            if mo is None:
                return None
            v = f"XXXX-{mo:02d}"
        return _Cand(start, end, "set", {"v": v})
    if kind == "set":
        if g.get("setw"):
            return _Cand(start, end, "set", {"v": SET_WORDS[g["setw"].lower()]})
        u = g["unit"].lower()
        v = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "hour": "PT1H", "quarter": "P1Q"}.get(u, "P1D")
        return _Cand(start, end, "set", {"v": v})
    return None


# --------------------------------------------------------------------------------------------
# Tense of the governing verb
# --------------------------------------------------------------------------------------------

_NOUN_TIME = "noun"  # _tense_spacy: attached to a noun, the tense is unknown and not to be guessed


def _tense_spacy(doc, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    t = span.root
    via_noun = False
    for _ in range(10):
        if t.pos_ in ("VERB", "AUX") and not (span.start <= t.i < span.end):
            break
        if t.head.i == t.i:
            break
        if not (span.start <= t.i < span.end) and t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("npadvmod", "tmod"):
            via_noun = True  # "a ceremony on March 12", "the Oct. 23 attack": the noun's time, not the verb's
        t = t.head
    if t.pos_ not in ("VERB", "AUX"):
        return None
    if via_noun:
        # the time of a noun ("a mission in December"): a future clause carries it forward; a past one
        # says nothing (a past report often announces a coming event), and no word-level guess either
        vt = _verb_tense(t)
        return vt if vt == "future" else _NOUN_TIME
    if t.tag_ == "VBN" and t.dep_ == "acl" and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
        return None  # reduced relative: "a summit set for April"
    # a participle clause without auxiliaries ("Speaking on Monday, he promised") takes its head's tense
    for _ in range(3):
        if (t.tag_ in ("VBG", "VBN") and t.dep_ in ("advcl", "acl", "conj", "pcomp", "xcomp")
                and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
                and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX")):
            t = t.head
        else:
            break
    if t.lemma_.lower() in FUTURE_VERBS and span.end <= t.i:
        return _verb_tense_plain(t)  # "On Friday, the government planned ...": the day of the planning
    return _verb_tense(t)


def _verb_tense(t) -> str | None:
    tense = _verb_tense_plain(t)
    if tense == "past" and t.lemma_.lower() in FUTURE_VERBS:
        return "would"  # "protesters planned a rally on Saturday", "was scheduled for Monday": ahead of then
    return tense


def _verb_tense_plain(t) -> str | None:
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    low = [a.text.lower() for a in auxes]
    if any(a in FUTURE_AUX for a in low):
        return "future"
    if any(a in WOULD_AUX for a in low):
        return "would"
    if any(a in MODALS for a in low):
        return None if any(a in PAST_MODALS for a in low) else "future"
    # "is going to begin", "plans to begin", "expected to begin", "to be completed by"
    if "to" in low and (t.tag_ == "VB" or t.tag_ == "VBN" and "be" in low):
        h = t.head
        if h.i != t.i and h.lemma_ == "go" and h.tag_ == "VBG":
            return "future"
        # "celebrations to mark the entry on Friday", "among the first to accede on Friday": the clause
        # hangs on a noun; the nearest verb above it sets the reference time
        for _ in range(4):
            if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
                break
            h = h.head
        if h.i != t.i and h.pos_ in ("VERB", "AUX"):
            ht = _verb_tense(h)
            return "future" if ht in ("present", None, "future") else "would"
        return "future"
    tagged_aux = [a.tag_ for a in auxes]
    if t.tag_ == "VBD" or "VBD" in tagged_aux:
        return "past"
    if t.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes) \
            and not any(a.dep_ == "aux" and a.lemma_ == "have" for a in auxes):
        return "present"  # "the case is heard in May"
    if t.tag_ == "VBN":
        return "past"  # has begun / was held / the talks held on Monday
    if t.tag_ in ("VBZ", "VBP") or any(x in ("VBZ", "VBP") for x in tagged_aux):
        return "present"
    if t.tag_ == "VBG":
        return "present" if auxes else None
    return None


_FUT_RE = re.compile(rf"\b(?:{FUTURE_CUES})\b", re.I)
_PAST_RE = re.compile(rf"\b(?:{PAST_IRREGULAR}|\w{{3,}}ed)\b", re.I)
_PRES_RE = re.compile(r"\b(?:is|are|am|begins|starts|ends|opens|takes)\b", re.I)


def _tense_regex(s: str, start: int, end: int) -> str | None:
    """Nearest tense cue in the same sentence (no parse available)."""
    left = max(s.rfind(p, 0, start) for p in (". ", "! ", "? ", "\n"))
    right_c = [i for i in (s.find(p, end) for p in (". ", "! ", "? ", "\n")) if i >= 0]
    right = min(right_c) if right_c else len(s)
    lo = left + 1 if left >= 0 else 0
    best, best_d = None, 10 ** 9
    for rx, tense in ((_FUT_RE, "future"), (_PAST_RE, "past"), (_PRES_RE, "present")):
        for m in rx.finditer(s, lo, right):
            if start <= m.start() < end:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            if tense == "future" and m.group(0).lower() == "would":
                tense_v = "would"
            else:
                tense_v = tense
            if dist < best_d:
                best, best_d = tense_v, dist
    return best


# --------------------------------------------------------------------------------------------
# Resolution
# --------------------------------------------------------------------------------------------

def _parse_iso(v: str | None) -> date | None:
    if not v:
        return None
    try:
        return date.fromisoformat(str(v)[:10])
    except (ValueError, TypeError):
        return None


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


def _weekday_date(wd: int, ref: date, mode: str) -> date:
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


def _holiday_date(rule, y: int) -> date | None:
    try:
        if rule[0] == "nth":
            _, mo, wd, n = rule
            first = date(y, mo, 1)
            return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        if rule[0] == "last":
            _, mo, wd = rule
            last = _add_months(date(y, mo, 1), 1) - timedelta(days=1)
            return last - timedelta(days=(last.weekday() - wd) % 7)
        if rule[0] == "easter":
            a, b, c = y % 19, y // 100, y % 100
            d, e = divmod(b, 4)
            f = (b + 8) // 25
            g = (b - f + 1) // 3
            h = (19 * a + b - d - g + 15) % 30
            i, k = divmod(c, 4)
            l_ = (32 + 2 * e + 2 * i - h - k) % 7
            m = (a + 11 * h + 22 * l_) // 451
            mo, dd = divmod(h + l_ - 7 * m + 114, 31)
            return date(y, mo, dd + 1) + timedelta(days=rule[1])
        if rule[0] == "election":
            first = date(y, 11, 1)
            return first + timedelta(days=(0 - first.weekday()) % 7 + 1)
        mo, dd = rule
        return date(y, mo, dd)
    except (ValueError, TypeError, IndexError):
        return None


def _holiday_near(rule, dct: date, mod: str | None, tense: str | None) -> date | None:
    """The holiday's occurrence: "last" before the DCT, "next" after; otherwise by tense, the nearer one."""
    this = _holiday_date(rule, dct.year)
    if this is None:
        return None
    prev_, next_ = _holiday_date(rule, dct.year - 1), _holiday_date(rule, dct.year + 1)
    if mod == "last" or tense == "past":
        return this if this <= dct else prev_
    if mod == "next" or tense in ("future", "would"):
        return this if this >= dct else next_
    opts = [d for d in (prev_, this, next_) if d is not None]
    return min(opts, key=lambda d: abs((d - dct).days))


def _year_for_month(mo: int, dct: date, tense: str | None) -> int:
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


_AHEAD_CUE = re.compile(r"\b(?:until|till|through|payable|effective|extended\s+to|postponed\s+to|delayed\s+to)\s+(?:\w+\s+){0,2}$", re.I)


def _month_year(mo: int, dct: date, tense: str | None, before: str) -> int:
    """Year of a month named without one. A deadline ("until January", "payable Jan. 2", "extended to
    Nov. 16") and the simple present ("the dividend is payable in January") take the nearer
    occurrence; otherwise as `_year_for_month`."""
    if re.search(r"\bsince\s+(?:\w+\s+){0,1}$", before, re.I):
        tense = "past"  # "since Jan. 13": a time already gone by
    if tense == "present" or (tense in ("past", None) and _AHEAD_CUE.search(before)):
        diff = mo - dct.month
        if diff > 6:
            return dct.year - 1
        if diff < -6:
            return dct.year + 1
        return dct.year
    if tense == "past" and mo == dct.month + 1:
        return dct.year  # next month told in the past tense: mostly an announced plan ("cut supply in September")
    return _year_for_month(mo, dct, tense)


def _offset(anchor: date, n, unit: str, direction: int) -> tuple[str | None, str]:
    """Shift a day by n units; returns (value, granularity)."""
    if n == "X" or n is None:
        return None, "X"
    n = int(n) if float(n).is_integer() else n
    if unit in ("day", "night"):
        return (anchor + timedelta(days=direction * n)).isoformat(), "day"
    if unit in ("week", "fortnight"):
        k = n * (2 if unit == "fortnight" else 1)
        return _week(anchor + timedelta(weeks=direction * k)), "week"
    if unit == "month" and float(n).is_integer():
        d = _add_months(anchor, direction * int(n))
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


def _duration_value(n, unit: str | None) -> str | None:
    if unit is None:
        return None
    letter, is_time = UNITS.get(unit, (None, False))
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


def _cached_tense(c, spacy_doc, folded: str, cache: dict) -> str | None:
    """Tense of the verb governing a candidate: the parse when there is one, cue words otherwise (memoised)."""
    key = (c.start, c.end)
    if key not in cache:
        t = None
        if spacy_doc is not None:
            try:
                t = _tense_spacy(spacy_doc, c.start, c.end)
            except Exception:
                t = None
        if t is None:
            t = _tense_regex(folded, c.start, c.end)
        cache[key] = None if t == _NOUN_TIME else t
    return cache[key]


def _resolve(text: str, cands: list[_Cand], dct: date | None, spacy_doc, tense_cache: dict) -> list[Timex]:
    s = fold_punct(text)
    out: list[Timex] = []
    prev_day: date | None = None
    prev_any: tuple | None = None  # (date, "day"|"month"|"year") of the last date of any granularity
    period: tuple | None = None  # the reporting period last named: ("Q", year, quarter, end) or ("Y", year, None, end)
    q_seen: dict = {}

    def tense_of(c: _Cand) -> str | None:
        return _cached_tense(c, spacy_doc, s, tense_cache)

    for c in cands:
        f = c.f
        typ, value, anchor, tense = "DATE", None, None, None
        day: date | None = None
        k = c.kind
        if k == "ymd":
            day = date(f["y"], f["m"], f["d"])
            value, anchor = day.isoformat(), "explicit"
            if f.get("time"):
                typ, value = "TIME", f"{value}T{f['time']}"
        elif k == "ym":
            value, anchor = f"{f['y']:04d}-{f['m']:02d}", "explicit"
        elif k == "y":
            value, anchor = f"{f['y']:04d}", "explicit"
        elif k == "decade":
            value, anchor = f["v"], "explicit"
        elif k == "md":
            tense = tense_of(c)
            if dct is not None:
                y = _month_year(f["m"], dct, tense, s[max(0, c.start - 40):c.start])
                if f.get("wd") is not None:
                    # a weekday fixes the year when the default does not fit
                    for cand_y in (y, y - 1, y + 1):
                        try:
                            if date(cand_y, f["m"], f["d"]).weekday() == f["wd"]:
                                y = cand_y
                                break
                        except ValueError:
                            continue
                try:
                    day = date(y, f["m"], f["d"])
                    value, anchor = day.isoformat(), "dct"
                except ValueError:
                    value = None
            else:
                value = f"XXXX-{f['m']:02d}-{f['d']:02d}"
        elif k == "timeday":
            inner = _resolve(text, [f["day"]], dct, spacy_doc, tense_cache)
            typ = "TIME"
            iv = inner[0].value if inner else None
            if iv and re.fullmatch(r"\d{4}-\d{2}-\d{2}", iv[:10]):
                value, anchor, tense = f"{iv[:10]}T{f['hh']:02d}:{f['mm']:02d}", inner[0].anchor, inner[0].tense
                day = _parse_iso(iv)
        elif k == "month":
            tense = tense_of(c)
            if dct is not None and f.get("yoff") is not None:
                value, anchor = f"{dct.year + f['yoff']:04d}-{f['m']:02d}", "dct"
            elif dct is not None:
                mod = f.get("mod")
                if mod == "last":
                    y = dct.year - 1 if f["m"] >= dct.month else dct.year
                elif mod == "next":
                    y = dct.year + 1 if f["m"] <= dct.month else dct.year
                elif mod == "this":
                    y = dct.year
                else:
                    y = _month_year(f["m"], dct, tense, s[max(0, c.start - 40):c.start])
                value, anchor = f"{y:04d}-{f['m']:02d}", "dct"
            else:
                value = f"XXXX-{f['m']:02d}"
        elif k == "quarter":
            if dct is not None:
                cur = (dct.month - 1) // 3 + 1
                q, mod, y = f.get("q"), f.get("mod"), dct.year
                if q is None:
                    if mod in ("last", "previous", "latest"):
                        q = cur - 1
                        if mod == "latest":
                            q = cur - 1
                    elif mod == "next":
                        q = cur + 1
                    else:
                        q = cur
                    if q < 1:
                        q, y = 4, y - 1
                    if q > 4:
                        q, y = 1, y + 1
                elif f.get("y") is not None:
                    y = f["y"]
                elif f.get("yoff") is not None:
                    y += f["yoff"]
                else:
                    tense = tense_of(c)
                    if tense in ("past", None) and q > cur:
                        y -= 1  # without a tense, a quarter is mostly one already reported
                value, anchor = f"{y:04d}-Q{q}", "dct"
                if f.get("y") is None and not f.get("yoff"):
                    # the quarter under report: the one named most often so far ("after a flat second
                    # quarter" in a third-quarter report does not change it), ties to the first; the adjective
                    # ("reported third-quarter profit", "fiscal second-quarter net") names the results being
                    # reported and takes over at once
                    q_seen[(y, q)] = q_seen.get((y, q), 0) + 1
                    if period is None or period[0] != "Q" or q_seen[(y, q)] > q_seen.get(period[1:3], 0) \
                            or f.get("adj"):
                        period = ("Q", y, q, c.end)
                    else:
                        period = (*period[:3], c.end)
        elif k == "fperiod":
            if dct is not None:
                # the period under report: the last quarter named, else the last completed quarter
                if period is not None and period[0] == "Q":
                    py, pq = period[1], period[2]
                elif period is not None:
                    py, pq = period[1], None
                else:
                    cur = (dct.month - 1) // 3 + 1
                    py, pq = (dct.year, cur - 1) if cur > 1 else (dct.year - 1, 4)
                if f.get("q"):
                    pq = f["q"]
                if f.get("y") is not None:
                    py = f["y"]  # "the 1988 period": that year's quarter under report
                    if f.get("period") and (period is None or period[0] != "Q"):
                        pq = None
                py -= f.get("back", 0)
                if f.get("period") and period is not None and period[0] == "Y":
                    pq = None
                value, anchor = (f"{py:04d}-Q{pq}" if pq else f"{py:04d}"), "dct"
                if f.get("back") and f.get("period") and period is not None and period[0] == "Y":
                    # "the year-earlier period" after "the nine months": the same span of months
                    typ, value, anchor = "DURATION", f"P{period[4]}M", None
        elif k == "season":
            if dct is not None:
                mod, y = f["mod"], dct.year
                if mod == "last":
                    y -= 1
                elif mod == "next":
                    y += 1
                value, anchor = f"{y:04d}-{f['season']}", "dct"
        elif k == "time":
            typ = "TIME"
            if dct is not None:
                # a clock time without its own day is on the day last told ("was killed on Oct. 23 ...
                # was shot at 10 p.m."), the document's day only when no day has been told yet
                base, anchor = (prev_day, "previous-date") if prev_day is not None else (dct, "dct")
                value = f"{base.isoformat()}T{f['hh']:02d}:{f['mm']:02d}"
        elif k == "weekday":
            tense = tense_of(c)
            if dct is not None:
                mod = f.get("mod")
                if mod == "last":
                    mode = "lt"
                elif mod == "next":
                    mode = "gt"
                elif mod in ("this", "coming"):
                    mode = "le" if tense == "past" else "ge"
                elif _POSSESSIVE_AFTER.match(s[c.end:c.end + 3]):
                    # "Wednesday's ruling": a named day's event is mostly already past; only a future
                    # governor ("will attend Thursday's meeting") points to the coming one
                    mode = "ge" if tense == "future" else "le"
                elif re.search(r"\bsince\s+$", s[max(0, c.start - 10):c.start], re.I):
                    mode = "le"  # "since Tuesday": gone by
                elif re.search(r"\b(?:until|till|as\s+(?:soon|early)\s+as)\s+(?:\S+\s+){0,3}$", s[max(0, c.start - 40):c.start], re.I):
                    mode = "ge"  # "until 9 a.m. Tuesday", "as soon as Tuesday": a deadline ahead
                elif tense == "past" or tense is None:
                    mode = "le"
                elif tense == "future":
                    mode = "gt"
                elif tense == "would":
                    # future in the past ("said it would leave on Friday", "staged celebrations to mark
                    # the entry on Friday"): relative to a past report, either side of the DCT; the nearer
                    mode = "near"
                else:  # present ("begins on Thursday")
                    mode = "ge"
                if f.get("anaph") and prev_day is not None:
                    day, anchor = _weekday_date(f["wd"], prev_day, mode), "previous-date"
                else:
                    day, anchor = _weekday_date(f["wd"], dct, mode), "dct"
                value = day.isoformat()
                # "Friday evening": the annotated news corpora mostly add the part of the day; "Friday night"
                # and "Friday morning" mostly keep the day alone
                if f.get("pod") == "EV":
                    value += "T" + f["pod"]

        elif k == "holiday":
            tense = tense_of(c)
            if dct is not None:
                day = _holiday_near(f["rule"], dct, f.get("mod"), tense)
                if day is not None:
                    value, anchor = day.isoformat(), "dct"
        elif k == "deictic":
            if dct is not None:
                day = dct + timedelta(days=f["off"])
                value, anchor = day.isoformat(), "dct"
                if f.get("time"):
                    typ, value = "TIME", f"{value}T{f['pod']}"
        elif k == "relunit":
            if dct is not None:
                mod, unit = f["mod"], f["unit"]
                base, anchor = dct, "dct"
                if mod in ("same", "that", "following", "previous") and prev_day is not None:
                    base, anchor = prev_day, "previous-date"
                if mod in ("same", "that", "following", "previous") and prev_any is not None \
                        and (unit == "year" or unit == "month" and prev_any[1] != "year"):
                    base, anchor = prev_any[0], "previous-date"  # "in June 1998 ... later that year"
                step = {"last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(mod, 0)
                if mod == "the" and unit == "weekend":
                    # "the weekend": told in the past, the last one (this week's once it has begun);
                    # otherwise the coming one, which is in the DCT's ISO week
                    tense = tense_of(c)
                    step = -1 if tense in ("past", None) and dct.weekday() < 5 else 0
                if unit == "week":
                    value = _week(base + timedelta(weeks=step))
                elif unit == "weekend":
                    value = _week(base + timedelta(weeks=step)) + "-WE"
                elif unit == "month":
                    d2 = _add_months(base, step)
                    value = f"{d2.year:04d}-{d2.month:02d}"
                else:
                    value = f"{base.year + step:04d}"
                    if mod == "last" and anchor == "dct" and period is not None and period[0] == "Q" \
                            and c.start - period[3] < 1200 and _POSSESSIVE_AFTER.match(s[c.end:c.end + 3]):
                        # "last year's results" in a quarterly report: the same quarter a year back
                        value = f"{period[1] - 1:04d}-Q{period[2]}"
        elif k == "offset":
            tense = None
            base, anchor = None, None
            if f["anchor"] == "prev" and prev_any is not None \
                    and (f["unit"] == "year" or f["unit"] == "month" and prev_any[1] != "year"):
                base, anchor = prev_any[0], "previous-date"  # "in June 1998 ... a year later"
            elif f["anchor"] == "prev" and prev_day is not None:
                base, anchor = prev_day, "previous-date"
            elif dct is not None:
                base, anchor = dct, "dct"
            if f["n"] == "X" and f["anchor"] == "dct":
                value, anchor = ("PAST_REF" if f["dir"] < 0 else "FUTURE_REF"), None
            elif f["n"] == "X":
                # "a few days later": no day to point at; the amount of time is what is known
                typ, value, anchor = "DURATION", _duration_value("X", f["unit"]), None
            elif (f["n"] == 1 and f["unit"] == "year" and f["dir"] < 0 and dct is not None and period is not None
                  and period[0] == "Q" and c.start - period[3] < 1200):
                # "net rose from $5 million a year ago" after "third-quarter net": the same quarter a year back
                value, anchor = f"{period[1] - 1:04d}-Q{period[2]}", "dct"
            elif f["unit"] in ("hour", "minute", "second"):
                # "an hour later": the clock time is unknown; the amount of time is what is known
                typ, value, anchor = "DURATION", _duration_value(f["n"], f["unit"]), None
            elif base is not None:
                value, gran = _offset(base, f["n"], f["unit"], f["dir"])
                if gran == "day":
                    day = _parse_iso(value)
                if value is None:
                    anchor = None
            elif f["n"] == 0:
                value = None
        elif k == "duration":
            typ = "DURATION"
            value = _duration_value(f["n"], f["unit"])
            if dct is not None and f["unit"] == "month" and f["n"] in (6, 9) and s[c.start:c.start + 4].lower() == "the ":
                period = ("Y", dct.year, None, c.end, f["n"])  # "the nine months": results reported for the year so far
        elif k == "ref":
            value = f["v"]
        elif k == "set":
            typ, value = "SET", f["v"]
        t = Timex(c.start, c.end, text[c.start:c.end], typ, value, anchor,
                  {"would": "future"}.get(tense, tense))
        out.append(t)
        if day is not None:
            prev_day = day
            prev_any = (day, "day")
        elif typ == "DATE" and value and k in ("ym", "y", "month"):
            mm = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", value)
            if mm:
                prev_any = (date(int(mm.group(1)), int(mm.group(2) or 1), 1), "month" if mm.group(2) else "year")
    return out


def find_timexes(text: str, dct: str | None, *, spacy_doc=None, lang: str = "en") -> list[Timex]:
    """Temporal expressions in `text`, normalised against the document date `dct` (ISO) when given."""
    try:
        if not isinstance(text, str) or not text:
            return []
        if spacy_doc is not None and getattr(spacy_doc, "text", None) != text:
            spacy_doc = None
        lang = (lang or "en").lower()[:2]
        cands = _scan(text, lang)
        return _resolve(text, cands, _parse_iso(dct), spacy_doc, {})
    except Exception:
        return []


__all__ = ["find_timexes"]
