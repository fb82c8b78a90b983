"""The reference report in a real browser (Debian Chromium driven by Playwright's Python package).

Skips with the reason only when Playwright cannot be imported or Chromium cannot be launched;
never downloads a browser (no `playwright install`).
"""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = os.environ.get("NEWSDOSSIER_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        pytest.skip(f"playwright not importable: {exc}")
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        pytest.skip(f"Chromium not installed at {CHROMIUM} (make test installs Debian's chromium when it can)")
    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
    except Exception as exc:
        pw.stop()
        pytest.skip(f"Chromium could not be launched: {type(exc).__name__}: {str(exc).splitlines()[0]}")
    yield b
    b.close()
    pw.stop()


@pytest.fixture(scope="module")
def report(reference_dossier, tmp_path_factory):
    from newsdossier.render import write_outputs

    _, data = reference_dossier
    out = tmp_path_factory.mktemp("report")
    return write_outputs(data, out)["html"], data


def _in_viewport(page, selector: str) -> bool:
    return page.eval_on_selector(selector, """el => {
        const r = el.getBoundingClientRect();
        const bar = document.querySelector('.filter-bar');
        const top = bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
        return r.height > 0 && r.bottom > top && r.top >= top - 1 && r.top < window.innerHeight;
    }""")


def test_citation_jumps_to_highlighted_visible_span(browser, report, tmp_path):
    html_path, data = report
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(html_path.as_uri())
    chips = page.locator("#summary a.chip")
    assert chips.count() >= len(data["summary"])
    # a citation far down the page: the last chip of the last summary sentence
    chip = chips.nth(chips.count() - 1)
    target = chip.get_attribute("href")
    assert target and target.startswith("#d-")
    chip.click()
    page.wait_for_function("h => location.hash === h", arg=target)
    sel = f"[id='{target[1:]}']"
    mark = page.locator(sel)
    assert mark.count() == 1
    # the span the chip cites is the one in the document text
    doc_id, start, end = next((sp["doc"], sp["start"], sp["end"]) for s in data["summary"] for sp in [s, *s["support"]]
                              if target.endswith(f"-{sp['start']}-{sp['end']}"))
    full = page.eval_on_selector_all(f"mark[data-spans~='{target[1:]}']", "els => els.map(e => e.textContent).join('')")
    texts = {d["id"]: d["text"] for d in data["documents"]}
    assert full == texts[doc_id][start:end]
    # highlighted: the script marks every segment, and the style differs from a plain citation
    assert "jumped" in (mark.get_attribute("class") or "")
    bg_jumped = page.eval_on_selector(sel, "e => getComputedStyle(e).backgroundColor")
    bg_plain = page.eval_on_selector("mark.cite:not(.jumped)", "e => getComputedStyle(e).backgroundColor")
    assert bg_jumped != bg_plain
    assert "underline" in page.eval_on_selector(sel, "e => getComputedStyle(e).textDecorationLine")
    # visible: inside the viewport and not under the sticky filter bar
    assert _in_viewport(page, sel)
    shot = tmp_path / "citation.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert errors == []
    page.close()


def test_page_reads_without_javascript_and_filter_works(browser, report, tmp_path):
    html_path, data = report
    ctx = browser.new_context(java_script_enabled=False)
    page = ctx.new_page()
    page.goto(html_path.as_uri())
    for sid in ("summary", "sources", "timeline", "claims", "quotes", "entities", "documents"):
        assert page.locator(f"section#{sid}").is_visible()
    assert page.locator(".filter-bar").count() == 0
    ctx.close()

    page = browser.new_page()
    page.goto(html_path.as_uri())
    first = data["documents"][0]["id"]
    page.select_option("#nd-filter", label=first)
    visible_docs = page.locator("#documents article.document:not(.filtered-out)")
    assert visible_docs.count() == 1
    page.emulate_media(media="print")
    assert not page.locator(".filter-bar").is_visible()
    page.close()
