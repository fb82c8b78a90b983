"""Russian boilerplate cues for the `clean` stage (data only, no logic).

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
    "оставить комментарий", "оставьте комментарий", "добавить комментарий", "комментарии",
    "ваш адрес email не будет опубликован", r"\d+\s+коммента", "ответить",
    "показать комментарии", "войдите, чтобы (оставить комментарий|комментировать)",
)

# What a counted comment thread is made of: "12 comments", "3 thoughts on ...".
THREAD_NOUNS: tuple[str, ...] = (
    r"коммент\w*",
)

# A whole line heading a comment thread (optionally with a count in brackets).
THREAD_HEADINGS: tuple[str, ...] = (
    "комментарии",
)

# The header of one posted comment ends with a speech verb: "Ann on May 2, 2018 at 4:47 pm said:".
COMMENT_HEADER_END: tuple[str, ...] = (
    "пишет", "написал", "написала",
)

# Donation / subscription / membership appeals.
APPEAL_CUES: tuple[str, ...] = (
    "поддержите", "поддержать (нас|проект|редакцию)", "пожертвова", "подпишитесь", "подписывайтесь",
)

# Teaser / related-content cues; the line is (mostly) the cue itself.
TEASER_CUES: tuple[str, ...] = (
    "читайте также", "смотрите также", "читать далее", "по теме", "похожие (статьи|новости|материалы)",
)

# Share prompts (usually a whole short line).
SHARE_CUES: tuple[str, ...] = (
    "поделиться",
)

# The verb opening a "share on Facebook Twitter" line.
SHARE_VERBS: tuple[str, ...] = (
    "поделиться",
)

# Network and channel names of share bars (names as each language's readers see them written).
SOCIAL_NETWORKS: tuple[str, ...] = (
    "вконтакте", "одноклассники",
)

# Tag lists: "Tags: a, b, c".
TAG_CUES: tuple[str, ...] = (
    "теги", "метки", "ключевые слова", "темы",
)

# "Source: site" lines.
SOURCE_CUES: tuple[str, ...] = (
    "источник", "источники",
)

# Metadata keys of "key: value" lines.
METADATA_CUES: tuple[str, ...] = (
    "дата", "опубликовано", "обновлено", "автор",
)

# Keys of a publication-date line at the head of a plain-text article ("Published: 14 March 2031").
DATE_LINE_CUES: tuple[str, ...] = (
    "дата", "опубликовано",
)

# The word introducing a byline ("By Ann Smith and Bo Li").
BYLINE_CUES: tuple[str, ...] = (
    "автор",
)

# The word joining two names of a byline.
BYLINE_JOINERS: tuple[str, ...] = (
    "и",
)

# Photo / image credit keys: "Photo: AP", "Foto: dpa".
CAPTION_CUES: tuple[str, ...] = (
    "фото", "иллюстрация",
)

# Author-bio openers: "About <Name>", "À propos de l'auteur".
BIO_CUES: tuple[str, ...] = (
    "об авторе",
)

# Legal / rights lines.
LEGAL_CUES: tuple[str, ...] = (
    "все права защищены", "ссылка на .{0,30}обязательна", "при (полном или частичном )?использовании материалов",
)

# Navigation words that make a whole short line.
NAVIGATION_WORDS: tuple[str, ...] = (
    "наверх", "главная", "далее", "назад", "реклама", "поиск",
    "принять", "принять все",
)

# Function words, for stop-word density (prose has many, menus few).
STOPWORDS: frozenset[str] = frozenset(
    """
    и в во не что он она они мы вы я на с со как а то все так его её их но да к у же бы по от из за о об для это
    был была было были быть который которая которые также уже или при
    """.split()
)


# Paywall and log-in teasers that cut the article short ("Subscribe to continue reading").
PAYWALL_CUES: tuple[str, ...] = (
    "оформите подписку", "подпишитесь, чтобы (продолжить|читать)", "доступно только подписчикам", "уже есть подписка",
)
