"""Ukrainian boilerplate cues for the `clean` stage (data only, no logic).

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
    "залишити коментар", "додати коментар", "коментарі", r"\d+\s+комента", "відповісти",
)

# What a counted comment thread is made of: "12 comments", "3 thoughts on ...".
THREAD_NOUNS: tuple[str, ...] = (
    r"відгук\w*",
)

# The header of one posted comment ends with a speech verb: "Ann on May 2, 2018 at 4:47 pm said:".
COMMENT_HEADER_END: tuple[str, ...] = (
    "пише", "написав",
)

# Donation / subscription / membership appeals.
APPEAL_CUES: tuple[str, ...] = (
    "підтримайте", "підписуйтесь", "підпишіться", "задонатити",
)

# Teaser / related-content cues; the line is (mostly) the cue itself.
TEASER_CUES: tuple[str, ...] = (
    "читайте також", "дивіться також", "схожі (статті|новини)",
)

# Share prompts (usually a whole short line).
SHARE_CUES: tuple[str, ...] = (
    "поділитися",
)

# The verb opening a "share on Facebook Twitter" line.
SHARE_VERBS: tuple[str, ...] = (
    "поділитися",
)

# Tag lists: "Tags: a, b, c".
TAG_CUES: tuple[str, ...] = (
    "теґи", "мітки", "ключові слова",
)

# "Source: site" lines.
SOURCE_CUES: tuple[str, ...] = (
    "джерело", "джерела",
)

# Metadata keys of "key: value" lines.
METADATA_CUES: tuple[str, ...] = (
    "дата", "опубліковано", "оновлено", "автор",
)

# The word introducing a byline ("By Ann Smith and Bo Li").
BYLINE_CUES: tuple[str, ...] = (
    "від",
)

# The word joining two names of a byline.
BYLINE_JOINERS: tuple[str, ...] = (
    "і",
)

# Photo / image credit keys: "Photo: AP", "Foto: dpa".
CAPTION_CUES: tuple[str, ...] = (
    "фото", "світлина", "ілюстрація",
)

# Author-bio openers: "About <Name>", "À propos de l'auteur".
BIO_CUES: tuple[str, ...] = (
    "про автора",
)

# Legal / rights lines.
LEGAL_CUES: tuple[str, ...] = (
    "всі права захищені",
)

# Navigation words that make a whole short line.
NAVIGATION_WORDS: tuple[str, ...] = (
    "вгору", "головна", "пошук",
    "прийняти", "прийняти все",
)

# Function words, for stop-word density (prose has many, menus few).
STOPWORDS: frozenset[str] = frozenset(
    """
    і в у не що він вона вони ми ви я на з із зі як а та все так його її їх але до від за про для це був була було
    були бути який яка які також вже або при
    """.split()
)


# Paywall and log-in teasers that cut the article short ("Subscribe to continue reading").
PAYWALL_CUES: tuple[str, ...] = (
    "оформіть передплату", "доступно лише передплатникам", "вже маєте передплату",
)
