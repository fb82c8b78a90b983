"""Amounts in Russian: approximators, number words, multipliers, vague amounts, percent and range words,
nouns of time. Used by `newsdossier.analyze.quantities`.

Source: compiled by the project from general Russian usage; moved from analyze/quantities.py.
"""

APPROXIMATORS = {
    "около": "about", "примерно": "about", "приблизительно": "about", "почти": "nearly",
    "более": "more-than", "больше": "more-than", "свыше": "more-than", "менее": "less-than",
    "меньше": "less-than", "не менее": "at-least", "по меньшей мере": "at-least",
    "до": "up-to", "не более": "up-to",
}
CARDINAL_WORDS = {"один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
                  "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "двадцать": 20,
                  "тридцать": 30, "сто": 100}
MULTIPLIERS = {"тысяча": 1000, "тысячи": 1000, "тысяч": 1000, "миллион": 1e6,
               "миллиона": 1e6, "миллионов": 1e6, "миллиард": 1e9}
NUMBER_CONJUNCTIONS = frozenset({"и"})
VAGUE_AMOUNTS = {"десятки": (20, 99), "сотни": (200, 999), "тысячи": (2_000, 9_999),
                 "несколько": (3, 9)}
PERCENT_WORDS = frozenset({"процент", "процента", "процентов"})
RANGE_TO_WORDS = frozenset({"до"})
RANGE_OR_WORDS = frozenset({"или"})
BETWEEN_WORDS = ("от", "до")
RANGE_FROM_WORDS = frozenset({"от"})
DURATION_NOUNS = frozenset({"день", "дня", "дней", "неделя", "недели", "недель", "месяц", "месяца", "месяцев",
                            "год", "года", "лет", "час", "часа", "часов"})
