"""The corpus store on both back ends (SQLite file; a real PostgreSQL server started by the test setup): counts,
re-ingest adds nothing, one transaction per batch, full-text search, bad records kept with their error, copies,
provenance of the stored text, and clear errors for a bad store."""

from __future__ import annotations

import io
import json

import pytest

from newsdossier.clean import clean_documents
from newsdossier.cli import main
from newsdossier.corpus import ingest_into
from newsdossier.ingest import ingest
from newsdossier.store import LATEST, Batch, StoreError, open_store

FERRY = ("Night ferry returns next week\n\nDate: 3 March 2025\n\n"
         "The harbour authority of Kestrel Bay said on Tuesday that the night ferry will run again from next week, "
         "after three weeks of repairs to the northern pier.\n\n"
         "Engineers replaced two of the pier's supports, the authority said, and divers checked the rest of it.\n\n"
         "Share this article on social media\n")
COPY = FERRY.replace("\n\n", "\n")  # the same report re-typeset by another site: an exact copy once normalised
MARKET = ("Fish market opens on Saturday\n\n"
          "The new covered fish market on the quay opens on Saturday with forty stalls, the council said.\n\n"
          "Traders moved in over the weekend, and the old open-air market closes for good in April.\n\n"
          "Share this article on social media\n")


def pile(tmp_path, name="pile"):
    d = tmp_path / name
    d.mkdir()
    (d / "ferry.txt").write_text(FERRY, encoding="utf-8")
    (d / "ferry-copy.txt").write_text(COPY, encoding="utf-8")
    (d / "market.txt").write_text(MARKET, encoding="utf-8")
    (d / "bad.json").write_text("[1, 2", encoding="utf-8")  # not JSON: stored with its error
    (d / "notes.xyz").write_text("not an input type", encoding="utf-8")  # rejected: skipped
    return d


def test_ingest_counts_then_reingest_adds_nothing(store_spec, tmp_path):
    d = pile(tmp_path)
    with open_store(store_spec) as store:
        first = ingest_into(store, [str(d)])
        second = ingest_into(store, [str(d)])
        assert store.count() == 4
    assert (first.read, first.added, first.unchanged, first.duplicates, first.failed, first.skipped, first.stories) \
        == (4, 4, 0, 1, 1, 1, 2)
    assert first.skipped_reasons == {"unsupported file type '.xyz'": 1}
    assert (second.read, second.added, second.unchanged, second.duplicates, second.failed) == (4, 0, 4, 0, 0)
    assert (second.stories, second.stories_changed) == (2, [])  # nothing new: no story changed


def test_exact_copy_points_to_the_original_and_shares_its_family(store_spec, tmp_path):
    d = pile(tmp_path)
    with open_store(store_spec) as store:
        ingest_into(store, [str(d)])
        rows = {r.id: r for r in store.documents()}
    assert rows["ferry-copy"].duplicate_of in {"ferry", None} and rows["ferry"].duplicate_of in {"ferry-copy", None}
    assert {rows["ferry"].duplicate_of, rows["ferry-copy"].duplicate_of} - {None}  # one of them is the copy
    assert rows["ferry"].family == rows["ferry-copy"].family != rows["market"].family
    assert rows["bad"].error.startswith("cannot parse") and rows["bad"].duplicate_of is None


def test_copy_arriving_in_a_later_run_joins_the_stored_family(store_spec, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "ferry.txt").write_text(FERRY, encoding="utf-8")
    (a / "market.txt").write_text(MARKET, encoding="utf-8")
    (b / "wire.txt").write_text(COPY.replace("3 March", "4 March"), encoding="utf-8")  # published a day later
    with open_store(store_spec) as store:
        ingest_into(store, [str(a)])
        report = ingest_into(store, [str(b)])
        rows = {r.id: r for r in store.documents()}
    # the stored original had its boilerplate line removed (repeated in its batch), the copy not: a near copy
    assert report.added == 1 and report.duplicates == 1
    assert rows["wire"].duplicate_of == "ferry" and rows["wire"].family == rows["ferry"].family


