"""The command line as a user meets it: exit codes, one-line errors, outputs and digest."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import EXAMPLE


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "newsdossier", *args], capture_output=True, text=True, cwd=cwd)


def test_missing_input_is_one_line_exit_2(tmp_path):
    r = run("build", str(tmp_path / "missing"), "-o", str(tmp_path / "out"))
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "input not found" in r.stderr
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "out").exists()


def test_eval_missing_data_dir_exit_2(tmp_path):
    r = run("eval", "extraction", "--data", str(tmp_path / "nope"))
    assert r.returncode == 2 and "not found" in r.stderr and "Traceback" not in r.stderr


def test_build_example_writes_three_outputs_and_digest(tmp_path):
    out = tmp_path / "out"
    r = run("build", str(EXAMPLE), "-o", str(out), "--timings")
    assert r.returncode == 0, r.stderr
    for name in ("dossier.json", "dossier.md", "dossier.html"):
        assert (out / name).stat().st_size > 0
    data = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert len(data["documents"]) == 5
    for word in ("documents", "entities", "timeline", "claims", "quotes", "written", "timings"):
        assert word in r.stdout
    assert str(out / "dossier.html") in r.stdout
    assert "Traceback" not in r.stderr
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))  # a one-story pile also gets its index
    assert index["schema"] == "newsdossier/index@1" and len(index["stories"]) == 1 and index["unassigned"] == []
    story = index["stories"][0]
    assert sorted(story["documents"]) == sorted(x["id"] for x in data["documents"])
    assert json.loads((out / story["path"] / "dossier.json").read_text(encoding="utf-8")) == data


def test_build_with_no_usable_document_exits_1(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("   \n")
    r = run("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert r.returncode == 1
    data = json.loads((tmp_path / "out" / "dossier.json").read_text())
    assert data["documents"][0]["errors"] == ["empty document"]
    index = json.loads((tmp_path / "out" / "index.json").read_text())
    assert index["stories"] == [] and index["unassigned"] == ["empty"]


def test_output_folder_inside_the_input_is_not_read_back(tmp_path):
    src = tmp_path / "story"
    src.mkdir()
    (src / "a.txt").write_text("Harbour workers walked out on Monday, the union said.\n")
    out = src / "out"
    for _ in range(2):  # the second build finds the first one's dossier.json/.md/.html inside its input
        r = run("build", str(src), "-o", str(out))
        assert r.returncode == 0, r.stderr
    data = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in data["documents"]] == ["a"]
    assert any(x["path"].endswith("out") and "output folder" in x["reason"] for x in data.get("rejected", []))
