"""Name keys: how two written names are compared across outlets, scripts and transliteration schemes.

A surface ("President Vladislav V. Orlov's") becomes its name tokens (no title, honorific, middle initial,
possessive, corporate suffix or trailing description) and then a key of transliteration-folded tokens
(Żenya / Zhenya / Jenya fold to one). Every cross-document comparison works on these keys, so the work
grows with the number of distinct names, not with the number of mentions.

The words come from the languages (`lang/<code>/names.py`), read together in a `NameRules`; by default every
available language's (`default_rules`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii

from .. import lang
from ..textutil import alternation

_INITIAL = re.compile(r"^[^\W\d_]\.?$")
_LETTER_RUN = re.compile(r"(?:[^\W\d_]\.?)+")
QUOTES = ".,;:()[]\"“”«»'’‘`„"
_SPLIT = re.compile(r"[\s\-‐‑–]+")


def _titles(code: str) -> frozenset[str]:
    """Words of this language that stand before a name without being part of it: honorifics, titles and
    pre-name modifiers ("former", "U.S."), compared without their full stop."""
    language = lang.get(code)
    words = set(language.honorifics) | set(language.titles) | set(language.name_premodifiers)
    return frozenset(w.rstrip(".") for w in words)


@dataclass(frozen=True, eq=False)
class NameRules:
    """The word lists of a set of languages, read together, and the name comparisons made with them.

    One object per set of languages (see `rules_for`); its caches make a repeated surface cost one lookup."""

    languages: tuple[str, ...]
    titles: frozenset[str] = frozenset()
    suffixes: frozenset[str] = frozenset()
    abbreviations: dict[str, str] = field(default_factory=dict)
    generic_name_words: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    place_kind_words: frozenset[str] = frozenset()
    generic_place_words: frozenset[str] = frozenset()
    connectors: frozenset[str] = frozenset()
    phonetic_rules: tuple[tuple[str, str], ...] = ()
    head_cut: re.Pattern = re.compile(r"\s*[,(\[]")

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "_non_ascii_rules", [(a, b) for a, b in self.phonetic_rules if not a.isascii()])
        set_(self, "_ascii_rules", [(a, b) for a, b in self.phonetic_rules if a.isascii()])
        set_(self, "tokens", lru_cache(maxsize=65536)(self._tokens))
        set_(self, "phonetic", lru_cache(maxsize=65536)(self._phonetic))
        set_(self, "key", lru_cache(maxsize=65536)(self._key))
        set_(self, "generic_keys", frozenset({self.phonetic(w) for w in self.generic_name_words}
                                             | {self.phonetic(w) for w in self.titles if w.isalpha()}))
        set_(self, "place_kind_keys", frozenset(self.phonetic(w) for w in self.place_kind_words))
        # compared with name keys, so folded like them ("république" -> "republikue", "duchy" -> "duhi")
        set_(self, "generic_place_keys", frozenset(self.phonetic(w) for w in self.generic_place_words))

    def _tokens(self, surface: str) -> tuple[str, ...]:
        raw = _SPLIT.split(self._head(surface))
        toks = [t.strip(QUOTES) for t in raw]
        merged = _merge_initial_runs([t for t in toks if t and any(c.isalnum() for c in t)])
        stripped = self._strip_suffixes(self._strip_titles(merged))
        if len(stripped) > 2:  # "Vladimir V. Putin", "W. Mark Felt" -> drop initials before the surname
            toks = [t for t in stripped[:-1] if not is_initial(t)] + [stripped[-1]]
            return tuple(toks) if len(toks) > 1 else tuple(stripped[-2:])
        return tuple(stripped)

    def _head(self, surface: str) -> str:
        """The surface without surrounding quotes, a trailing description ("X in Y", "X, Y", "X (Y)") or a
        possessive."""
        s = surface.strip().strip(QUOTES + " ").strip()
        m = self.head_cut.search(s)
        if m and m.start() > 0 and any(c.isalpha() for c in s[:m.start()]):
            s = s[:m.start()]
        s = re.sub(r"['’]s?$", "", s.strip())
        return re.sub(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])", ". ", s)  # "Gov.Sarah" -> "Gov. Sarah"

    def _strip_titles(self, toks: list[str]) -> list[str]:
        """Leading articles and titles off ("the", "President"), never the last token, nor a title before one
        generic word ("Foreign Ministry" is not a title before the name "Ministry")."""
        toks = list(toks)
        while len(toks) > 1 and toks[0].lower() in self.articles:
            toks.pop(0)
        while len(toks) > 1 and toks[0].lower().rstrip(".") in self.titles:
            rest = toks[1:]
            if len(rest) == 1 and rest[0].lower() in self.generic_name_words:
                break
            toks.pop(0)
        return toks

    def _strip_suffixes(self, toks: list[str]) -> list[str]:
        """Generational and corporate suffixes off ("Jr", "Inc"), keeping at least two tokens."""
        toks = list(toks)
        while len(toks) > 2 and toks[-1].lower().rstrip(".") in self.suffixes:
            toks.pop()
        return toks

    def _phonetic(self, token: str) -> str:
        s = token.lower()
        s = self.abbreviations.get(s.rstrip("."), s)
        for a, b in self._non_ascii_rules:
            s = s.replace(a, b)
        s = anyascii(s).lower()
        s = re.sub(r"[^a-z0-9]", "", s)
        s = re.sub(r"(?<=[^aeiou])re$", "er", s) if len(s) > 4 else s  # centre/center, theatre/theater
        for a, b in self._ascii_rules:
            s = s.replace(a, b)
        return re.sub(r"(.)\1+", r"\1", s)

    def _key(self, surface: str) -> tuple[str, ...]:
        return tuple(k for k in (self.phonetic(t) for t in self.tokens(surface)) if k)

    def content(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """A key without its function words."""
        return tuple(t for t in key if t not in self.function_words)

    def initials_variants(self, surface: str) -> set[str]:
        """Initials a writer may abbreviate a name to: without function words, with them, or with a
        leading article (THR)."""
        toks = self.tokens(surface)
        raw = [t.strip(QUOTES) for t in _SPLIT.split(surface.strip()) if t.strip(QUOTES)]
        out = {"".join(t[0] for t in toks if t.lower() not in self.function_words).upper(),
               "".join(t[0] for t in toks).upper()}
        if raw and raw[0].lower() in self.articles:
            out.add("".join(t[0] for t in raw if t.lower() not in self.function_words - self.articles).upper())
        return {x for x in out if len(x) >= 2}

    def first_letter(self, surface: str) -> str:
        """The first letter of a name's first token as written (the phonetic key may change it, J -> i)."""
        toks = self.tokens(surface)
        return anyascii(toks[0][:1]).lower() if toks else ""


