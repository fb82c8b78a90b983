"""Speaker resolution: pronouns and role descriptions to the nearest person mention, the source phrase,
headline pull-quotes."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ... import lang
from ...config import current
from ...model import Quote
from .surface import _tokens, trim, word_count
from .candidates import SpeakerKind, Cand, _Spk
from .speakers import _role_fwd
from .parse import _person_span

EN = lang.get("en")  # these rules read the English parse and English cue words


def _source_phrase(doc, text: str, src, content, cue) -> tuple[int, int] | None:
    """The whole noun phrase of the written source ('Homeland Security Secretary Jeh Johnson',
    'Brian Fallon, the campaign's press secretary,'), never reaching into the content or the cue."""
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


def _person_mentions(text: str, f: str, doc, cands: list[Cand]) -> list[_Spk]:
    """Named person mentions usable as antecedents (spaCy PERSON entities + named speakers)."""
    out: list[_Spk] = [c.spk for c in cands if c.spk is not None and c.spk.kind is SpeakerKind.NAME]
    if doc is not None:
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "PER"):
                continue
            st, en = _person_span(doc, text, ent)
            spk = _Spk(SpeakerKind.NAME, st, en)
            toks = _tokens(f, en, min(len(f), en + 200))
            role, _ = _role_fwd(f, toks, 0)
            spk.role = role
            out.append(spk)
    out.sort(key=lambda s: s.start)
    return out


def _resolve(c: Cand, persons: list[_Spk], text: str) -> _Spk | None:
    spk = c.spk
    if spk is None:
        return None
    if spk.kind in (SpeakerKind.NAME, SpeakerKind.PHRASE):
        if spk.kind is SpeakerKind.NAME and spk.role is None:
            # a role written after an earlier mention of the same name
            last = text[spk.start:spk.end].split()[-1:]
            for p in persons:
                if p.role and p.start < spk.start and text[p.start:p.end].split()[-1:] == last:
                    spk.role = p.role
        return spk
    low = text[spk.start:spk.end].lower()
    if spk.kind is SpeakerKind.PRONOUN:
        if low not in EN.person_pronouns:
            return None
        prior = [p for p in persons if p.end <= spk.start and spk.start - p.end < current().quotes.pronoun_window]
        return prior[-1] if prior else None
    if spk.kind is SpeakerKind.DESCRIPTION:
        noun = low.split()[-1]
        prior = [p for p in persons if p.end <= spk.start and spk.start - p.end < current().quotes.description_window]
        if noun == "latter":
            return prior[-1] if prior else None
        if noun == "former":
            return None
        for p in reversed(prior):
            if p.role and re.search(r"\b" + re.escape(noun.rstrip("s")), text[p.role[0]:p.role[1]].lower()):
                return p
        return None
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
