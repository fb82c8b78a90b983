"""Stream inputs: web archives (WARC), RSS/Atom feeds and JSON Lines on standard input, built here from invented
text; records that are no article are counted by reason, records that cannot be read keep their error."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from newsdossier.ingest import Tally, ingest, stream

BODY = ("<p>The harbour authority of Kestrel Bay said on Tuesday that the night ferry will run again from next week, "
        "after three weeks of repairs to the northern pier.</p>"
        "<p>Engineers replaced two of the pier's supports, the authority said in a statement, and divers checked the "
        "rest of the structure.</p>"
        "<p>Ferry operator Northline said tickets for the first crossings would go on sale on Thursday morning.</p>")


def page(title: str, body: str = BODY, date: str = "2025-03-04") -> str:
    return (f"<html><head><title>{title}</title><meta property='article:published_time' content='{date}'></head>"
            f"<body><nav>Home | News | Sport</nav><article><h1>{title}</h1>{body}</article></body></html>")


def write_warc(path: Path, *, gz: bool = False) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)

        def response(url, body: bytes, ctype="text/html; charset=utf-8", status="200 OK"):
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))

        req = StatusAndHeaders("GET /news/ferry-returns HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        w.write_record(w.create_warc_record("https://example.org/news/ferry-returns", "request",
                                            payload=io.BytesIO(b""), http_headers=req))
        response("https://example.org/news/ferry-returns.html", page("Night ferry returns next week").encode())
        # a Latin-1 page whose header says so: decoded by its charset, not mangled
        latin = page("Café owners welcome the ferry", BODY.replace("Thursday", "Thursday at the café"))
        response("https://example.org/news/cafe", latin.encode("latin-1"), ctype="text/html; charset=ISO-8859-1")
        response("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, ctype="image/png")
        response("https://example.org/missing", page("Not found").encode(), status="404 Not Found")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_revisit_record("https://example.org/news/ferry-returns.html", "sha1:AAAA",
                                               "https://example.org/news/ferry-returns.html", "2025-03-04T10:00:00Z",
                                               http_headers=http))


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_warc_reads_html_responses_and_counts_the_rest(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, gz=gz)
    tally = Tally()
    docs = list(stream([tmp_path], tally=tally))
    assert [d.url for d in docs] == ["https://example.org/news/ferry-returns.html", "https://example.org/news/cafe"]
    assert [d.id for d in docs] == ["ferry-returns", "cafe"]
    assert all(not d.errors for d in docs), [d.errors for d in docs]
    assert "night ferry will run again" in docs[0].raw_text
    assert "café" in docs[1].raw_text and "Ã" not in docs[1].raw_text
    assert all(d.path.startswith(f"{path}:") for d in docs)  # file and record offset
    assert docs[0].published == "2025-03-04" and docs[0].meta["crawled"]
    assert tally.skipped == {"WARC request record": 1, "WARC response with a non-HTML payload": 1,
                             "WARC response with an HTTP status other than 2xx": 1, "WARC revisit record": 1}


def test_truncated_warc_keeps_what_was_read_and_says_where_it_broke(tmp_path):
    good = tmp_path / "full.warc.gz"
    write_warc(good, gz=True)
    data = good.read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) * 2 // 3])
    good.unlink()
    docs = ingest([tmp_path]).documents
    assert docs[-1].errors and docs[-1].errors[0].startswith(("WARC cut short", "cannot read WARC"))
    assert all(not d.errors for d in docs[:-1])


def test_build_ingest_accepts_a_warc_and_sums_up_skipped_records(tmp_path):
    write_warc(tmp_path / "crawl.warc")
    res = ingest([tmp_path / "crawl.warc"])
    assert len(res.documents) == 2
    assert res.skipped["WARC request record"] == 1
    assert {"path": str(tmp_path / "crawl.warc"), "reason": "1 record skipped: WARC revisit record"} in res.rejected


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Kestrel Bay Courier</title><link>https://courier.example/</link>
<item><title>Night ferry returns next week</title><link>https://courier.example/ferry</link>
<pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>The harbour authority said the night ferry will run again.</p><p>Engineers replaced two
supports.</p>]]></content:encoded></item>
<item><title>Pier inspection finished</title><link>https://courier.example/pier</link>
<pubDate>Mon, 03 Mar 2025 18:00:00 +0000</pubDate>
<description>Divers checked the rest of the structure &amp; found no damage.</description></item>
<item><title>Only a headline</title><link>https://courier.example/empty</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Watch</title><id>urn:x</id><updated>2025-03-05T00:00:00Z</updated>
<entry><title>Tickets on sale Thursday</title><id>urn:x:1</id><link href="https://watch.example/tickets"/>
<updated>2025-03-05T08:00:00Z</updated>
<content type="html">&lt;p&gt;Ferry operator Northline said tickets go on sale on Thursday.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_items_become_documents_with_link_date_title_and_content(tmp_path):
    (tmp_path / "courier.rss").write_text(RSS, encoding="utf-8")
    docs = ingest([tmp_path]).documents
    assert [d.title for d in docs] == ["Night ferry returns next week", "Pier inspection finished", "Only a headline"]
    first, second, empty = docs
    assert first.url == "https://courier.example/ferry" and first.source == "Kestrel Bay Courier"
    assert (first.published, first.published_basis) == ("2025-03-04", "metadata")
    assert "night ferry will run again" in first.raw_text and "teaser" not in first.raw_text  # content over summary
    assert "Engineers replaced two supports." in first.raw_text.replace("\n", " ")
    assert second.raw_text == "Divers checked the rest of the structure & found no damage."
    assert empty.errors == ["feed item has no content or summary"] and empty.url == "https://courier.example/empty"


def test_atom_entry_and_a_file_that_is_no_feed(tmp_path):
    (tmp_path / "watch.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "broken.rss").write_text("this is not xml at all", encoding="utf-8")
    docs = {d.id: d for d in ingest([tmp_path]).documents}
    watch = docs["watch-1"]
    assert watch.url == "https://watch.example/tickets" and watch.published == "2025-03-05"
    assert "tickets go on sale on Thursday" in watch.raw_text and not watch.errors
    assert docs["broken"].errors and docs["broken"].errors[0].startswith(("not an RSS/Atom feed", "feed without"))


def test_jsonl_on_stdin_one_document_per_line_and_bad_lines_keep_their_error():
    lines = [b'{"id": "s1", "title": "Ferry back", "text": "The night ferry runs again.", "published": "2025-03-04"}',
             b"", b"not json", b'{"title": "no text field"}']
    docs = ingest(["-"], stdin=io.BytesIO(b"\n".join(lines) + b"\n")).documents
    assert [d.id for d in docs] == ["s1", "stdin-3", "stdin-4"]
    assert docs[0].raw_text == "The night ferry runs again." and docs[0].published == "2025-03-04"
    assert docs[1].path == "stdin:3" and docs[1].errors[0].startswith("cannot parse line 3")
    assert docs[2].errors == ["record has no 'text' or 'html' string field"]


def test_stdin_and_files_together(tmp_path):
    (tmp_path / "a.txt").write_text("Ferry back\n\nThe night ferry runs again from Monday.\n")
    docs = ingest([tmp_path, "-"], stdin=io.BytesIO(b'{"text": "Second report of the ferry."}\n')).documents
    assert [d.id for d in docs] == ["a", "stdin-1"]


def test_plain_warc_cut_inside_a_header_is_an_error_document(tmp_path):
    write_warc(tmp_path / "full.warc")
    data = (tmp_path / "full.warc").read_bytes()
    (tmp_path / "full.warc").unlink()
    (tmp_path / "cut.warc").write_bytes(data[: data.index(b"WARC-Type: response", 2000) + 5])
    docs = ingest([tmp_path]).documents
    assert docs[-1].errors and docs[-1].errors[0].startswith("cannot read WARC")
    assert [d.id for d in docs[:-1]] == ["ferry-returns", "cafe"]


def test_gzip_that_is_not_a_warc_is_an_error_document(tmp_path):
    (tmp_path / "junk.warc.gz").write_bytes(gzip.compress(b"hello, this is no web archive\n"))
    (doc,) = ingest([tmp_path]).documents
    assert doc.errors and doc.errors[0].startswith("not a WARC file")
