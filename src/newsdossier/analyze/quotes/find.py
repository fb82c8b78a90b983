"""The quotation pipeline: candidates from every mechanism, speakers resolved, one record per content span."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Quote
from ...textutil import fold_punct
from .surface import _double_apostrophes, _paragraphs, trim
from .candidates import Form, Record, Cand
from .marks import _CLOSE_AFTER, _DOUBLE, _continued, _inherit, _marked
from .dashed import _dashed, _labelled
from .clauses import speech_ccomp
from .ml import find_direct_quotes, reads_language
from .reported import _indirect_regex, _indirect_spacy
from .antecedents import Antecedents
from .resolve import _pullquotes, _resolve, _source_phrase


def find_quotes(text: str, *, spacy_doc=None, lang: str = "en") -> list[Quote]:
    """Direct and indirect quotations in `text`, with speakers where they can be resolved."""
    out = []
    for a in attributions(text, spacy_doc=spacy_doc, lang=lang):
        if a.kind not in ("direct", "indirect"):
            continue  # an outside rule's wider attributions (attitudes, evaluations): not quotations
        if a.piece:
            continue  # a fragment of the content ('which' before 'officials said'): scored, not shown
        q = a.quote
        q.source_start, q.source_end = a.source_start, a.source_end
        q.cue_start, q.cue_end = a.cue_start, a.cue_end
        out.append(q)
    return out


def attributions(text: str, *, spacy_doc=None, lang: str = "en", extra_rule=None, narrow=None) -> list[Record]:
    """Every quotation as a `Record` carrying more than `Quote` holds: one per content piece.

    Two hooks let a caller layer its own conventions on the quotations: `extra_rule(doc, text, t,
    direct, mask)`, tried on each parse token that no speech rule took (it may return candidates of
    another kind), and `narrow(records)`, a selection applied before headline pull-quotes take their
    speaker. A transcript / headline label ("NAME: words") is the source of its paragraph.

    Quotes sharing one attribution clause (the two halves of a split quote) share a `group`.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quotes: text must be a string, not {type(text).__name__}")
    if not text.strip():
        return []
    if spacy_doc is not None and spacy_doc.text != text:
        raise ValueError("find_quotes: spacy_doc is the parse of another text")
    rules = (speech_ccomp,) + ((extra_rule,) if extra_rule is not None else ())
    out = _find(text, spacy_doc, rules)
    if narrow is not None:
        out = narrow(out)
    _pullquotes([a.quote for a in out], text)
    return _with_other_languages(text, lang, out)


def _with_other_languages(text: str, lang: str | None, out: list[Record]) -> list[Record]:
    """For text that is not English, add the direct quotes found on the surface from the language's quote marks,
    dialogue dashes, speech verbs and frames (`ml`); the English rules above miss their cues ("a déclaré",
    "sagte"). Where both read one span, the language's reading wins: the English rules' speaker for it came
    from English cue words and an English parse of another language."""
    code = (lang or "en").lower()[:2]
    if code == "en" or not reads_language(code):
        return out
    # the English reported-speech rules read English verbs; on another language they only take "Word: text"
    # lines (a source credit "Źródło: …", a list "Kraj: Miasto, …", a headline label) for indirect speech
    out = [a for a in out if a.kind != "indirect" or a.quote.text[:1] in _DOUBLE or a.quote.text[:1] in "‚‘’"]
    extra = find_direct_quotes(text, code)
    if not extra:
        return out
    taken = [(a.start, a.end) for a in extra]
    out = [a for a in out if not any(s < a.end and a.start < e for s, e in taken)]
    group = max((a.group for a in out if a.group is not None), default=-1) + 1
    for a in extra:
        out.append(replace(a, group=group))
        group += 1
    out.sort(key=lambda a: a.start)
    return out


def _find(text: str, doc, rules) -> list[Record]:
    f = _double_apostrophes(fold_punct(text))
    qv = _double_apostrophes(text)
    paras = _paragraphs(text)
    cands: list[Cand] = []
    for pi, (a, b) in enumerate(paras):
        cands.extend(_marked(text, f, a, b, pi, doc, qv))
    dash = []
    for pi in range(len(paras)):
        dash.extend(_dashed(text, f, paras, pi, cands))
    # marked quotes inside a dash-led quote belong to it
    cands = [c for c in cands if not any(d.start <= c.open_at < d.end for d in dash)] + dash
    cands.sort(key=lambda c: c.start)
    _inherit(cands, text)
    _continued(cands, text, f, paras)
    cands.extend(_labelled(text, f, paras, cands, doc))
    cands = [c for c in cands if not c.absorbed]
    direct = [c for c in cands if c.kind == "direct" or c.form is Form.LABEL]
    if doc is not None:
        cands.extend(_indirect_spacy(doc, text, f, direct, rules))
    else:
        cands.extend(_indirect_regex(text, f, paras, direct))
    cands = [c for c in cands if not c.absorbed]
    cands.sort(key=lambda c: c.start)
    ctx = Antecedents(text, f, doc, cands)
    out: list[Record] = []
    groups: dict[tuple, int] = {}
    chain_keys: dict[int, tuple] = {}
    for c in cands:
        written = c.spk
        spk = _resolve(c, ctx, text)
        s, e = trim(text, c.start, c.end)
        if e <= s:
            continue
        if c.kind != "direct" and s > 0 and text[s - 1] in _DOUBLE and sum(ch in _DOUBLE for ch in text[s:e]) % 2:
            s -= 1  # a reported clause opening with a partial quote keeps its opening mark
        m = _CLOSE_AFTER.match(text, e)
        if c.kind != "direct" and m and sum(ch in _DOUBLE for ch in text[s:e]) % 2:
            e = m.end()  # ... and one ending with a partial quote its closing mark ('called it "a mistake."')
        q = Quote(start=s, end=e, text=text[s:e], kind=c.kind)
        cue_span = c.cue if isinstance(c.cue, tuple) else None
        if cue_span is not None:
            q.cue = text[cue_span[0]:cue_span[1]]
        elif isinstance(c.cue, str):
            q.cue = c.cue
        if spk is not None:
            q.speaker_start, q.speaker_end = spk.start, spk.end
            q.speaker_text = text[spk.start:spk.end]
            role = spk.role or spk.title
            if role:
                rs, re_ = trim(text, *role)
                q.speaker_role = text[rs:re_] or None
        src = c.written_src or ((written.start, written.end) if written is not None else None)
        phrase = _source_phrase(doc, text, src, (s, e), cue_span) if src else None
        # quotes sharing one attribution clause (split quotes, a speaker's run of sentences) are
        # one attribution with several content pieces
        key = (cue_span, src) if cue_span is not None else ("q", s)
        head = c.chain_head
        if head is not None and id(head) in chain_keys:
            key = chain_keys[id(head)]
        chain_keys[id(c)] = key
        out.append(Record(
            quote=q, start=s, end=e, kind=c.kind,
            cue_start=cue_span[0] if cue_span else None, cue_end=cue_span[1] if cue_span else None,
            source_start=src[0] if src else None, source_end=src[1] if src else None,
            source_phrase=phrase, how=c.how or c.kind, group=groups.setdefault(key, len(groups)),
        ))
        for ps, pe in c.pieces:
            ps, pe = trim(text, ps, pe)
            if pe > ps:
                out.append(replace(out[-1], quote=Quote(start=ps, end=pe, text=text[ps:pe], kind=c.kind),
                                   start=ps, end=pe, piece=True))
    return out
