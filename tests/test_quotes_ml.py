"""Direct quotes in French, German and Russian news, found from quote marks and speech verbs (invented text)."""

from __future__ import annotations

import random

import pytest

from newsdossier.analyze.quotes.ml import find_direct_quotes


def _one(text, lang):
    qs = find_direct_quotes(text, lang)
    assert len(qs) == 1, qs
    a = qs[0]
    q = a.quote
    assert text[q.start:q.end] == q.text
    if q.speaker_start is not None:
        assert text[q.speaker_start:q.speaker_end] == q.speaker_text
    assert text[a.cue_start:a.cue_end] == q.cue
    return q


def test_french_cue_role_and_name_after_the_quote():
    q = _one("« Il n'y a aucun danger immédiat », a déclaré la directrice de l'agence, Petra Almkvist.", "fr")
    assert q.text == "Il n'y a aucun danger immédiat"  # French spacing inside the guillemets is not content
    assert q.cue == "a déclaré" and q.speaker_text == "Petra Almkvist"
    assert q.speaker_role == "la directrice de l'agence"


def test_french_inverted_pronoun_takes_the_person_named_before():
    q = _one("La directrice Petra Almkvist était sur place. « Nous allons baisser le niveau », a-t-elle ajouté.", "fr")
    assert q.speaker_text == "Petra Almkvist" and q.cue == "a-t-elle ajouté"


def test_french_description_speaker_and_speaker_before_a_colon():
    assert _one("« Il n'y a aucun danger pour nous », affirme le maire.", "fr").speaker_text == "le maire"
    q = _one("Le barrage est fermé. Petra Almkvist a déclaré : « Il n'y a aucun danger pour les villages ».", "fr")
    assert q.speaker_text == "Petra Almkvist" and q.cue == "a déclaré"


def test_quoted_terms_and_quotes_without_a_cue_are_not_speech():
    assert find_direct_quotes("Le « premier jour de la colère » a commencé.", "fr") == []
    assert find_direct_quotes("« Il n'y a aucun danger immédiat pour nous ». Le barrage reste fermé.", "fr") == []


def test_german_and_russian_quote_styles():
    q = _one("„Wir haben die Lage unter Kontrolle“, sagte die Direktorin Petra Almkvist.", "de")
    assert q.speaker_text == "Petra Almkvist" and q.speaker_role == "die Direktorin"
    q = _one("Petra Almkvist war dort. „Wir haben die Lage unter Kontrolle“, sagte sie.", "de")
    assert q.speaker_text == "Petra Almkvist"
    q = _one("«Мы контролируем ситуацию», — заявила директор агентства Петра Альмквист.", "ru")
    assert q.speaker_text == "Петра Альмквист" and q.cue == "заявила"


@pytest.mark.parametrize("lang", ["fr", "de", "ru", "pl", "en", "", None])
def test_odd_input_never_raises(lang):
    rng = random.Random(7)
    alphabet = "«»„“”\"‚‘’ ,.:—–-\naA éЖ" + "abcdefghij"
    for _ in range(300):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        for a in find_direct_quotes(s, lang):
            assert s[a.start:a.end] == a.quote.text
    assert find_direct_quotes(None, "fr") == []
