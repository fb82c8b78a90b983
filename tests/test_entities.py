"""Cross-document entity grouping on small hand-made stories (invented names)."""

from __future__ import annotations

from newsdossier.crossdoc.entities import declared_aliases, group_entities, name_key, phonetic, resolve_name
from newsdossier.model import Document, Mention


def _doc(doc_id: str, text: str, names: list[tuple[str, str]]) -> Document:
    d = Document(id=doc_id, text=text)
    pos = 0
    for surface, label in names:
        i = text.index(surface, pos)
        d.mentions.append(Mention(i, i + len(surface), surface, label))
        pos = i + len(surface)
    return d


def _same(ents, a, b):
    ea = next(e for e in ents if a in e.aliases)
    eb = next(e for e in ents if b in e.aliases)
    return ea.id == eb.id


def test_transliteration_keys():
    assert phonetic("Żenya") == phonetic("Zhenya") == phonetic("Jenya")
    assert phonetic("Oleynikov") == phonetic("Olejnikow") == phonetic("Oleinikov")
    assert phonetic("Kasparaïev") == phonetic("Kasparayev") == phonetic("Kasparaev")
    assert name_key("President Vladislav V. Orlov’s") == name_key("Vladislav Orlov")


def test_spelling_variants_titles_and_surnames_merge():
    a = _doc("a", "President Aleksandr Żenya Oleynikov met Mr Oleinikov's staff.",
             [("Aleksandr Żenya Oleynikov", "PERSON"), ("Oleinikov", "PERSON")])
    b = _doc("b", "Alexandr Zhenya Olejnikow spoke. Olejnikow left.",
             [("Alexandr Zhenya Olejnikow", "PERSON"), ("Olejnikow", "ORG")])
    ents = group_entities([a, b])
    assert _same(ents, "Aleksandr Żenya Oleynikov", "Alexandr Zhenya Olejnikow")
    assert _same(ents, "Aleksandr Żenya Oleynikov", "Olejnikow")
    e = next(e for e in ents if "Oleinikov" in e.aliases)
    assert e.type == "PERSON" and len(e.mentions) == 4
    assert all(m.entity == e.id for d in (a, b) for m in d.mentions)


def test_shared_surname_stays_apart_and_bare_surname_is_not_guessed():
    a = _doc("a", "Jonas Tervo runs the port. Sara Tervo is a judge. Tervo declined to comment.",
             [("Jonas Tervo", "PERSON"), ("Sara Tervo", "PERSON"), ("Tervo", "PERSON")])
    ents = group_entities([a])
    assert not _same(ents, "Jonas Tervo", "Sara Tervo")
    assert not _same(ents, "Tervo", "Jonas Tervo") and not _same(ents, "Tervo", "Sara Tervo")


def test_bare_surname_uses_the_only_candidate_in_its_document():
    a = _doc("a", "Jonas Tervo runs the port. Tervo declined.", [("Jonas Tervo", "PERSON"), ("Tervo", "PERSON")])
    b = _doc("b", "Sara Tervo is a judge.", [("Sara Tervo", "PERSON")])
    ents = group_entities([a, b])
    assert _same(ents, "Tervo", "Jonas Tervo") and not _same(ents, "Jonas Tervo", "Sara Tervo")


def test_similar_countries_and_adjectives_stay_apart_typos_merge():
    a = _doc("a", "Valdoria and Valgoria border each other. Valdorian troops left Valdorria.",
             [("Valdoria", "GPE"), ("Valgoria", "GPE"), ("Valdorian", "NORP"), ("Valdorria", "GPE")])
    ents = group_entities([a])
    assert not _same(ents, "Valdoria", "Valgoria")
    assert not _same(ents, "Valdoria", "Valdorian")
    assert _same(ents, "Valdoria", "Valdorria")


def test_declared_acronyms_in_other_languages_and_initials():
    text = ("The Northern Fisheries Council (French: CNP, German: NFR) met. Later the NFR and the CNP agreed. "
            "The Baltic Harbour Authority said the BHA would reopen.")
    assert ("Northern Fisheries Council", "CNP") in declared_aliases(text)
    a = _doc("a", text, [("Northern Fisheries Council", "ORG"), ("NFR", "ORG"), ("CNP", "ORG"),
                         ("Baltic Harbour Authority", "ORG"), ("BHA", "ORG")])
    ents = group_entities([a])
    assert _same(ents, "Northern Fisheries Council", "CNP") and _same(ents, "NFR", "CNP")
    assert _same(ents, "Baltic Harbour Authority", "BHA")
    assert not _same(ents, "BHA", "CNP")
    council = next(e for e in ents if "CNP" in e.aliases)
    assert council.name == "Northern Fisheries Council"


def test_canonical_name_is_most_complete_and_frequent():
    a = _doc("a", "Mr Tervo spoke. Jonas Tervo left. Jonas Tervo returned.",
             [("Tervo", "PERSON"), ("Jonas Tervo", "PERSON"), ("Jonas Tervo", "PERSON")])
    (e,) = group_entities([a])
    assert e.name == "Jonas Tervo"


def test_resolve_name():
    a = _doc("a", "Rita Halloran, an analyst, spoke.", [("Rita Halloran", "PERSON")])
    ents = group_entities([a])
    assert resolve_name(ents, "Mr Halloran").name == "Rita Halloran"
    assert resolve_name(ents, "Nobody Known") is None
