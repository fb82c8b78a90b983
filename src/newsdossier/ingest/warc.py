"""Web archives (WARC, `.warc` and `.warc.gz`): one document per HTML response record, read with warcio.

Why only responses with HTML: a crawl also holds the crawler's requests, revisit records (a pointer to an
earlier identical capture, no body), metadata and non-HTML payloads (images, scripts, feeds); none of them is an
article. They are counted by reason in the run's tally, never silently dropped. A response that is HTML but an
error page (HTTP status other than 2xx) is counted the same way: it is the site's error page, not a report.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

from ..model import Document
from . import Limits, Tally, _guarded, _parse_file, _unique_id, decode_bytes

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".warc.gz", ".warc"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or "warc"
    return path.stem or "warc"


def _url_stem(url: str | None) -> str | None:
    """The last path segment of a URL without its extension ("…/news/strike-ends.html" -> "strike-ends")."""
    if not url:
        return None
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if not segments:
        return None
    return re.sub(r"\.[A-Za-z0-9]{1,5}$", "", segments[-1]) or None


def _charset(content_type: str) -> str | None:
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.I)
    return m[1] if m else None


def _decode(payload: bytes, content_type: str) -> tuple[str, str]:
    """The HTTP header's charset when it names a known codec, else the file decoder (BOM, UTF-8, detection)."""
    cs = _charset(content_type)
    if cs:
        try:
            return payload.decode(cs), cs
        except (LookupError, UnicodeDecodeError):  # a wrong or unknown charset header: detection decides
            pass
    return decode_bytes(payload)


def warc_documents(path: Path, limits: Limits, seen: set[str], tally: Tally) -> Iterator[Document]:
    """Documents of the HTML responses of one WARC file, in archive order; a broken archive ends in one
    document carrying the error (the records before it stand)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stem, n = _stem(path), 0
    max_bytes = int(limits.max_file_mb * 1_000_000)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield _error(path, stem, seen, f"cannot read file: {exc.strerror or exc}")
        return
    with fh:
        archive = ArchiveIterator(fh)
        records = iter(archive)
        while True:
            try:
                rec = next(records)
            # AttributeError: warcio's header parser on a record cut short (it reads a missing line as None)
            except (ArchiveLoadFailed, OSError, EOFError, zlib.error, AttributeError) as exc:
                yield _error(path, stem, seen, f"cannot read WARC after {n} records: {type(exc).__name__}: {exc}")
                return
            except StopIteration:
                break
            n += 1
            if rec.format != "warc":  # warcio reads anything else as an old-style ARC record
                yield _error(path, stem, seen, f"not a WARC file: record {n} is no WARC record (ARC or other format)")
                return
            if not rec.rec_type:  # a header without WARC-Type: the archive is cut short or corrupt here
                yield _error(path, stem, seen, f"cannot read WARC after {n - 1} records: record {n} has no WARC-Type")
                return
            doc = _response_document(rec, path, stem, n, max_bytes, limits, tally)
            if doc is not None:
                doc.path = f"{path}:{archive.get_record_offset()}"  # after the payload: this reads the record out
                doc.id = _unique_id(doc.id, seen)
                yield doc
    problem = _gzip_problem(path)
    if problem:
        yield _error(path, stem, seen, f"WARC cut short after {n} records: {problem}")


def _gzip_problem(path: Path) -> str | None:
    """Why a compressed WARC is incomplete, or None. Why a second pass: warcio ends quietly at a truncated gzip
    member, so a crawl cut off mid-write would otherwise lose its last records without a word."""
    if not path.name.lower().endswith(".gz"):
        return None
    import gzip

    try:
        with gzip.open(path, "rb") as g:
            while g.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def _error(path: Path, stem: str, seen: set[str], message: str) -> Document:
    doc = Document(id=_unique_id(stem, seen), path=str(path))
    doc.errors.append(message)
    return doc


def _response_document(rec, path: Path, stem: str, n: int, max_bytes: int, limits: Limits,
                       tally: Tally) -> Document | None:
    """The document of one record, or None (and a count in `tally`) for a record that is no article."""
    if rec.rec_type != "response":
        tally.skip(f"WARC {rec.rec_type} record", path)
        return None
    headers = rec.http_headers
    if headers is None:  # a response without HTTP headers (dns:, whois:): no web page
        tally.skip("WARC response without HTTP headers", path)
        return None
    content_type = headers.get_header("Content-Type") or ""
    if content_type.lower().split(";")[0].strip() not in HTML_TYPES:
        tally.skip("WARC response with a non-HTML payload", path)
        return None
    status = headers.get_statuscode() or ""
    if not status.startswith("2"):
        tally.skip("WARC response with an HTTP status other than 2xx", path)
        return None
    url = rec.rec_headers.get_header("WARC-Target-URI")
    doc = Document(id=_url_stem(url) or f"{stem}-{n}", path=str(path), url=url,
                   meta={"crawled": rec.rec_headers.get_header("WARC-Date"), "warc_record": n})
    payload = rec.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        doc.errors.append(f"record too large (> {limits.max_file_mb:g} MB limit; raise --max-file-mb to read it)")
        return doc
    html, encoding = _decode(payload, content_type)
    doc.meta["encoding"] = encoding
    _guarded(doc, "WARC record", lambda: _parse_file(doc, ".html", html, limits))
    if not doc.errors and not doc.raw_text.strip():
        doc.errors.append("empty document")
    return doc
