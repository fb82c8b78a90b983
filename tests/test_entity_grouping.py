"""Conservative entity grouping (issue 19): given names, generational suffixes, places vs organisations, bare
surnames per document, one entity per name, the type vote. Invented names only."""

from __future__ import annotations

from builders import doc_with_mentions as _doc
from newsdossier.crossdoc.aliases import declared_aliases
from newsdossier.crossdoc.entities import group_entities, name_key, resolve_name
from newsdossier.crossdoc.names import default_rules, given_names_agree
from newsdossier.model import Document


def _entity_of(ents, doc: Document, surface: str, nth: int = 0):
    """The entity of the nth mention written `surface` in doc (None when it is in no entity)."""
    m = [m for m in doc.mentions if m.text == surface][nth]
    return next((e for e in ents if e.id == m.entity), None)


def _same(ents, a, b):
    ea = next((e for e in ents if a in e.aliases), None)
    eb = next((e for e in ents if b in e.aliases), None)
    return ea is not None and eb is not None and ea.id == eb.id


def _provenance_holds(docs, ents):
    by_id = {d.id: d for d in docs}
    return all(s.text == by_id[s.doc].text[s.start:s.end] for e in ents for s in e.mentions) and \
        all(m.text == d.text[m.start:m.end] for d in docs for m in d.mentions)


# --- given names --------------------------------------------------------------------------------------------

def test_given_names_agree_by_identity_initial_short_form_or_transliteration():
    r = default_rules()

    def agree(a: str, b: str) -> bool:
        return given_names_agree(a, r.phonetic(a), b, r.phonetic(b), r)

    assert agree("Bill", "William") and agree("Billy", "Bill") and agree("Bernie", "Bernard")
    assert agree("J.", "Jonas") and not agree("K.", "Jonas")
    assert agree("Aleksandr", "Alexandr") and agree("Aleksandr", "Aleksander") and agree("Sergei", "Sergey")
    assert not agree("Alexander", "Alexandra")  # close, but the ending makes it another name
    assert not agree("Bernard", "Felicity") and not agree("William", "Robert")
    assert agree("Ted", "Edward") and agree("Ted", "Theodore") and not agree("Edward", "Theodore")



def test_given_names_that_end_differently_are_two_names_not_two_spellings():
    """A transliteration variant ends alike; a different last letter makes another name (often a man's and a
    woman's), however close the rest is."""
    r = default_rules()

    def agree(a: str, b: str) -> bool:
        return given_names_agree(a, r.phonetic(a), b, r.phonetic(b), r)

    assert not agree("Louis", "Louise") and not agree("Mario", "Marie") and not agree("Denis", "Denise")
    a = _doc("a", "Louis Varga spoke. Louise Varga left.", [("Louis Varga", "PERSON"), ("Louise Varga", "PERSON")])
    assert not _same(group_entities([a]), "Louis Varga", "Louise Varga")

def test_two_people_of_one_surname_never_share_an_entity_and_each_document_reads_its_own():
    a = _doc("a", "Bernard Kallio spoke. Kallio left.", [("Bernard Kallio", "PERSON"), ("Kallio", "PERSON")])
    b = _doc("b", "Felicity Kallio wept. Kallio stayed.", [("Felicity Kallio", "PERSON"), ("Kallio", "PERSON")])
    ents = group_entities([a, b])
    assert not _same(ents, "Bernard Kallio", "Felicity Kallio")
    assert _entity_of(ents, a, "Kallio").name == "Bernard Kallio"
    assert _entity_of(ents, b, "Kallio").name == "Felicity Kallio"
    assert _provenance_holds([a, b], ents)


def test_short_forms_and_fuller_names_join_but_a_short_form_of_two_people_does_not():
    a = _doc("a", "Bill Marsden met William Marsden and Robert Marsden. Marta Lind Quell and Marta Quell.",
             [("Bill Marsden", "PERSON"), ("William Marsden", "PERSON"), ("Robert Marsden", "PERSON"),
              ("Marta Lind Quell", "PERSON"), ("Marta Quell", "PERSON")])
    b = _doc("b", "Alex Dorn, Alexander Dorn and Alexandra Dorn.",
             [("Alex Dorn", "PERSON"), ("Alexander Dorn", "PERSON"), ("Alexandra Dorn", "PERSON")])
    ents = group_entities([a, b])
    assert _same(ents, "Bill Marsden", "William Marsden") and not _same(ents, "Bill Marsden", "Robert Marsden")
    assert _same(ents, "Marta Lind Quell", "Marta Quell")
    assert not _same(ents, "Alexander Dorn", "Alexandra Dorn")  # spelling-variant close, but two people
    assert not _same(ents, "Alex Dorn", "Alexander Dorn") and not _same(ents, "Alex Dorn", "Alexandra Dorn")


