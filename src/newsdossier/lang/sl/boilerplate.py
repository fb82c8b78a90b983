"""Slovene boilerplate cues for the `clean` stage (data only, no logic).

Entries are general web-page conventions (comment prompts, appeals, paywall teasers, teaser cues, credits, cookie
banners, menus), no story's words; lower-case regular-expression fragments matched against a casefolded line.

Source: compiled by the project from general knowledge of common web-page conventions of news sites in Slovene
(issue 21); not taken from any corpus.
"""

from __future__ import annotations


# A short line *starting with* one of these opens a comment section.
COMMENT_CUES: tuple[str, ...] = (
    "komentarji$", "dodaj komentar", "napiši komentar", r"\d+\s+komentar", "komentiraj", "odgovori",
)


# What a counted comment thread is made of: "12 comments".
THREAD_NOUNS: tuple[str, ...] = (
    r"komentar\w*",
)


# A whole line heading a comment thread.
THREAD_HEADINGS: tuple[str, ...] = (
    "komentarji",
)


# Donation / subscription / membership appeals.
APPEAL_CUES: tuple[str, ...] = (
    "podprite nas", "donirajte", "naročite se na",
)


# Teaser / related-content cues; the line is (mostly) the cue itself.
TEASER_CUES: tuple[str, ...] = (
    "preberite (še|tudi)", "več o tem", "sorodne novice", "povezani članki", "najbolj brano",
)


# Share prompts (usually a whole short line).
SHARE_CUES: tuple[str, ...] = (
    "deli", "delite",
)


# "Source: site" lines.
SOURCE_CUES: tuple[str, ...] = (
    "vir",
)


# Photo / image credit keys.
CAPTION_CUES: tuple[str, ...] = (
    "foto", "fotografija",
)


# Legal / rights and cookie-consent lines.
LEGAL_CUES: tuple[str, ...] = (
    "vse pravice pridržane", "piškot",
)


# Navigation words and cookie-banner buttons that make a whole short line.
NAVIGATION_WORDS: tuple[str, ...] = (
    "sprejmi vse", "sprejmem", "zavrni", "domov", "nazaj", "naprej",
)


# Paywall and log-in teasers that cut the article short ("Subscribe to continue reading").
PAYWALL_CUES: tuple[str, ...] = (
    "samo za naročnike", "ste že naročnik", "prijavite se", "naročite se, da (preberete|nadaljujete)",
)


# Function words, for stop-word density (prose has many, menus few).
STOPWORDS: frozenset[str] = frozenset(
    """
    in je v na za z s se da ne so pa bi kot ki po pri od do tudi ali to ta tega še iz
    """.split()
)
