"""Makers for calendar expressions: a regex match of `patterns` -> a `Candidate` with parsed fields, or None
when the match is not a time after all ("May" the modal, "2,000 troops", "60 Minutes")."""

from __future__ import annotations

import re
from datetime import date

from ... import lang as langdata
from .candidate import Candidate
from .patterns import Words


def cased_ok(word: str | None, lang: str, strict: bool) -> bool:
    """English month/weekday names must be capitalised; ambiguous abbreviations need more context."""
    if word is None:
        return True
    if lang == "en" and word[:1].islower():
        return False
    if strict and word.lower() in langdata.get(lang).ambiguous_abbr and len(word) <= 3:
        return False
    return True


def sentence_start(s: str, start: int) -> bool:
    """The word at `start` opens a sentence or a line (so its capital says nothing)."""
    return re.search(r"(?:^|[.!?:\"«»]\s*|\n\s*)$", s[max(0, start - 3):start]) is not None


def name_like(word: str | None, start: int, s: str, lang: str) -> bool:
    """A calendar word that is also a name ("Domingo", "Maja"), capitalised inside a sentence of a language
    that writes the calendar in lower case: the name."""
    return bool(word) and word[:1].isupper() and word.lower() in langdata.get(lang).name_like_calendar_words \
        and not sentence_start(s, start)


def make_numeric(kind: str):
    """ISO, dotted and slashed dates ("2031-03-14", "14.03.2031", "3/14/31")."""
    def make(m, s, w: Words, lang: str) -> Candidate | None:
        g = m.groupdict()
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
        except ValueError:  # not a day of the calendar ("2031-13-45")
            return None
        f = {"y": y, "m": mo, "d": d}
        if g.get("hh"):
            f["time"] = f"{int(g['hh']):02d}:{g['mm']}"
        return Candidate(m.start(), m.end(), "ymd", f)
    return make


def make_written(kind: str):
    """Written dates: "14 March 2031", "Friday, March 14", "March 2031"."""
    def make(m, s, w: Words, lang: str) -> Candidate | None:
        g = m.groupdict()
        start, end = m.start(), m.end()
        mon_word = g.get("mon")
        if not cased_ok(mon_word, lang, strict=kind == "my" or g.get("day") is None) or not cased_ok(g.get("wd"), lang, False):
            return None
        mo = w.months.get(mon_word.lower().rstrip("."))
        if mo is None:
            return None
        f = {"m": mo}
        if g.get("ryear"):  # "el 12 de julio del año pasado": the year relative to the publication date
            f["yoff"] = w.language.relative_year_after[re.sub(r"\s+", " ", g["ryear"].lower())]
        if g.get("wd"):
            f["wd"] = w.weekdays.get(g["wd"].lower())
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
            except ValueError:  # "February 30"
                return None
        if kind == "my":
            return Candidate(start, end, "ym", f)
        return Candidate(start, end, "ymd" if "y" in f else "md", f)
    return make


def full_names(months: dict) -> set[str]:
    """The longest name of each month ("september", not "sept" or "sep")."""
    longest: dict = {}
    for name, mo in months.items():
        if len(name) > len(longest.get(mo, "")):
            longest[mo] = name
    return set(longest.values())


def make_month(m, s, w: Words, lang: str) -> Candidate | None:
    """A month named alone ("in January", "last March")."""
    g = m.groupdict()
    word = g["mon"]
    if not cased_ok(word, lang, strict=False):
        return None
    if lang == "en" and word.lower() not in full_names(w.months):
        return None  # "Oct" alone: an abbreviation needs its day number
    L = w.language
    if not g["cue"] and (word.lower() in L.ambiguous_abbr or word.lower() in L.ambiguous_months
                         or len(word) <= 4 and lang == "en"):
        return None  # "May" (modal), "March" (verb), "Jan" need a cue word before them
    if not g["cue"] and lang == "en" and not word[1:].islower():
        return None  # "APRIL" in an all-caps header line
    if not g["cue"] and name_like(word, m.start("mon"), s, lang):
        return None  # "Maja", "Julija": the given name
    mo = w.months.get(g["mon"].lower().rstrip("."))
    if mo is None:
        return None
    cue = g["cue"].strip().lower()
    start = m.start("mon")
    mod = cue if lang == "en" and cue in ("last", "next", "this") else None
    if mod:
        start = m.start()
    f = {"m": mo, "mod": mod}
    if g.get("ryear"):  # "en marzo del año pasado"
        f["yoff"] = w.language.relative_year_after[re.sub(r"\s+", " ", g["ryear"].lower())]
    return Candidate(start, m.end(), "month", f)


