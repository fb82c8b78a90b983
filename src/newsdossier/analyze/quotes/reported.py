"""Reported speech read off the dependency parse ('X said (that) Y', '..., X said', 'according to X'),
and a surface fallback without a parse."""

from __future__ import annotations

import re

from ... import lang
from .lexicon import SPEECH_LEMMAS, lemma_of
from .surface import _sentence_bounds, _tokens, trim, _verb_at, word_count
from .candidates import Form, Cand
from .speakers import _speaker_bwd, _speaker_fwd
from .marks import _CLOSE_AFTER, _DOUBLE
from .parse import _WH, clause_subtree, spk_from_token, src_token_span, subject_of

EN = lang.get("en")  # these rules read the English parse and English cue words


def spans_overlap(s: int, e: int, direct: list[Cand]) -> list[Cand]:
    return [d for d in direct if d.start - 2 < e and s < d.end + 2]


def _clip_direct(text: str, s: int, e: int, direct: list[Cand]) -> tuple[int, int] | None:
    ov = spans_overlap(s, e, direct)
    if not ov:
        return s, e
    first = min(ov, key=lambda d: d.start)
    if first.form is Form.DASHED or first.start <= s + 2:
        return None
    cut = first.open_at if first.open_at >= 0 else first.start
    s2, e2 = trim(text, s, cut)
    # drop a dangling conjunction before the quote ("..., so")
    m = re.search(r"[,\s]+(?:so|and|but|that|as|because)\s*$", text[s2:e2])
    if m:
        e2 = s2 + m.start()
    if word_count(text[s2:e2]) < 4:
        return None
    return s2, e2


def _indirect_spacy(doc, text: str, f: str, direct: list[Cand], rules=()) -> list[Cand]:
    """Reported speech off the parse, one cue token at a time. `rules` (each `rule(doc, text, t,
    direct, mask) -> Cand | None`) are tried in turn on a token the speech-clause rule did not take;
    a content once accepted is masked, so no later cue inside it starts a second report."""
    out: list[Cand] = []
    mask = bytearray(len(text) + 1)  # 1 = inside a direct quote or an accepted indirect one
    for d in direct:
        mask[d.start:d.end] = b"\x01" * (d.end - d.start)

    # 'according to X' frames its whole sentence, speech verbs inside included ('Most voters said
    # Y, according to the poll'): it goes first, so the report it frames stays inside it
    for t in doc:
        if mask[t.idx] or not _is_according(doc, t):
            continue
        c = _according(doc, text, t, direct)
        if c is not None:
            out.append(c)
            mask[c.start:c.end] = b"\x01" * (c.end - c.start)
            mask[t.idx:c.cue[1]] = b"\x01" * (c.cue[1] - t.idx)

    for t in doc:
        if mask[t.idx]:
            continue
        c = _speech_clause(doc, text, t, direct) if t.pos_ in ("VERB", "AUX") and lemma_of(t) in SPEECH_LEMMAS else None
        for rule in rules:
            if c is not None:
                break
            c = rule(doc, text, t, direct, mask)
        if c is not None:
            out.append(c)
            mask[c.start:c.end] = b"\x01" * (c.end - c.start)
    return out


def _is_according(doc, t) -> bool:
    return t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to"


