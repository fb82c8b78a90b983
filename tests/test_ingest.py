"""Ingest: formats, encodings, metadata, ids, and errors that keep their document."""

from __future__ import annotations

import json

import pytest

from newsdossier.ingest import InputError, decode_bytes, ingest, parse_date, text_metadata


def test_text_title_and_date_line(tmp_path):
    (tmp_path / "a.txt").write_text("Date: 3 March 2025\n\nPort strike ends\n\nWorkers returned on Monday.\n")
    (doc,) = ingest([tmp_path]).documents
    assert doc.id == "a"
    assert doc.title == "Port strike ends"
    assert (doc.published, doc.published_basis) == ("2025-03-03", "dateline")


def test_kicker_is_not_the_title():
    meta = text_metadata("ANALYSIS\nWhy the harbour strike spread so fast\n\nBody text here.")
    assert meta["title"] == "Why the harbour strike spread so fast"
    assert meta["kicker"] == "ANALYSIS"


def test_dateline_with_year_sets_date_and_without_year_is_kept_for_inference():
    meta = text_metadata("Title\nLONDON, 4 March 2025 (Reuters) - Something happened today.")
    assert meta["published"] == "2025-03-04"
    meta = text_metadata("Title\nPARIS, March 4 (AFP) - Something happened today.")
    assert "published" not in meta and meta["dateline_date"] == "March 4"


def test_dateline_day_without_year_is_a_typed_field_not_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nPARIS, March 4 (AFP) - Something happened today.\n")
    (doc,) = ingest([tmp_path]).documents
    assert doc.dateline_date == "March 4" and doc.published is None
    assert "dateline_date" not in doc.meta


def test_long_first_line_gives_a_sentence_title():
    meta = text_metadata("A week and then go away. " + "Long body sentence goes on and on. " * 10)
    assert meta["title"] == "A week and then go away."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1251", "utf-8-sig"])
def test_encodings(encoding):
    text = "Президент заявил, что войска уйдут через десять дней. Это важно для всех граждан страны."
    decoded, _ = decode_bytes(text.encode(encoding))
    assert decoded == text


def test_latin1_fallback():
    decoded, _ = decode_bytes("Le ministre a déclaré que la grève était terminée à Paris.".encode("latin-1"))
    assert "déclaré" in decoded


def test_html_json_jsonl(tmp_path):
    body = "<p>" + "The dockworkers voted to end the strike after nine days of talks. " * 6 + "</p>"
    html = (f"<html><head><title>Strike over</title><meta property='article:published_time' "
            f"content='2025-03-05T09:00:00Z'></head><body><nav>Home | World</nav><article><h1>Strike over</h1>"
            f"{body}</article></body></html>")
    (tmp_path / "p.html").write_text(html)
    (tmp_path / "r.json").write_text(json.dumps({"id": "rec-1", "text": "Head\n\nBody text of the record.",
                                                 "published": "2025-03-06", "source": "Daily"}))
    lines = [json.dumps({"id": "j1", "title": "T1", "text": "First body."}), "{broken",
             json.dumps({"id": "j3", "text": 42}), json.dumps({"id": "j1", "text": "Duplicate id body."})]
    (tmp_path / "s.jsonl").write_text("\n".join(lines))
    (tmp_path / "notes.csv").write_text("a,b")
    res = ingest([tmp_path])
    by_id = {d.id: d for d in res.documents}
    assert "dockworkers voted" in by_id["p"].raw_text and by_id["p"].published == "2025-03-05"
    assert by_id["p"].title == "Strike over"
    assert by_id["rec-1"].source == "Daily" and by_id["rec-1"].published_basis == "metadata"
    assert by_id["j1"].title == "T1" and by_id["j1-2"].raw_text.startswith("Duplicate")
    assert any("line 2" in e for d in res.documents for e in d.errors)
    assert any("no 'text'" in e for e in by_id["j3"].errors)
    assert res.rejected and res.rejected[0]["path"].endswith("notes.csv")


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        ingest([tmp_path / "nope"])


def test_unreadable_file_in_folder_keeps_an_entry(tmp_path):
    (tmp_path / "ok.txt").write_text("Title\n\nBody.")
    (tmp_path / "empty.txt").write_text("   \n")
    res = ingest([tmp_path])
    empty = next(d for d in res.documents if d.id == "empty")
    assert empty.errors == ["empty document"]


def test_parse_date_requires_a_year():
    assert parse_date("13 January 2022") == "2022-01-13"
    assert parse_date("2022-01-13T10:00:00+06:00") == "2022-01-13"
    assert parse_date("January 13") is None
    assert parse_date("not a date 2022x") is None


def test_ids_have_no_control_characters(tmp_path):
    (tmp_path / "new\nline.txt").write_text("Title\n\nBody about the strike.")
    (tmp_path / "r.jsonl").write_text(json.dumps({"id": "a\tb", "text": "Body."}))
    ids = sorted(d.id for d in ingest([tmp_path]).documents)
    assert ids == ["a_b", "new_line"]


def test_permission_denied_keeps_the_document_with_its_reason(tmp_path, monkeypatch):
    """Root reads any file, so the denial is injected at the read itself."""
    from pathlib import Path

    (tmp_path / "ok.txt").write_text("Title\n\nBody.")
    (tmp_path / "locked.txt").write_text("Title\n\nSecret.")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    docs = {d.id: d for d in ingest([tmp_path]).documents}
    assert docs["locked"].errors == ["cannot read file: Permission denied"]
    assert docs["ok"].errors == [] and "Body." in docs["ok"].raw_text


def test_a_bug_while_parsing_is_reported_as_a_bug_not_as_bad_input(tmp_path, monkeypatch):
    import newsdossier.ingest as ing

    def boom(doc, text):
        raise TypeError("parser bug")

    monkeypatch.setattr(ing, "_from_text", boom)
    (tmp_path / "a.txt").write_text("Title\n\nBody.\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "r1", "text": "Body."}) + "\n")
    docs = {d.id: d for d in ingest([tmp_path]).documents}
    assert docs["a"].errors == ["ingest failed: TypeError: parser bug"]
    assert docs["r1"].errors == ["ingest failed: TypeError: parser bug"]


def test_bad_json_is_reported_as_bad_input(tmp_path):
    (tmp_path / "bad.json").write_text("{not json")
    (tmp_path / "list.json").write_text("[1, 2]")
    docs = {d.id: d for d in ingest([tmp_path]).documents}
    assert docs["bad"].errors[0].startswith("cannot parse .json: ")
    assert docs["list"].errors == ["cannot parse .json: a .json file must hold one record (an object)"]


def test_limits_default_to_the_run_settings(tmp_path):
    from newsdossier.config import DEFAULTS, override, use
    from newsdossier.ingest import Limits

    (tmp_path / "a.txt").write_text("Title\n\n" + "Body text. " * 200)
    with use(override(DEFAULTS, {"ingest": {"max_file_mb": 0.001}})):
        assert Limits().max_file_mb == 0.001
        (doc,) = ingest([tmp_path]).documents
    assert "too large" in doc.errors[0]
    assert Limits().max_file_mb == DEFAULTS.ingest.max_file_mb
    assert Limits(max_file_mb=2.0).max_file_mb == 2.0  # the CLI's explicit flags still win
