"""Polish boilerplate cues for the `clean` stage (data only, no logic).

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
    "dodaj komentarz", "skomentuj", "twój adres e-mail nie zostanie opublikowany", r"\d+\s+komentarz", "odpowiedz",
    "komentarze$", "pokaż komentarze", "zaloguj się, aby (skomentować|dodać komentarz)",
)

# What a counted comment thread is made of: "12 comments", "3 thoughts on ...".
THREAD_NOUNS: tuple[str, ...] = (
    r"komentarz\w*",
)

# A whole line heading a comment thread (optionally with a count in brackets).
THREAD_HEADINGS: tuple[str, ...] = (
    "komentarze",
)

# The header of one posted comment ends with a speech verb: "Ann on May 2, 2018 at 4:47 pm said:".
COMMENT_HEADER_END: tuple[str, ...] = (
    "napisał", "napisała",
)

# Donation / subscription / membership appeals.
APPEAL_CUES: tuple[str, ...] = (
    "wesprzyj", "wpłać", "przekaż darowiznę", "subskrybuj", "zapisz się",
)

# Teaser / related-content cues; the line is (mostly) the cue itself.
TEASER_CUES: tuple[str, ...] = (
    "czytaj (też|także|również|więcej)", "zobacz (też|także|również)", "polecamy", "powiązane",
)

# Share prompts (usually a whole short line).
SHARE_CUES: tuple[str, ...] = (
    "udostępnij",
)

# The verb opening a "share on Facebook Twitter" line.
SHARE_VERBS: tuple[str, ...] = (
    "udostępnij",
)

# Tag lists: "Tags: a, b, c".
TAG_CUES: tuple[str, ...] = (
    "tagi", "tematy", "słowa kluczowe",
)

# "Source: site" lines.
SOURCE_CUES: tuple[str, ...] = (
    "źródło", "źródła",
)

# Metadata keys of "key: value" lines.
METADATA_CUES: tuple[str, ...] = (
    "data", "opublikowano", "aktualizacja", "autor",
)

# Keys of a publication-date line at the head of a plain-text article ("Published: 14 March 2031").
DATE_LINE_CUES: tuple[str, ...] = (
    "data",
)

# The word introducing a byline ("By Ann Smith and Bo Li").
BYLINE_CUES: tuple[str, ...] = (
    "przez",
)

# The word joining two names of a byline.
BYLINE_JOINERS: tuple[str, ...] = (
    "i",
)

# Photo / image credit keys: "Photo: AP", "Foto: dpa".
CAPTION_CUES: tuple[str, ...] = (
    r"fot\.?", "zdjęcie", r"zdj\.?",
)

# Author-bio openers: "About <Name>", "À propos de l'auteur".
BIO_CUES: tuple[str, ...] = (
    "o autorze",
)

# The word "author", which makes a short capitalised line after an "About" cue an author bio.
AUTHOR_WORDS: tuple[str, ...] = (
    "autor",
)

# Legal / rights lines.
LEGAL_CUES: tuple[str, ...] = (
    "wszelkie prawa zastrzeżone",
)

# Navigation words that make a whole short line.
NAVIGATION_WORDS: tuple[str, ...] = (
    "do góry", "strona główna", "dalej", "wstecz", "reklama", "szukaj",
    "akceptuję", "zaakceptuj wszystkie", "odrzuć", "ustawienia",
)

# Function words, for stop-word density (prose has many, menus few).
STOPWORDS: frozenset[str] = frozenset(
    """
    i w z na do że się nie to jest są był była było jak ale lub oraz o od po za przez dla przy jego jej ich co
    który która które tak także też już
    """.split()
)


# Paywall and log-in teasers that cut the article short ("Subscribe to continue reading").
PAYWALL_CUES: tuple[str, ...] = (
    "zaloguj się", "wykup (dostęp|subskrypcję|prenumeratę)", "masz już (konto|subskrypcję|prenumeratę)", "artykuł (jest )?(dostępny )?(tylko )?dla (prenumeratorów|subskrybentów)",
)
