"""The store's schema: one set of tables for SQLite and PostgreSQL, applied as numbered migrations.

Why migrations: a store outlives the program that made it; a newer newsdossier opens an older store and brings
it up to date step by step (each step once, recorded in `schema_migrations`), and an older newsdossier refuses
a store made by a newer one rather than misreading it. Column types differ only where the engines do (an
auto-numbered key, JSON); full-text search is each engine's own (SQLite FTS5, PostgreSQL tsvector + GIN).
"""

from __future__ import annotations

from dataclasses import dataclass

# engine-specific spellings of the few types that differ
TYPES = {
    "sqlite": {"SERIAL": "INTEGER PRIMARY KEY AUTOINCREMENT", "JSON": "TEXT"},
    "postgresql": {"SERIAL": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "JSON": "JSONB"},
}

_CORE = [
    """CREATE TABLE batches (
        id {SERIAL},
        started_at TEXT NOT NULL,
        finished_at TEXT,
        inputs {JSON},
        counts {JSON}
    )""",
    # seq: arrival order (and the full-text index's row number); id: the document id used everywhere else;
    # duplicate_of is checked at commit: a batch may store a copy before the original it points to
    """CREATE TABLE documents (
        seq {SERIAL},
        id TEXT NOT NULL UNIQUE,
        path TEXT,
        url TEXT,
        title TEXT,
        source TEXT,
        author TEXT,
        published TEXT,
        published_basis TEXT NOT NULL DEFAULT 'unknown',
        language TEXT,
        content_hash TEXT NOT NULL UNIQUE,
        text_hash TEXT,
        raw_text TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        duplicate_of TEXT REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED,
        family TEXT,
        error TEXT,
        meta {JSON},
        batch_id BIGINT REFERENCES batches(id),
        ingested_at TEXT NOT NULL
    )""",
    "CREATE INDEX documents_text_hash ON documents(text_hash)",
    "CREATE INDEX documents_family ON documents(family)",
    "CREATE INDEX documents_published ON documents(published)",
    """CREATE TABLE removed_lines (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        line INTEGER,
        text TEXT NOT NULL,
        reason TEXT NOT NULL,
        score REAL,
        PRIMARY KEY (doc_id, n)
    )""",
    """CREATE TABLE analysis (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        result {JSON} NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (doc_id, kind)
    )""",
    """CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        meta {JSON}
    )""",
    """CREATE TABLE story_members (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        joined_at TEXT NOT NULL
    )""",
    "CREATE INDEX story_members_story ON story_members(story_id)",
]

_FTS = {
    # external-content FTS5 over title and cleaned text, kept in step by triggers; accents folded
    "sqlite": [
        """CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq',
           tokenize='unicode61 remove_diacritics 2')""",
        """CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
           INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END""",
        """CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
           INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
           END""",
        """CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
           INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
           INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END""",
    ],
    # the 'simple' configuration: no stemming or stop words of one language, as the store holds many
    "postgresql": [
        """ALTER TABLE documents ADD COLUMN tsv tsvector
           GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED""",
        "CREATE INDEX documents_tsv ON documents USING GIN (tsv)",
    ],
}


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: dict[str, list[str]]  # engine -> SQL statements

    def sql(self, engine: str) -> list[str]:
        return [s.format(**TYPES[engine]) for s in self.statements[engine]]


MIGRATIONS = [
    Migration(1, "documents, removed lines, analysis results, stories and story membership",
              {"sqlite": _CORE, "postgresql": _CORE}),
    Migration(2, "full-text search over title and cleaned text", _FTS),
    # the state of online steps that continue across ingests (the story grouping's open stories), by name
    Migration(3, "named state of online steps", {e: ["CREATE TABLE state (name TEXT PRIMARY KEY, value TEXT NOT NULL, "
                                                     "updated_at TEXT NOT NULL)"] for e in ("sqlite", "postgresql")}),
]

LATEST = MIGRATIONS[-1].version
