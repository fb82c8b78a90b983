"""Temporal lexicons for Spanish: month and weekday names, day words, relative-period phrases, the words
that join a day, a month and a year ("12 de julio de 2009", "julio del 2009"), and the "hace tres días" /
"dentro de dos semanas" offsets.

Used by `newsdossier.analyze.temporal` (as `lang.get("es").months` etc.). Source: general knowledge of
Spanish (the calendar names as CLDR lists them for "es", the common deictic words and relative phrases of
news prose); not taken from any corpus. Abbreviations such as "mar." (marzo, martes; also "mar", the sea)
are left out: news text writes the names in full, and a short form that is also a word is read as a date.
"""

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
            "sabado": 5, "domingo": 6}
# calendar words that are also given names or surnames ("Plácido Domingo"): Spanish writes the calendar in
# lower case, so a capitalised one inside a sentence is the name
NAME_LIKE_CALENDAR_WORDS = frozenset({"domingo", "mayo"})
DEICTIC_DAYS = {"hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "antier": -2, "antes de ayer": -2,
                "pasado mañana": 2, "anoche": -1, "esta mañana": 0, "esta tarde": 0, "esta noche": 0}
# "mañana" is also the morning: after an article or a demonstrative it is the noun ("la mañana del lunes",
# "por la mañana"), not tomorrow
DEICTIC_NOUN_SENSES = {"mañana": ("la", "una", "cada", "toda", "esa", "aquella", "media", "su", "esta")}
PARTS_OF_DAY = {"por la mañana": "MO", "de la mañana": "MO", "por la tarde": "AF", "de la tarde": "AF",
                "por la noche": "NI", "de la noche": "NI"}
RELATIVE_PERIODS = {
    "la semana pasada": ("last", "week"), "la pasada semana": ("last", "week"), "la semana anterior": ("last", "week"),
    "la próxima semana": ("next", "week"), "la semana próxima": ("next", "week"), "la semana que viene": ("next", "week"),
    "esta semana": ("this", "week"),
    "el mes pasado": ("last", "month"), "el pasado mes": ("last", "month"), "el próximo mes": ("next", "month"),
    "el mes próximo": ("next", "month"), "el mes que viene": ("next", "month"), "este mes": ("this", "month"),
    "el año pasado": ("last", "year"), "el pasado año": ("last", "year"), "el próximo año": ("next", "year"),
    "el año próximo": ("next", "year"), "el año que viene": ("next", "year"), "este año": ("this", "year"),
    "el fin de semana pasado": ("last", "weekend"), "este fin de semana": ("this", "weekend"),
    "el próximo fin de semana": ("next", "weekend"),
}
# "el 12 de julio del año pasado": a year-less date placed in a year relative to the publication date
RELATIVE_YEAR_AFTER = {"del año pasado": -1, "del pasado año": -1, "de este año": 0, "del próximo año": 1,
                       "del año próximo": 1, "del año que viene": 1}
# the words between a day and its month, and between a month and its year ("12 de julio de 2009", "julio del 2009")
DAY_MONTH_LINKS = ("de",)
MONTH_YEAR_LINKS = ("de", "del")
# ordinal marks after a day number ("1º de mayo", "1.º de mayo")
DAY_SUFFIXES = ("º", "°", ".º", "ro")
# words before a month named alone that make it a time ("en julio", "desde marzo", "a finales de mayo")
MONTH_CUES = ("en", "desde", "hasta", "de", "a", "para", "entre", "durante", "finales de", "principios de",
              "mediados de", "inicios de", "comienzos de", "antes de", "después de")
FORWARD_CUES = ("próximo", "próxima", "que viene", "venidero", "venidera")
BACKWARD_CUES = ("pasado", "pasada", "anterior", "último", "última")
# offsets from the publication date: "hace tres días" (ago), "dentro de dos semanas" (ahead)
AGO_BEFORE = ("hace",)
AGO_AFTER = ()
AHEAD_BEFORE = ("dentro de", "en")
# unit word -> (unit, amount when no number is written: None = a number is required)
OFFSET_UNITS = {"día": ("day", None), "dia": ("day", None), "días": ("day", None), "dias": ("day", None),
                "semana": ("week", None), "semanas": ("week", None), "mes": ("month", None),
                "meses": ("month", None), "año": ("year", None), "años": ("year", None)}
NUMBER_WORDS = {"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
                "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30}
VAGUE_NUMBERS = {"unos", "unas", "varios", "varias", "algunos", "algunas", "pocos", "pocas"}
# days told from the last day named before (or the publication date), e.g. the day before
ANAPHORIC_DAYS = {"al día siguiente": 1, "el día siguiente": 1, "al día anterior": -1, "el día anterior": -1,
                  "la víspera": -1, "ese mismo día": 0, "ese día": 0, "el mismo día": 0}
# words between the first day of a list or range and the next one ("25 et 26 juillet", "du 3 au 5 mars"):
# the first day is a date of the month named after the last
DAY_LIST_WORDS = ("y", "al")