def test_earlier_original_arriving_later_becomes_the_original(store_spec, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "wire.txt").write_text(COPY.replace("3 March", "4 March"), encoding="utf-8")
    (b / "ferry.txt").write_text(FERRY, encoding="utf-8")  # published a day earlier, read a run later
    with open_store(store_spec) as store:
        ingest_into(store, [str(a)])
        family = next(store.documents()).family
        report = ingest_into(store, [str(b)])
        rows = {r.id: r for r in store.documents()}
    assert report.duplicates == 0
    assert rows["wire"].duplicate_of == "ferry" and rows["ferry"].duplicate_of is None
    assert rows["wire"].family == rows["ferry"].family == family  # a stored family keeps its id


def test_same_name_in_another_folder_gets_its_own_id(store_spec, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "report.txt").write_text(FERRY, encoding="utf-8")
    (b / "report.txt").write_text(MARKET, encoding="utf-8")
    with open_store(store_spec) as store:
        ingest_into(store, [str(a)])
        ingest_into(store, [str(b)])
        ids = [r.id for r in store.documents()]
    assert ids == ["report", "report-2"]


def test_crash_mid_batch_keeps_earlier_batches_and_leaves_no_half_document(store_spec, tmp_path, monkeypatch):
    d = tmp_path / "pile"
    d.mkdir()
    for n in range(5):
        (d / f"r{n}.txt").write_text(f"Report {n}\n\n" + MARKET.replace("forty", f"{n + 40} and more"),
                                     encoding="utf-8")
    real_add, calls = Batch.add, []

    def add_then_crash(self, doc, content_hash, text_hash):
        calls.append(doc.id)
        if len(calls) == 4:  # batch 2 has written r2 (with its removed lines) and is writing r3
            raise RuntimeError("simulated crash")
        return real_add(self, doc, content_hash, text_hash)

    with open_store(store_spec) as store:
        monkeypatch.setattr(Batch, "add", add_then_crash)
        with pytest.raises(RuntimeError, match="simulated crash"):
            ingest_into(store, [str(d)], batch_size=2)
        monkeypatch.setattr(Batch, "add", real_add)
        assert [r.id for r in store.documents()] == ["r0", "r1"]
        assert store.batches() == 1
        assert store.db.value("SELECT COUNT(*) FROM removed_lines WHERE doc_id = 'r2'") == 0
        assert store.db.value("SELECT COUNT(*) FROM removed_lines WHERE doc_id = 'r0'") > 0
        again = ingest_into(store, [str(d)], batch_size=2)
        assert (again.added, again.unchanged) == (3, 2)
        assert store.search("Report 2")[0].doc_id == "r2"


def test_full_text_search_finds_a_word_with_a_snippet(store_spec, tmp_path):
    with open_store(store_spec) as store:
        ingest_into(store, [str(pile(tmp_path))])
        hits = store.search("stalls")
        assert [h.doc_id for h in hits] == ["market"]
        assert "[stalls]" in hits[0].snippet
        assert {h.doc_id for h in store.search("pier supports")} == {"ferry", "ferry-copy"}
        assert store.search("submarine") == [] and store.search('" OR (') == []  # any typed string is a query


def test_stored_text_is_the_cleaned_text_offsets_point_into(store_spec, tmp_path):
    d = pile(tmp_path)
    expected = ingest([d]).documents
    clean_documents(expected)
    with open_store(store_spec) as store:
        ingest_into(store, [str(d)])
        for doc in expected:
            got = store.document(doc.id)
            assert (got.text, got.raw_text, got.path, got.published) == (doc.text, doc.raw_text, doc.path,
                                                                         doc.published)
            assert [(r.text, r.reason, r.line) for r in got.removed] == [(r.text, r.reason, r.line)
                                                                         for r in doc.removed]
            for r in got.removed:
                assert got.raw_text.split("\n")[r.line].strip() == r.text.strip()
    assert any(doc.removed for doc in expected)  # the share line: removed, and kept with its reason


