"""The build pipeline: ingest -> clean -> analyze -> crossdoc -> summarize, timed per stage."""

from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable

from .model import Dossier

STAGES = ("ingest", "clean", "model-load", "analyze", "crossdoc", "summarize")


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
          embed: Callable | None = None, limits=None) -> Dossier:
    """Build the dossier of one story from input paths. Raises ingest.InputError for a missing path."""
    from .analyze import analyze_documents, load_nlp
    from .clean import clean_documents
    from .crossdoc import crossdoc
    from .ingest import ingest
    from .summarize import summarize

    progress = progress or Progress()
    dossier = Dossier()
    with _timed(dossier, "ingest", progress):
        result = ingest(paths, limits)
        dossier.documents, dossier.rejected = result.documents, result.rejected
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
    with _timed(dossier, "crossdoc", progress):
        crossdoc(dossier, embed=embed)
    with _timed(dossier, "summarize", progress):
        summarize(dossier, n_sentences=summary_sentences, n_words=summary_words, embed=embed, llm_url=llm_url,
                  llm_model=llm_model)
    return dossier