def _speech_clause(doc, text, t, direct):
    lem = lemma_of(t)
    if lem in EN.phrasal_speech and EN.phrasal_speech[lem]:
        # the particle as the parser reads it: 'speak out' (prt), 'put it' (dobj)
        prt = [c for c in t.children if c.dep_ in ("prt", "dobj") and c.i > t.i and c.lower_ in EN.phrasal_speech[lem]]
        if not prt:
            return None
        cue = (t.idx, prt[0].idx + len(prt[0].text))
    else:
        if lem in EN.weak_speech and (lem not in EN.weak_after_clause or any(
                c.dep_ == "ccomp" and c.i > t.i for c in t.children)):
            return None  # a weak verb with its clause after it is left to the wide rules
        cue = (t.idx, t.idx + len(t.text))
    ccomps = [c for c in t.children if c.dep_ == "ccomp"]
    subj = subject_of(t)
    if not subj:
        return None
    if not ccomps:
        return _parenthetical(doc, text, t, cue, subj, direct)
    cc = max(ccomps, key=lambda c: len(list(c.subtree)))
    sub = sorted(clause_subtree(cc) + _second_that(t, cc), key=lambda x: x.i)
    more = [c for c in ccomps if c is not cc and c.i > t.i and cc.i > t.i]
    if more:
        # 'said she has X: "Y"': the parser splits one report into two clauses of the verb
        seen = {x.i for x in sub}
        sub = sorted(sub + [x for c in more for x in clause_subtree(c) if x.i not in seen], key=lambda x: x.i)
    first = sub[0]
    if first.dep_ == "mark" and first.lower_ in {"that", "if", "whether"}:
        sub = sub[1:]
    if not sub or sub[0].i > t.i and (sub[0].dep_ == "cc" or sub[0].lower_ in {"and", "but", "or", "so"}):
        return None  # '..., Ilse said, and soon the balloons ...': a coordinated clause, not speech
    sub, wh = _split_relative(sub, t)
    s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    s, e = trim(text, s, e)
    while e > s and text[e - 1] in ".\"'\u201d\u2019":
        e -= 1
    if s <= t.idx < e or s <= subj[0].idx < e:
        return None  # a relative or embedded construction, not a reported clause
    absorbed = _mixed(text, s, e, direct, cue)
    if absorbed:
        clip = (s, e)
    else:
        clip = _clip_direct(text, s, e, direct)
    if clip is None or word_count(text[clip[0]:clip[1]]) < 3:
        return None
    c = _reported(doc, text, clip[0], clip[1], cue, subj[0], absorbed)
    if c is None:
        return None
    if wh is not None:
        c.pieces = [wh]
    return c


def _second_that(t, cc) -> list:
    """'said X but that Y': the parser hangs the second that-clause on the speech verb; it is
    more of the same report, so it and the words joining it extend the content."""
    out = []
    for k in t.children:
        if k.dep_ != "conj" or k.i <= cc.i:
            continue
        first = k.left_edge
        if first.lower_ == "that" and first.dep_ == "mark":
            out.extend(t.doc[cc.right_edge.i + 1:k.right_edge.i + 1])
    return out


def _split_relative(sub: list, t) -> tuple[list, tuple[int, int] | None]:
    """'the rules, which officials said will take effect in May': the relative pronoun opens the
    reported clause but stands before the attribution; the content is the pronoun and the clause
    after the cue (two pieces of one attribution)."""
    before = [x for x in sub if x.i < t.i]
    after = [x for x in sub if x.i > t.i]
    if len(before) == 1 and before[0].lower_ in _WH and after:
        w = before[0]
        return after, (w.idx, w.idx + len(w.text))
    return sub, None


def _content_ok(text, s, e, t, src, direct, mask, absorbed=()) -> bool:
    if e <= s or word_count(text[s:e]) < 1:
        return False
    if s <= t.idx < e:
        return False
    if src and s < src[1] and src[0] < e:
        return False
    if any(mask[s:e]):
        free = [(d.start, d.end) for d in absorbed]  # partial quotes this content takes in
        if any(mask[i] and not any(a <= i < b for a, b in free) for i in range(s, e)):
            return False
    if spans_overlap(s, e, direct):
        return False
    if _only_time(t.doc, s, e):
        return False
    return True


def _only_time(doc, s: int, e: int) -> bool:
    """A content that is only a date or a stretch of time ('voted on March 1', 'has pushed for
    months'): the prepositional phrase says when, not what (on an annotated news corpus, 15 of 15 such contents were wrong)."""
    span = doc.char_span(s, e, alignment_mode="expand")
    words = [x for x in span if not x.is_punct] if span is not None else []
    return bool(words) and all(x.ent_type_ in ("DATE", "TIME") for x in words)


def accept(text, s, e, t, src, direct, mask, cue=None) -> bool:
    """`_content_ok` for a content that may hold partial quotes ('called the plan "a disaster" for
    the city'): those quotes become part of this attribution (marked absorbed) when it is accepted."""
    cue = cue or (t.idx, t.idx + len(t.text))
    absorbed = _mixed(text, s, e, direct, cue) if spans_overlap(s, e, direct) else []
    if not _content_ok(text, s, e, t, src, [d for d in direct if d not in absorbed], mask, absorbed):
        return False
    for d in absorbed:
        d.absorbed = True
    return True


_MIXED_TAIL = 2  # words after a clause-initial quote that make it a partial quote ('"zero" voters would ...')


