"""Portuguese boilerplate cues for the `clean` stage (data only, no logic).

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
    "deixe (um|seu) comentário", "deixe uma resposta", "o seu endereço de e-mail não será publicado", "responder",
)

# What a counted comment thread is made of: "12 comments", "3 thoughts on ...".
THREAD_NOUNS: tuple[str, ...] = (
    "comentários?",
)

# The header of one posted comment ends with a speech verb: "Ann on May 2, 2018 at 4:47 pm said:".
COMMENT_HEADER_END: tuple[str, ...] = (
    "disse", "escreveu",
)

# Donation / subscription / membership appeals.
APPEAL_CUES: tuple[str, ...] = (
    "apoie", "faça uma doação", "assine", "inscreva-se",
)

# Teaser / related-content cues; the line is (mostly) the cue itself.
TEASER_CUES: tuple[str, ...] = (
    "leia também", "leia mais", "veja também", "notícias relacionadas",
)

# Share prompts (usually a whole short line).
SHARE_CUES: tuple[str, ...] = (
    "compartilh(e|ar)",
)

# Tag lists: "Tags: a, b, c".
TAG_CUES: tuple[str, ...] = (
    "palavras-chave", "temas",
)

# "Source: site" lines.
SOURCE_CUES: tuple[str, ...] = (
    "fonte",
)

# Metadata keys of "key: value" lines.
METADATA_CUES: tuple[str, ...] = (
    "data", "publicado( em)?", "atualizado( em)?", "por", "autor",
)

# Keys of a publication-date line at the head of a plain-text article ("Published: 14 March 2031").
DATE_LINE_CUES: tuple[str, ...] = (
    "data",
)

# The word introducing a byline ("By Ann Smith and Bo Li").
BYLINE_CUES: tuple[str, ...] = (
    "por",
)

# The word joining two names of a byline.
BYLINE_JOINERS: tuple[str, ...] = (
    "e",
)

# Photo / image credit keys: "Photo: AP", "Foto: dpa".
CAPTION_CUES: tuple[str, ...] = (
    "foto", "fotos",
)

# Author-bio openers: "About <Name>", "À propos de l'auteur".
BIO_CUES: tuple[str, ...] = (
    "sobre o autor",
)

# The word "author", which makes a short capitalised line after an "About" cue an author bio.
AUTHOR_WORDS: tuple[str, ...] = (
    "autor",
)

# Legal / rights lines.
LEGAL_CUES: tuple[str, ...] = (
    "todos os direitos reservados",
)

# Navigation words that make a whole short line.
NAVIGATION_WORDS: tuple[str, ...] = (
    "voltar ao topo", "início", "próximo", "publicidade",
)

# Function words, for stop-word density (prose has many, menus few).
STOPWORDS: frozenset[str] = frozenset(
    """
    o os as um uma uns umas e ou mas é são foi ser ele ela eles elas nós que em com por para sem sobre do da dos
    das no na nos nas ao não mais como também tem
    """.split()
)
