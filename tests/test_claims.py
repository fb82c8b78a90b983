"""Tests for crossdoc.claims: grouping, statuses, explanations, provenance."""

from __future__ import annotations

import pytest

from builders import hashed_embed as fake_embed
from conftest import REFERENCE, need_shared
from newsdossier import config
from newsdossier.crossdoc.claims import build_claims
from newsdossier.model import Document, Quantity, Sentence, Timex


def make_doc(doc_id, text, quantities, timexes=()):
    """quantities: (needle, value, low, high, qualifier, unit, measure)."""
    qs = []
    for needle, value, low, high, qual, unit, measure in quantities:
        start = text.index(needle)
        qs.append(Quantity(start, start + len(needle), needle, value, low, high, qual, unit, measure, 0))
    tx = []
    for needle, value in timexes:
        start = text.index(needle)
        tx.append(Timex(start, start + len(needle), needle, "DATE", value))
    return Document(id=doc_id, text=text, sentences=[Sentence(0, len(text), text)],
                    quantities=qs, timexes=tx)


def claim_with(claims, text):
    hits = [c for c in claims if any(v.text == text for v in c.values)]
    assert len(hits) == 1
    return hits[0]


def check_provenance(claims, docs):
    by_id = {d.id: d for d in docs}
    for c in claims:
        assert c.explanation
        for v in c.values:
            assert by_id[v.doc].text[v.start:v.end] == v.text


def troops_docs():
    a = make_doc("a", "The 2,300 soldiers of the contingent arrived in the capital.",
                 [("2,300 soldiers", 2300, 2300, 2300, "exact", "soldier", "soldiers arrived")])
    b = make_doc("b", "More than 2,000 troops arrived in the capital on Monday.",
                 [("More than 2,000 troops", 2000, 2000, None, "more-than", "troops", "troops arrived")])
    c = make_doc("c", "Officials spoke of 20,000 armed fighters attacking the city.",
                 [("20,000 armed fighters", 20000, 20000, 20000, "exact", "fighter", "fighters")])
    return [a, b, c]


def test_synonym_units_group_and_magnitude_separates():
    docs = troops_docs()
    claims = build_claims(docs, embed=fake_embed)
    troops = claim_with(claims, "2,300 soldiers")
    assert {v.text for v in troops.values} == {"2,300 soldiers", "More than 2,000 troops"}
    assert troops.status == "compatible"
    assert "overlap" in troops.explanation
    fighters = claim_with(claims, "20,000 armed fighters")
    assert fighters.status == "single" and len(fighters.values) == 1
    check_provenance(claims, docs)


def detention_docs(dated=False):
    a = make_doc("a", "Today about ten thousand people have been officially detained.",
                 [("about ten thousand people", 10000, 9000, 11000, "about", "people", "people detained")],
                 [("Today", "2022-01-12")] if dated else ())
    b = make_doc("b", "More than 9,800 people have been detained as a result of the crisis.",
                 [("More than 9,800 people", 9800, 9800, None, "more-than", "people", "people detained")])
    c = make_doc("c", "Security forces announced the arrest of nearly 8,000 looters on Friday.",
                 [("nearly 8,000", 8000, 7200, 8000, "up-to", "looter", "looters arrested")],
                 [("Friday", "2022-01-07")] if dated else ())
    return [a, b, c]


def test_conflict_across_three_documents():
    docs = detention_docs()
    claims = build_claims(docs, embed=fake_embed)
    c = claim_with(claims, "nearly 8,000")
    assert len(c.values) == 3
    assert c.status == "conflict"
    assert c.measure == "people detained"
    assert "nearly 8,000 (c)" in c.explanation and "do not overlap" in c.explanation
    assert claims[0] is c  # conflicts come first
    check_provenance(claims, docs)


def test_different_dates_are_an_update_not_a_conflict():
    docs = detention_docs(dated=True)
    docs[1].quantities = []  # leave the two dated reports
    # this test is about dates, not synonyms: count the same noun in both
    docs[2].quantities[0].unit, docs[2].quantities[0].measure = "people", "people arrested"
    claims = build_claims(docs, embed=fake_embed)
    c = claim_with(claims, "nearly 8,000")
    assert c.status == "update"  # dossier@2: a later figure for a later time has its own status (was "compatible")
    assert "update" in c.explanation
    assert {v.date_context for v in c.values} == {"2022-01-12", "2022-01-07"}
    assert c.when == "2022-01-12"  # as of the latest figure


def test_vague_against_precise_uses_the_vague_interval_without_slack():
    # dozens = 24-99 vs more than a hundred = [100, inf): a 1% miss, inside the 5% rounding slack
    # between figures, but a vague word's interval is already its whole tolerance -> conflict
    a = make_doc("a", "The unrest left dozens dead in the city.",
                 [("dozens", 24, 24, 99, "vague", None, "dead")])
    b = make_doc("b", "Clashes in the city killed more than a hundred people.",
                 [("more than a hundred people", 100, 100, None, "more-than", "people", "people killed")])
    claims = build_claims([a, b], embed=fake_embed)
    c = claim_with(claims, "dozens")
    assert any(v.text == "more than a hundred people" for v in c.values)
    assert c.status == "conflict"
    assert "dozens" in c.explanation and "more than a hundred people" in c.explanation
    # between two figures the slack stays: 2,300 vs "more than 2,400" (4% apart) is compatible
    x = make_doc("x", "The 2,300 soldiers of the contingent arrived in the capital.",
                 [("2,300 soldiers", 2300, 2300, 2300, "exact", "soldier", "soldiers arrived")])
    y = make_doc("y", "More than 2,400 troops arrived in the capital.",
                 [("More than 2,400 troops", 2400, 2400, None, "more-than", "troops", "troops arrived")])
    c2 = claim_with(build_claims([x, y], embed=fake_embed), "2,300 soldiers")
    assert c2.status == "compatible"


