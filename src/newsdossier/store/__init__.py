"""The corpus store: documents, cleaned text, removed lines, analysis results, stories and story membership,
in SQLite (a file path, the embedded default) or PostgreSQL (a `postgresql://` URL), one schema for both.

Why a store: a corpus arrives as a stream over days (crawls, feeds, exports); what was read, cleaned, found to be
a copy or grouped into a story must persist between runs. Writes come in batches, each one transaction
(`Store.batch`): a crash mid-batch loses nothing committed before and leaves no half-written document. Every
document is stored with a content hash, so reading the same input again adds nothing.

The store knows `model.Document` and plain values only; reading inputs, cleaning and finding copies are the
stages' work (`newsdossier.corpus` runs them and writes here).
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterator

from ..model import Document, Removed
from .backends import Backend, StoreError, connect
from .schema import LATEST, MIGRATIONS

__all__ = ["Store", "StoreError", "open_store", "StoredDocument", "SearchHit", "StoryRow", "Batch", "LATEST"]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class StoredDocument:
    """One row of the document listing (`newsdossier documents`)."""

    id: str
    path: str | None
    url: str | None
    title: str | None
    source: str | None
    published: str | None
    published_basis: str
    language: str | None
    story: str | None
    duplicate_of: str | None
    family: str | None
    error: str | None


@dataclass
class SearchHit:
    """A full-text match: the document, its title and a snippet with the matched words in [brackets]."""

    doc_id: str
    title: str | None
    snippet: str
    rank: float


@dataclass
class StoryRow:
    id: str
    title: str | None
    documents: int
    created_at: str
    updated_at: str


_LISTED = "d.id, d.path, d.url, d.title, d.source, d.published, d.published_basis, d.language, m.story_id, " \
          "d.duplicate_of, d.family, d.error"
_LOADED = "id, path, url, title, source, author, published, published_basis, language, raw_text, text, " \
          "duplicate_of, family, error, meta"


class Batch:
    """Writes of one transaction (made by `Store.batch`); nothing is visible to others until it commits."""

    def __init__(self, store: "Store", batch_id: int) -> None:
        self.store, self.id, self.db = store, batch_id, store.db

    def add(self, doc: Document, content_hash: str, text_hash: str | None) -> bool:
        """Insert a document with its removed lines; False (nothing written) when its content hash is known."""
        cur = self.db.execute(
            "INSERT INTO documents (id, path, url, title, source, author, published, published_basis, language, "
            "content_hash, text_hash, raw_text, text, duplicate_of, family, error, meta, batch_id, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING",
            (doc.id, doc.path, doc.url, doc.title, doc.source, doc.author, doc.published, doc.published_basis,
             doc.language, content_hash, text_hash, doc.raw_text, doc.text, doc.duplicate_of, doc.family,
             "\n".join(doc.errors) or None, self.db.json_in(doc.meta), self.id, _now()))
        if cur.rowcount == 0:
            return False
        for n, r in enumerate(doc.removed):
            self.db.execute("INSERT INTO removed_lines (doc_id, n, line, text, reason, score) VALUES (?, ?, ?, ?, ?, ?)",
                            (doc.id, n, r.line, r.text, r.reason, r.score))
        return True

    def set_copy(self, doc_id: str, duplicate_of: str | None, family: str | None) -> None:
        """Point a stored document to its original and family (an earlier original arrived later)."""
        self.db.execute("UPDATE documents SET duplicate_of = ?, family = ? WHERE id = ?", (duplicate_of, family, doc_id))

    def put_analysis(self, doc_id: str, kind: str, result: Any) -> None:
        """Store (or replace) one analysis result of a document as JSON."""
        self.db.execute("DELETE FROM analysis WHERE doc_id = ? AND kind = ?", (doc_id, kind))
        self.db.execute("INSERT INTO analysis (doc_id, kind, result, created_at) VALUES (?, ?, ?, ?)",
                        (doc_id, kind, self.db.json_in(result), _now()))

    def put_story(self, story_id: str, title: str | None, meta: dict | None = None) -> None:
        """Create a story or update its title and meta (its id and creation time stay: ids are stable)."""
        now = _now()
        self.db.execute("INSERT INTO stories (id, title, created_at, updated_at, meta) VALUES (?, ?, ?, ?, ?) "
                        "ON CONFLICT (id) DO UPDATE SET title = excluded.title, updated_at = excluded.updated_at, "
                        "meta = excluded.meta", (story_id, title, now, now, self.db.json_in(meta or {})))

    def join_story(self, doc_id: str, story_id: str) -> None:
        """Make a document a member of a story (a document belongs to one story at most: it moves)."""
        self.db.execute("DELETE FROM story_members WHERE doc_id = ?", (doc_id,))
        self.db.execute("INSERT INTO story_members (doc_id, story_id, joined_at) VALUES (?, ?, ?)",
                        (doc_id, story_id, _now()))

    def put_state(self, name: str, value: str) -> None:
        """Save the named state of an online step (written with the batch: a crash keeps the previous one)."""
        self.db.execute("INSERT INTO state (name, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE "
                        "SET value = excluded.value, updated_at = excluded.updated_at", (name, value, _now()))

    def finish(self, counts: dict[str, Any]) -> None:
        self.db.execute("UPDATE batches SET finished_at = ?, counts = ? WHERE id = ?",
                        (_now(), self.db.json_in(counts), self.id))


class Store:
    """An open store (see `open_store`). Reads run outside or inside a batch; writes only inside one."""

    def __init__(self, db: Backend, spec: str) -> None:
        self.db, self.spec = db, spec

    @property
    def engine(self) -> str:
        return self.db.engine

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ schema

    def version(self) -> int:
        return int(self.db.value("SELECT COALESCE(MAX(version), 0) FROM schema_migrations") or 0)

    def migrate(self) -> list[int]:
        """Apply the migrations this store lacks, each in its own transaction; the versions applied."""
        with self.db.guarded(f"cannot prepare store {self.spec}"):
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                            "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            have = self.version()
            if have > LATEST:
                raise StoreError(f"store {self.spec} has schema version {have}, newer than this newsdossier "
                                 f"knows ({LATEST}); upgrade newsdossier")
            done = []
            for m in MIGRATIONS:
                if m.version <= have:
                    continue
                with self.db.transaction():
                    for sql in m.sql(self.engine):
                        self.db.execute(sql)
                    self.db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                                    (m.version, m.name, _now()))
                done.append(m.version)
        return done

    # ------------------------------------------------------------------ writing

    @contextmanager
    def batch(self, inputs: list[str] | None = None) -> Iterator[Batch]:
        """One transaction: everything written inside commits together, or (on any exception) not at all."""
        with self.db.guarded(f"store {self.spec}"):
            with self.db.transaction():
                cur = self.db.execute("INSERT INTO batches (started_at, inputs) VALUES (?, ?) RETURNING id",
                                      (_now(), self.db.json_in(inputs or [])))
                yield Batch(self, int(cur.fetchone()[0]))

    # ------------------------------------------------------------------ reading

    def known_hashes(self, hashes: list[str]) -> set[str]:
        """The content hashes among `hashes` already stored."""
        found: set[str] = set()
        for chunk in _chunks(hashes, 500):
            marks = ", ".join("?" * len(chunk))
            found.update(r[0] for r in self.db.rows(f"SELECT content_hash FROM documents WHERE content_hash IN ({marks})",
                                                    chunk))
        return found

    def taken_ids(self, ids: list[str]) -> set[str]:
        taken: set[str] = set()
        for chunk in _chunks(ids, 500):
            marks = ", ".join("?" * len(chunk))
            taken.update(r[0] for r in self.db.rows(f"SELECT id FROM documents WHERE id IN ({marks})", chunk))
        return taken

    def id_exists(self, doc_id: str) -> bool:
        return self.db.value("SELECT 1 FROM documents WHERE id = ?", (doc_id,)) is not None

    def with_text_hashes(self, hashes: list[str]) -> list[Document]:
        """Stored documents whose normalised text hash is among `hashes` (exact copies of new arrivals)."""
        out: list[Document] = []
        for chunk in _chunks(hashes, 500):
            marks = ", ".join("?" * len(chunk))
            out += [self._doc(r) for r in self.db.rows(
                f"SELECT {_LOADED} FROM documents WHERE text_hash IN ({marks}) ORDER BY seq", chunk)]
        return out

    def recent(self, limit: int) -> list[Document]:
        """The `limit` documents stored last that have text (candidates for near copies of new arrivals)."""
        rows = self.db.rows(f"SELECT {_LOADED} FROM documents WHERE text <> '' ORDER BY seq DESC LIMIT ?", (limit,))
        return [self._doc(r) for r in reversed(rows)]

    def document(self, doc_id: str) -> Document | None:
        """A stored document with its cleaned text and removed lines (offsets as when it was stored)."""
        rows = self.db.rows(f"SELECT {_LOADED} FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            return None
        doc = self._doc(rows[0])
        doc.removed = [Removed(text=t, reason=r, line=ln, score=s) for ln, t, r, s in self.db.rows(
            "SELECT line, text, reason, score FROM removed_lines WHERE doc_id = ? ORDER BY n", (doc_id,))]
        return doc

    def story_documents(self, story_id: str) -> list[Document]:
        """The documents of one story, in arrival order, each as `document` gives it; [] for an unknown story."""
        ids = [r[0] for r in self.db.rows("SELECT m.doc_id FROM story_members m JOIN documents d ON d.id = m.doc_id "
                                          "WHERE m.story_id = ? ORDER BY d.seq", (story_id,))]
        return [doc for doc in (self.document(i) for i in ids) if doc is not None]

    def story_ids(self) -> set[str]:
        return {r[0] for r in self.db.rows("SELECT id FROM stories")}

    def story_exists(self, story_id: str) -> bool:
        return self.db.value("SELECT 1 FROM stories WHERE id = ?", (story_id,)) is not None

    def _doc(self, r: tuple) -> Document:
        (doc_id, path, url, title, source, author, published, basis, language, raw, text, dup, family, error,
         meta) = r
        return Document(id=doc_id, path=path, url=url, title=title, source=source, author=author, published=published,
                        published_basis=basis, language=language, raw_text=raw, text=text, duplicate_of=dup,
                        family=family, errors=error.split("\n") if error else [], meta=self.db.json_out(meta) or {})

    def documents(self) -> Iterator[StoredDocument]:
        """Every document in arrival order, with its story (None until grouped)."""
        cur = self.db.execute(f"SELECT {_LISTED} FROM documents d LEFT JOIN story_members m ON m.doc_id = d.id "
                              "ORDER BY d.seq")
        for r in cur:
            yield StoredDocument(*r)

    def count(self) -> int:
        """Number of documents."""
        return int(self.db.value("SELECT COUNT(*) FROM documents"))

    def analysis(self, doc_id: str, kind: str) -> Any:
        return self.db.json_out(self.db.value("SELECT result FROM analysis WHERE doc_id = ? AND kind = ?",
                                              (doc_id, kind)))

    def next_family(self) -> int:
        """The number of the next new family ("F<n>"): one past the highest stored."""
        top = self.db.value("SELECT MAX(CAST(substr(family, 2) AS INTEGER)) FROM documents WHERE family LIKE 'F%'")
        return int(top or 0) + 1

    def stories(self) -> list[StoryRow]:
        rows = self.db.rows("SELECT s.id, s.title, COUNT(m.doc_id), s.created_at, s.updated_at FROM stories s "
                            "LEFT JOIN story_members m ON m.story_id = s.id "
                            "GROUP BY s.id, s.title, s.created_at, s.updated_at ORDER BY s.created_at, s.id")
        return [StoryRow(*r) for r in rows]

    def state(self, name: str) -> str | None:
        """The named state an online step saved (`Batch.put_state`), or None before its first run."""
        value = self.db.value("SELECT value FROM state WHERE name = ?", (name,))
        return None if value is None else str(value)

    def count_stories(self) -> int:
        return int(self.db.value("SELECT COUNT(*) FROM stories"))

    def batches(self) -> int:
        return int(self.db.value("SELECT COUNT(*) FROM batches"))

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        """Documents matching every word of `query` (title or cleaned text), best first, with a snippet.

        The query is words, not a query language: operators and quotes are read as plain words, so any
        string a user types is a valid search."""
        words = re.findall(r"\w+", query or "")
        if not words:
            return []
        if self.engine == "sqlite":
            match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
            rows = self.db.rows(
                "SELECT d.id, d.title, snippet(documents_fts, 1, '[', ']', '…', 16), bm25(documents_fts) "
                "FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid "
                "WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts) LIMIT ?", (match, limit))
            return [SearchHit(r[0], r[1], r[2], -float(r[3])) for r in rows]
        rows = self.db.rows(
            "SELECT d.id, d.title, ts_headline('simple', d.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8'), "
            "ts_rank(d.tsv, q) FROM documents d, plainto_tsquery('simple', ?) q WHERE d.tsv @@ q "
            "ORDER BY 4 DESC, d.seq LIMIT ?", (" ".join(words), limit))
        return [SearchHit(r[0], r[1], r[2], float(r[3])) for r in rows]


def _chunks(items: list, n: int) -> Iterator[list]:
    items = list(items)
    for i in range(0, len(items), n):
        yield items[i:i + n]


def open_store(spec: str, *, migrate: bool = True, create: bool = True) -> Store:
    """Open (and create or bring up to date) the store at `spec`: a file path (SQLite) or a postgresql:// URL.
    `create=False` refuses a SQLite file that does not exist yet. Raises StoreError with a one-line reason."""
    db = connect(spec, create)
    store = Store(db, str(spec))
    if migrate:
        try:
            store.migrate()
        except StoreError:
            db.close()
            raise
    return store
