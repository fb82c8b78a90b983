"""What looks numeric but is not a count: temporal expressions (the document's temporal layer), ages,
decades, ordinals, phone numbers, list numbering, durations, reference numbers ("article 5") and numbers
inside names ("Kestrel 737").

Dates and times are not found here again: the temporal layer (`model.Timex` spans from
`analyze.temporal`) says where they are, and every character of a temporal expression is masked."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ... import lang as langdata

from .tokens import Qualifier, TokKind, _Amount

if TYPE_CHECKING:
    from .reading import _Scanner

_MASK_PATTERNS = [
    # decades, ordinals (ages are the language's AGE_PATTERNS)
    re.compile(r"(?<![\w.,])'?\d{2,4}'?s\b"),
    re.compile(r"(?<![\w.,])\d+(?:st|nd|rd|th|er|ème|eme|e|te|ten|º|°|-й|-го)\b"),
    # phone numbers
    re.compile(r"\+\d[\d\s().-]{6,}\d"),
    re.compile(r"(?<![\w.,])\(\d{2,4}\)\s?\d{2,4}[\s.-]?\d{2,4}"),
    re.compile(r"(?<![\w.,])\d{3}[-.]\d{3}[-.]\d{4}(?!\d)"),
    # list numbering at line start: "1. ", "2) "
    re.compile(r"(?m)^\s*\d{1,3}[.)](?=\s)"),
    # ISO-like codes, scores ("3-1" in sports handled as range check later)
]


@lru_cache(maxsize=None)
def _patterns(code: str) -> tuple[re.Pattern, ...]:
    return tuple(_MASK_PATTERNS) + tuple(re.compile(p) for p in langdata.get(code).age_patterns)


def _mask(view: str, spans: list[tuple[int, int]], code: str) -> str:
    """The view with every non-count stretch (patterns above, the language's ages, temporal expressions)
    blanked to NUL."""
    chars = list(view)
    stretches = [(m.start(), m.end()) for pat in _patterns(code) for m in pat.finditer(view)]
    for a, b in stretches + [(max(0, a), min(len(view), b)) for a, b in spans]:
        for i in range(a, b):
            if not chars[i].isspace():
                chars[i] = "\x00"
    return "".join(chars)


def _next_words(scan: _Scanner, k: int, n: int = 2) -> list[str]:
    out = []
    toks = scan.toks
    while k < len(toks) and len(out) < n:
        out.append(toks[k].text)
        k += 1
    return out


def _excluded(scan: _Scanner, amt: _Amount) -> bool:
    toks = scan.toks
    lg = scan.lg
    first = toks[amt.first_num]
    nxt = _next_words(scan, amt.last + 1, 3)
    prev = toks[amt.first_num - 1] if amt.first_num > 0 else None
    prev2 = toks[amt.first_num - 2] if amt.first_num > 1 else None
    if amt.percent or amt.currency:
        return False
    # durations / ages: "10 days", "30-year history", "a 10-day"
    if nxt:
        w0 = nxt[0]
        if w0 in lg.duration_nouns:
            return True
        if w0 == "-" and len(nxt) > 1 and (nxt[1] in lg.duration_nouns or nxt[1].split("-")[0] in lg.duration_nouns):
            return True
        if w0.startswith("-") and w0[1:].split("-")[0] in lg.duration_nouns:
            return True
    if amt.vague:
        return False
    # a number glued to letters or a "letter-" prefix: "COVID-19", "F-16"
    if prev is not None and prev.end == first.start and (prev.kind == TokKind.WORD or prev.text in "-/#№"):
        if not (prev.text in ("-",) and prev2 is not None and prev2.kind == TokKind.NUM):
            return True
    if amt.end < len(scan.view) and (scan.view[amt.end].isalpha() and toks[amt.last].kind == TokKind.NUM):
        return True
    # reference numbers: "article 5", "flight 17", "No. 3"
    if prev is not None and amt.approx is None and (prev.text in lg.reference_words or prev.text.rstrip(".") in lg.reference_words):
        return True
    # numbers inside names (fallback heuristic): "Kestrel 737", "Resolution 4410"
    if prev is not None and amt.approx is None and prev.kind == TokKind.WORD and first.kind == TokKind.NUM:
        orig = scan.text[prev.start:prev.end]
        sent_start = _is_sentence_start(scan, prev.start)
        if orig[:1].isupper() and not sent_start and orig.lower() not in lg.non_unit_words \
                and orig.lower() not in lg.approximators:
            return True
    # spelled-out "one"/"a" alone is too ambiguous ("one of the ...")
    if amt.words_only and amt.value <= 1 and amt.qualifier == Qualifier.EXACT:
        return True
    return False


def _is_sentence_start(scan: _Scanner, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and scan.view[k] in " \t\"'([":
        k -= 1
    return k < 0 or scan.view[k] in ".!?\n:-"

