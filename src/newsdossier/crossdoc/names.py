"""Name keys: how two written names are compared across outlets, scripts and transliteration schemes.

A surface ("President Vladislav V. Orlov's") becomes its name tokens (no title, honorific, middle initial,
possessive, corporate suffix or trailing description) and then a key of transliteration-folded tokens
(Żenya / Zhenya / Jenya fold to one). Every cross-document comparison works on these keys, so the work
grows with the number of distinct names, not with the number of mentions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from ..lang.en.names import ABBREVIATIONS, FUNCTION_WORDS, GENERIC_NAME_WORDS, NAME_SUFFIXES, PHONETIC_RULES, \
    PLACE_KIND_WORDS, TITLES

_NON_ASCII_FIRST = [(a, b) for a, b in PHONETIC_RULES if not a.isascii()]
_ASCII_RULES = [(a, b) for a, b in PHONETIC_RULES if a.isascii()]
_INITIAL = re.compile(r"^[^\W\d_]\.?$")
_LETTER_RUN = re.compile(r"(?:[^\W\d_]\.?)+")
QUOTES = ".,;:()[]\"“”«»'’‘`„"
_SPLIT = re.compile(r"[\s\-‐‑–]+")
# where a name ends and a description of it begins: "Center in Rancho Mirage", "Wasilla, Alaska", "IE (web browser)"
_HEAD_CUT = re.compile(r"\s*[,(\[]|\s+(?:in|at|near|outside|on)\s+(?=[A-Z])")
ARTICLES = {"the", "a", "an"}


def is_initial(token: str) -> bool:
    """One letter, with or without its dot: "V.", "W"."""
    return bool(_INITIAL.match(token))


def _name_head(surface: str) -> str:
    """The surface without surrounding quotes, a trailing description ("X in Y", "X, Y", "X (Y)") or a possessive."""
    s = surface.strip().strip(QUOTES + " ").strip()
    m = _HEAD_CUT.search(s)
    if m and m.start() > 0 and any(c.isalpha() for c in s[:m.start()]):
        s = s[:m.start()]
    s = re.sub(r"['’]s?$", "", s.strip())
    return re.sub(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])", ". ", s)  # "Gov.Sarah" -> "Gov. Sarah"


def _joins_acronym(prev: str, tok: str, merged: list[str]) -> bool:
    """A capital initial continuing a run of capital letters: "U. S." -> "US"."""
    bare = prev.replace(".", "")
    return (is_initial(tok) and bool(_LETTER_RUN.fullmatch(prev)) and len(bare) >= 1 and bare.isupper()
            and tok.isupper() and (len(merged) == 1 or is_initial(prev) or len(bare) > 1))


def _merge_initial_runs(toks: list[str]) -> list[str]:
    """"U. S. Marshals" -> "US Marshals": a run of single capital letters is one acronym."""
    merged: list[str] = []
    for t in toks:
        if merged and _joins_acronym(merged[-1], t, merged):
            merged[-1] = merged[-1].rstrip(".") + t.rstrip(".")
        else:
            merged.append(t)
    return merged


def _strip_titles(toks: list[str]) -> list[str]:
    """Leading articles and titles off ("the", "President"), never the last token, nor a title before one generic
    word ("Foreign Ministry" is not a title before the name "Ministry")."""
    toks = list(toks)
    while len(toks) > 1 and toks[0].lower() in ARTICLES:
        toks.pop(0)
    while len(toks) > 1 and toks[0].lower().rstrip(".") in TITLES:
        rest = toks[1:]
        if len(rest) == 1 and rest[0].lower() in GENERIC_NAME_WORDS:
            break
        toks.pop(0)
    return toks


def _strip_suffixes(toks: list[str]) -> list[str]:
    """Generational and corporate suffixes off ("Jr", "Inc"), keeping at least two tokens."""
    toks = list(toks)
    while len(toks) > 2 and toks[-1].lower().rstrip(".") in NAME_SUFFIXES:
        toks.pop()
    return toks


@lru_cache(maxsize=65536)
def _name_tokens(surface: str) -> tuple[str, ...]:
    raw = _SPLIT.split(_name_head(surface))
    toks = [t.strip(QUOTES) for t in raw]
    merged = _merge_initial_runs([t for t in toks if t and any(c.isalnum() for c in t)])
    stripped = _strip_suffixes(_strip_titles(merged))
    if len(stripped) > 2:  # "Vladimir V. Putin", "W. Mark Felt" -> drop initials before the surname
        toks = [t for t in stripped[:-1] if not is_initial(t)] + [stripped[-1]]
        return tuple(toks) if len(toks) > 1 else tuple(stripped[-2:])
    return tuple(stripped)


def name_tokens(surface: str) -> list[str]:
    """Tokens of a name without honorifics/titles, middle initials, possessives, hyphens, quotes or a trailing
    description ("X in Y", "X, Y", "X (Y)")."""
    return list(_name_tokens(surface))


@lru_cache(maxsize=65536)
def phonetic(token: str) -> str:
    """Fold one name token across transliteration schemes: Żenya/Zhenya/Jenya, Oleynikov/Olejnikow/Oleinikov."""
    s = token.lower()
    s = ABBREVIATIONS.get(s.rstrip("."), s)
    for a, b in _NON_ASCII_FIRST:
        s = s.replace(a, b)
    s = anyascii(s).lower()
    s = re.sub(r"[^a-z0-9]", "", s)
    s = re.sub(r"(?<=[^aeiou])re$", "er", s) if len(s) > 4 else s  # centre/center, theatre/theater
    for a, b in _ASCII_RULES:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=65536)
def _name_key(surface: str) -> tuple[str, ...]:
    return tuple(k for k in (phonetic(t) for t in _name_tokens(surface)) if k)


def name_key(surface: str) -> tuple[str, ...]:
    """The folded tokens two spellings of one name share ("Mr Oleinikov's" and "Olejnikow" give one key)."""
    return _name_key(surface)


def initials(surface: str) -> str:
    return "".join(t[0] for t in name_tokens(surface) if t.lower() not in FUNCTION_WORDS).upper()


def is_acronym(surface: str) -> bool:
    s = surface.replace(".", "")
    return 2 <= len(s) <= 8 and s.isupper() and s.isalpha()


def initials_variants(surface: str) -> set[str]:
    """Initials a writer may abbreviate a name to: without function words, with them, or with a
    leading article (THR)."""
    toks = name_tokens(surface)
    raw = [t.strip(QUOTES) for t in _SPLIT.split(surface.strip()) if t.strip(QUOTES)]
    out = {"".join(t[0] for t in toks if t.lower() not in FUNCTION_WORDS).upper(),
           "".join(t[0] for t in toks).upper()}
    if raw and raw[0].lower() in ARTICLES:
        out.add("".join(t[0] for t in raw if t.lower() not in FUNCTION_WORDS - ARTICLES).upper())
    return {x for x in out if len(x) >= 2}


def first_letter(surface: str) -> str:
    """The first letter of a name's first token as written (the phonetic key may change it, J -> i)."""
    toks = name_tokens(surface)
    return anyascii(toks[0][:1]).lower() if toks else ""


GENERIC_KEYS = {phonetic(w) for w in GENERIC_NAME_WORDS} | {phonetic(w) for w in TITLES if w.isalpha()}
PLACE_KIND_KEYS = {phonetic(w) for w in PLACE_KIND_WORDS}


def content(key: tuple[str, ...]) -> tuple[str, ...]:
    """A key without its function words."""
    return tuple(t for t in key if t not in FUNCTION_WORDS)


def loose_token(t: str) -> str:
    """Plural folding for non-person names: Colts/Colt, Chargers/Charger."""
    return t[:-1] if len(t) > 4 and t.endswith("s") and not t.endswith("ss") else t
