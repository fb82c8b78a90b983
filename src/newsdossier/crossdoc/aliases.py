"""Aliases a text declares itself: "Long Name (ABCD)", "Long Name (Russian: ABCD, Polish: DCBA)",
"Long Name, known as ABCD". A declared alias is the strongest evidence that two names are one entity.

The bracket form is punctuation, read with the connectors of every language of the rules ("Conseil de la
..."); the "known as" form is a phrase of one language, read with that language's cues and connectors.

A wire dateline looks like the bracket form and is not one: "PORT SELBY (NWA) — ..." opens a report with the
place it was filed from and the agency that filed it, two different things (`_is_dateline`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..textutil import DASHES, alternation
from .names import NameRules, default_rules, is_acronym

_UPPER = "A-ZÀ-ÞĀ-ſА-Я"
_WORD = rf"[{_UPPER}][\w’'\-]+"
# a dateline's place: capitalised words only (all capitals or title case), alone at the start of its line
_DATELINE_PLACE = re.compile(rf"[ \t]*{_WORD}(?:[ \t]+{_WORD})*[ \t]*")
_DASH_AFTER = re.compile(rf"[ \t]*[{DASHES}]")


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


def _is_dateline(text: str, m: re.Match, alias: str, rules: NameRules) -> bool:
    """A bracket right after a place that opens its line, followed by a dash: "NEW YORK (XPA) —", "Port Selby
    (NWA) -". That is a wire dateline (where the report was filed, which agency filed it), not a name declaring
    its short form. Unless the short form is the initials of the words before it ("Harbour Pilots Guild (HPG) —"
    opening a release): an agency is not named by the initials of the place it files from."""
    line_start = text.rfind("\n", 0, m.start("inner")) + 1
    place = text[line_start:m.start("inner") - 1]
    if not _DATELINE_PLACE.fullmatch(place) or not _DASH_AFTER.match(text, m.end()):
        return False
    return alias.replace(".", "") not in rules.initials_variants(place)


def declared_aliases(text: str, rules: NameRules | None = None) -> list[tuple[str, str]]:
    """(long form, alias) pairs the text states itself; a wire dateline ("PLACE (AGENCY) —") declares none."""
    rules = rules or default_rules()
    pairs = []
    for m in _bracket_pattern(rules.connectors).finditer(text):
        long = _without_article(m["long"].strip(), rules.articles)
        pairs.extend((long, part) for part in _bracket_aliases(m["inner"]) if not _is_dateline(text, m, part, rules))
    for code in rules.languages:
        pattern = _known_as_pattern(code)
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            if is_acronym(m["short"]):
                pairs.append((m["long"].strip(), m["short"]))
    return pairs
