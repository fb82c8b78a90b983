"""Base forms of inflected names (analyze.base_forms) and cross-lingual linking (crossdoc.xlink), on invented
names."""

from __future__ import annotations

import random

from newsdossier.analyze.base_forms import SuffixRules, base_form, fit, shipped_rules
from newsdossier.crossdoc.xlink import LinkItem, link, name_key

# invented Polish-like training pairs: genitive -a of masculine surnames, -ii -> -ia of feminine nouns, a head
# noun followed by a genitive modifier that keeps its form
PAIRS = [
    ("pl", "PER", "Zorbaka", "Zorbak"), ("pl", "PER", "Melbaka", "Melbak"), ("pl", "PER", "Trunaka", "Trunak"),
    ("pl", "PER", "Wendaka", "Wendak"),
    ("pl", "ORG", "Partii Zielonych", "Partia Zielonych"), ("pl", "ORG", "Unii Kupców", "Unia Kupców"),
    ("pl", "ORG", "Ligii Rolników", "Ligia Rolników"),
    ("pl", "ORG", "Fundacji Wolnych Miast", "Fundacja Wolnych Miast"),
    ("pl", "ORG", "Rady Wolnych Ziem", "Rada Wolnych Ziem"),
    ("pl", "ORG", "Izby Starych Dróg", "Izba Starych Dróg"),
]


def test_learned_suffix_rule_rewrites_an_unseen_name():
    rules = fit(PAIRS)
    assert base_form("Korvaka", "PER", "pl", rules, dictionary=False) == "Korvak"


def test_genitive_modifier_keeps_its_form_after_the_inflected_head():
    rules = fit(PAIRS)
    # the head inflects, the words after the first kept one stay as written
    assert base_form("Akademii Wolnych Miast", "ORG", "pl", rules, dictionary=False) == "Akademia Wolnych Miast"


def test_no_evidence_keeps_the_token_and_capitals_stay_capitals():
    rules = fit(PAIRS)
    assert base_form("Qwxyz", "LOC", "pl", rules, dictionary=False) == "Qwxyz"
    assert base_form("ZORBAKA", "PER", "pl", rules, dictionary=False) == "ZORBAK"


def test_rules_round_trip_through_json():
    rules = fit(PAIRS, meta={"trained_on": ["invented"]})
    again = SuffixRules.from_json(rules.to_json())
    assert again.table == rules.table and again.meta == rules.meta


def test_shipped_rules_and_dictionaries_on_invented_inflected_names():
    assert shipped_rules().table, "the shipped rules file is missing or empty"
    # Polish genitive of a masculine given name and surname: both inflect
    assert base_form("Jana Kowalczyka", "PER", "pl") == "Jan Kowalczyk"
    # Russian: an instrumental place name and a genitive person name (pymorphy3)
    assert base_form("Новгородом", "LOC", "ru") == "Новгород"
    assert base_form("Петра Зарубинцева", "PER", "ru") == "Петр Зарубинцев"
    # a head noun and its uninflected genitive modifier
    assert base_form("Unii Rolników Doliny", "ORG", "pl") == "Unia Rolników Doliny"


def test_linking_across_scripts_and_languages():
    items = [LinkItem("d1", "pl", "Zorvanu", "Zorvan", "LOC"),
             LinkItem("d2", "ru", "Зорвана", "Зорван", "LOC"),
             LinkItem("d3", "cs", "Zorvanem", "Zorvan", "LOC"),
             LinkItem("d4", "pl", "Melbrik", "Melbrik", "LOC"),
             LinkItem("d5", "pl", "Zorvan", "Zorvan", "ORG")]  # same name, other type: another entity
    ids = link(items)
    assert ids[0] == ids[1] == ids[2]
    assert len({ids[0], ids[3], ids[4]}) == 3


def test_surname_alone_and_acronym_link_to_the_full_name():
    items = [LinkItem("d1", "pl", "Piotr Zarubiec", "Piotr Zarubiec", "PER"),
             LinkItem("d1", "pl", "Zarubiec", "Zarubiec", "PER"),
             LinkItem("d2", "pl", "Liga Wolnych Kupców", "Liga Wolnych Kupców", "ORG"),
             LinkItem("d2", "pl", "LWK", "LWK", "ORG")]
    ids = link(items)
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]


def test_ids_do_not_depend_on_the_items_order():
    items = [LinkItem(f"d{i}", lang, form, base, "PER") for i, (lang, form, base) in enumerate([
        ("pl", "Janem Wolbrem", "Jan Wolber"), ("ru", "Яна Вольбера", "Ян Вольбер"), ("cs", "Wolber", "Wolber"),
        ("pl", "Ewą Karsk", "Ewa Karsk"), ("bg", "Ева Карск", "Ева Карск")])]
    ids = dict(zip(items, link(items)))
    shuffled = items[:]
    random.Random(7).shuffle(shuffled)
    assert dict(zip(shuffled, link(shuffled))) == ids
    assert ids[items[0]] == ids[items[1]] == ids[items[2]] and ids[items[3]] == ids[items[4]]
    assert name_key("Ян Вольбер") == name_key("Jan Wolber")


def test_a_one_word_name_links_to_the_multi_word_name_it_shortens_in_its_document():
    items = [LinkItem("d1", "pl", "Rada Zorvańska", "Rada Zorvańska", "ORG"),
             LinkItem("d1", "pl", "Rada", "Rada", "ORG"),
             LinkItem("d2", "pl", "Ligą", "Liga", "ORG"),  # no longer name in its document: stays apart
             LinkItem("d2", "pl", "Melbrik", "Melbrik", "LOC")]
    ids = link(items)
    assert ids[0] == ids[1] and len({ids[0], ids[2], ids[3]}) == 3
