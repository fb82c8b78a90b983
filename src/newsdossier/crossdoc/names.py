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
from rapidfuzz.distance import JaroWinkler

from .. import lang
from ..config import current
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


@dataclass(frozen=True)
class NameParts:
    """A name as grouping compares it: its folded tokens (titles, middle initials, corporate suffixes off) and
    its generational suffix apart ("jr", "iii"; "" when none), since "X Jr." and "X" are two people."""

    tokens: tuple[str, ...]
    suffix: str = ""


@dataclass(frozen=True, eq=False)
class NameRules:
    """The word lists of a set of languages, read together, and the name comparisons made with them.

    One object per set of languages (see `rules_for`); its caches make a repeated surface cost one lookup."""

    languages: tuple[str, ...]
    titles: frozenset[str] = frozenset()
    suffixes: frozenset[str] = frozenset()
    generational: dict[str, str] = field(default_factory=dict)  # suffix as written -> the generation it names
    short_forms: dict[str, frozenset[int]] = field(default_factory=dict)  # folded given name -> its groups
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
        set_(self, "split", lru_cache(maxsize=65536)(self._split))
        set_(self, "phonetic", lru_cache(maxsize=65536)(self._phonetic))
        set_(self, "key", lru_cache(maxsize=65536)(self._key))
        set_(self, "parts", lru_cache(maxsize=65536)(self._parts))
        set_(self, "generic_keys", frozenset({self.phonetic(w) for w in self.generic_name_words}
                                             | {self.phonetic(w) for w in self.titles if w.isalpha()}))
        set_(self, "place_kind_keys", frozenset(self.phonetic(w) for w in self.place_kind_words))
        # compared with name keys, so folded like them ("république" -> "republikue", "duchy" -> "duhi")
        set_(self, "generic_place_keys", frozenset(self.phonetic(w) for w in self.generic_place_words))

    def tokens(self, surface: str) -> tuple[str, ...]:
        """The name's tokens as written, without titles, middle initials, suffixes (generational ones too)."""
        return self.split(surface)[0]

    def _split(self, surface: str) -> tuple[tuple[str, ...], str]:
        """(tokens as written, canonical generational suffix or "")."""
        raw = _SPLIT.split(self._head(surface))
        toks = [t.strip(QUOTES) for t in raw]
        merged = _merge_initial_runs([t for t in toks if t and any(c.isalnum() for c in t)])
        named, suffix = self._strip_generation(self._strip_titles(merged))
        stripped = self._strip_suffixes(named)
        if len(stripped) > 2:  # "Ilse K. Dravnik", "W. Orlin Sorel" -> drop initials before the surname
            toks = [t for t in stripped[:-1] if not is_initial(t)] + [stripped[-1]]
            return (tuple(toks) if len(toks) > 1 else tuple(stripped[-2:])), suffix
        return tuple(stripped), suffix

    def _strip_generation(self, toks: list[str]) -> tuple[list[str], str]:
        """A trailing generational suffix ("Jr.", "III") set apart, keeping at least one token."""
        if len(toks) > 1:
            gen = self.generational.get(toks[-1].lower().rstrip("."))
            if gen:
                return toks[:-1], gen
        return toks, ""

    def _head(self, surface: str) -> str:
        """The surface without surrounding quotes, a trailing description ("X in Y", "X, Y", "X (Y)") or a
        possessive."""
        s = surface.strip().strip(QUOTES + " ").strip()
        s = re.sub(r",\s*([^\W\d_]+\.?|\d(?:nd|rd|th))\s*$",
                   lambda g: " " + g[1] if g[1].lower().rstrip(".") in self.generational else g[0], s)  # "X, Jr."
        m = self.head_cut.search(s)
        if m and m.start() > 0 and any(c.isalpha() for c in s[:m.start()]):
            s = s[:m.start()]
        s = re.sub(r"['’]s?$", "", s.strip())
        return re.sub(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])", ". ", s)  # "Gov.Sarah" -> "Gov. Sarah"

    def _strip_titles(self, toks: list[str]) -> list[str]:
        """Leading articles and titles off ("the", "President", "Secretary of State"), never the last token, nor
        a title before one generic word ("Foreign Ministry" is not a title before the name "Ministry"). A function
        word right after a title is part of the title ("Secretary of State Marit Quenby")."""
        toks = list(toks)
        while len(toks) > 1 and toks[0].lower() in self.articles:
            toks.pop(0)
        after_title = False
        while len(toks) > 1:
            word = toks[0].lower().rstrip(".")
            if word in self.titles:
                rest = toks[1:]
                if len(rest) == 1 and rest[0].lower() in self.generic_name_words:
                    break
            elif not (after_title and word in self.function_words and len(toks) > 2):
                break
            after_title = True
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

    def _parts(self, surface: str) -> NameParts:
        return NameParts(self.key(surface), self.split(surface)[1])

    def short_form_of(self, a: str, b: str) -> bool:
        """Two folded given names one short-form group holds (Bill / William, Bill / Billy)."""
        return bool(self.short_forms.get(a, frozenset()) & self.short_forms.get(b, frozenset()))

    def content(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """A key without its function words."""
        return tuple(t for t in key if t not in self.function_words)

    def initials_variants(self, surface: str) -> set[str]:
        """Initials a writer may abbreviate a name to: without function words, with them, or with a
        leading article (TDC, "The Daily Courier")."""
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
    generational: dict[str, str] = {}
    for language in langs:
        generational.update(language.generational_suffixes)
    return NameRules(
        languages=tuple(codes),
        titles=frozenset().union(*(_titles(c) for c in codes)),
        suffixes=_union(langs, "name_suffixes"),
        generational=generational,
        short_forms=_short_form_groups(langs),
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


def _short_form_groups(langs) -> dict[str, frozenset[int]]:
    """Each folded given name -> the ids of the short-form groups (a full name and its short forms) holding it."""
    fold = NameRules(languages=(), phonetic_rules=tuple(r for language in langs for r in language.phonetic_rules))
    groups: dict[str, set[int]] = {}
    n = 0
    for language in langs:
        for full, shorts in language.given_name_short_forms.items():
            n += 1
            for name in (full, *shorts):
                groups.setdefault(fold.phonetic(name), set()).add(n)
    return {k: frozenset(v) for k, v in groups.items()}


def default_rules() -> NameRules:
    """Every available language's lists together: names travel between languages ("M. Dupont" in an English
    report, "President Dravnik" in a Polish one), so a title or connector of any language is read as such."""
    return rules_for(lang.available())


def given_names_agree(raw_a: str, key_a: str, raw_b: str, key_b: str, rules: NameRules | None = None) -> bool:
    """Two given names can be one person's: the same after folding, an initial of the other (read from the
    written form: folding may change a first letter, J -> i), a known short form (Bill / William), or a
    transliteration variant (Oleksandr / Olexandr: close, ending alike, so Dorin / Dorina stay apart)."""
    rules = rules or default_rules()
    if key_a == key_b:
        return True
    if is_initial(raw_a) or is_initial(raw_b):
        return anyascii(raw_a[:1]).lower() == anyascii(raw_b[:1]).lower()
    return rules.short_form_of(key_a, key_b) or spelling_variant(key_a, key_b)


def spelling_variant(a: str, b: str) -> bool:
    """Two folded tokens that are one word spelled two ways (Oleksandr / Oleksander, Slovenia / Slowenia): close by
    Jaro-Winkler and ending alike, but not a cut-short form of the other (Alex / Alexander is a short form, for
    the short-form table and the uniqueness of candidates to decide). Transliteration schemes differ inside a
    word, not in its last letter; two words that end differently are two names, often a man's and a woman's
    (Dorin / Dorina, Orlin / Orlina, Ansel / Ansela)."""
    if a == b:
        return True
    if not (a and b) or JaroWinkler.similarity(a, b) < current().entities.variant_similarity:
        return False
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) >= 2 and long.startswith(short):
        return False
    return a[-1] == b[-1]


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
    """Plural folding for non-person names: Kestrels/Kestrel, Otters/Otter."""
    return t[:-1] if len(t) > 4 and t.endswith("s") and not t.endswith("ss") else t
