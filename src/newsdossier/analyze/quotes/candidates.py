"""The typed candidates passed between the quotation steps: a speaker mention and a quotation candidate.

Each mechanism (quote marks, dash-led paragraphs, colon labels, the parse) makes `Cand`s; the
later steps (a neighbour's speaker lent to a piece, a run of paragraphs, reported clauses taking in
partial quotes) read and set the typed fields below instead of string flags.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from ...model import Quote


class SpeakerKind(Enum):
    """What a written speaker mention is; a pronoun or a description is resolved to a name."""

    NAME = "name"
    PRONOUN = "pron"
    DESCRIPTION = "desc"  # 'the analyst', 'the latter'
    PHRASE = "np"  # an organisation or a noun phrase: the speaker as written, not resolved


class Form(Enum):
    """How a candidate was found, which decides what later steps may do with it."""

    PARSE = "parse"  # a reported clause or another rule read off the parse (or the surface fallback)
    MARKED = "marked"  # in quote marks, attribution written next to the marks
    GOVERNED = "governed"  # in quote marks, inside the clause of a speech verb found in the parse
    PARTIAL = "partial"  # in quote marks, no attribution next to them: kept only with an attributed sibling
    DASHED = "dashed"  # a dash-led speech paragraph
    LABEL = "label"  # a transcript or headline label ('NAME: words') and the turn it opens


@dataclass
class _Spk:
    kind: SpeakerKind
    start: int
    end: int
    role: tuple[int, int] | None = None
    title: tuple[int, int] | None = None


@dataclass
class Cand:
    start: int
    end: int
    kind: str  # direct | indirect (| another kind from a caller's extra rule)
    cue: tuple[int, int] | str | None = None
    spk: _Spk | None = None
    para: int = 0
    standalone: bool = False
    open_at: int = -1  # position of the opening mark (direct, marked)
    sentence: tuple[int, int] | None = None
    form: Form = Form.PARSE
    how: str | None = None  # the rule that found it, reported with the record
    open_end: bool = False  # runs on into the next paragraph (no closing mark)
    partial_ok: bool = False  # a partial piece whose sibling lent it a speaker
    absorbed: bool = False  # taken into another candidate's content: not a quotation of its own
    inherited: Cand | None = None  # the neighbour whose speaker it took
    chain_head: Cand | None = None  # the first quote of a run of paragraphs it continues
    written_src: tuple[int, int] | None = None  # the source as written when it is not the speaker mention
    pieces: list[tuple[int, int]] = field(default_factory=list)  # further content pieces of one attribution


@dataclass
class Record:
    """One content piece of a quotation as the pipeline returns it: the `Quote` (speaker resolved)
    plus what the dossier does not show but an evaluation reads — the cue and the source as written,
    the whole source phrase, the rule that found it, and the attribution it belongs to."""

    quote: Quote
    start: int
    end: int
    kind: str
    cue_start: int | None = None
    cue_end: int | None = None
    source_start: int | None = None  # the source mention as written near the cue (a pronoun, a name)
    source_end: int | None = None
    source_phrase: tuple[int, int] | None = None  # the whole noun phrase of that mention
    how: str = ""
    group: int | None = None  # pieces of one attribution (the halves of a split quote) share it
    piece: bool = False  # a further piece of its group's content ('which' before 'officials said')
