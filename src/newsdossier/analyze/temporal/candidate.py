"""The candidate expression passed from the scanner to the resolver (and to publication-date inference).

Why a class of its own: the scanner, the extent rules, the resolver and `dct` all read it; it is the one
typed hand-over between them. `kind` names the handler that resolves it (see `resolve.RESOLVERS`); `f` holds
the fields that kind's maker parsed (day, month, weekday, modifier, amount, unit ...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Candidate:
    start: int
    end: int
    kind: str  # one of resolve.RESOLVERS' keys: "ymd", "md", "ym", "y", "month", "weekday", "offset", ...
    f: dict = field(default_factory=dict)
    prio: int = 0  # the pattern's priority: breaks ties between overlapping candidates of equal length


@dataclass
class Resolved:
    """What a resolver made of a candidate: TIMEX3 type and value, what the value is relative to ("explicit",
    "dct", "previous-date" or None), the governing tense when it was asked, and the day when the value is one
    (it becomes the anchor of later "the following day")."""
    typ: str = "DATE"
    value: str | None = None
    anchor: str | None = None
    tense: str | None = None
    day: date | None = None


__all__ = ["Candidate", "Resolved"]