# --- generational suffixes ------------------------------------------------------------------------------------

def test_generational_suffixes_never_merge_with_the_bare_name_or_another_suffix():
    text = ("Harlan Brisco Jr. spoke. Harlan Brisco, Jr. left. Brisco Jr. returned. Harlan Brisco watched. "
            "Harlan Brisco III wrote. Brisco agreed.")
    a = _doc("a", text, [("Harlan Brisco Jr.", "PERSON"), ("Harlan Brisco, Jr.", "PERSON"), ("Brisco Jr.", "PERSON"),
                         ("Harlan Brisco", "PERSON"), ("Harlan Brisco III", "PERSON"), ("Brisco", "PERSON")])
    ents = group_entities([a])
    assert _same(ents, "Harlan Brisco Jr.", "Harlan Brisco, Jr.") and _same(ents, "Harlan Brisco Jr.", "Brisco Jr.")
    assert not _same(ents, "Harlan Brisco Jr.", "Harlan Brisco")
    assert not _same(ents, "Harlan Brisco III", "Harlan Brisco") and not _same(ents, "Harlan Brisco III", "Brisco Jr.")
    # a bare surname looks only among names without a suffix: here exactly one
    assert _entity_of(ents, a, "Brisco").name == "Harlan Brisco"
    assert resolve_name(ents, "Harlan Brisco Jr.") is _entity_of(ents, a, "Harlan Brisco Jr.")
    assert name_key("Harlan Brisco Jr.") == name_key("Harlan Brisco")  # the suffix is kept apart, not in the key
    assert default_rules().parts("Harlan Brisco Jr.") != default_rules().parts("Harlan Brisco")



def test_a_bare_surname_never_stands_for_a_name_with_a_generational_suffix():
    """The only full name of the surname has a suffix: the bare surname is not read as the son (or father); it
    keeps its own entity."""
    a = _doc("a", "Harlan Brisco Jr. spoke. Brisco left.", [("Harlan Brisco Jr.", "PERSON"), ("Brisco", "PERSON")])
    ents = group_entities([a])
    assert not _same(ents, "Harlan Brisco Jr.", "Brisco")
    assert _entity_of(ents, a, "Brisco") is not None and _entity_of(ents, a, "Brisco").name == "Brisco"
    assert _provenance_holds([a], ents)

# --- places and organisations ---------------------------------------------------------------------------------

def test_an_agency_in_a_dateline_never_merges_with_the_place():
    """"PORT SELBY (NWA) -" reads like a declared alias "Long Name (ACRONYM)"; the mention types say a place
    and an agency, so they stay two entities whatever the string pattern says."""
    text = "Port Selby (NWA) - The port reopened. Port Selby is calm, NWA reports. In Port Selby the NWA office shut."
    a = _doc("a", text, [("Port Selby", "GPE"), ("NWA", "ORG"), ("Port Selby", "GPE"), ("NWA", "ORG"),
                         ("Port Selby", "ORG"), ("NWA", "ORG")])
    ents = group_entities([a])
    assert not _same(ents, "Port Selby", "NWA")
    assert _entity_of(ents, a, "Port Selby", 2).type == "GPE"  # one ORG label among three does not move it


def test_declared_alias_of_an_organisation_still_links():
    a = _doc("a", "The Baltic Harbour Authority (BHA) met. The BHA agreed.",
             [("Baltic Harbour Authority", "ORG"), ("BHA", "ORG"), ("BHA", "ORG")])
    assert _same(group_entities([a]), "Baltic Harbour Authority", "BHA")



def test_a_wire_dateline_declares_no_alias():
    """"PLACE (AGENCY) —" opening a line is where and by whom a report was filed, not a name and its short form,
    in capitals or title case, after a headline line, with two agencies; mid-sentence the bracket still declares."""
    for text in ("KESTREL BAY (XPA) — The port reopened on Monday.",
                 "Storm Closes Docks\nKESTREL BAY (XPA) - The port reopened.",
                 "Port Selby (NWA) – The port reopened.",
                 "  NORTH VARDEN (XPA/NWA) -- Talks resumed."):
        assert declared_aliases(text) == [], text
    assert declared_aliases("Ships left KESTREL BAY (KB) at dawn.") == [("KESTREL BAY", "KB")]


def test_a_real_bracket_declaration_is_still_an_alias_even_where_a_dateline_could_stand():
    mid = "Six ports joined the Joint Harbour Defence Compact Organisation (JHDCO) in March."
    opening = "Joint Harbour Defence Compact Organisation (JHDCO) — a bloc of six ports — met on Monday."
    for text in (mid, opening):  # the short form is the name's initials: no agency is named so
        assert ("Joint Harbour Defence Compact Organisation", "JHDCO") in declared_aliases(text), text


