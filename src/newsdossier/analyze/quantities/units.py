"""The counted unit and the measure, read from the spaCy dependency tree."""

from __future__ import annotations


def _norm_word(s: str) -> str:
    return s.strip("\"'“”‘’«»").lower()


def _singular(word: str, lg) -> str:
    w = word.lower()
    if w in lg.plural_only_nouns:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _unit_lemma(tok, lg) -> str:
    low = _norm_word(tok.text)
    if low in lg.plural_only_nouns:
        return low
    lemma = _norm_word(tok.lemma_) or low
    if lemma == low and low.endswith("s"):
        return _singular(low, lg)
    return lemma


def _participle(tok, lg) -> str:
    if tok.tag_ in ("VBN", "VBD"):
        return tok.lower_
    lemma = tok.lemma_.lower()
    if lemma in lg.irregular_participles:
        return lg.irregular_participles[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _has_child(tok, deps: tuple[str, ...]) -> bool:
    return any(c.dep_ in deps for c in tok.children)


def _predicate(noun, lg) -> str | None:
    """The event that affects what is counted, as a past participle (or a state adjective)."""
    head = noun.head
    dep = noun.dep_
    # secondary predicate / reduced relative on the counted noun: "thousands injured"
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i:
            return c.lower_
        if c.dep_ == "amod" and c.i > noun.i and c.lower_ in lg.state_adjectives:
            return c.lower_
    if dep == "conj" and head.i != noun.i:
        return _predicate_from_head(head, noun, lg)
    return _predicate_from_head(noun, noun, lg)


def _predicate_from_head(anchor, noun, lg) -> str | None:
    head = anchor.head
    dep = anchor.dep_
    if head.i == anchor.i:
        return None
    # "the arrest of 8,000 people"
    if dep == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        ev = head.head.lemma_.lower()
        if ev in lg.nominal_events:
            return lg.nominal_events[ev]
        ev2 = head.head.lower_
        if ev2 in lg.nominal_events:
            return lg.nominal_events[ev2]
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if dep in ("nsubjpass", "nsubj:pass"):
        return _participle(head, lg)
    if dep in ("dobj", "obj"):
        for c in head.children:  # "left dozens dead"
            if c.dep_ in ("oprd", "xcomp", "acomp") and c.pos_ in ("ADJ", "VERB") and c.i > noun.i:
                return c.lower_
        if head.lemma_.lower() in lg.uninformative_verbs:
            return None
        return _participle(head, lg)
    if dep == "nsubj":
        if head.lemma_.lower() in lg.uninformative_verbs or _has_child(head, ("dobj", "obj", "ccomp", "xcomp", "attr")):
            return None
        return head.lower_ if head.tag_ in ("VBD", "VBN") else _participle(head, lg)
    return None


def _unit_token(amt_tokens, doc, strong: bool, percent: bool, lg):
    """The token that is counted, or None."""
    last = amt_tokens[-1]
    if strong:
        st = last if last.lower_ == "strong" else None
        if st is None:
            for t in amt_tokens:
                if t.lower_ == "strong":
                    st = t
        if st is not None and st.head.i != st.i and st.head.pos_ in ("NOUN", "PROPN"):
            return st.head
        if st is not None and st.i + 1 < len(doc) and doc[st.i + 1].pos_ in ("NOUN", "PROPN"):
            return doc[st.i + 1]
        return None
    span_ids = {t.i for t in amt_tokens}
    # number tokens whose head lies outside the amount: the attachment point
    num_tok = None
    for t in reversed(amt_tokens):
        if t.like_num or t.pos_ == "NUM" or t.lower_ in lg.multipliers or t.lower_ in lg.vague_amounts or t.lower_.rstrip("s") in lg.multipliers:
            num_tok = t
            break
    if num_tok is None:
        num_tok = last
    root = num_tok
    guard = 0
    while root.head.i in span_ids and root.head.i != root.i and guard < 10:
        root = root.head
        guard += 1
    head = root.head
    if root.dep_ in ("nummod", "amod", "quantmod", "det", "compound", "nmod", "npadvmod") \
            and head.i != root.i and head.pos_ in ("NOUN", "PROPN") and head.i > root.i \
            and _words_between(doc, root.i, head.i) <= 4 and not head.like_num:
        # "2,000 <Proper Name> (ABBR) troops": climb from the name to the common noun it modifies
        guard = 0
        while head.pos_ == "PROPN" and head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i \
                and head.head.pos_ in ("NOUN", "PROPN") and guard < 8:
            head = head.head
            guard += 1
        if head.pos_ == "NOUN" or head.tag_ == "NNPS" or head.ent_type_ == "NORP":
            return head
        return None
    # the number is itself the noun: "dozens of people", "2,000 of them", "100 of its military"
    for t in (root, num_tok):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i > t.i:
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and not p.like_num:
                        return p
                    if p.dep_ == "pobj" and p.pos_ in ("ADJ",):
                        return p
    # parser sometimes leaves the noun unattached: next token a plural noun
    nxt_i = last.i + 1
    while nxt_i < len(doc) and doc[nxt_i].is_punct and doc[nxt_i].lower_ in ("\"", "'", "“", "”", "«", "»"):
        nxt_i += 1
    if nxt_i < len(doc) and doc[nxt_i].tag_ in ("NNS", "NNPS") and doc[nxt_i].head.i == root.i:
        return doc[nxt_i]
    return None


def _words_between(doc, i: int, j: int) -> int:
    """Tokens strictly between i and j, a bracketed aside ("(HPG)") not counted: it names, it does not modify."""
    n, depth = 0, 0
    for t in doc[i + 1:j]:
        if t.text in ("(", "["):
            depth += 1
        elif t.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth == 0:
            n += 1
    return n


def _governor(tok) -> str | None:
    """The word a percentage or sum attaches to, with its noun modifiers ('pay rise', 'raise', 'cut')."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.i == tok.i or head.pos_ not in ("NOUN", "VERB", "PROPN"):
        return None
    words = [c.lower_ for c in head.children if c.i < head.i and c.dep_ in ("compound", "nsubj") and c.pos_ == "NOUN"]
    return " ".join(words + [head.lemma_.lower() if head.pos_ == "VERB" else _norm_word(head.text)])


def _compound_mods(noun) -> list[str]:
    mods = []
    for c in noun.children:
        if c.i < noun.i and c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_:
            mods.append(c.lower_)
    return mods
