"""The PolNeAR annotation conventions, layered on the product's quotations for the attribution eval.

PolNeAR annotates attribution in the wide sense: besides quotations, reported attitudes, beliefs,
intentions and evaluations ("X called for Y", "X wants to Y", "X is critical of Y", "his claim that
Y", "X is expected to win"), with its own span conventions (the outer report of a nested one, a
question put to an unnamed interviewer, the subject and predicate of a raising verb as two pieces).
These are not quotations a dossier shows, so the product (`analyze.quotes`) does not run them: this
module passes them in through the product's two hooks, a further cue rule for the parse pass
(`wide_rule`) and a selection over the records (`outermost`), so the headline PolNeAR figure
scores the product's quotations plus these conventions. Nothing in `analyze/` imports this.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ... import lang
from ...analyze.quotes.candidates import Cand, Record
from ...analyze.quotes.clauses import clause_pieces, verb_content, verb_frame
from ...analyze.quotes.find import attributions
from ...analyze.quotes.lexicon import SPEECH_LEMMAS, lemma_of
from ...analyze.quotes.parse import (
    END_MARKS,
    RELPRON,
    clause_subtree,
    content_span,
    cue_left,
    passive_agent,
    prune_nonrestrictive,
    span_of,
    spk_from_token,
    src_token_span,
    subject_of,
    verb_source,
)
from ...analyze.quotes.reported import accept, spans_overlap
from ...analyze.quotes.surface import trim, word_count

EN = lang.get("en")  # these rules read the English parse and English cue words


def find_attributions(text: str, *, spacy_doc=None, lang: str = "en", layered: bool = True) -> list[Record]:
    """The records the attribution eval scores: the product's quotations alone (`layered=False`) or
    with the PolNeAR conventions layered on (kind `attitude` for the wide-sense attributions; a
    nested report keeps the outer one only)."""
    if not layered:
        return attributions(text, spacy_doc=spacy_doc, lang=lang)
    return attributions(text, spacy_doc=spacy_doc, lang=lang, extra_rule=wide_rule, narrow=outermost)


def outermost(out: list[Record]) -> list[Record]:
    """An attribution whose content lies inside one content piece of another ('Y, she said'
    where Y is 'X wants Z') is dropped: the outer report holds it, and PolNeAR marks the outer one
    (PolNeAR train: a nested inner attribution is right 1 time in 4, the outer one 3 times in 5).
    Pieces of one split quote span the narration between them; only a single piece counts as
    holding another attribution."""
    span: dict[int, list[int]] = {}
    for a in out:
        g = span.setdefault(a.group, [a.start, a.end])
        g[0], g[1] = min(g[0], a.start), max(g[1], a.end)
    inner = {g for g, (s, e) in span.items()
             if any(a.group != g and a.start <= s and e <= a.end and (a.start, a.end) != (s, e) for a in out)}
    return [a for a in out if a.group not in inner]


def wide_rule(doc, text, t, direct, mask):
    """Attribution in the wide sense: a cue verb or noun of saying, thinking, wanting or evaluating
    with its content taken from the parse (clause, infinitive, object, or preposition + object)."""
    return _broad(doc, text, t, direct, mask)


_CLAUSE_V = EN.clause_attrib_verbs


_XCOMP_V = EN.xcomp_attrib_verbs


_DOBJ_V = EN.dobj_attrib_verbs


_PREP_V = EN.prep_attrib_verbs


def _broad(doc, text, t, direct, mask):
    """Attribution in the wide sense: a cue verb or noun of saying, thinking, wanting or evaluating
    with its content taken from the parse (clause, infinitive, object, or preposition + object)."""
    if t.pos_ in ("VERB", "AUX") and lemma_of(t) in _RAISING_V:
        return _raising(doc, text, t, direct, mask)
    if t.pos_ == "VERB":
        return (_broad_verb(doc, text, t, direct, mask) or _raising(doc, text, t, direct, mask)
                or _passive_object(doc, text, t, direct, mask) or _question(doc, text, t, direct, mask))
    if t.pos_ == "ADJ" and t.lemma_.lower() in EN.attrib_adjectives:
        return _broad_adj(doc, text, t, direct, mask)
    if t.pos_ == "NOUN" and t.lemma_.lower() in EN.attrib_nouns:
        return _broad_noun(doc, text, t, direct, mask)
    return None


@dataclass
class _Plan:
    """Which of a cue verb's dependents make its content, and how they are read."""

    pieces: list
    how: str
    kind: str = "attitude"
    clause: bool = False
    wh: tuple[int, int] | None = None
    drop: int | None = None  # a token of the pieces left out ('for' marking an infinitive)
    cue_e: int | None = None  # the cue reaching over a preposition ('called for')


