"""Render stage: HTML/Markdown from a synthetic contract dict (no NLP stages involved)."""

from __future__ import annotations

import html
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsdossier.render import render_html, render_markdown, write_outputs
from newsdossier.render.html import doc_anchor, span_id

EVIL_SCRIPT = "<script>window.__pwned=1</script>"
EVIL_IMG = '"><img src=x onerror=alert(1)>'

TEXT_A = (
    "VARNHOLM – About 1,200 workers walked out on Monday, said Ilse Maarvik of the VDU.\n"
    "“We will not go back until the port listens,” Maarvik said.\n"
    f"A reader pasted {EVIL_SCRIPT} and {EVIL_IMG} into the comments & left.\n"
    "Talks will resume on Thursday."
)
TEXT_B = (
    "More than 3,000 workers walked out at Varnholm on March 3, the port said.\n"
    "According to Jonas Brekke, the strike costs the port dearly.\n"
    "# not a heading | [not](a link) *bold* _em_ `code`"
)


def _span(doc: str, text: str, needle: str, **extra) -> dict:
    start = text.index(needle)
    return {"doc": doc, "start": start, "end": start + len(needle), "text": needle, **extra}


def make_dossier() -> dict:
    a, b = "doc-a.txt", "doc b/ü"  # ids with characters that need slugging
    s_walk = _span(a, TEXT_A, "About 1,200 workers walked out on Monday")
    s_1200 = _span(a, TEXT_A, "About 1,200 workers")  # overlaps s_walk (same start)
    s_monday = _span(a, TEXT_A, "walked out on Monday, said Ilse Maarvik")  # crosses s_walk's end
    s_quote = _span(a, TEXT_A, "We will not go back until the port listens")
    s_thu = _span(a, TEXT_A, "Talks will resume on Thursday.")
    s_3000 = _span(b, TEXT_B, "More than 3,000 workers")
    s_b_sent = _span(b, TEXT_B, "More than 3,000 workers walked out at Varnholm on March 3, the port said.")
    s_ind = _span(b, TEXT_B, "the strike costs the port dearly")
    return {
        "schema": "newsdossier/dossier@2",
        "generated_by": "newsdossier test",
        "story": {"title": f"Harbour strike {EVIL_SCRIPT}", "start": "2025-03-03", "end": "2025-03-06",
                  "languages": ["en"]},
        "documents": [
            {"id": a, "path": "in/doc-a.txt", "title": f"Strike {EVIL_IMG}", "url": "javascript:alert(1)",
             "source": "Northern Press Agency", "published": "2025-03-04", "published_basis": "dateline",
             "language": "en", "text": TEXT_A,
             "removed": [{"text": "Leave a Reply", "reason": "comment-section"},
                         {"text": f"Tags: strike, {EVIL_SCRIPT}", "reason": "tags"}],
             "errors": []},
            {"id": b, "path": "in/b.html", "title": "Port paralysed", "url": "https://example.invalid/a?x=1&y=2",
             "source": "Varnholm Post", "published": "2025-03-03", "published_basis": "metadata",
             "language": "en", "text": TEXT_B, "removed": [], "errors": ["encoding guessed"]},
        ],
        "entities": [
            {"id": "E1", "name": "Ilse Maarvik", "type": "PERSON", "aliases": ["Ilse Maarvik", "Maarvik"],
             "mentions": [_span(a, TEXT_A, "Ilse Maarvik"), _span(a, TEXT_A, "Maarvik said")]},
            {"id": "E2", "name": "Jonas Brekke", "type": "PERSON", "aliases": ["Jonas Brekke"],
             "mentions": [_span(b, TEXT_B, "Jonas Brekke")]},
        ],
        "timeline": [
            {"date": "2025-03-03", "summary": "Workers walk out.", "conflict": "dated 2025-03-03 and 2025-03-04",
             "evidence": [dict(s_walk, expression="on Monday"), dict(s_b_sent, expression="on March 3")]},
            {"date": "2025-03-06", "summary": "Talks resume.", "conflict": None,
             "evidence": [dict(s_thu, expression="on Thursday")]},
        ],
        "claims": [
            {"measure": "workers who walked out", "status": "conflict", "explanation": "1,200 vs >3,000",
             "values": [dict(s_1200, value=1200, low=1200, high=1200, qualifier="about", unit="worker"),
                        dict(s_3000, value=3000, low=3000, high=None, qualifier="more-than", unit="worker")]},
        ],
        "quotes": [
            dict(s_quote, speaker="E1", speaker_name="Ilse Maarvik", kind="direct", cue="said",
                 speaker_role="union leader"),
            dict(s_ind, speaker="E2", speaker_name="Jonas Brekke", kind="indirect", cue="according to"),
            {"doc": "missing-doc", "start": 0, "end": 3, "text": "???", "speaker": None,
             "speaker_name": None, "kind": "direct"},
        ],
        "summary": [
            dict(s_monday, sources=[a, b], support=[s_b_sent]),
            dict(s_thu, sources=[a], support=[]),
        ],
        "sources": [{"doc": a, "unique_points": ["talks resume Thursday"], "distinctive_terms": ["VDU"]},
                    {"doc": b, "unique_points": [], "distinctive_terms": []}],
    }


