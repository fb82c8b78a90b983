"""Dates per language (issue 21 item 4): each language's own calendar words, relative days in the right
direction, whole words only, no English words read as dates in another language, and offsets that hold.

All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from newsdossier import lang
from newsdossier.analyze.publication import dateline_near
from newsdossier.analyze.temporal import find_timexes
from newsdossier.analyze.temporal.patterns import support

DCT = "2021-03-10"  # a Wednesday
LANGS = ("es", "it", "de", "pl", "ru", "uk", "cs", "bg", "sl", "fr")


def values(text: str, code: str, dct: str | None = DCT) -> dict[str, str | None]:
    out = {}
    for t in find_timexes(text, dct, lang=code):
        assert text[t.start:t.end] == t.text  # provenance: the span is the text
        out[t.text] = t.value
    return out


def test_spanish_year_after_de_and_del():
    got = values("El acuerdo se firmó en julio de 2009 y se revisó el 12 de julio de 2009; en mayo del 2010 "
                 "volvió a cambiar.", "es")
    assert got["julio de 2009"] == "2009-07"
    assert got["12 de julio de 2009"] == "2009-07-12"
    assert got["mayo del 2010"] == "2010-05"


def test_spanish_relative_days_and_the_morning():
    got = values("Ayer llovió en el valle; mañana saldrá el sol y por la mañana hará frío.", "es")
    assert got["Ayer"] == "2021-03-09"
    assert got["mañana"] == "2021-03-11"
    assert sum(1 for t in find_timexes("Por la mañana del lunes todo estaba quieto.", DCT, lang="es")
               if t.value == "2021-03-11") == 0  # "la mañana" is the morning, not tomorrow


def test_spanish_offsets_and_periods():
    got = values("Hace tres días cerró la fábrica; abrirá dentro de dos semanas. La semana pasada hubo huelga "
                 "y el año que viene habrá elecciones.", "es")
    assert got["Hace tres días"] == "2021-03-07"
    assert got["dentro de dos semanas"] == "2021-W12"
    assert got["La semana pasada"] == "2021-W09"
    assert got["el año que viene"] == "2022"


def test_spanish_sea_and_names_are_no_dates():
    got = values("El mar estaba en calma cuando el tenor Domingo llegó al puerto.", "es")
    assert got == {}


def test_italian_words_that_contain_english_abbreviations():
    got = values("Le statue della piazza furono spostate durante la marcia dei lavoratori.", "it")
    assert got == {}


def test_italian_relative_days_and_dates():
    got = values("Ieri il sindaco ha parlato; domani si vota. L'impianto fu chiuso nel luglio del 2009, "
                 "tre giorni fa è stato riaperto e il 3 marzo dell'anno scorso era già in crisi.", "it")
    assert got["Ieri"] == "2021-03-09"
    assert got["domani"] == "2021-03-11"
    assert got["luglio del 2009"] == "2009-07"
    assert got["tre giorni fa"] == "2021-03-07"
    assert got["3 marzo dell'anno scorso"] == "2020-03-03"


def test_german_days_and_the_morning_noun():
    got = values("Gestern tagte der Rat, am Morgen danach schwieg er, und morgen entscheidet er. "
                 "Am 3. März 2009 begann es, vor drei Tagen endete es.", "de")
    assert got["Gestern"] == "2021-03-09"
    assert got["morgen"] == "2021-03-11"
    assert "Morgen" not in got
    assert got["3. März 2009"] == "2009-03-03"
    assert got["vor drei Tagen"] == "2021-03-07"


@pytest.mark.parametrize("code,text,expected", [
    ("pl", "Wczoraj posłowie zebrali się ponownie.", -1),
    ("ru", "Вчера депутаты снова собрались.", -1),
    ("uk", "Вчора депутати знову зібралися.", -1),
    ("cs", "Včera se poslanci znovu sešli.", -1),
    ("bg", "Вчера депутатите отново се събраха.", -1),
    ("sl", "Včeraj so se poslanci znova sestali.", -1),
    ("it", "Ieri i deputati si sono riuniti.", -1),
    ("de", "Gestern kamen die Abgeordneten zusammen.", -1),
    ("es", "Mañana se reunirán los diputados.", 1),
    ("pl", "Jutro posłowie zbiorą się ponownie.", 1),
    ("ru", "Завтра депутаты снова соберутся.", 1),
    ("fr", "Avant-hier les députés se sont réunis.", -2),
])
def test_relative_day_direction(code, text, expected):
    from datetime import date, timedelta
    got = [t for t in find_timexes(text, DCT, lang=code)]
    assert len(got) == 1
    assert got[0].value == (date.fromisoformat(DCT) + timedelta(days=expected)).isoformat()


def test_slavic_inflected_months_and_year_words():
    assert values("Umowę podpisano 3 stycznia 2020 r., a w styczniu 2009 roku rozmowy ustały.", "pl") == {
        "3 stycznia 2020 r.": "2020-01-03", "styczniu 2009 roku": "2009-01"}
    assert values("Договор подписали 3 января 2020 года, а в 2009 году переговоры остановились.", "ru") == {
        "3 января 2020 года": "2020-01-03", "2009 году": "2009"}
    assert values("Dohoda byla podepsána 3. ledna 2020 a v březnu roku 2019 jednání skončila.", "cs") == {
        "3. ledna 2020": "2020-01-03", "březnu roku 2019": "2019-03"}
    assert values("Угоду підписали 3 січня 2020 року.", "uk") == {"3 січня 2020 року": "2020-01-03"}
    assert values("Договорът е подписан на 3 януари 2020 г.", "bg") == {"3 януари 2020 г.": "2020-01-03"}
    assert values("Pogodbo so podpisali 3. januarja 2020.", "sl") == {"3. januarja 2020": "2020-01-03"}


def test_slavic_offsets_and_periods():
    assert values("Три дня назад завод закрылся, через две недели он откроется.", "ru") == {
        "Три дня назад": "2021-03-07", "через две недели": "2021-W12"}
    assert values("Fabrykę zamknięto trzy dni temu, a rok temu otwarto.", "pl") == {
        "trzy dni temu": "2021-03-07", "rok temu": "2020"}
    assert values("Továrna se zavřela před třemi dny, loni byla otevřena.", "cs") == {
        "před třemi dny": "2021-03-07", "loni": "2020"}
    assert values("На прошлой неделе шёл снег.", "ru") == {"На прошлой неделе": "2021-W09"}


def test_weekday_direction_cues_of_the_language():
    # DCT is a Wednesday: "last Friday" is 2021-03-05, "next Monday" 2021-03-15
    assert values("Il est arrivé vendredi dernier.", "fr") == {"vendredi": "2021-03-05"}
    assert values("Llegará el próximo lunes.", "es") == {"lunes": "2021-03-15"}
    assert values("Przyjechał w zeszły piątek.", "pl") == {"piątek": "2021-03-05"}


def test_days_told_from_the_date_before():
    got = values("Le 3 mars, la police est arrivée ; le lendemain, elle est repartie.", "fr")
    assert got["le lendemain"] == "2021-03-04"
    got = values("Il 3 marzo è arrivata la polizia; il giorno dopo è ripartita.", "it")
    assert got["il giorno dopo"] == "2021-03-04"


def test_no_english_words_read_as_dates_in_other_languages():
    text = "Yesterday, on Tuesday 3 March 2020 and two days ago, last week: May, March."
    for code in LANGS:
        got = values(text, code)
        assert set(got) <= {"2020"}, (code, got)  # the number is a year in any language; the words are not


def test_a_language_without_time_data_gets_numeric_dates_only():
    code = "pt"
    assert not lang.get(code).has("months")
    assert support(code) == "numeric"
    got = values("Em 12 de julho de 2009, ontem, 12.03.2009 e 2009-03-12.", code)
    assert got == {"2009": "2009", "12.03.2009": "2009-03-12", "2009-03-12": "2009-03-12"}
    assert support("es") == "words" and support("en") == "full"


@pytest.mark.parametrize("code", LANGS)
def test_every_language_has_its_time_data(code):
    L = lang.get(code)
    assert sorted(set(L.months.values())) == list(range(1, 13))
    assert sorted(set(L.weekdays.values())) == list(range(7))
    assert -1 in L.deictic_days.values() and 1 in L.deictic_days.values()


def test_dateline_read_in_the_document_language():
    from datetime import date
    assert dateline_near("3 mars", date(2021, 3, 10), "fr") == "2021-03-03"
    assert dateline_near("3 de marzo", date(2021, 3, 10), "es") == "2021-03-03"
    assert dateline_near("March 3", date(2021, 3, 10), "fr") is None  # English words in a French dateline


def test_yearless_date_without_a_verb_stays_in_the_publication_year():
    # a dated list written in December: February is this year's, not next year's
    got = values("= FÉVRIER =\n- 14 févr : manifestations dans la capitale.", "fr", "2021-12-22")
    assert got["14 févr"] == "2021-02-14"


def test_numeric_only_mode_is_reported(caplog):
    import logging
    from newsdossier.analyze import temporal
    temporal._report_support.cache_clear()
    with caplog.at_level(logging.WARNING, logger="newsdossier.analyze.temporal"):
        find_timexes("Em 2009-03-12 houve eleições.", DCT, lang="nl")
        find_timexes("Hoy llueve.", DCT, lang="es")
    assert [r for r in caplog.records if "'nl'" in r.getMessage() and "numeric" in r.getMessage()]
    assert not [r for r in caplog.records if "'es'" in r.getMessage()]


def test_first_day_of_a_day_range_or_list():
    got = values("Les grèves du 3 au 5 mars 2011 et des 25 et 26 juillet ont coûté cher.", "fr")
    assert got["3"] == "2011-03-03" and got["5 mars 2011"] == "2011-03-05" and got["25"] == got["26 juillet"][:-2] + "25"
    got = values("Рейсы отменены 25 и 26 июля.", "ru")
    assert got["25"] == got["26 июля"][:-2] + "25"
    assert "25" not in values("Przyszło 25 osób i 26 lipca też.", "pl")
