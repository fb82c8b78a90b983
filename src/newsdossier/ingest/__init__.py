"""Ingest: paths in, `Document`s out (decoded, Unicode-normalised, with metadata).

A file that cannot be read still yields a Document whose `errors` say why, so the
dossier accounts for every input. Only a path that does not exist at all is a user
error (`InputError`), reported by the CLI as one line.

Containers give one document per record: JSON Lines (here, and on standard input: `records.py`), web archives
(`warc.py`) and RSS/Atom feeds (`feeds.py`). `stream` yields documents one at a time (a corpus store reads a
crawl in batches); `ingest` collects them for `build`.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from .. import lang
from ..config import current
from ..failures import on_document
from ..model import Document
from ..textutil import normalize_text

TEXT_EXT = {".txt", ".md", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSON_EXT = {".json"}
JSONL_EXT = {".jsonl", ".ndjson"}
FEED_EXT = {".rss", ".atom"}  # RSS and Atom feeds: one document per item
WARC = ".warc"  # web archives, also compressed (".warc.gz"): one document per HTML response record
SUPPORTED = TEXT_EXT | HTML_EXT | JSON_EXT | JSONL_EXT | FEED_EXT | {WARC}


def kind_of(path: Path) -> str:
    """The file type that decides how a file is read: its suffix, with ".warc.gz" read as ".warc"."""
    name = path.name.lower()
    if name.endswith((".warc.gz", ".warc")):
        return WARC
    return path.suffix.lower()


class InputError(Exception):
    """A user-facing input problem (missing path, nothing to read)."""


@dataclass
class IngestResult:
    documents: list[Document] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)  # files skipped, with a reason
    skipped: dict[str, int] = field(default_factory=dict)  # records skipped inside containers, by reason


# --------------------------------------------------------------------------- decoding

def decode_bytes(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name). BOMs first, then strict UTF-8, then detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace"), best.encoding
    except Exception:  # best effort: charset detection is a guess by an outside library; the default below is safe
        pass
    # Mostly-UTF-8 with a few bad bytes beats a wrong single-byte guess.
    return data.decode("utf-8", errors="replace"), "utf-8 (with replacements)"


# --------------------------------------------------------------------------- dates

@lru_cache(maxsize=1)
def _date_line() -> re.Pattern:
    """"Date: 14 March 2031", "Published: 2031-03-14", "Datum: 14.03.2031", "Дата: ..." (keys from lang/)."""
    # every language's keys: a file's language is not known at ingest, and one language's key is no prose
    # word in another
    keys = "|".join(lang.every("DATE_LINE_CUES"))
    return re.compile(r"^\s*(" + keys + r")\s*(on)?\s*[:\-–]\s*(?P<value>.{4,60})$", re.I)


# "KESTREL BAY, March 4 (XPA) –", "OLBECK –", "PARIS, 3 mars (AFP) -"
DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ .'\-]{1,40})"
    r"(?:,\s*(?P<date>[^()\n–—-]{3,30}?))?\s*(?:\((?P<agency>[^)]{1,20})\))?\s*[–—-]{1,2}\s",
)


def parse_date(value: str | None, *, languages: list[str] | None = None) -> str | None:
    """Any date-ish string -> ISO date, or None. Needs a year: a bare 'March 4' is not a date here."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    if not re.search(r"\b\d{4}\b", value):
        return None
    import dateparser

    try:
        dt = dateparser.parse(
            value,
            languages=languages,
            settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except Exception:  # best effort: dateparser (outside library) raises on some odd strings; then it is no date
        return None
    return dt.date().isoformat() if dt else None


# --------------------------------------------------------------------------- formats

def _is_kicker(line: str, next_line: str | None) -> bool:
    """A kicker is a short label above the headline ('ANALYSIS', 'EXCLUSIVE:', 'World')."""
    words = line.split()
    if not words or len(words) > 3 or next_line is None:
        return False
    return line.isupper() or line.endswith(":") or len(next_line.split()) > len(words) + 2


def text_metadata(text: str) -> dict[str, Any]:
    """Title and publication date from the head of a plain-text article."""
    lines = [ln.strip() for ln in text.split("\n")]
    nonempty = [ln for ln in lines if ln]
    meta: dict[str, Any] = {}
    for ln in nonempty[:8]:
        m = _date_line().match(ln)
        if m and "published" not in meta:
            iso = parse_date(m["value"])
            if iso:
                meta.update(published=iso, published_basis="dateline", date_line=ln)
            continue
        d = DATELINE.match(ln)
        if d and "published" not in meta and d["date"]:
            meta["dateline"] = ln[: d.end()].strip()
            iso = parse_date(d["date"])
            if iso:
                meta.update(published=iso, published_basis="dateline")
            else:
                meta["dateline_date"] = d["date"].strip()
    candidates = [ln for ln in nonempty if not _date_line().match(ln)]
    for i, ln in enumerate(candidates[:3]):
        nxt = candidates[i + 1] if i + 1 < len(candidates) else None
        if _is_kicker(ln, nxt):
            meta["kicker"] = ln
            continue
        title = ln
        if len(title) > 160:  # a body paragraph, not a headline: its first sentence stands in
            m = re.match(r"(.{20,160}?[.!?])\s", title)
            title = m[1] if m else title[:160].rsplit(" ", 1)[0] + "…"
        meta["title"] = title
        break
    return meta


def extract_html(html: str, url: str | None = None) -> dict[str, Any]:
    """Main text and metadata of an HTML page (trafilatura). Empty text when nothing was found."""
    import trafilatura

    out: dict[str, Any] = {"text": "", "title": None, "date": None, "sitename": None, "author": None, "url": url,
                           "headlines": [], "page_title": None}
    try:
        res = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # best effort: trafilatura (outside library) raises on some malformed pages; reported
        out["error"] = f"HTML extraction failed: {type(exc).__name__}: {_one_line(exc)}"
        return out
    if res is None:
        return out
    d = res.as_dict() if hasattr(res, "as_dict") else dict(res)
    out.update(
        text=d.get("text") or "",
        title=d.get("title"),
        date=d.get("date"),
        sitename=d.get("sitename") or d.get("hostname"),
        author=d.get("author"),
        url=d.get("url") or url,
    )
    out["page_title"], out["headlines"] = page_heads(html)
    return out


def page_heads(html: str, limit: int = 5) -> tuple[str | None, list[str]]:
    """The page's <title> tag and its <h1> texts (first `limit`), spaces collapsed: where the article's own
    headline is.

    trafilatura's title is the social-media title (og:title) first, or a lone <h1> that may be the site's
    logo; the visible headlines and the tab title are kept beside it so the pile-level step
    (`titles.settle_titles`) can choose, once it knows which <h1> are site banners.
    """
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None, []
    t = tree.find(".//title")
    title = " ".join(t.text_content().split()) if t is not None else ""
    out = []
    for h in tree.iter("h1"):
        text = " ".join(" ".join(h.itertext()).split())
        if text:
            out.append(text)
        if len(out) >= limit:
            break
    return title or None, out


def _from_text(doc: Document, text: str) -> None:
    doc.raw_text = normalize_text(text)
    meta = text_metadata(doc.raw_text)
    doc.title = meta.get("title")
    if meta.get("published"):
        if doc.published_basis == "metadata":  # a record's own date wins over its text's date line
            if meta["published"] != doc.published:
                doc.meta["dateline_published"] = meta["published"]  # kept visible, not silently dropped
        else:
            doc.published, doc.published_basis = meta["published"], meta["published_basis"]
    doc.dateline_date = meta.get("dateline_date")  # a typed layer for the story-level date pass, not metadata
    doc.meta.update({k: v for k, v in meta.items() if k not in {"title", "published", "published_basis", "dateline_date"}})


def _from_html(doc: Document, html: str) -> None:
    ext = extract_html(html, doc.url)
    if ext.get("error"):
        doc.errors.append(ext["error"])
    doc.raw_text = normalize_text(ext["text"])
    if not doc.raw_text.strip() and not ext.get("error"):
        doc.errors.append("no article text found in the HTML page")
    if not doc.title:  # a record's own title is its publisher's word; <h1> headlines compete with the page's title
        doc.title = ext["title"]
        doc.headlines, doc.page_title = ext["headlines"], ext["page_title"]
    doc.url = doc.url or ext["url"]
    doc.source = doc.source or ext["sitename"]
    doc.author = ext["author"]
    iso = parse_date(ext["date"])
    if iso and not doc.published:
        doc.published, doc.published_basis = iso, "metadata"


# "nyt_2016-10-03_slug.txt", "2016_10_03-report.html": a full year-month-day in a file's name, not inside a longer number
_NAME_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([-_.])([01][0-9])\2([0-3][0-9])(?![0-9])")


def date_from_name(name: str) -> str | None:
    """The publication date a file name carries, ISO, or None.

    Why metadata: archives and scrapers name files after the article's date, outside the text; a date in
    the name is the publisher's day rather than a guess from the text. Only one full date counts (two dates
    in one name: which is the publication is unknown), and it must be a calendar day."""
    found = _NAME_DATE.findall(name or "")
    if len(found) != 1:
        return None
    y, _, m, d = found[0]
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:  # "2016-02-30": not a day
        return None


def _date_from_file_name(doc: Document, name: str) -> None:
    """A file without a metadata date takes the one its name carries (`time.file_name_dates`); a date the
    text's head gave (date line, dateline) is kept in meta when it differs."""
    if doc.published_basis == "metadata" or not current().time.file_name_dates:
        return
    iso = date_from_name(name)
    if iso is None:
        return
    if doc.published and doc.published != iso:
        doc.meta["dateline_published"] = doc.published
    doc.published, doc.published_basis, doc.published_confidence = iso, "metadata", None
    doc.meta["published_from"] = "file name"


def _from_record(doc: Document, rec: dict[str, Any]) -> None:
    for key in ("title", "url", "source"):
        if isinstance(rec.get(key), str):
            setattr(doc, key, rec[key])
    iso = parse_date(rec.get("published") if isinstance(rec.get("published"), str) else None)
    if iso:
        doc.published, doc.published_basis = iso, "metadata"
    if isinstance(rec.get("text"), str):
        title = doc.title
        _from_text(doc, rec["text"])
        doc.title = title or doc.title
    elif isinstance(rec.get("html"), str):
        _from_html(doc, rec["html"])
    else:
        doc.errors.append("record has no 'text' or 'html' string field")


# --------------------------------------------------------------------------- walking

@dataclass
class Limits:
    """Input limits: hitting one is reported on the input concerned, never fatal for the run.

    Defaults are the run's settings (`config.IngestSettings`, read when a Limits is made); the CLI passes
    its flags explicitly.
    """

    max_file_mb: float = field(default_factory=lambda: current().ingest.max_file_mb)
    max_documents: int = field(default_factory=lambda: current().ingest.max_documents)
    max_html_depth: int = field(default_factory=lambda: current().ingest.max_html_depth)
    follow_symlinks: bool = field(default_factory=lambda: current().ingest.follow_symlinks)
    skip_dirs: tuple = ()  # folders never read, e.g. this build's output folder inside an input folder


def _reject(rejected: list[dict[str, str]], path: Path, reason: str) -> None:
    rejected.append({"path": str(path), "reason": reason})


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve(strict=True).relative_to(root)
        return True
    except (OSError, RuntimeError, ValueError):
        return False


def iter_files(paths: Iterable[str | Path], limits: Limits | None = None) -> tuple[list[Path], list[dict[str, str]]]:
    """Expand inputs to files (directories recursively, sorted); unknown types are rejected, not read.

    Symlinks inside a folder are followed only when they stay inside that folder (or with
    `follow_symlinks`); loops and dangling links are rejected with their reason.
    """
    limits = limits or Limits()
    files: list[Path] = []
    rejected: list[dict[str, str]] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(f"input not found: {raw}")
        if not os.access(p, os.R_OK) or (p.is_dir() and not os.access(p, os.X_OK)):
            raise InputError(f"input not readable (permission denied): {raw}")
        if not p.is_dir():
            files.append(p)
            continue
        root = p.resolve()
        skip = set()
        for x in limits.skip_dirs:
            try:
                skip.add(Path(x).resolve())
            except (OSError, RuntimeError):
                pass

        def unreadable(e: OSError, p: Path = p) -> None:
            _reject(rejected, Path(getattr(e, "filename", "") or p), f"cannot list folder: {e.strerror or e}")

        for dirpath, dirnames, filenames in os.walk(p, followlinks=False, onerror=unreadable):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            here = Path(dirpath)
            for d in list(dirnames):
                if (here / d).is_symlink():  # never walk into linked folders: loops and escapes
                    dirnames.remove(d)
                    _reject(rejected, here / d, "symlinked folder (not followed)")
                elif skip and (here / d).resolve() in skip:  # a previous dossier would be read as a report
                    dirnames.remove(d)
                    _reject(rejected, here / d, "output folder of this build (not read)")
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                f = here / name
                if f.is_symlink():
                    try:
                        target = f.resolve(strict=True)
                    except (OSError, RuntimeError):
                        _reject(rejected, f, "broken symlink or symlink loop (not followed)")
                        continue
                    if not limits.follow_symlinks and not _inside(target, root):
                        _reject(rejected, f, "symlink pointing outside the input folder (not followed)")
                        continue
                    if not target.is_file():
                        _reject(rejected, f, "symlink to something that is not a file")
                        continue
                if kind_of(f) in SUPPORTED:
                    files.append(f)
                else:
                    _reject(rejected, f, f"unsupported file type '{f.suffix or 'none'}'")
    if len(files) > limits.max_documents:
        for f in files[limits.max_documents:]:
            _reject(rejected, f, f"document limit reached ({limits.max_documents}; raise --max-documents)")
        files = files[:limits.max_documents]
    return files, rejected


def _unique_id(base: str, seen: set[str]) -> str:
    """A stable id: the stem (or record id) with control characters such as newlines replaced by '_'."""
    base = re.sub(r"[\x00-\x1f\x7f\u2028\u2029]", "_", base).strip() or "document"
    doc_id, n = base, 2
    while doc_id in seen:
        doc_id, n = f"{base}-{n}", n + 1
    seen.add(doc_id)
    return doc_id


def looks_binary(data: bytes) -> bool:
    """Bytes that are not text in any encoding: many NULs or control bytes (a stray NUL is tolerated)."""
    if not data:
        return False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM is text full of NULs
        return False
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    if controls / len(sample) <= 0.05:
        return False
    # UTF-16 without BOM: NULs in every other byte, and decodable
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            txt = sample[: len(sample) // 2 * 2].decode(enc)
        except UnicodeDecodeError:
            continue
        if sum(c.isprintable() or c.isspace() for c in txt) / max(1, len(txt)) > 0.95:
            return False
    return True


def _decode_file(data: bytes) -> tuple[str, str]:
    if not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) and data.count(b"\x00") > len(data) // 4:
        for enc in ("utf-16-le", "utf-16-be"):  # UTF-16 without a BOM
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                continue
    return decode_bytes(data)


def html_depth(html: str, limit: int) -> int:
    """Maximum element nesting (a cheap tag count, stops once past `limit`)."""
    depth = best = 0
    for m in re.finditer(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>", html):
        if m.group(1):
            depth = max(0, depth - 1)
        elif not m.group(3) and m.group(2).lower() not in _VOID:
            depth += 1
            if depth > best:
                best = depth
                if best > limit:
                    break
    return best


_VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr", "param"}


STDIN = "-"  # an input naming standard input: JSON Lines records, one per line


@dataclass
class Tally:
    """What a stream left out, filled as it goes: files rejected (with a reason) and records skipped by reason
    (a WARC's request and revisit records, non-HTML payloads), counted rather than listed one by one."""

    rejected: list[dict[str, str]] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    by_file: dict[tuple[str, str], int] = field(default_factory=dict)  # (container file, reason) -> records

    def skip(self, reason: str, path: str | Path) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1
        self.by_file[(str(path), reason)] = self.by_file.get((str(path), reason), 0) + 1


def stream(paths: Iterable[str | Path], limits: Limits | None = None, *, tally: Tally | None = None,
           stdin: BinaryIO | None = None) -> Iterator[Document]:
    """Documents of the inputs one at a time, so a crawl of any size is read in flat memory.

    Folders and files as `iter_files` expands them (containers — JSON Lines, WARC, RSS/Atom — give one document
    per record), then standard input for an input "-" (JSON Lines). Raises InputError for a missing path before
    the first document."""
    limits = limits or Limits()
    tally = tally if tally is not None else Tally()
    paths = [str(p) for p in paths]
    files, rejected = iter_files([p for p in paths if p != STDIN], limits)
    tally.rejected.extend(rejected)
    seen: set[str] = set()
    for f in files:
        yield from _file_documents(f, limits, seen, tally)
    if STDIN in paths:
        from .records import stdin_documents

        yield from stdin_documents(stdin if stdin is not None else sys.stdin.buffer, seen)


def ingest(paths: Iterable[str | Path], limits: Limits | None = None, *, stdin: BinaryIO | None = None) -> IngestResult:
    """All documents of the inputs in a list (`build`); skipped records are summed up per reason in `rejected`."""
    tally = Tally()
    docs = list(stream(paths, limits, tally=tally, stdin=stdin))
    rejected = tally.rejected + [{"path": path, "reason": f"{n} record{'s' if n > 1 else ''} skipped: {why}"}
                                 for (path, why), n in tally.by_file.items()]
    return IngestResult(documents=docs, rejected=rejected, skipped=dict(tally.skipped))


def _file_documents(f: Path, limits: Limits, seen: set[str], tally: Tally) -> Iterator[Document]:
    """The document(s) of one file; a file that cannot be read is one document with its error."""
    ext = kind_of(f)
    stem = f.stem or f.name
    if ext == WARC:  # streamed record by record: the file-size limit applies to each record instead
        from .warc import warc_documents

        yield from warc_documents(f, limits, seen, tally)
        return
    try:
        size = f.stat().st_size
        if size > limits.max_file_mb * 1_000_000:
            doc = Document(id=_unique_id(stem, seen), path=str(f))
            doc.errors.append(f"file too large ({size / 1e6:.1f} MB > {limits.max_file_mb:g} MB limit; "
                              f"raise --max-file-mb to read it)")
            yield doc
            return
        data = f.read_bytes()
    except OSError as exc:
        doc = Document(id=_unique_id(stem, seen), path=str(f))
        doc.errors.append(f"cannot read file: {exc.strerror or exc}")
        yield doc
        return
    if ext in FEED_EXT:  # XML declares its own encoding: the feed parser reads the bytes
        from .feeds import feed_documents

        yield from feed_documents(f, data, seen)
        return
    if looks_binary(data):
        doc = Document(id=_unique_id(stem, seen), path=str(f))
        doc.errors.append("binary content, not text (not read)")
        yield doc
        return
    text, encoding = _decode_file(data)
    if ext in JSONL_EXT:
        yield from _jsonl_documents(f, text, seen)
        return
    doc = Document(id=stem, path=str(f), meta={"encoding": encoding})
    _guarded(doc, ext or "file", lambda: _parse_file(doc, ext, text, limits))
    _date_from_file_name(doc, f.name)
    doc.id = _unique_id(doc.id, seen)
    if not doc.errors and not doc.raw_text.strip():
        doc.errors.append("empty document")
    yield doc


class BadRecord(ValueError):
    """A JSON record that is valid JSON but not one article (a list, a number, no text)."""


def _parse_file(doc: Document, ext: str, text: str, limits: Limits) -> None:
    """Fill `doc` from the decoded text of one file, by file type."""
    if ext in HTML_EXT:
        if html_depth(text, limits.max_html_depth) > limits.max_html_depth:
            doc.errors.append(f"HTML nested deeper than {limits.max_html_depth} levels (not parsed)")
        else:
            _from_html(doc, text)
    elif ext in JSON_EXT:
        rec = json.loads(text)
        if isinstance(rec, list) and len(rec) == 1:
            rec = rec[0]
        if not isinstance(rec, dict):
            raise BadRecord("a .json file must hold one record (an object)")
        _record_id(doc, rec)
        _from_record(doc, rec)
    elif ext in TEXT_EXT:
        _from_text(doc, text)
    else:
        doc.errors.append(f"unsupported file type '{ext or 'none'}'")


def _record_id(doc: Document, rec: dict[str, Any]) -> None:
    if isinstance(rec.get("id"), (str, int)) and str(rec["id"]).strip():
        doc.id = str(rec["id"])


def _guarded(doc: Document, what: str, parse: Callable[[], None]) -> None:
    """Run `parse`; whatever goes wrong is one line in `doc.errors` and the run goes on.

    Bad input (not JSON, not a record, nested too deeply) is reported as such; anything else is a bug
    and says so with its exception type ("ingest failed: TypeError: ..."), so it is not mistaken for bad input.
    """
    with on_document(doc, "ingest"):  # a bug: "ingest failed: TypeError: ..."
        try:
            parse()
        except RecursionError:
            doc.errors.append("document too deeply nested to parse")
        except (json.JSONDecodeError, BadRecord) as exc:
            doc.errors.append(f"cannot parse {what}: {_one_line(exc)}")


def _one_line(exc: Exception) -> str:
    msg = " ".join(str(exc).split())
    return (msg[:200] + "…") if len(msg) > 200 else msg or type(exc).__name__


def line_document(stem: str, where: str, lineno: int, line: str, seen: set[str]) -> Document:
    """The document of one JSON Lines record (a file's line or standard input's): id "<stem>-<line>", path
    "<where>:<line>", its error when the line is not a usable record."""
    doc = Document(id=f"{stem}-{lineno}", path=f"{where}:{lineno}")
    _guarded(doc, f"line {lineno}", lambda: _parse_line(doc, line))
    doc.id = _unique_id(doc.id, seen)
    if not doc.errors and not doc.raw_text.strip():
        doc.errors.append("empty document")
    return doc


def _jsonl_documents(f: Path, text: str, seen: set[str]) -> list[Document]:
    return [line_document(f.stem, str(f), lineno, line, seen)
            for lineno, line in enumerate(text.split("\n"), 1) if line.strip()]


def _parse_line(doc: Document, line: str) -> None:
    rec = json.loads(line)
    if not isinstance(rec, dict):
        raise BadRecord("line is not a JSON object")
    _record_id(doc, rec)
    _from_record(doc, rec)
