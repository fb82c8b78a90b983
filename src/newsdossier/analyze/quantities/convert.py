"""From a scanned amount to a `model.Quantity`: entity checks, unit, measure and extent."""

from __future__ import annotations

import math

from ...model import Quantity
from .filters import _excluded
from .reading import _Scanner
from .tokens import _Amount
from .units import (_compound_mods, _fallback_unit, _governor, _norm_word, _predicate, _singular,
                    _unit_lemma, _unit_token)

_BAD_ENT = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT", "DATE", "TIME"}


def _spacy_tokens(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return list(span)



def _sentence_index(bounds: list[tuple[int, int]], pos: int) -> int:
    for k, (a, b) in enumerate(bounds):
        if a <= pos < b or (pos == b and k == len(bounds) - 1):
            return k
    return -1


def _to_quantity(scan: _Scanner, amt: _Amount, doc, sent_bounds) -> Quantity | None:
    if _excluded(scan, amt):
        return None
    if amt.value is None or not math.isfinite(amt.value):
        return None
    text = scan.text
    unit = None
    measure = None
    end = amt.end
    if amt.percent:
        unit = "percent"
    elif amt.currency:
        unit = amt.currency
    if doc is not None:
        toks = _spacy_tokens(doc, amt.start, amt.end)
        if toks:
            num_toks = [t for t in toks if t.idx >= scan.toks[amt.first_num].start]
            # entity checks: dates/times/names the scanner did not mask
            ents = {t.ent_type_ for t in num_toks if t.ent_type_}
            if ents & {"DATE", "TIME"} and not amt.percent and not amt.vague and amt.approx is None:
                if not any(t.dep_ == "nummod" and t.head.tag_ in ("NNS", "NNPS") and t.head.ent_type_ not in ("DATE", "TIME") for t in num_toks):
                    return None
            if ents & (_BAD_ENT - {"DATE", "TIME"}) and not amt.percent:
                ent_tokens = [t for t in doc[num_toks[0].i: num_toks[-1].i + 1]]
                for t in ent_tokens:
                    if t.ent_type_ in _BAD_ENT:
                        ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
                        if ent is not None and any(x.pos_ == "PROPN" and x.i not in {y.i for y in num_toks} for x in ent):
                            return None
            unit_tok = None if (amt.percent or amt.currency) else _unit_token(num_toks, doc, amt.strong, amt.percent)
            if amt.percent or amt.currency:
                anchor = num_toks[-1]
                while anchor.head.i in {t.i for t in num_toks} and anchor.head.i != anchor.i:
                    anchor = anchor.head
                of_obj = None
                for t in num_toks:
                    for c in t.children:
                        if c.dep_ == "prep" and c.lower_ == "of":
                            of_obj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if amt.currency is None:
                    for t in num_toks:
                        if t.lower_ in ("dollars", "euros", "pounds", "roubles", "rubles", "yuan"):
                            unit = _singular(t.lower_)
                if of_obj is not None:
                    measure = f"{unit} of {_norm_word(of_obj.text)}"
                else:  # what the figure qualifies: "a raise of 9 percent", "pay rises by 6 percent"
                    gov = _governor(anchor)
                    measure = f"{unit} {gov}" if gov else unit
            if not (amt.percent or amt.currency):
                if unit_tok is not None:
                    unit = _unit_lemma(unit_tok)
                    if unit_tok.ent_type_ == "NORP" or unit_tok.pos_ == "PROPN":
                        unit = _norm_word(unit_tok.text) if unit_tok.tag_ != "NNPS" else _singular(_norm_word(unit_tok.text))
                    pred = _predicate(unit_tok)
                    head_words = _compound_mods(unit_tok) + [_norm_word(unit_tok.text)]
                    if amt.strong:
                        of = next((c for c in unit_tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                        pobj = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
                        if pobj is not None:
                            head_words += ["of", _norm_word(pobj.text)]
                    measure = " ".join(head_words + ([pred] if pred else []))
                    # extend the text over the adjacent counted noun
                    if unit_tok.idx >= amt.end:
                        gap = doc[num_toks[-1].i + 1: unit_tok.i]
                        if len(gap) <= 4 and all(
                            (unit_tok in g.ancestors and g.dep_ in ("compound", "amod", "nmod", "punct", "hyph")
                             and g.lower_ not in ('"', "“", "”", "«", "»", "'", "(", ")", ","))
                            or (g.lower_ == "of" and amt.vague) or (g.dep_ == "det" and g.head.i == unit_tok.i and amt.vague)
                            for g in gap
                        ) and "\n" not in text[amt.end:unit_tok.idx]:
                            end = unit_tok.idx + len(unit_tok.text)
                else:
                    anchor = num_toks[-1]
                    ids = {t.i for t in num_toks}
                    while anchor.head.i in ids and anchor.head.i != anchor.i:
                        anchor = anchor.head
                    pred = _predicate(anchor)
                    measure = pred
    else:
        if unit is None:
            unit, measure, end = _fallback_unit(scan, amt)
        else:
            measure = unit
    if unit is None and measure is None and not amt.percent:
        # keep the number (it is still a quantity), but without a unit or measure
        pass
    start = amt.start
    end = max(end, amt.end)
    qtext = text[start:end]
    return Quantity(
        start=start, end=end, text=qtext, value=float(amt.value),
        low=None if amt.low is None else round(float(amt.low), 6),
        high=None if amt.high is None else round(float(amt.high), 6),
        qualifier=amt.qualifier, unit=unit, measure=measure,
        sentence=_sentence_index(sent_bounds, start),
    )

