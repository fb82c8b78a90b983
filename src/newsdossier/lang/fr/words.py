"""French words that carry no content of their own: sentence connectives and words that lean on the sentence
before.

Source: compiled by the project from general French usage; moved from summarize.py.
"""

CONNECTIVES = ("cependant", "toutefois", "mais", "et", "par ailleurs", "en outre", "de plus", "pourtant", "néanmoins",
               "en effet", "or", "ainsi", "d'ailleurs", "d’ailleurs", "enfin", "quant à lui", "de son côté")
ANAPHORIC_OPENERS = ("ce", "cela", "ceci", "il", "elle", "ils", "elles", "celui-ci", "celle-ci")

# Words never a name on their own, even capitalised in mid-sentence (where a stop word may be a name): time
# adverbs and prepositions that open news sentences with a capital; some are in spaCy's stop list too, which
# does not make them never-names (analyze/function_words.py). Source: general French usage.
NEVER_NAMES = frozenset({"hier", "aujourd'hui", "aujourd’hui", "demain", "selon", "lors", "dès", "désormais",
                         "toutefois", "cependant"})
