"""Shared fixtures: the shared reference data (skipped cleanly when absent) and one build per session."""

from __future__ import annotations

import json
import os
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


@pytest.fixture(scope="session")
def postgres_server_url():
    """postgresql:// URL of a server for this session: NEWSDOSSIER_TEST_POSTGRES, else one started here."""
    from throwaway_postgres import PostgresServer, ServerUnavailable

    if os.environ.get("NEWSDOSSIER_TEST_POSTGRES"):
        yield os.environ["NEWSDOSSIER_TEST_POSTGRES"]
        return
    try:
        server = PostgresServer().start()
    except ServerUnavailable as exc:
        pytest.skip(f"PostgreSQL store tests need a server: {exc}")
    try:
        yield server.url
    finally:
        server.stop()


_DB_COUNTER = iter(range(1, 1_000_000))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_spec(request, tmp_path):
    """A fresh, empty store for one test, on each back end: a SQLite file, a new PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    import psycopg

    base = request.getfixturevalue("postgres_server_url")
    name = f"newsdossier_test_{os.getpid()}_{next(_DB_COUNTER)}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield base.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
