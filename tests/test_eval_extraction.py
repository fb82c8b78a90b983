"""Tests of `newsdossier eval extraction`: the shingle scorer, the page flattener, main()."""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import pytest

from newsdossier.eval import extraction
from newsdossier.eval.flatten import flatten_html

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "article-extraction"


# --------------------------------------------------------------------------- scorer

def test_identical_is_one() -> None:
    s = extraction.score_pair("The quick brown fox jumps over the lazy dog", "the QUICK brown fox jumps over the lazy dog")
    assert s["precision"] == s["recall"] == s["f1"] == 1.0


def test_disjoint_is_zero() -> None:
    s = extraction.score_pair("alpha beta gamma delta epsilon", "one two three four five six")
    assert s["precision"] == s["recall"] == s["f1"] == 0.0


def test_partial_hand_computed() -> None:
    # gold shingles: (a b c d), (b c d e); predicted: (a b c d), (b c d x) -> tp=fp=fn=1
    s = extraction.score_pair("a b c d e", "a b c d x")
    assert s["precision"] == pytest.approx(0.5)
    assert s["recall"] == pytest.approx(0.5)
    assert s["f1"] == pytest.approx(0.5)
    # extra text only lowers precision: gold 2 shingles, prediction 2 + 3 extra -> P = 2/5, R = 1
    s2 = extraction.score_pair("a b c d e", "a b c d e v w x")
    assert s2["precision"] == pytest.approx(2 / 5)
    assert s2["recall"] == pytest.approx(1.0)


def test_shingles_are_multisets_and_short_texts_count() -> None:
    assert extraction.shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2
    assert extraction.shingles("two words") == {("two", "words"): 1}
    assert extraction.score_pair("two words", "two words")["f1"] == 1.0


def test_aggregate_is_benchmark_macro() -> None:
    perfect = extraction.score_pair("a b c d e", "a b c d e")
    empty = extraction.score_pair("a b c d e", "")
    agg = extraction.aggregate([perfect, empty])
    assert agg["precision"] == pytest.approx(1.0)  # an empty prediction has no precision to average
    assert agg["recall"] == pytest.approx(0.5)
    assert agg["f1"] == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert agg["f1_doc_mean"] == pytest.approx(0.5)


# --------------------------------------------------------------------------- flattener

def test_flatten_one_line_per_block_without_scripts() -> None:
    html = """<html><head><title>T</title><style>p{color:red}</style></head><body>
    <nav><ul><li>Home</li><li>World</li></ul></nav>
    <script>var secret = "do not show";</script>
    <h1>Big   headline</h1>
    <p>First <b>bold</b> paragraph
       wrapped in the source.</p><p>Second<br>paragraph.</p>
    <noscript>enable js</noscript><!-- a comment -->
    <table><tr><td>cell 1</td><td>cell 2</td></tr></table>
    <footer>Footer text</footer></body></html>"""
    lines = flatten_html(html).split("\n")
    assert lines == ["Home", "World", "Big headline", "First bold paragraph wrapped in the source.",
                     "Second paragraph.", "cell 1 cell 2", "Footer text"]
    flat = "\n".join(lines)
    assert "secret" not in flat and "color" not in flat and "enable js" not in flat and "comment" not in flat


@pytest.mark.parametrize("html", ["", "   ", "<html>", "not html at all", "<?xml version='1.0' encoding='latin-1'?><p>x</p>",
                                  "<div>" * 5000 + "deep" + "</div>" * 5000])
def test_flatten_never_raises(html: str) -> None:
    assert isinstance(flatten_html(html), str)


# --------------------------------------------------------------------------- end to end

PARA = ("The harbour authority said on Monday that the old crane would be dismantled next spring, after "
        "inspectors found cracks in two of its main supports during a routine check of the quay.")
PARA2 = ("Workers who have used the crane for decades said they were sad to see it go, but agreed that "
         "safety had to come first and that a modern crane would make the port more competitive.")


