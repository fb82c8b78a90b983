"""The scanner's regular expressions, one per expression kind, built from the language's words.

Each entry is (kind, pattern, priority): the kind names the maker in `scan.MAKERS` that turns a match into a
candidate; the priority breaks ties between overlapping candidates of the same length. Patterns run over the
punctuation-folded text (same length as the text, so offsets stay valid).

Which patterns a language gets: every language has the numeric dates, its own month and weekday names, day
words ("yesterday", "hier"), fixed relative-period phrases ("la semaine dernière"), clock times and years.
The modifier + unit grammar (offsets, durations, relative units, quarters, seasons, holidays, spoken years)
is written for English and runs on English text only: another language gets less, never English rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ... import lang as langdata
from ...textutil import alternation


@dataclass(frozen=True)
class Words:
    """A language's calendar words: month name -> 1..12, weekday name -> 0..6, day word -> offset in days,
    part of the day -> TIMEX3 code, relative-period phrase -> (modifier, unit); `language` for the rest."""
    language: langdata.Language
    months: dict
    weekdays: dict
    deictic: dict
    parts_of_day: dict
    relative_periods: dict


alt = alternation  # the patterns below read better with the short name


def _dateparser_words(code: str) -> tuple[dict, dict, dict]:
    """Month, weekday and day words of a language without its own data here, from dateparser's locale data."""
    months: dict = {}
    wdays: dict = {}
    deictic: dict = {}
    try:
        from dateparser.languages.loader import default_loader

        info = default_loader.get_locale(code).info
    except Exception:  # best effort: an outside library's locale data; a language it lacks gets no names
        return months, wdays, deictic
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
    return months, wdays, deictic


@lru_cache(maxsize=16)
def words(code: str) -> Words:
    """The calendar words of a language: its own (lang/<code>/time.py), else dateparser's month, weekday and
    day names."""
    L = langdata.get(code)
    if L.has("months"):
        months, wdays, deictic = dict(L.months), dict(L.weekdays), dict(L.deictic_days)
    else:
        months, wdays, deictic = _dateparser_words(code)
    return Words(L, months, wdays, deictic, dict(L.parts_of_day), dict(L.relative_periods))


def _date_patterns(w: Words) -> list[tuple[str, str, int]]:
    """Calendar dates: numeric and written days, months, years, decades (every language)."""
    M = rf"(?P<mon>{alt(w.months)})\.?"
    W = rf"(?P<wd>{alt(w.weekdays)})\.?"
    D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?(?!\d|:\d)"
    DD = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.(?=\s*[^\W\d]))?(?!\d|:\d)"
    Y = r"(?P<year>(?:1[5-9]|20)\d\d)(?![\d]|,\d)"
    pats = [
        ("iso", r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?:[T ](?P<hh>\d{2}):(?P<mm>\d{2}))?\b", 9),
        ("iso", r"\b(?P<year>\d{4})/(?P<mon>\d{1,2})/(?P<day>\d{1,2})\b", 9),
        ("dotted", r"\b(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})\b", 9),
        ("slashed", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})\b", 8),
        # Friday, 14 March 2031 / 14th of March / 14 марта 2031 года
        ("dmy", rf"(?:{W},?\s+)?(?:the\s+)?{DD}\s+(?:of\s+)?{M}(?:,?\s+{Y})?", 7),
        # Friday, March 14, 2031
        ("mdy", rf"(?:{W},?\s+)?{M}\s+{D}(?:,?\s+{Y})?", 7),
        ("my", rf"{M},?\s+(?:of\s+)?{Y}", 6),
    ]
    if w.language.month_cues:
        pats.append(("month", rf"(?P<cue>\b(?:{alt(w.language.month_cues)})[\s-]+)(?:the\s+month\s+of\s+)?{M}(?!\s*\d)", 5))
    pats += [
        ("month", rf"(?P<cue>)(?<![\w.-]){M}(?![\w-]|\s*\d|\.\d)", 2),
        ("decade", r"(?:\bthe\s+)?(?:(?P<cent>1[5-9]|20)(?P<dec>\d)0s|'(?P<dec2>\d)0s)\b", 5),
        ("year", rf"(?:(?<=\bmid-)|(?<![\w$€£.,/-])){Y}(?![\w%-]|\s*(?:percent|per\s+cent))", 3),
    ]
    return pats