def test_agree():
    a = make_doc("a", "Over 2,000 troops arrived.",
                 [("Over 2,000 troops", 2000, 2000, None, "more-than", "troops", "troops arrived")])
    b = make_doc("b", "More than 2,000 troops arrived on Monday.",
                 [("More than 2,000 troops", 2000, 2000, None, "more-than", "troops", "troops arrived")])
    claims = build_claims([a, b], embed=fake_embed)
    assert len(claims) == 1 and claims[0].status == "agree"
    assert claims[0].explanation


def test_single_and_dropping_unitless():
    a = make_doc("a", "About 40 people were evacuated. It cost 3 of them.",
                 [("About 40 people", 40, 36, 44, "about", "people", "people evacuated"),
                  ("3", 3, 3, 3, "exact", None, None)])
    claims = build_claims([a], embed=fake_embed)
    assert len(claims) == 1
    assert claims[0].status == "single" and "Only a" in claims[0].explanation
    assert claims[0].values[0].unit == "people"


def test_different_events_stay_apart():
    a = make_doc("a", "Clashes killed 120 people.",
                 [("120 people", 120, 120, 120, "exact", "people", "people killed")])
    b = make_doc("b", "Police detained 120 people.",
                 [("120 people", 120, 120, 120, "exact", "people", "people detained")])
    claims = build_claims([a, b], embed=fake_embed)
    assert len(claims) == 2 and all(c.status == "single" for c in claims)


def test_percent_never_mixes_with_counts():
    a = make_doc("a", "Russian troops make up 75 percent of the contingent.",
                 [("75 percent", 75, 75, 75, "exact", "percent", "percent of contingent")])
    b = make_doc("b", "The contingent has 75 troops.",
                 [("75 troops", 75, 75, 75, "exact", "troops", "troops")])
    claims = build_claims([a, b], embed=fake_embed)
    assert len(claims) == 2


def test_settings_are_read_at_call_time():
    """The threshold comes from config.current().claims: raised above any score, nothing groups."""
    docs = troops_docs()
    assert any(len(c.values) > 1 for c in build_claims(docs, embed=fake_embed))
    strict = config.override(config.DEFAULTS, {"claims": {"threshold": 5.0}})
    with config.use(strict):
        claims = build_claims(docs, embed=fake_embed)
    assert claims and all(len(c.values) == 1 and c.status == "single" for c in claims)


def test_bad_input():
    assert build_claims([], embed=fake_embed) == []
    assert build_claims([Document(id="x")], embed=fake_embed) == []
    with pytest.raises(TypeError, match="list of model.Document"):
        build_claims(None, embed=fake_embed)
    with pytest.raises(TypeError, match="list of model.Document"):
        build_claims(["not a document"], embed=fake_embed)

    def broken(texts):
        raise RuntimeError("no model")

    claims = build_claims(detention_docs(), embed=broken)  # falls back to lexical similarity
    assert claims and all(c.explanation for c in claims)
    odd = make_doc("o", "Nothing 5 here.", [("5", float("nan"), None, None, "exact", "thing", "things")])
    assert build_claims([odd], embed=fake_embed) == []


# --- acceptance on the reference story (real spaCy + real embeddings) ------------------

@pytest.fixture(scope="module")
def reference_claims(nlp):
    """The reference story's quantities as analyze makes them (Doc and temporal layer), real embeddings."""
    from newsdossier.analyze import mentions
    from newsdossier.analyze.quantities import find_quantities
    from newsdossier.analyze.temporal import find_timexes

    docs = []
    for path in sorted(need_shared(REFERENCE).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sdoc = nlp(text)
        timexes = find_timexes(text, None, spacy_doc=sdoc)
        docs.append(Document(
            id=path.stem, text=text, timexes=timexes,
            sentences=[Sentence(s.start_char, s.end_char, s.text) for s in sdoc.sents],
            quantities=find_quantities(text, spacy_doc=sdoc, timexes=timexes),
            mentions=mentions(sdoc),  # as analyze makes them: claims compare the names two sentences share
        ))
    return docs, build_claims(docs)


def test_reference_detainees_conflict(reference_claims):
    docs, claims = reference_claims
    check_provenance(claims, docs)
    hits = [c for c in claims if c.status == "conflict" and "people detained" in c.measure]
    assert len(hits) == 1, [(c.measure, c.status) for c in claims]
    texts = {(v.doc[:3], v.text) for v in hits[0].values}
    assert ("002", "about ten thousand people") in texts
    assert ("003", "More than 9,800 people") in texts
    assert ("004", "nearly 8,000") in texts


def test_reference_troops_one_claim_without_conflict(reference_claims):
    _, claims = reference_claims
    wanted = {("000", "over 2,000 troops"), ("000", "more than 2,000-strong contingent"),
              ("001", "more than 2,000"), ("001", "Around 2,000"), ("004", "2,300 soldiers")}
    owners = [c for c in claims if {(v.doc[:3], v.text) for v in c.values} & wanted]
    assert len(owners) == 1, [(c.measure, [v.text for v in c.values]) for c in owners]
    troops = owners[0]
    assert wanted <= {(v.doc[:3], v.text) for v in troops.values}
    assert troops.status in ("compatible", "agree")
    assert not any(v.value >= 5000 for v in troops.values)
    fighters = [c for c in claims if any(v.value == 20000 for v in c.values)]
    assert fighters and all(c is not troops for c in fighters)
