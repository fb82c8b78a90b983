"""Counted amounts in one document: '2,300 soldiers', 'more than 2,000 troops', 'dozens dead'.

`find_quantities(text, spacy_doc=None, lang="en", timexes=None)` returns `model.Quantity` items whose
`text[start:end]` reproduces the amount phrase (qualifier + number + adjacent counted noun).

The words of each language (approximators, number words, vague amounts, percent words, nouns of
time...) come from `lang/<code>/numbers.py`; a language without number data yields no quantities
(its years, durations and approximators would go unrecognised: less output rather than wrong output).

How it works
------------
1. Matching happens on a same-length view of the text (`fold_punct` + per-character
   lower-casing), so every offset found is valid in the original text.
2. Stretches that look like numbers but are not counts are masked first: the temporal
   expressions of the document's temporal layer (dates "March 6", "14.03.2031", times "10:30",
   durations, years: not found again here), ages ("69-year-old"), decades ("'80s"), ordinals
   ("30th"), phone numbers and list numbering. (`filters.py`)
3. A left-to-right scanner reads: [approximator] core [range tail] [percent] [post-qualifier]
   ["-strong"]. Cores are digits in any grouping convention (2,300 / 2 300 / 2.300 /
   2'300; decimals 1.5 / 1,5), digits + multiplier ("1.5 million"), number words
   ("a hundred", "ten thousand", "two hundred and fifty"), and vague amounts.
   (`reading.py`, `qualifiers.py`)
4. Durations ("10 days", "30-year"), reference numbers ("article 5", "No. 7"), numbers inside
   names and numbers inside the parse's DATE/TIME or name entities are dropped. (`filters.py`)
5. With a spaCy parse, the counted noun (`unit`) and a `measure` are read from the
   dependency tree (`units.py`, `convert.py`); without one only percentages and money have a
   unit.

Intervals (low/high) by qualifier
---------------------------------
exact: low = high = value. about (about, around, roughly, some, approximately, circa,
"or so"): value +-10%. up-to: nearly/almost/close to -> [0.9*value, value]; up to / no more
than / at most / as many as -> [None, value]. less-than (less/fewer than, under, below):
[None, value]. more-than (more than, over, above, in excess of, upwards of, "or more" ->
at-least): [value, None]. at-least: [value, None]. range: [a, b] (an approximator in front
of a range applies to it: "up to 100-200" -> up-to [None, 200]). vague: see `VAGUE` below;
`value` is the lower bound of a vague interval.

Units and measures
------------------
`unit` is the counted head noun, lemmatised and lower-cased ("soldiers" -> "soldier"), except
plural-only nouns kept as written ("troops", "people", "police"). For "N-strong <noun>" the unit
is that collective noun ("contingent", "battalion"). Percentages have unit "percent"; money has
the currency as unit ("dollar", "euro" ...). `measure` is "<compound modifiers> <noun as
written> <predicate>", the predicate being a past participle when the count is the patient of
an event: passive subject ("9,800 people have been detained" -> "people detained"), object
("killed 100 people" -> "people killed"), "of"-argument of an event noun ("the arrest of 8,000
terrorists" -> "terrorists arrested", via the language's `NOMINAL_EVENTS`), a secondary predicate ("left dozens
dead" -> "dead"), or the verb of an intransitive active subject ("500 people died" -> "people
died"). Without a counted noun the measure is the predicate alone ("deployed more than 2,000" ->
"deployed"); with neither, both are None. Claims rely on this "<noun> <participle>" shape.

What a figure is about (`about.py`)
-----------------------------------
With a parse, each quantity also records the facets of its clause that claims compare: `subject` (the
name, else short phrase, the figure is about; `subject_role` inner/clause), `place`, `source` (a named
poll or survey), `time` (the dated temporal expression of its clause) and `tense` of the clause verb.
Each is a (start, end, text) span of the text or None.
"""

from __future__ import annotations

from ... import lang as langdata
from ...model import Quantity
from .convert import _to_quantity
from .reading import CURRENCY_SYMBOLS, _Scanner

def find_quantities(text: str, *, spacy_doc=None, lang: str = "en", timexes=None) -> list[Quantity]:
    """All counted amounts in `text`, in text order.

    `spacy_doc`: the document's spaCy Doc over exactly `text` (analyze makes one per document); it gives the
    counted noun, the measure and the sentence index. Without it the amounts are still read (value, interval,
    qualifier), but only percentages and sums of money have a unit, and `sentence` is -1. A Doc over
    another text is an error.
    `timexes`: the document's temporal layer (`model.Timex` items); numbers inside a temporal expression
    are not counts. Without it only the parse's DATE/TIME entities keep dates out.
    A failure is not hidden: analyze records it on the document."""
    if not isinstance(text, str):
        raise TypeError(f"find_quantities needs the document text as a str, got {type(text).__name__}")
    if not text.strip():
        return []
    if spacy_doc is not None and spacy_doc.text != text:
        raise ValueError("find_quantities: spacy_doc was parsed from another text than the one given")
    if not langdata.get(lang).has("cardinal_words"):
        return []  # no number words for this language: its years, durations and approximators are unknown
    temporal = [(t.start, t.end) for t in timexes or ()]
    dated = [(t.start, t.end) for t in timexes or () if t.type == "DATE" and t.value and t.value[:4].isdigit()]
    scan = _Scanner(text, lang, temporal)
    sent_starts = [s.start_char for s in spacy_doc.sents] if spacy_doc is not None else []
    out: list[Quantity] = []
    for amt in scan.scan():
        q = _to_quantity(scan, amt, spacy_doc, sent_starts, dated)
        if q is not None:
            out.append(q)
    return out


__all__ = ["find_quantities", "CURRENCY_SYMBOLS"]
