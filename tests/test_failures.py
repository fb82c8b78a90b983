"""Each stage made to fail on purpose: the failure is reported where it happened and the run goes on."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsdossier.pipeline import build

TEXT = ("Harbour workers walked out on Monday, the union said. \"We will not move,\" said Ilse Tamm, a union leader.\n"
        "About 300 workers joined the strike by Tuesday, according to the port authority.\n")


def boom(*args, **kwargs):
    raise RuntimeError("deliberate failure")


@pytest.fixture
def story(tmp_path):
    p = tmp_path / "story"
    p.mkdir()
    (p / "a.txt").write_text("Date: 2025-03-04\n\n" + TEXT, encoding="utf-8")
    (p / "b.txt").write_text(TEXT.replace("300", "320"), encoding="utf-8")
    return p


# (module attribute to break, the stage name the error must carry)
PER_DOCUMENT = [
    ("newsdossier.analyze.parse", "analyze/parse"),
    ("newsdossier.analyze.temporal.find_timexes", "analyze/time"),
    ("newsdossier.analyze.quantities.find_quantities", "analyze/quantities"),
    ("newsdossier.analyze.quotes.find_quotes", "analyze/quotes"),
    ("newsdossier.analyze.publication.date_document", "publication-date"),
]
STORY = [
    ("newsdossier.crossdoc.entities.group_entities", "entities"),
    ("newsdossier.crossdoc.link_quotes", "quotes"),
    ("newsdossier.crossdoc.timeline.build_timeline", "timeline"),
    ("newsdossier.crossdoc.claims.build_claims", "claims"),
    ("newsdossier.summarize.summarize", "summarize"),
]


@pytest.mark.parametrize("target, stage", PER_DOCUMENT)
def test_a_failing_document_stage_is_recorded_on_the_document(monkeypatch, story, target, stage):
    monkeypatch.setattr(target, boom)
    d = build([story])
    failed = [doc for doc in d.documents if any(e.startswith(stage + " failed: RuntimeError") for e in doc.errors)]
    assert failed, [doc.errors for doc in d.documents]
    assert d.summary or stage == "analyze/parse", "the run must go on to the summary"
    if stage == "publication-date":  # only the undated document runs the pass
        assert [doc.id for doc in failed] == ["b"]


@pytest.mark.parametrize("target, stage", STORY)
def test_a_failing_story_step_is_recorded_on_the_dossier(monkeypatch, story, target, stage):
    monkeypatch.setattr(target, boom)
    d = build([story])
    assert d.errors == [{"stage": stage, "message": "RuntimeError: deliberate failure"}]
    assert all(doc.quotes or doc.timexes for doc in d.documents), "per-document layers are kept"
    if stage != "summarize":
        assert d.summary, "later steps still run"
    assert d.to_dict()["errors"] == d.errors


def test_strict_exits_1_on_a_story_step_failure(story, tmp_path):
    code = ("import sys, newsdossier.crossdoc.claims as c\n"
            "def boom(*a, **k):\n    raise RuntimeError('deliberate failure')\n"
            "c.build_claims = boom\n"
            "from newsdossier.cli import main\n"
            f"sys.exit(main(['build', {str(story)!r}, '-o', {str(tmp_path / 'out')!r}, '--strict']))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 1, r.stderr
    assert "step claims failed: RuntimeError" in r.stdout and "Traceback" not in r.stderr
    data = json.loads((tmp_path / "out" / "dossier.json").read_text(encoding="utf-8"))
    assert data["errors"][0]["stage"] == "claims" and data["claims"] == []


def test_settings_flags_reach_the_run(story, tmp_path):
    r = subprocess.run([sys.executable, "-m", "newsdossier", "build", str(story), "-o", str(tmp_path / "o"),
                        "--set", "nosuch.key=1"], capture_output=True, text=True)
    assert r.returncode == 2 and "unknown settings section 'nosuch'" in r.stderr and "Traceback" not in r.stderr
