"""What a figure is about, read from the dependency parse: its subject, place, poll source, time and tense.

Why: a figure without its subject and time cannot be compared with another. "45 percent" for Quenby and
"40 percent" for Marlowe, from two different polls, are not two reports of one number; "dozens dead" on
Monday and "more than 100 dead" on Wednesday are an update, not a conflict. Crossdoc (claims) compares
figures only when these agree, so each `model.Quantity` records them here, where the parse is at hand.

All of them are read from the clause of the figure: the *focus* is the counted noun (or, without one, the
number's attachment token); the *clause verb* is the first verb above the focus.
  * subject: a name inside the counted phrase ("2,000 Tessalian troops", "Tessaly's troops", "percent of
    Liberals"; role "inner"); else a name that is the subject or object of the clause verb ("Quenby leads
    with 45 percent", "Olbeck deployed 2,000"; role "clause"); else the short noun phrase of the clause's
    subject ("the death toll"); else none. Only the clause of the figure: a speech verb above it ("police
    said") is not its subject. The role is kept because the two name different things: the owner of what
    is counted ("Tessalian troops") and an actor of the event ("Olbeck deployed"); both can be true of one figure.
  * place: a name of a place (GPE/LOC/FAC) after a locative preposition of the language attached to the
    focus or the clause verb ("killed in Lyon").
  * source: a poll or survey named in the sentence (a name inside the phrase of one of the language's
    `POLL_NOUNS`: "a Harwick University poll", "the Channel 9/Courier survey", "a poll by Stennet").
  * time: the temporal expression of the same clause (its tokens hang on the clause verb or the focus
    without passing through another verb); a date of another clause of the sentence is not taken (that was
    the "wrong date" of an update: "riots that broke out on March 2 killed more than 100").
  * tense: of the clause verb (past / present / future / would); the present perfect ("has risen to 100")
    counts as present: it tells how things stand now.
Every span is a character span of the text; names are the parse's entities. Without a parse nothing is read.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..temporal.tense import verb_tense_plain

_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_ARG_DEPS = ("nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "attr", "agent")
_INNER_DEPS = ("compound", "poss", "nmod", "amod")
_MAX_PHRASE_WORDS = 4


@dataclass
class Context:
    """Character spans (start, end) in the text, or None; tense of the clause verb."""

    subject: tuple[int, int] | None = None
    subject_role: str | None = None  # "inner" (named in the counted phrase) or "clause" (argument of its verb)
    place: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    time: tuple[int, int] | None = None
    tense: str | None = None


def _ent_of(tok, doc):
    """The named entity (spaCy span) holding `tok`, when it is a name."""
    if tok.ent_type_ not in _NAME_LABELS:
        return None
    return next((e for e in doc.ents if e.start <= tok.i < e.end), None)


def _clause_verb(focus):
    t = focus
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and t.i != focus.i:
            return t
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


def _ent_in(tok, doc, skip: set[int]):
    """The first name in the phrase of `tok` (its subtree): "Harbour Pilots Guild (HPG)"."""
    for t in tok.subtree:
        e = _ent_of(t, doc)
        if e is not None and not any(x.i in skip for x in e):
            return e
    return None


def _name_inside(noun, doc, skip: set[int]):
    """A name in the noun's own phrase: compound/possessive/modifier, or an of/from/among-argument."""
    for c in noun.children:
        if c.i in skip:
            continue
        if c.dep_ in _INNER_DEPS and (c.pos_ == "PROPN" or c.ent_type_):
            e = _ent_in(c, doc, skip)
            if e is not None:
                return e
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "among", "for"):
            for p in c.children:
                if p.dep_ == "pobj":
                    e = _ent_of(p, doc) or next((_ent_of(x, doc) for x in p.children if x.dep_ in _INNER_DEPS
                                                 and _ent_of(x, doc) is not None), None)
                    if e is not None and not any(t.i in skip for t in e):
                        return e
    return None


