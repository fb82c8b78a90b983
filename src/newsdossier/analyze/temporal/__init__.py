"""Temporal expressions: find them, normalise them TIMEX3-style against the document date (DCT), and infer
the publication date when it is missing.

The package by mechanism:
  * `patterns` + `scan` (with the makers `make_dates`, `make_relative`, `fiscal`): candidate expressions from
    regular expressions over the punctuation-folded text, each match parsed by its kind's maker;
  * `extent`: TimeML's English extent rules (modifiers inside the expression, a time with its day);
  * `tense`: the tense of the governing verb and the cue words that point ahead or back;
  * `resolve` (with `calendar`, `fiscal`): one handler per kind turns a candidate into a value relative to
    the DCT, the tense and the dates told before it;
  * `dct`: the publication date inferred from the text's own dates.

Anchoring rules (the choices that matter):
  * weekday, no modifier: past verb -> the weekday on or before the DCT (the DCT itself when it is
    that weekday); "will"/"shall"/"going to"/to-infinitive/modal -> strictly after the DCT;
    "would" (future in the past) -> the nearer; simple present ("begins on Thursday") -> on or after the DCT;
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
  * company results (`fiscal`): "the quarter", "the year-ago quarter", "year-earlier", and "a year ago/earlier"
    after a quarter is named refer to the quarter under report, or the same quarter a year back.
Languages other than English: month and weekday names, day words, relative periods and offsets come from the
language's data (lang/<code>/time.py), matched as whole words, with the tense read from the parse's
morphology; the numeric and ISO patterns are language-neutral. A language without time data gets the
numeric dates only, and says so (`support`, and a warning in the log once per language).
"""

from __future__ import annotations

import logging
from functools import lru_cache

from ...model import Timex
from .calendar import parse_iso
from .dct import infer_dct
from .resolve import resolve
from .patterns import support
from .scan import scan

log = logging.getLogger(__name__)


@lru_cache(maxsize=None)
def _report_support(lang: str) -> None:
    """Say once per language when its dates are read in the degraded, numeric-only mode."""
    if support(lang) == "numeric":
        log.warning("no time data for language %r (lang/%s/time.py): only numeric dates (ISO, dd.mm.yyyy, "
                    "dd/mm/yyyy) and years are read, no words", lang, lang)


def find_timexes(text: str, dct: str | None, *, spacy_doc=None, lang: str = "en") -> list[Timex]:
    """Temporal expressions in `text`, normalised against the document date `dct` (ISO) when given.

    Not a string or empty -> no expressions; a `dct` that is not an ISO date is treated as absent (values stay
    relative, "XXXX-01-06"); a parse of another text is ignored (the regex tense cues are used instead). Bugs
    are not caught here: analyze records a failing stage on the document."""
    if not isinstance(text, str) or not text:
        return []
    if spacy_doc is not None and getattr(spacy_doc, "text", None) != text:
        spacy_doc = None
    lang = (lang or "en").lower()[:2]
    _report_support(lang)
    return resolve(text, scan(text, lang), parse_iso(dct), spacy_doc, {}, lang)


__all__ = ["find_timexes", "infer_dct", "support"]
