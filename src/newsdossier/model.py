"""The one data model every stage reads and enriches.

Stages never talk to each other directly: ingest creates `Document`s, clean fills
`text`/`removed`, analyze fills the per-document layers (sentences, mentions, timexes,
quantities, quotes), crossdoc and summarize fill the `Dossier`'s story-level lists, and
render only reads. Every extracted item keeps `start`/`end` offsets into the cleaned
`Document.text`, so `text[start:end]` reproduces what the item quotes (provenance).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any

from . import INDEX_SCHEMA, SCHEMA, __version__


@dataclass
class Span:
    """A stretch of one document's cleaned text: the unit of provenance."""

    doc: str
    start: int
    end: int
    text: str


@dataclass
class Removed:
    """A line the cleaner took out, kept so nothing is lost silently."""

    text: str
    reason: str
    line: int = -1  # 0-based line number in the raw (normalised) text
    score: float = 0.0


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Mention:
    """A named-entity mention inside one document (offsets into Document.text)."""

    start: int
    end: int
    text: str
    label: str  # PERSON|ORG|GPE|LOC|NORP|EVENT|OTHER (normalised from the NER tag set)
    entity: str | None = None  # filled by crossdoc: the Entity.id
    base: str | None = None  # the name's base (nominative) form where analysis knows the language's inflection


@dataclass
class Timex:
    """A temporal expression, normalised TIMEX3-style relative to the document date."""

    start: int
    end: int
    text: str
    type: str  # DATE|TIME|DURATION|SET
    value: str | None  # "2031-03-14", "2031-03", "2031-W11", "P10D", "PAST_REF" ... or None when unresolved
    anchor: str | None = None  # what it was resolved against: "dct", "previous-date", "explicit"
    tense: str | None = None  # "past"|"present"|"future" of the governing verb, when it mattered


@dataclass
class Quantity:
    """A counted amount: '2,300 soldiers', 'more than 2,000 troops', 'dozens dead'."""

    start: int
    end: int
    text: str  # the whole amount phrase including the qualifier and the counted noun when adjacent
    value: float
    low: float | None
    high: float | None
    qualifier: str  # exact|about|more-than|less-than|at-least|up-to|range|vague
    unit: str | None  # the counted head noun, lemmatised ("soldier", "people")
    measure: str | None = None  # a fuller description of what is counted ("people detained")
    sentence: int = -1
    # What the figure is about, read from the parse at analysis (analyze/quantities/about.py); each is
    # (start, end, text) in Document.text or None. Claims compare figures only when these agree.
    subject: tuple[int, int, str] | None = None  # the name (or short phrase) the figure is about
    subject_role: str | None = None  # "inner": named in the counted phrase ("Tessalian troops"); "clause": an argument of its verb
    place: tuple[int, int, str] | None = None  # the place it holds for ("in Lyon")
    source: tuple[int, int, str] | None = None  # the poll or survey named in its sentence
    time: tuple[int, int, str] | None = None  # the dated temporal expression of its clause
    tense: str | None = None  # past|present|future|would of its clause verb (present perfect: present)


@dataclass
class Quote:
    """Something a person said, direct (quote marks / dash-led) or indirect ('X said that ...')."""

    start: int
    end: int
    text: str  # the quoted words only (without the quote marks)
    kind: str  # direct|indirect
    cue: str | None = None  # the speech verb: "said", "explains", "according to"
    speaker_text: str | None = None  # the named mention the speaker resolved to ("Mr Halloran"); None if unresolved
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_role: str | None = None  # "a political analyst"
    speaker: str | None = None  # filled by crossdoc: the Entity.id
    speaker_name: str | None = None  # filled by crossdoc: the entity's canonical name; None when unresolved
    source_start: int | None = None  # the source as written at the attribution ("he", "the ministry"), kept
    # whether or not it resolves
    source_end: int | None = None
    cue_start: int | None = None  # the cue as written ("said", "according to")
    cue_end: int | None = None


