"""Recording a failure where it happened, so the run goes on and the dossier says what is missing.

Why: a stage that fails on one document must not sink the run (the analyst still gets the other 499
reports), and must not vanish either (an empty layer that looks like "nothing found" is a silently worse
dossier). Every guard here records the stage and the message on the document, or on the dossier for a
story-level step, and logs the traceback (shown with --debug). These are the only places that catch
arbitrary exceptions.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager

log = logging.getLogger("newsdossier")


def describe(stage: str, exc: BaseException) -> str:
    return f"{stage} failed: {type(exc).__name__}: {exc}"


@contextmanager
def on_document(doc, stage: str):
    """Run a stage on one document; a failure becomes an entry of `doc.errors`."""
    try:
        yield
    except Exception as exc:  # recorded on the document, traceback logged; the run continues
        doc.errors.append(describe(stage, exc))
        log.debug("%s on %s", describe(stage, exc), getattr(doc, "id", "?"), exc_info=True)


@contextmanager
def on_documents(docs, stage: str):
    """Run a step that serves several documents at once; a failure becomes an entry of each one's `errors`."""
    try:
        yield
    except Exception as exc:  # recorded on every document concerned, traceback logged; the run continues
        for doc in docs:
            doc.errors.append(describe(stage, exc))
        log.debug("%s", describe(stage, exc), exc_info=True)


@contextmanager
def on_story(dossier, stage: str):
    """Run a story-level step; a failure becomes an entry of `dossier.errors` and the step's layer stays empty."""
    try:
        yield
    except Exception as exc:  # recorded on the dossier, traceback logged; later steps still run
        dossier.errors.append({"stage": stage, "message": f"{type(exc).__name__}: {exc}"})
        log.debug("%s", describe(stage, exc), exc_info=True)


__all__ = ["describe", "on_document", "on_documents", "on_story"]
