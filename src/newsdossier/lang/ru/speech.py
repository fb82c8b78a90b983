"""Russian reported speech: speech verbs as written (surface forms) and the pronouns a speaker is.

Source: listed by the project from general Russian news usage (reporting verbs in the present and
past, attribution phrases such as 'according to'); moved from lang/en/speech.py (SPEECH_VERBS_RU)
and the pronoun table of analyze/quotes_ml.py.
"""

from __future__ import annotations

# Speech verbs and attribution phrases, surface forms (no inflection is generated).
SPEECH_VERBS: frozenset[str] = frozenset({
    "сказал", "сказала", "заявил", "заявила", "отметил", "отметила", "подчеркнул",
    "подчеркнула", "добавил", "добавила", "считает", "говорит", "пояснил", "пояснила",
    "сообщил", "сообщила", "по словам", "как считает",
})

# Pronouns that can stand for a speaker (resolved to the nearest person name before the quote).
PERSON_PRONOUNS: frozenset[str] = frozenset({"он", "она"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"они"})
