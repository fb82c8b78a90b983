"""Dependency-parse helpers shared by the reported-speech rules: the speaker of a subject token, the source
of a verb, the content clause of a cue."""

from __future__ import annotations

import re

from ... import lang
from ...textutil import fold_punct
from .lexicon import HONORIFICS, _NP_INNER, _PRONOUNS, SPEECH_LEMMAS, lemma_of
from .surface import _tokens, trim
from .candidates import SpeakerKind, _Spk
from .speakers import _name_bwd

EN = lang.get("en")  # these rules read the English parse and English cue words


def spk_from_token(doc, text: str, s) -> _Spk | None:
    """Speaker from a subject / pobj token: person entity, pronoun, role noun phrase or organisation."""
    low = s.lower_
    if low in _PRONOUNS:
        return _Spk(SpeakerKind.PRONOUN, s.idx, s.idx + len(s.text))
    if low in EN.non_speaker_subjects:
        if low in EN.quantifier_subjects and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                p.dep_ == "pobj" for p in c.children) for c in s.children):
            # 'one of the witnesses', 'some of his aides': the group names the speaker; bare 'some'
            # or 'many' ('Many say ...') stays unresolved
            return _group_phrase(text, s)
        return None
    if s.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in s.children):
        tok = s if s.ent_type_ == "PERSON" else next(c for c in s.children if c.dep_ == "appos" and c.ent_type_ == "PERSON")
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is None:
            return None
        st, en = _person_span(doc, text, ent)
        spk = _Spk(SpeakerKind.NAME, st, en)
        if st > ent.start_char:
            spk.title = trim(text, ent.start_char, st)
        appos = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ != "PERSON"]
        if appos:
            ap = appos[0]
            spk.role = (ap.left_edge.idx, ap.right_edge.idx + len(ap.right_edge.text))
        elif tok is not s:
            comma = [t for t in s.subtree if t.text == "," and t.i < tok.i]
            end_i = comma[0].idx if comma else tok.idx
            spk.role = (s.left_edge.idx, end_i)
        else:
            left = [t for t in s.subtree if t.i < ent.start and t.idx < st and t.dep_ in ("compound", "amod", "poss", "nmod", "case", "det")]
            if left:
                spk.role = (left[0].idx, doc[ent.start - 1].idx + len(doc[ent.start - 1].text))
                if spk.role[1] > st:
                    spk.role = (spk.role[0], st)
        if spk.role:
            rs, re_ = trim(text, *spk.role)
            spk.role = (rs, re_) if re_ > rs else None
        return spk
    if s.ent_type_ in ("ORG", "GPE", "NORP"):
        ent = next((e for e in doc.ents if e.start <= s.i < e.end), None)
        if ent is not None:
            st = ent.start_char
            if text[st:st + 4].lower() == "the ":
                st += 4
            return _Spk(SpeakerKind.PHRASE, st, ent.end_char)
    lem = s.lemma_.lower()
    if lem in EN.role_nouns or low in EN.role_nouns:
        dets = [c for c in s.children if c.dep_ == "det"]
        if dets and dets[0].lower_ == "the" and not any(c.dep_ == "prep" for c in s.children):
            return _Spk(SpeakerKind.DESCRIPTION, dets[0].idx, s.idx + len(s.text))
        end_tok = s
        for c in s.children:
            if c.dep_ in ("prep", "compound", "amod") and c.i > s.i:
                sub = list(c.subtree)
                if any(t.text == "," for t in sub):
                    break
                end_tok = sub[-1]
        toks_left = [t for t in s.subtree if t.i <= s.i]
        st = toks_left[0].idx if toks_left else s.idx
        en = end_tok.idx + len(end_tok.text)
        # 'Governor of Utopia Jane Doe': a name at the end of the phrase is the speaker
        rt = _tokens(fold_punct(text[st:en]), 0, en - st)
        for r in rt:
            r.start += st
            r.end += st
        nm = _name_bwd(rt, len(rt) - 1) if rt else None
        if nm is not None and nm.start > st and len(text[nm.start:nm.end].split()) >= 2:
            nm.role = trim(text, st, nm.start)
            return nm
        return _Spk(SpeakerKind.PHRASE, st, en)
    if s.pos_ == "PROPN":
        # a name the NER missed: the proper-noun chain around the subject
        toks = [x for x in s.subtree if x.i <= s.i and x.dep_ == "compound" and x.pos_ == "PROPN"] + [s]
        toks = [x for x in toks if x.i >= s.i - len(toks) + 1]
        if all(x.text[:1].isupper() for x in toks) and low not in EN.non_name_capitals:
            return _Spk(SpeakerKind.NAME, toks[0].idx, s.idx + len(s.text))
    if s.pos_ in ("NOUN", "PROPN") and low not in EN.non_speaker_subjects:
        st, en = s.left_edge.idx, s.idx + len(s.text)
        st, en = trim(text, st, en)
        if en > st:
            return _Spk(SpeakerKind.PHRASE, st, en)
    if s.pos_ in ("NUM", "ADJ", "DET") and s.dep_ == "nsubj":
        return _group_phrase(text, s)  # 'Sixty percent of voters said ...', 'Two of the officials said ...'
    return None


