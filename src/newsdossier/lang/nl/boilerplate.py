"""Dutch boilerplate cues for the `clean` stage (data only, no logic).

Entries are general web-page conventions (comment prompts, appeals, teaser cues, credits, menus), no story's
words. Cue entries are lower-case regular-expression fragments matched against a casefolded,
whitespace-collapsed line; the cleaner decides (with length, position and shape) whether a match makes a
line junk. The cleaner asks every language here at once: pages mix languages and menus outlive translations.

Source: compiled by the project from common web-page conventions of news sites (formerly one multilingual
list in data/boilerplate.py, then lang/en/boilerplate.py; split by language unchanged).
"""

from __future__ import annotations


# A short line *starting with* one of these (or with a comment phrase) opens a comment section.
COMMENT_CUES: tuple[str, ...] = (
    "laat een reactie achter", "plaats een reactie",
)

# What a counted comment thread is made of: "12 comments", "3 thoughts on ...".
THREAD_NOUNS: tuple[str, ...] = (
    "reacties?",
)

# Donation / subscription / membership appeals.
APPEAL_CUES: tuple[str, ...] = (
    "steun ons", "abonneer",
)

# Teaser / related-content cues; the line is (mostly) the cue itself.
TEASER_CUES: tuple[str, ...] = (
    "lees ook", "meer over",
)

# Share prompts (usually a whole short line).
SHARE_CUES: tuple[str, ...] = (
    "delen",
)

# Tag lists: "Tags: a, b, c".
TAG_CUES: tuple[str, ...] = (
    "trefwoorden",
)

# "Source: site" lines.
SOURCE_CUES: tuple[str, ...] = (
    "bron",
)

# Author-bio openers: "About <Name>", "À propos de l'auteur".
BIO_CUES: tuple[str, ...] = (
    "over de auteur",
)

# Legal / rights lines.
LEGAL_CUES: tuple[str, ...] = (
    "alle rechten voorbehouden",
)

# Navigation words that make a whole short line.
NAVIGATION_WORDS: tuple[str, ...] = (
    "naar boven", "volgende", "vorige", "advertentie", "zoeken",
)

# Function words, for stop-word density (prose has many, menus few).
STOPWORDS: frozenset[str] = frozenset(
    """
    de het een en of maar is zijn was waren hij zij wij jij ik dat die niet met van te in op voor uit bij naar
    over ook als
    """.split()
)