def _mixed(text: str, s: int, e: int, direct: list[Cand], cue: tuple[int, int] | None = None) -> list[Cand]:
    """Marked quotes wholly inside a reported clause that starts with the reporter's own words
    ('X says voter fraud "would be ..."'): the clause is the attribution, the marks a partial quote.
    With `cue`, quotes attributed to that same cue are partial quotes of the clause as well."""
    ov = spans_overlap(s, e, direct)
    if not ov:
        return []
    for d in ov:
        if d.form is Form.DASHED or d.start < s or d.end > e + 2 or d.open_at < 0:
            return []
        # a quote tied to the clause's own cue, the cue written before the clause ('X said he was
        # certain Y would be "..."'); a trailing '..., X said' keeps its quotes direct
        same = (cue is not None and isinstance(d.cue, tuple) and d.cue[0] < cue[1] and cue[0] < d.cue[1]
                and cue[1] <= s)
        if not (d.form is Form.PARTIAL or d.form is Form.GOVERNED or same):
            return []
    first = min(ov, key=lambda d: d.start)
    last = max(ov, key=lambda d: d.end)
    if word_count(text[s:first.open_at]) < 1 and (word_count(text[last.end + 1:e]) < _MIXED_TAIL
                                              or text[last.start:last.end].rstrip()[-1:] in tuple(",.!?;:")):
        return []  # the clause is the quotation itself ('"They stole it," as the crowd cheered')
    return ov


def _as_clause(t) -> bool:
    return t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < t.i for c in t.children)


def _parenthetical(doc, text, t, cue, subj, direct):
    """'..., sources said.' / 'But to prevent problems, he said, officials should ...' / 'As the
    mayor noted, ...': the speech verb hangs off the reported clause (parataxis, an 'as' clause,
    or a ROOT whose clause is not a ccomp)."""
    as_cl = _as_clause(t)
    if (t.dep_ not in ("parataxis", "ccomp", "conj") and not as_cl) or t.head.i == t.i:
        return None
    if any(c.dep_ in ("dobj", "xcomp", "pobj", "attr", "acomp", "advcl") and not cue[0] <= c.idx < cue[1]
           for c in t.children):
        return None  # (the cue's own words, 'put it', are no object)
    if t.dep_ in ("ccomp", "conj"):
        # only a trailing attribution: the verb and its subject end the sentence
        rest = [x for x in doc[t.i + 1:t.sent.end] if not x.is_punct and x.dep_ not in ("npadvmod", "advmod", "prep", "pobj", "det", "compound", "amod")]
        if rest or not any(x.text == "," for x in doc[max(t.sent.start, subj[0].left_edge.i - 1):subj[0].left_edge.i]):
            return None
    head = t.head
    while as_cl and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head  # 'The bridge, as the mayor noted, is ...': the clause, not the noun
    own = {x.i for x in t.subtree}
    sent = head.sent
    span = [x for x in head.subtree if x.i not in own and sent.start <= x.i < sent.end]
    if not span:
        return None
    a0, b0 = min(x.i for x in t.subtree), max(x.i for x in t.subtree)
    left = [x for x in span if x.i < a0]
    right = [x for x in span if x.i > b0]
    pieces = []
    for part in (left, right):
        if part:
            s, e = trim(text, part[0].idx, part[-1].idx + len(part[-1].text))
            while e > s and text[e - 1] in ".,\"'\u201d\u2019":
                e -= 1
            if word_count(text[s:e]) >= 1:
                pieces.append((s, e))
    if not pieces:
        return None
    s, e = max(pieces, key=lambda p: word_count(text[p[0]:p[1]]))
    if word_count(text[s:e]) < 3:
        return None  # the longer side is the report; the other one may be a single word
    absorbed = _mixed(text, s, e, direct, cue)
    if spans_overlap(s, e, [d for d in direct if d not in absorbed]):
        return None
    c = _reported(doc, text, s, e, cue, subj[0], absorbed)
    # a medial cue ('The plan, officials said, would cost billions') splits one report in two:
    # the shorter side is a second piece of the same attribution
    other = [p for p in pieces if p != (s, e) and not spans_overlap(p[0], p[1], direct)]
    if c is not None and other:
        c.pieces = other
    return c


def _reported(doc, text, s, e, cue, subj, absorbed) -> Cand | None:
    """An indirect quote of the speech verb's subject. The partial quotes its content takes in are
    marked absorbed only once the speaker resolves, so a rejected clause leaves them quotes."""
    spk = spk_from_token(doc, text, subj)
    if spk is None:
        return None
    for d in absorbed:
        d.absorbed = True
    kind = "direct" if _whole_quotation(text, s, e, absorbed) else "indirect"
    return Cand(s, e, kind, cue=cue, spk=spk)


