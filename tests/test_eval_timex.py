"""The TempEval-3 Task A scorer and the TimeML reader on hand-made cases."""

from types import SimpleNamespace as T

import pytest

from newsdossier.eval.timeml import norm_value, read_tml, score_document


def g(start, end, value, typ="DATE"):
    return T(start=start, end=end, value=value, type=typ, text="")


def test_strict_relaxed_value_type():
    gold = [g(0, 10, "2022-01-13"), g(20, 30, "P10D", "DURATION"), g(40, 45, "2022-W02")]
    system = [g(0, 10, "2022-01-13"),            # strict, value ok
              g(18, 30, "P9D", "DURATION"),      # relaxed only, wrong value
              g(41, 44, "2022-W02", "TIME"),     # relaxed only, value ok, wrong type
              g(60, 65, "PAST_REF")]             # spurious
    c, errors = score_document(gold, system)
    s = c.scores()
    assert (c.strict, c.relaxed, c.value, c.type) == (1, 3, 2, 2)
    assert s["strict"] == {"p": 25.0, "r": 33.33, "f1": 28.57}
    assert s["relaxed"]["p"] == 75.0 and s["relaxed"]["r"] == 100.0
    assert s["value"]["p"] == 50.0 and s["value"]["r"] == 66.67  # value F1 counts over relaxed matches
    assert s["value_accuracy"] == 66.67 and s["type_accuracy"] == 66.67
    kinds = sorted(e["kind"] for e in errors)
    assert kinds == ["extent", "extent", "spurious", "type", "value"]


def test_relaxed_matching_is_one_to_one():
    gold = [g(0, 20, "2022-01")]
    system = [g(0, 5, "2022-01"), g(6, 20, "2022-01")]  # two pieces of one gold expression
    c, errors = score_document(gold, system)
    assert (c.relaxed, c.strict, c.value) == (1, 0, 1)
    assert [e["kind"] for e in errors].count("spurious") == 1


def test_empty_inputs():
    c, errors = score_document([], [])
    assert c.scores()["strict"]["f1"] == 0.0 and errors == []
    c, errors = score_document([g(0, 3, "2022")], [])
    assert c.scores()["relaxed"]["r"] == 0.0 and errors[0]["kind"] == "missed"


def test_value_spellings():
    assert norm_value("2000-W7") == norm_value("2000-W07")
    assert norm_value("1998-08-07T10:35:00") == "1998-08-07T10:35"
    assert norm_value("2000-W17") == "2000-W17"


def test_read_tml(tmp_path):
    p = tmp_path / "x.tml"
    p.write_text('<?xml version="1.0" ?>\n<TimeML><DOCID>X1</DOCID>'
                 '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">'
                 '1998-08-07</TIMEX3></DCT>\n<TEXT>\nBombs &amp; <EVENT eid="e1">exploded</EVENT> '
                 '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, for '
                 '<TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.\n</TEXT></TimeML>')
    d = read_tml(p)
    assert d.id == "X1" and d.dct == "1998-08-07"
    assert [(t.text, t.value, t.type) for t in d.timexes] == [("Friday", "1998-08-07", "DATE"),
                                                              ("two days", "P2D", "DURATION")]
    for t in d.timexes:
        assert d.text[t.start:t.end] == t.text
    assert "Bombs & exploded" in d.text
    bad = tmp_path / "bad.tml"
    bad.write_text("not xml at all")
    assert read_tml(bad) is None
    with pytest.raises(OSError):  # an unreadable benchmark file is an error, not a smaller benchmark
        read_tml(tmp_path / "missing.tml")


@pytest.mark.parametrize("dct", [True, False])
def test_main_on_a_tiny_folder(tmp_path, dct):
    from newsdossier.eval import timex

    (tmp_path / "a.tml").write_text(
        '<TimeML><DOCID>A</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2022-01-13" '
        'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>Troops arrived on '
        '<TIMEX3 tid="t1" type="DATE" value="2022-01-06">January 6, 2022</TIMEX3> and left '
        '<TIMEX3 tid="t2" type="DATE" value="2022-01-13">Thursday</TIMEX3>.</TEXT></TimeML>')
    r = timex.main(T(data=tmp_path, json=False, lang="en", dct=dct, limit=0, errors=3))
    assert r["overall"]["gold"] == 2 and r["overall"]["value"]["f1"] == 100.0
    assert ("dct" in r) == dct
    assert "value F1" in timex.format_report(r)


def test_day_cue_needs_a_written_month_and_day():
    from newsdossier.eval.timex import _has_day_cue

    def doc(*pairs):
        return T(timexes=[T(type=t, value=v, text=x) for x, t, v in pairs])

    assert _has_day_cue(doc(("Aug. 7", "DATE", "1998-08-07")))
    assert _has_day_cue(doc(("13 January 2022", "DATE", "2022-01-13")))
    assert not _has_day_cue(doc(("Friday", "DATE", "1998-08-07"), ("today", "DATE", "1998-08-07")))
    assert not _has_day_cue(doc(("10:35 a.m.", "TIME", "1998-08-07T10:35")))  # a clock time fixes no day
    assert not _has_day_cue(doc(("August", "DATE", "1998-08")))


def test_publication_day_written_means_within_a_day_of_the_dct():
    from newsdossier.eval.timex import _writes_publication_day

    def doc(dct, *pairs):
        return T(dct=dct, timexes=[T(type=t, value=v, text=x) for x, t, v in pairs])

    assert _writes_publication_day(doc("1998-08-08", ("August 7", "DATE", "1998-08-07")))  # dateline, day before
    assert _writes_publication_day(doc("1998-08-07", ("Friday, Aug. 7", "DATE", "1998-08-07")))
    assert not _writes_publication_day(doc("1998-08-18", ("Aug. 7", "DATE", "1998-08-07")))  # an older event
    assert not _writes_publication_day(doc("1998-08-07", ("Friday", "DATE", "1998-08-07")))  # no written day
    assert not _writes_publication_day(doc(None, ("Aug. 7", "DATE", "1998-08-07")))