def _group_phrase(text: str, s) -> _Spk | None:
    """A counted or quantified group as the speaker: the subject's whole phrase, when short."""
    sub = list(s.subtree)
    if len(sub) > 12:
        return None
    st, en = trim(text, sub[0].idx, sub[-1].idx + len(sub[-1].text))
    return _Spk(SpeakerKind.PHRASE, st, en) if en > st else None


def _person_span(doc, text: str, ent) -> tuple[int, int]:
    """A PERSON entity as a name: no possessive, no leading title or 'President of X', honorific kept."""
    toks = list(ent)
    while toks and toks[-1].text in ("'s", "\u2019s", "'", "\u2019"):
        toks = toks[:-1]
    low = [t for t in toks if t.text[:1].islower() and t.lower_ in _NP_INNER]
    if low and len([t for t in toks if t.i > low[-1].i]) >= 3:
        toks = [t for t in toks if t.i > low[-1].i][1:]
    while len(toks) > 1 and toks[0].lower_ in EN.titles:
        toks = toks[1:]
    if not toks:
        return ent.start_char, ent.end_char
    st, en = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    m = re.search(r"['\u2019]s?$", text[st:en])
    if m and en - len(m.group(0)) > st:
        en -= len(m.group(0))
    pre = toks[0].i - 1
    if pre >= 0 and doc[pre].lower_.rstrip(".") in _HON:
        st = doc[pre].idx
    return st, en


_HON = {h.rstrip(".") for h in HONORIFICS}


RELPRON = EN.relative_pronouns


_WH = RELPRON | EN.free_relative_pronouns  # a relative or free-relative pronoun opening the clause


_NO_SOURCE = EN.non_source_words


END_MARKS = ".\"'\u201d\u2019"


def content_span(text: str, doc, toks, closers: str = END_MARKS + "\u201c") -> tuple[int, int]:
    """The characters of a content clause: its tokens' extent without a leading complementiser
    "that" (attribution corpora leave it out), trimmed, without closing punctuation or quote marks at the end."""
    s, e = span_of(toks)
    first = min(toks, key=lambda x: x.i)
    if first.dep_ == "mark" and first.lower_ == "that" and first.i + 1 < len(doc):
        s = doc[first.i + 1].idx
    s, e = trim(text, s, e)
    while e > s and text[e - 1] in closers:
        e -= 1
    return s, e


def span_of(toks) -> tuple[int, int]:
    a = min(toks, key=lambda x: x.i)
    b = max(toks, key=lambda x: x.i)
    return a.idx, b.idx + len(b.text)


def src_token_span(doc, text, s) -> tuple[int, int] | None:
    """The source as written: a subject / agent / possessor token's phrase (pronouns included)."""
    low = s.lower_
    if low in _NO_SOURCE:
        return None
    if low in RELPRON:
        return (s.idx, s.idx + len(s.text))  # the relative pronoun is the source as written
    if s.pos_ not in ("NOUN", "PROPN", "PRON") and not (s.pos_ in ("NUM", "ADJ", "DET") and s.dep_ == "nsubj"):
        return None
    # stop the phrase at a relative clause or a long postmodifier
    keep = list(s.subtree)
    rel = [x for x in s.children if x.dep_ in ("relcl", "acl") and x.i > s.i]
    if rel:
        cut = min(x.left_edge.i for x in rel)
        keep = [x for x in keep if x.i < cut]
    if len(keep) > 14:
        keep = [x for x in keep if x.i <= s.i]
    sub = [x for x in keep if not (x.i == keep[-1].i and x.is_punct)]
    if not sub:
        return None
    a, b = span_of(sub)
    a, b = trim(text, a, b)
    if b > a and text[b - 2:b] in ("'s", "\u2019s"):
        b -= 2
    return (a, b) if b > a else None


def passive_agent(t):
    """The object of a passive verb's 'by' phrase ('was criticized by economists'), or None."""
    for a in t.children:
        if a.dep_ == "agent":
            p = [c for c in a.children if c.dep_ == "pobj"]
            if p:
                return p[0]
    return None


def verb_source(t):
    subj = [c for c in t.children if c.dep_ in ("nsubj",)]
    if subj:
        return subj[0]
    agent = passive_agent(t)
    if agent is not None:
        return agent
    if any(c.dep_ == "nsubjpass" for c in t.children):
        return None
    h = _narrator_head(t)
    if h.i != t.i and t.dep_ in ("xcomp", "conj", "advcl") and h.pos_ in ("VERB", "AUX"):
        if t.dep_ == "advcl" and t.tag_ != "VBG" and not _infinitive(t):
            return None
        return verb_source(h) if t.dep_ != "advcl" or h.dep_ != "advcl" else None
    if t.dep_ == "acl" and t.tag_ == "VBG" and h.pos_ in ("NOUN", "PROPN"):
        return h
    # 'X opened by talking about Y', 'was aggressive in pushing X', 'took the step of criticizing
    # X', 'their strategy of attacking X': the gerund's source is the subject of the clause its
    # preposition attaches to, up through an adjective or noun (or that noun's possessor)
    if t.dep_ == "pcomp" and t.tag_ == "VBG" and h.dep_ == "prep":
        x = h.head
        for _ in range(3):
            if x.pos_ == "NOUN":
                poss = [c for c in x.children if c.dep_ == "poss"]
                if poss:
                    return poss[0]
            if x.pos_ in ("VERB", "AUX"):
                return verb_source(x) if x.i != t.i else None
            if x.head.i == x.i:
                break
            x = x.head
    return None


