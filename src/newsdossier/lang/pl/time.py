"""Temporal lexicons for Polish: month names in the nominative, the genitive of dates ("3 stycznia") and the
locative ("w styczniu"), weekday names with their accusative and genitive ("w środę", "do piątku"), day
words, relative-period phrases ("w zeszłym tygodniu"), the year word ("2009 roku", "2009 r.") and the
"trzy dni temu" / "za dwa tygodnie" offsets.

Used by `newsdossier.analyze.temporal` (as `lang.get("pl").months` etc.). Source: general knowledge of
Polish grammar (the calendar names as CLDR lists them for "pl", nominative and genitive, with the locative
forms of the grammar books; common deictic words and relative phrases); not taken from any corpus.
"""

MONTHS = {
    "styczeń": 1, "stycznia": 1, "styczniu": 1, "luty": 2, "lutego": 2, "lutym": 2, "marzec": 3, "marca": 3,
    "marcu": 3, "kwiecień": 4, "kwietnia": 4, "kwietniu": 4, "maj": 5, "maja": 5, "maju": 5, "czerwiec": 6,
    "czerwca": 6, "czerwcu": 6, "lipiec": 7, "lipca": 7, "lipcu": 7, "sierpień": 8, "sierpnia": 8, "sierpniu": 8,
    "wrzesień": 9, "września": 9, "wrześniu": 9, "październik": 10, "października": 10, "październiku": 10,
    "listopad": 11, "listopada": 11, "listopadzie": 11, "grudzień": 12, "grudnia": 12, "grudniu": 12,
}
# "Maja" is also a given name; "luty" an adjective: alone they need a preposition before them
AMBIGUOUS_MONTHS = {"maja", "luty"}
NAME_LIKE_CALENDAR_WORDS = frozenset({"maja"})
WEEKDAYS = {"poniedziałek": 0, "poniedziałku": 0, "wtorek": 1, "wtorku": 1, "środa": 2, "środę": 2, "środy": 2,
            "czwartek": 3, "czwartku": 3, "piątek": 4, "piątku": 4, "sobota": 5, "sobotę": 5, "soboty": 5,
            "niedziela": 6, "niedzielę": 6, "niedzieli": 6}
DEICTIC_DAYS = {"dziś": 0, "dzisiaj": 0, "wczoraj": -1, "jutro": 1, "przedwczoraj": -2, "pojutrze": 2}
PARTS_OF_DAY = {"rano": "MO", "rankiem": "MO", "przed południem": "MO", "po południu": "AF", "wieczorem": "EV",
                "w nocy": "NI", "nocą": "NI"}
RELATIVE_PERIODS = {
    "w zeszłym tygodniu": ("last", "week"), "w ubiegłym tygodniu": ("last", "week"),
    "w poprzednim tygodniu": ("last", "week"), "w przyszłym tygodniu": ("next", "week"),
    "w tym tygodniu": ("this", "week"), "w zeszłym miesiącu": ("last", "month"),
    "w ubiegłym miesiącu": ("last", "month"), "w przyszłym miesiącu": ("next", "month"),
    "w tym miesiącu": ("this", "month"), "w zeszłym roku": ("last", "year"), "w ubiegłym roku": ("last", "year"),
    "w przyszłym roku": ("next", "year"), "w tym roku": ("this", "year"), "w bieżącym roku": ("this", "year"),
    "zeszłego roku": ("last", "year"), "ubiegłego roku": ("last", "year"), "przyszłego roku": ("next", "year"),
    "tego roku": ("this", "year"), "w zeszły weekend": ("last", "weekend"), "w miniony weekend": ("last", "weekend"),
    "w ten weekend": ("this", "weekend"), "w przyszły weekend": ("next", "weekend"),
}
RELATIVE_YEAR_AFTER = {"zeszłego roku": -1, "ubiegłego roku": -1, "minionego roku": -1, "tego roku": 0,
                       "bieżącego roku": 0, "przyszłego roku": 1,
                       "ub.r.": -1, "ub. r.": -1, "br.": 0, "b.r.": 0}
DAY_MONTH_LINKS = ()
MONTH_YEAR_LINKS = ()
DAY_SUFFIXES = ()
# the year word after a year ("w 2009 roku", "1 stycznia 2020 r."): part of the expression
YEAR_SUFFIXES = ("roku", "r.")
MONTH_CUES = ("w", "we", "od", "do", "z", "przed", "po", "na początku", "pod koniec", "w połowie", "końcem",
              "początkiem", "na przełomie", "w ciągu", "do końca")
FORWARD_CUES = ("przyszły", "przyszłą", "przyszłym", "najbliższy", "najbliższą", "najbliższym", "nadchodzący",
                "nadchodzącą")
BACKWARD_CUES = ("zeszły", "zeszłą", "ubiegły", "ubiegłą", "miniony", "minioną", "ostatni", "ostatnią",
                 "poprzedni", "poprzednią")
AGO_BEFORE = ()
AGO_AFTER = ("temu",)
AHEAD_BEFORE = ("za",)
OFFSET_UNITS = {"dzień": ("day", 1), "dni": ("day", None), "tydzień": ("week", 1), "tygodnie": ("week", None),
                "tygodni": ("week", None), "miesiąc": ("month", 1), "miesiące": ("month", None),
                "miesięcy": ("month", None), "rok": ("year", 1), "lata": ("year", "X"), "lat": ("year", None)}
NUMBER_WORDS = {"jeden": 1, "jedną": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6,
                "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10, "jedenaście": 11, "dwanaście": 12,
                "piętnaście": 15, "dwadzieścia": 20, "trzydzieści": 30}
VAGUE_NUMBERS = {"kilka", "kilkanaście", "parę", "kilkadziesiąt"}
# days told from the last day named before (or the publication date), e.g. the day before
ANAPHORIC_DAYS = {"następnego dnia": 1, "nazajutrz": 1, "dzień później": 1, "dzień wcześniej": -1,
                  "poprzedniego dnia": -1, "w przeddzień": -1, "tego samego dnia": 0, "tego dnia": 0}
# words between the first day of a list or range and the next one ("25 et 26 juillet", "du 3 au 5 mars"):
# the first day is a date of the month named after the last
DAY_LIST_WORDS = ("i", "oraz", "do")
