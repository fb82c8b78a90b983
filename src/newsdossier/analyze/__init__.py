"""Per-document analysis: language, sentences, entities, time, quantities, quotes.

One spaCy pass per document feeds every component; components are small functions in
sibling modules that take `(text, spacy_doc=...)` and return model items. A component
that fails records the error on the document and the others still run. Each document is read
by the pipeline of its detected language (`languages.pipeline_for`): a model where the language
has one, else a clearly reported degraded mode, never the English model on foreign text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import SimpleNamespace
from typing import Callable

from .. import lang
from ..config import current
from ..failures import on_document
from ..model import Document, Mention, Sentence
from ..textutil import strip_span
from .languages import CONTENT_POS, LABELS, pipeline_for

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def load_nlp():
    """The English pipeline from the pinned PyPI model package (no download at run time): what the English
    benchmarks (TempEval, PolNeAR, entities) read. Other languages: `pipeline_for(code).nlp`."""
    return pipeline_for("en").nlp


def load_pipelines(docs: list[Document]) -> list:
    """The pipelines of the documents' languages (detected here when not yet), loaded now so that stage
    timings exclude model loading."""
    for d in docs:
        if d.text.strip() and d.language is None:
            d.language = detect_language(d.text)
    codes = sorted({lang.normalise(d.language) for d in docs if d.text.strip()}) or ["en"]
    return [pipeline_for(code) for code in codes]


def _register_components() -> None:
    from spacy.language import Language

    if "newline_sentences" in Language.factories:
        return

    @Language.component("newline_sentences")
    def newline_sentences(doc):
        """A line break ends a sentence: scraped text has headlines and captions without full stops."""
        for i, tok in enumerate(doc[:-1]):
            if "\n" in tok.text or "\n" in tok.whitespace_:
                doc[i + 1].is_sent_start = True
        return doc

    @Language.component("dash_joins_sentence")
    def dash_joins_sentence(doc):
        """A spaced dash inside a line joins the parts of one sentence ("3 mars: VALDORIE - Le ministre
        démissionne", "PARIS - Le ministre ..."): a parser that starts a sentence at it (the French model does)
        cuts the dated line from what happened. A dash opening a line (a list bullet) is left alone."""
        for i in range(1, len(doc) - 1):
            t, before = doc[i], doc[i - 1]
            if (t.text in ("-", "–", "—") and t.whitespace_ and "\n" not in t.whitespace_ and before.whitespace_
                    and "\n" not in before.whitespace_ and "\n" not in before.text):
                t.is_sent_start = False
                doc[i + 1].is_sent_start = False
        return doc


_register_components()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (py3langid on its first 5,000 characters); None for blank text."""
    if not text.strip():
        return None
    import py3langid

    lang, _ = py3langid.classify(text[:5000])
    return lang


def sentences(doc) -> list[Sentence]:
    out = []
    text = doc.text
    for s in doc.sents:
        start, end = strip_span(text, s.start_char, s.end_char)
        if end > start:
            out.append(Sentence(start, end, text[start:end]))
    return out


def content_lemmas(doc) -> list[str]:
    """Lemmas of the content words (no stop words, three letters or more): what a document talks about."""
    return [t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop and len(t) > 2 and t.pos_ in CONTENT_POS]


@lru_cache(maxsize=None)
def _leading_article(code: str) -> re.Pattern | None:
    """A leading article of the language ("the", "a", "an" in English: lang/<code>/names.py ARTICLES)."""
    articles = sorted(lang.get(code).articles, key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(map(re.escape, articles)) + r")\s+", re.I) if articles else None


def mentions(doc) -> list[Mention]:
    """A spaCy model's named-entity mentions, trimmed of articles (of the doc's language) and possessives so
    aliases compare cleanly."""
    text = doc.text
    leading = _leading_article(lang.normalise(doc.lang_))
    out = []
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start_char, ent.end_char
        m = leading.match(text[start:end]) if leading else None
        if m:
            start += m.end()
        m = _POSSESSIVE.search(text[start:end])
        if m:
            end -= len(m.group(0))
        start, end = strip_span(text, start, end)
        surface = text[start:end]
        if end - start < 2 or "\n" in surface or not any(c.isalpha() for c in surface):
            continue
        out.append(Mention(start, end, surface, label))
    return out


NAMES_STAGE = "analyze/names"  # the stage a failed name pass is recorded under (see `name_mentions`)


def name_mentions(docs: list[Document], batch_size: int = 32) -> None:
    """Named-entity mentions of every document with text, from the name finder alone: what story grouping needs.

    Why a pass of its own: grouping (`build`, `ingest`, `eval stories`) weighs shared names but not sentences,
    lemmas or quotes, and a spaCy NER has its own token vectors, so the other pipes are skipped. Documents go
    to the pipeline of their language (detected here when not yet); texts are parsed in batches (`nlp.pipe`),
    a text longer than a parse chunk alone (`parse`); when a batch fails its documents are parsed one by one,
    so only a document that fails alone records the failure (its mentions stay empty)."""
    usable = [d for d in docs if d.text.strip()]
    for d in usable:
        if d.language is None:
            d.language = detect_language(d.text)
    for pipeline, group in _by_pipeline(usable):
        _names_of(pipeline, group, batch_size)


def _by_pipeline(docs: list[Document]) -> list[tuple]:
    """The documents grouped by the pipeline of their language, in order of first appearance; each document
    records which analysis read it (documents[].analysis)."""
    groups: dict[str, tuple] = {}
    for d in docs:
        pipeline = pipeline_for(d.language)
        d.analysis = pipeline.analysis()
        groups.setdefault(pipeline.code, (pipeline, []))[1].append(d)
    return list(groups.values())


def _names_of(pipeline, docs: list[Document], batch_size: int) -> None:
    nlp = pipeline.nlp
    size = current().analyze.chunk_chars
    with nlp.select_pipes(enable=list(pipeline.name_pipes)):
        for d in (d for d in docs if len(d.text) > size):
            with on_document(d, NAMES_STAGE):
                d.mentions = pipeline.names(d.text, parse(nlp, d.text))
        short = [d for d in docs if len(d.text) <= size]
        for i in range(0, len(short), batch_size):
            part = short[i:i + batch_size]
            attempt = SimpleNamespace(id=f"{len(part)} documents from {part[0].id}", errors=[])
            with on_document(attempt, NAMES_STAGE):  # the batch's failure is logged, then found per document
                found = [pipeline.names(d.text, sdoc)
                         for d, sdoc in zip(part, nlp.pipe([d.text for d in part], batch_size=batch_size))]
                for d, ms in zip(part, found):
                    d.mentions = ms
            if attempt.errors:  # one bad text must not cost the others their names: each alone, failures kept
                for d in part:
                    d.mentions = []
                    with on_document(d, NAMES_STAGE):
                        d.mentions = pipeline.names(d.text, parse(nlp, d.text))


def _chunks(text: str, size: int | None = None) -> list[str]:
    """Pieces of `text` cut after a newline (or a space, or anywhere as a last resort); they join back to text."""
    size = size or current().analyze.chunk_chars
    out, i = [], 0
    while i < len(text):
        j = min(len(text), i + size)
        if j < len(text):
            cut = text.rfind("\n", i + size // 2, j)
            if cut < 0:
                cut = text.rfind(" ", i + size // 2, j)
            j = cut + 1 if cut >= 0 else j
        out.append(text[i:j])
        i = j
    return out


def parse(nlp, text: str):
    """One spaCy Doc over exactly `text`, however long."""
    if len(text) <= current().analyze.chunk_chars:
        return nlp(text)
    from spacy.tokens import Doc

    doc = Doc.from_docs(list(nlp.pipe(_chunks(text), batch_size=4)), ensure_whitespace=False)
    if doc.text != text:  # never analyse a text that differs from the document's
        raise ValueError("chunked parse does not reproduce the text")
    return doc


def analyze_document(d: Document, pipeline=None) -> None:
    """One spaCy parse of the document (by the pipeline of its language) feeds every component; each
    component's failure is recorded on the document and the others still run (a quote bug must not cost the
    timeline)."""
    from .base_forms import add_base_forms
    from .quantities import find_quantities
    from .quotes import find_quotes
    from .temporal import find_timexes

    pipeline = pipeline or pipeline_for(d.language)
    d.analysis = pipeline.analysis()
    with on_document(d, "analyze/parse"):
        d.nlp = parse(pipeline.nlp, d.text)
    if d.nlp is None:
        return
    d.sentences = sentences(d.nlp)
    with on_document(d, "analyze/names"):
        d.mentions = pipeline.names(d.text, d.nlp)
        if not pipeline.spacy_ner:  # names found outside spaCy: the components read them as doc.ents
            _set_ents(d.nlp, d.mentions)
    with on_document(d, "analyze/base-forms"):
        add_base_forms(d.mentions, d.language)
    d.lemmas = pipeline.lemmas(d.nlp)
    lang = d.language or "en"
    with on_document(d, "analyze/time"):
        d.timexes = find_timexes(d.text, d.published, spacy_doc=d.nlp, lang=lang)
    with on_document(d, "analyze/quantities"):
        d.quantities = find_quantities(d.text, spacy_doc=d.nlp, lang=lang, timexes=d.timexes)
    with on_document(d, "analyze/quotes"):
        d.quotes = find_quotes(d.text, spacy_doc=d.nlp, lang=lang)


def _set_ents(doc, found: list[Mention]) -> None:
    """The mentions as the Doc's entity spans (token-aligned, overlaps dropped), so components that look a
    name up in `doc.ents` (quote speakers, figure subjects) see the same names as the dossier."""
    from spacy.util import filter_spans

    spans = [doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand") for m in found]
    doc.ents = filter_spans([s for s in spans if s is not None])


def analyze_documents(docs: list[Document], *, progress: Callable[[str], None] | None = None) -> None:
    """Language, sentences, mentions, timexes, quantities and quotes of every usable document, each by the
    pipeline of its detected language."""
    usable = [d for d in docs if d.text.strip()]
    for d in usable:
        d.language = detect_language(d.text)
    for pipeline, group in _by_pipeline(usable):
        for d in group:
            analyze_document(d, pipeline)
            if progress:
                progress(d.id)
