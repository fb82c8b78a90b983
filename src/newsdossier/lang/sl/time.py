"""Temporal lexicons for Slovene: month names in the nominative, the genitive of dates ("3. januarja") and
the locative ("v januarju"), weekday names with their accusative ("v sredo"), day words, relative-period
phrases ("prejšnji teden", "lani") and the "pred tremi dnevi" / "čez dva tedna" offsets.

Used by `newsdossier.analyze.temporal` (as `lang.get("sl").months` etc.). Source: general knowledge of
Slovene grammar (the calendar names as CLDR lists them for "sl", nominative and genitive, with the
locative forms; common deictic words and relative phrases); not taken from any corpus.
"""

MONTHS = {
    "januar": 1, "januarja": 1, "januarju": 1, "februar": 2, "februarja": 2, "februarju": 2, "marec": 3,
    "marca": 3, "marcu": 3, "april": 4, "aprila": 4, "aprilu": 4, "maj": 5, "maja": 5, "maju": 5, "junij": 6,
    "junija": 6, "juniju": 6, "julij": 7, "julija": 7, "juliju": 7, "avgust": 8, "avgusta": 8, "avgustu": 8,
    "september": 9, "septembra": 9, "septembru": 9, "oktober": 10, "oktobra": 10, "oktobru": 10,
    "november": 11, "novembra": 11, "novembru": 11, "december": 12, "decembra": 12, "decembru": 12,
}
# "Maja", "Julija" are also given names: alone they need a preposition before them
AMBIGUOUS_MONTHS = {"maja", "julija"}
NAME_LIKE_CALENDAR_WORDS = frozenset({"maja", "julija"})
WEEKDAYS = {"ponedeljek": 0, "ponedeljka": 0, "torek": 1, "torka": 1, "sreda": 2, "sredo": 2, "srede": 2,
            "četrtek": 3, "četrtka": 3, "petek": 4, "petka": 4, "sobota": 5, "soboto": 5, "sobote": 5,
            "nedelja": 6, "nedeljo": 6, "nedelje": 6}
DEICTIC_DAYS = {"danes": 0, "včeraj": -1, "jutri": 1, "predvčerajšnjim": -2, "pojutrišnjem": 2}
PARTS_OF_DAY = {"zjutraj": "MO", "dopoldne": "MO", "popoldne": "AF", "zvečer": "EV", "ponoči": "NI"}
RELATIVE_PERIODS = {
    "prejšnji teden": ("last", "week"), "pretekli teden": ("last", "week"), "minuli teden": ("last", "week"),
    "ta teden": ("this", "week"), "prihodnji teden": ("next", "week"), "naslednji teden": ("next", "week"),
    "prejšnji mesec": ("last", "month"), "pretekli mesec": ("last", "month"), "ta mesec": ("this", "month"),
    "prihodnji mesec": ("next", "month"), "naslednji mesec": ("next", "month"),
    "lani": ("last", "year"), "lansko leto": ("last", "year"), "preteklo leto": ("last", "year"),
    "letos": ("this", "year"), "prihodnje leto": ("next", "year"), "naslednje leto": ("next", "year"),
    "prihodnji konec tedna": ("next", "weekend"), "ta konec tedna": ("this", "weekend"),
    "prejšnji konec tedna": ("last", "weekend"),
}
RELATIVE_YEAR_AFTER = {"lani": -1, "lanskega leta": -1, "letos": 0, "letošnjega leta": 0, "prihodnje leto": 1,
                       "prihodnjega leta": 1}
DAY_MONTH_LINKS = ()
# "maja leta 2019": the word for year between a month and its year
MONTH_YEAR_LINKS = ("leta",)
DAY_SUFFIXES = ()
MONTH_CUES = ("v", "od", "do", "konec", "začetek", "sredi", "konca", "začetka", "po", "pred", "med", "od začetka")
FORWARD_CUES = ("prihodnji", "prihodnjo", "naslednji", "naslednjo")
BACKWARD_CUES = ("prejšnji", "prejšnjo", "pretekli", "preteklo", "minuli", "minulo")
AGO_BEFORE = ("pred",)
AGO_AFTER = ()
AHEAD_BEFORE = ("čez",)
OFFSET_UNITS = {"dnem": ("day", 1), "dan": ("day", 1), "dnevi": ("day", None), "dni": ("day", None),
                "dneva": ("day", None), "dnevoma": ("day", None), "tednom": ("week", 1), "teden": ("week", 1),
                "tedni": ("week", None), "tednov": ("week", None), "tedna": ("week", None), "tednoma": ("week", None),
                "mesecem": ("month", 1), "mesec": ("month", 1), "meseci": ("month", None), "mesecev": ("month", None),
                "meseca": ("month", None), "mesecema": ("month", None), "letom": ("year", 1), "leto": ("year", 1),
                "leti": ("year", None), "let": ("year", None), "leta": ("year", None), "letoma": ("year", None)}
NUMBER_WORDS = {"enim": 1, "eno": 1, "en": 1, "dvema": 2, "dva": 2, "dve": 2, "tremi": 3, "tri": 3, "štirimi": 4,
                "štiri": 4, "petimi": 5, "pet": 5, "šestimi": 6, "šest": 6, "sedmimi": 7, "sedem": 7, "osmimi": 8,
                "osem": 8, "devetimi": 9, "devet": 9, "desetimi": 10, "deset": 10}
VAGUE_NUMBERS = {"nekaj"}
# days told from the last day named before (or the publication date), e.g. the day before
ANAPHORIC_DAYS = {"naslednji dan": 1, "naslednjega dne": 1, "dan pozneje": 1, "dan prej": -1,
                  "dan pred tem": -1, "prejšnji dan": -1, "isti dan": 0, "tisti dan": 0}
# words between the first day of a list or range and the next one ("25 et 26 juillet", "du 3 au 5 mars"):
# the first day is a date of the month named after the last
DAY_LIST_WORDS = ("in", "do")
