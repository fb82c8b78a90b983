"""Quotes in Spanish, Italian, German and the Slavic languages, read on the surface with each language's data
(speech verbs, gendered past forms, participles after an auxiliary, frames, quote marks, dialogue dashes).

All text is invented for these tests (no corpus text). No parse is given: these languages may have none."""

from __future__ import annotations

import random

import pytest

from newsdossier import lang
from newsdossier.analyze.quotes import find_quotes
from newsdossier.analyze.quotes.ml import _gendered, find_direct_quotes


def _check_offsets(text, quotes):
    for q in quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_text


def _speakers(text, code):
    qs = find_quotes(text, lang=code)
    _check_offsets(text, qs)
    return [(q.text, q.speaker_text, q.cue) for q in qs]


SPANISH = (
    "El alcalde de Villanueva, Tomás Ferrer, anunció el cierre de las escuelas. «Las lluvias no han terminado y no "
    "vamos a arriesgar la vida de nadie», dijo Ferrer en una rueda de prensa.\n\n"
    "—No tenemos agua potable desde el martes —dijo una vecina, Rosa Llorente.\n\n"
    "Según Marta Gil, portavoz de Protección Civil, \"el río bajará en dos días si no llueve más\".\n\n"
    "La ministra Elena Ruiz afirmó que \"la ayuda llegará esta misma semana a todos los pueblos\". "
    "«Nadie se quedará sin techo», añadió.\n\n"
    "\"Hemos perdido todo lo que teníamos en la casa\", ha asegurado Juan Pérez."
)


def test_spanish_verbs_frames_dialogue_and_a_dropped_subject():
    got = _speakers(SPANISH, "es")
    assert [s for _, s, _ in got] == ["Ferrer", "Rosa Llorente", "Marta Gil", "Elena Ruiz", "Elena Ruiz",
                                      "Juan Pérez"]
    assert got[1][0] == "No tenemos agua potable desde el martes"  # the dialogue line up to its attribution dash
    assert [c for _, _, c in got][2] == "Según" and got[5][2] == "ha asegurado"


ITALIAN = (
    "Il sindaco Marco Bellini ha dichiarato: «Le scuole resteranno chiuse fino a lunedì prossimo».\n\n"
    "«Non abbiamo più acqua da tre giorni», ha detto Giulia Rossi, residente del quartiere.\n\n"
    "Secondo Paolo Conti, capo della protezione civile, «il livello del fiume sta scendendo lentamente».\n\n"
    "\"La situazione è sotto controllo in tutta la regione\", ha spiegato il prefetto Luca Ferri.\n\n"
    "«Serviranno mesi per ricostruire», spiega all'agenzia un tecnico del comune."
)


def test_italian_participles_frames_roles_and_no_guess():
    qs = find_quotes(ITALIAN, lang="it")
    _check_offsets(ITALIAN, qs)
    assert [q.speaker_text for q in qs] == ["Marco Bellini", "Giulia Rossi", "Paolo Conti", "Luca Ferri", None]
    assert qs[3].speaker_role == "il prefetto"
    assert qs[4].cue == "spiega"  # a circumstance follows the verb ('all'agenzia'): the speaker stays unknown


def test_german_so_laut_and_separable_verbs():
    text = ("„Die Deiche halten nicht mehr lange“, so Bürgermeisterin Anna Keller. Laut Jonas Brandt, Sprecher der "
            "Feuerwehr, „ist die Lage in der Nacht gekippt“. „Wir brauchen mehr Sandsäcke“, fügte er hinzu.")
    assert [s for _, s, _ in _speakers(text, "de")] == ["Anna Keller", "Jonas Brandt", "Jonas Brandt"]


@pytest.mark.parametrize("code,text,speaker", [
    ("pl", "„Sytuacja jest bardzo trudna dla mieszkańców” – powiedziała minister Anna Nowak.", "Anna Nowak"),
    ("pl", "– Nie mamy prądu od wczoraj – powiedzieli mieszkańcy wsi Jan Kos i Ewa Kos.", "Jan Kos"),
    ("pl", "Według Piotra Zielińskiego „woda opadnie dopiero w piątek”.", "Piotra Zielińskiego"),
    ("ru", "«Мы не оставим людей без помощи», — заявила глава региона Ольга Петрова.", "Ольга Петрова"),
    ("ru", "— Воды нет уже третий день, — сказал житель поселка Иван Седов.", "Иван Седов"),
    ("ru", "По словам Андрея Волкова, «дамба выдержит еще сутки».", "Андрея Волкова"),
    ("uk", "«Ми працюємо цілодобово без перерви», — заявила мер міста Олена Коваль.", "Олена Коваль"),
    ("uk", "За словами Петра Бондаря, «вода спаде до ранку».", "Петра Бондаря"),
    ("cs", "„Situace je vážná, ale zvládneme ji,“ řekla hejtmanka Jana Malá.", "Jana Malá"),
    ("cs", "Podle Karla Nováka „voda začne klesat v noci“.", "Karla Nováka"),
    ("bg", "„Ще има помощ за всички пострадали“, заяви министър Иван Петров.", "Иван Петров"),
    ("bg", "„Водата се оттегля бавно“, казаха спасителите Мария Иванова и Петя Колева.", "Мария Иванова"),
    ("sl", "»Voda bo upadla šele v petek,« je dejala županja Nina Kralj.", "Nina Kralj"),
    ("sl", "Po besedah Marka Novaka »so nasipi zdržali vso noč«.", "Marka Novaka"),
])
def test_slavic_gendered_verbs_frames_and_dashes(code, text, speaker):
    """(Of two coordinated names, the first is taken: the speaker span is one mention.)"""
    got = _speakers(text, code)
    assert len(got) == 1, got
    assert got[0][1] == speaker


