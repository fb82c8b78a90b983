"""Shared fixtures: the shared reference data (skipped cleanly when absent) and one build per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "corpora" / "csto-withdrawal-2022"
REFERENCE_EXPECTED = SHARED / "spec" / "csto-withdrawal-2022.expected.json"
EXAMPLE = ROOT / "examples" / "harbour-strike"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not available: {path} (clone the project with ../shared beside it)")
    return path


@pytest.fixture(scope="session")
def nlp():
    from newsdossier.analyze import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def reference_dossier():
    """The reference story built once: (Dossier, contract dict)."""
    from newsdossier.pipeline import build

    need_shared(REFERENCE)
    d = build([REFERENCE])
    return d, d.to_dict()


@pytest.fixture(scope="session")
def reference_expected():
    return json.loads(need_shared(REFERENCE_EXPECTED).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_dossier():
    from newsdossier.pipeline import build

    d = build([EXAMPLE])
    return d, d.to_dict()


@pytest.fixture(scope="session")
def example_expected():
    return json.loads((EXAMPLE.parent / "harbour-strike.expected.json").read_text(encoding="utf-8"))
