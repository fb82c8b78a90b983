"""Views of the English speech lexicon the rules ask: verb forms to lemmas, pronoun sets."""

from __future__ import annotations

import re

from ... import lang

EN = lang.get("en")  # these rules read the English parse and English cue words
# Forms of address of every language: a name travels between languages ("M. Dupont" in an English report).
HONORIFICS = frozenset(lang.every("honorifics"))


def _inflect(lemma: str) -> set[str]:
    if lemma in EN.irregular_forms:
        return set(EN.irregular_forms[lemma])
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


for lemma_of in EN.speech_verbs:
    for _f in _inflect(lemma_of):
        _FORM2LEMMA.setdefault(_f, lemma_of)


SPEECH_LEMMAS = frozenset(EN.speech_verbs)


_VERB_FORMS: dict[str, str] = {}


for lemma_of in sorted(set(EN.speech_verbs) | EN.clause_attrib_verbs | EN.xcomp_attrib_verbs
                   | EN.dobj_attrib_verbs | EN.raising_verbs | EN.passive_attrib_verbs
                   | EN.attribution_support_verbs | {v for vs in EN.prep_attrib_verbs.values() for v in vs}):
    for _f in _inflect(lemma_of):
        _VERB_FORMS.setdefault(_f, lemma_of)


_VERB_LEMMAS = frozenset(_VERB_FORMS.values())


def lemma_of(t) -> str:
    """The lemma of a token, a verb of the cue lexicons read off its form first (the statistical
    lemmatiser gets some wrong: 'hopes' -> 'hop')."""
    low = t.lower_
    if t.pos_ in ("VERB", "AUX") and low in _VERB_FORMS and t.lemma_.lower() not in _VERB_LEMMAS:
        return _VERB_FORMS[low]
    return t.lemma_.lower()


_CHAR_LEMMAS = frozenset(EN.characterise_verbs)


_PRONOUNS = EN.person_pronouns | EN.plural_pronouns


_PREPS_ROLE = EN.role_prepositions


_NP_INNER = EN.name_phrase_function_words
