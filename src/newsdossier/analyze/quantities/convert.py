"""From a scanned amount to a `model.Quantity`: entity checks, unit, measure and extent."""

from __future__ import annotations

import bisect
import math

from ...model import Quantity
from .about import Context, read_context
from .filters import _excluded
from .reading import _Scanner
from .tokens import _Amount
from .units import (_compound_mods, _governor, _norm_word, _predicate, _singular,
                    _unit_lemma, _unit_token)

_BAD_ENT = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT", "DATE", "TIME"}


def _spacy_tokens(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return list(span)



def _sentence_index(sent_starts: list[int], pos: int) -> int:
    """Index of the parse's sentence holding `pos` (-1 without a parse)."""
    return bisect.bisect_right(sent_starts, pos) - 1 if sent_starts else -1


def _to_quantity(scan: _Scanner, amt: _Amount, doc, sent_starts: list[int],
                 dated: list[tuple[int, int]] = ()) -> Quantity | None:
    """`dated`: (start, end) of the temporal expressions that carry a date (the figure's time is read from them)."""
    if _excluded(scan, amt):
        return None
    if amt.value is None or not math.isfinite(amt.value):
        return None
    reading = _read_parsed(scan, amt, doc) if doc is not None else _read_unparsed(scan, amt)
    if reading is None:
        return None
    unit, measure, end, focus, num_toks = reading
    start = amt.start
    end = max(end, amt.end)
    ctx = read_context(doc, focus, {t.i for t in num_toks}, scan.lg, dated) if focus is not None else Context()
    return Quantity(
        start=start, end=end, text=scan.text[start:end], value=float(amt.value),
        low=None if amt.low is None else round(float(amt.low), 6),
        high=None if amt.high is None else round(float(amt.high), 6),
        qualifier=amt.qualifier.value, unit=unit, measure=measure,
        sentence=_sentence_index(sent_starts, start),
        subject=_span(scan.text, ctx.subject), subject_role=ctx.subject_role, place=_span(scan.text, ctx.place), source=_span(scan.text, ctx.source),
        time=_span(scan.text, ctx.time), tense=ctx.tense,
    )


def _span(text: str, span: tuple[int, int] | None) -> tuple[int, int, str] | None:
    return None if span is None else (span[0], span[1], text[span[0]:span[1]])


def _read_unparsed(scan: _Scanner, amt: _Amount):
    """(unit, measure, end, None, []) without a parse: percent and currency name themselves; what else is counted
    is only known from the parse (no guessing from the next word)."""
    unit = "percent" if amt.percent else amt.currency
    return unit, unit, amt.end, None, []


def _read_parsed(scan: _Scanner, amt: _Amount, doc):
    """(unit, measure, end, focus token, number tokens) from the dependency tree; None when the number belongs
    to a date or a name. The focus is the counted noun, else the token the amount attaches by."""
    unit = "percent" if amt.percent else amt.currency
    toks = _spacy_tokens(doc, amt.start, amt.end)
    if not toks:
        return unit, None, amt.end, None, []
    first = scan.toks[amt.first_num].start
    holder = next((t for t in toks if t.idx <= first < t.idx + len(t)), None)
    if holder is not None and any(ch.isalnum() for ch in scan.text[holder.idx:first]):
        return None  # the number is the tail of a longer word of the parse ('id="6721385'): an identifier, not a count
    num_toks = [t for t in toks if t.idx + len(t) > first]  # the tokens holding the number and what follows
    if _inside_date_or_name(amt, doc, num_toks):
        return None
    if amt.percent or amt.currency:
        return (*_share_or_sum(amt, num_toks, unit, scan.lg), _attachment(num_toks), num_toks)
    unit_tok = _unit_token(num_toks, doc, amt.strong, amt.percent, scan.lg)
    if unit_tok is None:
        anchor = _attachment(num_toks)
        return None, _predicate(anchor, scan.lg), amt.end, anchor, num_toks
    return (*_counted(scan, amt, doc, num_toks, unit_tok), unit_tok, num_toks)


def _attachment(num_toks):
    """The amount's token whose head lies outside the amount."""
    anchor = num_toks[-1]
    ids = {t.i for t in num_toks}
    while anchor.head.i in ids and anchor.head.i != anchor.i:
        anchor = anchor.head
    return anchor


def _inside_date_or_name(amt: _Amount, doc, num_toks) -> bool:
    """Entity checks: dates, times and names the scanner did not mask ("Kestrel 737", "the 1990 accord")."""
    ents = {t.ent_type_ for t in num_toks if t.ent_type_}
    if ents & {"DATE", "TIME"} and not amt.percent and not amt.vague and amt.approx is None:
        if not any(t.dep_ == "nummod" and t.head.tag_ in ("NNS", "NNPS") and t.head.ent_type_ not in ("DATE", "TIME")
                   for t in num_toks):
            return True
    if ents & (_BAD_ENT - {"DATE", "TIME"}) and not amt.percent:
        ids = {y.i for y in num_toks}
        for t in doc[num_toks[0].i: num_toks[-1].i + 1]:
            if t.ent_type_ in _BAD_ENT:
                ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
                if ent is not None and any(x.pos_ == "PROPN" and x.i not in ids for x in ent):
                    return True
    return False


def _share_or_sum(amt: _Amount, num_toks, unit: str, lg) -> tuple[str, str, int]:
    """A percentage or a sum of money: the measure is what it is of, or what it qualifies."""
    of_obj = None
    for t in num_toks:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                of_obj = next((p for p in c.children if p.dep_ == "pobj"), None)
    if amt.currency is None:
        for t in num_toks:
            if t.lower_ in lg.currency_words:
                unit = lg.currency_words[t.lower_]
    if of_obj is not None:
        return unit, f"{unit} of {_norm_word(of_obj.text)}", amt.end
    gov = _governor(_attachment(num_toks))  # "a raise of 9 percent", "pay rises by 6 percent"
    return unit, (f"{unit} {gov}" if gov else unit), amt.end


def _counted(scan: _Scanner, amt: _Amount, doc, num_toks, unit_tok) -> tuple[str, str, int]:
    """A count of `unit_tok`: its lemma, '<modifiers> <noun> [<predicate>]', and the extent over the noun."""
    lg = scan.lg
    unit = _unit_lemma(unit_tok, lg)
    if unit_tok.ent_type_ == "NORP" or unit_tok.pos_ == "PROPN":
        unit = _norm_word(unit_tok.text) if unit_tok.tag_ != "NNPS" else _singular(_norm_word(unit_tok.text), lg)
    pred = _predicate(unit_tok, lg)
    head_words = _compound_mods(unit_tok) + [_norm_word(unit_tok.text)]
    if amt.strong:
        of = next((c for c in unit_tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            head_words += ["of", _norm_word(pobj.text)]
    measure = " ".join(head_words + ([pred] if pred else []))
    end = amt.end
    if unit_tok.idx >= amt.end and _joins(amt, doc, num_toks, unit_tok) and "\n" not in scan.text[amt.end:unit_tok.idx]:
        end = unit_tok.idx + len(unit_tok.text)  # extend the text over the adjacent counted noun
    return unit, measure, end


_QUOTE_OR_BRACKET = ('"', "“", "”", "«", "»", "'", "(", ")", ",")


def _joins(amt: _Amount, doc, num_toks, unit_tok) -> bool:
    """The words between the number and its noun modify the noun ('2,000 armed troops', 'dozens of the people')."""
    gap = doc[num_toks[-1].i + 1: unit_tok.i]
    return len(gap) <= 4 and all(
        (unit_tok in g.ancestors and g.dep_ in ("compound", "amod", "nmod", "punct", "hyph")
         and g.lower_ not in _QUOTE_OR_BRACKET)
        or (g.lower_ == "of" and amt.vague) or (g.dep_ == "det" and g.head.i == unit_tok.i and amt.vague)
        for g in gap
    )
