"""Temporal expressions in languages other than English: the language's own words (lang/<code>/time.py),
never English rules applied to another language."""

from __future__ import annotations

from newsdossier import lang
from newsdossier.analyze.temporal import find_timexes


def values(text: str, dct: str | None, code: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, dct, lang=code)}


def test_french_calendar_and_day_words():
    got = values("Le 3 mars 2021, hier, demain et avant-hier ; lundi 1er février.", "2021-03-10", "fr")
    assert got["3 mars 2021"] == "2021-03-03"
    assert got["hier"] == "2021-03-09"
    assert got["demain"] == "2021-03-11"
    assert got["avant-hier"] == "2021-03-08"
    assert got["lundi 1er février"] == "2021-02-01"


def test_french_relative_periods():
    got = values("La semaine dernière, le mois prochain et l'an dernier.", "2021-03-10", "fr")
    assert got["La semaine dernière"] == "2021-W09"
    assert got["le mois prochain"] == "2021-04"
    assert got["l'an dernier"] == "2020"


def test_french_text_gets_no_english_grammar():
    # English words in a French text are not read with the English rules ("two days ago", "last week")
    got = values("Il a dit two days ago et last week, puis hier.", "2021-03-10", "fr")
    assert set(got) == {"hier"}


def test_french_month_names_come_from_the_language_data():
    fr = lang.get("fr")
    assert fr.has("months") and fr.months["août"] == 8 and fr.weekdays["dimanche"] == 6
    assert values("Il est parti en août.", "2021-09-10", "fr") == {"août": "2021-08"}


def test_english_words_do_not_leak_into_other_languages():
    got = values("He left on 13 January 2022 yesterday.", None, "fr")
    assert "13 January 2022" not in got and "yesterday" not in got
