"""French boilerplate cues for the `clean` stage (data only, no logic).

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
    "laisser un commentaire", "laissez un commentaire", "votre adresse (e-)?mail ne sera pas publiée",
    r"\d+\s+commentaires?", "r[ée]agir", "répondre",
)

# What a counted comment thread is made of: "12 comments", "3 thoughts on ...".
THREAD_NOUNS: tuple[str, ...] = (
    "commentaires?", "réactions?",
)

# A whole line heading a comment thread (optionally with a count in brackets).
THREAD_HEADINGS: tuple[str, ...] = (
    "commentaires",
)

# The header of one posted comment ends with a speech verb: "Ann on May 2, 2018 at 4:47 pm said:".
COMMENT_HEADER_END: tuple[str, ...] = (
    "a écrit", "dit",
)

# Donation / subscription / membership appeals.
APPEAL_CUES: tuple[str, ...] = (
    "soutenez", "faire un don", "abonnez-vous", "s'abonner", "inscrivez-vous",
)

# Teaser / related-content cues; the line is (mostly) the cue itself.
TEASER_CUES: tuple[str, ...] = (
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet", "à lire",
)

# Share prompts (usually a whole short line).
SHARE_CUES: tuple[str, ...] = (
    "partager", "partagez",
)

# The verb opening a "share on Facebook Twitter" line.
SHARE_VERBS: tuple[str, ...] = (
    "partager",
)

# Small words between a share verb and the network names ("share this article on").
SHARE_FILLERS: tuple[str, ...] = (
    "sur",
)

# Tag lists: "Tags: a, b, c".
TAG_CUES: tuple[str, ...] = (
    "étiquettes?", "mots[- ]clés", "thèmes?",
)

# "Source: site" lines.
SOURCE_CUES: tuple[str, ...] = (
    "source", "sources",
)

# Metadata keys of "key: value" lines.
METADATA_CUES: tuple[str, ...] = (
    "date", "publié le", "mis à jour( le)?", "par", "auteur",
)

# Keys of a publication-date line at the head of a plain-text article ("Published: 14 March 2031").
DATE_LINE_CUES: tuple[str, ...] = (
    "publié le", "publie le",
)

# The word introducing a byline ("By Ann Smith and Bo Li").
BYLINE_CUES: tuple[str, ...] = (
    "par",
)

# The word joining two names of a byline.
BYLINE_JOINERS: tuple[str, ...] = (
    "et",
)

# Photo / image credit keys: "Photo: AP", "Foto: dpa".
CAPTION_CUES: tuple[str, ...] = (
    "crédit", "crédits", "crédit photo",
)

# The word after a credit key naming who took the picture ("Photo by AP").
CAPTION_BY: tuple[str, ...] = (
    "par",
)

# Author-bio openers: "About <Name>", "À propos de l'auteur".
BIO_CUES: tuple[str, ...] = (
    "à propos de l'auteur", "à propos de", "l'auteur",
)

# The word "author", which makes a short capitalised line after an "About" cue an author bio.
AUTHOR_WORDS: tuple[str, ...] = (
    "auteur",
)

# Legal / rights lines.
LEGAL_CUES: tuple[str, ...] = (
    "tous droits réservés", "reproduction interdite",
)

# Navigation words that make a whole short line.
NAVIGATION_WORDS: tuple[str, ...] = (
    "retour en haut", "haut de page", "accueil", "suivant", "précédent", "publicité", "rechercher",
)

# Function words, for stop-word density (prose has many, menus few).
STOPWORDS: frozenset[str] = frozenset(
    """
    le la les un une des du de et ou mais est sont été être il elle ils elles nous vous je que qui quoi dans sur
    par pour avec sans au aux ce cette ces son sa ses leur leurs ne pas plus a ont était se en y
    """.split()
)