def _whole_quotation(text: str, s: int, e: int, absorbed: list[Cand]) -> bool:
    """Is the reported clause one quotation, marks and all ('"We are ready," the union said',
    'The union said "we are ready."')? Then it is a direct quote, not an indirect one."""
    if len(absorbed) == 1:
        return word_count(text[s:absorbed[0].start]) + word_count(text[absorbed[0].end:e]) == 0
    return (s > 0 and text[s - 1] in _DOUBLE and bool(_CLOSE_AFTER.match(text, e))
            and not any(ch in _DOUBLE for ch in text[s:e]) and word_count(text[s:e]) >= 3)


def _according(doc, text, t, direct):
    to = doc[t.i + 1]
    pobj = [c for c in to.children if c.dep_ == "pobj"]
    if not pobj:
        return None
    spk = spk_from_token(doc, text, pobj[0])
    # 'according to numerous sources / the report': attributed to what is written, with no
    # person to resolve it to
    written = src_token_span(doc, text, pobj[0]) if spk is None else None
    if spk is None and written is None:
        return None
    sent = t.sent
    ph_s = t.idx
    ph_e = pobj[0].right_edge.idx + len(pobj[0].right_edge.text)
    before = text[sent.start_char:ph_s]
    after_s, sent_e = ph_e, sent.end_char
    if not re.search(r"\w", before) or re.fullmatch(r"\W*(?:and|but|so|yet)?\W*", before, re.I):
        s, e = after_s, sent_e
    elif not re.search(r"\w", text[ph_e:sent_e]):
        s, e = sent.start_char, ph_s
    else:
        s, e = (after_s, sent_e) if word_count(text[after_s:sent_e]) >= word_count(before) else (sent.start_char, ph_s)
    s, e = trim(text, s, e)
    while e > s and text[e - 1] in ".":
        e -= 1
    clip = _clip_direct(text, s, e, direct)
    if clip is None or word_count(text[clip[0]:clip[1]]) < 3:
        return None
    c = Cand(clip[0], clip[1], "indirect", cue=(t.idx, to.idx + len(to.text)), spk=spk)
    if written is not None:
        c.written_src = written
    return c


_ACC_RE = re.compile(r"\b(according to)\s+", re.I)


def _clause_to_sentence_end(text: str, f: str, a: int, b: int, s: int, direct) -> tuple[int, int] | None:
    """Reported content from `s` to the end of its sentence, outside direct quotes; None when under 3 words."""
    _, e = _sentence_bounds(f, a, b, s)
    s, e = trim(text, s, e)
    while e > s and text[e - 1] == ".":
        e -= 1
    clip = _clip_direct(text, s, e, direct)
    return clip if clip and word_count(text[clip[0]:clip[1]]) >= 3 else None


def _indirect_regex(text: str, f: str, paras, direct: list[Cand]) -> list[Cand]:
    """Without a parse: 'According to NAME, ...' and 'NAME said (that) ...'."""
    out = []
    for a, b in paras:
        for m in _ACC_RE.finditer(f, a, b):
            if any(d.start <= m.start() < d.end for d in direct):
                continue
            toks = _tokens(f, m.end(), b)
            sp = _speaker_fwd(toks, 0)
            if not sp or sp[1] >= len(toks) or toks[sp[1]].w != ",":
                continue
            clip = _clause_to_sentence_end(text, f, a, b, toks[sp[1]].end, direct)
            if clip:
                out.append(Cand(clip[0], clip[1], "indirect", cue=(m.start(1), m.end(1)), spk=sp[0]))
        toks = _tokens(f, a, b)
        for k, t in enumerate(toks):
            v = _verb_at(toks, k, weak_ok=False)
            if not v or any(d.start <= t.start < d.end for d in direct):
                continue
            j = v[2]
            if j < len(toks) and toks[j].low == "that":
                j += 1
            else:
                continue
            spk = _speaker_bwd(toks, k - 1)
            if spk is None or j >= len(toks):
                continue
            clip = _clause_to_sentence_end(text, f, a, b, toks[j].start, direct)
            if clip:
                out.append(Cand(clip[0], clip[1], "indirect", cue=(v[0], v[1]), spk=spk))
    return out
