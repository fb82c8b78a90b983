"""Temporal lexicons for Bulgarian: month and weekday names (Bulgarian does not decline them), day words,
relative-period phrases ("миналата седмица", "догодина"), the year word ("2009 г.", "2009 година") and the
"преди три дни" / "след две седмици" offsets.

Used by `newsdossier.analyze.temporal` (as `lang.get("bg").months` etc.). Source: general knowledge of
Bulgarian (the calendar names as CLDR lists them for "bg"; common deictic words and relative phrases); not
taken from any corpus. "май" is also the particle "apparently": alone it needs a preposition before it.
"""

MONTHS = {
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7, "август": 8,
    "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
}
AMBIGUOUS_MONTHS = {"май"}
WEEKDAYS = {"понеделник": 0, "вторник": 1, "сряда": 2, "четвъртък": 3, "петък": 4, "събота": 5,
            "неделя": 6}
DEICTIC_DAYS = {"днес": 0, "вчера": -1, "утре": 1, "завчера": -2, "онзи ден": -2, "вдругиден": 2}
PARTS_OF_DAY = {"сутринта": "MO", "следобед": "AF", "вечерта": "EV", "през нощта": "NI", "вечер": "EV"}
RELATIVE_PERIODS = {
    "миналата седмица": ("last", "week"), "тази седмица": ("this", "week"), "следващата седмица": ("next", "week"),
    "идната седмица": ("next", "week"), "миналия месец": ("last", "month"), "този месец": ("this", "month"),
    "следващия месец": ("next", "month"), "идния месец": ("next", "month"), "миналата година": ("last", "year"),
    "тази година": ("this", "year"), "следващата година": ("next", "year"), "догодина": ("next", "year"),
    "миналия уикенд": ("last", "weekend"), "този уикенд": ("this", "weekend"), "следващия уикенд": ("next", "weekend"),
}
RELATIVE_YEAR_AFTER = {"миналата година": -1, "тази година": 0, "следващата година": 1, "догодина": 1}
DAY_MONTH_LINKS = ()
MONTH_YEAR_LINKS = ()
DAY_SUFFIXES = ()
YEAR_SUFFIXES = ("г.", "година")
MONTH_CUES = ("през", "в", "от", "до", "към", "след", "преди", "началото на", "края на", "средата на")
FORWARD_CUES = ("следващия", "следващата", "следващото", "идния", "идната", "предстоящия", "предстоящата")
BACKWARD_CUES = ("миналия", "миналата", "изминалия", "изминалата", "предишния", "предишната")
AGO_BEFORE = ("преди",)
AGO_AFTER = ()
AHEAD_BEFORE = ("след",)
OFFSET_UNITS = {"ден": ("day", 1), "дни": ("day", None), "дена": ("day", None), "седмица": ("week", 1),
                "седмици": ("week", None), "месец": ("month", 1), "месеца": ("month", None), "месеци": ("month", None),
                "година": ("year", 1), "години": ("year", "X")}
NUMBER_WORDS = {"един": 1, "една": 1, "едно": 1, "два": 2, "две": 2, "три": 3, "четири": 4, "пет": 5, "шест": 6,
                "седем": 7, "осем": 8, "девет": 9, "десет": 10}
VAGUE_NUMBERS = {"няколко"}
# days told from the last day named before (or the publication date), e.g. the day before
ANAPHORIC_DAYS = {"на следващия ден": 1, "на другия ден": 1, "предния ден": -1, "ден по-рано": -1,
                  "в навечерието": -1, "същия ден": 0, "в същия ден": 0, "този ден": 0}
# words between the first day of a list or range and the next one ("25 et 26 juillet", "du 3 au 5 mars"):
# the first day is a date of the month named after the last
DAY_LIST_WORDS = ("и", "до")
