"""RSS and Atom feed files (`.rss`, `.atom`): one document per item, read with feedparser.

Why feedparser: feeds come in half a dozen dialects (RSS 0.9x/1.0/2.0, Atom 0.3/1.0) with their own date
formats and escaping; feedparser reads them all into one shape and sanitises embedded HTML. An item gives its
content (else its summary) as the text, its link as the URL, its title, its publication (else update) date as
the metadata date and the feed's own title as the source.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any, Iterator

from ..model import Document
from . import _from_record, _guarded, _unique_id

# elements that end a paragraph or a line when an HTML fragment becomes plain text
_BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr",
           "section", "article", "figure", "figcaption"}


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed item's body), paragraphs kept as blank-line-separated lines.

    Not trafilatura: a feed item is the article body already, without the page around it, and a short one
    would fall under trafilatura's minimum size for a main text."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):  # nothing parseable: the fragment's characters are the text
        return html
    for el in root.iter():
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in _BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
    lines = [" ".join(ln.split()) for ln in root.text_content().split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _iso(parsed: Any) -> str | None:
    """feedparser's parsed date (a UTC struct_time) as an ISO day."""
    if isinstance(parsed, time.struct_time):
        return time.strftime("%Y-%m-%d", parsed)
    return None


def _body(entry: Any) -> tuple[str | None, str]:
    """(text, where from) of an item: its content, else its summary; HTML bodies become plain text."""
    for part, where in ([*(entry.get("content") or [])], "content"), ([entry.get("summary_detail")], "summary"):
        for c in part:
            if c and isinstance(c.get("value"), str) and c["value"].strip():
                kind = (c.get("type") or "text/html").lower()
                return (fragment_text(c["value"]) if "html" in kind else c["value"]), where
    return None, "none"


def feed_documents(path: Path, data: bytes, seen: set[str]) -> Iterator[Document]:
    """Documents of the items of one feed file; a file that is no feed is one document with its error."""
    import feedparser

    parsed = feedparser.parse(data)
    stem = path.stem or path.name
    if not parsed.entries:
        doc = Document(id=_unique_id(stem, seen), path=str(path))
        if parsed.get("bozo"):
            doc.errors.append(f"not an RSS/Atom feed: {parsed.get('bozo_exception')}")
        else:
            doc.errors.append("feed without items")
        yield doc
        return
    source = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, 1):
        doc = Document(id=f"{stem}-{n}", path=f"{path}#item-{n}", meta={"feed_item": n})
        text, where = _body(entry)
        rec = {"title": entry.get("title"), "url": entry.get("link"), "source": source,
               "published": _iso(entry.get("published_parsed") or entry.get("updated_parsed")), "text": text}
        if text is None:
            doc.title, doc.url, doc.source = rec["title"], rec["url"], source
            doc.errors.append("feed item has no content or summary")
        else:
            doc.meta["feed_text"] = where
            _guarded(doc, f"feed item {n}", lambda doc=doc, rec=rec: _from_record(doc, rec))
        doc.id = _unique_id(doc.id, seen)
        if not doc.errors and not doc.raw_text.strip():
            doc.errors.append("empty document")
        yield doc
