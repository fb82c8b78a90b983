"""Quotations in quote marks: pairing the marks, the attribution next to them, and the unattributed pieces
that take the speaker of a neighbour or of the paragraph run."""

from __future__ import annotations

import re

from ...config import current
from .lexicon import _CHAR_LEMMAS, _FORM2LEMMA, SPEECH_LEMMAS, lemma_of
from .surface import _sentence_bounds, _tokens, trim, word_count
from .candidates import Form, Cand
from .speakers import _intro, _post_attr, _pre_attr
from .parse import RELPRON, spk_from_token, verb_source


_DOUBLE = set('"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02')


_SINGLE = set("'\u2018\u2019\u201a\u201b\u2039\u203a")


_CLOSERS = {
    "\u00ab": "\u00bb", "\u00bb": "\u00ab", "\u2039": "\u203a", "\u203a": "\u2039",
    "\u201e": "\u201c\u201d\"", "\u201c": "\u201d\u201c\"", "\u201d": "\u201d\"", '"': '"\u201d\u201c',
    "\u201a": "\u2018\u2019'", "\u2018": "\u2019'", "\u2019": "\u2019'", "'": "'\u2019",
}


_OPEN_CTX = set(" \t([{-/\u2014\u2013:") | _DOUBLE | _SINGLE


_CLOSE_AFTER = re.compile("[,.!?]?[" + "".join(sorted(_DOUBLE)) + "]")  # a closing mark after the content