def _english_date_patterns(w: Words) -> list[tuple[str, str, int]]:
    """Spoken years, holidays, centuries (English words)."""
    L = w.language
    return [
        ("spoken_year", rf"\b(?:the\s+year\s+)?(?P<c>nineteen|twenty)[\s-]+(?P<dw>{alt(L.spoken_decades)})(?:[\s-]+(?P<uw>{alt(L.spoken_units)}))?\b", 6),
        # "two thousand" is a year only when no counted noun or continuation follows (an amount otherwise)
        ("spoken_year", rf"\b(?:the\s+year\s+)?(?P<tt>two\s+thousand)(?:\s+and\s+(?P<uw2>{'|'.join(L.spoken_units)}))?\b(?![\s-]+(?:\w+\s+)?(?:people|dollars|troops|soldiers|of|and|or|to|more|percent))", 4),
        ("holiday", rf"\b(?:(?P<hmod>last|next|this)\s+)?(?P<hol>{alt(k.title() for k in L.holidays)})\b", 6),
        ("century", r"\b(?P<cn>[1-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century\b", 5),
    ]


def _fiscal_patterns() -> list[tuple[str, str, int]]:
    """Quarters and the reporting periods of company results."""
    return [
        ("quarter", r"\b(?:the\s+)?(?:(?P<qy>(?:1[5-9]|20)\d\d)\s+|(?P<qrel>this|last|next)\s+year's\s+|fiscal[\s-]+)?(?P<mod>first|second|third|fourth|1st|2nd|3rd|4th|last|this|next|previous|latest|current)\s+(?:fiscal\s+)?quarter(?:\s+of\s+(?P<qy2>(?:1[5-9]|20)\d\d)\b)?(?![\w-])", 6),
        ("quarter", r"\b(?:fiscal[\s-]+)?(?P<mod>first|second|third|fourth)-quarter\b", 6),
        # reporting periods of company results: "the year-ago quarter", "year-earlier profit", "the quarter",
        # "the latest period", "the 1988 period": the quarter (or year) under report, or the same a year back
        ("fperiod", r"\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?P<ago>year-(?:ago|earlier))(?:\s+(?P<ord>first|second|third|fourth))?(?:\s+(?P<what>quarter|period|(?P<mon>six|nine)\s+months))?(?![\w-])", 7),
        ("fperiod", r"\bthe\s+(?:(?P<py>(?:1[5-9]|20)\d\d)\s+(?P<pw>quarter|period)|(?P<latest>latest)\s+period|(?P<q>quarter)(?:\s+(?P<qago>a\s+year\s+(?:ago|earlier)))?)(?![\w-])", 6),
    ]


def _day_patterns(w: Words) -> list[tuple[str, str, int]]:
    """Clock times, weekdays, day words and relative-period phrases (every language, its own words)."""
    W = rf"(?P<wd>{alt(w.weekdays)})\.?"
    POD = rf"(?:\s+(?P<pod>{alt(w.parts_of_day)}))?" if w.parts_of_day else ""
    pats = [
        ("time", r"\b(?P<hh>[01]?\d|2[0-3])(?::(?P<mm>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)(?!\w)", 6),
        ("time", r"\b(?:at\s+)(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)\b", 6),
    ]
    english = w.language.code == "en"
    if english:
        pats.append(("time", r"\b(?P<noon>(?-i:noon|midday))\b", 5))
    WMOD = r"(?:\b(?P<mod>last|next|this|coming|past|previous|following)\s+)?" if english else ""
    pats.append(("weekday", rf"{WMOD}{W}{POD}\b", 4))
    DD = r"the\s+day\s+(?P<dd>before\s+yesterday|after\s+tomorrow)|" if english else ""
    if w.deictic:
        pats.append(("deictic", rf"\b(?:{DD}(?P<deic>{alt(w.deictic)})){POD}(?!\w)", 5))
    if w.relative_periods:
        pats.append(("relphrase", rf"(?<!\w)(?P<phrase>{alt(w.relative_periods)})(?!\w)", 5))
    return pats


