"""A naive scraper: all visible text of a page, one block-level element per line.

Menus, teaser lists, comments and footers are all kept, as a careless scraper would keep
them; `clean.clean_text` then has to recover the article body from this flat text.
"""

from __future__ import annotations

import re

_DROP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "math"}
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "option", "p", "pre", "section", "summary",
    "table", "tbody", "tfoot", "thead", "tr", "ul", "button", "select", "textarea", "label",
}
# Inline-level breaks: a <br> wraps a line inside a paragraph, table cells make one row line.
_SPACED = {"br", "td", "th", "img", "input"}
_WS = re.compile(r"\s+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def flatten_html(html: str) -> str:
    """Visible text of `html`, one block per line (blank-free); "" for a page with no element at all."""
    if not html or not html.strip():
        return ""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        # Parse the decoded string (bytes would let a stale <meta charset> re-decode it).
        root = lxml_html.document_fromstring(_XML_DECL.sub("", html, count=1))
    except etree.ParserError:  # lxml's "Document is empty": only comments or a declaration, no visible text
        return ""
    parts: list[str] = []

    def tag_of(el) -> str:
        t = el.tag
        return t.lower() if isinstance(t, str) else ""

    # Iterative walk (deep pages would overflow recursion).
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = tag_of(el)
        if closing:
            if tag in _BLOCK:
                parts.append("\n")
            elif tag in _SPACED:
                parts.append(" ")
            if el.tail:
                parts.append(_WS.sub(" ", el.tail))
            continue
        if not isinstance(el.tag, str):  # comment / processing instruction: keep only its tail
            if el.tail:
                parts.append(_WS.sub(" ", el.tail))
            continue
        if tag in _DROP:
            if el.tail:
                parts.append(_WS.sub(" ", el.tail))
            continue
        if tag in _BLOCK:
            parts.append("\n")
        elif tag in _SPACED:
            parts.append(" ")
        if el.text:
            parts.append(_WS.sub(" ", el.text))
        stack.append((el, True))
        for child in reversed(list(el)):
            stack.append((child, False))
    lines = (_WS.sub(" ", ln).strip() for ln in "".join(parts).split("\n"))
    return "\n".join(ln for ln in lines if ln)
