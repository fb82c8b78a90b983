"""German words that carry no content of their own: sentence connectives and words that lean on the sentence
before.

Source: compiled by the project from general German usage; moved from summarize.py.
"""

CONNECTIVES = ("aber", "jedoch", "außerdem")
ANAPHORIC_OPENERS = ("er", "sie", "es")

# Words never a name on their own, even capitalised in mid-sentence (where a stop word may be a name): time
# adverbs and prepositions that open news sentences with a capital; some are in spaCy's stop list too, which
# does not make them never-names (analyze/function_words.py). Source: general German usage.
NEVER_NAMES = frozenset({"gestern", "heute", "morgen", "laut", "zudem", "trotz", "derzeit", "inzwischen"})
