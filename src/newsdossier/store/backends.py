"""The two engines behind one small interface: run SQL with `?` placeholders, and transactions.

Why so thin: the store's SQL is written once; only placeholders (`?` for sqlite3, `%s` for psycopg), JSON
values and how a connection is opened differ. Engine errors become `StoreError` with the engine's own message,
so the command line can say what went wrong in one line.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator


class StoreError(Exception):
    """A store that cannot be opened or written (bad path or URL, not a store, engine error): one line for the user."""


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


class Backend:
    """One open connection. `engine` is "sqlite" or "postgresql"."""

    engine = ""
    errors: tuple[type[BaseException], ...] = ()

    def execute(self, sql: str, params: tuple | list = ()) -> Any: ...
    def transaction(self): ...
    def close(self) -> None: ...

    def rows(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        return list(self.execute(sql, params).fetchall())

    def value(self, sql: str, params: tuple | list = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    @staticmethod
    def json_in(value: Any) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False, default=str)

    @staticmethod
    def json_out(value: Any) -> Any:
        """JSON columns read back: text under SQLite, already decoded under PostgreSQL (JSONB)."""
        return json.loads(value) if isinstance(value, str) else value

    @contextmanager
    def guarded(self, what: str) -> Iterator[None]:
        """Engine errors raised inside become StoreError("<what>: <engine message>")."""
        try:
            yield
        except self.errors as exc:
            raise StoreError(f"{what}: {_first_line(exc)}") from exc


class SQLiteBackend(Backend):
    engine = "sqlite"
    errors = (sqlite3.Error,)

    def __init__(self, path: str, create: bool = True) -> None:
        p = Path(path)
        if p.is_dir():
            raise StoreError(f"store path is a folder, not a file: {path}")
        if not p.parent.exists():
            raise StoreError(f"store folder does not exist: {p.parent}")
        if not create and not p.exists():
            raise StoreError(f"store not found: {path} (`newsdossier ingest ... --store {path}` creates it)")
        with self.guarded(f"cannot open store {path}"):
            # autocommit mode: transactions are explicit (BEGIN IMMEDIATE ... COMMIT), one per batch
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA schema_version").fetchone()  # fails on a file that is no SQLite database
            self.conn.execute("PRAGMA journal_mode = WAL")

    def execute(self, sql, params=()):
        return self.conn.execute(sql, params)

    @contextmanager
    def transaction(self):
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


class PostgresBackend(Backend):
    engine = "postgresql"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:  # a dependency of the package; a broken install says so
            raise StoreError(f"PostgreSQL store needs psycopg (pip install psycopg): {exc}") from exc
        self.errors = (psycopg.Error,)
        with self.guarded(f"cannot connect to PostgreSQL store {_redact(url)}"):
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)

    def execute(self, sql, params=()):
        if not params:  # no parameters: psycopg reads the SQL as it is ('%' literal)
            return self.conn.execute(sql)
        return self.conn.execute(sql.replace("%", "%%").replace("?", "%s"), params)

    @contextmanager
    def transaction(self):
        with self.conn.transaction():
            yield

    def close(self) -> None:
        self.conn.close()


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def connect(spec: str, create: bool = True) -> Backend:
    """A SQLite file path (the default) or a `postgresql://` URL; any other URL scheme is refused. With
    `create` false a missing SQLite file is an error (reading a store never creates one by a typo)."""
    spec = str(spec)
    if spec.startswith(POSTGRES_SCHEMES):
        return PostgresBackend(spec)
    if "://" in spec:
        scheme = spec.split("://", 1)[0]
        raise StoreError(f"unsupported store URL scheme '{scheme}://' (use a file path for SQLite or postgresql://...)")
    if not spec.strip():
        raise StoreError("empty store path")
    return SQLiteBackend(spec, create)
