"""The story-level publication-date pass: documents without a date get one from their dateline or their text.

Why a pass of its own: a document's date can only be inferred once the whole story is analysed (the
story's other dated documents and the dates they tell are the evidence), and it changes how that
document's relative expressions resolve, so they are resolved again against the inferred date. It runs
as a named step of the pipeline, after per-document analysis.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ..config import current
from ..model import Document

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def known_dates(docs: list[Document]) -> list[str]:
    """The publication dates the story's documents already have."""
    return [d.published for d in docs if d.published]


def _told(docs: list[Document], exclude: Document) -> list[str]:
    """Every day-level date the other documents tell."""
    return [t.value for o in docs if o is not exclude for t in o.timexes if t.value and _ISO_DAY.fullmatch(t.value)]


def dateline_with_story_year(day_month: str | None, dates: list[str]) -> str | None:
    """A year-less dateline day ("March 4") placed in the year that puts it nearest the story's median date."""
    if not day_month or not dates:
        return None
    import dateparser

    base = date.fromisoformat(sorted(dates)[len(dates) // 2])
    parsed = dateparser.parse(day_month, settings={"RELATIVE_BASE": datetime(base.year, base.month, base.day),
                                                  "REQUIRE_PARTS": ["day", "month"]})
    if parsed is None:
        return None
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(date(year, parsed.month, parsed.day))
        except ValueError:  # 29 February in a year without it
            continue
    best = min(options, key=lambda x: abs((x - base).days), default=None)
    return best.isoformat() if best and abs((best - base).days) <= current().time.dateline_max_days else None


def date_document(d: Document, docs: list[Document], known: list[str]) -> None:
    """Give an undated document a publication date (dateline with the story's year, else inferred), then
    resolve its temporal expressions again against it.

    `known`: the publication dates the story had before this pass (dates inferred during the pass are
    guesses and do not become evidence for other guesses)."""
    from .temporal import infer_dct
    from .temporal import find_timexes

    evidence = known + _told(docs, exclude=d)
    lang = d.language or "en"
    iso = dateline_with_story_year(d.dateline_date, known or evidence)
    if iso:  # "KESTREL BAY, March 4 (XPA) -": the dateline gives the day, the story the year
        d.published, d.published_basis, d.published_confidence = iso, "dateline", 0.9
    else:
        iso, conf, reason = infer_dct(d.text, spacy_doc=d.nlp, story_dates=evidence, lang=lang)
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


__all__ = ["date_document", "dateline_with_story_year", "known_dates", "undated"]
