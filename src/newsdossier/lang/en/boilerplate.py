"""English boilerplate cues for the `clean` stage (data only, no logic).

Entries are general web-page conventions (comment prompts, appeals, teaser cues, credits, menus), no story's
words. Cue entries are lower-case regular-expression fragments matched against a casefolded,
whitespace-collapsed line; the cleaner decides (with length, position and shape) whether a match makes a
line junk. The cleaner asks every language here at once: pages mix languages and menus outlive translations.

Source: compiled by the project from common web-page conventions of news sites (formerly one multilingual
list in data/boilerplate.py, then lang/en/boilerplate.py; split by language unchanged).
"""

from __future__ import annotations


# Phrases that only a comment form says, wherever they stand in a short line.
COMMENT_PHRASES: tuple[str, ...] = (
    "leave a (reply|comment)", "post a comment", "add (a )?comment", "write a comment",
    "your email address will not be published", "required fields are marked", "comments? (are|is) closed",
)

# A short line *starting with* one of these (or with a comment phrase) opens a comment section.
COMMENT_CUES: tuple[str, ...] = (
    "log ?in to (reply|comment)", "be the first to comment",
    r"\d+\s+(thoughts?|comments?|responses?|replies|reactions?)\s+(on|to)\b", r"(no|\d+) comments?$", "comments?$",
    "show comments", "view comments", "reply",
)

# Small numbers written out, as in "three thoughts on ..." heading a comment thread.
THREAD_COUNT_WORDS: tuple[str, ...] = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
)

# What a counted comment thread is made of: "12 comments", "3 thoughts on ...".
THREAD_NOUNS: tuple[str, ...] = (
    "thoughts?", "comments?", "responses?", "replies", "reactions?",
)

# A whole line heading a comment thread (optionally with a count in brackets).
THREAD_HEADINGS: tuple[str, ...] = (
    "comments", "reader comments",
)

# The header of one posted comment ends with a speech verb: "Ann on May 2, 2018 at 4:47 pm said:".
COMMENT_HEADER_END: tuple[str, ...] = (
    "said", "says", "wrote", "writes", "replied",
)

# Donation / subscription / membership appeals.
APPEAL_CUES: tuple[str, ...] = (
    "support us", "support our", "please support", "support (independent|quality) journalism",
    r"donat(e|ion|ions)\b", "make a donation", "become a (member|patron|subscriber|supporter)", "subscribe",
    "sign up for", "newsletter", "join our mailing list", "patreon",
)

# One-word appeal lines (a button label kept as text).
APPEAL_WORDS: tuple[str, ...] = (
    "support", "donate", "subscribe",
)

# Teaser / related-content cues; the line is (mostly) the cue itself.
TEASER_CUES: tuple[str, ...] = (
    "check also", "related( posts| articles| stories| news| content)?", "read (also|more|next)", "see also",
    "also read", "more (stories|news|on this|from)", "you (may|might) also like", "recommended( for you)?",
    "most (read|popular|viewed)", "trending( now)?", "editor'?s picks?",
)

# Share prompts (usually a whole short line).
SHARE_CUES: tuple[str, ...] = (
    "share( this( article| story| post)?)?( on)?", "share via", "tweet", "email this", "print( this)?",
)

# The verb opening a "share on Facebook Twitter" line.
SHARE_VERBS: tuple[str, ...] = (
    "share",
)

# Small words between a share verb and the network names ("share this article on").
SHARE_FILLERS: tuple[str, ...] = (
    "on", "via", "this", "article",
)

# Network and channel names of share bars (names as each language's readers see them written).
SOCIAL_NETWORKS: tuple[str, ...] = (
    "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "pinterest", "reddit", "email", "e-mail", "vk",
    "viber", "messenger", "copy link", "print", "mail", "flipboard", "tumblr", "instagram", "youtube", "tiktok",
    "rss", "xing", "threads", "bluesky",
)

# Tag lists: "Tags: a, b, c".
TAG_CUES: tuple[str, ...] = (
    "tags?", "tagged( with)?", "topics?", "keywords?", "filed under", "categor(y|ies)",
)

# "Source: site" lines.
SOURCE_CUES: tuple[str, ...] = (
    "source", "sources", "via",
)

# Metadata keys of "key: value" lines.
METADATA_CUES: tuple[str, ...] = (
    "date", "dated", "published( on)?", "posted( on)?", "updated( on)?", "last (updated|modified)", "by", "author",
    "written by", "reporter", "editor", "reading time", "read time",
)

# Keys of a publication-date line at the head of a plain-text article ("Published: 14 March 2031").
DATE_LINE_CUES: tuple[str, ...] = (
    "date", "dated", "published", "posted", "updated",
)

# The word introducing a byline ("By Ann Smith and Bo Li").
BYLINE_CUES: tuple[str, ...] = (
    "by",
)

# The word joining two names of a byline.
BYLINE_JOINERS: tuple[str, ...] = (
    "and",
)

# Photo / image credit keys: "Photo: AP", "Foto: dpa".
CAPTION_CUES: tuple[str, ...] = (
    "photo", "photos", "photograph", "picture", "image", "images", "credit", "credits", "photo credit",
    "illustration", "video", "getty images", "file photo",
)

# The word after a credit key naming who took the picture ("Photo by AP").
CAPTION_BY: tuple[str, ...] = (
    "by",
)

# Author-bio openers: "About <Name>", "À propos de l'auteur".
BIO_CUES: tuple[str, ...] = (
    "about the authors?", "about", "author bio", "about the writer",
)

# The word "author", which makes a short capitalised line after an "About" cue an author bio.
AUTHOR_WORDS: tuple[str, ...] = (
    "author",
)

# Legal / rights lines.
LEGAL_CUES: tuple[str, ...] = (
    "all rights reserved", "©", r"\(c\) \d{4}", "copyright",
    "may (not )?be (reproduced|disseminated|republished|used)", "without (prior )?(written )?permission",
    "terms of (use|service)", "privacy policy", "cookie",
)

# Navigation words that make a whole short line.
NAVIGATION_WORDS: tuple[str, ...] = (
    "top", "back to top", "home", "menu", "next", "previous", "prev", "more", "next article", "previous article",
    "next post", "previous post", "skip to content", "skip to main content", "search", "close", "login", "log in",
    "sign in", "register", "load more", "show more", "advertisement", "advertising", "sponsored", "ad", "support",
)

# Function words, for stop-word density (prose has many, menus few).
STOPWORDS: frozenset[str] = frozenset(
    """
    a an the and or but of to in on at by for with from as is are was were be been being it its this that these
    those he she they we you i his her their our your not no have has had do does did will would can could should
    may might which who whom whose what when where why how there than then also into about after before over under
    """.split()
)


# Paywall and log-in teasers that cut the article short ("Subscribe to continue reading").
PAYWALL_CUES: tuple[str, ...] = (
    "subscribe to (continue|keep) reading", "already a subscriber", "to continue reading", "this (article|content) is (only )?(available )?(for|to) (subscribers|members)", "subscribers only",
)