@dataclass
class Document:
    id: str
    path: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date
    published_basis: str = "unknown"  # metadata|dateline|inferred|unknown
    published_confidence: float | None = None
    language: str | None = None
    # which analysis read it: {"language", "mode": model|trained|degraded, "ner": the name backend[, "note"]}
    analysis: dict[str, str] = field(default_factory=dict)
    raw_text: str = ""  # after decoding and Unicode normalisation, before cleaning
    text: str = ""  # cleaned body: all offsets point here
    removed: list[Removed] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    duplicate_of: str | None = None  # the earlier document this one copies (exact or near copy), else None
    family: str | None = None  # documents reproducing one original report share a family ("F3"): agreement counts families
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # Layers for later stages that are not part of the contract (never serialised):
    dateline_date: str | None = None  # a dateline's day without a year ("March 4"), for the story-level date pass
    lemmas: list[str] = field(default_factory=list, repr=False, compare=False)  # content-word lemmas, text order
    headlines: list[str] = field(default_factory=list, repr=False, compare=False)  # a page's <h1> texts, for titles
    page_title: str | None = field(default=None, repr=False, compare=False)  # a page's <title> tag, for titles
    nlp: Any = field(default=None, repr=False, compare=False)  # the spaCy Doc; never serialised

    def span(self, start: int, end: int) -> Span:
        return Span(self.id, start, end, self.text[start:end])


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Evidence(Span):
    expression: str | None = None  # the temporal expression that dated it


@dataclass
class TimelineEntry:
    date: str
    summary: str
    evidence: list[Evidence] = field(default_factory=list)
    conflict: str | None = None  # set when the same happening is dated differently elsewhere
    entities: list[str] = field(default_factory=list)


@dataclass
class SentenceRef:
    """Where the sentence stating an item lies in its document (offsets into Document.text)."""

    start: int
    end: int


@dataclass
class ClaimValue(Span):
    value: float = 0.0
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    date_context: str | None = None
    sentence: SentenceRef | None = None  # the sentence that states the figure, so a reader sees the context


@dataclass
class Claim:
    measure: str
    status: str  # agree|compatible|conflict|update|single (update: a later figure for a later time)
    values: list[ClaimValue] = field(default_factory=list)
    explanation: str = ""
    subject: str | None = None  # the entity id (or phrase) the figure is about; None if none
    when: str | None = None  # the time the figure holds for, when the text says


@dataclass
class QuoteEntry(Span):
    """A quotation in the story's ledger. `speaker`/`speaker_name` are the entity the speaker resolved to, or
    both None when it could not be told (a pronoun with two people in play, 'officials'); `speaker_text` is
    always the source as written at the attribution ("he", "the senator", "Jane Roe") so a reader sees it."""

    speaker: str | None = None
    speaker_name: str | None = None
    speaker_text: str | None = None
    kind: str = "direct"
    cue: str | None = None
    speaker_role: str | None = None


@dataclass
class SummarySentence:
    """An extractive summary sentence: where it comes from, and where each other cited document says the same.

    `sources` is the sentence's own document followed by every document in `support`; a document is
    cited only when a passage of it says the same thing (no passage, no citation).
    """

    text: str
    doc: str
    start: int
    end: int
    support: list[Span] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


@dataclass
class SourceProfile:
    doc: str
    unique_points: list[str] = field(default_factory=list)
    distinctive_terms: list[str] = field(default_factory=list)
    duplicate_of: str | None = None  # this document is a (near-)copy of that one: not an independent source
    near_duplicates: list[str] = field(default_factory=list)


@dataclass
class Story:
    title: str = ""
    start: str | None = None
    end: str | None = None
    languages: list[str] = field(default_factory=list)
    independent_sources: int | None = None  # families: a report and its (near-)copies count once


