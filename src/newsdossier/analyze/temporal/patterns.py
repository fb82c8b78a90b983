"""The scanner's regular expressions, one per expression kind, built from the language's words.

Each entry is (kind, pattern, priority): the kind names the maker in `scan.MAKERS` that turns a match into a
candidate; the priority breaks ties between overlapping candidates of the same length. Patterns run over the
punctuation-folded text (same length as the text, so offsets stay valid).

Which patterns a language gets: every language has the numeric dates (ISO, dd.mm.yyyy, dd/mm/yyyy) and
years; a language with time data (lang/<code>/time.py) adds its own month and weekday names with the words
that join a day, month and year ("12 de julio de 2009", "3 stycznia 2020 r."), day words ("ayer", "вчера"),
fixed relative-period phrases ("la semana pasada"), days told from the date before ("la veille") and
offsets ("hace tres días", "три дня назад"). Names are matched as whole words only ("statue" holds no
"Tue", "marcia" no "mar"). The English modifier + unit grammar (durations, quarters, seasons, holidays,
spoken years) runs on English text only: another language gets less, never English rules, and a language
without time data gets the numeric dates only (`support` says which).
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


@lru_cache(maxsize=16)
def words(code: str) -> Words:
    """The calendar words of a language, from its own data (lang/<code>/time.py). A language without them
    gets none: no outside library's word lists, which would read another language's words (or English
    ones) as dates; its documents get the numeric dates only."""
    L = langdata.get(code)
    return Words(L, dict(L.months), dict(L.weekdays), dict(L.deictic_days), dict(L.parts_of_day),
                 dict(L.relative_periods))


def support(code: str) -> str:
    """What the scanner reads in a language: "full" (English, the whole grammar), "words" (its own calendar
    words and phrases) or "numeric" (no time data: ISO, dotted and slashed dates and years only)."""
    if code == "en":
        return "full"
    return "words" if words(code).months else "numeric"


def _opt(words_, tail: str = r"\s+") -> str:
    """An optional group of the words (and what follows them), or nothing when there are none."""
    return rf"(?:(?:{alt(words_)}){tail})?" if words_ else ""


def _date_patterns(w: Words) -> list[tuple[str, str, int]]:
    """Calendar dates: numeric and written days, months, years, decades (every language; the written ones
    with the language's own names and joining words)."""
    L = w.language
    english = L.code == "en"
    pats = [
        ("iso", r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?:[T ](?P<hh>\d{2}):(?P<mm>\d{2}))?\b", 9),
        ("iso", r"\b(?P<year>\d{4})/(?P<mon>\d{1,2})/(?P<day>\d{1,2})\b", 9),
        ("dotted", r"\b(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})\b", 9),
        ("slashed", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})\b", 8),
    ]
    # the year word after a year belongs to it ("w 2009 roku", "2009 г.")
    YS = rf"(?:\s+(?:{alt(L.year_suffixes)})(?!\w))?" if L.year_suffixes else ""
    Y = r"(?P<year>(?:1[5-9]|20)\d\d)(?![\d]|,\d)"
    if w.months:
        # whole words only: a name inside a longer word is no date ("marcia", "statue")
        M = rf"(?<!\w)(?P<mon>{alt(w.months)})(?!\w)\.?"
        W = rf"(?<!\w)(?P<wd>{alt(w.weekdays)})(?!\w)\.?" if w.weekdays else None
        SUF = rf"(?:{alt(L.day_suffixes)})?" if L.day_suffixes else ""
        D = rf"(?P<day>[0-3]?\d){SUF}(?!\d|:\d)"
        DD = rf"(?P<day>[0-3]?\d)(?:{alt(L.day_suffixes)}|\.(?=\s*[^\W\d]))?(?!\d|:\d)" if L.day_suffixes else \
            r"(?P<day>[0-3]?\d)(?:\.(?=\s*[^\W\d]))?(?!\d|:\d)"
        WD = rf"(?:{W},?\s+)?" if W else ""
        YEAR = rf",?\s+{_opt(L.month_year_links)}{Y}{YS}"
        # "el 12 de julio del año pasado": a year-less date with its year told relative to the publication
        RY = rf"\s+(?P<ryear>{alt(L.relative_year_after)})(?!\w)" if L.relative_year_after else ""
        YEAR_OR_RY = f"{YEAR}|{RY}" if RY else YEAR
        pats += [
            # Friday, 14 March 2031 / 14th of March / 12 de julio de 2009 / 14 марта 2031 года
            ("dmy", rf"{WD}{_opt(L.day_articles)}{DD}\s+{_opt(L.day_month_links)}{M}(?:{YEAR_OR_RY})?", 7),
            ("my", rf"{M}{YEAR}", 6),
        ]
        if L.day_list_words:
            # "25-26 juillet", "25 et 26 juillet", "du 3 au 5 mars": the first day, with the month (and year)
            # written after the last day
            LAST = rf"[0-3]?\d(?:{alt(L.day_suffixes)}|\.)?" if L.day_suffixes else r"[0-3]?\d\.?"
            pats.append(("dmy", rf"(?<![\w.,-]){DD}(?=\s*(?:-|–|(?:{alt(L.day_list_words)})(?!\w))\s*{LAST}"
                                rf"\s+{_opt(L.day_month_links)}{M}(?:{YEAR})?)", 6))
        if english:  # Friday, March 14, 2031 (the month before the day: English order)
            pats.append(("mdy", rf"{WD}{M}\s+{D}(?:,?\s+{Y})?", 7))
        if L.month_cues:
            THE = r"(?:the\s+month\s+of\s+)?" if english else ""
            after = f"(?:{RY})?" if RY else ""  # "en marzo del año pasado"
            pats.append(("month", rf"(?P<cue>(?<!\w)(?:{alt(L.month_cues)})[\s-]+){THE}{M}(?!\s*\d){after}", 5))
        pats.append(("month", rf"(?P<cue>)(?<![\w.-]){M}(?![\w-]|\s*\d|\.\d)", 2))
    pats += [
        ("decade", r"(?:\bthe\s+)?(?:(?P<cent>1[5-9]|20)(?P<dec>\d)0s|'(?P<dec2>\d)0s)\b", 5),
        ("year", rf"(?:(?<=\bmid-)|(?<![\w$€£.,/-])){Y}(?![\w%-]|\s*(?:percent|per\s+cent)){YS}", 3),
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
    POD = rf"(?:\s+(?P<pod>{alt(w.parts_of_day)}))?" if w.parts_of_day else ""
    pats = [
        ("time", r"\b(?P<hh>[01]?\d|2[0-3])(?::(?P<mm>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)(?!\w)", 6),
        ("time", r"\b(?:at\s+)(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)\b", 6),
    ]
    english = w.language.code == "en"
    if english:
        pats.append(("time", r"\b(?P<noon>(?-i:noon|midday))\b", 5))
    if w.weekdays:
        W = rf"(?<!\w)(?P<wd>{alt(w.weekdays)})\.?"
        WMOD = r"(?:\b(?P<mod>last|next|this|coming|past|previous|following)\s+)?" if english else ""
        pats.append(("weekday", rf"{WMOD}{W}{POD}\b", 4))
    DD = r"the\s+day\s+(?P<dd>before\s+yesterday|after\s+tomorrow)|" if english else ""
    if w.deictic or DD:
        pats.append(("deictic", rf"(?<!\w)(?:{DD}(?P<deic>{alt(w.deictic)})){POD}(?!\w)", 5))
    if w.relative_periods:
        pats.append(("relphrase", rf"(?<!\w)(?P<phrase>{alt(w.relative_periods)})(?!\w)", 5))
    return pats


def _language_relative_patterns(w: Words) -> list[tuple[str, str, int]]:
    """Offsets and days told from the date before, in the language's own words (not English, whose grammar
    is `_relative_patterns`): "hace tres días", "tre giorni fa", "через два дня", "la veille"."""
    L = w.language
    pats = []
    if L.anaphoric_days:
        pats.append(("langanaph", rf"(?<!\w)(?P<phrase>{alt(L.anaphoric_days)})(?!\w)", 7))
    if L.offset_units:
        NUM = rf"(?:(?P<num>\d+|{alt([*L.number_words, *L.vague_numbers])})\s+)?"
        UNIT = rf"(?P<unit>{alt(L.offset_units)})(?!\w)"
        if L.ago_before:
            pats.append(("langoffset", rf"(?<!\w)(?P<ago>{alt(L.ago_before)})\s+{NUM}{UNIT}", 8))
        if L.ago_after:
            pats.append(("langoffset", rf"(?<!\w){NUM}{UNIT}\s+(?P<ago>{alt(L.ago_after)})(?!\w)", 8))
        if L.ahead_before:
            pats.append(("langoffset", rf"(?<!\w)(?P<ahead>{alt(L.ahead_before)})\s+{NUM}{UNIT}", 8))
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
        pats = _date_patterns(w) + _day_patterns(w) + _language_relative_patterns(w)
        return [(k, re.compile(p, re.I), prio) for k, p, prio in pats]
    pats = _date_patterns(w) + _english_date_patterns(w) + _fiscal_patterns() + _day_patterns(w) \
        + _relative_patterns(w) + _span_patterns(w)
    return [(k, re.compile(p, re.I), prio) for k, p, prio in pats]


__all__ = ["Words", "alt", "patterns", "support", "words"]