def test_bad_jsonl_records_on_stdin_are_stored_with_their_error(store_spec):
    data = b'{"id": "ok", "text": "The ferry runs again from Monday, the operator said."}\nnot json\n[1]\n'
    with open_store(store_spec) as store:
        report = ingest_into(store, ["-"], stdin=io.BytesIO(data))
        rows = {r.id: r for r in store.documents()}
        again = ingest_into(store, ["-"], stdin=io.BytesIO(data))
    assert (report.read, report.added, report.failed) == (3, 3, 2)
    assert rows["stdin-2"].error.startswith("cannot parse line 2") and rows["stdin-3"].error
    assert rows["ok"].error is None and rows["ok"].language == "en"
    assert (again.added, again.unchanged) == (0, 3)


def test_analysis_results_round_trip_as_json(store_spec, tmp_path):
    with open_store(store_spec) as store:
        ingest_into(store, [str(pile(tmp_path))])
        with store.batch() as b:
            b.put_analysis("ferry", "entities", {"people": ["A. Person"], "n": 2})
            b.put_analysis("ferry", "entities", {"people": [], "n": 0})  # replaced, not duplicated
        assert store.analysis("ferry", "entities") == {"people": [], "n": 0}
        assert store.analysis("ferry", "quotes") is None


def test_migrations_apply_once_and_a_newer_store_is_refused(store_spec):
    with open_store(store_spec) as store:
        assert store.version() == LATEST
        assert store.migrate() == []
        store.db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                         (LATEST + 1, "from the future", "2030-01-01"))
    with pytest.raises(StoreError, match="newer than this newsdossier"):
        open_store(store_spec)


