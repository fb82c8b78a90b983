"""French words that carry no content of their own: sentence connectives and words that lean on the sentence
before.

Source: compiled by the project from general French usage; moved from summarize.py.
"""

CONNECTIVES = ("cependant", "toutefois", "mais", "et", "par ailleurs", "en outre", "de plus", "pourtant", "néanmoins",
               "en effet", "or", "ainsi", "d'ailleurs", "d’ailleurs", "enfin", "quant à lui", "de son côté")
ANAPHORIC_OPENERS = ("ce", "cela", "ceci", "il", "elle", "ils", "elles", "celui-ci", "celle-ci")
