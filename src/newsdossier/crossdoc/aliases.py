"""Aliases a text declares itself: "Long Name (ABCD)", "Long Name (Russian: ABCD, Polish: DCBA)",
"Long Name, known as ABCD". A declared alias is the strongest evidence that two names are one entity."""

from __future__ import annotations

import re

from .names import ARTICLES, is_acronym

_UPPER = "A-ZÀ-ÞĀ-ſА-Я"
_WORD = rf"[{_UPPER}][\w’'\-]+"
_DECLARED = [
    # "Long Name (Russian: ABCD, Polish: DCBA)" / "Long Name (ABCD)"
    re.compile(rf"(?P<long>(?:{_WORD}\s+)(?:(?:of|the|and|for|de|du|des|la|{_WORD})\s+)*{_WORD})"
               r"\s*\((?P<inner>[^()\n]{2,80})\)"),
]
_KNOWN_AS = re.compile(
    rf"(?P<long>{_WORD}(?:\s+(?:of|the|and|for|{_WORD}))*)"
    r",?\s+(?:known as|also called|or|abbreviated(?: as)?|aka)\s+(?:the\s+)?(?P<short>[A-Z][\w\-]{1,12})\b"
)


def _without_article(long: str) -> str:
    while long.split()[0].lower() in ARTICLES and len(long.split()) > 1:
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


def declared_aliases(text: str) -> list[tuple[str, str]]:
    """(long form, alias) pairs the text states itself."""
    pairs = []
    for pat in _DECLARED:
        for m in pat.finditer(text):
            long = _without_article(m["long"].strip())
            pairs.extend((long, part) for part in _bracket_aliases(m["inner"]))
    for m in _KNOWN_AS.finditer(text):
        if is_acronym(m["short"]):
            pairs.append((m["long"].strip(), m["short"]))
    return pairs
