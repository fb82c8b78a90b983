"""Temporal lexicons: month and weekday names, relative-day words, number words, units, seasons, parts of
day, present/past/future references, tense cues and holidays. General English resources only (no story
knowledge).

Used by `newsdossier.analyze.temporal` (as `lang.get("en").months` etc.). The English modifier + unit
grammar ("last week", "two days ago", "the following day") is written in the scanner's patterns; the
number words stay here until `numbers` takes them over.

Source: compiled by the project from general English usage and the TimeML guidelines' value conventions;
moved from data/temporal_words.py.
"""

from . import numbers as _numbers  # a module, not names: a concept is defined in one module only


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
# abbreviations that are also ordinary words: only accepted with a following day number / dot
AMBIGUOUS_ABBR = {"mar", "may", "jun", "jan", "sat", "sun", "wed", "dec", "mon", "aug"}
# month names that are also common words ("may" the modal, "march" the verb): alone, they need a cue word
AMBIGUOUS_MONTHS = {"may", "march"}
# words before a month named alone that make it a time ("in January", "since March", "end of May")
MONTH_CUES = ("in", "since", "until", "till", "by", "during", "early", "late", "mid", "last", "next", "this", "of",
              "before", "after", "through", "from", "to", "end of", "beginning of")
# day words relative to the publication day -> offset in days
DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
# fixed phrases for a period relative to the publication date -> (modifier, unit); English builds these from
# modifier + unit in the scanner's patterns ("last week", "the following month"), so it lists none
RELATIVE_PERIODS: dict = {}
# The concepts below carry other languages' grammar of dates; English writes its own in the scanner's patterns
# (the modifier + unit grammar, "the following day"), so they are empty here, or hold what the English
# patterns used before they were read from the language: "the 14th of March", "March of 2031".
DAY_ARTICLES = ("the",)
DAY_MONTH_LINKS = ("of",)
MONTH_YEAR_LINKS = ("of",)
DAY_SUFFIXES = ("st", "nd", "rd", "th")
# a word after a year that belongs to it ("2009 roku", "2009 года"): none in English
YEAR_SUFFIXES = ()
# a phrase after a year-less date that gives its year ("le 3 mars de l'année dernière"): English "March 4 last
# year" is an extent rule (extent._month_with_year)
RELATIVE_YEAR_AFTER: dict = {}
# days told from the date before ("la veille"): English has "the day before" in its patterns
ANAPHORIC_DAYS: dict = {}
# offsets "hace tres días", "tre giorni fa", "через два дня": English "two days ago" is in its patterns
AGO_BEFORE = ()
AGO_AFTER = ()
AHEAD_BEFORE = ()
OFFSET_UNITS: dict = {}
# words between the first day of a list and the next ("25 et 26 juillet"): English TimeML keeps "July 25-26"
# one expression, so none
DAY_LIST_WORDS = ()
# calendar words that are also names ("Domingo"), for languages that write the calendar in lower case
NAME_LIKE_CALENDAR_WORDS = frozenset()
# a day word that is also a noun after these words ("la mañana", "am Morgen")
DEICTIC_NOUN_SENSES: dict = {}
# a day word that is the noun when capitalised inside a sentence (German "Morgen")
NOUN_WHEN_CAPITALISED = frozenset()
# words before a four-digit number that make it an amount ("about 2000", "another 1500"), not a year
AMOUNT_CUES = {"about", "some", "over", "than", "nearly", "around", "almost", "roughly", "approximately",
               "least", "additional", "another", "only", "just", "all", "those", "these", "number", "no"}
# Number words of temporal amounts ("two weeks", "a year", "half an hour"): the cardinals of numbers.py (one
# list), plus the indefinite article as one, "hundred" and "half".
NUMBER_WORDS = {"a": 1, "an": 1, **_numbers.CARDINAL_WORDS, "hundred": _numbers.MULTIPLIERS["hundred"], "half": 0.5}
VAGUE_NUMBERS = {"a few", "few", "several", "many", "some", "a couple of", "couple of"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# unit word -> (TIMEX3 duration letter, is a time unit)
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "fortnight": ("W", False), "month": ("M", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False), "quarter": ("Q", False),
}
# spoken years: "nineteen ninety-six", "twenty ten" (the number words of the tens and of the units)
SPOKEN_DECADES = {w: n for w, n in NUMBER_WORDS.items() if isinstance(n, int) and 10 <= n <= 90}
SPOKEN_UNITS = {w: n for w, n in NUMBER_WORDS.items() if w not in ("a", "an") and isinstance(n, int) and 1 <= n <= 9}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "current": "PRESENT_REF", "at the moment": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "formerly": "PAST_REF", "in the past": "PAST_REF",
    "once upon a time": "PAST_REF", "in the future": "FUTURE_REF", "in the near future": "FUTURE_REF",
    "the future": "FUTURE_REF", "in the coming days": "FUTURE_REF", "in the coming weeks": "FUTURE_REF",
}
# ("previously", "soon", bare "the past" are usually not temporal expressions in annotated news: left out)

SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
             "hourly": "PT1H", "nightly": "P1D"}
YEAR_CUES = {"in", "since", "until", "till", "by", "from", "to", "of", "during", "before", "after",
             "through", "early", "late", "mid", "between", "and", "fiscal", "year", "around", "circa",
             "spring", "summer", "autumn", "fall", "winter", "end", "beginning"}
FUTURE_AUX = {"will", "shall", "'ll", "wo", "ll"}
WOULD_AUX = {"would", "'d"}
MODALS = {"could", "may", "might", "should", "must", "can", "ought"}
# modals in a past form: "could be located Wednesday" says nothing about the future
PAST_MODALS = {"could", "might"}
# verbs whose object lies ahead of the verb's own time ("planned a rally on Saturday")
FUTURE_VERBS = {"plan", "schedule", "slate", "intend", "expect"}
# present-tense cues for the regex fallback ("the talks begin on Monday")
PRESENT_CUES = ("is", "are", "am", "begins", "starts", "ends", "opens", "takes")
# words before a yearless date that make it a deadline ahead ("until January", "payable Jan. 2")
DEADLINE_CUES = ("until", "till", "through", "payable", "effective", "extended to", "postponed to", "delayed to")
# words next to a date named without its year that say which side of the publication date it lies on:
# "the upcoming Nov. 8 election", "next March 4" (ahead); "last Nov. 8", "the previous May 3" (back).
# Looked for within a few words before the expression and as the word right after it. Not "scheduled for",
# "planned for", "set for": they point ahead of the sentence's own time, which may be past ("the vote,
# scheduled for March 4, was held"), and the tense rules already read them (FUTURE_VERBS).
FORWARD_CUES = ("next", "upcoming", "coming", "forthcoming")
BACKWARD_CUES = ("last", "past", "previous", "preceding")
# sentence-level cues for the regex fallback (no parse available)
FUTURE_CUES = (r"will|shall|won't|'ll|going to|would|expected to|scheduled to|due to|set to|plans? to|is to|are to|"
               # "expect Thursday's meeting to produce a deal": a verb of expectation with an infinitive ahead
               r"(?:expects?|intends?|hopes?|aims?|wants?)(?=\s+(?:[\w'’]+\s+){0,4}?to\s+[a-z])")
PAST_IRREGULAR = (
    "was|were|had|did|said|began|begun|came|went|took|left|made|met|told|held|gave|got|saw|found|"
    "thought|brought|became|kept|sent|spent|fell|rose|won|lost|led|ran|paid|sold|stood|broke|chose|"
    "drove|flew|fought|hit|knew|laid|meant|put|set|shot|spoke|struck|threw|wrote|arrived|announced"
)

NUMBER_PATTERN = (
    r"\d+\s+1/2|\d+(?:\.\d+)?|a\s+few|a\s+couple\s+of|couple\s+of|several|few|many|some|half\s+an?|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|hundred|an?"
)
UNIT_PATTERN = r"seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centuries|century|quarters?"


# Modifiers that TimeML keeps inside the expression's extent
POINT_MODS = r"early|late|mid|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
QUANT_MODS = (r"almost|nearly|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|"
              r"no\s+more\s+than|no\s+less\s+than|not\s+more\s+than")

# Holidays with a fixed day (month, day) or a rule ("nth weekday of month", "easter")
HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25), "christmas eve": (12, 24),
    "christmas": (12, 25), "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31),
    "independence day": (7, 4), "bastille day": (7, 14), "may day": (5, 1), "labour day": (5, 1),
    "thanksgiving day": ("nth", 11, 3, 4), "thanksgiving": ("nth", 11, 3, 4),
    "labor day": ("nth", 9, 0, 1), "memorial day": ("last", 5, 0), "mother's day": ("nth", 5, 6, 2),
    "election day": ("election",), "easter sunday": ("easter", 0), "easter": ("easter", 0),
    "good friday": ("easter", -2), "easter monday": ("easter", 1),
}
