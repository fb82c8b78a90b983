"""No function word is ever an entity: one filter over every name backend's output, in every language.

Why: a name finder applied to a language it was not built for (or a capitalised-word finder, which cannot tell
a name from the first word of a sentence) returns articles, prepositions and adverbs as names ("un", "los",
"la", "di", "più", "Ayer", "Según"). Whatever backend found a mention, the same rule runs after it:

* a word is a *function word* of a language when its lower-case form is in spaCy's stop-word list of that
  language (`spacy.lang.<code>.stop_words`, shipped inside the pinned spacy) or in the language's
  `lang/<code>/words.py` NEVER_NAMES (sentence adverbs and prepositions spaCy's list lacks);
* two exceptions keep real names: an acronym (two or more letters, all capitals: "US", "UN", "WHO") and, for
  the stop-word list only, a word capitalised in mid-sentence, where a language writes function words in lower
  case ("May" the surname, "Will" the given name); a NEVER_NAMES word is never a name, capitalised or not;
* a mention whose words are all function words is dropped; function words at its edges are trimmed when they
  are written in lower case or stand first in a sentence ("Según Reuters" -> "Reuters", "la France" ->
  "France"), since a capital there is owed to the position, not to the name.

Sentence position is read from the text (what precedes the word), not from a parse, so the NER-only pass of
story grouping and the full analysis drop the same mentions.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lang
from ..model import Mention
from ..textutil import strip_span

_WORD = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?", re.UNICODE)
_OPENERS = "\"'“”„«»‚‘’([{—–-*•"  # what may stand between a sentence end and its first word
_ENDS = ".!?…:;\n"
_DASHES = "-–—"


@dataclass(frozen=True)
class FunctionWords:
    """The function words of one language: spaCy's stop words and the language's own never-name list."""

    code: str
    stop: frozenset[str]
    never: frozenset[str]

    def is_function(self, word: str, initial: bool) -> bool:
        """`word` as written; `initial`: it stands first in its sentence (its capital says nothing)."""
        low = word.lower()
        if low in self.never:
            return not _acronym(word)
        if low not in self.stop or _acronym(word):
            return False
        return initial or not word[:1].isupper()


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=None)
def function_words(code: str) -> FunctionWords:
    """The language's function words; a language spaCy has no stop list for has only its lang/ list."""
    code = lang.normalise(code)
    stop: frozenset[str] = frozenset()
    if code.isalpha():
        try:
            module = importlib.import_module(f"spacy.lang.{code}.stop_words")
        except ModuleNotFoundError as exc:  # spaCy has no data for this language: only an absent module is expected
            if not (exc.name or "").startswith("spacy.lang"):
                raise
        else:
            stop = frozenset(w.lower() for w in module.STOP_WORDS)
    never = frozenset(w.lower() for w in lang.get(code).never_names)
    return FunctionWords(code, stop, never)


def sentence_initial(text: str, start: int) -> bool:
    """The word at `start` is the first of its sentence (or of a clause after a spaced dash): only openers
    (quotes, brackets, dashes) and spaces stand between it and the text's start or a sentence end (full stop,
    line break, colon...)."""
    i = start - 1
    while i >= 0 and (text[i].isspace() and text[i] != "\n" or text[i] in _OPENERS):
        if text[i] in _DASHES and i > 0 and text[i - 1].isspace() and text[i + 1:i + 2].isspace():
            return True  # a spaced dash opens a clause ("VALDORIE - Le ministre", "NORTIA - Le groupe")
        i -= 1
    return i < 0 or text[i] in _ENDS


def words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words of text[start:end] as (start, end) offsets."""
    return [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]


def clean_mention(text: str, m: Mention, fw: FunctionWords) -> Mention | None:
    """The mention trimmed of edge function words, or None when nothing but function words is left."""
    ws = words(text, m.start, m.end)
    first, last = (ws[0], ws[-1]) if ws else (None, None)
    while ws and fw.is_function(text[ws[0][0]:ws[0][1]], sentence_initial(text, ws[0][0])):
        ws.pop(0)
    while ws and fw.is_function(text[ws[-1][0]:ws[-1][1]], sentence_initial(text, ws[-1][0])):
        ws.pop()
    if not ws:  # nothing but function words (or no word at all)
        return None
    start = m.start if ws[0] == first else ws[0][0]  # an untrimmed edge keeps the backend's own offsets ("U.S.")
    end = m.end if ws[-1] == last else ws[-1][1]
    start, end = strip_span(text, start, end)
    if (start, end) == (m.start, m.end):
        return m
    return Mention(start, end, text[start:end], m.label, m.entity)


def drop_function_words(text: str, mentions: list[Mention], code: str) -> list[Mention]:
    """Every mention that is more than function words of language `code`, trimmed (see the module note)."""
    fw = function_words(code)
    out = []
    for m in mentions:
        kept = clean_mention(text, m, fw)
        if kept is not None and kept.end - kept.start >= 2:
            out.append(kept)
    return out