def _union(languages, concept: str) -> frozenset[str]:
    return frozenset().union(*(getattr(language, concept) for language in languages))


@lru_cache(maxsize=None)
def rules_for(codes: tuple[str, ...]) -> NameRules:
    """The name rules of these languages, their lists read together (in the order given, for the ordered
    phonetic table)."""
    langs = [lang.get(c) for c in codes]
    abbreviations: dict[str, str] = {}
    for language in langs:
        abbreviations.update(language.abbreviations)
    cues = _union(langs, "description_cues")
    head_cut = r"\s*[,(\[]" + (rf"|\s+(?:{alternation(cues)})\s+(?=[A-Z])" if cues else "")
    return NameRules(
        languages=tuple(codes),
        titles=frozenset().union(*(_titles(c) for c in codes)),
        suffixes=_union(langs, "name_suffixes"),
        abbreviations=abbreviations,
        generic_name_words=_union(langs, "generic_name_words"),
        function_words=_union(langs, "function_words"),
        articles=_union(langs, "articles"),
        place_kind_words=_union(langs, "place_kind_words"),
        generic_place_words=_union(langs, "generic_place_words"),
        connectors=_union(langs, "name_joiners"),
        phonetic_rules=tuple(r for language in langs for r in language.phonetic_rules),
        head_cut=re.compile(head_cut),
    )


def default_rules() -> NameRules:
    """Every available language's lists together: names travel between languages ("M. Dupont" in an English
    report, "President Putin" in a Polish one), so a title or connector of any language is read as such."""
    return rules_for(lang.available())


def is_initial(token: str) -> bool:
    """One letter, with or without its dot: "V.", "W"."""
    return bool(_INITIAL.match(token))


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


def name_tokens(surface: str, rules: NameRules | None = None) -> list[str]:
    """Tokens of a name without honorifics/titles, middle initials, possessives, hyphens, quotes or a trailing
    description ("X in Y", "X, Y", "X (Y)")."""
    return list((rules or default_rules()).tokens(surface))


def phonetic(token: str, rules: NameRules | None = None) -> str:
    """Fold one name token across transliteration schemes: Żenya/Zhenya/Jenya, Oleynikov/Olejnikow/Oleinikov."""
    return (rules or default_rules()).phonetic(token)


def name_key(surface: str, rules: NameRules | None = None) -> tuple[str, ...]:
    """The folded tokens two spellings of one name share ("Mr Oleinikov's" and "Olejnikow" give one key)."""
    return (rules or default_rules()).key(surface)


def initials(surface: str, rules: NameRules | None = None) -> str:
    rules = rules or default_rules()
    return "".join(t[0] for t in rules.tokens(surface) if t.lower() not in rules.function_words).upper()


def is_acronym(surface: str) -> bool:
    s = surface.replace(".", "")
    return 2 <= len(s) <= 8 and s.isupper() and s.isalpha()


def loose_token(t: str) -> str:
    """Plural folding for non-person names: Colts/Colt, Chargers/Charger."""
    return t[:-1] if len(t) > 4 and t.endswith("s") and not t.endswith("ss") else t
