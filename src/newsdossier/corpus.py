"""Corpus mode: read inputs as a stream into a store, batch by batch — `newsdossier ingest INPUT... --store S`.

Each batch of documents runs ingest -> titles (site affixes learned from the batch's pages, as `build` does on
its pile) -> clean -> language -> copies (exact and near, `summarize.families`) -> names (NER mentions, stored
as the "mentions" analysis) -> stories and is written in one transaction. Why a stream of batches: a crawl does
not fit in memory, and a crash must not lose what was stored before it; why a content hash: inputs are re-read
(a feed polled again, a crawl resumed), and what is already stored must not come back as a second document.

Counts (`IngestReport`): `read` records read from the inputs; `added` stored now (copies and bad records
included); `unchanged` already stored (same content hash); `duplicates` added documents that copy an earlier
one; `failed` added documents that carry an error (stored with it, never dropped); `skipped` files rejected and
container records that are no article (a WARC's requests, revisits, non-HTML payloads), by reason in
`skipped_reasons`; `stories` stories in the store.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .clean import clean_documents
from .ingest import Limits, Tally, stream
from .model import Document
from .pipeline import settle_titles
from .store import Batch, Store
from .summarize.families import assign_families, text_hash

BATCH_SIZE = 200  # documents per transaction: repeated boilerplate lines are also counted within one batch
NEAR_COPY_WINDOW = 2000  # stored documents (the latest) a new arrival is compared with for near copies


@dataclass
class IngestReport:
    read: int = 0
    added: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0
    stories: int = 0
    stories_changed: list[str] = field(default_factory=list)  # stories that gained documents: to re-analyse
    skipped_reasons: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def content_hash(doc: Document) -> str:
    """What makes a record "the same input": where it came from (URL, else path) and what was read there
    (the decoded, normalised text, or the error for a record that could not be read)."""
    key = {"where": doc.url or doc.path or doc.id, "raw": doc.raw_text, "errors": [] if doc.raw_text else doc.errors}
    return hashlib.sha256(json.dumps(key, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _batched(docs: Iterable[Document], n: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(islice(it, n)):
        yield chunk


def ingest_into(store: Store, inputs: list[str], *, limits: Limits | None = None, batch_size: int = BATCH_SIZE,
                stdin: BinaryIO | None = None) -> IngestReport:
    """Read `inputs` into `store`, one transaction per batch. Raises ingest.InputError (a missing path) before
    anything is written, StoreError when the store fails (the batch in progress is rolled back)."""
    report = IngestReport()
    tally = Tally()
    for chunk in _batched(stream(inputs, limits, tally=tally, stdin=stdin), batch_size):
        report.read += len(chunk)
        with store.batch(inputs) as batch:
            counts, grown = _ingest_batch(store, batch, chunk)
            batch.finish(counts)
        report.stories_changed = sorted(set(report.stories_changed) | grown)
        for k, v in counts.items():
            setattr(report, k, getattr(report, k) + v)
    reasons = dict(tally.skipped)
    for r in tally.rejected:
        reasons[r["reason"]] = reasons.get(r["reason"], 0) + 1
    report.skipped, report.skipped_reasons = sum(reasons.values()), reasons
    report.stories = store.count_stories()
    return report


def _ingest_batch(store: Store, batch: Batch, chunk: list[Document]) -> tuple[dict[str, int], set[str]]:
    """Store the new documents of one batch; counts of this batch and the stories that gained documents."""
    settle_titles(chunk)  # learned from every page of the batch, also those already stored (the same pile as before)
    hashes = {d.id: content_hash(d) for d in chunk}
    known = store.known_hashes(list(hashes.values()))
    new: list[Document] = []
    for d in chunk:
        if hashes[d.id] not in known:
            known.add(hashes[d.id])  # the same record twice in one batch (a page crawled twice) is stored once
            new.append(d)
    if not new:
        return {"added": 0, "unchanged": len(chunk), "duplicates": 0, "failed": 0}, set()
    from .analyze import detect_language, name_mentions  # here: analyze loads spaCy, a re-read of known input not

    _rename_taken(store, new, hashes)
    clean_documents(new)
    for d in new:
        if d.text.strip():
            d.language = detect_language(d.text)
    text_hashes = {d.id: text_hash(d.text) for d in new if d.text.strip()}
    _assign_copies(store, batch, new, text_hashes)
    name_mentions([d for d in new if not d.errors])  # before `add`: a failed name pass is stored on the document
    added = [d for d in new if batch.add(d, hashes[d.id], text_hashes.get(d.id))]
    _store_mentions(batch, added)
    grown = group_into_stories(store, batch, added)
    return {"added": len(added), "unchanged": len(chunk) - len(added),
            "duplicates": sum(1 for d in added if d.duplicate_of), "failed": sum(1 for d in added if d.errors)}, grown


MENTIONS = "mentions"  # the analysis kind of the names found at ingest


def _store_mentions(batch: Batch, added: list[Document]) -> None:
    """The name mentions of each added document as its "mentions" analysis result, with their provenance (doc,
    start, end, text into the stored cleaned text, label); none for a document without text or whose name pass
    failed (its error is on the document)."""
    for d in added:
        if d.text.strip() and not any(_names_failure(e) for e in d.errors):
            batch.put_analysis(d.id, MENTIONS, [{"doc": d.id, "start": m.start, "end": m.end, "text": m.text,
                                                 "label": m.label} for m in d.mentions])


def _names_failure(error: str) -> bool:
    """An error of the name pass (`failures.describe` of NAMES_STAGE): the document itself is sound."""
    from .analyze import NAMES_STAGE

    return error.startswith(f"{NAMES_STAGE} failed")


def _rename_taken(store: Store, new: list[Document], hashes: dict[str, str]) -> None:
    """A new document whose id a stored one has (another file of the same name) gets "<id>-2", "-3", ..."""
    taken = store.taken_ids([d.id for d in new])
    if not taken:
        return
    used = {d.id for d in new}
    for d in new:
        if d.id not in taken:
            continue
        n = 2
        while f"{d.id}-{n}" in used or store.id_exists(f"{d.id}-{n}"):
            n += 1
        old, d.id = d.id, f"{d.id}-{n}"
        used.add(d.id)
        hashes[d.id] = hashes.pop(old)


def _assign_copies(store: Store, batch: Batch, new: list[Document], text_hashes: dict[str, str]) -> None:
    """`duplicate_of` and `family` of the new documents, against each other and the stored ones.

    Stored candidates: every stored exact copy (same text hash) and the latest `NEAR_COPY_WINDOW` stored
    documents (near copies: wire stories are re-published within days, so the latest arrivals are where their
    originals are). A stored document keeps its family; a new one joins the family of a stored member of its
    group, else gets a new one. When a new arrival is the earlier original, stored members of its group now
    point to it."""
    stored = {d.id: d for d in store.with_text_hashes(list(set(text_hashes.values())))}
    for d in store.recent(NEAR_COPY_WINDOW):
        stored.setdefault(d.id, d)
    kept = {i: (d.duplicate_of, d.family) for i, d in stored.items()}
    everyone = list(stored.values()) + new
    assign_families(everyone)
    groups: dict[str, list[Document]] = {}
    for d in everyone:
        groups.setdefault(d.family, []).append(d)
    next_family = store.next_family()
    new_ids = {d.id for d in new}
    for members in groups.values():
        families = sorted({kept[d.id][1] for d in members if d.id in kept and kept[d.id][1]},
                          key=lambda f: int(f[1:]) if f[1:].isdigit() else 0)
        if families:
            family = families[0]
        else:
            family, next_family = f"F{next_family}", next_family + 1
        for d in members:
            if d.id in new_ids:
                d.family = family
            else:
                old_dup, old_family = kept[d.id]
                if d.duplicate_of in new_ids and d.duplicate_of != old_dup:  # an earlier original arrived
                    batch.set_copy(d.id, d.duplicate_of, old_family)
                d.duplicate_of, d.family = old_dup, old_family


STORY_STATE = "stories"  # the store's named state of the online story grouping


def group_into_stories(store: Store, batch: Batch, added: list[Document]) -> set[str]:
    """Place the newly added documents in stories, continuing the grouping of earlier ingests; the ids of the
    stories that gained a document (the only ones whose dossier must be rebuilt).

    The grouping (`crossdoc.stories.group_stories`) runs in publication order over this batch and goes on from the
    state saved by the last batch, so a story that grows keeps its id; the new state is written in the same
    transaction. Stories are found from title and lead embeddings, the time window and the names the NER found
    at ingest (`name_mentions`, as `eval stories` measures it); a document whose name pass failed is still
    placed, on its embedding alone. A new story is titled by its first report's title."""
    from .crossdoc.stories import StoryState, group_stories, grown_stories  # loads the sentence encoder

    placeable = [d for d in added if d.text.strip() and all(_names_failure(e) for e in d.errors)]
    if not placeable:
        return set()
    saved = store.state(STORY_STATE)
    before = StoryState.from_json(saved) if saved else None
    placed, after = group_stories(placeable, before)
    known = store.story_ids()
    for d in sorted(placeable, key=lambda d: (d.published or "9999", d.id)):
        sid = placed.get(d.id)
        if sid is None:
            continue
        if sid not in known:
            batch.put_story(sid, d.title or None, {"first_document": d.id})
            known.add(sid)
        batch.join_story(d.id, sid)
    batch.put_state(STORY_STATE, after.to_json())
    return grown_stories(before, after)


