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
    "analyse", "martèle", "note", "observe", "prévient", "rappelle", "répond", "raconte", "déplore",
    "dénonce", "insiste", "poursuit", "conclut", "reconnaît", "admet", "lance", "ajoutent", "disent", "estiment",
    "expliquent", "déclarent", "affirment", "dira", "déclarait", "expliquait",
})
# Participles after an auxiliary ("ont déclaré", "avait précisé"); "a dit" and its kind are listed above too.
SPEECH_PARTICIPLES: frozenset[str] = frozenset({
    "dit", "déclaré", "affirmé", "expliqué", "estimé", "souligné", "ajouté", "assuré", "indiqué", "précisé",
    "jugé", "confié", "martelé", "noté", "observé", "prévenu", "rappelé", "répondu", "raconté", "déploré",
    "dénoncé", "insisté", "poursuivi", "conclu", "reconnu", "admis", "lancé", "annoncé", "écrit", "averti",
})
SPEECH_AUXILIARIES: frozenset[str] = frozenset({"a", "ont", "avait", "avaient", "aurait"})

# Attribution frames: the speaker follows them ("selon le ministre, Jean Roe, ...").
ACCORDING: tuple[str, ...] = ("selon", "d'après", "aux yeux de", "de l'avis de", "cité par", "citée par")
ACCORDING_PRONOUN: tuple[str, ...] = ("selon lui", "selon elle", "selon eux", "d'après lui", "d'après elle",
                                      "à ses yeux")

# French quotes with « … » (the standard), “…” inside them, "…" on the web; the dialogue dash "— dit-il".
QUOTE_PAIRS: dict[str, str] = {"«": "»", "“": "”", "\"": "\"", "‹": "›"}
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"le", "la", "les", "l'", "un", "une"})
CUE_CIRCUMSTANCE_WORDS: frozenset[str] = frozenset({"à", "au", "aux", "dans", "devant", "lors", "en", "pendant",
                                                    "sur", "hier", "aujourd'hui", "ce", "cette"})
QUOTE_COMPLEMENTIZERS: tuple[str, ...] = ("que", "qu'")
LONGEST_SPEAKER_NAME: int = 4

# Pronouns that can stand for a speaker (resolved to the nearest person name before the quote).
PERSON_PRONOUNS: frozenset[str] = frozenset({"elle", "il"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"elles", "ils"})

ATTRIBUTION_TAILS: tuple[str, ...] = ("a déclaré", "a-t-il déclaré", "a-t-elle déclaré", "a-t-il dit", "a-t-elle dit",
                                      "a-t-il ajouté", "a-t-elle ajouté", "a-t-il précisé", "a-t-elle précisé",
                                      "a dit", "a ajouté", "selon lui", "selon elle")
ATTRIBUTION_TAIL_TIME_OPENERS: tuple[str, ...] = ("ce", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                                                  "dimanche")