def _page(body: str) -> str:
    menu = "".join(f"<li><a href='#'>{w}</a></li>" for w in
                   ["Home", "News", "Sport", "Business", "Culture", "Weather", "Video", "Opinion", "Contact"])
    return (f"<html><head><title>x</title><script>var a=1;</script></head><body><nav><ul>{menu}</ul></nav>"
            f"<article><h1>Crane to go</h1>{body}</article><footer><ul>{menu}</ul><p>© 2020 Port News</p>"
            f"</footer></body></html>")


def _make_dir(tmp_path: Path) -> Path:
    (tmp_path / "html").mkdir()
    pages = {"p1": f"<p>{PARA}</p><p>{PARA2}</p>", "p2": f"<p>{PARA2}</p>"}
    gt = {}
    for pid, body in pages.items():
        (tmp_path / "html" / f"{pid}.html.gz").write_bytes(gzip.compress(_page(body).encode("utf-8")))
        gt[pid] = {"articleBody": body.replace("<p>", "").replace("</p>", "\n").strip(), "url": f"https://x/{pid}"}
    (tmp_path / "html" / "p3.html.gz").write_bytes(b"this is not gzip")
    gt["p3"] = {"articleBody": PARA, "url": None}
    (tmp_path / "ground-truth.json").write_text(json.dumps(gt), encoding="utf-8")
    return tmp_path


def _args(data: Path, mode: str, limit: int | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser()
    p.add_argument("--data", type=Path)
    p.add_argument("--json", action="store_true")
    extraction.add_arguments(p)
    argv = ["--data", str(data), "--mode", mode] + (["--limit", str(limit)] if limit else [])
    return p.parse_args(argv)


@pytest.mark.parametrize("mode", ["html", "text"])
def test_main_end_to_end(tmp_path: Path, mode: str) -> None:
    res = extraction.main(_args(_make_dir(tmp_path), mode))
    for key in ("precision", "recall", "f1", "n", "mode", "per_doc"):
        assert key in res
    assert res["n"] == 3 and res["mode"] == mode and len(res["per_doc"]) == 3
    for k in ("precision", "recall", "f1"):
        assert 0.0 <= res[k] <= 1.0
    by_id = {d["id"]: d for d in res["per_doc"]}
    assert by_id["p3"]["f1"] == 0.0  # unreadable page = empty output, not a crash ...
    assert "cannot read page" in by_id["p3"]["error"] and res["errors"] >= 1  # ... and counted as a failure
    assert by_id["p1"]["recall"] > 0.9
    if mode == "text":
        assert "baseline" in res
        assert res["precision"] > res["baseline"]["precision"]  # menus and footer were dropped
    report = extraction.format_report(res)
    assert mode in report and "F1" in report


def test_limit(tmp_path: Path) -> None:
    res = extraction.main(_args(_make_dir(tmp_path), "text", limit=1))
    assert res["n"] == 1


@pytest.mark.parametrize("mode", ["html", "text"])
def test_shared_benchmark_slice(mode: str) -> None:
    if not (BENCH / "ground-truth.json").is_file():
        pytest.skip(f"benchmark not found at {BENCH} (shared data absent)")
    res = extraction.main(_args(BENCH, mode, limit=10))
    assert res["n"] == 10
    assert 0.0 <= res["f1"] <= 1.0
    if mode == "text":
        assert res["f1"] > res["baseline"]["f1"]


def test_extractor_failure_is_counted_not_silent(tmp_path: Path, monkeypatch) -> None:
    """extract_html reports a trafilatura failure in its result: the eval counts that page as failed."""
    from newsdossier import ingest

    monkeypatch.setattr(ingest, "extract_html", lambda html, url=None: {"text": "", "error": "HTML extraction failed: boom"})
    res = extraction.main(_args(_make_dir(tmp_path), "html"))
    assert res["errors"] == res["n"]
    assert all("boom" in d["error"] or "cannot read page" in d["error"] for d in res["per_doc"])
    assert "failed pages" in extraction.format_report(res)


def test_flatten_of_a_page_without_elements_is_empty() -> None:
    assert flatten_html("<!-- only a comment -->") == ""
