"""The language tables the quantity reader uses (approximators, number words, vague amounts...)."""

from __future__ import annotations

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
