"""French reported speech: speech verbs as written (surface forms) and the pronouns a speaker is.

Source: listed by the project from general French news usage (reporting verbs in the present and
past, attribution phrases such as 'according to'); moved from lang/en/speech.py (SPEECH_VERBS_FR)
and the pronoun table of analyze/quotes_ml.py.
"""

from __future__ import annotations

# Speech verbs and attribution phrases, surface forms (no inflection is generated).
SPEECH_VERBS: frozenset[str] = frozenset({
    "dit", "a dit", "déclare", "a déclaré", "affirme", "a affirmé", "explique", "a expliqué",
    "estime", "a estimé", "souligne", "a souligné", "ajoute", "a ajouté", "assure", "a assuré",
    "indique", "a indiqué", "précise", "a précisé", "juge", "a jugé", "confie", "a confié",
    "analyse", "martèle", "note", "observe", "prévient", "rappelle", "répond", "selon", "d'après",
})

# Pronouns that can stand for a speaker (resolved to the nearest person name before the quote).
PERSON_PRONOUNS: frozenset[str] = frozenset({"elle", "il"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"elles", "ils"})

ATTRIBUTION_TAILS: tuple[str, ...] = ("a déclaré", "a-t-il déclaré", "a-t-elle déclaré", "a-t-il dit", "a-t-elle dit",
                                      "a-t-il ajouté", "a-t-elle ajouté", "a-t-il précisé", "a-t-elle précisé",
                                      "a dit", "a ajouté", "selon lui", "selon elle")
ATTRIBUTION_TAIL_TIME_OPENERS: tuple[str, ...] = ("ce", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                                                  "dimanche")