def test_cli_ingest_documents_and_stories(store_spec, tmp_path, capsys):
    d = pile(tmp_path)
    assert main(["ingest", str(d), "--store", store_spec, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {k: out[k] for k in ("read", "added", "unchanged", "duplicates", "failed", "skipped", "stories")} == \
        {"read": 4, "added": 4, "unchanged": 0, "duplicates": 1, "failed": 1, "skipped": 1, "stories": 2}
    assert len(out["stories_changed"]) == 2
    assert main(["documents", "--store", store_spec, "--json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [x["id"] for x in docs] == ["bad", "ferry-copy", "ferry", "market"]  # reading order (sorted file names)
    assert set(docs[0]) >= {"id", "path", "url", "title", "source", "published", "published_basis", "language",
                            "story", "duplicate_of", "family"}
    story = {x["id"]: x["story"] for x in docs}
    assert story["bad"] is None  # a record that could not be read is in no story
    assert story["ferry"] == story["ferry-copy"] != story["market"]  # a copy joins its original's story
    assert main(["stories", "--store", store_spec, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(s["documents"] for s in listed) == [1, 2]
    assert {s["title"] for s in listed} == {"Night ferry returns next week", "Fish market opens on Saturday"}
    assert main(["ingest", str(d), "--store", store_spec]) == 0
    assert capsys.readouterr().out.startswith("read 4  added 0  unchanged 4")


@pytest.mark.parametrize("spec, message", [
    ("{tmp}/no/such/folder/s.db", "store folder does not exist"),
    ("{tmp}", "store path is a folder"),
    ("{tmp}/not-a-db.db", "file is not a database"),
    ("mysql://localhost/x", "unsupported store URL scheme 'mysql://'"),
    ("postgresql://nobody@127.0.0.1:1/none", "cannot connect to PostgreSQL store"),
])
def test_bad_store_is_one_clear_line(tmp_path, capsys, spec, message):
    (tmp_path / "not-a-db.db").write_text("plain text, not SQLite " * 100)
    (tmp_path / "in.txt").write_text(FERRY)
    for argv in (["ingest", str(tmp_path / "in.txt")], ["documents"], ["stories"]):
        assert main(argv + ["--store", spec.format(tmp=tmp_path)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("newsdossier: error: ") and message in err and "Traceback" not in err
        assert err.count("\n") == 1


def test_missing_input_is_reported_before_anything_is_written(store_spec, tmp_path, capsys):
    assert main(["ingest", str(tmp_path / "missing"), "--store", store_spec]) == 2
    assert "input not found" in capsys.readouterr().err
    with open_store(store_spec) as store:
        assert store.count() == 0 and store.batches() == 0


def test_listing_a_missing_store_does_not_create_one(tmp_path, capsys):
    for cmd in ("documents", "stories"):
        assert main([cmd, "--store", str(tmp_path / "typo.db")]) == 2
        assert "store not found" in capsys.readouterr().err
    assert not (tmp_path / "typo.db").exists()


def test_batch_size_below_one_is_refused(tmp_path, capsys):
    (tmp_path / "in.txt").write_text(FERRY)
    assert main(["ingest", str(tmp_path / "in.txt"), "--store", str(tmp_path / "s.db"), "--batch-size", "0"]) == 2
    assert "--batch-size must be at least 1" in capsys.readouterr().err


FERRY_LATER = ("Night ferry back on its route\n\nDate: 10 March 2025\n\n"
               "The night ferry of Kestrel Bay ran again on Monday after three weeks of repairs to the northern pier, "
               "the harbour authority said.\n\nThe first crossing left on time with about sixty passengers.\n")


def test_a_story_that_grows_in_a_later_ingest_keeps_its_id(store_spec, tmp_path):
    with open_store(store_spec) as store:
        first = ingest_into(store, [str(pile(tmp_path))])
        before = {r.id: r.story for r in store.documents()}
        later = tmp_path / "later"
        later.mkdir()
        (later / "ferry-later.txt").write_text(FERRY_LATER, encoding="utf-8")
        second = ingest_into(store, [str(later)])
        after = {r.id: r.story for r in store.documents()}
        assert {k: v for k, v in after.items() if k in before} == before  # nobody moved
        assert after["ferry-later"] == before["ferry"]  # the follow-up report joined the ferry story
        assert second.stories_changed == [before["ferry"]] and len(first.stories_changed) == 2
        assert store.state("stories") is not None  # the grouping's state was saved with the batch


def test_story_membership_is_listed_with_documents_and_stories(store_spec, tmp_path, capsys):
    """The write side of story membership, written by hand: renames keep the id, a document can move."""
    with open_store(store_spec) as store:
        ingest_into(store, [str(pile(tmp_path))])
        with store.batch() as b:
            b.put_story("S1", "Night ferry")
            b.join_story("ferry", "S1")
            b.join_story("ferry-copy", "S1")
            b.put_story("S2", "Fish market")
            b.join_story("market", "S2")
        with store.batch() as b:
            b.put_story("S1", "Night ferry returns")  # renamed, same id
            b.join_story("ferry-copy", "S2")  # moved
        assert [(s.id, s.title, s.documents) for s in store.stories()] == [("S1", "Night ferry returns", 1),
                                                                             ("S2", "Fish market", 2)]
        assert {r.id: r.story for r in store.documents()} == {"bad": None, "ferry-copy": "S2", "ferry": "S1",
                                                              "market": "S2"}
    assert main(["stories", "--store", store_spec, "--json"]) == 0
    assert [s["id"] for s in json.loads(capsys.readouterr().out)] == ["S1", "S2"]


def test_dossier_of_one_stored_story_keeps_provenance(store_spec, tmp_path, capsys):
    d = pile(tmp_path)
    (d / "ferry-later.txt").write_text(FERRY_LATER, encoding="utf-8")
    with open_store(store_spec) as store:
        ingest_into(store, [str(d)])
        members = {r.id: r.story for r in store.documents()}
    sid = members["ferry"]
    out = tmp_path / "out"
    assert main(["dossier", sid, "--store", store_spec, "-o", str(out), "-q"]) == 0
    data = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert sorted(x["id"] for x in data["documents"]) == sorted(k for k, v in members.items() if v == sid)
    texts = {x["id"]: x["text"] for x in data["documents"]}
    spans = [(s["doc"], s) for s in data["summary"]] + [(sp["doc"], sp) for s in data["summary"] for sp in s["support"]]
    spans += [(x["id"], m) for x in data["documents"] for m in x.get("mentions", [])]
    assert data["summary"] and len(spans) > len(data["summary"])
    for doc, sp in spans:  # every span points into the stored, cleaned text
        assert texts[doc][sp["start"]:sp["end"]] == sp["text"]
    assert main(["dossier", "S999", "--store", store_spec, "-o", str(out)]) == 2
    assert "no story 'S999'" in capsys.readouterr().err


def test_ingest_stores_name_mentions_with_provenance(store_spec, tmp_path):
    """The NER runs at ingest: each added document with text has a "mentions" analysis whose every item points
    into the stored cleaned text (text == text[start:end]); the bad record has none and keeps its error."""
    d = pile(tmp_path)
    with open_store(store_spec) as store:
        ingest_into(store, [str(d)])
        found = {}
        for row in store.documents():
            doc = store.document(row.id)
            found[row.id] = store.analysis(row.id, "mentions")
            for m in found[row.id] or []:
                assert set(m) == {"doc", "start", "end", "text", "label"}
                assert m["doc"] == row.id and doc.text[m["start"]:m["end"]] == m["text"] != ""
    assert found["bad"] is None
    assert "Kestrel Bay" in {m["text"] for m in found["ferry"]}  # a place the invented report names
    assert all(found[k] is not None for k in ("ferry", "ferry-copy", "market"))


def test_a_document_whose_name_pass_fails_is_stored_with_the_error_and_still_grouped(store_spec, tmp_path,
                                                                                     monkeypatch):
    import newsdossier.analyze as analyze

    real = analyze.mentions

    def failing(sdoc):
        if "fish market" in sdoc.text:
            raise ValueError("broken NER output")
        return real(sdoc)

    monkeypatch.setattr(analyze, "mentions", failing)
    d = pile(tmp_path)
    with open_store(store_spec) as store:
        report = ingest_into(store, [str(d)])
        rows = {r.id: r for r in store.documents()}
        assert store.analysis("market", "mentions") is None
        assert store.analysis("ferry", "mentions")  # its batch-mates keep their names
    assert rows["market"].error.startswith("analyze/names failed: ValueError: broken NER output")
    assert rows["market"].story is not None  # placed on its title and lead alone
    assert report.failed == 2  # the unreadable record and the market report


def test_ingest_rebuilds_only_the_dossiers_of_stories_that_changed(tmp_path, capsys):
    spec, out = str(tmp_path / "s.db"), tmp_path / "site"
    assert main(["ingest", str(pile(tmp_path)), "--store", spec, "--dossiers", str(out), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert index["schema"] == "newsdossier/index@1" and (out / "index.html").exists()
    listed = [i for s in index["stories"] for i in s["documents"]] + index["unassigned"]
    assert sorted(listed) == ["bad", "ferry", "ferry-copy", "market"]  # every stored document exactly once
    info = {d["id"]: d for d in index["document_info"]}  # as build writes it: the page shows titles and errors
    assert sorted(info) == sorted(listed) and info["bad"]["errors"] and not info["ferry"]["errors"]
    assert info["market"]["story"] is None  # below a story's minimum size: in no story, as in `unassigned`
    (ferry_story,) = index["stories"]  # the lone market report is below a story's minimum size
    assert sorted(ferry_story["documents"]) == ["ferry", "ferry-copy"] and first["dossiers_rebuilt"] == [ferry_story["id"]]
    dossier = json.loads((out / ferry_story["path"] / "dossier.json").read_text(encoding="utf-8"))
    assert {d["id"] for d in dossier["documents"]} == {"ferry", "ferry-copy"}
    later = tmp_path / "later"
    later.mkdir()
    (later / "ferry-later.txt").write_text(FERRY_LATER, encoding="utf-8")
    assert main(["ingest", str(later), "--store", spec, "--dossiers", str(out), "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["dossiers_rebuilt"] == [ferry_story["id"]]  # the grown story only
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert "ferry-later" in index["stories"][0]["documents"]
    assert main(["ingest", str(later), "--store", spec, "--dossiers", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["dossiers_rebuilt"] == []  # nothing new, nothing rebuilt
