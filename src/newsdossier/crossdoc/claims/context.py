"""What a figure is about and when it holds: the facets claims compare before they compare values.

Why: two figures are reports of one number only when they count the same thing *of the same subject, at
the same place, from the same source, for the same time*. Analysis records each facet as a character span
on the `model.Quantity` (analyze/quantities/about.py); here a span becomes a key that compares across
documents: the entity id of the name it covers (crossdoc has grouped names by now), else its lower-cased
words (a phrase). Unknown facets never separate figures (less is known, not something different).

When a figure holds (`when_of`), decided as follows:
  1. the date of the temporal expression of its clause (analysis picked it; its value is read from the
     document's final temporal layer, so a publication date found later is taken into account);
  2. else, when the clause is in the present tense (the present perfect counts: "has risen to 100"), the
     publication date: the sentence tells how things stand as the article is written. Only a publication
     date read from metadata or a dateline: an inferred one is a guess (on the PolNeAR dev pile 81 of 84
     dates are inferred, many a year off), and a guessed date would turn a conflict into an "update";
  3. else, for a figure without parse information (tense unknown), the date of the sentence's only dated
     temporal expression;
  4. else None: a past-tense figure without a date is not dated by guessing.
Only day/month/year values (ISO "2016-10-20", "2016-10") count as dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ...model import Document, Quantity

TRUSTED_PUBLICATION = ("metadata", "dateline")  # an inferred publication date is a guess: it dates no figure
_DATE_RE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)


@dataclass(frozen=True)
class Facet:
    """A subject, place or source: `key` compares across documents; `label` is what a reader sees."""

    key: str
    label: str
    entity: bool  # key is an Entity.id (else a phrase)
    role: str | None = None  # a subject's role (analysis): "inner" (the counted phrase) or "clause"


def facet_of(doc: Document, span: tuple[int, int, str] | None, role: str | None = None) -> Facet | None:
    """The entity whose mention covers most of `span`, else the span's own words; None for no span."""
    if not span:
        return None
    a, b, text = span[0], span[1], span[2]
    best, overlap = None, 0
    for m in doc.mentions or []:
        o = min(b, m.end) - max(a, m.start)
        if o > overlap:
            best, overlap = m, o
    if best is not None and best.entity:
        return Facet(best.entity, best.text, True, role)
    words = _LEADING.sub("", " ".join(text.split())).strip()
    if not words:
        return None
    return Facet("phrase:" + words.lower(), words, False, role)


def different_names(x: Facet | None, y: Facet | None) -> bool:
    """Both subjects are names in the same role and differ: "Tessalian troops" / "Corvanian troops", "Quenby
    leads" / "Marlowe leads". A difference across roles ("Tessalian troops" / "Olbeck deployed") is no evidence."""
    return bool(x and y and x.entity and y.entity and x.role == y.role and x.key != y.key)


def same_or_unknown(x: Facet | None, y: Facet | None, *, names_only: bool = False) -> bool:
    """The facets do not tell the figures apart: one is unknown, or both name the same thing.

    Two phrases differ only by their words, which is weak evidence ("the toll" / "the death toll"), so
    with `names_only` phrases never separate; two entities or two distinct names always do."""
    if x is None or y is None or x.key == y.key:
        return True
    if names_only and not (x.entity and y.entity):
        return True
    return False


def _date_value(doc: Document, a: int, b: int) -> str | None:
    for t in doc.timexes or []:
        if t.type == "DATE" and t.value and _DATE_RE.match(str(t.value)) and t.start < b and a < t.end:
            return str(t.value)
    return None


def when_of(doc: Document, q: Quantity, sent_start: int, sent_end: int) -> str | None:
    """The time figure `q` holds for (see the module docstring for the order of the rules)."""
    if q.time:
        got = _date_value(doc, q.time[0], q.time[1])
        if got:
            return got
    if q.tense == "present" and doc.published and _DATE_RE.match(doc.published) \
            and doc.published_basis in TRUSTED_PUBLICATION:
        return doc.published
    if q.tense is None and not q.time:
        dated = [t for t in doc.timexes or [] if t.type == "DATE" and t.value and _DATE_RE.match(str(t.value))
                 and sent_start <= t.start and t.end <= sent_end]
        if len(dated) == 1:
            return str(dated[0].value)
    return None


def _day(value: str | None) -> date | None:
    """An ISO day, or the middle of an ISO month; None for anything else."""
    if not value or not _DATE_RE.match(value):
        return None
    y, m, *d = (int(x) for x in value.split("-"))
    try:
        return date(y, m, d[0] if d else 15)
    except ValueError:
        return None


def days_apart(x: str | None, y: str | None) -> float:
    """Days between two ISO dates (days or months); 0 when either is unknown (nothing tells them apart)."""
    a, b = _day(x), _day(y)
    return abs((a - b).days) if a and b else 0.0
