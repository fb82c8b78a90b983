"""Amounts in Spanish: approximators, number words, multipliers, vague amounts, percent and range words,
nouns of time. Used by `newsdossier.analyze.quantities`.

Source: compiled by the project from general Spanish usage; moved from analyze/quantities.py.
"""

APPROXIMATORS = {
    "unos": "about", "unas": "about", "alrededor de": "about", "aproximadamente": "about",
    "cerca de": "nearly", "casi": "nearly", "más de": "more-than", "menos de": "less-than",
    "al menos": "at-least", "por lo menos": "at-least", "hasta": "up-to",
}
CARDINAL_WORDS = {"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
                  "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "veinte": 20, "treinta": 30,
                  "cien": 100, "ciento": 100}
MULTIPLIERS = {"mil": 1000, "millón": 1e6, "millon": 1e6, "millones": 1e6, "docena": 12}
NUMBER_CONJUNCTIONS = frozenset({"y"})
VAGUE_AMOUNTS = {"decenas": (20, 99), "cientos": (200, 999), "centenares": (200, 999),
                 "miles": (2_000, 9_999), "varios": (3, 9), "varias": (3, 9)}
PERCENT_WORDS = frozenset({"por ciento", "por cien"})
RANGE_TO_WORDS = frozenset({"a"})
RANGE_OR_WORDS = frozenset({"o"})
BETWEEN_WORDS = ("entre", "y")
RANGE_FROM_WORDS = frozenset({"de"})
DURATION_NOUNS = frozenset({"día", "días", "semana", "semanas", "mes", "meses", "año", "años", "hora", "horas"})
