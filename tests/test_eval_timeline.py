"""Timeline eval: reference reader, tokenizer and the tilse scores on hand-made timelines."""

from datetime import date

import pytest

from newsdossier.eval.timeline import read_reference, score, tokenize

pytest.importorskip("tilse")


def test_read_reference(tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("2011-02-02\nDes milliers de manifestants .\nM. Saleh appelle au dialogue .\n"
                 "--------------------------------\nnot-a-date\n2011-02-03\nUne phrase .\n-----\n", encoding="utf-8")
    ref = read_reference(p)
    assert ref == {date(2011, 2, 2): ["Des milliers de manifestants .", "M. Saleh appelle au dialogue ."],
                   date(2011, 2, 3): ["Une phrase ."]}
    assert read_reference(tmp_path / "missing.txt") == {}


def test_tokenize_like_the_reference():
    assert tokenize("l’opposition (ONG) a dit: «non».") == "l’ opposition ( ONG ) a dit : « non » ."


def test_scores():
    ref = {date(2011, 1, 1): ["the troops left the city"], date(2011, 1, 3): ["protest in the capital"]}
    same = score(ref, ref)
    assert same["date"]["f_score"] == 1.0 and same["agreement"]["rouge_1"]["f_score"] == pytest.approx(1.0)
    pred = {date(2011, 1, 1): ["troops left city"], date(2011, 1, 4): ["protest in capital"]}
    s = score(pred, ref)
    assert s["date"]["f_score"] == 0.5
    # agreement only credits same-day content; the alignment metric also credits the near day
    assert s["align_date_content_costs_many_to_one"]["rouge_1"]["f_score"] > s["agreement"]["rouge_1"]["f_score"] > 0
    assert score({}, ref)["date"]["f_score"] == 0.0
