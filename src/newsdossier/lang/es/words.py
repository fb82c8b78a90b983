"""Spanish words that carry no content of their own: sentence connectives and words that lean on the sentence
before.

Source: compiled by the project from general Spanish usage; moved from summarize.py.
"""

CONNECTIVES = ("pero", "sin embargo", "además")
ANAPHORIC_OPENERS = ("él", "ella")

# Words never a name on their own, even capitalised in mid-sentence (where a stop word may be a name): time
# adverbs and prepositions that open news sentences with a capital; some are in spaCy's stop list too, which
# does not make them never-names (analyze/function_words.py). Source: general Spanish usage.
NEVER_NAMES = frozenset({"ayer", "hoy", "mañana", "anoche", "anteayer", "según", "además", "asimismo", "entretanto",
                         "mientras", "tras", "durante", "mediante", "pese", "sin", "hacia", "hasta"})
