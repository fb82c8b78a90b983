"""Italian words that carry no content of their own: sentence connectives and words that lean on the sentence
before.

Source: compiled by the project from general Italian usage; moved from summarize.py.
"""

CONNECTIVES = ("ma", "tuttavia", "inoltre")

# Words never a name on their own, even capitalised in mid-sentence (where a stop word may be a name): time
# adverbs and prepositions that open news sentences with a capital; some are in spaCy's stop list too, which
# does not make them never-names (analyze/function_words.py). Source: general Italian usage.
NEVER_NAMES = frozenset({"ieri", "oggi", "domani", "stamattina", "stanotte", "secondo", "inoltre", "intanto",
                         "durante", "mentre", "dopo", "più", "già", "però", "tuttavia"})
