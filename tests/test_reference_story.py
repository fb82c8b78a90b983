"""The reference story (../shared): every fact of its expected sheet, provenance of every item, the contract."""

from __future__ import annotations

from facts import check_facts, provenance_problems

CONTRACT_DOC_FIELDS = {"id", "path", "title", "url", "source", "published", "published_basis", "language",
                       "text", "removed", "errors"}


def test_expected_facts_hold(reference_dossier, reference_expected):
    _, data = reference_dossier
    assert check_facts(data, reference_expected) == []


def test_every_span_reproduces_its_text(reference_dossier):
    _, data = reference_dossier
    n, bad = provenance_problems(data)
    assert bad == []
    assert n > 100  # mentions, evidence, claim values, quotes, summary spans

def test_contract_fields(reference_dossier):
    _, data = reference_dossier
    assert data["schema"] == "newsdossier/dossier@2"
    assert data["generated_by"].startswith("newsdossier ")
    assert {"title", "start", "end", "languages"} <= data["story"].keys()
    assert data["story"]["languages"] == ["en"]
    for d in data["documents"]:
        assert CONTRACT_DOC_FIELDS <= d.keys()
        assert d["published_basis"] in {"metadata", "dateline", "inferred", "unknown"}
        assert all(r["reason"] for r in d["removed"])
    for e in data["entities"]:
        assert e["type"] in {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "OTHER"}
        assert e["name"] and e["mentions"]
    for c in data["claims"]:
        assert c["status"] in {"agree", "compatible", "conflict", "single"}
        for v in c["values"]:
            assert v["qualifier"] in {"exact", "about", "more-than", "less-than", "at-least", "up-to", "range", "vague"}
    for q in data["quotes"]:
        assert q["kind"] in {"direct", "indirect"}
    assert 5 <= len(data["summary"]) <= 8
    for s in data["summary"]:
        assert s["sources"] and set(s["sources"]) <= {d["id"] for d in data["documents"]}
    assert len(data["sources"]) == len(data["documents"])


def test_no_entity_mixes_two_people(reference_dossier):
    """Two different full names (first names that disagree) never share a person entity."""
    from rapidfuzz.distance import JaroWinkler

    from newsdossier.crossdoc.entities import name_key

    _, data = reference_dossier
    for e in data["entities"]:
        if e["type"] != "PERSON":
            continue
        full = [name_key(a) for a in e["aliases"] if len(name_key(a)) >= 2]
        for a in full:
            for b in full:
                assert JaroWinkler.similarity(a[0], b[0]) >= 0.8, (e["name"], e["aliases"])


def test_every_document_published_or_inferred(reference_dossier):
    _, data = reference_dossier
    for d in data["documents"]:
        assert d["published"], d["id"]
        if d["published_basis"] == "inferred":
            assert "2022-01-06" <= d["published"] <= "2022-01-20", d