def _infinitive(t) -> bool:
    """'went on to say', 'took to Twitter to argue': a purpose infinitive shares its head's subject."""
    return t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < t.i for c in t.children)


def cue_left(t, doc):
    """Auxiliaries and negation right before the cue verb belong to the cue ('has also called')."""
    left = [c for c in t.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < t.i]
    if not left:
        return t.idx
    first = min(left, key=lambda c: c.i)
    if any(doc[k].is_punct for k in range(first.i, t.i)):
        return t.idx
    return first.idx


def clause_subtree(c) -> list:
    """The subtree of a content head, without a coordinated verb phrase that has no subject of
    its own and follows a comma ('insists the party must be X, and has championed Y': the second
    verb is the reporter's narration, usually misattached by the parser)."""
    drop: set[int] = set()
    if c.pos_ in ("VERB", "AUX"):
        for k in c.children:
            if _narration_conj(k, c):
                prev = [x for x in c.children if x.i < k.i and x.dep_ in ("cc", "punct")]
                lo = min([k.left_edge.i] + [x.i for x in prev if x.i > max([y.i for y in c.children if y.i < k.i and y.dep_ not in ("cc", "punct")] + [c.i])])
                drop |= {x.i for x in k.subtree} | set(range(lo, k.i))
    keep = [x for x in c.subtree if x.i not in drop]
    return prune_nonrestrictive(keep, c)


def _narration_conj(k, c) -> bool:
    """Is the verb `k`, coordinated to the content head `c`, the reporter's narration rather than
    more of what was said? Yes for a second report ('... and insisted that ...', '... and they say
    ...'), a verb in another tense ('will fight on ... and refuses to ...') and, after a comma, a
    verb with no subject of its own."""
    if k.dep_ != "conj" or k.pos_ not in ("VERB", "AUX") or k.i <= c.i or k.head.i != c.i:
        return False
    own_subj = any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in k.children)
    if lemma_of(k) in SPEECH_LEMMAS and any(x.dep_ in ("ccomp", "xcomp") for x in k.children):
        return True
    if own_subj:
        return False
    if k.tag_ in ("VBD", "VBZ", "VBP") and c.tag_ == "VB":
        return True
    return any(x.text == "," and x.i < k.i and x.dep_ == "punct" for x in c.children)


def _narrator_head(t):
    """The verb whose subject a narration conjunct shares: the reporting verb above the content."""
    h = t.head
    if t.dep_ == "conj" and h.dep_ == "ccomp" and h.head.i != h.i and _narration_conj(t, h):
        return h.head
    return h


_NONRESTRICTIVE = frozenset({"relcl"})  # appositions and participles: gold keeps them as often as not


_CONTRAST = EN.contrast_markers


_OPEN_PUNCT = frozenset({",", "-", "\u2013", "\u2014", "--", "("})


def prune_nonrestrictive(toks: list, root) -> list:
    """Drop a comment set off by a comma or dash at the end of the content ('the plan, which was
    ...', 'Marlowe, a former ...', 'X should be Y, referring to Z'): attribution corpora leave the
    reporter's aside out of what the source said."""
    if not toks:
        return toks
    idx = {x.i for x in toks}
    doc = root.doc
    last = max(idx)
    for x in sorted(toks, key=lambda t: t.i):
        if x.i == root.i or x.i not in idx or x.head.i not in idx:
            continue
        if x.dep_ not in _NONRESTRICTIVE and not (x.dep_ == "appos" and x.head.pos_ == "PROPN") and not (
                x.dep_ in ("advcl", "prep") and x.left_edge.lower_ in _CONTRAST):
            continue
        le = x.left_edge.i
        if le <= min(idx) or doc[le - 1].text not in _OPEN_PUNCT:
            continue
        if x.right_edge.i < last:
            continue  # a medial aside: kept (the span stays contiguous)
        sub = {y.i for y in x.subtree}
        rest = idx - sub - {le - 1}
        if rest and sum(1 for i in rest if not doc[i].is_punct) >= 1:
            idx = rest
            last = max(idx)
    return [x for x in toks if x.i in idx]


def subject_of(t) -> list:
    """The subject of a speech verb; a participle or second conjunct takes its head's ('..., saying ...')."""
    subj = [c for c in t.children if c.dep_ == "nsubj"]
    if subj:
        return subj
    if t.dep_ in ("advcl", "conj", "xcomp") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
        if t.dep_ == "advcl" and t.tag_ != "VBG" and not _infinitive(t):
            return []
        return [c for c in _narrator_head(t).children if c.dep_ == "nsubj"]
    return []
