"""Amounts in German: approximators, number words, multipliers, vague amounts, percent and range words,
nouns of time. Used by `newsdossier.analyze.quantities`.

Source: compiled by the project from general German usage; moved from analyze/quantities.py.
"""

APPROXIMATORS = {
    "etwa": "about", "rund": "about", "ungefähr": "about", "circa": "about", "ca.": "about",
    "fast": "nearly", "knapp": "nearly", "beinahe": "nearly", "mehr als": "more-than",
    "über": "more-than", "weniger als": "less-than", "unter": "less-than",
    "mindestens": "at-least", "bis zu": "up-to", "höchstens": "up-to",
}
CARDINAL_WORDS = {"eins": 1, "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
                  "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwanzig": 20,
                  "dreißig": 30, "hundert": 100}
MULTIPLIERS = {"tausend": 1000, "million": 1e6, "millionen": 1e6, "milliarde": 1e9,
               "milliarden": 1e9, "dutzend": 12}
INDEFINITE_ARTICLES = frozenset({"ein", "eine"})
NUMBER_CONJUNCTIONS = frozenset({"und"})
VAGUE_AMOUNTS = {"dutzende": (24, 99), "hunderte": (200, 999), "tausende": (2_000, 9_999),
                 "mehrere": (3, 9), "einige": (2, 9)}
PERCENT_WORDS = frozenset({"prozent"})
RANGE_TO_WORDS = frozenset({"bis"})
RANGE_OR_WORDS = frozenset({"oder"})
BETWEEN_WORDS = ("zwischen", "und")
RANGE_FROM_WORDS = frozenset({"von"})
DURATION_NOUNS = frozenset({"tag", "tage", "tagen", "woche", "wochen", "monat", "monate", "monaten", "jahr",
                            "jahre", "jahren", "stunde", "stunden"})
