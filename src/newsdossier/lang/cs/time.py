"""Temporal lexicons for Czech: month names in the nominative, the genitive of dates ("3. ledna") and the
locative ("v lednu"), weekday names with their accusative ("ve středu"), day words, relative-period phrases
("minulý týden", "loni") and the "před třemi dny" / "za dva týdny" offsets (the instrumental after "před").

Used by `newsdossier.analyze.temporal` (as `lang.get("cs").months` etc.). Source: general knowledge of
Czech grammar (the calendar names as CLDR lists them for "cs", nominative and genitive, with the locative
forms; common deictic words and relative phrases); not taken from any corpus.
"""

MONTHS = {
    "leden": 1, "ledna": 1, "lednu": 1, "únor": 2, "února": 2, "únoru": 2, "březen": 3, "března": 3, "březnu": 3,
    "duben": 4, "dubna": 4, "dubnu": 4, "květen": 5, "května": 5, "květnu": 5, "červen": 6, "června": 6,
    "červnu": 6, "červenec": 7, "července": 7, "červenci": 7, "srpen": 8, "srpna": 8, "srpnu": 8, "září": 9,
    "říjen": 10, "října": 10, "říjnu": 10, "listopad": 11, "listopadu": 11, "prosinec": 12, "prosince": 12,
    "prosinci": 12,
}
# "srpen" is also the sickle: alone it needs a preposition before it
AMBIGUOUS_MONTHS = {"srpen"}
WEEKDAYS = {"pondělí": 0, "úterý": 1, "středa": 2, "středu": 2, "středy": 2, "čtvrtek": 3, "čtvrtku": 3,
            "pátek": 4, "pátku": 4, "sobota": 5, "sobotu": 5, "soboty": 5, "neděle": 6, "neděli": 6}
DEICTIC_DAYS = {"dnes": 0, "dneska": 0, "včera": -1, "zítra": 1, "předevčírem": -2, "pozítří": 2}
PARTS_OF_DAY = {"ráno": "MO", "dopoledne": "MO", "odpoledne": "AF", "večer": "EV", "v noci": "NI"}
RELATIVE_PERIODS = {
    "minulý týden": ("last", "week"), "minulého týdne": ("last", "week"), "tento týden": ("this", "week"),
    "tohoto týdne": ("this", "week"), "příští týden": ("next", "week"), "příštího týdne": ("next", "week"),
    "minulý měsíc": ("last", "month"), "minulého měsíce": ("last", "month"), "tento měsíc": ("this", "month"),
    "příští měsíc": ("next", "month"), "příštího měsíce": ("next", "month"),
    "loni": ("last", "year"), "vloni": ("last", "year"), "v loňském roce": ("last", "year"),
    "minulý rok": ("last", "year"), "v minulém roce": ("last", "year"), "letos": ("this", "year"),
    "v letošním roce": ("this", "year"), "tento rok": ("this", "year"), "příští rok": ("next", "year"),
    "v příštím roce": ("next", "year"), "příštího roku": ("next", "year"),
    "minulý víkend": ("last", "weekend"), "tento víkend": ("this", "weekend"), "příští víkend": ("next", "weekend"),
}
RELATIVE_YEAR_AFTER = {"loňského roku": -1, "minulého roku": -1, "loni": -1, "letošního roku": 0, "letos": 0,
                       "tohoto roku": 0, "příštího roku": 1}
DAY_MONTH_LINKS = ()
# "v březnu roku 2019": the word for year between a month and its year
MONTH_YEAR_LINKS = ("roku",)
DAY_SUFFIXES = ()
MONTH_CUES = ("v", "ve", "od", "do", "začátkem", "koncem", "v polovině", "na začátku", "na konci", "během", "po",
              "před")
FORWARD_CUES = ("příští", "příštího", "nadcházející")
BACKWARD_CUES = ("minulý", "minulou", "minulého", "uplynulý", "uplynulou", "předchozí")
AGO_BEFORE = ("před",)
AGO_AFTER = ()
AHEAD_BEFORE = ("za",)
OFFSET_UNITS = {"dnem": ("day", 1), "dny": ("day", None), "dnů": ("day", None), "dní": ("day", None),
                "týdnem": ("week", 1), "týden": ("week", 1), "týdny": ("week", None), "týdnů": ("week", None),
                "měsícem": ("month", 1), "měsíc": ("month", 1), "měsíce": ("month", None), "měsíci": ("month", None),
                "měsíců": ("month", None), "rokem": ("year", 1), "rok": ("year", 1), "roky": ("year", None),
                "lety": ("year", "X"), "let": ("year", None), "roků": ("year", None)}
NUMBER_WORDS = {"jedním": 1, "jednou": 1, "jeden": 1, "jednu": 1, "dvěma": 2, "dva": 2, "dvě": 2, "třemi": 3,
                "tři": 3, "čtyřmi": 4, "čtyři": 4, "pěti": 5, "pět": 5, "šesti": 6, "šest": 6, "sedmi": 7,
                "sedm": 7, "osmi": 8, "osm": 8, "devíti": 9, "devět": 9, "deseti": 10, "deset": 10}
VAGUE_NUMBERS = {"několika", "několik", "pár"}
# days told from the last day named before (or the publication date), e.g. the day before
ANAPHORIC_DAYS = {"následující den": 1, "následujícího dne": 1, "druhý den": 1, "druhého dne": 1,
                  "den předtím": -1, "předchozího dne": -1, "předchozí den": -1, "téhož dne": 0, "toho dne": 0,
                  "ten den": 0}
# words between the first day of a list or range and the next one ("25 et 26 juillet", "du 3 au 5 mars"):
# the first day is a date of the month named after the last
DAY_LIST_WORDS = ("a", "až", "do")
