"""Surface tokens and spans: the regex tokenizer the mark rules read, paragraphs, sentence bounds, trimming."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ... import lang
from .lexicon import _FORM2LEMMA

EN = lang.get("en")  # these rules read the English parse and English cue words


_TOK = re.compile(r"[^\W\d_][\w'\-]*|\d+(?:[.,]\d+)*|\S")


@dataclass
class _Tok:
    start: int
    end: int
    w: str

    @property
    def low(self) -> str:
        return self.w.lower()


def _tokens(s: str, lo: int, hi: int) -> list[_Tok]:
    out = []
    for m in _TOK.finditer(s, lo, hi):
        w = m.group(0)
        start, end = m.start(), m.end()
        # possessive or trailing apostrophe is not part of a word
        if w.endswith("'s") and len(w) > 2:
            out.append(_Tok(start, end - 2, w[:-2]))
            out.append(_Tok(end - 2, end, "'s"))
            continue
        while w and w[-1] in "'-" and len(w) > 1:
            w, end = w[:-1], end - 1
        out.append(_Tok(start, end, w))
    return out


def _is_word(t: _Tok) -> bool:
    return t.w[:1].isalpha()


def _is_cap(t: _Tok) -> bool:
    return t.w[:1].isupper()


def _verb_at(toks: list[_Tok], k: int, *, weak_ok: bool = True) -> tuple[int, int, int] | None:
    """A speech verb at toks[k]: (cue_start, cue_end, next_index)."""
    if k >= len(toks) or not _is_word(toks[k]):
        return None
    low = toks[k].low
    lemma = _FORM2LEMMA.get(low)
    if lemma is None:
        return None
    parts = EN.phrasal_speech.get(lemma)
    if parts:
        if k + 1 < len(toks) and toks[k + 1].low in parts:
            return toks[k].start, toks[k + 1].end, k + 2
        if lemma in EN.weak_speech:
            return None
    if not weak_ok and lemma in EN.weak_speech:
        return None
    return toks[k].start, toks[k].end, k + 1


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def word_count(s: str) -> int:
    return len(re.findall(r"\w+(?:['\-]\w+)*", s))


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;-\u2013\u2014"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:-\u2013\u2014"):
        e -= 1
    return s, e


def _sentence_bounds(f: str, a: int, b: int, pos: int) -> tuple[int, int]:
    s = a
    for m in re.finditer(r"[.!?](?:[\"')\]]*)\s+(?=[\"'(\-]?\s*[^\W\d_])", f[a:pos]):
        s = a + m.end()
    m = re.search(r"[.!?][\"')\]]*(?=\s+[\"'(\-]?\s*[A-Z])", f[pos:b])
    e = pos + m.end() if m else b
    return s, e


_TWO_APOS = re.compile(r"''(?!')")


def _double_apostrophes(s: str) -> str:
    """Same-length view where a doubled apostrophe used as a double quote mark (archive style:
    ''Yes,'' she said) becomes one double quote, on the inner side, and a space."""
    if "''" not in s:
        return s
    out = list(s)
    for m in _TWO_APOS.finditer(s):
        i = m.start()
        prev = s[i - 1] if i > 0 else " "
        nxt = s[i + 2] if i + 2 < len(s) else " "
        if (prev.isspace() or prev in "([{-\u2014\u2013\"") and not nxt.isspace():
            out[i], out[i + 1] = " ", '"'  # opening: the mark right before the words
        elif not prev.isspace():
            out[i], out[i + 1] = '"', " "  # closing: the mark right after the words
    return "".join(out)
