"""German boilerplate cues for the `clean` stage (data only, no logic).

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
    "kommentar (schreiben|verfassen|hinterlassen)", "ihre e-mail-adresse wird nicht veröffentlicht",
    r"\d+\s+kommentare?", "schreibe einen kommentar", "antworten",
    "kommentare$", "kommentare anzeigen", "zum kommentieren anmelden",
)

# What a counted comment thread is made of: "12 comments", "3 thoughts on ...".
THREAD_NOUNS: tuple[str, ...] = (
    "kommentare?", "kommentar",
)

# A whole line heading a comment thread (optionally with a count in brackets).
THREAD_HEADINGS: tuple[str, ...] = (
    "kommentare",
)

# The header of one posted comment ends with a speech verb: "Ann on May 2, 2018 at 4:47 pm said:".
COMMENT_HEADER_END: tuple[str, ...] = (
    "schrieb", "schreibt",
)

# Donation / subscription / membership appeals.
APPEAL_CUES: tuple[str, ...] = (
    "unterstützen sie", "jetzt spenden", "spende", "abonnieren", "jetzt abonnieren",
)

# Teaser / related-content cues; the line is (mostly) the cue itself.
TEASER_CUES: tuple[str, ...] = (
    "lesen sie auch", "mehr zum thema", "auch interessant", "weitere artikel", "das könnte sie auch interessieren",
)

# Share prompts (usually a whole short line).
SHARE_CUES: tuple[str, ...] = (
    "teilen",
)

# The verb opening a "share on Facebook Twitter" line.
SHARE_VERBS: tuple[str, ...] = (
    "teilen",
)

# Tag lists: "Tags: a, b, c".
TAG_CUES: tuple[str, ...] = (
    "schlagwörter", "schlagworte", "themen",
)

# "Source: site" lines.
SOURCE_CUES: tuple[str, ...] = (
    "quelle", "quellen",
)

# Metadata keys of "key: value" lines.
METADATA_CUES: tuple[str, ...] = (
    "datum", "veröffentlicht( am)?", "aktualisiert( am)?", "von", "autor",
)

# Keys of a publication-date line at the head of a plain-text article ("Published: 14 March 2031").
DATE_LINE_CUES: tuple[str, ...] = (
    "datum",
)

# The word introducing a byline ("By Ann Smith and Bo Li").
BYLINE_CUES: tuple[str, ...] = (
    "von",
)

# The word joining two names of a byline.
BYLINE_JOINERS: tuple[str, ...] = (
    "und",
)

# Photo / image credit keys: "Photo: AP", "Foto: dpa".
CAPTION_CUES: tuple[str, ...] = (
    "foto", "fotos", "bild", "bildquelle",
)

# The word after a credit key naming who took the picture ("Photo by AP").
CAPTION_BY: tuple[str, ...] = (
    "von",
)

# Author-bio openers: "About <Name>", "À propos de l'auteur".
BIO_CUES: tuple[str, ...] = (
    "über den autor", "über die autorin", "über",
)

# The word "author", which makes a short capitalised line after an "About" cue an author bio.
AUTHOR_WORDS: tuple[str, ...] = (
    "autor",
)

# Legal / rights lines.
LEGAL_CUES: tuple[str, ...] = (
    "alle rechte vorbehalten",
)

# Navigation words that make a whole short line.
NAVIGATION_WORDS: tuple[str, ...] = (
    "nach oben", "startseite", "weiter", "zurück", "anzeige", "werbung", "suche",
    "alle akzeptieren", "akzeptieren", "ablehnen", "einstellungen",
)

# Function words, for stop-word density (prose has many, menus few).
STOPWORDS: frozenset[str] = frozenset(
    """
    der die das ein eine einer eines einem einen und oder aber ist sind war waren sein er sie es wir ihr ich dass
    nicht mit von zu im in auf an für aus bei nach über unter auch wie als den dem des sich hat haben wird werden
    """.split()
)


# Paywall and log-in teasers that cut the article short ("Subscribe to continue reading").
PAYWALL_CUES: tuple[str, ...] = (
    "jetzt abonnieren und weiterlesen", "weiterlesen mit", "bereits abonnent", "dieser artikel ist (nur )?für abonnenten", "jetzt weiterlesen", "plus-artikel",
)
