"""Temporal lexicons for Ukrainian: month names in the nominative, the genitive of dates ("3 січня") and the
locative ("у січні"), weekday names with their accusative ("у середу"), day words, relative-period phrases
("минулого тижня", "торік"), the year word ("2009 року", "у 2009 році", "2009 р.") and the "три дні тому" /
"через два тижні" offsets.

Used by `newsdossier.analyze.temporal` (as `lang.get("uk").months` etc.). Source: general knowledge of
Ukrainian grammar (the calendar names as CLDR lists them for "uk", nominative and genitive, with the
locative forms; common deictic words and relative phrases); not taken from any corpus. The apostrophe is
written straight (the scanner folds "’" to "'").
"""

MONTHS = {
    "січень": 1, "січня": 1, "січні": 1, "лютий": 2, "лютого": 2, "лютому": 2, "березень": 3, "березня": 3,
    "березні": 3, "квітень": 4, "квітня": 4, "квітні": 4, "травень": 5, "травня": 5, "травні": 5, "червень": 6,
    "червня": 6, "червні": 6, "липень": 7, "липня": 7, "липні": 7, "серпень": 8, "серпня": 8, "серпні": 8,
    "вересень": 9, "вересня": 9, "вересні": 9, "жовтень": 10, "жовтня": 10, "жовтні": 10, "листопад": 11,
    "листопада": 11, "листопаді": 11, "грудень": 12, "грудня": 12, "грудні": 12,
}
# "лютий" is also the adjective "fierce": alone it needs a preposition before it
AMBIGUOUS_MONTHS = {"лютий", "лютого", "лютому"}
WEEKDAYS = {"понеділок": 0, "понеділка": 0, "вівторок": 1, "вівторка": 1, "середа": 2, "середу": 2, "середи": 2,
            "четвер": 3, "четверга": 3, "п'ятниця": 4, "п'ятницю": 4, "п'ятниці": 4, "субота": 5, "суботу": 5,
            "суботи": 5, "неділя": 6, "неділю": 6, "неділі": 6}
DEICTIC_DAYS = {"сьогодні": 0, "вчора": -1, "учора": -1, "завтра": 1, "позавчора": -2, "післязавтра": 2}
PARTS_OF_DAY = {"вранці": "MO", "зранку": "MO", "вдень": "AF", "ввечері": "EV", "увечері": "EV", "вночі": "NI",
                "уночі": "NI"}
RELATIVE_PERIODS = {
    "минулого тижня": ("last", "week"), "на минулому тижні": ("last", "week"), "цього тижня": ("this", "week"),
    "на цьому тижні": ("this", "week"), "наступного тижня": ("next", "week"), "на наступному тижні": ("next", "week"),
    "минулого місяця": ("last", "month"), "цього місяця": ("this", "month"), "наступного місяця": ("next", "month"),
    "минулого року": ("last", "year"), "торік": ("last", "year"), "у минулому році": ("last", "year"),
    "цього року": ("this", "year"), "у цьому році": ("this", "year"), "наступного року": ("next", "year"),
    "у наступному році": ("next", "year"), "минулих вихідних": ("last", "weekend"),
    "цими вихідними": ("this", "weekend"), "наступних вихідних": ("next", "weekend"),
}
RELATIVE_YEAR_AFTER = {"минулого року": -1, "торішнього року": -1, "цього року": 0, "поточного року": 0,
                       "наступного року": 1}
DAY_MONTH_LINKS = ()
MONTH_YEAR_LINKS = ()
DAY_SUFFIXES = ("-го",)
YEAR_SUFFIXES = ("року", "році", "рік", "р.")
MONTH_CUES = ("у", "в", "з", "із", "до", "від", "після", "перед", "на початку", "наприкінці", "в кінці",
              "у середині", "з початку", "до кінця", "протягом")
FORWARD_CUES = ("наступного", "наступний", "наступну", "найближчий", "найближчу", "майбутній")
BACKWARD_CUES = ("минулого", "минулий", "минулу", "минулої")
AGO_BEFORE = ()
AGO_AFTER = ("тому",)
AHEAD_BEFORE = ("через",)
OFFSET_UNITS = {"день": ("day", 1), "дні": ("day", None), "днів": ("day", None), "тиждень": ("week", 1),
                "тижні": ("week", None), "тижнів": ("week", None), "місяць": ("month", 1), "місяці": ("month", None),
                "місяців": ("month", None), "рік": ("year", 1), "роки": ("year", None), "років": ("year", None)}
NUMBER_WORDS = {"один": 1, "одну": 1, "два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "шість": 6,
                "сім": 7, "вісім": 8, "дев'ять": 9, "десять": 10, "пару": 2, "двадцять": 20, "тридцять": 30}
VAGUE_NUMBERS = {"кілька", "декілька", "кількох"}
# days told from the last day named before (or the publication date), e.g. the day before
ANAPHORIC_DAYS = {"наступного дня": 1, "на наступний день": 1, "напередодні": -1, "днем раніше": -1,
                  "того ж дня": 0, "того дня": 0}
# words between the first day of a list or range and the next one ("25 et 26 juillet", "du 3 au 5 mars"):
# the first day is a date of the month named after the last
DAY_LIST_WORDS = ("і", "та", "й", "по")