def test_pronoun_resolves_to_the_person_named_and_a_bare_verb_without_antecedent_stays_unknown():
    text = "Ministr Karel Dvořák přijel na místo. „Pomoc dorazí zítra ráno,“ řekl on."
    assert _speakers(text, "cs")[0][1] == "Karel Dvořák"
    assert _speakers("«Nadie nos avisó a tiempo de la crecida», dijo.", "es")[0][1] is None


def test_a_preposition_before_a_name_makes_it_no_subject():
    text = "Zapytany o wyjazd z Warszawy powiedział: „Nie wiem jeszcze, co zrobimy jutro”."
    got = _speakers(text, "pl")
    assert got and got[0][1] is None  # 'Warszawy' follows a preposition: no subject of 'powiedział'


def test_gendered_forms_follow_the_ending_rule():
    assert {"dodał", "dodała", "dodali", "dodało", "dodały"} <= \
        _gendered({"dodał"}, tuple(lang.get("pl").speech_past_endings))
    assert "powiedzieli" in lang.get("pl").speech_verbs  # -eć verbs: the plural in -eli is listed as it is
    assert {"заявил", "заявила", "заявили"} <= _gendered({"заявил"}, tuple(lang.get("ru").speech_past_endings))
    assert {"каза", "казаха", "казал", "казала"} <= _gendered({"каза"}, tuple(lang.get("bg").speech_past_endings))


def test_every_language_has_the_concepts_and_english_is_untouched():
    for code in ("es", "it", "de", "pl", "ru", "uk", "cs", "bg", "sl", "fr"):
        lg = lang.get(code)
        assert lg.speech_verbs and lg.according and lg.quote_pairs and lg.person_pronouns, code
    assert find_direct_quotes("“We will rebuild,” said Mayor Ann Roe.", "en") == []  # English reads its parse


def test_quoted_titles_and_quotes_without_attribution_are_not_speech():
    assert find_direct_quotes("Projekt „Most 2“ schválila vláda, uvedl Jan Roe.", "cs") == []
    assert find_direct_quotes("Lo publicó «El Diario del Norte» ayer por la tarde.", "es") == []
    assert find_direct_quotes("«Il fiume è salito di due metri in una notte». Poi è arrivata la pioggia.", "it") == []


@pytest.mark.parametrize("code", ["es", "it", "de", "pl", "ru", "uk", "cs", "bg", "sl"])
def test_odd_input_never_raises_and_offsets_hold(code):
    rng = random.Random(21)
    alphabet = "«»„“”\"‚‘’ ,.:—–-\naAÉЖ" + "abcdijo" + "сказал"
    for _ in range(200):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90)))
        for a in find_direct_quotes(s, code):
            assert s[a.start:a.end] == a.quote.text
            if a.quote.speaker_start is not None:
                assert s[a.quote.speaker_start:a.quote.speaker_end] == a.quote.speaker_text


def test_a_dropped_subject_continues_the_previous_speaker_only_when_the_verbs_agree():
    text = ("„Nie oddamy ani metra wału” – powiedział wójt Adam Sowa. „Pracujemy całą noc bez przerwy” – dodał.\n\n"
            "„Zostaliśmy zupełnie bez żadnej pomocy” – dodała.")
    got = _speakers(text, "pl")
    assert [s for _, s, _ in got] == ["Adam Sowa", "Adam Sowa", None]  # 'dodała' is no man's verb


def test_inner_quotes_in_the_same_mark_stay_inside_the_quotation():
    text = ('"Даже если мы говорим о "Пути-3", мы говорим и о будущем региона", сказал министр Ян Роев.')
    (q,) = find_quotes(text, lang="ru")
    assert q.text == 'Даже если мы говорим о "Пути-3", мы говорим и о будущем региона'
    assert q.speaker_text == "Ян Роев"


def test_a_name_after_a_circumstance_that_closes_the_clause():
    text = "Premiér Karel Dub přijel do Brna. „Povodeň jsme nečekali tak brzy,“ řekl v pondělí Dub."
    assert _speakers(text, "cs")[-1][1] == "Dub"
    assert _speakers("„Povodeň jsme nečekali tak brzy,“ řekl v rozhovoru pro Rádio Sever.", "cs")[0][1] is None


def test_initials_belong_to_the_name():
    text = "«Комиссия должна была назначить штраф концерну», - сказал А. Седов журналистам."
    assert _speakers(text, "ru")[0][1] == "А. Седов"
    text = "«Этот проект вредит всему региону и нам», - сказал М.Роев в интервью."
    assert _speakers(text, "ru")[0][1] == "М.Роев"


def test_word_colon_lines_are_no_speech_in_languages_read_on_the_surface():
    text = "Grčija: Atene in Solun\nIzrael: Tel Aviv in Eilat Ramon\nŹródło: Dziennik Wieczorny - Strajk w porcie"
    assert find_quotes(text, lang="sl") == []


def test_a_pronoun_takes_the_speaker_of_the_quotation_just_before():
    text = ("Директор Іван Роєнко виступив у Львові. «Ми працюємо без вихідних уже місяць», - сказав він на "
            "пресконференції в офісах компанії Північ Транс. «Нам не вистачає людей майже всюди», - сказав він.")
    got = _speakers(text, "uk")
    assert [s for _, s, _ in got] == ["Іван Роєнко", "Іван Роєнко"]
