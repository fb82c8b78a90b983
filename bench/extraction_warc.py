"""Write the article-extraction benchmark's pages (../shared/benchmarks/article-extraction, URLs from its
ground truth) as one gzipped WARC, a request record before each response: a real-page crawl for measuring
`newsdossier ingest` on web archives.

    .venv/bin/python bench/extraction_warc.py /tmp/pages.warc.gz
    .venv/bin/newsdossier ingest /tmp/pages.warc.gz --store /tmp/pages.db
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "article-extraction"


def main(out: str) -> None:
    truth = json.loads((ROOT / "ground-truth.json").read_text(encoding="utf-8"))
    with open(out, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for f in sorted((ROOT / "html").glob("*.html.gz")):
            key = f.name.split(".")[0]
            url = truth.get(key, {}).get("url") or f"https://example.invalid/{key}"
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.invalid")], is_http_request=True)
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=req))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(gzip.decompress(f.read_bytes())),
                                                http_headers=http))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "pages.warc.gz")
