"""Scan: candidate expressions from the text, by the patterns of `patterns` and the kind's maker.

The patterns run over the punctuation-folded text (same length, offsets valid in the original). Each match
goes to the maker of its pattern kind (`MAKERS`), which parses its fields or rejects it; overlapping
candidates are settled longest first, then by the pattern's priority; English extents come last.
"""

from __future__ import annotations

import re

from ...textutil import fold_punct
from . import fiscal, make_dates, make_relative
from .candidate import Candidate
from .extent import combine
from .patterns import patterns, words

# pattern kind -> maker (match, folded text, language words, language code) -> Candidate | None
MAKERS = {
    "iso": make_dates.make_numeric("iso"),
    "dotted": make_dates.make_numeric("dotted"),
    "slashed": make_dates.make_numeric("slashed"),
    "dmy": make_dates.make_written("dmy"),
    "mdy": make_dates.make_written("mdy"),
    "my": make_dates.make_written("my"),
    "month": make_dates.make_month,
    "spoken_year": make_dates.make_spoken_year,
    "holiday": make_dates.make_holiday,
    "century": make_dates.make_century,
    "decade": make_dates.make_decade,
    "year": make_dates.make_year,
    "season": make_dates.make_season,
    "time": make_dates.make_time,
    "weekday": make_dates.make_weekday,
    "deictic": make_dates.make_deictic,
    "setname": make_dates.make_setname,
    "quarter": fiscal.make_quarter,
    "fperiod": fiscal.make_fperiod,
    "relunit": make_relative.make_relunit,
    "offset": make_relative.make_offset,
    "anaph": make_relative.make_anaph,
    "duration": make_relative.make_duration,
    "ref": make_relative.make_ref,
    "set": make_relative.make_set,
    "relphrase": make_relative.make_relphrase,
    "langanaph": make_relative.make_langanaph,
    "langoffset": make_relative.make_langoffset,
}


def _trim_period(s: str, c: Candidate, full_names: frozenset, keep: frozenset = frozenset()) -> None:
    """A dot after a long word or a month's full name ends the sentence, not an abbreviation ("in January.",
    "in June.", "en mai.", "6 июля." with any inflected form of the name); `keep`: words whose dot is part
    of them ("r." of "2009 r.")."""
    if s[c.end - 1] == "." and c.end - c.start > 1:
        word = re.search(r"(\w+)\.$", s[c.start:c.end])
        if word and word.group(1).lower() + "." not in keep and (len(word.group(1)) > 4 or word.group(1).lower() in full_names):
            c.end -= 1


def _non_overlapping(cands: list[Candidate]) -> list[Candidate]:
    """The longest, then the most specific, candidates that do not overlap, in text order."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.prio, c.start))
    taken: list[Candidate] = []
    for c in cands:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


def scan(text: str, lang: str) -> list[Candidate]:
    """Candidate expressions of a text in a language (ISO 639-1), in text order, not overlapping."""
    lang = lang or "en"
    s = fold_punct(text)
    w = words(lang)
    # the names whose dot ends a sentence: the longest name of each month in English (whose short forms
    # are abbreviations); every name of a language that lists no abbreviations among its inflected forms
    full_names = frozenset(make_dates.full_names(w.months)) if lang == "en" else \
        frozenset(k for k in w.months if k not in w.language.ambiguous_abbr)
    keep = frozenset(x for x in (*w.language.year_suffixes, *w.language.relative_year_after) if x.endswith("."))
    cands: list[Candidate] = []
    for kind, pat, prio in patterns(lang):
        make = MAKERS[kind]
        for m in pat.finditer(s):
            if m.end() <= m.start():
                continue
            c = make(m, s, w, lang)
            if c is None:
                continue
            _trim_period(s, c, full_names, keep)
            if "\n\n" not in s[c.start:c.end]:  # never across a paragraph break
                c.prio = prio
                cands.append(c)
    taken = _non_overlapping(cands)
    if lang == "en":
        taken = combine(s, taken)
    return taken


__all__ = ["MAKERS", "scan"]
