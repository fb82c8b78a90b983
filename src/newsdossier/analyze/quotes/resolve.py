"""Speaker resolution: a written name as it is, a pronoun or a description through `antecedents` (salience,
agreement, titles; never the nearest name), the source phrase, headline pull-quotes."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ... import lang
from ...config import current
from ...model import Quote
from .surface import trim, word_count
from .candidates import SpeakerKind, Cand, _Spk
from .antecedents import Antecedents

EN = lang.get("en")  # these rules read the English parse and English cue words


def _source_phrase(doc, text: str, src, content, cue) -> tuple[int, int] | None:
    """The whole noun phrase of the written source ('Homeland Security Secretary Jeh Johnson',
    'Orlin Sorel, the campaign's press secretary,'), never reaching into the content or the cue."""
    if doc is None:
        return src
    span = doc.char_span(src[0], src[1], alignment_mode="expand")
    if span is None or not len(span):
        return src
    tok = span.root
    for _ in range(4):
        if tok.dep_ in ("compound", "appos", "flat", "poss") and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    if tok.pos_ not in ("NOUN", "PROPN", "PRON"):
        return src
    st = tok.left_edge.idx
    last = tok.right_edge
    en = last.idx + len(last.text)
    st, en = trim(text, min(st, src[0]), max(en, src[1]))
    for a, b in [content] + ([cue] if cue else []):
        if st < b and a < en:
            return src
    return (st, en) if en > st else src


def _resolve(c: Cand, ctx: Antecedents, text: str) -> _Spk | None:
    """The named mention a candidate's written speaker stands for; None when it cannot be told."""
    spk = c.spk
    if spk is None:
        return None
    if spk.kind is SpeakerKind.NAME:
        if spk.role is None:
            # a role written after an earlier mention of the same name
            last = text[spk.start:spk.end].split()[-1:]
            for m in ctx.mentions:
                p = m.spk
                if (m.kind == "PERSON" and p is not None and p.role and p.start < spk.start
                        and text[p.start:p.end].split()[-1:] == last):
                    spk.role = p.role
        return spk
    if spk.kind is SpeakerKind.PHRASE:
        # a definite description the parse took as a plain noun phrase ('the campaign', 'the commission'):
        # the organisation or person it repeats when one is in the document, else the phrase as written
        words = text[spk.start:spk.end].split()
        if 2 <= len(words) <= 4 and words[0].lower() == "the" and words[-1][:1].islower():
            return ctx.description(spk) or spk
        return spk
    if spk.kind is SpeakerKind.PRONOUN:
        return ctx.pronoun(spk)
    if spk.kind is SpeakerKind.DESCRIPTION:
        return ctx.description(spk)
    return None


def _norm(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def _pullquotes(out: list[Quote], text: str) -> None:
    """A headline pull-quote without a speaker takes the speaker of the quote it repeats."""
    for q in out:
        if q.speaker_text is not None or q.kind != "direct" or word_count(q.text) < current().quotes.pullquote_min_words:
            continue
        nq = _norm(q.text)
        best = None
        for o in out:
            if o is q or o.speaker_text is None or len(o.text) < len(q.text):
                continue
            score = fuzz.partial_ratio(nq, _norm(o.text))
            if score >= current().quotes.pullquote_min_ratio and (best is None or score > best[0]):
                best = (score, o)
        if best:
            o = best[1]
            q.speaker_text, q.speaker_start, q.speaker_end = o.speaker_text, o.speaker_start, o.speaker_end
            q.speaker_role, q.cue = o.speaker_role, o.cue