def write_store_dossiers(store: Store, out: Path, changed: Iterable[str]) -> list[str]:
    """Rebuild the dossiers of the stories that changed (and of any story whose dossier is missing in `out`),
    then the index of the whole store (`index@1`: every stored document once, in a story or `unassigned`);
    the ids of the stories rebuilt.

    Why only the changed ones: a stream grows a few stories at a time; every other story's dossier in `out` is
    still its dossier. A story of fewer than `stories.min_documents` documents gets no dossier (its documents
    are listed as unassigned, as `build` lists them). A story's title in the store becomes its dossier's title."""
    from . import INDEX_SCHEMA, __version__
    from .config import current
    from .crossdoc.stories import story_number
    from .pipeline import build_story
    from .render import write_index, write_outputs

    rows = list(store.documents())
    members: dict[str, list[str]] = {}
    for r in rows:
        if r.story:
            members.setdefault(r.story, []).append(r.id)
    kept = sorted((sid for sid, ids in members.items() if len(ids) >= current().stories.min_documents),
                  key=lambda s: (story_number(s), s))
    wanted = set(changed) | {sid for sid in kept if not (out / "stories" / sid / "dossier.json").exists()}
    rebuilt, titles = [], {}
    for sid in kept:
        if sid not in wanted:
            continue
        dossier = build_story(store.story_documents(sid))
        write_outputs(dossier.to_dict(), out / "stories" / sid)
        titles[sid] = dossier.story.title
        rebuilt.append(sid)
    if titles:
        with store.batch() as batch:
            for sid, title in titles.items():
                batch.put_story(sid, title)
    entries = []
    for sid in kept:
        story = json.loads((out / "stories" / sid / "dossier.json").read_text(encoding="utf-8")).get("story", {})
        entries.append({"id": sid, "title": story.get("title"), "path": f"stories/{sid}", "documents": members[sid],
                        "languages": story.get("languages", []), "start": story.get("start"), "end": story.get("end")})
    placed = {i for sid in kept for i in members[sid]}
    write_index({"schema": INDEX_SCHEMA, "generated_by": f"newsdossier {__version__}", "stories": entries,
                 "unassigned": [r.id for r in rows if r.id not in placed],
                 # as `build` writes it, so the index page shows each document's title, date and language
                 "document_info": [{"id": r.id, "title": r.title, "published": r.published, "language": r.language,
                                    "source": r.source, "story": r.story if r.id in placed else None,
                                    "errors": [r.error] if r.error else []} for r in rows]}, out)
    return rebuilt