def _visible_text(page: str) -> str:
    body = re.sub(r"<script\b.*?</script>|<style\b.*?</style>", "", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def _cited_spans(d: dict):
    for s in d["summary"]:
        yield {k: s[k] for k in ("doc", "start", "end", "text")}
        yield from s["support"]
    for t in d["timeline"]:
        yield from t["evidence"]
    for c in d["claims"]:
        yield from c["values"]
    yield from (q for q in d["quotes"] if q["doc"] != "missing-doc")


def _tags(page: str, name: str) -> list[str]:
    return re.findall(rf"<{name}\b[^>]*>", page)


class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _parsed_tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    p = _TagCollector()
    p.feed(page)
    p.close()
    return p.tags


@pytest.fixture
def dossier() -> dict:
    return make_dossier()


def test_offsets_of_fixture_are_consistent(dossier):
    texts = {d["id"]: d["text"] for d in dossier["documents"]}
    for sp in _cited_spans(dossier):
        assert texts[sp["doc"]][sp["start"]:sp["end"]] == sp["text"]


def test_html_is_self_contained(dossier):
    page = render_html(dossier)
    low = page.lower()
    assert "<script src" not in low and not re.search(r"<script[^>]+src\s*=", low)
    assert not re.search(r"<link\b", low)
    assert "url(http" not in low.replace(" ", "") and "@import" not in low
    assert not re.search(r"<(img|iframe|object|embed|video|audio|source)\b", low)
    # the only http(s) URLs are inert document links
    for m in re.finditer(r"(src|href|action)\s*=\s*\"(https?:[^\"]*)\"", page, flags=re.I):
        assert m.group(1).lower() == "href"
    for tag in _tags(page, "a"):
        if re.search(r'href="https?:', tag):
            assert 'rel="noopener noreferrer"' in tag
    assert "<style>" in page and "@media print" in page
    for tag in ("<header", "<main", "<nav", "<section", "<th scope="):
        assert tag in page


def test_every_cited_span_has_a_mark_and_chips_resolve(dossier):
    page = render_html(dossier)
    mark_ids = set(re.findall(r'<mark\b[^>]*\bid="([^"]+)"', page))
    all_ids = set(re.findall(r'\bid="([^"]+)"', page))
    assert len(all_ids) == len(re.findall(r'\bid="([^"]+)"', page)), "duplicate HTML ids"
    for sp in _cited_spans(dossier):
        assert span_id(sp["doc"], sp["start"], sp["end"]) in mark_ids, sp
    summary = page.split('id="summary"', 1)[1].split("</section>", 1)[0]
    chips = re.findall(r'<a class="chip" href="#([^"]+)"', summary)
    assert len(chips) == 3
    for target in chips:
        assert target in mark_ids
    # every internal link points to an existing id
    for target in re.findall(r'href="#([^"]+)"', page):
        assert target in all_ids, target
    # the anchors are safe slugs
    for did in ("doc-a.txt", "doc b/ü"):
        assert re.fullmatch(r"[A-Za-z0-9-]+", doc_anchor(did))
    assert doc_anchor("a.b") != doc_anchor("a-b")
    assert ":target" in page


def test_article_text_is_inert(dossier):
    page = render_html(dossier)
    body = re.sub(r"<script>\n.*?\n</script>\n</body>", "</body>", page, flags=re.S)  # drop our own script
    assert "<script" not in body.lower()
    assert "window.__pwned" in page  # shown, but escaped
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "<img" not in page.lower()
    assert "onerror=alert(1)&gt;" in page
    tags = _parsed_tags(page)
    assert [t for t, _ in tags if t == "script"] == ["script"]  # only our own inline script
    assert not any(t in ("img", "iframe", "object", "embed") for t, _ in tags)
    for tag, attrs in tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert "src" not in attrs, (tag, attrs)
        href = (attrs.get("href") or "#").strip().lower()
        assert href.startswith(("#", "http://", "https://")), href
    assert not re.search(r'href\s*=\s*["\']?\s*javascript:', page, flags=re.I)
    assert "javascript:alert(1)" in page  # visible as text, not as link
    assert 'href="https://example.invalid/a?x=1&amp;y=2"' in page


def test_removed_lines_under_details(dossier):
    page = render_html(dossier)
    details = re.findall(r"<details\b.*?</details>", page, flags=re.S)
    assert details
    joined = _visible_text("".join(details))
    assert "Leave a Reply" in joined and "comment-section" in joined
    assert f"Tags: strike, {EVIL_SCRIPT}" in joined
    outside = re.sub(r"<details\b.*?</details>", "", page, flags=re.S)
    assert "Leave a Reply" not in outside


def test_conflicts_are_marked(dossier):
    page = render_html(dossier)
    assert re.search(r'<li class="[^"]*\btl-entry\b[^"]*\bconflict\b', page)
    assert re.search(r'<tr class="[^"]*\bconflict\b[^"]*"', page)
    assert 'class="status status-conflict"' in page
    assert "1,200 vs &gt;3,000" in page  # explanation visible
    assert re.search(r'<mark\b[^>]*class="[^"]*\bconflict\b', page)


def test_all_document_text_survives(dossier):
    page = render_html(dossier)
    visible = _visible_text(page)
    for d in dossier["documents"]:
        assert d["text"] in visible
    # the marked-up text block reproduces each document exactly
    for d in dossier["documents"]:
        art = page.split(f'id="{doc_anchor(d["id"])}"', 1)[1]
        block = re.search(r'<div class="doc-text"[^>]*>(.*?)</div>', art, flags=re.S).group(1)
        assert html.unescape(re.sub(r"<[^>]+>", "", block)) == d["text"]


def test_quotes_grouped_and_sections_present(dossier):
    page = render_html(dossier)
    quotes = page.split('id="quotes"', 1)[1].split('id="entities"', 1)[0]
    assert "Ilse Maarvik" in quotes and "Jonas Brekke" in quotes and "unattributed" in quotes
    assert quotes.index("Ilse Maarvik") < quotes.index("unattributed")
    for sid in ("summary", "sources", "timeline", "claims", "quotes", "entities", "documents"):
        assert f'<section id="{sid}"' in page


def test_pathological_spans_do_not_crash():
    text = "abcdefghij"
    d = {"documents": [{"id": "x", "text": text}],
         "quotes": [{"doc": "x", "start": s, "end": e, "text": "", "speaker_name": "S"}
                    for s, e in [(0, 10), (2, 5), (4, 8), (4, 6), (9, 30), (-5, 1), (7, 7), (8, 3), ("a", 2),
                                 (None, None), (0, 10)]]
                   + [{"doc": "nope", "start": 0, "end": 1}, "garbage", None],
         "summary": [{"text": "s", "doc": "x", "start": 1, "end": 9, "sources": ["x", "unknown"], "support": []}],
         "timeline": [None, {"date": None, "evidence": None}], "claims": [{"values": [{}]}], "entities": [{}]}
    page = render_html(d)
    block = re.search(r'<div class="doc-text"[^>]*>(.*?)</div>', page, flags=re.S).group(1)
    assert html.unescape(re.sub(r"<[^>]+>", "", block)) == text
    for s, e in [(0, 10), (2, 5), (4, 8), (4, 6), (9, 10), (0, 1), (1, 9)]:
        assert f'id="{span_id("x", s, e)}"' in page
    render_markdown(d)


def test_markdown_escapes_and_lists_sections(dossier):
    md = render_markdown(dossier)
    for head in ("## Summary", "## Sources", "## Timeline", "## Claims", "## Quotes", "## Entities",
                 "## Documents"):
        assert head in md
    assert re.search(r"(?<!\\)<(?!https?://)", md) is None, "unescaped < in markdown"
    assert not re.search(r"(?<!\\)<(script|img)", md)
    assert "\\<script\\>window.\\_\\_pwned=1\\</script\\>" in md
    assert "\\# not a heading \\| \\[not\\](a link) \\*bold\\* \\_em\\_ \\`code\\`" in md
    assert "[doc-a.txt]" in md
    assert "CONFLICT" in md and "Leave a Reply" in md
    assert "](javascript:" not in md and "<javascript:" not in md
    # every table row has the header's column count (pipes in text are escaped)
    for line in md.splitlines():
        if line.startswith("| "):
            assert len(re.findall(r"(?<!\\)\|", line)) in (5, 6, 8)


def test_write_outputs_atomic_and_confined(tmp_path, dossier, monkeypatch):
    outdir = tmp_path / "out" / "nested"
    sibling = tmp_path / "sibling.txt"
    sibling.write_text("keep")
    replaced = []
    real_replace = os.replace

    def spy(src, dst):
        replaced.append((Path(src), Path(dst)))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    paths = write_outputs(dossier, outdir)
    assert set(paths) == {"json", "md", "html"}
    assert sorted(p.name for p in outdir.iterdir()) == ["dossier.html", "dossier.json", "dossier.md"]
    assert {p.parent for p in paths.values()} == {outdir}
    assert len(replaced) == 3
    for src, dst in replaced:
        assert src.parent == outdir and dst.parent == outdir and src != dst
    # nothing written outside outdir
    all_files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert all_files == ["out/nested/dossier.html", "out/nested/dossier.json", "out/nested/dossier.md",
                         "sibling.txt"]
    raw = paths["json"].read_text(encoding="utf-8")
    assert json.loads(raw) == dossier
    assert "doc b/ü" in raw  # ensure_ascii=False
    assert paths["html"].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    # rewriting replaces in place and leaves no temp files
    write_outputs(dossier, outdir)
    assert len(list(outdir.iterdir())) == 3


def test_empty_dossier(tmp_path):
    for d in ({}, {"documents": [], "story": {}}, make_dossier() | {"documents": []}):
        page = render_html(d)
        md = render_markdown(d)
        assert "<main" in page and "## Documents" in md
        paths = write_outputs(d, tmp_path / "empty")
        assert all(p.exists() for p in paths.values())


def test_random_overlapping_spans_keep_text_and_ids():
    import random

    rnd = random.Random(7)
    for _ in range(200):
        n = rnd.randint(0, 50)
        text = "".join(rnd.choice("ab <>&\"'\n–Ü😀") for _ in range(n))
        spans = [{"doc": "x", "start": rnd.randint(-2, n + 2), "end": rnd.randint(-2, n + 2), "text": ""}
                 for _ in range(rnd.randint(0, 10))]
        page = render_html({"documents": [{"id": "x", "text": text}], "quotes": spans})
        block = re.search(r'<div class="doc-text"[^>]*>(.*?)</div>', page, flags=re.S).group(1)
        assert html.unescape(re.sub(r"<[^>]+>", "", block)) == text
        for sp in spans:
            s, e = max(0, sp["start"]), min(n, sp["end"])
            if s < e:
                assert re.search(rf'<mark\b[^>]*\bid="{re.escape(span_id("x", s, e))}"', page)


def test_html_tags_are_balanced(dossier):
    void = {"meta", "br", "hr", "img", "input", "link"}
    stack: list[str] = []
    problems: list[str] = []

    class Checker(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag not in void:
                stack.append(tag)

        def handle_endtag(self, tag):
            if stack and stack[-1] == tag:
                stack.pop()
            else:
                problems.append(tag)

    Checker().feed(render_html(dossier))
    assert problems == [] and stack == []


def test_a_failed_write_raises_and_leaves_no_temp_file(tmp_path, monkeypatch):
    import newsdossier.render as render

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(render.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        render._atomic_write(tmp_path / "dossier.md", "text")
    assert list(tmp_path.iterdir()) == []
