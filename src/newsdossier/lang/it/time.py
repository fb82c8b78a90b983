"""Temporal lexicons for Italian: month and weekday names, day words, relative-period phrases, the word
that joins a month and its year ("luglio del 2009"), and the "tre giorni fa" / "tra due settimane" offsets.

Used by `newsdossier.analyze.temporal` (as `lang.get("it").months` etc.). Source: general knowledge of
Italian (the calendar names as CLDR lists them for "it", with the unaccented spellings of "lunedì" etc.
that plain-text news uses; the common deictic words and relative phrases); not taken from any corpus.
No abbreviations: "mar", "sab", "dom" are words or names too, and news writes the names in full.
"""

MONTHS = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "agosto": 8,
    "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}
WEEKDAYS = {"lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2, "giovedì": 3,
            "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6}
# calendar words that are also given names ("Domenica"): Italian writes the calendar in lower case
NAME_LIKE_CALENDAR_WORDS = frozenset({"domenica"})
DEICTIC_DAYS = {"oggi": 0, "ieri": -1, "domani": 1, "l'altro ieri": -2, "l'altroieri": -2, "altroieri": -2,
                "ieri l'altro": -2, "dopodomani": 2, "stamattina": 0, "stamani": 0, "stasera": 0, "stanotte": 0}
# "il domani" is the future, not tomorrow
DEICTIC_NOUN_SENSES = {"domani": ("il", "un", "del", "nel", "al", "dal")}
PARTS_OF_DAY = {"mattina": "MO", "mattino": "MO", "pomeriggio": "AF", "sera": "EV", "notte": "NI"}
RELATIVE_PERIODS = {
    "la settimana scorsa": ("last", "week"), "la scorsa settimana": ("last", "week"),
    "la settimana passata": ("last", "week"), "la settimana prossima": ("next", "week"),
    "la prossima settimana": ("next", "week"), "questa settimana": ("this", "week"),
    "il mese scorso": ("last", "month"), "lo scorso mese": ("last", "month"), "il mese prossimo": ("next", "month"),
    "il prossimo mese": ("next", "month"), "questo mese": ("this", "month"),
    "l'anno scorso": ("last", "year"), "lo scorso anno": ("last", "year"), "l'anno passato": ("last", "year"),
    "l'anno prossimo": ("next", "year"), "il prossimo anno": ("next", "year"), "quest'anno": ("this", "year"),
    "lo scorso fine settimana": ("last", "weekend"), "questo fine settimana": ("this", "weekend"),
    "il prossimo fine settimana": ("next", "weekend"),
}
RELATIVE_YEAR_AFTER = {"dell'anno scorso": -1, "dello scorso anno": -1, "dell'anno passato": -1,
                       "di quest'anno": 0, "dell'anno prossimo": 1, "del prossimo anno": 1}
DAY_MONTH_LINKS = ()
MONTH_YEAR_LINKS = ("del",)
DAY_SUFFIXES = ("º", "°")
MONTH_CUES = ("a", "in", "nel", "di", "da", "dal", "fino a", "entro", "tra", "fra", "fine", "inizio", "metà",
              "prima di", "dopo", "nel mese di", "dall'inizio di")
FORWARD_CUES = ("prossimo", "prossima", "venturo", "ventura")
BACKWARD_CUES = ("scorso", "scorsa", "passato", "passata", "precedente")
AGO_BEFORE = ()
AGO_AFTER = ("fa",)
AHEAD_BEFORE = ("tra", "fra", "entro")
OFFSET_UNITS = {"giorno": ("day", None), "giorni": ("day", None), "settimana": ("week", None),
                "settimane": ("week", None), "mese": ("month", None), "mesi": ("month", None),
                "anno": ("year", None), "anni": ("year", None)}
NUMBER_WORDS = {"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
                "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30}
VAGUE_NUMBERS = {"alcuni", "alcune", "pochi", "poche", "diversi", "diverse", "qualche"}
# days told from the last day named before (or the publication date), e.g. the day before
ANAPHORIC_DAYS = {"il giorno dopo": 1, "il giorno seguente": 1, "l'indomani": 1, "il giorno prima": -1,
                  "la vigilia": -1, "il giorno precedente": -1, "lo stesso giorno": 0, "quel giorno": 0}
# words between the first day of a list or range and the next one ("25 et 26 juillet", "du 3 au 5 mars"):
# the first day is a date of the month named after the last
DAY_LIST_WORDS = ("e", "al")
