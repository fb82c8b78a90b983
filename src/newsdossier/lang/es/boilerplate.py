"""Spanish boilerplate cues for the `clean` stage (data only, no logic).

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
    "deja (un|tu) comentario", "deja una respuesta", "tu dirección de correo electrónico no será publicada",
    r"\d+\s+comentarios?", "responder",
    "comentarios$", "escribe (un|tu) comentario", "ver comentarios", "inicia sesión para comentar",
)

# What a counted comment thread is made of: "12 comments", "3 thoughts on ...".
THREAD_NOUNS: tuple[str, ...] = (
    "comentarios?",
)

# A whole line heading a comment thread (optionally with a count in brackets).
THREAD_HEADINGS: tuple[str, ...] = (
    "comentarios",
)

# The header of one posted comment ends with a speech verb: "Ann on May 2, 2018 at 4:47 pm said:".
COMMENT_HEADER_END: tuple[str, ...] = (
    "dijo", "escribió",
)

# Donation / subscription / membership appeals.
APPEAL_CUES: tuple[str, ...] = (
    "apóyanos", "haz una donación", "suscríbete", "suscribirse", "dona ahora",
)

# Teaser / related-content cues; the line is (mostly) the cue itself.
TEASER_CUES: tuple[str, ...] = (
    "lee también", "leer más", "te puede interesar", "noticias relacionadas", "más noticias",
)

# Share prompts (usually a whole short line).
SHARE_CUES: tuple[str, ...] = (
    "compartir", "comparte",
)

# The verb opening a "share on Facebook Twitter" line.
SHARE_VERBS: tuple[str, ...] = (
    "compartir",
)

# Tag lists: "Tags: a, b, c".
TAG_CUES: tuple[str, ...] = (
    "etiquetas", "temas",
)

# "Source: site" lines.
SOURCE_CUES: tuple[str, ...] = (
    "fuente", "fuentes",
)

# Metadata keys of "key: value" lines.
METADATA_CUES: tuple[str, ...] = (
    "fecha", "publicado( el)?", "actualizado", "por", "autor",
)

# Keys of a publication-date line at the head of a plain-text article ("Published: 14 March 2031").
DATE_LINE_CUES: tuple[str, ...] = (
    "fecha",
)

# The word introducing a byline ("By Ann Smith and Bo Li").
BYLINE_CUES: tuple[str, ...] = (
    "por",
)

# The word joining two names of a byline.
BYLINE_JOINERS: tuple[str, ...] = (
    "y",
)

# Photo / image credit keys: "Photo: AP", "Foto: dpa".
CAPTION_CUES: tuple[str, ...] = (
    "foto", "fotos", "imagen",
)

# Author-bio openers: "About <Name>", "À propos de l'auteur".
BIO_CUES: tuple[str, ...] = (
    "sobre el autor", "sobre la autora",
)

# The word "author", which makes a short capitalised line after an "About" cue an author bio.
AUTHOR_WORDS: tuple[str, ...] = (
    "autor",
)

# Legal / rights lines.
LEGAL_CUES: tuple[str, ...] = (
    "todos los derechos reservados",
)

# Navigation words that make a whole short line.
NAVIGATION_WORDS: tuple[str, ...] = (
    "volver arriba", "inicio", "siguiente", "anterior", "publicidad", "buscar",
    "aceptar", "aceptar todas", "rechazar", "configurar cookies",
)

# Function words, for stop-word density (prose has many, menus few).
STOPWORDS: frozenset[str] = frozenset(
    """
    el los las uno una unos unas y o pero es son fue ser está están él ella ellos nosotros que en con por para sin
    sobre del al lo se su sus le les no más como ha han
    """.split()
)


# Paywall and log-in teasers that cut the article short ("Subscribe to continue reading").
PAYWALL_CUES: tuple[str, ...] = (
    "suscríbete para (seguir|continuar) leyendo", "ya eres suscriptor", "para seguir leyendo", "contenido (exclusivo|solo|sólo) para (suscriptores|socios)", "inicia sesión", "hazte socio",
)
