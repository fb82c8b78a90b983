"""The Slavic NER (analyze.ner_slavic): offsets, contract labels, the shipped model on invented sentences, function
words never names, and training on a tiny invented set. Every sentence here is invented (names too)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from newsdossier.analyze import ner_slavic
from newsdossier.eval import bsnlp_data
from newsdossier.eval.bsnlp_data import GoldName

SHARED_BSNLP = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "bsnlp"
CONTRACT = set(bsnlp_data.TO_CONTRACT.values())

SENTENCES = {
    "pl": ("Prezydent Tomasz Wierzbicki przyjechał w poniedziałek do Krakowa.", "Wierzbicki", "PERSON"),
    "ru": ("Министр Олег Сазонтьев в четверг прилетел в Новосибирск.", "Сазонтьев", "PERSON"),
    "cs": ("Premiér Jaroslav Hudeček ve středu odletěl do Prahy.", "Hudeček", "PERSON"),
    "bg": ("Министър Стоян Бориславов пристигна в София в сряда.", "Бориславов", "PERSON"),
}


def test_contract_table_is_the_eval_one():
    assert ner_slavic.TO_CONTRACT == bsnlp_data.TO_CONTRACT


def test_tokens_keep_offsets_and_inflected_foreign_names_whole():
    text = "Spotkanie z Smith'em i Nowak-Kowalską.\nDrugi akapit"
    sents = ner_slavic.tokenize(text)
    tokens = [t for s in sents for t in s]
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert "Smith'em" in [t.text for t in tokens] and "Nowak-Kowalską" in [t.text for t in tokens]
    assert len(sents) == 2  # the full stop and the line break both end a sentence


def test_gold_names_go_on_whole_tokens_like_the_projection():
    text = "Jan Kowalski spotkał Kowalskiego w Lublinie.\n\nKowalski wyjechał."
    gold = [GoldName("Jan Kowalski", "Jan Kowalski", "PER", "p1"), GoldName("Kowalski", "Kowalski", "PER", "p1"),
            GoldName("Kowalskiego", "Kowalski", "PER", "p1"), GoldName("Lublinie", "Lublin", "LOC", "l1")]
    spans = ner_slavic.gold_spans(text, ner_slavic.tokenize(text), gold)
    projected = bsnlp_data.project(text, gold)
    assert sorted((s, e) for s, e, _ in spans) == [(m.start, m.end) for m in projected]


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_shipped_model_finds_an_obvious_name(lang):
    text, name, label = SENTENCES[lang]
    found = ner_slavic.find_names(text, lang)
    assert all(text[m.start:m.end] == m.text for m in found)
    assert all(m.label in CONTRACT for m in found)
    assert any(name in m.text and m.label == label for m in found), found


@pytest.mark.parametrize("lang,text", [
    ("pl", "i w na z do że się nie to jest o"),
    ("ru", "и в на за по от до не что это как"),
    ("cs", "a v na za po od do se je to že"),
    ("uk", "і в на за по від до не що це як"),
])
def test_function_words_are_never_names(lang, text):
    assert ner_slavic.find_names(text, lang) == []
    assert ner_slavic.find_names(text.capitalize(), lang) == []  # capitalised as a sentence starts: still none


def test_unknown_language_and_missing_model_are_clear(tmp_path):
    with pytest.raises(ValueError, match="covers"):
        ner_slavic.find_names("Hola", "es")
    with pytest.raises(FileNotFoundError, match="train"):
        ner_slavic.find_names("Jan Nowak", "pl", model_path=tmp_path / "none.crfsuite")


def _doc(text: str, lang: str, gold: list[GoldName]):
    return SimpleNamespace(doc=SimpleNamespace(text=text), language=lang, topic="t", gold=gold)


def test_training_on_a_tiny_set_round_trips(tmp_path):
    people = ["Zbigniew Trzaska", "Halina Borsuk", "Edmund Pawlica", "Irena Chmiel"]
    towns = ["Wąchock", "Kozienice", "Olecko", "Sokółka"]
    docs = []
    for i in range(12):
        p, t = people[i % 4], towns[(i + 1) % 4]
        text = f"Wczoraj {p} odwiedził miasto {t} i spotkał mieszkańców.\n\nPotem {p} wrócił do domu."
        docs.append(_doc(text, "pl", [GoldName(p, p, "PER", p), GoldName(t, t, "LOC", t)]))
    path = tmp_path / "tiny.crfsuite"
    ner_slavic.train(docs, path, max_iterations=50, **{"feature.minfreq": 1, "c1": 0.0})
    assert path.is_file() and path.stat().st_size > 0
    text = docs[0].doc.text
    found = ner_slavic.find_names(text, "pl", model_path=path)
    assert {(m.text, m.label) for m in found} == {("Zbigniew Trzaska", "PERSON"), ("Kozienice", "LOC")}
    assert all(text[m.start:m.end] == m.text for m in found)


@pytest.mark.skipif(not SHARED_BSNLP.is_dir(), reason="../shared/benchmarks/bsnlp is absent")
def test_gold_placement_finds_nearly_every_projected_form():
    docs = bsnlp_data.load(SHARED_BSNLP, only_topics=["ryanair"], languages=["pl", "ru"])
    placed = projected = 0
    for d in docs:
        text = d.doc.text
        placed += len({text[s:e] for s, e, _ in ner_slavic.gold_spans(text, ner_slavic.tokenize(text), d.gold)})
        projected += len({m.text for m in bsnlp_data.project(text, d.gold)})
    assert projected and placed >= 0.98 * projected


def test_only_words_every_topic_uses_are_remembered():
    """A lower-case word one training topic alone uses (a company written in lower case) is no feature of the
    model; the prepositions and verbs every topic uses are (invented text)."""
    a = SimpleNamespace(doc=SimpleNamespace(text="Prezes firmy zarkopol powiedział w środę, że wyniki rosną."),
                        language="pl", topic="one", gold=[])
    b = SimpleNamespace(doc=SimpleNamespace(text="Minister powiedział w piątek, że budżet jest gotowy."),
                        language="pl", topic="two", gold=[])
    words = ner_slavic.shared_words([a, b])
    assert {"powiedział", "w", "że"} <= words and "zarkopol" not in words and "prezes" not in words
