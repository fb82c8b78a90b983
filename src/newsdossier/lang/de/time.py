"""Temporal lexicons for German: month and weekday names (with the compounds "Montagabend"), day words,
relative-period phrases and the "vor drei Tagen" / "in zwei Wochen" offsets. A day is written "3. März"
(the dotted ordinal the scanner reads in every language).

Used by `newsdossier.analyze.temporal` (as `lang.get("de").months` etc.). Source: general knowledge of
German (the calendar names as CLDR lists them for "de", with the southern variant "Jänner"; the common deictic
words and relative phrases); not taken from any corpus.
"""

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "febr": 2, "märz": 3, "maerz": 3, "april": 4,
    "apr": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}
# abbreviations that are only dates with a day number ("3. Okt."); "August" is also a given name
AMBIGUOUS_ABBR = {"jan", "feb", "febr", "apr", "aug", "sept", "sep", "okt", "nov", "dez"}
AMBIGUOUS_MONTHS = {"august"}
_DAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_PARTS = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")
# the compounds of a weekday and a part of the day ("Montagabend") name the weekday
WEEKDAYS = {**{d: i for i, d in enumerate(_DAYS)}, "sonnabend": 5,
            **{d + p: i for i, d in enumerate(_DAYS) for p in _PARTS}}
DEICTIC_DAYS = {"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2}
# "Morgen" is also the morning: German capitalises the noun, so a capitalised "Morgen" inside a sentence,
# or one after an article ("am Morgen", "jeden Morgen"), is not tomorrow
DEICTIC_NOUN_SENSES = {"morgen": ("am", "den", "der", "des", "jeden", "guten", "diesen", "einen", "frühen",
                                  "nächsten", "heute", "gestern", "vom", "bis")}
NOUN_WHEN_CAPITALISED = frozenset({"morgen"})
PARTS_OF_DAY = {"morgen": "MO", "früh": "MO", "vormittag": "MO", "nachmittag": "AF", "abend": "EV", "nacht": "NI"}
RELATIVE_PERIODS = {
    "letzte woche": ("last", "week"), "vergangene woche": ("last", "week"), "in der vergangenen woche": ("last", "week"),
    "in der letzten woche": ("last", "week"), "vorige woche": ("last", "week"),
    "nächste woche": ("next", "week"), "kommende woche": ("next", "week"), "in der kommenden woche": ("next", "week"),
    "in der nächsten woche": ("next", "week"), "diese woche": ("this", "week"), "in dieser woche": ("this", "week"),
    "letzten monat": ("last", "month"), "vergangenen monat": ("last", "month"), "im vergangenen monat": ("last", "month"),
    "im letzten monat": ("last", "month"), "nächsten monat": ("next", "month"), "im nächsten monat": ("next", "month"),
    "kommenden monat": ("next", "month"), "im kommenden monat": ("next", "month"), "diesen monat": ("this", "month"),
    "in diesem monat": ("this", "month"),
    "letztes jahr": ("last", "year"), "im letzten jahr": ("last", "year"), "vergangenes jahr": ("last", "year"),
    "im vergangenen jahr": ("last", "year"), "im vorjahr": ("last", "year"), "voriges jahr": ("last", "year"),
    "nächstes jahr": ("next", "year"), "im nächsten jahr": ("next", "year"), "im kommenden jahr": ("next", "year"),
    "kommendes jahr": ("next", "year"), "dieses jahr": ("this", "year"), "in diesem jahr": ("this", "year"),
    "letztes wochenende": ("last", "weekend"), "vergangenes wochenende": ("last", "weekend"),
    "am vergangenen wochenende": ("last", "weekend"), "dieses wochenende": ("this", "weekend"),
    "am kommenden wochenende": ("next", "weekend"), "nächstes wochenende": ("next", "weekend"),
}
RELATIVE_YEAR_AFTER = {"letzten jahres": -1, "vergangenen jahres": -1, "des vorjahres": -1, "dieses jahres": 0,
                       "nächsten jahres": 1, "kommenden jahres": 1}
DAY_MONTH_LINKS = ()
MONTH_YEAR_LINKS = ()
DAY_SUFFIXES = ()
MONTH_CUES = ("im", "in", "seit", "bis", "ab", "anfang", "ende", "mitte", "vor", "nach", "von", "zum", "bis zum",
              "seit anfang", "bis ende", "im laufe des")
FORWARD_CUES = ("nächsten", "nächste", "kommenden", "kommende", "bevorstehenden")
BACKWARD_CUES = ("vergangenen", "vergangene", "letzten", "letzte", "vorigen", "vorige")
AGO_BEFORE = ("vor",)
AGO_AFTER = ()
AHEAD_BEFORE = ("in",)
# "vor Jahren": years ago, an unknown number (no number written, a plural unit)
OFFSET_UNITS = {"tag": ("day", None), "tagen": ("day", "X"), "woche": ("week", None), "wochen": ("week", "X"),
                "monat": ("month", None), "monaten": ("month", "X"), "jahr": ("year", None), "jahren": ("year", "X")}
NUMBER_WORDS = {"einem": 1, "einer": 1, "ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
                "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15,
                "zwanzig": 20, "dreißig": 30}
VAGUE_NUMBERS = {"einigen", "wenigen", "mehreren", "ein paar"}
# days told from the last day named before (or the publication date), e.g. the day before
ANAPHORIC_DAYS = {"am nächsten tag": 1, "am folgetag": 1, "tags darauf": 1, "am tag danach": 1,
                  "am vortag": -1, "am tag zuvor": -1, "tags zuvor": -1, "am selben tag": 0, "am gleichen tag": 0,
                  "an diesem tag": 0}
# words between the first day of a list or range and the next one ("25 et 26 juillet", "du 3 au 5 mars"):
# the first day is a date of the month named after the last
DAY_LIST_WORDS = ("und", "bis")