def _broad_verb(doc, text, t, direct, mask):
    """A cue verb with its content: a clause, an infinitive, an object with what is said of it, or a
    preposition's object (`_plan` says which)."""
    fr = verb_frame(doc, text, t)
    if fr is None:
        return None
    plan = _plan(t, fr)
    if plan is None or not plan.pieces:
        return None
    if plan.cue_e is not None:
        fr = replace(fr, cue_e=plan.cue_e)
    return verb_content(doc, text, t, fr, plan.pieces, direct, mask, clause=plan.clause, kind=plan.kind,
                        how=plan.how, wh=plan.wh, drop=plan.drop)


def _plan(t, fr) -> _Plan | None:
    lem = lemma_of(t)
    kids = list(t.children)
    after = [c for c in kids if c.i > t.i]
    xcomp = [c for c in after if c.dep_ == "xcomp"]
    dobj = [c for c in after if c.dep_ == "dobj"]
    preps = [c for c in after if c.dep_ == "prep" and c.lower_ in _PREP_V and lem in _PREP_V[c.lower_]]
    # 'called for the city to act': the parser reads 'for' as the mark of an infinitive clause
    forcl = [c for c in after if c.dep_ == "advcl" and c.left_edge.dep_ == "mark"
             and c.left_edge.lower_ == "for" and lem in _PREP_V.get("for", ())]
    clauses = clause_pieces(t)
    if forcl and not any(c.dep_ in ("dobj", "ccomp") for c in kids):
        m = forcl[0].left_edge
        return _Plan([forcl[0]], "v-prep", drop=m.i, cue_e=m.idx + len(m.text))
    if clauses and lem in _CLAUSE_V:
        return _Plan(clauses, "v-ccomp", kind="indirect" if lem in SPEECH_LEMMAS else "attitude", clause=True)
    if xcomp and lem in _XCOMP_V:
        pieces = [xcomp[0]]
        if dobj and lem not in EN.addressee_verbs and dobj[0].i < xcomp[0].i:
            pieces.append(dobj[0])
        return _Plan(pieces, "v-xcomp")
    if dobj and lem in EN.attribution_support_verbs and dobj[0].lemma_.lower() in EN.attrib_nouns and any(
            c.dep_ in ("acl", "prep") and c.i > dobj[0].i for c in dobj[0].children):
        return None  # 'expressed concern about X': the noun carries the attribution (_broad_noun)
    if dobj and lem in _DOBJ_V:
        # the object with what the verb says of it: 'called it "a mistake"', 'slammed X as too
        # vague', 'praised X for Y', 'announced steps to tighten ...'
        return _Plan([dobj[0]] + [c for c in kids if c.i > dobj[0].i and (
            c.dep_ in ("oprd", "dative", "ccomp", "xcomp")
            or c.dep_ == "prep" and not _circumstance(c)
            or c.dep_ == "advcl" and c.left_edge.lower_ == "to")], "v-dobj")
    if preps and preps[0].lower_ == "as" and dobj and dobj[0].i < preps[0].i:
        # 'views X as Y', 'described X as Y': the object and what it is taken for
        return _Plan([dobj[0], preps[0]], "v-dobj")
    if preps:
        p = preps[0]
        obj = [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
        if not obj:
            return None
        # the verb's later prepositional phrases go with the content ('called for X at Y')
        return _Plan(obj + [c for c in kids if c.dep_ == "prep" and c.i > p.i and not _circumstance(c)], "v-prep",
                     cue_e=p.idx + len(p.text))
    if lem in SPEECH_LEMMAS:
        # a short answer said ('75 percent said yes', 'said the same of Quenby', 'says so')
        return _Plan([c for c in kids if c.left_edge.i == t.i + 1 + fr.n_prt and c.dep_ in ("intj", "npadvmod", "advmod")
                      and c.lower_ in EN.short_answers][:1], "v-answer")
    return None


def _circumstance(p) -> bool:
    """A prepositional phrase that says when the source spoke, not what it said ('praised X on
    Monday', 'announced Y in an interview published Saturday', 'mentioned Z after the vote',
    'called her a clown on his radio show'):
    attribution corpora leave it out of the content."""
    w = p.lower_
    if w in EN.circumstance_preps:
        return True
    if w not in EN.time_preps:
        return False
    if any(x.ent_type_ in ("DATE", "TIME") for x in p.subtree):
        return True
    obj = [c for c in p.children if c.dep_ == "pobj"]
    if not obj:
        return False
    lem, ent = obj[0].lemma_.lower(), obj[0].ent_type_
    if w == "on":  # 'called her a clown on his radio show', 'said so on CNN'
        return ent == "ORG" or lem in EN.speaking_media or lem in EN.speaking_occasions
    return w in ("in", "at") and (ent in ("GPE", "LOC", "FAC") or lem in EN.speaking_occasions)


_RAISING_V = EN.raising_verbs


_PASSIVE_V = EN.passive_attrib_verbs


def _raising(doc, text, t, direct, mask):
    """'X is expected to win', 'X seemed ready to quit', 'X is widely seen as a favourite', 'it
    appears that X': the evidence or expectation is attributed, to the agent when written and to
    no one otherwise; the content is the subject and what is said of it (two pieces)."""
    lem = lemma_of(t)
    kids = list(t.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
    if lem not in _RAISING_V and not (passive and lem in _PASSIVE_V):
        return None
    if lem in _RAISING_V and t.tag_ == "VBG":
        return None  # 'appearing on television'
    subj = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i]
    comp = [c for c in kids if c.i > t.i and c.dep_ in ("xcomp", "oprd", "acomp", "attr", "ccomp")]
    if not comp:
        comp = [c for c in kids if c.i > t.i and c.dep_ == "prep" and c.lower_ in ("as", "to", "about", "on")]
    if not comp:
        return None
    st = passive_agent(t)
    agent = [c for c in kids if c.dep_ == "agent"]
    if lem in _RAISING_V and any(c.dep_ == "nsubj" and c.lower_ not in ("it", "there") for c in kids):
        pass
    elif not passive and lem not in _RAISING_V:
        return None
    src = src_token_span(doc, text, st) if st is not None else None
    cue_s = cue_left(t, doc)
    cue_e = t.idx + len(t.text)
    adv = [c for c in kids if c.dep_ == "prt" and c.i == t.i + 1]
    if adv:
        cue_e = adv[0].idx + len(adv[0].text)
    c0 = comp[0]
    ctoks = [x for x in clause_subtree(c0)]
    if agent:
        ctoks = [x for x in ctoks if not any(x.i in {y.i for y in a.subtree} for a in agent)]
    if not ctoks:
        return None
    s, e = content_span(text, doc, ctoks)
    if not accept(text, s, e, t, src, direct, mask):
        return None
    pieces = []
    subj = [x for x in subj if x.lower_ not in ("it", "there")]
    if subj:
        stoks = prune_nonrestrictive(list(subj[0].subtree), subj[0])
        a, b = span_of(stoks)
        a, b = trim(text, a, b)
        if b > a and not any(mask[a:b]) and not spans_overlap(a, b, direct):
            pieces.append((a, b))
    if not pieces and word_count(text[s:e]) < 3:
        return None
    c = Cand(s, e, "attitude", cue=(cue_s, cue_e), spk=None)
    c.written_src = src
    c.pieces = pieces
    c.how = "v-raising"
    return c


def _passive_object(doc, text, t, direct, mask):
    """'The move was hotly criticized (by economists)', 'Quenby's position was supported by
    Marlowe': the passive subject is what the attitude is about, the agent (when written) holds it."""
    kids = list(t.children)
    subj = [c for c in kids if c.dep_ == "nsubjpass" and c.i < t.i]
    if not subj or lemma_of(t) not in _DOBJ_V or subj[0].lower_ in RELPRON | {"it", "there"}:
        return None
    if any(c.i > t.i and c.dep_ in ("xcomp", "oprd", "acomp", "attr", "ccomp") for c in kids):
        return None
    st = passive_agent(t)
    src = src_token_span(doc, text, st) if st is not None else None
    stoks = prune_nonrestrictive(list(subj[0].subtree), subj[0])
    s, e = content_span(text, doc, stoks)
    if not accept(text, s, e, t, src, direct, mask):
        return None
    cue_s = cue_left(t, doc)
    c = Cand(s, e, "attitude", cue=(cue_s, t.idx + len(t.text)), spk=None)
    c.written_src = src
    c.how = "v-passive"
    return c


def _question(doc, text, t, direct, mask):
    """'Asked whether he would run, Smith said ...', 'When asked about the merger, ...', 'She was
    asked if ...': the question is attributed to an interviewer who is not named, so the content
    is the question (a wh-/if-clause or what it was about) and no source is given."""
    if lemma_of(t) not in EN.question_verbs:
        return None
    kids = list(t.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
    if not (passive or t.dep_ == "advcl" and t.tag_ in ("VBN", "VBD") and not subject_of(t)):
        return None
    pieces = [c for c in kids if c.i > t.i and c.dep_ in ("ccomp", "dobj", "xcomp")]
    cue_e = t.idx + len(t.text)
    if not pieces:
        about = [c for c in kids if c.i > t.i and c.dep_ == "prep" and c.lower_ == "about"]
        pieces = [x for x in about[0].children if x.dep_ in ("pobj", "pcomp")] if about else []
        if about:
            cue_e = about[0].idx + len(about[0].text)
    if not pieces:
        return None
    s, e = content_span(text, doc, clause_subtree(pieces[0]))
    if not accept(text, s, e, t, None, direct, mask):
        return None
    c = Cand(s, e, "attitude", cue=(cue_left(t, doc), cue_e), spk=None)
    c.how = "v-question"
    return c


def _broad_adj(doc, text, t, direct, mask):
    """'X is critical of Y', 'X was confident that Y', 'X is eager to Y': an evaluative adjective
    predicated of the source, with its prepositional object or clause as content."""
    if t.dep_ not in ("acomp", "amod", "oprd", "conj") or t.head.i == t.i:
        return None
    h = t.head
    if t.dep_ == "conj":
        if h.pos_ != "ADJ" or h.dep_ != "acomp":
            return None
        h = h.head
    kids = list(t.children)
    content = None
    cue_e = t.idx + len(t.text)
    for c in kids:
        if c.i < t.i:
            continue
        if c.dep_ in ("ccomp", "xcomp"):
            content = c
            break
        if c.dep_ == "prep" and c.lower_ in EN.attrib_noun_preps | {"with", "in"}:
            obj = [x for x in c.children if x.dep_ in ("pobj", "pcomp")]
            if obj:
                content = obj[0]
                cue_e = c.idx + len(c.text)
                break
    if content is None:
        return None
    if t.dep_ == "amod":
        st = h if h.pos_ in ("NOUN", "PROPN") else None
        cue_s = t.idx
    else:
        st = verb_source(h) if h.pos_ in ("VERB", "AUX") else None
        cue_s = cue_left(h, doc) if h.pos_ in ("VERB", "AUX") and h.i < t.i else t.idx
        if h.i < t.i and cue_s > h.idx:
            cue_s = h.idx
    if st is None:
        return None
    src = src_token_span(doc, text, st)
    if src is None:
        return None
    toks = clause_subtree(content)
    s, e = content_span(text, doc, toks)
    if not accept(text, s, e, t, src, direct, mask):
        return None
    spk = spk_from_token(doc, text, st) if st.lower_ not in RELPRON else None
    c = Cand(s, e, "attitude", cue=(cue_s, cue_e), spk=spk)
    c.written_src = src
    c.how = "a-adj"
    return c


def _broad_noun(doc, text, t, direct, mask):
    kids = list(t.children)
    content = None
    cue_e = t.idx + len(t.text)
    acl = [c for c in kids if c.dep_ in ("acl", "ccomp", "relcl") and c.i > t.i]
    for a in acl:
        first = min(a.subtree, key=lambda x: x.i)
        if first.lower_ == "that" and first.dep_ == "mark" or first.lower_ == "to" and a.dep_ == "acl":
            content = [a]
            break
    if content is None:
        for p in kids:
            if p.dep_ == "prep" and p.i > t.i and p.lower_ in EN.attrib_noun_preps:
                obj = [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
                if obj:
                    content = obj
                    cue_e = p.idx + len(p.text)
                    break
    if content is None:
        return None
    # the source: a possessor ('his claim'), an agent ('criticism from X'), or the subject of a
    # light verb taking the noun ('X raised concerns about ...')
    st = None
    cue_s = t.idx
    poss = [c for c in kids if c.dep_ == "poss"]
    if poss:
        st = poss[0]
        cue_s = t.idx
    else:
        for p in kids:
            if p.dep_ == "prep" and p.lower_ in ("from", "by") and p.i > t.i:
                obj = [c for c in p.children if c.dep_ == "pobj"]
                if obj:
                    st = obj[0]
                    break
        h = t.head
        if st is None and t.dep_ in ("dobj", "nsubjpass") and h.pos_ == "VERB" and lemma_of(h) in EN.attribution_support_verbs:
            st = verb_source(h)
            cue_s = cue_left(h, doc)
        if st is None and t.lemma_.lower() in EN.agent_nouns:
            # 'X, a fierce critic of Y' / 'X is a longtime supporter of Y'
            if t.dep_ == "appos" and h.pos_ in ("NOUN", "PROPN"):
                st = h
            elif t.dep_ == "attr" and h.pos_ in ("VERB", "AUX"):
                st = verb_source(h)
    lem = t.lemma_.lower()
    if poss and lem in EN.poss_weak_nouns or st is None and lem in EN.nosrc_weak_nouns:
        return None
    if st is None and not (cue_e == t.idx + len(t.text) or doc[min(t.i + 1, len(doc) - 1)].lower_ in ("about", "against")):
        return None  # without a source, only a noun with its clause ('the claim that X', 'calls to Y')
    src = src_token_span(doc, text, st) if st is not None else None
    if st is not None and st.i == t.head.i and t.dep_ == "appos" and src is not None:
        src = trim(text, src[0], min(src[1], t.left_edge.idx))  # the name, not its apposition
        src = src if src[1] > src[0] else None
    if st is not None and (src is None or src[0] >= t.idx and src[0] < cue_e):
        return None
    toks = [x for c in content for x in prune_nonrestrictive(list(c.subtree), c)]
    s, e = content_span(text, doc, toks, closers=END_MARKS)
    if not accept(text, s, e, t, src, direct, mask):
        return None
    if cue_s > t.idx:
        cue_s = t.idx
    spk = spk_from_token(doc, text, st) if st is not None and st.lower_ not in RELPRON else None
    c = Cand(s, e, "attitude", cue=(cue_s, cue_e), spk=spk)
    c.written_src = src
    c.how = "n-" + ("nosrc" if st is None else "poss" if poss else "light" if cue_s < t.idx else "agent")
    return c
