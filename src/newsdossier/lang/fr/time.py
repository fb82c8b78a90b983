"""Temporal lexicons for French: month and weekday names, relative-day words, parts of the day and fixed
phrases for periods relative to the publication date ("la semaine dernière").

The direction cues (FORWARD_CUES, BACKWARD_CUES) are the common French adjectives that place a date
ahead or back ("le 8 novembre prochain", "le 3 mars dernier"), from general usage like the rest.

The offsets ("il y a trois jours", "dans deux semaines"), the days told from the date before ("la veille",
"le lendemain"), the cue words before a month alone ("en mars", "fin mai", "mi-juin") and the relative
year after a year-less date ("le 3 mars de l'année dernière") were added for issue 21 from the same general
knowledge of French.

Used by `newsdossier.analyze.temporal` (as `lang.get("fr").months` etc.). Concepts not listed here (number
words, tense cues, holidays, the English modifier + unit grammar) are empty for French.

Source: general knowledge of French (the calendar names and their usual written abbreviations, the common
deictic day words and relative-period phrases); not taken from any corpus. The short press forms "jan" and
"fév" (besides "janv", "févr") were added when the French timeline eval showed dates written that way lost
after the French list replaced dateparser's locale names, which include them.
"""

MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9,
    "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
# day words relative to the publication day -> offset in days
DEICTIC_DAYS = {"aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "après-demain": 2}
# parts of the day after a weekday or a day word ("vendredi soir", "hier matin") -> TIMEX3 code
PARTS_OF_DAY = {"matin": "MO", "après-midi": "AF", "soir": "EV", "nuit": "NI"}
# fixed phrases for a period relative to the publication date -> (modifier, unit)
RELATIVE_PERIODS = {
    "la semaine dernière": ("last", "week"), "la semaine passée": ("last", "week"),
    "la semaine prochaine": ("next", "week"), "cette semaine": ("this", "week"),
    "le mois dernier": ("last", "month"), "le mois passé": ("last", "month"),
    "le mois prochain": ("next", "month"), "ce mois-ci": ("this", "month"),
    "l'année dernière": ("last", "year"), "l'an dernier": ("last", "year"), "l'année passée": ("last", "year"),
    "l'année prochaine": ("next", "year"), "l'an prochain": ("next", "year"), "cette année": ("this", "year"),
    "le week-end dernier": ("last", "weekend"), "ce week-end": ("this", "weekend"),
    "le week-end prochain": ("next", "weekend"),
}
# words next to a date named without its year that say which side of the publication date it lies on;
# in French they mostly follow the date ("le 8 novembre prochain", "le 3 mars dernier")
# (not "prévu", "programmé": ahead of the sentence's own time, which may be past)
FORWARD_CUES = ("prochain", "prochaine", "prochains", "prochaines", "à venir")
BACKWARD_CUES = ("dernier", "dernière", "derniers", "dernières", "passé", "passée", "précédent", "précédente")
# "le 1er mai": the ordinal mark after the day number
DAY_SUFFIXES = ("er",)
DAY_MONTH_LINKS = ()
MONTH_YEAR_LINKS = ()
RELATIVE_YEAR_AFTER = {"de l'année dernière": -1, "de l'an dernier": -1, "de l'année passée": -1,
                       "de cette année": 0, "de l'année prochaine": 1, "de l'an prochain": 1}
MONTH_CUES = ("en", "depuis", "jusqu'en", "jusqu'à", "dès", "d'ici", "avant", "après", "début", "fin", "mi",
              "courant", "à partir de", "au mois de", "le mois de", "au début de", "à la fin de", "entre")
# days told from the last day named before (or the publication date): "la veille" (the day before)
ANAPHORIC_DAYS = {"la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2,
                  "le même jour": 0, "ce jour-là": 0}
AGO_BEFORE = ("il y a",)
AGO_AFTER = ()
AHEAD_BEFORE = ("dans", "d'ici")
OFFSET_UNITS = {"jour": ("day", None), "jours": ("day", None), "semaine": ("week", None), "semaines": ("week", None),
                "mois": ("month", None), "an": ("year", None), "ans": ("year", None), "année": ("year", None),
                "années": ("year", None)}
NUMBER_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30}
VAGUE_NUMBERS = {"quelques", "plusieurs"}
# words between the first day of a list or range and the next one ("25 et 26 juillet", "du 3 au 5 mars"):
# the first day is a date of the month named after the last
DAY_LIST_WORDS = ("et", "au")
