"""German words that carry no content of their own: sentence connectives and words that lean on the sentence
before.

Source: compiled by the project from general German usage; moved from summarize.py.
"""

CONNECTIVES = ("aber", "jedoch", "außerdem")
ANAPHORIC_OPENERS = ("er", "sie", "es")
