"""The bundled example story (invented, written for this project) builds and shows its known facts."""

from __future__ import annotations

from facts import check_facts, provenance_problems


def test_example_facts_hold(example_dossier, example_expected):
    _, data = example_dossier
    assert check_facts(data, example_expected) == []


def test_example_provenance(example_dossier):
    _, data = example_dossier
    n, bad = provenance_problems(data)
    assert n > 0 and bad == []

def test_example_mixed_formats_all_usable(example_dossier):
    _, data = example_dossier
    assert len(data["documents"]) == 5
    assert all(d["text"].strip() and not d["errors"] for d in data["documents"])
    bases = {d["published_basis"] for d in data["documents"]}
    assert "inferred" in bases and "metadata" in bases  # one article has no date at all
