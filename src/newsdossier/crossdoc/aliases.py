"""Aliases a text declares itself: "Long Name (ABCD)", "Long Name (Russian: ABCD, Polish: DCBA)",
"Long Name, known as ABCD". A declared alias is the strongest evidence that two names are one entity.

The bracket form is punctuation, read with the connectors of every language of the rules ("Conseil de la
..."); the "known as" form is a phrase of one language, read with that language's cues and connectors.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..textutil import alternation
from .names import NameRules, default_rules, is_acronym

_UPPER = "A-ZÀ-ÞĀ-ſА-Я"
_WORD = rf"[{_UPPER}][\w’'\-]+"


@lru_cache(maxsize=None)
def _bracket_pattern(connectors: frozenset[str]) -> re.Pattern:
    """ "Long Name (Russian: ABCD, Polish: DCBA)" / "Long Name (ABCD)" """
    joins = f"(?:{alternation(connectors)}|{_WORD})" if connectors else _WORD
    return re.compile(rf"(?P<long>(?:{_WORD}\s+)(?:{joins}\s+)*{_WORD})\s*\((?P<inner>[^()\n]{{2,80}})\)")


@lru_cache(maxsize=None)
def _known_as_pattern(code: str) -> re.Pattern | None:
    """ "Long Name, known as ABCD" in one language, or None when the language has no alias cues."""
    language = lang.get(code)
    if not language.alias_cues:
        return None
    joins = f"(?:{alternation(language.name_joiners)}|{_WORD})" if language.name_joiners else _WORD
    article = rf"(?:(?:{alternation(language.definite_articles)})\s+)?" if language.definite_articles else ""
    return re.compile(rf"(?P<long>{_WORD}(?:\s+{joins})*),?\s+(?:{alternation(language.alias_cues)})\s+"
                      rf"{article}(?P<short>[A-Z][\w\-]{{1,12}})\b")


def _without_article(long: str, articles: frozenset[str]) -> str:
    while long.split()[0].lower() in articles and len(long.split()) > 1:
        long = long.split(None, 1)[1]
    return long


def _bracket_aliases(inner: str) -> list[str]:
    """The acronyms inside a bracket, each possibly after a language label ("Russian: ABCD")."""
    out = []
    for part in re.split(r"[,;/]", inner):
        part = part.strip()
        if ":" in part:
            part = part.split(":", 1)[1].strip()
        if is_acronym(part):
            out.append(part)
    return out


def declared_aliases(text: str, rules: NameRules | None = None) -> list[tuple[str, str]]:
    """(long form, alias) pairs the text states itself."""
    rules = rules or default_rules()
    pairs = []
    for m in _bracket_pattern(rules.connectors).finditer(text):
        long = _without_article(m["long"].strip(), rules.articles)
        pairs.extend((long, part) for part in _bracket_aliases(m["inner"]))
    for code in rules.languages:
        pattern = _known_as_pattern(code)
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            if is_acronym(m["short"]):
                pairs.append((m["long"].strip(), m["short"]))
    return pairs
