"""Date words the reader still masks with; the temporal layer replaces them (issue 18, step 3)."""

from __future__ import annotations

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre|januar|februar|märz|juni|juli|oktober|dezember|enero|"
    "febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_WEEKDAYS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|"
             "thur|thurs|fri|sat|sun")

_YEAR_CUES = {"in", "since", "from", "until", "till", "to", "by", "of", "during", "before",
              "after", "between", "and", "year", "early", "late", "mid", "spring", "summer",
              "autumn", "fall", "winter", "circa", "c.", "en", "im", "seit", "desde", "в"}
