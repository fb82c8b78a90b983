"""Temporal lexicons for Russian: month names in the nominative, the genitive of dates ("3 января") and the
prepositional ("в январе"), weekday names with their accusative ("в среду"), day words, relative-period
phrases ("на прошлой неделе"), the year word ("2009 года", "в 2009 году", "2009 г.") and the "три дня
назад" / "через две недели" offsets.

Used by `newsdossier.analyze.temporal` (as `lang.get("ru").months` etc.). Source: general knowledge of
Russian grammar (the calendar names as CLDR lists them for "ru", nominative and genitive, with the
prepositional forms; common deictic words and relative phrases); not taken from any corpus. "среда" and
"среды" are left out: they are mostly "environment" ("окружающая среда"); "в среду" is the weekday.
"""

MONTHS = {
    "январь": 1, "января": 1, "январе": 1, "февраль": 2, "февраля": 2, "феврале": 2, "март": 3, "марта": 3,
    "марте": 3, "апрель": 4, "апреля": 4, "апреле": 4, "май": 5, "мая": 5, "мае": 5, "июнь": 6, "июня": 6,
    "июне": 6, "июль": 7, "июля": 7, "июле": 7, "август": 8, "августа": 8, "августе": 8, "сентябрь": 9,
    "сентября": 9, "сентябре": 9, "октябрь": 10, "октября": 10, "октябре": 10, "ноябрь": 11, "ноября": 11,
    "ноябре": 11, "декабрь": 12, "декабря": 12, "декабре": 12,
}
WEEKDAYS = {"понедельник": 0, "понедельника": 0, "вторник": 1, "вторника": 1, "среду": 2, "четверг": 3,
            "четверга": 3, "пятница": 4, "пятницу": 4, "пятницы": 4, "суббота": 5, "субботу": 5, "субботы": 5,
            "воскресенье": 6, "воскресенья": 6}
DEICTIC_DAYS = {"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2}
PARTS_OF_DAY = {"утром": "MO", "днём": "AF", "днем": "AF", "вечером": "EV", "ночью": "NI"}
RELATIVE_PERIODS = {
    "на прошлой неделе": ("last", "week"), "на минувшей неделе": ("last", "week"), "на этой неделе": ("this", "week"),
    "на следующей неделе": ("next", "week"), "на будущей неделе": ("next", "week"),
    "в прошлом месяце": ("last", "month"), "в этом месяце": ("this", "month"), "в следующем месяце": ("next", "month"),
    "в прошлом году": ("last", "year"), "в минувшем году": ("last", "year"), "в этом году": ("this", "year"),
    "в текущем году": ("this", "year"), "в следующем году": ("next", "year"), "в будущем году": ("next", "year"),
    "в прошлые выходные": ("last", "weekend"), "в минувшие выходные": ("last", "weekend"),
    "в эти выходные": ("this", "weekend"), "в ближайшие выходные": ("next", "weekend"),
    "в следующие выходные": ("next", "weekend"),
}
RELATIVE_YEAR_AFTER = {"прошлого года": -1, "минувшего года": -1, "этого года": 0, "текущего года": 0,
                       "следующего года": 1, "будущего года": 1}
DAY_MONTH_LINKS = ()
MONTH_YEAR_LINKS = ()
DAY_SUFFIXES = ("-го",)
YEAR_SUFFIXES = ("года", "году", "год", "г.")
MONTH_CUES = ("в", "во", "с", "со", "до", "к", "по", "после", "перед", "в начале", "в конце", "в середине",
              "с начала", "до конца", "к концу", "в течение")
FORWARD_CUES = ("следующий", "следующую", "следующее", "будущий", "будущую", "ближайший", "ближайшую",
                "предстоящий", "предстоящую")
BACKWARD_CUES = ("прошлый", "прошлую", "прошлое", "минувший", "минувшую", "прошедший", "прошедшую")
AGO_BEFORE = ()
AGO_AFTER = ("назад", "тому назад")
AHEAD_BEFORE = ("через",)
OFFSET_UNITS = {"день": ("day", 1), "дня": ("day", None), "дней": ("day", None), "неделю": ("week", 1),
                "недели": ("week", None), "недель": ("week", None), "месяц": ("month", 1), "месяца": ("month", None),
                "месяцев": ("month", None), "год": ("year", 1), "года": ("year", None), "лет": ("year", None)}
NUMBER_WORDS = {"один": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
                "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "пару": 2, "двадцать": 20, "тридцать": 30}
VAGUE_NUMBERS = {"несколько", "нескольких"}
# days told from the last day named before (or the publication date), e.g. the day before
ANAPHORIC_DAYS = {"на следующий день": 1, "назавтра": 1, "днём позже": 1, "накануне": -1, "днём ранее": -1,
                  "в тот же день": 0, "в тот день": 0}
# words between the first day of a list or range and the next one ("25 et 26 juillet", "du 3 au 5 mars"):
# the first day is a date of the month named after the last
DAY_LIST_WORDS = ("и", "по")