def test_a_dateline_agency_typed_like_the_place_still_stays_apart():
    """When NER gives the place and the agency one type, the guard cannot tell them apart: the dateline must not
    have declared them one."""
    text = "KESTREL BAY (XPA) — The port reopened. XPA said so."
    a = _doc("a", text, [("KESTREL BAY", "ORG"), ("XPA", "ORG"), ("XPA", "ORG")])
    b = _doc("b", "The Joint Harbour Council (JHC) met. The JHC agreed.",
             [("Joint Harbour Council", "ORG"), ("JHC", "ORG"), ("JHC", "ORG")])
    ents = group_entities([a, b])
    assert not _same(ents, "KESTREL BAY", "XPA")
    assert _same(ents, "Joint Harbour Council", "JHC")

# --- bare surnames --------------------------------------------------------------------------------------------

def test_bare_surname_document_first_then_story_and_unlinked_when_ambiguous():
    a = _doc("a", "Marta Quell spoke. Quell left.", [("Marta Quell", "PERSON"), ("Quell", "PERSON")])
    b = _doc("b", "Tomas Quell spoke. Quell left.", [("Tomas Quell", "PERSON"), ("Quell", "PERSON")])
    c = _doc("c", "Quell was not reached.", [("Quell", "PERSON")])
    d = _doc("d", "Marta Quell and Tomas Quell. Quell said.", [("Marta Quell", "PERSON"), ("Tomas Quell", "PERSON"),
                                                               ("Quell", "PERSON")])
    ents = group_entities([a, b, c, d])
    assert _entity_of(ents, a, "Quell").name == "Marta Quell"
    assert _entity_of(ents, b, "Quell").name == "Tomas Quell"
    assert _entity_of(ents, c, "Quell") is None  # two Quells in the story, none in the document
    assert _entity_of(ents, d, "Quell") is None  # two in the document
    assert _provenance_holds([a, b, c, d], ents)
    assert resolve_name(ents, "Mr Quell", doc="a").name == "Marta Quell"
    assert resolve_name(ents, "Mr Quell", doc="c") is None and resolve_name(ents, "Mr Quell", doc="d") is None


def test_bare_surname_joins_the_one_full_name_of_the_story():
    a = _doc("a", "Marta Lind Quell spoke. Marta Quell left.",
             [("Marta Lind Quell", "PERSON"), ("Marta Quell", "PERSON")])
    c = _doc("c", "Quell was not reached. Ms. Quell declined.", [("Quell", "PERSON"), ("Ms. Quell", "PERSON")])
    ents = group_entities([a, c])
    assert _entity_of(ents, c, "Quell").name == _entity_of(ents, c, "Ms. Quell").name == "Marta Lind Quell"


def test_a_surname_tagged_org_once_joins_the_person_and_the_entity_stays_person():
    a = _doc("a", "Marta Quell spoke. Quell left. Quell returned. Quell agreed.",
             [("Marta Quell", "PERSON"), ("Quell", "ORG"), ("Quell", "PERSON"), ("Quell", "PERSON")])
    ents = group_entities([a])
    (e,) = [e for e in ents if "Marta Quell" in e.aliases]
    assert e.type == "PERSON" and len(e.mentions) == 4


# --- one entity per name, the type vote ----------------------------------------------------------------------

def test_the_same_name_written_with_or_without_hyphens_is_one_entity():
    a = _doc("a", "Ana-Lucia Verhoek spoke. Analucia Verhoek left. Ana Lucia Verhoek returned.",
             [("Ana-Lucia Verhoek", "PERSON"), ("Analucia Verhoek", "PERSON"), ("Ana Lucia Verhoek", "PERSON")])
    ents = group_entities([a])
    assert _same(ents, "Ana-Lucia Verhoek", "Analucia Verhoek") and _same(ents, "Ana Lucia Verhoek", "Analucia Verhoek")


def test_a_person_org_tie_is_typed_org():
    """A tie between PERSON and another label goes to the other label (a PERSON type makes an entity a
    speaker), whatever order the labels come in."""
    for labels in (("PERSON", "ORG"), ("ORG", "PERSON")):
        a = _doc("a", "Corvin rose. Corvin fell.", [("Corvin", labels[0]), ("Corvin", labels[1])])
        (e,) = group_entities([a])
        assert e.type == "ORG"


def test_a_title_with_its_connector_is_not_part_of_the_name():
    assert name_key("Secretary of State Marta Quell") == name_key("Marta Quell")
    assert name_key("Foreign Ministry") != name_key("Ministry")