def _mark_pairs(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Outermost (open, close) quote-mark positions inside one paragraph."""
    pairs = []
    stack: list[tuple[str, int]] = []
    for i in range(a, b):
        ch = text[i]
        is_d, is_s = ch in _DOUBLE, ch in _SINGLE
        if not (is_d or is_s):
            continue
        prev = text[i - 1] if i > a else " "
        nxt = text[i + 1] if i + 1 < b else " "
        if is_s and prev.isalnum() and nxt.isalnum():
            continue  # apostrophe inside a word
        if stack:
            top = stack[-1][0]
            if ch in _CLOSERS.get(top, "") and not (prev.isspace() and ch in _SINGLE):
                o = stack.pop()[1]
                if not stack:
                    pairs.append((o, i))
                continue
        opener_ctx = (prev.isspace() or prev in _OPEN_CTX or i == a) and (
            not nxt.isspace() or ch == "\u201c" and not stack)  # a left double quote opens, even spaced
        if ch in "\u00ab\u00bb\u2039\u203a":
            opener_ctx = not prev.isalnum() or i == a
        if is_s and not nxt.isalpha():
            opener_ctx = False  # '80s, ' alone
        if opener_ctx and ch in _CLOSERS:
            if is_s and stack == [] and ch == "\u2019":
                continue  # a right single quote rarely opens a quotation
            stack.append((ch, i))
    if stack and stack[0][0] in _DOUBLE:
        # a quotation running on into the next paragraph has no closing mark at this paragraph's
        # end (news convention): it opens the paragraph or follows a colon
        o = stack[0][1]
        lead = text[a:o].rstrip()
        # ... or follows a closed quotation and its attribution ('"A," said X. "B ...')
        if (not lead or lead.endswith(":") or pairs and lead[-1:] in tuple(".!?")) \
                and not any(p[0] > o for p in pairs) and word_count(text[o:b]) >= 4:
            pairs.append((o, b))
    return pairs


def _marked(text: str, f: str, a: int, b: int, pi: int, doc, qv: str | None = None) -> list[Cand]:
    out: list[Cand] = []
    for o, c in _mark_pairs(qv if qv is not None else text, a, b):
        s, e = trim(text, o + 1, c)
        if e <= s:
            continue
        content = f[s:e]
        nw = word_count(content)
        cand = Cand(s, e, "direct", para=pi, open_at=o, form=Form.MARKED)
        if c >= b:
            cand.open_end = True  # runs on into the next paragraph (no closing mark)
        after = _tokens(f, c + 1, min(b, c + current().quotes.attribution_after))
        att = None
        if after and after[0].w not in {".", "!", "?"}:
            closing = f[o + 1:c].rstrip()[-1:]  # the punctuation inside the closing mark
            att = _post_attr(f, after, 0, described=closing in tuple(",!?") or after[0].w == ",", doc=doc)
            if att is not None and closing == "." and att[2] < len(after) \
                    and after[att[2]].w not in {".", ",", ";", "!", "?"} and after[0].w[:1].isupper():
                att = None  # '"...." He said the ...': a new sentence with its own report
        if att is None:
            before = _tokens(f, max(a, o - current().quotes.attribution_before), o)
            att = _pre_attr(f, before)
        if att is not None:
            cand.cue, cand.spk = att[0], att[1]
            if nw >= 1:
                out.append(cand)
            continue
        # no adjacent attribution
        prev = f[a:o].rstrip()
        start_ok = not prev or prev[-1] in ".!?:" or (prev[-1] in "\"'" and prev[:-1].rstrip()[-1:] in tuple(".!?"))
        end_ok = content.rstrip()[-1:] in tuple(".!?\u2026") or f[c + 1:b].lstrip()[:1] in ("", ".", "!", "?")
        cand.standalone = bool(start_ok and end_ok and nw >= 4) or (o == a and c == b - 1 and nw >= 4)
        if nw <= 3 and not (cand.standalone or (start_ok and content.rstrip()[-1:] in tuple(".!?") and nw >= 2)):
            gov = _governor(doc, text, o, s, e) if doc is not None and _after_speech_verb(f, a, o) else None
            if gov is None:
                continue  # scare quotes and titles (a short full sentence still counts)
            cand.cue, cand.spk = gov  # a short quotation right after its speech verb: 'shouted "Out!"'
            cand.form = Form.GOVERNED
            out.append(cand)
            continue
        if nw <= 3:
            cand.standalone = True
        if cand.standalone:
            out.append(cand)
            continue
        gov = _governor(doc, text, o, s, e) if doc is not None else None
        if gov is not None:
            cand.cue, cand.spk = gov
            cand.form = Form.GOVERNED
            out.append(cand)
            continue
        cand.sentence = _sentence_bounds(f, a, b, o)
        cand.form = Form.PARTIAL
        out.append(cand)  # kept only if a sibling in its sentence is attributed (see _inherit)
    return out


_LAST_WORD = re.compile(r"([^\W\d_]+)[\s:,]*$")


def _after_speech_verb(f: str, a: int, o: int) -> bool:
    m = _LAST_WORD.search(f, max(a, o - 40), o)
    return bool(m) and m.group(1).lower() in _FORM2LEMMA


def _governor(doc, text: str, o: int, s: int, e: int):
    """A speech / characterising verb whose clause contains the quote, with its subject."""
    span = doc.char_span(s, e, alignment_mode="expand")
    toks = list(span) if span is not None else []
    if not toks:
        return None
    head = toks[0]
    for _ in range(40):
        if head.head.i == head.i:
            break
        if head.head.idx < s or head.head.idx >= e:
            head = head.head
            break
        head = head.head
    seen = 0
    t = head
    while seen < 12:
        lem = lemma_of(t)
        if t.pos_ in ("VERB", "AUX") and (lem in SPEECH_LEMMAS or lem in _CHAR_LEMMAS):
            subj = [c for c in t.children if c.dep_ in ("nsubj",)]
            vs = None if subj else verb_source(t)
            if vs is not None and vs.lower_ not in RELPRON:
                subj = [vs]  # 'responded by saying "..."': the gerund's source
            if subj:
                spk = spk_from_token(doc, text, subj[0])
                if spk is not None:
                    return (t.idx, t.idx + len(t.text)), spk
        if t.head.i == t.i:
            break
        t = t.head
        seen += 1
    return None


def _inherit(cands: list[Cand], text: str) -> None:
    """Unattributed pieces take the speaker of an attributed quote next to them."""
    keep = []
    for c in cands:
        if c.spk is not None or c.kind != "direct" or c.open_at < 0:
            keep.append(c)
            continue
        src = None
        if c.form is Form.PARTIAL:
            sib = [d for d in cands if d is not c and d.spk is not None and d.open_at >= 0
                   and d.sentence is None and c.sentence and c.sentence[0] <= d.start < c.sentence[1]]
            sib += [d for d in keep if d.partial_ok and d.sentence == c.sentence]
            if not sib:
                # a later sentence of a paragraph whose speaker is quoted earlier: the speaker goes
                # on ('"A," she said. Unless X happens, "B."')
                sib = [d for d in keep if d.para == c.para and d.spk is not None and d.open_at >= 0
                       and d.kind == "direct" and d.form is not Form.PARTIAL and d.end < c.start][-1:]
            if not sib:
                continue
            src = sib[0]
            c.partial_ok = True
        else:
            same = [d for d in cands if d is not c and d.para == c.para and d.spk is not None
                    and d.open_at >= 0 and d.form is not Form.PARTIAL]
            before = [d for d in same if d.start < c.start]
            after = [d for d in same if d.start > c.start]
            src = before[-1] if before else (after[0] if after else None)
        if src is not None:
            c.spk, c.cue = src.spk, src.cue
            c.inherited = src
        keep.append(c)
    cands[:] = keep


def _continued(cands: list[Cand], text: str, f: str, paras) -> None:
    """A quotation left open at the end of a paragraph goes on in the next one (news convention:
    each paragraph of a long quote reopens the marks, only the last closes them): the paragraphs
    form one attribution, and an unattributed one takes the speaker of the run. A quote opening a
    paragraph after one ending with a colon ('Quenby said:') takes that paragraph's speaker."""
    by_para: dict[int, list[Cand]] = {}
    for c in cands:
        if c.kind == "direct" and c.open_at >= 0:
            by_para.setdefault(c.para, []).append(c)
    for pi in sorted(by_para):
        first = min(by_para[pi], key=lambda d: d.start)
        if first.spk is None and pi > 0 and first.open_at == paras[pi][0]:
            pa, pb = paras[pi - 1]
            if f[pa:pb].rstrip().endswith(":"):
                att = _pre_attr(f, _tokens(f, max(pa, pb - current().quotes.attribution_before), pb))
                if att is None:
                    att = _intro(f, pa, pb)
                if att is not None and att[1] is not None:
                    first.cue, first.spk = att
                    first.standalone = False
        prev = by_para.get(pi - 1)
        if not prev:
            continue
        last = max(prev, key=lambda d: d.start)
        if first.open_at != paras[pi][0]:
            continue
        if not last.open_end:
            # a paragraph that opens with an unattributed quotation after a paragraph quoting a
            # speaker: the same speaker goes on (news convention), one attribution with the last
            _follow_on(by_para[pi], last)
            continue
        head = (last.chain_head or last)
        if first.spk is None or first.cue is None or first.inherited is not None:
            first.spk, first.cue = head.spk, head.cue
            first.chain_head = head
        elif head is last and last.inherited is not None:
            # a run opened after another speaker's quotation ('"A," X said. "B ...¶"C," added Y'):
            # the run's own attribution, at its end, outranks the neighbour it was lent
            last.spk, last.cue = first.spk, first.cue
            last.inherited = None
            first.chain_head = last


def _follow_on(para: list[Cand], last: Cand) -> None:
    if last.spk is None or last.cue is None or any(c.spk is not None for c in para):
        return
    head = (last.chain_head or last)
    for c in para:
        c.spk, c.cue = head.spk, head.cue
        c.chain_head = head
