"""Counted amounts in one document: '2,300 soldiers', 'more than 2,000 troops', 'dozens dead'.

`find_quantities(text, spacy_doc=None, lang="en")` returns `model.Quantity` items whose
`text[start:end]` reproduces the amount phrase (qualifier + number + adjacent counted noun).

How it works
------------
1. Matching happens on a same-length view of the text (`fold_punct` + per-character
   lower-casing), so every offset found is valid in the original text.
2. Stretches that look like numbers but are not counts are masked first: dates
   ("January 6", "13.01.2022"), times ("10:30", "6 pm"), ages ("69-year-old"), decades
   ("'80s"), ordinals ("30th"), phone numbers, list numbering and reference numbers
   ("article 5", "No. 7").
3. A left-to-right scanner reads: [approximator] core [range tail] [percent] [post-qualifier]
   ["-strong"]. Cores are digits in any grouping convention (2,300 / 2 300 / 2.300 /
   2'300; decimals 1.5 / 1,5), digits + multiplier ("1.5 million"), number words
   ("a hundred", "ten thousand", "two hundred and fifty"), and vague amounts.
4. Durations ("10 days", "30-year"), years and numbers inside names are dropped.
5. With a spaCy parse, the counted noun (`unit`) and a `measure` are read from the
   dependency tree; without one a small regex fallback looks at the next word.

Intervals (low/high) by qualifier
---------------------------------
exact: low = high = value. about (about, around, roughly, some, approximately, circa,
"or so"): value +-10%. up-to: nearly/almost/close to -> [0.9*value, value]; up to / no more
than / at most / as many as -> [None, value]. less-than (less/fewer than, under, below):
[None, value]. more-than (more than, over, above, in excess of, upwards of, "or more" ->
at-least): [value, None]. at-least: [value, None]. range: [a, b] (an approximator in front
of a range applies to it: "up to 100-200" -> up-to [None, 200]). vague: see `VAGUE` below;
`value` is the lower bound of a vague interval.

Units and measures
------------------
`unit` is the counted head noun, lemmatised and lower-cased ("soldiers" -> "soldier"), except
plural-only nouns kept as written ("troops", "people", "police"). For "N-strong <noun>" the unit
is that collective noun ("contingent", "battalion"). Percentages have unit "percent"; money has
the currency as unit ("dollar", "euro" ...). `measure` is "<compound modifiers> <noun as
written> <predicate>", the predicate being a past participle when the count is the patient of
an event: passive subject ("9,800 people have been detained" -> "people detained"), object
("killed 100 people" -> "people killed"), "of"-argument of an event noun ("the arrest of 8,000
terrorists" -> "terrorists arrested", via `NOMINAL_EVENTS`), a secondary predicate ("left dozens
dead" -> "dead"), or the verb of an intransitive active subject ("500 people died" -> "people
died"). Without a counted noun the measure is the predicate alone ("deployed more than 2,000" ->
"deployed"); with neither, both are None. Claims rely on this "<noun> <participle>" shape.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field

from ..model import Quantity
from ..textutil import fold_punct

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------
# Lexicons (general language resources; nothing here is about any particular story)
# ---------------------------------------------------------------------------------------

# approximator phrase -> qualifier. Matched before a number (longest first).
_APPROX_EN = {
    "about": "about", "around": "about", "roughly": "about", "some": "about",
    "approximately": "about", "approx.": "about", "approx": "about", "circa": "about",
    "ca.": "about", "an estimated": "about", "estimated": "about", "regarding": "about",
    "round about": "about", "in the region of": "about", "on the order of": "about",
    "something like": "about", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "just under": "nearly", "approaching": "nearly", "up to": "up-to", "no more than": "up-to",
    "not more than": "up-to", "at most": "up-to", "as many as": "up-to", "a maximum of": "up-to",
    "less than": "less-than", "fewer than": "less-than", "under": "less-than",
    "below": "less-than", "more than": "more-than", "over": "more-than", "above": "more-than",
    "in excess of": "more-than", "upwards of": "more-than", "just over": "more-than",
    "well over": "more-than", "well above": "more-than", "at least": "at-least",
    "no fewer than": "at-least", "no less than": "at-least", "not less than": "at-least",
    "a minimum of": "at-least",
}
_APPROX_FR = {
    "environ": "about", "près de": "nearly", "presque": "nearly", "quelque": "about",
    "quelques": "about", "plus de": "more-than", "moins de": "less-than",
    "au moins": "at-least", "jusqu'à": "up-to", "jusqu'a": "up-to", "autour de": "about",
}
_APPROX_DE = {
    "etwa": "about", "rund": "about", "ungefähr": "about", "circa": "about", "ca.": "about",
    "fast": "nearly", "knapp": "nearly", "beinahe": "nearly", "mehr als": "more-than",
    "über": "more-than", "weniger als": "less-than", "unter": "less-than",
    "mindestens": "at-least", "bis zu": "up-to", "höchstens": "up-to",
}
_APPROX_ES = {
    "unos": "about", "unas": "about", "alrededor de": "about", "aproximadamente": "about",
    "cerca de": "nearly", "casi": "nearly", "más de": "more-than", "menos de": "less-than",
    "al menos": "at-least", "por lo menos": "at-least", "hasta": "up-to",
}
_APPROX_RU = {
    "около": "about", "примерно": "about", "приблизительно": "about", "почти": "nearly",
    "более": "more-than", "больше": "more-than", "свыше": "more-than", "менее": "less-than",
    "меньше": "less-than", "не менее": "at-least", "по меньшей мере": "at-least",
    "до": "up-to", "не более": "up-to",
}

# after the number: "2,000 or more", "200 or so", "500-odd"
_POST_EN = {"or more": "at-least", "or so": "about", "plus": "at-least", "-odd": "about",
            "odd": "about", "or fewer": "up-to", "or less": "up-to", "at least": "at-least",
            "at most": "up-to"}

_UNITS_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_MULT_EN = {"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9,
            "trillion": 1e12, "dozen": 12}
_MULT_SHORT = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}

_UNITS_FR = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
             "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "vingt": 20, "trente": 30,
             "quarante": 40, "cinquante": 50, "cent": 100}
_MULT_FR = {"cents": 100, "mille": 1000, "million": 1e6, "millions": 1e6, "milliard": 1e9,
            "milliards": 1e9, "douzaine": 12}
_UNITS_DE = {"eins": 1, "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
             "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwanzig": 20,
             "dreißig": 30, "hundert": 100}
_MULT_DE = {"tausend": 1000, "million": 1e6, "millionen": 1e6, "milliarde": 1e9,
            "milliarden": 1e9, "dutzend": 12}
_UNITS_ES = {"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
             "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "veinte": 20, "treinta": 30,
             "cien": 100, "ciento": 100}
_MULT_ES = {"mil": 1000, "millón": 1e6, "millon": 1e6, "millones": 1e6, "docena": 12}
_UNITS_RU = {"один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
             "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "двадцать": 20,
             "тридцать": 30, "сто": 100}
_MULT_RU = {"тысяча": 1000, "тысячи": 1000, "тысяч": 1000, "миллион": 1e6,
            "миллиона": 1e6, "миллионов": 1e6, "миллиард": 1e9}

# vague amounts -> (low, high). Documented intervals, deliberately wide.
_VAGUE_EN = {
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "tens of millions": (20e6, 99.999e6), "hundreds of millions": (200e6, 999.999e6),
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "millions": (2e6, 999e6), "billions": (2e9, 999e9), "a handful": (2, 5),
    "several": (3, 9), "a few": (2, 5), "a couple": (2, 3), "a couple of": (2, 3),
}
# "several hundred" = factor x multiplier
_VAGUE_FACTOR_EN = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 3),
                    "a couple": (2, 3)}
_VAGUE_FR = {"des dizaines": (20, 99), "des centaines": (200, 999),
             "des milliers": (2_000, 9_999), "plusieurs": (3, 9), "quelques": (2, 5)}
_VAGUE_DE = {"dutzende": (24, 99), "hunderte": (200, 999), "tausende": (2_000, 9_999),
             "mehrere": (3, 9), "einige": (2, 9)}
_VAGUE_ES = {"decenas": (20, 99), "cientos": (200, 999), "centenares": (200, 999),
             "miles": (2_000, 9_999), "varios": (3, 9), "varias": (3, 9)}
_VAGUE_RU = {"десятки": (20, 99), "сотни": (200, 999), "тысячи": (2_000, 9_999),
             "несколько": (3, 9)}

_PERCENT = {"percent", "per cent", "pct", "pc", "percentage points", "percentage point",
            "pour cent", "prozent", "por ciento", "por cien", "процент", "процента",
            "процентов"}

# nouns of time: a number counting them is a duration, not a claim about a count
_TIME_UNITS = {
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
    "day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs",
    "decade", "decades", "century", "centuries", "fortnight", "fortnights", "night",
    "nights", "weekend", "weekends", "semester", "quarter", "quarters", "millennium",
    "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années", "heure",
    "heures", "tag", "tage", "tagen", "woche", "wochen", "monat", "monate", "monaten", "jahr",
    "jahre", "jahren", "stunde", "stunden", "día", "días", "semana", "semanas", "mes",
    "meses", "año", "años", "hora", "horas", "день", "дня", "дней", "неделя", "недели",
    "недель", "месяц", "месяца", "месяцев", "год", "года", "лет", "час", "часа", "часов",
}

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre|januar|februar|märz|juni|juli|oktober|dezember|enero|"
    "febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_WEEKDAYS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|"
             "thur|thurs|fri|sat|sun")

# words introducing a reference number, not a count ("article 5", "flight 17")
_REF_WORDS = {"no", "no.", "nr", "nr.", "number", "#", "article", "art", "section", "chapter",
              "page", "p", "pp", "paragraph", "item", "room", "flight", "route", "line",
              "platform", "bus", "highway", "road", "resolution", "decree", "order", "law",
              "act", "vol", "volume", "issue", "episode", "season", "level", "grade", "class",
              "step", "phase", "stage", "round", "version", "model", "type", "size", "gate",
              "terminal", "block", "building", "apartment", "floor", "unit", "lot", "case",
              "file", "code", "figure", "fig", "table", "part", "point", "verse", "psalm",
              "world war", "covid", "top", "g", "channel", "km", "kilometre", "kilometer",
              "mile", "minus", "plus"}

# prepositions after which a bare 4-digit number is a year
_YEAR_CUES = {"in", "since", "from", "until", "till", "to", "by", "of", "during", "before",
              "after", "between", "and", "year", "early", "late", "mid", "spring", "summer",
              "autumn", "fall", "winter", "circa", "c.", "en", "im", "seit", "desde", "в"}

# event nouns whose "of"-argument is what they affect: "the arrest of 8,000 people"
NOMINAL_EVENTS = {
    "arrest": "arrested", "detention": "detained", "detainment": "detained",
    "killing": "killed", "murder": "murdered", "death": "died", "injury": "injured",
    "wounding": "wounded", "evacuation": "evacuated", "deployment": "deployed",
    "dispatch": "dispatched", "release": "released", "deportation": "deported",
    "expulsion": "expelled", "capture": "captured", "execution": "executed",
    "rescue": "rescued", "dismissal": "dismissed", "firing": "fired", "layoff": "laid off",
    "hospitalisation": "hospitalised", "hospitalization": "hospitalized",
    "displacement": "displaced", "withdrawal": "withdrawn", "abduction": "abducted",
    "kidnapping": "kidnapped", "infection": "infected", "vaccination": "vaccinated",
    "conviction": "convicted", "sentencing": "sentenced", "imprisonment": "imprisoned",
    "mobilisation": "mobilised", "mobilization": "mobilized", "recruitment": "recruited",
    "hiring": "hired", "employment": "employed", "interrogation": "interrogated",
    "questioning": "questioned", "identification": "identified", "prosecution": "prosecuted",
    "extradition": "extradited", "relocation": "relocated", "transfer": "transferred",
}

# verbs that say little about what is counted when they govern an active subject
_LIGHT_VERBS = {"be", "have", "do", "begin", "start", "continue", "remain", "become", "seem",
                "appear", "stay", "get", "make", "take", "go", "come", "say", "tell",
                "include", "keep", "stand", "sit", "want", "try", "need", "use", "see"}

_IRREGULAR_PARTICIPLE = {
    "leave": "left", "send": "sent", "hold": "held", "keep": "kept", "take": "taken",
    "give": "given", "see": "seen", "find": "found", "lose": "lost", "hurt": "hurt",
    "put": "put", "bring": "brought", "catch": "caught", "shoot": "shot", "flee": "fled",
    "die": "died", "lay": "laid", "fight": "fought", "seize": "seized", "drive": "driven",
    "write": "written", "break": "broken", "choose": "chosen", "steal": "stolen",
    "beat": "beaten", "build": "built", "buy": "bought", "sell": "sold", "pay": "paid",
}

# nouns used only in the plural sense when counted: keep them as written
_PLURAL_ONLY = {"troops", "people", "police", "personnel", "forces", "arms", "cattle",
                "clergy", "staff", "military", "militia", "youth", "kin", "folk", "folks"}

_CURRENCY_SYMBOLS = {"$": "dollar", "us$": "dollar", "€": "euro", "£": "pound",
                     "¥": "yen", "₽": "rouble", "₹": "rupee", "₸": "tenge", "₴": "hryvnia",
                     "₺": "lira", "₩": "won", "chf": "franc", "usd": "dollar", "eur": "euro",
                     "gbp": "pound", "rub": "rouble"}

_STOP_NEXT = {
    "the", "a", "an", "to", "and", "or", "but", "of", "in", "on", "at", "by", "for", "from",
    "with", "as", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
    "will", "would", "could", "should", "may", "might", "must", "can", "shall", "do", "does",
    "did", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its",
    "they", "their", "them", "he", "she", "his", "her", "we", "our", "you", "your", "i",
    "than", "then", "so", "if", "not", "no", "all", "more", "less", "per", "into", "onto",
    "about", "over", "under", "up", "down", "out", "off", "after", "before", "since",
    "while", "when", "where", "there", "here", "also", "only", "just", "each", "every",
    "other", "another", "such", "some", "any", "many", "much", "most", "few", "several",
}

_LEXICONS: dict[str, dict] = {
    "en": {"approx": _APPROX_EN, "units": _UNITS_EN, "mult": _MULT_EN, "vague": _VAGUE_EN,
           "vague_factor": _VAGUE_FACTOR_EN, "range_to": {"to"}, "range_or": {"or"},
           "between": ("between", "and"), "and_in_number": "and"},
    "fr": {"approx": _APPROX_FR, "units": _UNITS_FR, "mult": _MULT_FR, "vague": _VAGUE_FR,
           "vague_factor": {}, "range_to": {"à", "a"}, "range_or": {"ou"},
           "between": ("entre", "et"), "and_in_number": "et"},
    "de": {"approx": _APPROX_DE, "units": _UNITS_DE, "mult": _MULT_DE, "vague": _VAGUE_DE,
           "vague_factor": {}, "range_to": {"bis"}, "range_or": {"oder"},
           "between": ("zwischen", "und"), "and_in_number": "und"},
    "es": {"approx": _APPROX_ES, "units": _UNITS_ES, "mult": _MULT_ES, "vague": _VAGUE_ES,
           "vague_factor": {}, "range_to": {"a"}, "range_or": {"o"},
           "between": ("entre", "y"), "and_in_number": "y"},
    "ru": {"approx": _APPROX_RU, "units": _UNITS_RU, "mult": _MULT_RU, "vague": _VAGUE_RU,
           "vague_factor": {}, "range_to": {"до"}, "range_or": {"или"},
           "between": ("от", "до"), "and_in_number": "и"},
}

# ---------------------------------------------------------------------------------------
# Masking: things that look numeric but are not counts
# ---------------------------------------------------------------------------------------

_D = r"\d{1,2}(?:st|nd|rd|th|er|e|\.)?"
_MASK_PATTERNS = [
    # month day[, year] / day [of] month [year]
    re.compile(rf"\b(?:{_MONTHS})\.?\s+{_D}(?![\d,.]\d)(?:,?\s+\d{{4}})?(?!\d)"),
    re.compile(rf"(?<![\w,.]){_D}\s+(?:of\s+|de\s+)?(?:{_MONTHS})\b\.?(?:,?\s+\d{{4}})?(?!\d)"),
    re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{4}}\b"),
    re.compile(rf"\b(?:{_WEEKDAYS})\.?,?\s+{_D}(?!\d)"),
    # numeric dates
    re.compile(r"(?<![\w.,/-])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?![\w/-])"),
    re.compile(r"(?<![\w.,/-])\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?![\w/.-]\d)"),
    re.compile(r"(?<![\w.,/-])\d{1,2}/\d{1,2}(?![\w/.-]\d)"),
    # times
    re.compile(r"(?<![\w.,])\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?m\.?)?(?![\w:]|[.,]\d)"),
    re.compile(r"(?<![\w.,])\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b|o'clock\b|uhr\b|heures?\b)"),
    # ages, decades, ordinals
    re.compile(r"(?<![\w.,])\d{1,3}\s*-?\s*years?\s*-?\s*old\b"),
    re.compile(r"\baged?\s+\d{1,3}\b"),
    re.compile(r"(?<![\w.,])'?\d{2,4}'?s\b"),
    re.compile(r"(?<![\w.,])\d+(?:st|nd|rd|th|er|ème|eme|e|te|ten|º|°|-й|-го)\b"),
    # phone numbers
    re.compile(r"\+\d[\d\s().-]{6,}\d"),
    re.compile(r"(?<![\w.,])\(\d{2,4}\)\s?\d{2,4}[\s.-]?\d{2,4}"),
    re.compile(r"(?<![\w.,])\d{3}[-.]\d{3}[-.]\d{4}(?!\d)"),
    # year ranges
    re.compile(r"(?<![\w.,])(?:1[5-9]\d\d|20\d\d)\s*(?:-|to|and|/)\s*(?:1[5-9]\d\d|20\d\d|\d\d)(?![\w.,]\d|\d)"),
    # list numbering at line start: "1. ", "2) "
    re.compile(r"(?m)^\s*\d{1,3}[.)](?=\s)"),
    # ISO-like codes, scores ("3-1" in sports handled as range check later)
]

_NUM_RE = re.compile(
    r"(?<![\w])(?<!\d[.,])(?:"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.]\d)"
    r"|\d{1,3}(?:'\d{3})+(?![\d'])"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?(?![\d]|[ \u00a0]\d)"
    r"|\d+(?:[.,]\d+)?"
    r")"
)
_TOKEN_RE = re.compile(
    r"(?P<num>" + _NUM_RE.pattern + r")"
    r"|(?P<word>[^\W\d_]+(?:['’.-][^\W\d_]+)*)"
    r"|(?P<punct>[^\s\w]|_)"
)


@dataclass
class _Tok:
    kind: str  # num|word|punct
    text: str  # lower-cased, folded
    start: int
    end: int


@dataclass
class _Amount:
    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: str
    percent: bool = False
    currency: str | None = None
    strong: bool = False
    words_only: bool = False  # spelled-out number ("one", "ten")
    first_num: int = 0  # token index of the first number token
    last: int = 0  # token index of the last token of the amount
    approx: str | None = None
    vague: bool = False
    extra: dict = field(default_factory=dict)


def _parse_digits(s: str) -> float | None:
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    s = s.replace(" ", "").replace("'", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", s):
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+[.,]\d+", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d+", s):
        return float(s)
    return None


def _lower_same_len(s: str) -> str:
    out = []
    for c in s:
        lc = c.lower()
        out.append(lc if len(lc) == 1 else c)
    return "".join(out)


class _Scanner:
    def __init__(self, text: str, lang: str):
        self.text = text
        lang = (lang or "en").split("-")[0].lower()
        self.lang = lang if lang in _LEXICONS else "en"
        self.lex = _LEXICONS[self.lang]
        self.view = _lower_same_len(fold_punct(text))
        self.masked = self._mask(self.view)
        self.toks = [
            _Tok(m.lastgroup or "punct", m.group(), m.start(), m.end())
            for m in _TOKEN_RE.finditer(self.masked)
        ]
        # phrase tables as tuples of words
        self.approx = self._phrases({**self.lex["approx"], **(_APPROX_EN if self.lang != "en" else {})})
        self.vague = self._phrases(self.lex["vague"])
        self.vague_factor = self._phrases(self.lex["vague_factor"])
        self.post = self._phrases(_POST_EN if self.lang == "en" else {})
        self.percent = self._phrases({p: True for p in _PERCENT})
        self.units = self.lex["units"]
        self.mult = self.lex["mult"]

    @staticmethod
    def _mask(view: str) -> str:
        chars = list(view)
        for pat in _MASK_PATTERNS:
            for m in pat.finditer(view):
                for i in range(m.start(), m.end()):
                    if not chars[i].isspace():
                        chars[i] = "\x00"
        return "".join(chars)

    @staticmethod
    def _phrases(table: dict) -> list[tuple[tuple[str, ...], object]]:
        out = []
        for k, v in table.items():
            words = tuple(m.group() for m in _TOKEN_RE.finditer(k))
            out.append((words, v))
        out.sort(key=lambda kv: -len(kv[0]))
        return out

    def _match_phrase(self, i: int, table) -> tuple[int, object] | None:
        for words, v in table:
            n = len(words)
            if i + n > len(self.toks):
                continue
            ok = True
            for k, w in enumerate(words):
                t = self.toks[i + k]
                tt = t.text
                if tt != w:
                    ok = False
                    break
                if k and self.toks[i + k - 1].end != t.start and not self.view[self.toks[i + k - 1].end:t.start].isspace():
                    ok = False
                    break
            if ok:
                return n, v
        return None

    # -- number cores ------------------------------------------------------------------
    def _number(self, i: int) -> tuple[int, float, bool] | None:
        """A single number at token i -> (n_tokens, value, words_only)."""
        toks = self.toks
        if i >= len(toks):
            return None
        t = toks[i]
        if t.kind == "num":
            v = _parse_digits(t.text)
            if v is None:
                return None
            n = 1
            # multiplier: "1.5 million", "3bn" (attached short forms)
            if i + 1 < len(toks):
                nt = toks[i + 1]
                if nt.kind == "word" and nt.text.rstrip(".") in self.mult and nt.text != "dozen":
                    m = self.mult[nt.text.rstrip(".")]
                    n, v = 2, v * m
                    if i + 2 < len(toks) and toks[i + 2].kind == "word" and toks[i + 2].text in self.mult \
                            and self.mult[toks[i + 2].text] > m:
                        n, v = 3, v * self.mult[toks[i + 2].text]
                elif nt.kind == "word" and nt.start == t.end and nt.text.rstrip(".") in _MULT_SHORT:
                    n, v = 2, v * _MULT_SHORT[nt.text.rstrip(".")]
            return n, v, False
        if t.kind != "word":
            return None
        # spelled-out numbers
        j = i
        words = []
        if t.text in ("a", "an", "un", "une", "ein", "eine") and i + 1 < len(toks) and toks[i + 1].text in self.mult:
            words.append(("mult1", 1))
            j += 1
        started = bool(words)
        while j < len(toks):
            w = toks[j].text
            parts = w.split("-")
            if w in self.units:
                words.append(("unit", self.units[w]))
            elif len(parts) == 2 and all(p in self.units for p in parts) and self.units[parts[0]] >= 20 \
                    and self.units[parts[1]] < 10:
                words.append(("unit", self.units[parts[0]] + self.units[parts[1]]))
            elif w in self.mult:
                if not words and w != "dozen":
                    break  # bare "thousand"/"million" without a count word
                if not words:
                    break
                words.append(("mult", self.mult[w]))
            elif w == self.lex["and_in_number"] and words and j + 1 < len(toks) \
                    and toks[j + 1].text in self.units and any(k == "mult" for k, _ in words):
                j += 1
                continue
            else:
                break
            started = True
            j += 1
        if not started or not words:
            return None
        # do not swallow "one two" sequences: stop at a second unit right after a unit without mult
        total, cur = 0.0, 0.0
        used = 0
        prev = None
        for k, (kind, val) in enumerate(words):
            if kind == "unit":
                if prev == "unit" and not (cur >= 20 and cur % 10 == 0 and val < 10):
                    break
                cur += val
            elif kind == "mult1":
                cur = 1
            else:
                if val == 100:
                    cur = (cur or 1) * 100
                elif val == 12:
                    cur = (cur or 1) * 12
                else:
                    total += (cur or 1) * val
                    cur = 0
            prev = "unit" if kind == "unit" else "mult"
            used = k + 1
        value = total + cur
        # count tokens actually used (skipping "and")
        n_tok, seen = 0, 0
        jj = i
        while seen < used and jj < len(toks):
            if toks[jj].text == self.lex["and_in_number"] and seen > 0:
                jj += 1
                n_tok += 1
                continue
            seen += 1
            jj += 1
            n_tok += 1
        return n_tok, value, True

    def _adjacent(self, a: _Tok, b: _Tok, allow: str = "") -> bool:
        gap = self.view[a.end:b.start]
        return gap.strip(allow + " ") == "" and "\n\n" not in gap

    def scan(self) -> list[_Amount]:
        out: list[_Amount] = []
        toks = self.toks
        i = 0
        while i < len(toks):
            amt = self._amount_at(i)
            if amt is None:
                i += 1
                continue
            out.append(amt)
            i = amt.last + 1
        return out

    def _amount_at(self, i: int) -> _Amount | None:
        toks = self.toks
        start_i = i
        qual = None
        approx_word = None
        currency = None
        m = self._match_phrase(i, self.approx)
        if m:
            n, qual = m
            approx_word = " ".join(t.text for t in toks[i:i + n])
            j = i + n
        else:
            j = i
        # currency symbol before the number
        if j < len(toks) and toks[j].text in _CURRENCY_SYMBOLS and toks[j].kind in ("punct", "word"):
            if j + 1 < len(toks) and toks[j + 1].kind == "num" and toks[j + 1].start == toks[j].end \
                    or (toks[j].kind == "word" and j + 1 < len(toks) and toks[j + 1].kind == "num"):
                currency = _CURRENCY_SYMBOLS[toks[j].text]
                j += 1
        core = self._core(j)
        if core is None:
            return None
        amt = core
        if approx_word is not None:
            amt.approx = approx_word
            amt.start = toks[start_i].start
            amt.qualifier, amt.low, amt.high = _apply_qualifier(qual, amt)
        if currency:
            amt.currency = currency
            if approx_word is None:
                amt.start = toks[j - 1].start
        k = amt.last + 1
        # percent
        if k < len(toks):
            if toks[k].text == "%" and toks[k].start == toks[k - 1].end or toks[k].text == "%":
                amt.percent, amt.last, k = True, k, k + 1
            else:
                mp = self._match_phrase(k, self.percent)
                if mp:
                    amt.percent = True
                    amt.last = k + mp[0] - 1
                    k = amt.last + 1
        # post qualifiers
        if k < len(toks) and amt.qualifier in ("exact",):
            mp = self._match_phrase(k, self.post)
            if mp and not (mp[1] == "about" and toks[k].text == "odd" and self.view[toks[k - 1].end:toks[k].start] != "-"):
                amt.qualifier, amt.low, amt.high = _apply_qualifier(mp[1], amt)
                amt.last = k + mp[0] - 1
                k = amt.last + 1
            elif k + 1 < len(toks) and toks[k].text == "-" and toks[k + 1].text == "odd":
                amt.qualifier, amt.low, amt.high = _apply_qualifier("about", amt)
                amt.last = k + 1
                k = amt.last + 1
        # -strong compounds
        if k + 1 < len(toks) and toks[k].text == "-" and toks[k + 1].text == "strong" \
                and toks[k].start == toks[k - 1].end:
            amt.strong = True
            amt.last = k + 1
        amt.end = toks[amt.last].end
        return amt

    def _core(self, j: int) -> _Amount | None:
        toks = self.toks
        if j >= len(toks):
            return None
        lex = self.lex
        # between X and Y
        if toks[j].text == lex["between"][0]:
            a = self._number(j + 1)
            if a:
                k = j + 1 + a[0]
                if k < len(toks) and toks[k].text == lex["between"][1]:
                    b = self._number(k + 1)
                    if b:
                        lo, hi = a[1], b[1]
                        lo, hi = _share_scale(lo, hi, toks, j + 1, a[0])
                        if hi > lo:
                            last = k + b[0]
                            return _Amount(toks[j].start, toks[last].end, lo, lo, hi, "range",
                                           first_num=j + 1, last=last,
                                           words_only=a[2] and b[2])
        # vague factor x multiplier: "several hundred", "a few thousand"
        mf = self._match_phrase(j, self.vague_factor)
        if mf:
            k = j + mf[0]
            if k < len(toks) and toks[k].text in self.mult:
                mult = self.mult[toks[k].text]
                lo, hi = mf[1][0] * mult, mf[1][1] * mult
                last = k
                if k + 2 < len(toks) and toks[k + 1].text == "of" and toks[k + 2].text in ("thousands", "millions"):
                    pass
                return _Amount(toks[j].start, toks[last].end, lo, lo, hi, "vague", first_num=j,
                               last=last, vague=True, words_only=True)
        mv = self._match_phrase(j, self.vague)
        if mv:
            lo, hi = mv[1]
            last = j + mv[0] - 1
            return _Amount(toks[j].start, toks[last].end, float(lo), float(lo), float(hi), "vague",
                           first_num=j, last=last, vague=True, words_only=True)
        a = self._number(j)
        if a is None:
            return None
        n, v, words_only = a
        last = j + n - 1
        amt = _Amount(toks[j].start, toks[last].end, v, v, v, "exact", first_num=j, last=last,
                      words_only=words_only)
        # range tail: X-Y, X–Y, X to Y, X or Y
        k = last + 1
        if k < len(toks):
            sep = toks[k]
            is_dash = sep.text == "-" and self._adjacent(toks[last], sep) and k + 1 < len(toks) \
                and self._adjacent(sep, toks[k + 1])
            is_word = sep.text in lex["range_to"] or sep.text in lex["range_or"]
            if (is_dash or is_word) and k + 1 < len(toks):
                b = self._number(k + 1)
                if b and (b[2] == words_only or not is_dash):
                    lo, hi = v, b[1]
                    lo, hi = _share_scale(lo, hi, toks, j, n)
                    prev = toks[j - 1].text if j > 0 else ""
                    if hi > lo and not (sep.text in lex["range_to"] and prev in ("from", "de", "von", "от")):
                        if not (sep.text in lex["range_or"] and hi > lo * 10):
                            last = k + b[0]
                            amt = _Amount(toks[j].start, toks[last].end, lo, lo, hi, "range",
                                          first_num=j, last=last, words_only=words_only and b[2])
        return amt


def _share_scale(lo: float, hi: float, toks, j: int, n: int) -> tuple[float, float]:
    """'100-200 million', 'between 2 and 3 million': the multiplier of the second applies."""
    if n == 1 and hi >= 1000 and lo < hi / 100 and lo < 1000:
        for scale in (1e12, 1e9, 1e6, 1e3):
            if hi % scale == 0 and lo * scale < hi:
                return lo * scale, hi
    return lo, hi


def _apply_qualifier(qual: str, amt: _Amount) -> tuple[str, float | None, float | None]:
    lo = amt.low if amt.low is not None else amt.value
    hi = amt.high if amt.high is not None else amt.value
    v = amt.value
    if qual == "about":
        if amt.qualifier == "vague":
            return "vague", lo, hi
        return "about", lo * 0.9, hi * 1.1
    if qual == "nearly":
        return "up-to", hi * 0.9, hi
    if qual == "up-to":
        return "up-to", None, hi
    if qual == "less-than":
        return "less-than", None, lo if amt.qualifier != "range" else hi
    if qual == "more-than":
        return "more-than", hi if amt.qualifier == "vague" else (lo if amt.qualifier != "range" else lo), None
    if qual == "at-least":
        return "at-least", lo, None
    return amt.qualifier, lo if v is not None else None, hi


# ---------------------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------------------

def _next_words(scan: _Scanner, k: int, n: int = 2) -> list[str]:
    out = []
    toks = scan.toks
    while k < len(toks) and len(out) < n:
        out.append(toks[k].text)
        k += 1
    return out


def _excluded(scan: _Scanner, amt: _Amount) -> bool:
    toks = scan.toks
    first = toks[amt.first_num]
    nxt = _next_words(scan, amt.last + 1, 3)
    prev = toks[amt.first_num - 1] if amt.first_num > 0 else None
    prev2 = toks[amt.first_num - 2] if amt.first_num > 1 else None
    if amt.percent or amt.currency:
        return False
    # durations / ages: "10 days", "30-year history", "a 10-day"
    if nxt:
        w0 = nxt[0]
        if w0 in _TIME_UNITS:
            return True
        if w0 == "-" and len(nxt) > 1 and (nxt[1] in _TIME_UNITS or nxt[1].split("-")[0] in _TIME_UNITS):
            return True
        if w0.startswith("-") and w0[1:].split("-")[0] in _TIME_UNITS:
            return True
        if len(nxt) > 1 and nxt[0] in ("of", "de") and nxt[1] in ("age",):
            return True
    if amt.vague:
        return False
    # a number glued to letters or a "letter-" prefix: "COVID-19", "F-16"
    if prev is not None and prev.end == first.start and (prev.kind == "word" or prev.text in "-/#№"):
        if not (prev.text in ("-",) and prev2 is not None and prev2.kind == "num"):
            return True
    if amt.end < len(scan.view) and (scan.view[amt.end].isalpha() and toks[amt.last].kind == "num"):
        return True
    # reference numbers: "article 5", "flight 17", "No. 3"
    if prev is not None and amt.approx is None and (prev.text in _REF_WORDS or prev.text.rstrip(".") in _REF_WORDS):
        return True
    # numbers inside names (fallback heuristic): "Boeing 737", "Resolution 2334"
    if prev is not None and amt.approx is None and prev.kind == "word" and first.kind == "num":
        orig = scan.text[prev.start:prev.end]
        sent_start = _is_sentence_start(scan, prev.start)
        if orig[:1].isupper() and not sent_start and orig.lower() not in _STOP_NEXT \
                and orig.lower() not in scan.lex["approx"]:
            return True
    # years: bare 4-digit 1500..2100 without separators
    if first.kind == "num" and amt.qualifier in ("exact", "range") and re.fullmatch(r"\d{4}", first.text):
        y = int(first.text)
        if 1500 <= y <= 2100:
            if prev is not None and prev.text in _YEAR_CUES:
                return True
            w0 = nxt[0] if nxt else ""
            if not w0 or w0 in ".,;:)!?\"'" or w0 in _STOP_NEXT or w0 == "\x00":
                return True
    # spelled-out "one"/"a" alone is too ambiguous ("one of the ...")
    if amt.words_only and amt.value <= 1 and amt.qualifier == "exact":
        return True
    return False


def _is_sentence_start(scan: _Scanner, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and scan.view[k] in " \t\"'([":
        k -= 1
    return k < 0 or scan.view[k] in ".!?\n:-"


# ---------------------------------------------------------------------------------------
# Units and measures
# ---------------------------------------------------------------------------------------

def _norm_word(s: str) -> str:
    return s.strip("\"'“”‘’«»").lower()


def _singular(word: str) -> str:
    w = word.lower()
    if w in _PLURAL_ONLY:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _unit_lemma(tok) -> str:
    low = _norm_word(tok.text)
    if low in _PLURAL_ONLY:
        return low
    lemma = _norm_word(tok.lemma_) or low
    if lemma == low and low.endswith("s"):
        return _singular(low)
    return lemma


def _participle(tok) -> str:
    if tok.tag_ in ("VBN", "VBD"):
        return tok.lower_
    lemma = tok.lemma_.lower()
    if lemma in _IRREGULAR_PARTICIPLE:
        return _IRREGULAR_PARTICIPLE[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _has_child(tok, deps: tuple[str, ...]) -> bool:
    return any(c.dep_ in deps for c in tok.children)


def _predicate(noun) -> str | None:
    """The event that affects what is counted, as a past participle (or a state adjective)."""
    head = noun.head
    dep = noun.dep_
    # secondary predicate / reduced relative on the counted noun: "thousands injured"
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i:
            return c.lower_
        if c.dep_ == "amod" and c.i > noun.i and c.lower_ in ("dead", "injured", "wounded", "missing"):
            return c.lower_
    if dep == "conj" and head.i != noun.i:
        return _predicate_from_head(head, noun)
    return _predicate_from_head(noun, noun)


def _predicate_from_head(anchor, noun) -> str | None:
    head = anchor.head
    dep = anchor.dep_
    if head.i == anchor.i:
        return None
    # "the arrest of 8,000 people"
    if dep == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        ev = head.head.lemma_.lower()
        if ev in NOMINAL_EVENTS:
            return NOMINAL_EVENTS[ev]
        ev2 = head.head.lower_
        if ev2 in NOMINAL_EVENTS:
            return NOMINAL_EVENTS[ev2]
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if dep in ("nsubjpass", "nsubj:pass"):
        return _participle(head)
    if dep in ("dobj", "obj"):
        for c in head.children:  # "left dozens dead"
            if c.dep_ in ("oprd", "xcomp", "acomp") and c.pos_ in ("ADJ", "VERB") and c.i > noun.i:
                return c.lower_
        if head.lemma_.lower() in _LIGHT_VERBS:
            return None
        return _participle(head)
    if dep == "nsubj":
        if head.lemma_.lower() in _LIGHT_VERBS or _has_child(head, ("dobj", "obj", "ccomp", "xcomp", "attr")):
            return None
        return head.lower_ if head.tag_ in ("VBD", "VBN") else _participle(head)
    return None


def _unit_token(amt_tokens, doc, strong: bool, percent: bool):
    """The token that is counted, or None."""
    last = amt_tokens[-1]
    if strong:
        st = last if last.lower_ == "strong" else None
        if st is None:
            for t in amt_tokens:
                if t.lower_ == "strong":
                    st = t
        if st is not None and st.head.i != st.i and st.head.pos_ in ("NOUN", "PROPN"):
            return st.head
        if st is not None and st.i + 1 < len(doc) and doc[st.i + 1].pos_ in ("NOUN", "PROPN"):
            return doc[st.i + 1]
        return None
    span_ids = {t.i for t in amt_tokens}
    # number tokens whose head lies outside the amount: the attachment point
    num_tok = None
    for t in reversed(amt_tokens):
        if t.like_num or t.pos_ == "NUM" or t.lower_ in _MULT_EN or t.lower_ in _VAGUE_EN or t.lower_.rstrip("s") in ("dozen", "hundred", "thousand", "million", "billion"):
            num_tok = t
            break
    if num_tok is None:
        num_tok = last
    root = num_tok
    guard = 0
    while root.head.i in span_ids and root.head.i != root.i and guard < 10:
        root = root.head
        guard += 1
    head = root.head
    if root.dep_ in ("nummod", "amod", "quantmod", "det", "compound", "nmod", "npadvmod") \
            and head.i != root.i and head.pos_ in ("NOUN", "PROPN") and head.i > root.i \
            and head.i - root.i <= 5 and not head.like_num:
        # "2,000 <Proper Name> (ABBR) troops": climb from the name to the common noun it modifies
        guard = 0
        while head.pos_ == "PROPN" and head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i \
                and head.head.pos_ in ("NOUN", "PROPN") and guard < 8:
            head = head.head
            guard += 1
        if head.pos_ == "NOUN" or head.tag_ == "NNPS" or head.ent_type_ == "NORP":
            return head
        return None
    # the number is itself the noun: "dozens of people", "2,000 of them", "100 of its military"
    for t in (root, num_tok):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i > t.i:
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and not p.like_num:
                        return p
                    if p.dep_ == "pobj" and p.pos_ in ("ADJ",):
                        return p
    # parser sometimes leaves the noun unattached: next token a plural noun
    nxt_i = last.i + 1
    while nxt_i < len(doc) and doc[nxt_i].is_punct and doc[nxt_i].lower_ in ("\"", "'", "“", "”", "«", "»"):
        nxt_i += 1
    if nxt_i < len(doc) and doc[nxt_i].tag_ in ("NNS", "NNPS") and doc[nxt_i].head.i == root.i:
        return doc[nxt_i]
    return None


def _governor(tok) -> str | None:
    """The word a percentage or sum attaches to, with its noun modifiers ('pay rise', 'raise', 'cut')."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.i == tok.i or head.pos_ not in ("NOUN", "VERB", "PROPN"):
        return None
    words = [c.lower_ for c in head.children if c.i < head.i and c.dep_ in ("compound", "nsubj") and c.pos_ == "NOUN"]
    return " ".join(words + [head.lemma_.lower() if head.pos_ == "VERB" else _norm_word(head.text)])