def _relative_patterns(w: Words) -> list[tuple[str, str, int]]:
    """Seasons, tonight, relative units, offsets and anaphoric days (English grammar)."""
    L = w.language
    NUM = rf"(?P<num>{L.number_pattern})"
    UNIT = rf"(?P<unit>{L.unit_pattern})"
    return [
        ("season", rf"\b(?P<mod>this|last|next|early|late)\s+(?P<season>{alt(L.seasons)})\b", 5),
        ("deictic", r"\b(?P<tonight>tonight|this\s+(?P<pod>morning|afternoon|evening)|(?P<lastnight>last\s+night))\b", 5),
        ("relunit", r"\b(?P<mod>this|last|next|coming|past|previous|following|current|same|that)\s+(?P<unit>week(?:end)?|month|year|decade|century)\b", 5),
        ("relunit", r"\b(?P<mod>the)\s+(?P<unit>weekend)\b", 4),
        # "for the year", "earlier in the year": the definite year of a report is the current one
        ("relunit", r"\b(?P<mod>the)\s+(?:fiscal\s+)?(?P<unit>year)\b(?![\s-]+(?:before|after|earlier|ago|later|ended|ending|ends|that|"
                    r"two|nineteen|twenty|in|to|of|round)\b|[-'’]|\s+\d)", 3),
        ("relunit", r"\bthe\s+(?P<mod>full|current\s+fiscal)\s+(?P<unit>year)\b", 5),
        ("offset", rf"\b{NUM}\s+{UNIT}\s+(?P<dir>ago|earlier|later|from\s+now|hence|previously|(?:before|after)(?=\s*(?:[.,;:!?)]|$)))", 8),
        ("anaph", r"\b(?P<which>the\s+(?:following|next|previous|preceding)\s+(?P<unit>day|week|month|year|morning|evening|night)|the\s+(?P<unit2>day|week|month|year)\s+(?P<dir>before|after)(?!\s+(?:the|a|an|his|her|its|their|\w+ing)\b)|(?:that|the\s+same)\s+(?P<unit3>day|week|month|year|morning|evening|night))\b", 7),
    ]


def _span_patterns(w: Words) -> list[tuple[str, str, int]]:
    """Durations, present/past/future references and recurrences (SET) (English grammar)."""
    L = w.language
    NUM = rf"(?P<num>{L.number_pattern})"
    UNIT = rf"(?P<unit>{L.unit_pattern})"
    return [
        ("duration", rf"\b(?:the\s+)?{NUM}[\s-]+(?:(?:or|to)\s+(?:{L.number_pattern})[\s-]+)?(?:(?:more|additional|extra)\s+)?{UNIT}(?P<half>\s+and\s+a\s+half)?(?P<adj>[\s-]+long)?(?![\s-]+old\b)\b", 4),
        ("duration", r"\b(?P<unit>day|week|month|year|hour)(?P<adj>[\s-]long)\b", 4),
        # "net income for the fiscal year ended March 31": a reporting period told by its end, like "the six
        # months ended": the amount of time (the end date is its own expression)
        ("duration", r"\bthe\s+(?:fiscal\s+)?(?P<unit>year)(?=\s+(?:that\s+)?(?:ended|ending|ends)\b)", 5),
        ("duration", r"(?<=\bfor\s)(?P<bare>days|weeks|months|years|decades|centuries|hours)\b", 3),
        ("duration", r"\b(?:the\s+)?(?:recent|coming|past)\s+(?P<bare>days|weeks|months|years|decades)\b", 4),
        ("duration", rf"\b(?:the\s+)?(?:last|past|next|coming|first|recent)\s+(?P<num>(?:{L.number_pattern}))\s+{UNIT}\b", 5),
        ("ref", rf"\b(?P<ref>{alt(L.refs)})\b", 2),
        ("set", r"\b(?:(?P<every>every|each|per)\s+(?P<unit>day|week|month|quarter|year|morning|evening|night|hour))\b", 4),
        ("set", rf"\b(?P<setw>{alt(L.set_words)})\b", 2),
        # a recurring named day or month: "each Thursday", "every July", "Tuesday nights" (TimeML SET)
        ("setname", rf"\b(?:(?P<every>every|each)\s+)?(?:(?P<swd>{alt(w.weekdays)})(?P<pl>s)?|(?P<smon>{alt(w.months)}))"
                    rf"(?:\s+(?P<spod>{alt(w.parts_of_day)})(?P<ppl>s)?)?\b", 5),
    ]


@lru_cache(maxsize=16)
def patterns(lang: str) -> list[tuple[str, re.Pattern, int]]:
    """(kind, compiled pattern, priority) for a language, in scanning order."""
    w = words(lang)
    if lang != "en":
        return [(k, re.compile(p, re.I), prio) for k, p, prio in _date_patterns(w) + _day_patterns(w)]
    pats = _date_patterns(w) + _english_date_patterns(w) + _fiscal_patterns() + _day_patterns(w) \
        + _relative_patterns(w) + _span_patterns(w)
    return [(k, re.compile(p, re.I), prio) for k, p, prio in pats]


__all__ = ["Words", "alt", "patterns", "words"]