def _phrase(tok, skip: set[int]) -> tuple[int, int] | None:
    """The short noun phrase headed by `tok` (its left modifiers, no determiner), when it holds no number."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.like_num:
        return None
    left = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod", "poss")]
    toks = sorted(left + [tok], key=lambda x: x.i)
    if any(t.i in skip or t.like_num for t in toks) or len(toks) > _MAX_PHRASE_WORDS:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _subject(focus, verb, doc, skip: set[int]) -> tuple[tuple[int, int] | None, str | None]:
    """(span, role) of what the figure is about: a name in its own phrase ("inner"), else an argument of its
    clause verb ("clause"); (None, None) when neither."""
    e = _name_inside(focus, doc, skip)
    if e is not None:
        return (e.start_char, e.end_char), "inner"
    span = _clause_subject(focus, verb, doc, skip)
    return (span, "clause") if span is not None else (None, None)


def _clause_subject(focus, verb, doc, skip: set[int]) -> tuple[int, int] | None:
    if verb is None:
        return None
    on_path = {a.i for a in focus.ancestors} | {focus.i}
    args = [c for c in verb.children if c.dep_ in _ARG_DEPS and c.i not in on_path and c.i not in skip]
    for c in args:
        if c.dep_ == "agent":
            c = next((p for p in c.children if p.dep_ == "pobj"), c)
        e = _ent_of(c, doc) or _name_inside(c, doc, skip)
        if e is not None and not any(t.i in skip for t in e):
            return e.start_char, e.end_char
    for c in args:
        if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and c.lower_ not in ("it", "they", "this", "that", "which"):
            span = _phrase(c, skip)
            if span is not None and c.pos_ == "NOUN":
                return span
    return None


def _place(focus, verb, doc, places: frozenset[str], skip: set[int]) -> tuple[int, int] | None:
    for holder in [focus] + ([verb] if verb is not None else []):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in places:
                for p in c.children:
                    e = _ent_of(p, doc) if p.dep_ == "pobj" else None
                    if e is not None and e.label_ in _PLACE_LABELS and not any(t.i in skip for t in e):
                        return e.start_char, e.end_char
    return None


def _source(sent, doc, poll_nouns: frozenset[str]) -> tuple[int, int] | None:
    for t in sent:
        if t.lemma_.lower() not in poll_nouns and t.lower_ not in poll_nouns:
            continue
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        for c in t.children:
            if c.dep_ in _INNER_DEPS:
                e = _ent_of(c, doc)
                if e is not None:
                    return e.start_char, e.end_char
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of", "for"):
                for p in c.children:
                    e = _ent_of(p, doc) if p.dep_ == "pobj" else None
                    if e is not None:
                        return e.start_char, e.end_char
    return None


def _own_verb(tok):
    t = tok.head if tok.head.i != tok.i else tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _time(focus, verb, doc, sent, timexes) -> tuple[int, int] | None:
    in_sent = [(a, b) for a, b in timexes if sent.start_char <= a and b <= sent.end_char]
    if not in_sent:
        return None
    for a, b in in_sent:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        own = _own_verb(root)
        if (verb is not None and own is not None and own.i == verb.i) or root.head.i == focus.i:
            return a, b
    return None  # a date of another clause ("riots that broke out on March 2 killed 100") is not the figure's


def _tense(verb) -> str | None:
    if verb is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"  # present perfect: how things stand now ("the toll has risen to 100")
    return verb_tense_plain(verb)


def read_context(doc, focus, skip: set[int], lg, timexes) -> Context:
    """The context of the figure whose tokens are `skip` and whose counted noun (or attachment) is `focus`.

    `timexes`: (start, end) of the document's temporal expressions that carry a date value."""
    verb = _clause_verb(focus)
    sent = focus.sent
    subject, role = _subject(focus, verb, doc, skip)
    return Context(
        subject=subject, subject_role=role,
        place=_place(focus, verb, doc, frozenset(lg.locative_prepositions), skip),
        source=_source(sent, doc, frozenset(lg.poll_nouns)),
        time=_time(focus, verb, doc, sent, timexes),
        tense=_tense(verb),
    )
