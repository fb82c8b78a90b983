"""The story-level publication-date pass: documents without a date get one from their dateline or their text.

Why a pass of its own: a document's date can only be inferred once the whole story is analysed (the
story's other dated documents and the dates they tell are the evidence), and it changes how that
document's relative expressions resolve, so they are resolved again against the inferred date. It runs
as a named step of the pipeline, after per-document analysis.
"""

from __future__ import annotations

import math
import re
from datetime import date

from ..config import current
from ..model import Document

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def known_dates(docs: list[Document]) -> list[str]:
    """The publication dates the story's documents already have."""
    return [d.published for d in docs if d.published]


def _told(docs: list[Document], exclude: Document) -> list[str]:
    """Every day-level date the other documents tell."""
    return [t.value for o in docs if o is not exclude for t in o.timexes if t.value and _ISO_DAY.fullmatch(t.value)]


def reference_day(known: list[str], told: list[str]) -> date | None:
    """The day an undated document's year-less dates are placed near.

    The median of the story's publication dates when there are any. Without them, a high quantile
    (`time.told_reference_quantile`) of the days the other documents tell: a report comes after most of
    what it tells (history, earlier events), so their median would pull a dateline into the year before."""
    days = sorted(x for x in (_day(v) for v in known) if x is not None)
    if days:
        return days[len(days) // 2]
    days = sorted(x for x in (_day(v) for v in told) if x is not None)
    if not days:
        return None
    return days[math.ceil(current().time.told_reference_quantile * (len(days) - 1))]


def _day(v: str | None) -> date | None:
    try:
        return date.fromisoformat(v[:10]) if v else None
    except ValueError:  # not an ISO day: no evidence
        return None


def dateline_near(day_month: str | None, ref: date | None, lang: str = "en") -> str | None:
    """A year-less dateline day ("Oct. 3", "3 mars") in the year that puts it nearest the reference day: never
    a year chosen by a parser's default, and not placed at all when even the nearest is further than
    `time.dateline_max_days`.

    The day and month are read by the temporal scanner in the document's language only (its own month
    names): no other language's words, and no English ones in a French dateline."""
    if not day_month or ref is None:
        return None
    from .temporal.scan import scan

    days = [c for c in scan(day_month, lang) if c.kind in ("md", "ymd")]
    if not days:
        return None
    month, day = days[0].f["m"], days[0].f["d"]
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:  # 29 February in a year without it
            continue
    best = min(options, key=lambda x: abs((x - ref).days), default=None)
    return best.isoformat() if best and abs((best - ref).days) <= current().time.dateline_max_days else None


def date_document(d: Document, docs: list[Document], known: list[str]) -> None:
    """Give an undated document a publication date (dateline placed near the story's dates, else inferred),
    then resolve its temporal expressions again against it.

    A document dated by metadata is never touched: neither a dateline nor an inference overrides it.
    `known`: the publication dates the story had before this pass (dates inferred during the pass are
    guesses and do not become evidence for other guesses)."""
    from .temporal import infer_dct
    from .temporal import find_timexes

    if d.published and d.published_basis == "metadata":
        return
    told = _told(docs, exclude=d)
    ref = reference_day(known, told)
    lang = d.language or "en"
    iso = dateline_near(d.dateline_date, ref, lang)
    if iso:  # "KESTREL BAY, March 4 (XPA) -": the dateline gives the day, the story the year
        d.published, d.published_basis, d.published_confidence = iso, "dateline", 0.9
    else:
        # the story's publication dates are the evidence; without them only the reference day (see
        # `reference_day`), not every date told, most of which are older than the reports
        story = known or ([ref.isoformat()] if ref else [])
        iso, conf, reason = infer_dct(d.text, spacy_doc=d.nlp, story_dates=story, lang=lang)
        if not iso:
            return
        # a date line the ingest did not recognise ("Published 14 March 2025") is still a dateline
        d.published, d.published_basis = iso, ("dateline" if reason == "dateline" else "inferred")
        d.published_confidence = round(conf, 2)
        d.meta["published_reason"] = reason
    d.timexes = find_timexes(d.text, d.published, spacy_doc=d.nlp, lang=lang)


def undated(docs: list[Document]) -> list[Document]:
    """The analysed documents that still lack a publication date."""
    return [d for d in docs if not d.published and d.nlp is not None]


__all__ = ["date_document", "dateline_near", "known_dates", "reference_day", "undated"]
