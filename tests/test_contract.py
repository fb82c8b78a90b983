"""The `newsdossier/dossier@2` contract (`../shared/spec/dossier-contract.md`), checked field by field on built
dossiers: the bundled example story and, when ../shared is present, the reference story.

These checks read only the JSON a user gets; they never look at how the pipeline works inside.
"""

from __future__ import annotations

import pytest

DOC_FIELDS = {"id", "path", "title", "url", "source", "published", "published_basis", "language", "text",
              "removed", "errors", "duplicate_of", "family"}
CLAIM_STATUS = {"agree", "compatible", "conflict", "update", "single"}
QUALIFIERS = {"exact", "about", "more-than", "less-than", "at-least", "up-to", "range", "vague"}


@pytest.fixture(params=["example", "reference"])
def data(request):
    return request.getfixturevalue(f"{request.param}_dossier")[1]


def test_schema_and_story(data):
    assert data["schema"] == "newsdossier/dossier@2"
    assert data["generated_by"].startswith("newsdossier ")
    story = data["story"]
    assert story["title"] and story["languages"]
    assert story["start"] is None or story["start"] <= story["end"]


def test_documents_carry_copies_and_families(data):
    ids = [d["id"] for d in data["documents"]]
    assert len(ids) == len(set(ids))
    for d in data["documents"]:
        assert DOC_FIELDS <= d.keys(), DOC_FIELDS - d.keys()
        assert d["published_basis"] in {"metadata", "dateline", "inferred", "unknown"}
        assert d["duplicate_of"] is None or d["duplicate_of"] in ids and d["duplicate_of"] != d["id"]
    fam = {d["id"]: d["family"] for d in data["documents"]}
    for d in data["documents"]:  # a copy belongs to the family of what it copies
        if d["duplicate_of"]:
            assert fam[d["id"]] == fam[d["duplicate_of"]]


def test_claims_have_subject_time_and_sentence(data):
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for c in data["claims"]:
        assert {"measure", "subject", "when", "status", "values"} <= c.keys()
        assert c["status"] in CLAIM_STATUS
        assert c["subject"] is None or isinstance(c["subject"], str)
        for v in c["values"]:
            assert v["qualifier"] in QUALIFIERS
            s = v["sentence"]
            assert s is not None, v
            # the sentence holds the figure, so a reader sees it in context
            assert s["start"] <= v["start"] and v["end"] <= s["end"] <= len(texts[v["doc"]])


def test_summary_sentences_cite_only_their_support(data):
    texts = {d["id"]: d["text"] for d in data["documents"]}
    assert data["summary"]
    for s in data["summary"]:
        assert texts[s["doc"]][s["start"]:s["end"]] == s["text"]
        support_docs = [sp["doc"] for sp in s["support"]]
        assert s["sources"] == [s["doc"], *support_docs]
        assert len(set(s["sources"])) == len(s["sources"])  # a document is cited once
        for sp in s["support"]:
            assert sp["doc"] != s["doc"] and texts[sp["doc"]][sp["start"]:sp["end"]] == sp["text"]


def test_quotes_name_a_speaker_or_none(data):
    ents = {e["id"] for e in data["entities"]}
    for q in data["quotes"]:
        assert q["kind"] in {"direct", "indirect"}
        assert q["speaker"] is None or q["speaker"] in ents
        if q["speaker"] is not None:
            assert q["speaker_name"]
