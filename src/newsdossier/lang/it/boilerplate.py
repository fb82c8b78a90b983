"""Italian boilerplate cues for the `clean` stage (data only, no logic).

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
    "lascia un commento", "il tuo indirizzo email non sarà pubblicato", r"\d+\s+commenti", "rispondi",
    "commenti$", "scrivi un commento", "mostra (i )?commenti", "accedi per commentare",
)

# What a counted comment thread is made of: "12 comments", "3 thoughts on ...".
THREAD_NOUNS: tuple[str, ...] = (
    "commenti",
)

# A whole line heading a comment thread (optionally with a count in brackets).
THREAD_HEADINGS: tuple[str, ...] = (
    "commenti",
)

# The header of one posted comment ends with a speech verb: "Ann on May 2, 2018 at 4:47 pm said:".
COMMENT_HEADER_END: tuple[str, ...] = (
    "ha scritto", "disse",
)

# Donation / subscription / membership appeals.
APPEAL_CUES: tuple[str, ...] = (
    "sostienici", "fai una donazione", "iscriviti", "abbonati",
)

# Teaser / related-content cues; the line is (mostly) the cue itself.
TEASER_CUES: tuple[str, ...] = (
    "leggi anche", "potrebbe interessarti", "articoli correlati",
)

# Share prompts (usually a whole short line).
SHARE_CUES: tuple[str, ...] = (
    "condividi",
)

# The verb opening a "share on Facebook Twitter" line.
SHARE_VERBS: tuple[str, ...] = (
    "condividi",
)

# Tag lists: "Tags: a, b, c".
TAG_CUES: tuple[str, ...] = (
    "parole chiave", "argomenti",
)

# "Source: site" lines.
SOURCE_CUES: tuple[str, ...] = (
    "fonte", "fonti",
)

# Metadata keys of "key: value" lines.
METADATA_CUES: tuple[str, ...] = (
    "data", "pubblicato( il)?", "aggiornato( il)?", "di", "autore",
)

# Keys of a publication-date line at the head of a plain-text article ("Published: 14 March 2031").
DATE_LINE_CUES: tuple[str, ...] = (
    "data",
)

# The word introducing a byline ("By Ann Smith and Bo Li").
BYLINE_CUES: tuple[str, ...] = (
    "di",
)

# The word joining two names of a byline.
BYLINE_JOINERS: tuple[str, ...] = (
    "e",
)

# Photo / image credit keys: "Photo: AP", "Foto: dpa".
CAPTION_CUES: tuple[str, ...] = (
    "foto", "immagine",
)

# Author-bio openers: "About <Name>", "À propos de l'auteur".
BIO_CUES: tuple[str, ...] = (
    "l'autore", "sull'autore",
)

# Legal / rights lines.
LEGAL_CUES: tuple[str, ...] = (
    "riproduzione riservata", "tutti i diritti riservati",
)

# Navigation words that make a whole short line.
NAVIGATION_WORDS: tuple[str, ...] = (
    "torna su", "pubblicità", "successivo", "precedente", "cerca",
    "accetta", "accetta tutti", "rifiuta", "rifiuta tutti",
)

# Function words, for stop-word density (prose has many, menus few).
STOPWORDS: frozenset[str] = frozenset(
    """
    il lo gli i una uno e o ma è sono era essere lui lei noi voi che chi di da in con su per tra fra del della dei
    delle nel nella al alla non più come anche ha hanno si
    """.split()
)


# Paywall and log-in teasers that cut the article short ("Subscribe to continue reading").
PAYWALL_CUES: tuple[str, ...] = (
    "abbonati per continuare", "per continuare a leggere", "sei già abbonato", "contenuto riservato agli abbonati", "articolo riservato agli abbonati",
)
