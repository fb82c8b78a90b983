"""Spanish words that carry no content of their own: sentence connectives and words that lean on the sentence
before.

Source: compiled by the project from general Spanish usage; moved from summarize.py.
"""

CONNECTIVES = ("pero", "sin embargo", "además")
ANAPHORIC_OPENERS = ("él", "ella")
