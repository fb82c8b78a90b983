"""Small text helpers shared by all stages (no stage logic here).

Design choice: the cleaned text keeps the publisher's own quote marks and dashes, because
every item must quote its source exactly. Analysis that wants uniform punctuation works on
`fold_punct(text)`, which has the same length, so offsets found there are valid in `text`.
"""

from __future__ import annotations

import re
import unicodedata

# Characters replaced one-for-one in the analysis view (length-preserving).
_FOLD = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"', "\u301d": '"', "\u301e": '"', "\uff02": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2039": "'", "\u203a": "'",
    "\u2032": "'", "\u02bc": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
}
_FOLD_TABLE = str.maketrans(_FOLD)

OPEN_QUOTES = "\u201c\u201e\u00ab\u2018\u201a\u2039\"'"
CLOSE_QUOTES = "\u201d\u201c\u00bb\u2019\u2018\u203a\"'"
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def normalize_text(s: str) -> str:
    """NFC, unified line ends, odd spaces to plain spaces, invisible and control characters out.

    Applied once at ingest, before any offset exists, so it never breaks provenance.
    """
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    s = s.translate(_ZERO_WIDTH)
    s = _CONTROL.sub("", s)
    s = _SPACES.sub(" ", s)
    return unicodedata.normalize("NFC", s)


def strip_accents(s: str) -> str:
    """The text decomposed (NFKD) without its combining marks: "Lódź" -> "Lodz", so spellings with and without
    accents compare equal."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fold_punct(s: str) -> str:
    """Same-length view with straight quotes and ASCII hyphens, for pattern matching."""
    return s.translate(_FOLD_TABLE)


def alternation(words) -> str:
    """A regex alternation of words or phrases, escaped, longest first (so "abbreviated as" is tried before
    "abbreviated"); a space inside a phrase matches any run of white space."""
    return "|".join(r"\s+".join(re.escape(p) for p in w.split())
                    for w in sorted(set(words), key=lambda w: (-len(w), w)))


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it has no leading/trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
