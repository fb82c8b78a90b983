"""The PolNeAR attribution eval: brat reading, normalised span matching, averaging over annotators."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from newsdossier.eval import attribution as A

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "polnear"  # ../shared

TEXT = ("Officials met on Monday.\n\n"
        "\u201cThe harbour will reopen next week,\u201d Mayor Karen Holt said.\n\n"
        "Port workers said that the cranes were broken.")


def _ann(text: str, rows: list[tuple[str, str, list[tuple[int, int]]]]) -> str:
    out, ev, n = [], [], 0
    for eid, group in enumerate(rows, 1):
        args = []
        for role, spans in group:
            n += 1
            frag = ";".join(f"{a} {b}" for a, b in spans)
            out.append(f"T{n}\t{role} {frag}\t{' '.join(text[a:b] for a, b in spans)}")
            args.append(f"{role}:T{n}")
        ev.append(f"E{eid}\tAttribution:T0 " + " ".join(args))
    return "\n".join(out + ev) + "\n"


def _span(text, s):
    i = text.index(s)
    return (i, i + len(s))


def _dataset(tmp_path: Path, second_annotator_misses: bool = False) -> Path:
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir(parents=True)
    (tmp_path / "dev" / "text" / "art.txt").write_text(TEXT, encoding="utf-8")
    said1 = _span(TEXT, "Holt said")[1]
    said2 = _span(TEXT, "workers said")[1]
    g1 = [  # PolNeAR content keeps the quote marks and the comma; "that" is part of the content
        [("Content", [_span(TEXT, "\u201cThe harbour will reopen next week,\u201d")]),
         ("Source", [_span(TEXT, "Mayor Karen Holt")]), ("Cue", [(said1 - 4, said1)])],
        [("Source", [_span(TEXT, "Port workers")]), ("Cue", [(said2 - 4, said2)]),
         ("Content", [_span(TEXT, "that the cranes were broken")])],
    ]
    (tmp_path / "dev" / "attributions" / "art_aaaa.ann").write_text(_ann(TEXT, g1), encoding="utf-8")
    if second_annotator_misses:
        g2 = [g1[0], [("Source", [_span(TEXT, "Officials")]), ("Cue", [_span(TEXT, "met")]),
                      ("Content", [_span(TEXT, "on Monday")])]]
        (tmp_path / "dev" / "attributions" / "art_bbbb.ann").write_text(_ann(TEXT, g2), encoding="utf-8")
    return tmp_path


def _args(data: Path, **kw):
    ns = argparse.Namespace(data=data, json=False, split="dev", limit=0, errors=2)
    for k, v in kw.items():
        setattr(ns, k, v)
    return ns


def test_read_ann_discontinuous_and_numbered_roles(tmp_path):
    p = tmp_path / "x.ann"
    p.write_text("T1\tContent 0 4;10 14\tabcd efgh\nT2\tCue 5 9\tsaid\nT3\tContent 20 25\tmore\n"
                 "T4\tDiscard 30 40\tjunk\nE1\tAttribution:T9 Content:T1 Cue:T2 Content2:T3\n"
                 "E2\tAttribution:T9 Cue:T2\nbroken line\n", encoding="utf-8")
    atts = A.read_ann(p)
    assert len(atts) == 1  # an event without content is not an attribution
    assert atts[0].content == [(0, 4), (10, 14), (20, 25)] and atts[0].cue == [(5, 9)] and atts[0].source == []


def test_matching_ignores_quote_marks_punctuation_and_leading_that():
    text = "\u201cWe will win,\u201d she said that the vote is close."
    g = A._toks(text, [(0, 15)], lead=True)
    p = A._toks(text, [(1, 12)], lead=True)
    assert g == p
    assert A._toks(text, [(text.index("that"), len(text))], lead=True) == \
        A._toks(text, [(text.index("the vote"), len(text) - 1)], lead=True)
    assert A._overlap((1, 2, 3, 4), (3, 4)) == 0.5 and A._overlap((1,), ()) == 0.0


def test_main_scores_a_small_split(tmp_path):
    r = A.main(_args(_dataset(tmp_path)))
    assert r["articles"] == 1 and r["annotation_files"] == 1 and r["gold_attributions"] == 2
    assert r["content_overlap"]["f1"] == 1.0
    assert r["content_exact"]["f1"] == 1.0
    assert r["source_on_matched_content"]["f1"] == 1.0
    assert r["cue"]["f1"] == 1.0
    assert r["full_triple_accuracy"] == 1.0
    report = A.format_report(r)
    assert "content overlap" in report and "full-triple" in report


def test_several_annotators_are_averaged(tmp_path):
    r = A.main(_args(_dataset(tmp_path, second_annotator_misses=True)))
    assert r["annotation_files"] == 2
    # annotator 1: 2/2 found; annotator 2: 1/2 found -> mean recall 0.75 over 2 gold per file
    assert r["content_overlap"]["recall"] == pytest.approx(0.75)
    assert r["gold_attributions"] == 2


def test_missing_split_or_bad_files_do_not_raise(tmp_path):
    r = A.main(_args(tmp_path, split="nope"))
    assert r["articles"] == 0 and r["content_overlap"]["f1"] == 0.0
    d = _dataset(tmp_path / "d")
    (d / "dev" / "attributions" / "art_cccc.ann").write_bytes(b"\xff\xfe garbage\tT\n")
    (d / "dev" / "text" / "orphan.txt").write_text("No annotations here.", encoding="utf-8")
    r = A.main(_args(d, limit=5))
    assert r["articles"] == 1 and r["annotation_files"] == 2


def test_cli_registers_the_task():
    assert A.__doc__.strip().splitlines()[0]
    p = argparse.ArgumentParser()
    A.add_arguments(p)
    ns = p.parse_args([])
    assert ns.split == "dev" and ns.limit == 0


@pytest.mark.skipif(not (POLNEAR / "dev").is_dir(), reason=f"PolNeAR dev split not available: {POLNEAR}/dev absent (../shared beside the repository)")
def test_polnear_dev_sample_runs():
    r = A.main(_args(POLNEAR, limit=3))
    assert r["articles"] == 3 and r["gold_attributions"] > 0
    assert 0.0 < r["content_overlap"]["f1"] <= 1.0
    # the product's quotations alone are scored too; the conventions only add attributions
    alone = r["product_alone"]["content_overlap"]
    assert 0.0 < alone["f1"] <= 1.0 and alone["tp"] <= r["content_overlap"]["tp"] + 1e-9


def test_attitudes_are_scored_as_attributions(tmp_path):
    text = "Officials met on Monday.\n\nThe dock union called for new cranes at the port."
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir(parents=True)
    (tmp_path / "dev" / "text" / "art.txt").write_text(text, encoding="utf-8")
    gold = [[("Source", [_span(text, "The dock union")]), ("Cue", [_span(text, "called for")]),
             ("Content", [_span(text, "new cranes at the port")])]]
    (tmp_path / "dev" / "attributions" / "art_aaaa.ann").write_text(_ann(text, gold), encoding="utf-8")
    r = A.main(_args(tmp_path))
    assert r["predicted_by_kind"] == {"attitude": 1}
    assert r["content_exact"]["f1"] == 1.0 and r["cue"]["f1"] == 1.0
    assert r["source_on_matched_content"]["f1"] == 1.0 and r["full_triple_accuracy"] == 1.0


def test_annotator_agreement_is_the_ceiling_between_annotation_files():
    text = "The mayor said the bridge would reopen. Critics argued that the repairs were rushed."
    i = text.index
    a1 = A.Attr(content=[(i("the bridge"), i("."))], source=[(0, 9)], cue=[(i("said"), i("said") + 4)])
    a2 = A.Attr(content=[(i("the repairs"), len(text) - 1)], source=[(i("Critics"), i("Critics") + 7)],
                cue=[(i("argued"), i("argued") + 6)])
    same = A.annotator_agreement([("x", text, [[a1, a2], [a1, a2]])])
    assert same["articles"] == 1 and same["content_overlap"]["f1"] == 1.0
    half = A.annotator_agreement([("x", text, [[a1, a2], [a1]])])
    assert 0 < half["content_overlap"]["f1"] < 1.0
    assert A.annotator_agreement([("x", text, [[a1]])])["articles"] == 0  # one annotator: no ceiling