@dataclass
class Dossier:
    documents: list[Document] = field(default_factory=list)
    story: Story = field(default_factory=Story)
    entities: list[Entity] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[QuoteEntry] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    sources: list[SourceProfile] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)  # inputs not read at all, with a reason
    errors: list[dict[str, str]] = field(default_factory=list)  # story-level steps that failed: {stage, message}
    timings: dict[str, float] = field(default_factory=dict)

    def doc(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)

    def to_dict(self) -> dict[str, Any]:
        """The contract (`newsdossier/dossier@2`): plain JSON-ready data, no spaCy objects."""
        return {
            "schema": SCHEMA,
            "generated_by": f"newsdossier {__version__}",
            "story": _plain(self.story),
            "documents": [_document_dict(d) for d in self.documents],
            "entities": [_plain(e) for e in self.entities],
            "timeline": [_plain(t) for t in self.timeline],
            "claims": [_plain(c) for c in self.claims],
            "quotes": [_plain(q) for q in self.quotes],
            "summary": [_plain(s) for s in self.summary],
            "sources": [_plain(s) for s in self.sources],
            "rejected": list(self.rejected),
            "errors": list(self.errors),
            "warnings": degraded_analysis(self.documents),
        }


@dataclass
class Corpus:
    """A pile grouped into stories: one dossier per story, and the documents that fit none.

    `pile` holds every document read (and the inputs rejected, the pile-level timings); each story's dossier
    holds its own documents only. `single` is True when the pile forms at most one story: it is then built as
    one dossier over all its documents, as a one-story pile always was (`OUT/dossier.*` stays where it was).
    """

    pile: Dossier
    stories: list[tuple[str, Dossier]] = field(default_factory=list)  # (story id, its dossier)
    unassigned: list[str] = field(default_factory=list)
    single: bool = False

    def index_dict(self) -> dict[str, Any]:
        """The index (`newsdossier/index@1`): every input document once, in a story or in `unassigned`."""
        story_of: dict[str, str] = {}
        entries = []
        for sid, dossier in self.stories:
            ids = [d.id for d in dossier.documents if d.id not in self.unassigned]
            story_of.update({i: sid for i in ids})
            entries.append({"id": sid, "title": dossier.story.title, "path": f"stories/{sid}", "documents": ids,
                            "languages": list(dossier.story.languages), "start": dossier.story.start,
                            "end": dossier.story.end, "independent_sources": dossier.story.independent_sources,
                            "errors": list(dossier.errors), "warnings": degraded_analysis(dossier.documents)})
        return {"schema": INDEX_SCHEMA, "generated_by": f"newsdossier {__version__}", "stories": entries,
                "unassigned": list(self.unassigned),
                "document_info": [{"id": d.id, "title": d.title, "published": d.published, "language": d.language,
                                   "source": d.source, "story": story_of.get(d.id), "errors": list(d.errors)}
                                  for d in self.pile.documents],
                "rejected": list(self.pile.rejected)}


def degraded_analysis(docs: list[Document]) -> list[dict[str, Any]]:
    """The dossier's warnings: one per language whose documents were read in degraded mode (no name model:
    capitalised-word names, rule sentences, no parse), with how many documents and why, so a reader knows
    which entity lists to trust less."""
    out: dict[str, dict[str, Any]] = {}
    for d in docs:
        a = d.analysis or {}
        if a.get("mode") != "degraded":
            continue
        w = out.setdefault(a.get("language", "und"), {"stage": "analyze", "language": a.get("language", "und"),
                                                      "documents": 0, "reason": a.get("note") or "no model"})
        w["documents"] += 1
    for w in out.values():
        w["message"] = (f"{w['language']}: {w['documents']} document(s) analysed in degraded mode ({w['reason']}): "
                        "names are capitalised-word runs, sentences by rule, no parse")
    return list(out.values())


_INTERNAL = {"nlp", "lemmas", "dateline_date", "headlines", "page_title"}  # Document layers that are not part of the contract


def _plain(obj: Any) -> Any:
    if is_dataclass(obj):
        return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj) if f.name not in _INTERNAL}
    if isinstance(obj, list):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    return obj


def _document_dict(d: Document) -> dict[str, Any]:
    out = _plain(d)
    out.pop("raw_text", None)
    return out


__all__ = [name for name in dir() if name[:1].isupper()] + ["asdict"]
