"""German reported speech: speech verbs as written (surface forms) and the pronouns a speaker is.

Source: listed by the project from general German news usage (reporting verbs in the present and
past, attribution phrases such as 'according to'); moved from lang/en/speech.py (SPEECH_VERBS_DE)
and the pronoun table of analyze/quotes_ml.py.
"""

from __future__ import annotations

# Speech verbs and attribution phrases, surface forms (no inflection is generated).
SPEECH_VERBS: frozenset[str] = frozenset({
    "sagt", "sagte", "gesagt", "erklärt", "erklärte", "betont", "betonte", "meint", "meinte",
    "sprach", "fügte", "hinzu", "warnt", "warnte", "berichtet", "berichtete", "teilte", "mit",
    "kritisiert", "kritisierte", "schreibt", "schrieb", "laut", "zufolge", "so",
})

# Pronouns that can stand for a speaker (resolved to the nearest person name before the quote).
PERSON_PRONOUNS: frozenset[str] = frozenset({"er", "sie"})

ATTRIBUTION_TAILS: tuple[str, ...] = ("sagte",)