def _compound_mods(noun) -> list[str]:
    mods = []
    for c in noun.children:
        if c.i < noun.i and c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_:
            mods.append(c.lower_)
    return mods


_BAD_ENT = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT", "DATE", "TIME"}


def _spacy_tokens(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return list(span)


# ---------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------

def find_quantities(text: str, *, spacy_doc=None, lang: str = "en", timexes=None) -> list[Quantity]:
    """All counted amounts in `text`, in text order. Never raises (returns [] on failure).

    `timexes`: the document's temporal layer (not read yet; issue 18 makes quantities use it instead of
    finding dates again)."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        scan = _Scanner(text, lang)
        amounts = scan.scan()
    except Exception:  # pragma: no cover - defensive
        log.exception("quantity scan failed")
        return []
    doc = spacy_doc
    if doc is not None:
        try:
            if getattr(doc, "text", None) != text:
                doc = None
        except Exception:
            doc = None
    sent_bounds = _sentence_bounds(text, doc)
    out: list[Quantity] = []
    for amt in amounts:
        try:
            q = _to_quantity(scan, amt, doc, sent_bounds)
        except Exception:  # pragma: no cover - defensive
            log.exception("quantity conversion failed")
            q = None
        if q is not None and text[q.start:q.end] == q.text:
            out.append(q)
    return out


def _sentence_bounds(text: str, doc) -> list[tuple[int, int]]:
    if doc is not None:
        try:
            return [(s.start_char, s.end_char) for s in doc.sents]
        except Exception:
            pass
    bounds, start = [], 0
    for m in re.finditer(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-ZА-Я0-9])|\n+", text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _sentence_index(bounds: list[tuple[int, int]], pos: int) -> int:
    for k, (a, b) in enumerate(bounds):
        if a <= pos < b or (pos == b and k == len(bounds) - 1):
            return k
    return -1


def _to_quantity(scan: _Scanner, amt: _Amount, doc, sent_bounds) -> Quantity | None:
    if _excluded(scan, amt):
        return None
    if amt.value is None or not math.isfinite(amt.value):
        return None
    text = scan.text
    unit = None
    measure = None
    end = amt.end
    if amt.percent:
        unit = "percent"
    elif amt.currency:
        unit = amt.currency
    if doc is not None:
        toks = _spacy_tokens(doc, amt.start, amt.end)
        if toks:
            num_toks = [t for t in toks if t.idx >= scan.toks[amt.first_num].start]
            # entity checks: dates/times/names the scanner did not mask
            ents = {t.ent_type_ for t in num_toks if t.ent_type_}
            if ents & {"DATE", "TIME"} and not amt.percent and not amt.vague and amt.approx is None:
                if not any(t.dep_ == "nummod" and t.head.tag_ in ("NNS", "NNPS") and t.head.ent_type_ not in ("DATE", "TIME") for t in num_toks):
                    return None
            if ents & (_BAD_ENT - {"DATE", "TIME"}) and not amt.percent:
                ent_tokens = [t for t in doc[num_toks[0].i: num_toks[-1].i + 1]]
                for t in ent_tokens:
                    if t.ent_type_ in _BAD_ENT:
                        ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
                        if ent is not None and any(x.pos_ == "PROPN" and x.i not in {y.i for y in num_toks} for x in ent):
                            return None
            unit_tok = None if (amt.percent or amt.currency) else _unit_token(num_toks, doc, amt.strong, amt.percent)
            if amt.percent or amt.currency:
                anchor = num_toks[-1]
                while anchor.head.i in {t.i for t in num_toks} and anchor.head.i != anchor.i:
                    anchor = anchor.head
                of_obj = None
                for t in num_toks:
                    for c in t.children:
                        if c.dep_ == "prep" and c.lower_ == "of":
                            of_obj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if amt.currency is None:
                    for t in num_toks:
                        if t.lower_ in ("dollars", "euros", "pounds", "roubles", "rubles", "yuan"):
                            unit = _singular(t.lower_)
                if of_obj is not None:
                    measure = f"{unit} of {_norm_word(of_obj.text)}"
                else:  # what the figure qualifies: "a raise of 9 percent", "pay rises by 6 percent"
                    gov = _governor(anchor)
                    measure = f"{unit} {gov}" if gov else unit
            if not (amt.percent or amt.currency):
                if unit_tok is not None:
                    unit = _unit_lemma(unit_tok)
                    if unit_tok.ent_type_ == "NORP" or unit_tok.pos_ == "PROPN":
                        unit = _norm_word(unit_tok.text) if unit_tok.tag_ != "NNPS" else _singular(_norm_word(unit_tok.text))
                    pred = _predicate(unit_tok)
                    head_words = _compound_mods(unit_tok) + [_norm_word(unit_tok.text)]
                    if amt.strong:
                        of = next((c for c in unit_tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                        pobj = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
                        if pobj is not None:
                            head_words += ["of", _norm_word(pobj.text)]
                    measure = " ".join(head_words + ([pred] if pred else []))
                    # extend the text over the adjacent counted noun
                    if unit_tok.idx >= amt.end:
                        gap = doc[num_toks[-1].i + 1: unit_tok.i]
                        if len(gap) <= 4 and all(
                            (unit_tok in g.ancestors and g.dep_ in ("compound", "amod", "nmod", "punct", "hyph")
                             and g.lower_ not in ('"', "“", "”", "«", "»", "'", "(", ")", ","))
                            or (g.lower_ == "of" and amt.vague) or (g.dep_ == "det" and g.head.i == unit_tok.i and amt.vague)
                            for g in gap
                        ) and "\n" not in text[amt.end:unit_tok.idx]:
                            end = unit_tok.idx + len(unit_tok.text)
                else:
                    anchor = num_toks[-1]
                    ids = {t.i for t in num_toks}
                    while anchor.head.i in ids and anchor.head.i != anchor.i:
                        anchor = anchor.head
                    pred = _predicate(anchor)
                    measure = pred
    else:
        if unit is None:
            unit, measure, end = _fallback_unit(scan, amt)
        else:
            measure = unit
    if unit is None and measure is None and not amt.percent:
        # keep the number (it is still a quantity), but without a unit or measure
        pass
    start = amt.start
    end = max(end, amt.end)
    qtext = text[start:end]
    return Quantity(
        start=start, end=end, text=qtext, value=float(amt.value),
        low=None if amt.low is None else round(float(amt.low), 6),
        high=None if amt.high is None else round(float(amt.high), 6),
        qualifier=amt.qualifier, unit=unit, measure=measure,
        sentence=_sentence_index(sent_bounds, start),
    )


_PASSIVE_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|were|was|are|is|been|be|being|will|would)\s+)+(?:\w+ly\s+)?(\w+ed|\w+en|held|left|sent|shot|hurt|killed)\b"
)
_ACTIVE_BEFORE = re.compile(r"\b(\w+ed)\s+$")


def _fallback_unit(scan: _Scanner, amt: _Amount) -> tuple[str | None, str | None, int]:
    """Regex-only unit: a noun-looking word right after the amount (after 'of' for vague
    amounts, after a run of capitalised name words). In a run of content words the first
    plural-looking one wins ("20,000 armed fighters" -> fighters), else the last."""
    toks = scan.toks
    text = scan.text
    k = amt.last + 1
    if k < len(toks) and toks[k].text == "of":
        k += 1
        if k < len(toks) and toks[k].text in ("the", "their", "its", "his", "her", "them", "these", "those"):
            if toks[k].text == "them":
                return None, None, amt.end
            k += 1
    while k < len(toks) and toks[k].text in ("\"", "'"):
        k += 1
    # skip a proper name: "2,000 Some Organisation (ABBR) troops"
    j, skipped = k, 0
    while j < len(toks) and skipped < 8 and (
            (toks[j].kind == "word" and text[toks[j].start:toks[j].start + 1].isupper())
            or toks[j].text in ("(", ")", "-", "'")):
        j += 1
        skipped += 1
    if skipped and j < len(toks) and toks[j].kind == "word" and text[toks[j].start].islower():
        k = j
    run = []
    while k < len(toks) and len(run) < 3 and toks[k].kind == "word":
        w = toks[k].text
        if w in _STOP_NEXT or w.endswith("ly") or w in scan.units or w in scan.mult \
                or not text[toks[k].start].islower():
            break
        run.append(toks[k])
        if w.endswith("ed") and len(run) > 1:
            run.pop()
            break
        k += 1
    if not run:
        return None, _fallback_pred(scan, amt, None), amt.end
    pick = next((t for t in run if t.text.endswith("s") or t.text in _PLURAL_ONLY), run[-1])
    word = _norm_word(text[pick.start:pick.end])
    unit = _singular(word)
    pred = _fallback_pred(scan, amt, pick.end)
    measure = word + (f" {pred}" if pred else "")
    gap = scan.view[amt.end:pick.start]
    adjacent = "\n" not in gap and (pick is run[0] and gap.strip() in ("", "of", "of the")
                                    or run[0].start - amt.end <= 1)
    end = pick.end if adjacent else amt.end
    return unit, measure, end


def _fallback_pred(scan: _Scanner, amt: _Amount, after: int | None) -> str | None:
    if after is not None:
        m = _PASSIVE_AFTER.match(scan.view, after)
        if m:
            return m.group(1)
    m = _ACTIVE_BEFORE.search(scan.view[max(0, amt.start - 40):amt.start])
    if m and m.group(1) not in ("need", "used", "based"):
        return m.group(1)
    return None


__all__ = ["find_quantities", "NOMINAL_EVENTS"]
