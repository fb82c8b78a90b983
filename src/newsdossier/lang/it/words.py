"""Italian words that carry no content of their own: sentence connectives and words that lean on the sentence
before.

Source: compiled by the project from general Italian usage; moved from summarize.py.
"""

CONNECTIVES = ("ma", "tuttavia", "inoltre")