def make_spoken_year(m, s, w: Words, lang: str) -> Candidate | None:
    """ "nineteen ninety-six", "two thousand and one"."""
    g = m.groupdict()
    L = w.language
    if g.get("tt"):
        y = 2000 + (L.number_words.get((g.get("uw2") or "").lower(), 0))
    else:
        y = (19 if g["c"].lower() == "nineteen" else 20) * 100 + L.spoken_decades[g["dw"].lower()] \
            + L.spoken_units.get((g.get("uw") or "").lower(), 0)
    if s[m.end():m.end() + 1] in ("-",) or not 1500 <= y <= 2099:
        return None
    return Candidate(m.start(), m.end(), "y", {"y": y})


def make_holiday(m, s, w: Words, lang: str) -> Candidate | None:
    g = m.groupdict()
    word = g["hol"]
    if lang != "en" or not word[:1].isupper():
        return None
    rule = w.language.holidays.get(word.lower())
    if rule is None:
        return None
    return Candidate(m.start(), m.end(), "holiday", {"rule": rule, "mod": (g.get("hmod") or "").lower() or None})


def make_century(m, s, w: Words, lang: str) -> Candidate | None:
    return Candidate(m.start(), m.end(), "decade", {"v": f"{int(m.group('cn')) - 1:02d}"})  # "the 20th century": 19xx


def make_decade(m, s, w: Words, lang: str) -> Candidate | None:
    g = m.groupdict()
    if g.get("cent"):
        return Candidate(m.start("cent"), m.end(), "decade", {"v": g["cent"] + g["dec"] + "X"})
    return Candidate(m.start() + (m.group(0).find("'")), m.end(), "decade", {"v": "19" + g["dec2"] + "X"})


def make_year(m, s, w: Words, lang: str) -> Candidate | None:
    """A bare four-digit year, unless the words around make it an amount ("2,000 troops", "$1990")."""
    start, end = m.start(), m.end()
    y = int(m.group("year"))
    before = s[max(0, start - 20):start]
    prev = re.findall(r"[A-Za-z]+", before)
    prev_word = prev[-1].lower() if prev else ""
    nxt = re.match(r"\s+([A-Za-z]+)", s[end:end + 30])
    next_word = nxt.group(1) if nxt else ""
    counted = next_word[:1].islower() and next_word.endswith("s") and next_word not in ("was", "is", "has", "as", "its", "his", "this")
    if prev_word in w.language.amount_cues:
        return None
    if prev_word not in w.language.year_cues and (counted or s[start - 1:start] in ("#", "$", "(") or
                                       re.match(r"\s*(?:[-+*/=x%]|per)", s[end:end + 4])):
        return None
    if prev_word in ("and", "to") and not re.search(r"(?:1[5-9]|20)\d\d\s+(?:and|to)\s+$", before):
        return None  # "2,000 and 2000 troops": only a year range makes "and"/"to" a year cue
    if not 1500 <= y <= 2099:
        return None
    return Candidate(start, end, "y", {"y": y})


def make_season(m, s, w: Words, lang: str) -> Candidate | None:
    g = m.groupdict()
    if g["season"][:1].isupper() is False and lang != "en":
        return None
    return Candidate(m.start(), m.end(), "season", {"season": w.language.seasons[g["season"].lower()], "mod": g["mod"].lower()})


