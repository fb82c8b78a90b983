"""Amounts in French: approximators, number words, multipliers, vague amounts, percent and range words,
nouns of time. Used by `newsdossier.analyze.quantities`.

Source: compiled by the project from general French usage; moved from analyze/quantities.py.
"""

APPROXIMATORS = {
    "environ": "about", "près de": "nearly", "presque": "nearly", "quelque": "about",
    "quelques": "about", "plus de": "more-than", "moins de": "less-than",
    "au moins": "at-least", "jusqu'à": "up-to", "jusqu'a": "up-to", "autour de": "about",
}
CARDINAL_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
                  "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "vingt": 20, "trente": 30,
                  "quarante": 40, "cinquante": 50, "cent": 100}
MULTIPLIERS = {"cents": 100, "mille": 1000, "million": 1e6, "millions": 1e6, "milliard": 1e9,
               "milliards": 1e9, "douzaine": 12}
INDEFINITE_ARTICLES = frozenset({"un", "une"})
NUMBER_CONJUNCTIONS = frozenset({"et"})
VAGUE_AMOUNTS = {"des dizaines": (20, 99), "des centaines": (200, 999),
                 "des milliers": (2_000, 9_999), "plusieurs": (3, 9), "quelques": (2, 5)}
PERCENT_WORDS = frozenset({"pour cent"})
RANGE_TO_WORDS = frozenset({"à", "a"})
RANGE_OR_WORDS = frozenset({"ou"})
BETWEEN_WORDS = ("entre", "et")
RANGE_FROM_WORDS = frozenset({"de"})
DURATION_NOUNS = frozenset({"jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années",
                            "heure", "heures"})
