"""The golden snapshot (tests/golden/): the product's output on a fixed sample must not change unnoticed.

A refactor keeps every section identical; an intended change regenerates the files
(`python tests/golden/snapshot.py --write`) and is listed, with its reason, in tests/golden/CHANGES.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "golden"))
import snapshot  # noqa: E402


@pytest.mark.parametrize("section", snapshot.SECTIONS)
def test_snapshot_unchanged(section):
    src = snapshot.source_of(section)
    if not src.exists():
        pytest.skip(f"shared data not available: {src} (clone the project with ../shared beside it)")
    old = json.loads(snapshot.path_of(section).read_text(encoding="utf-8"))
    new = snapshot.normalise(snapshot.make(section))
    differences = snapshot.diff(old, new)
    assert not differences, f"{section} snapshot changed ({len(differences)}+ places):\n" + "\n".join(differences)


def test_diff_sees_a_changed_value():
    old = {"quotes": [{"start": 1, "end": 5, "speaker_text": "Ann"}]}
    new = {"quotes": [{"start": 1, "end": 6, "speaker_text": "Ann"}]}
    assert snapshot.diff(old, new) == ["/quotes[0]/end: 5  ->  6"]
    assert snapshot.diff(old, json.loads(json.dumps(old))) == []
