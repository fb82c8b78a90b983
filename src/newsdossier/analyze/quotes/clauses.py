"""A cue verb with its content read off the parse: who (the verb's source), the cue as written, and
the content span, checked against the direct quotes and the spans already taken.

The speech-clause rule (`reported._speech_clause`) needs the verb's own subject; `speech_ccomp` here
takes a speech verb and its clause when the source is found further up (a participle's head, a
passive agent) or when the verb is one the clause rule leaves ('hope', 'report' with its clause
after it). `verb_frame` and `verb_content` are also the building blocks for rules that read other
cue verbs the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import lang
from .lexicon import SPEECH_LEMMAS, lemma_of
from .surface import trim, word_count
from .candidates import Cand
from .parse import RELPRON, clause_subtree, cue_left, _infinitive, span_of, spk_from_token, src_token_span, \
    verb_source
from .reported import accept, _split_relative

EN = lang.get("en")  # these rules read the English parse and English cue words


@dataclass
class VerbFrame:
    """A cue verb's source token (None when not written), its span as written, and the cue's extent."""

    st: object
    src: tuple[int, int] | None
    cue_s: int
    cue_e: int
    n_prt: int  # particles taken into the cue ('speak out')


def verb_frame(doc, text, t) -> VerbFrame | None:
    """The source and cue of the verb `t`, or None when its source is lost in a way that makes any
    content doubtful (see `_sourceless_ok`)."""
    st = verb_source(t)
    if st is not None:
        src = src_token_span(doc, text, st)
        if src is None:
            st = None  # 'there', 'what', a clause: no source as written
    elif _sourceless_ok(t):
        src = None
    else:
        return None
    prt = [c for c in t.children if c.dep_ == "prt" and c.i == t.i + 1 and c.lower_ in EN.cue_particles]
    last = prt[0] if prt else t
    return VerbFrame(st, src, cue_left(t, doc), last.idx + len(last.text), len(prt))


def verb_content(doc, text, t, fr: VerbFrame, pieces, direct, mask, *, clause: bool = False, kind: str = "attitude",
                 how: str, wh=None, drop: int | None = None, only: str | None = None) -> Cand | None:
    """The candidate whose content is the subtrees of `pieces` (a reported clause when `clause`:
    a fronted relative pronoun split off, a leading 'that' left out). An indirect report with no
    one written to report it, or under three words, is an attitude; `only` rejects any other kind
    before the content is accepted (accepting absorbs the partial quotes it holds)."""
    toks = [x for c in pieces for x in clause_subtree(c)]
    if clause:
        toks, wh = _split_relative(sorted(toks, key=lambda x: x.i), t)
    if drop is not None:
        toks = [x for x in toks if x.i != drop]
    s, e = span_of(toks)
    if clause:
        first = min(toks, key=lambda x: x.i)
        if first.dep_ == "mark" and first.lower_ == "that" and first.i + 1 < len(doc):
            s = doc[first.i + 1].idx
    s, e = _ext(text, t, s, e, fr.cue_e)
    s, e = trim(text, s, e)
    while e > s and text[e - 1] in ".\"'\u201d\u2019\u201c":
        e -= 1
    if kind == "indirect" and (word_count(text[s:e]) < 3 or fr.src is None):
        kind = "attitude"  # a report with no one to report it ('Asked if ...') is no quotation
    if only is not None and kind != only:
        return None
    if not accept(text, s, e, t, fr.src, direct, mask, (fr.cue_s, fr.cue_e)):
        return None
    st = fr.st
    spk = spk_from_token(doc, text, st) if st is not None and st.lower_ not in RELPRON else None
    c = Cand(s, e, kind, cue=(fr.cue_s, fr.cue_e), spk=spk)
    c.written_src = fr.src
    if wh is not None:
        c.pieces = [wh]
    c.how = how
    return c


def clause_pieces(t) -> list:
    """The clauses a verb reports, the longest first ('said she has X: "Y"': the parser may split one
    report into two clauses of the verb)."""
    ccomp = [c for c in t.children if c.dep_ == "ccomp" and c.i > t.i]
    if not ccomp:
        return []
    main = max(ccomp, key=lambda c: len(list(c.subtree)))
    return [main] + [c for c in ccomp if c is not main]


def speech_ccomp(doc, text, t, direct, mask) -> Cand | None:
    """A speech verb and the clause after it, as an indirect quote, when the speech-clause rule did
    not take it: the source is written but not as the verb's own subject, or the verb is a weak one
    whose clause follows it. Nothing when the report has no written source or under three words."""
    if t.pos_ != "VERB" or lemma_of(t) not in SPEECH_LEMMAS:
        return None
    pieces = clause_pieces(t)
    if not pieces:
        return None
    fr = verb_frame(doc, text, t)
    if fr is None:
        return None
    return verb_content(doc, text, t, fr, pieces, direct, mask, clause=True, kind="indirect", how="v-ccomp",
                        only="indirect")


def _sourceless_ok(t) -> bool:
    """May a verb whose source the parse does not give still attribute its content? Yes for a
    participle or infinitive with no subject in reach ('a record of criticizing the pipeline',
    'ready to back Quenby') and a finite verb whose subject the parser lost: news attribution
    corpora leave the source out of about 7% of attributions, and such a verb's content is right
    about one time in two. Not for a verb with a passive subject and no agent (the source is unknown but
    the object is the subject, a rule of its own), a participle modifying a noun ('material
    deemed classified', 'a bill called X': naming, right one time in five), an imperative ('Vote
    for X!') or a word the parser could not attach."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in t.children):
        return False
    if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD"):
        return False
    if t.tag_ == "VB" and t.dep_ in ("ROOT", "conj") and not _infinitive(t):
        return False
    return t.dep_ not in ("dep", "amod", "attr")


def _ext(text, t, s, e, cue_e):
    """Content followed by a colon goes on to the end of its sentence ('endorsed one of their
    methods: freeing the delegates ...'): the colon introduces what the content is."""
    if s < cue_e:
        return s, e
    se = t.sent.end_char
    if not text[e:se].lstrip().startswith(":"):
        return s, e
    return s, max(e, se)


