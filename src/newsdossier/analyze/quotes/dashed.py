"""Dash-led speech paragraphs ('- We are ready, said X') and colon forms (transcript and headline labels,
'NAME: words')."""

from __future__ import annotations

import re

from ... import lang
from .lexicon import _FORM2LEMMA
from .surface import _tokens, trim, word_count
from .candidates import Form, SpeakerKind, Cand, _Spk
from .speakers import _ends_ok, _intro, _post_attr
from .marks import _DOUBLE

EN = lang.get("en")  # these rules read the English parse and English cue words


_LABEL = re.compile(r"([^\W\d_][\w.'\u2019\-]*(?:[ \t]+[\w.'\u2019\-]+){0,3})"
                    r"(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*:[ \t\u00a0]+(?=\S)")


# a transcript label with the speaker's role: 'JANE DOE, FOX NEWS ANCHOR: ...'
_CAPS_LABEL = re.compile(r"([A-Z][A-Z.'\u2019\-]*(?:[ \t]+[A-Z][A-Z.'\u2019\-]*){0,3})"
                         r"(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*,"
                         r"[ \t]*[A-Z][A-Z0-9 .,'\u2019\-&()/]{1,60}?:[ \t\u00a0]+(?=\S)")


def _label_match(f: str, a: int, b: int):
    if a < b and f[a] in _DOUBLE:
        a += 1  # a quoted transcript excerpt: '"SMITH: Well, look, ...'
    return _LABEL.match(f, a, b) or _CAPS_LABEL.match(f, a, b)


def _labelled(text: str, f: str, paras, cands: list[Cand], doc=None) -> list[Cand]:
    """'NAME: words' paragraphs: a transcript speaker label or a headline's source ('Senator:
    the plan will fail'). The label is short, capitalised and not a section label ('UPDATE:')."""
    out = []
    labelled: dict[int, Cand] = {}
    for pi, (a, b) in enumerate(paras):
        m = _label_match(f, a, b)
        if not m:
            continue
        label = m.group(1)
        words = label.split()
        if label.lower().strip(".") in EN.non_speaker_labels or words[0].lower() in EN.non_speaker_labels:
            continue
        if not all(w[:1].isupper() or w.lower() in EN.name_connectors for w in words):
            continue
        if any(w.lower() in EN.non_name_capitals or w.lower() in _FORM2LEMMA for w in words):
            continue
        if doc is not None and _place_label(doc, m.start(1), m.end(1)):
            continue  # a dateline or place headline ('Lisbon: talks resume'), not a speaker
        s, e = trim(text, m.end(), b)
        if word_count(text[s:e]) < (1 if label.isupper() and len(label) > 1 else 3) or "http" in text[s:e][:12]:
            continue
        inside = [c for c in cands if c.kind == "direct" and c.para == pi]
        if any(c.spk is not None and c.form is not Form.PARTIAL for c in inside):
            continue  # the paragraph's own quotes carry the attribution
        for c in inside:
            c.absorbed = True
        spk = _Spk(SpeakerKind.NAME if len(words) >= 2 or label.isupper() else SpeakerKind.PHRASE, m.start(1), m.end(1))
        kind = "direct" if label.isupper() and len(label) > 1 else "indirect"
        colon = m.end() - 1
        while colon > m.end(1) and f[colon] != ":":
            colon -= 1
        c = Cand(s, e, kind, cue=(colon, colon + 1), spk=spk, para=pi)
        c.form = Form.LABEL
        out.append(c)
        if kind == "direct":
            labelled[pi] = c
    # a transcript turn running over several paragraphs: the unlabelled paragraphs between two
    # labelled ones continue the turn of the first
    for pi, c in labelled.items():
        run = []
        for pj in range(pi + 1, len(paras)):
            if pj in labelled or _label_match(f, *paras[pj]):
                break
            a, b = paras[pj]
            if f[a] in "([" or any(d.para == pj and d.kind == "direct" and d.spk is not None for d in cands):
                run = []
                break
            run.append(pj)
        else:
            run = []  # the article goes on after the transcript: no turn to continue
        for pj in run[:4]:
            a, b = paras[pj]
            s, e = trim(text, a, b)
            if word_count(text[s:e]) < 2:
                continue
            for d in cands:
                if d.para == pj and d.kind == "direct":
                    d.absorbed = True
            k = Cand(s, e, "direct", cue=c.cue, spk=c.spk, para=pj)
            k.form = Form.LABEL
            out.append(k)
    return out


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})


def _place_label(doc, a: int, b: int) -> bool:
    """Is the label a place or a date by the tagger (and nothing that can speak)?"""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return False
    types = {t.ent_type_ for t in span if t.ent_type_}
    return bool(types) and types <= _PLACE_ENTS


_MID_DASH = re.compile(r"[.!?][\"')\]]?(\s+)-\s+(?=[\"']?[^\W\d_])")


def _dashed(text: str, f: str, paras, pi: int, marked: list[Cand]) -> list[Cand]:
    a, b = paras[pi]
    starts = []
    m = re.match(r"-\s+(?=\S)", f[a:b])
    if m:
        starts.append((a + m.end(), a))
    for m in _MID_DASH.finditer(f, a, b):
        dpos = m.end(1)
        if any(c.open_at < dpos < c.end + 1 for c in marked if c.para == pi):
            continue
        nxt = f[m.end():m.end() + 2].lstrip("\"'")
        if nxt[:1].isupper():
            starts.append((m.end(), dpos))
    out = []
    for idx, (qs, dpos) in enumerate(starts):
        seg_end = starts[idx + 1][1] if idx + 1 < len(starts) else b
        seg_end = trim(text, qs, seg_end)[1]
        if word_count(f[qs:seg_end]) < 3:
            continue
        cand = Cand(qs, seg_end, "direct", para=pi, form=Form.DASHED)
        toks = _tokens(f, qs, seg_end)
        # trailing attribution: last ' - ' or ', ' from which an attribution runs to the end
        for k in range(len(toks) - 1, max(0, len(toks) - 45), -1):
            t = toks[k]
            if t.w == "-" and not (t.start > 0 and f[t.start - 1].isspace()):
                continue
            if t.w not in {"-", ","}:
                continue
            att = _post_attr(f, toks, k, to_end=True)
            if att is not None and att[2] >= len(toks) - 1 or (att is not None and _ends_ok(toks, att[2], True, loose=True)):
                cand.end = trim(text, qs, t.start)[1]
                cand.cue, cand.spk = att[0], att[1]
                break
        if cand.spk is None:
            intro = None
            if dpos == a and pi > 0:
                pa, pb = paras[pi - 1]
                if f[pa:pb].rstrip().endswith(":"):
                    intro = _intro(f, pa, pb)
            elif f[a:dpos].rstrip().endswith(":"):
                intro = _intro(f, a, f[a:dpos].rstrip().__len__() + a)
            if intro:
                cand.cue, cand.spk = intro
        if cand.spk is None:
            # a dash with no one to say it is a dateline ('BOSTON. - Sen. X ...'), a list item or an
            # aside, not speech (on an annotated news corpus, 2 such segments in 57 were quotations)
            continue
        if cand.end > cand.start and word_count(f[cand.start:cand.end]) >= 3:
            out.append(cand)
    return out