def make_time(m, s, w: Words, lang: str) -> Candidate | None:
    """A clock time: "9 a.m.", "at 14:30", "noon"."""
    g = m.groupdict()
    start, end = m.start(), m.end()
    if g.get("noon"):
        return Candidate(start, end, "time", {"hh": 12, "mm": 0})
    hh = int(g["hh"])
    ampm = (g.get("ampm") or "").lower()
    if ampm.startswith("p") and hh < 12:
        hh += 12
    if ampm.startswith("a") and hh == 12:
        hh = 0
    if s[start:start + 3].lower() == "at ":
        start += 3
    return Candidate(start, end, "time", {"hh": hh, "mm": int(g.get("mm") or 0)})


def make_weekday(m, s, w: Words, lang: str) -> Candidate | None:
    """A weekday with its modifier ("last Friday", "the following Monday") and part of the day."""
    g = m.groupdict()
    start = m.start()
    if not cased_ok(g["wd"], lang, strict=True) or name_like(g["wd"], m.start("wd"), s, lang):
        return None
    wd = w.weekdays.get(g["wd"].lower().rstrip("."))
    if wd is None:
        return None
    mod = (g.get("mod") or "").lower() or None
    if mod in ("past", "previous"):
        mod = "last"
    if mod == "following":
        mod = "next"
    f = {"wd": wd, "mod": mod, "pod": w.parts_of_day.get((g.get("pod") or "").lower())}
    return Candidate(start, m.end(), "weekday", f)


def make_deictic(m, s, w: Words, lang: str) -> Candidate | None:
    """ "today", "yesterday evening", "the day after tomorrow", "tonight", "last night"."""
    g = m.groupdict()
    start, end = m.start(), m.end()
    if g.get("tonight") is not None:
        if g.get("lastnight"):
            return Candidate(start, end, "deictic", {"off": -1, "pod": "NI", "time": True})
        pod = "NI" if g["tonight"].lower() == "tonight" else w.parts_of_day[g["pod"].lower()]
        return Candidate(start, end, "deictic", {"off": 0, "pod": pod, "time": True})
    if g.get("dd"):
        off = -2 if g["dd"].lower().startswith("before") else 2
    else:
        word = g["deic"]
        off = w.deictic.get(re.sub(r"\s+", " ", word.lower()))
        if off is None or _noun_sense(word, start, s, w):
            return None
    return Candidate(start, end, "deictic", {"off": off, "pod": w.parts_of_day.get((g.get("pod") or "").lower())})


def _noun_sense(word: str, start: int, s: str, w: Words) -> bool:
    """A day word read as the noun it also is: after an article or a demonstrative ("la mañana", "am
    Morgen"), or capitalised inside a sentence where the language capitalises the noun ("Morgen")."""
    L = w.language
    key = word.lower()
    prev = re.search(r"(\w+)\s+$", s[max(0, start - 20):start])
    if prev and prev.group(1).lower() in L.deictic_noun_senses.get(key, ()):
        return True
    return key in L.noun_when_capitalised and word[:1].isupper() and not sentence_start(s, start)


def make_setname(m, s, w: Words, lang: str) -> Candidate | None:
    """A recurring named day or month: "each Thursday", "every July", "Tuesday nights" (TimeML SET)."""
    g = m.groupdict()
    plural = g.get("pl") or (g.get("ppl") and g.get("swd"))
    if not (g.get("every") or plural) or (g.get("smon") and not g.get("every")):
        return None
    name = g.get("swd") or g.get("smon")
    if g.get("pl") and len(name) < 6:
        return None  # "Thus": an abbreviation with an "s" is no plural day
    if not cased_ok(name, lang, strict=True) or (g.get("smon") and g.get("spod")):
        return None
    if g.get("swd"):
        wd = w.weekdays.get(name.lower())
        if wd is None:
            return None
        v = f"XXXX-WXX-{wd + 1}" + ("T" + w.parts_of_day[g["spod"].lower()] if g.get("spod") else "")
    else:
        mo = w.months.get(name.lower())
        if mo is None:
            return None
        v = f"XXXX-{mo:02d}"
    return Candidate(m.start(), m.end(), "set", {"v": v})


__all__ = ["cased_ok", "full_names", "name_like", "sentence_start", "make_century", "make_decade", "make_deictic", "make_holiday", "make_month", "make_numeric",
           "make_season", "make_setname", "make_spoken_year", "make_time", "make_weekday", "make_written", "make_year"]
