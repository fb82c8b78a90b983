"""Czech boilerplate cues for the `clean` stage (data only, no logic).

Entries are general web-page conventions (comment prompts, appeals, teaser cues, credits, menus), no story's
words. Cue entries are lower-case regular-expression fragments matched against a casefolded,
whitespace-collapsed line; the cleaner decides (with length, position and shape) whether a match makes a
line junk. The cleaner asks every language here at once: pages mix languages and menus outlive translations.

Source: compiled by the project from common web-page conventions of news sites (formerly one multilingual
list in data/boilerplate.py, then lang/en/boilerplate.py; split by language unchanged).
"""

from __future__ import annotations


# "Source: site" lines.
SOURCE_CUES: tuple[str, ...] = (
    "zdroj",
)


# A short line *starting with* one of these opens a comment section.
COMMENT_CUES: tuple[str, ...] = (
    "komentáře$", "diskuse$", "přidat komentář", "napsat komentář", r"\d+\s+komentář",
)


# What a counted comment thread is made of: "12 comments".
THREAD_NOUNS: tuple[str, ...] = (
    r"komentář\w*", r"příspěv\w*",
)


# A whole line heading a comment thread.
THREAD_HEADINGS: tuple[str, ...] = (
    "komentáře", "diskuse",
)


# Donation / subscription / membership appeals.
APPEAL_CUES: tuple[str, ...] = (
    "podpořte nás", "darujte",
)


# Teaser / related-content cues; the line is (mostly) the cue itself.
TEASER_CUES: tuple[str, ...] = (
    "přečtěte si (také|též|rovněž)", "čtěte (také|též)", "související články", "mohlo by vás zajímat",
)


# Share prompts (usually a whole short line).
SHARE_CUES: tuple[str, ...] = (
    "sdílet", "sdílejte",
)


# Photo / image credit keys.
CAPTION_CUES: tuple[str, ...] = (
    "foto", "ilustrační foto",
)


# Navigation words and cookie-banner buttons that make a whole short line.
NAVIGATION_WORDS: tuple[str, ...] = (
    "přijmout vše", "souhlasím", "odmítnout", "nahoru", "hlavní strana",
)


# Paywall and log-in teasers that cut the article short ("Subscribe to continue reading").
PAYWALL_CUES: tuple[str, ...] = (
    "předplaťte si", "(článek|obsah) je (dostupný )?(pouze |jen )?pro předplatitele", "přihlaste se", "už máte předplatné",
)
