"""Bulgarian boilerplate cues for the `clean` stage (data only, no logic).

Entries are general web-page conventions (comment prompts, appeals, paywall teasers, teaser cues, credits, cookie
banners, menus), no story's words; lower-case regular-expression fragments matched against a casefolded line.

Source: compiled by the project from general knowledge of common web-page conventions of news sites in Bulgarian
(issue 21); not taken from any corpus.
"""

from __future__ import annotations


# A short line *starting with* one of these opens a comment section.
COMMENT_CUES: tuple[str, ...] = (
    "коментари$", "добави коментар", "напиши коментар", r"\d+\s+коментар", "коментирай", "отговори",
)


# What a counted comment thread is made of: "12 comments".
THREAD_NOUNS: tuple[str, ...] = (
    r"коментар\w*",
)


# A whole line heading a comment thread.
THREAD_HEADINGS: tuple[str, ...] = (
    "коментари",
)


# Donation / subscription / membership appeals.
APPEAL_CUES: tuple[str, ...] = (
    "подкрепете ни", "дарете", "абонирайте се за",
)


# Teaser / related-content cues; the line is (mostly) the cue itself.
TEASER_CUES: tuple[str, ...] = (
    "прочетете (още|също)", "вижте (още|също)", "още по темата", "свързани (новини|статии)", "най-четени",
)


# Share prompts (usually a whole short line).
SHARE_CUES: tuple[str, ...] = (
    "сподели", "споделете",
)


# "Source: site" lines.
SOURCE_CUES: tuple[str, ...] = (
    "източник",
)


# Photo / image credit keys.
CAPTION_CUES: tuple[str, ...] = (
    "снимка", "снимки",
)


# Legal / rights and cookie-consent lines.
LEGAL_CUES: tuple[str, ...] = (
    "всички права запазени", "бисквитки",
)


# Navigation words and cookie-banner buttons that make a whole short line.
NAVIGATION_WORDS: tuple[str, ...] = (
    "приемам", "приеми всички", "откажи", "начало", "назад", "напред",
)


# Paywall and log-in teasers that cut the article short ("Subscribe to continue reading").
PAYWALL_CUES: tuple[str, ...] = (
    "само за абонати", "влезте в профила си", "абонирайте се, за да (прочетете|продължите)",
)


# Function words, for stop-word density (prose has many, menus few).
STOPWORDS: frozenset[str] = frozenset(
    """
    и в на за от с се да не че е са той тя те по при като но или това този тази ще до след към
    """.split()
)
