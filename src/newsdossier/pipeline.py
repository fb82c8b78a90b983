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
from .model import Corpus, Dossier

# Named steps in the order they run; `Dossier.timings` has one entry per step.
STEPS = ("ingest", "clean", "model-load", "analyze", "publication-dates", "entities", "quotes", "timeline",
         "claims", "summarize")
# `build_stories` adds one step after publication-dates: "stories" (copies over the pile, then the grouping).


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
    dossier, usable = _prepare(paths, progress, embed, limits)
    _story(dossier, usable, progress, summary_sentences, summary_words, llm_url, llm_model, embed)
    return dossier


def _prepare(paths, progress, embed, limits, dates: bool = True) -> tuple[Dossier, list]:
    """The per-document steps and (with `dates`) the publication dates: ingest, clean, then `_analyse`."""
    from .clean import clean_documents
    from .ingest import ingest

    dossier = Dossier()
    with _timed(dossier, "ingest", progress):
        result = ingest(paths, limits)
        dossier.documents, dossier.rejected = result.documents, result.rejected
        settle_titles(dossier.documents)
    with _timed(dossier, "clean", progress):
        clean_documents(dossier.documents)
    return dossier, _analyse(dossier, progress, embed, dates)


def _analyse(dossier: Dossier, progress, embed, dates: bool = True) -> list:
    """model-load, analyze and (with `dates`) publication-dates over documents already read and cleaned; the
    documents with text."""
    from .analyze import analyze_documents, load_pipelines

    with _timed(dossier, "model-load", progress):
        load_pipelines(dossier.documents)  # the pipelines of the languages present, nothing else
        if embed is None:
            from .embed import embed as _embed

            _embed(["warm-up"])  # loads the weights now, so stage timings exclude model loading
    usable = [d for d in dossier.documents if d.text.strip()]
    with _timed(dossier, "analyze", progress, total=len(usable)):
        analyze_documents(dossier.documents, progress=lambda doc_id: progress.advance("analyze", doc_id))
    if dates:
        with _timed(dossier, "publication-dates", progress):
            publication_dates(usable)
    return usable


def _story(dossier, usable, progress, summary_sentences, summary_words, llm_url, llm_model, embed) -> None:
    """The story-level steps and the summary of one story's dossier."""
    story_steps(dossier, usable, embed, progress)
    with _timed(dossier, "summarize", progress), on_story(dossier, "summarize"):
        from .summarize import summarize

        summarize(dossier, n_sentences=summary_sentences, n_words=summary_words, embed=embed, llm_url=llm_url,
                  llm_model=llm_model)


def build_stories(paths: Iterable[str | Path], *, progress: Progress | None = None,
                  summary_sentences: int | None = None, summary_words: int | None = None, llm_url: str | None = None,
                  llm_model: str | None = None, embed: Callable | None = None, limits=None,
                  settings: config.Settings | None = None, one_story: bool = False) -> Corpus:
    """Build a pile that may mix stories: group it into stories, then one dossier per story.

    Copies are found over the whole pile first (a copy joins its original's story), then the reports are
    grouped (`crossdoc.stories`) on the dates they carry (metadata, file name): the publication-dates step
    infers a missing date from the story's other dates and its year from the story's median, which on a
    mixed pile would be another story's, so it runs per story after the grouping. A story of fewer than
    `stories.min_documents` reports is listed as unassigned.
    When at most one story remains, the pile is built as one dossier over all its documents, as `build` does
    (`Corpus.single`): a one-story pile's dossier does not change because a stray report stood apart.
    `one_story` skips the grouping: the user says the pile is one story (the grouping can split one).
    """
    with config.use(settings or config.current()):
        progress = progress or Progress()
        pile, usable = _prepare(paths, progress, embed, limits, dates=False)
        assignment: dict[str, str | None] = {d.id: "S1" for d in usable}
        if not one_story:
            with _timed(pile, "stories", progress):
                from .crossdoc.stories import group_stories
                from .summarize import assign_families

                assign_families(pile.documents)
                assignment, _ = group_stories(pile.documents, embed=embed)
        members: dict[str, list] = {}
        for d in usable:
            if assignment.get(d.id) is not None:
                members.setdefault(assignment[d.id], []).append(d)
        minimum = config.current().stories.min_documents
        kept = [(sid, docs) for sid, docs in members.items() if len(docs) >= minimum]
        args = (progress, summary_sentences, summary_words, llm_url, llm_model, embed)
        if len(kept) <= 1:
            sid = kept[0][0] if kept else max(members, key=lambda k: len(members[k]), default="S1")
            with _timed(pile, "publication-dates", progress):
                publication_dates(usable)
            _story(pile, usable, *args)
            return Corpus(pile=pile, stories=[(sid, pile)] if usable else [],
                          unassigned=[d.id for d in pile.documents if not d.text.strip()], single=True)
        from .crossdoc.stories import story_number

        kept.sort(key=lambda kv: (-len(kv[1]), story_number(kv[0])))
        corpus = Corpus(pile=pile)
        for sid, docs in kept:
            dossier = Dossier(documents=docs)
            with _timed(dossier, "publication-dates", progress):
                publication_dates(docs)
            _story(dossier, docs, *args)
            for step, seconds in dossier.timings.items():
                pile.timings[step] = round(pile.timings.get(step, 0.0) + seconds, 3)
            corpus.stories.append((sid, dossier))
        placed = {d.id for _, docs in kept for d in docs}
        corpus.unassigned = [d.id for d in pile.documents if d.id not in placed]
        return corpus


def build_story(docs: list, *, progress: Progress | None = None, summary_sentences: int | None = None,
                summary_words: int | None = None, llm_url: str | None = None, llm_model: str | None = None,
                embed: Callable | None = None) -> Dossier:
    """One story's dossier from documents already read and cleaned (a store's): `build`'s steps after its own
    reading and cleaning (the stored text is the cleaned text every offset points into)."""
    progress = progress or Progress()
    dossier = Dossier(documents=list(docs))
    usable = _analyse(dossier, progress, embed)
    _story(dossier, usable, progress, summary_sentences, summary_words, llm_url, llm_model, embed)
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
    if any(not d.family for d in docs):  # claims count copies of one report once: families come first
        from .summarize import assign_families

        with on_story(dossier, "families"):
            assign_families(dossier.documents)
    with _timed(dossier, "entities", progress), on_story(dossier, "entities"):
        dossier.entities = group_entities(docs)
    with _timed(dossier, "quotes", progress), on_story(dossier, "quotes"):
        link_quotes(dossier)
    with _timed(dossier, "timeline", progress), on_story(dossier, "timeline"):
        dossier.timeline = build_timeline(docs, **kwargs)
    with _timed(dossier, "claims", progress), on_story(dossier, "claims"):
        dossier.claims = build_claims(docs, **kwargs)


__all__ = ["STEPS", "Progress", "build", "build_stories", "build_story", "publication_dates", "settle_titles", "story_steps"]
