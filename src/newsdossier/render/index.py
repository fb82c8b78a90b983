"""Render the index of a pile grouped into stories (`newsdossier/index@1`) as one self-contained HTML page.

Reads only the index dict (`Corpus.index_dict()` or the parsed `index.json`). Every value from an article
(titles, ids, sources) goes through `esc`; links point only at the story folders the index names, relative to
the page, so the folder can be moved or served as it is.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from .html import as_list, as_str, esc

__all__ = ["render_index_html"]

_SAFE_PATH = re.compile(r"stories/[A-Za-z0-9_.-]+")  # the form `build` writes; anything else is not linked

_CSS = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.5rem}li{margin:.3rem 0}.meta{color:#555;font-size:.9rem}.story{margin:1rem 0;padding:.6rem .8rem;
border-left:4px solid #3a6ea5;background:#f6f8fb}.story h2{font-size:1.1rem;margin:.1rem 0}ul.docs{font-size:.92rem}"""


def _doc_line(info: dict[str, Any]) -> str:
    bits = [b for b in (as_str(info.get("published")), as_str(info.get("language")), as_str(info.get("source"))) if b]
    err = f' <span class="meta">({esc("; ".join(map(str, info["errors"])))})</span>' if info.get("errors") else ""
    return (f'<li>{esc(info.get("title") or info.get("id"))} <span class="meta">{esc(" · ".join(bits))}'
            f' [{esc(info.get("id"))}]</span>{err}</li>')


def render_index_html(index: dict) -> str:
    """The stories of the pile with their documents, dates and languages, then the documents of no story."""
    if not isinstance(index, dict):
        index = {}
    info = {as_str(d.get("id")): d for d in as_list(index, "document_info") if isinstance(d, dict)}
    parts = []
    stories = [s for s in as_list(index, "stories") if isinstance(s, dict)]
    for s in stories:
        path = as_str(s.get("path"))
        title = esc(s.get("title") or "(untitled story)")
        head = (f'<a href="{esc(quote(path))}/dossier.html">{title}</a>' if _SAFE_PATH.fullmatch(path) else title)
        docs = [as_str(x) for x in as_list(s, "documents")]
        langs = ", ".join(as_str(x) for x in as_list(s, "languages"))
        span = f"{as_str(s.get('start')) or '?'} .. {as_str(s.get('end')) or '?'}"
        items = "".join(_doc_line(info.get(i, {"id": i})) for i in docs)
        parts.append(f'<section class="story" id="{esc(s.get("id"))}"><h2>{head}</h2>'
                     f'<p class="meta">{esc(s.get("id"))} · {len(docs)} documents · {esc(span)}'
                     f'{" · " + esc(langs) if langs else ""}</p><ul class="docs">{items}</ul></section>\n')
    unassigned = [as_str(x) for x in as_list(index, "unassigned")]
    if unassigned:
        items = "".join(_doc_line(info.get(i, {"id": i})) for i in unassigned)
        parts.append(f'<section id="unassigned"><h2>In no story ({len(unassigned)})</h2>'
                     f'<ul class="docs">{items}</ul></section>\n')
    rejected = [r for r in as_list(index, "rejected") if isinstance(r, dict)]
    if rejected:
        items = "".join(f'<li>{esc(r.get("path"))} <span class="meta">{esc(r.get("reason"))}</span></li>' for r in rejected)
        parts.append(f'<section id="rejected"><h2>Inputs not read ({len(rejected)})</h2><ul>{items}</ul></section>\n')
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="referrer" content="no-referrer">\n'
            f"<title>Stories – newsdossier index</title>\n<style>\n{_CSS}\n</style>\n</head>\n<body>\n"
            f"<h1>{len(stories)} {'story' if len(stories) == 1 else 'stories'}, "
            f"{sum(len(as_list(s, 'documents')) for s in stories) + len(unassigned)} documents</h1>\n"
            + "".join(parts) + "</body>\n</html>\n")
