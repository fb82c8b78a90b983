"""Views of the English speech lexicon the rules ask: verb forms to lemmas, pronoun sets."""

from __future__ import annotations

import re

from ...lang.en import speech as L


def _inflect(lemma: str) -> set[str]:
    if lemma in L.IRREGULAR_FORMS_EN:
        return set(L.IRREGULAR_FORMS_EN[lemma])
    forms = {lemma}
    if re.search(r"(s|sh|ch|x|z)$", lemma):
        forms.add(lemma + "es")
    elif re.search(r"[^aeiou]y$", lemma):
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", lemma):
        forms |= {lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
    return forms


_FORM2LEMMA: dict[str, str] = {}


for _lem in L.SPEECH_VERBS_EN:
    for _f in _inflect(_lem):
        _FORM2LEMMA.setdefault(_f, _lem)


_SPEECH_LEMMAS = frozenset(L.SPEECH_VERBS_EN)


_VERB_FORMS: dict[str, str] = {}


for _lem in sorted(set(L.SPEECH_VERBS_EN) | L.CLAUSE_ATTRIB_VERBS_EN | L.XCOMP_ATTRIB_VERBS_EN
                   | L.DOBJ_ATTRIB_VERBS_EN | L.RAISING_VERBS_EN | L.PASSIVE_ATTRIB_VERBS_EN
                   | L.LIGHT_VERBS_EN | {v for vs in L.PREP_ATTRIB_VERBS_EN.values() for v in vs}):
    for _f in _inflect(_lem):
        _VERB_FORMS.setdefault(_f, _lem)


_VERB_LEMMAS = frozenset(_VERB_FORMS.values())


def _lem(t) -> str:
    """The lemma of a token, a verb of the cue lexicons read off its form first (the statistical
    lemmatiser gets some wrong: 'hopes' -> 'hop')."""
    low = t.lower_
    if t.pos_ in ("VERB", "AUX") and low in _VERB_FORMS and t.lemma_.lower() not in _VERB_LEMMAS:
        return _VERB_FORMS[low]
    return t.lemma_.lower()


_CHAR_LEMMAS = frozenset(L.CHARACTERISE_VERBS_EN)


_PRONOUNS = L.PERSON_PRONOUNS | L.PLURAL_PRONOUNS


_PREPS_ROLE = {"from", "of", "at", "with", "for"}


_NP_INNER = {"of", "for", "from", "at", "in", "with", "by", "the", "to", "on", "a", "an"}
