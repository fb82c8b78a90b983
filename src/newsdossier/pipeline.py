"""The build pipeline, top-down: ingest -> clean -> analyze -> story-level steps -> summarize.

Every step is named, timed and guarded: a per-document step that fails records the error on that
document (`Document.errors`), a story-level step that fails records it on the dossier (`Dossier.errors`,
its layer stays empty) and the run goes on. The settings of the run (`config.Settings`) are current for
its whole duration.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable

from . import config
from .failures import on_document, on_documents, on_story
from .model import Dossier

# Named steps in the order they run; `Dossier.timings` has one entry per step.
STEPS = ("ingest", "clean", "model-load", "analyze", "publication-dates", "entities", "quotes", "timeline",
         "claims", "summarize")


class Progress:
    """Receives stage events; the CLI shows them as bars on a TTY. The default does nothing."""

    def stage(self, name: str, total: int | None = None) -> None: ...
    def advance(self, name: str, item: str = "") -> None: ...
    def done(self, name: str) -> None: ...


@contextmanager
def _timed(dossier: Dossier, name: str, progress: Progress, total: int | None = None):
    progress.stage(name, total)
    t0 = time.perf_counter()
    try:
        yield
    finally:
        dossier.timings[name] = round(time.perf_counter() - t0, 3)
        progress.done(name)


def build(paths: Iterable[str | Path], *, progress: Progress | None = None, summary_sentences: int | None = None,
          summary_words: int | None = None, llm_url: str | None = None, llm_model: str | None = None,
          embed: Callable | None = None, limits=None, settings: config.Settings | None = None) -> Dossier:
    """Build the dossier of one story from input paths. Raises ingest.InputError for a missing path."""
    with config.use(settings or config.current()):
        return _build(paths, progress or Progress(), summary_sentences, summary_words, llm_url, llm_model,
                      embed, limits)


def _build(paths, progress, summary_sentences, summary_words, llm_url, llm_model, embed, limits) -> Dossier:
    from .analyze import analyze_documents, load_nlp
    from .clean import clean_documents
    from .ingest import ingest

    dossier = Dossier()
    with _timed(dossier, "ingest", progress):
        result = ingest(paths, limits)
        dossier.documents, dossier.rejected = result.documents, result.rejected
        settle_titles(dossier.documents)
    with _timed(dossier, "clean", progress):
        clean_documents(dossier.documents)
    with _timed(dossier, "model-load", progress):
        load_nlp()
        if embed is None:
            from .embed import embed as _embed

            _embed(["warm-up"])  # loads the weights now, so stage timings exclude model loading
    usable = [d for d in dossier.documents if d.text.strip()]
    with _timed(dossier, "analyze", progress, total=len(usable)):
        analyze_documents(dossier.documents, progress=lambda doc_id: progress.advance("analyze", doc_id))
    with _timed(dossier, "publication-dates", progress):
        publication_dates(usable)
    story_steps(dossier, usable, embed, progress)
    with _timed(dossier, "summarize", progress), on_story(dossier, "summarize"):
        from .summarize import summarize

        summarize(dossier, n_sentences=summary_sentences, n_words=summary_words, embed=embed, llm_url=llm_url,
                  llm_model=llm_model)
    return dossier


def settle_titles(docs) -> None:
    """Pile-level titles once every document is read (site names learned from each site's pages,
    `titles.settle_titles`); a failure is recorded on every document and the titles stay as read."""
    from .titles import settle_titles as settle

    with on_documents(docs, "ingest/titles"):
        settle(docs)


def publication_dates(docs) -> None:
    """Story-level: date the documents that have no publication date from their dateline or text."""
    from .analyze.publication import date_document, known_dates, undated

    known = known_dates(docs)
    for d in undated(docs):
        with on_document(d, "publication-date"):
            date_document(d, docs, known)


def story_steps(dossier: Dossier, docs, embed, progress: Progress) -> None:
    """Story-level steps over the analysed documents: entities, the quotes ledger, timeline, claims."""
    from .crossdoc import link_quotes
    from .crossdoc.claims import build_claims
    from .crossdoc.entities import group_entities
    from .crossdoc.timeline import build_timeline

    kwargs = {"embed": embed} if embed is not None else {}
    with _timed(dossier, "entities", progress), on_story(dossier, "entities"):
        dossier.entities = group_entities(docs)
    with _timed(dossier, "quotes", progress), on_story(dossier, "quotes"):
        link_quotes(dossier)
    with _timed(dossier, "timeline", progress), on_story(dossier, "timeline"):
        dossier.timeline = build_timeline(docs, **kwargs)
    with _timed(dossier, "claims", progress), on_story(dossier, "claims"):
        dossier.claims = build_claims(docs, **kwargs)


__all__ = ["STEPS", "Progress", "build", "publication_dates", "settle_titles", "story_steps"]
