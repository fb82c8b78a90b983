"""Issue 19 dates: metadata wins over a dateline, a year-less dateline never takes the year before by default,
and a date written without its year takes the year its cue words, tense or nearness say."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from newsdossier import config
from newsdossier.analyze.publication import date_document, dateline_near, reference_day
from newsdossier.analyze.temporal import find_timexes
from newsdossier.analyze.temporal.calendar import directed_year, month_year, nearest_year
from newsdossier.analyze.temporal.tense import direction_cue
from newsdossier.ingest import date_from_name, ingest
from newsdossier.model import Document, Timex

ROOT = Path(__file__).resolve().parents[1]


def value(text: str, dct: str, lang: str = "en") -> str:
    (t,) = [x for x in find_timexes(text, dct, lang=lang) if x.type in ("DATE", "TIME")]
    return t.value


# --------------------------------------------------------------------------- year-less expressions

def test_no_tense_no_cue_takes_the_nearest_year_not_the_year_before():
    # the reported bug: "the Nov. 8 election" in a late-summer report placed a year early
    assert value("Voters cast ballots in the Nov. 8 election.", "2016-08-15") == "2016-11-08"
    assert value("Voters cast ballots in the Nov. 8 election.", "2016-09-30") == "2016-11-08"


def test_forward_cue_puts_the_date_on_or_after_the_publication_date():
    # nearest would be 2015-12-20 (21 days back); "coming" says ahead
    assert value("Officials prepared for the coming Dec. 20 deadline.", "2016-01-10") == "2016-12-20"
    assert value("Officials prepared for the Dec. 20 deadline.", "2016-01-10") == "2015-12-20"


def test_backward_cue_puts_the_date_on_or_before_the_publication_date():
    # nearest would be 2017-01-05 (26 days ahead); "last" says back
    assert value("The plant closed last Jan. 5 and workers left.", "2016-12-10") == "2016-01-05"


def test_future_tense_goes_forward():
    assert value("She will speak on March 4.", "2016-11-20") == "2017-03-04"


def test_french_cues_after_the_date():
    assert value("Le vote aura lieu le 8 novembre prochain.", "2016-12-01", "fr") == "2017-11-08"
    assert value("Le vote a eu lieu le 3 mars dernier.", "2016-02-01", "fr") == "2015-03-03"
    assert value("Le vote du 8 novembre.", "2016-09-20", "fr") == "2016-11-08"


def test_direction_cue_reads_only_the_words_next_to_the_date():
    assert direction_cue("ahead of the upcoming ", " election") == "forward"
    assert direction_cue("on ", " last") == "backward"
    assert direction_cue("the last time, on ", ".") is None  # "last" modifies another noun
    assert direction_cue("le ", " prochain", "fr") == "forward"
    assert direction_cue("next ", " last") is None  # cues that disagree say nothing


def test_calendar_direction_and_nearest():
    dct = date(2016, 10, 20)
    assert directed_year(10, dct, "forward", 3) == 2017  # Oct. 3 is gone by on Oct. 20
    assert directed_year(10, dct, "forward") == 2016  # "next October" month-level: this one
    assert directed_year(11, dct, "backward", 8) == 2015
    assert nearest_year(1, dct, 5) == 2017
    assert nearest_year(6, date(2016, 1, 1)) == 2016
    # a day ahead counts more than a day back when asked: 170 days ahead x 1.5 > 195 days back
    assert nearest_year(10, date(1999, 5, 6), 23, ahead_weight=1.0) == 1999
    assert nearest_year(10, date(1999, 5, 6), 23, ahead_weight=1.5) == 1998
    assert month_year(11, dct, None, since=False, ahead_cue=False, direction="backward", day=8) == 2015


# --------------------------------------------------------------------------- publication dates

def _undated(id_: str, text: str, dateline_date: str | None = None, told: tuple = ()) -> Document:
    d = Document(id=id_, text=text, language="en")
    d.dateline_date = dateline_date
    d.timexes = [Timex(0, 1, "x", "DATE", v) for v in told]
    return d


def test_yearless_dateline_is_not_pulled_into_the_year_before_by_told_history():
    # the reported bug: "WASHINGTON, Oct. 3 (UPI)" read as 2015 in 2016 coverage; the other documents tell
    # mostly older days (history), whose median lies in 2015
    others = [_undated("a", "x", told=("2014-01-01", "2015-05-01", "2015-06-01", "2016-09-28", "2016-09-30"))]
    d = _undated("upi", "WASHINGTON, Oct. 3 (UPI) -- The campaign went on.", dateline_date="Oct. 3")
    date_document(d, others + [d], known=[])
    assert (d.published, d.published_basis) == ("2016-10-03", "dateline")


def test_yearless_dateline_takes_the_year_nearest_the_known_publication_dates():
    d = _undated("upi", "LOS ANGELES, Dec. 30 (UPI) -- Text.", dateline_date="Dec. 30")
    date_document(d, [d], known=["2016-01-04", "2016-01-05", "2016-01-06"])
    assert d.published == "2015-12-30"  # nearest, even when that is the year before
    assert dateline_near("Oct. 3", date(2016, 10, 10)) == "2016-10-03"
    assert dateline_near("Oct. 3", None) is None


def test_reference_day_prefers_publication_dates_then_a_high_quantile_of_told_days():
    assert reference_day(["2016-10-01", "2016-10-05", "2016-10-09"], ["1999-01-01"]) == date(2016, 10, 5)
    assert reference_day([], ["2014-01-01", "2015-05-01", "2015-06-01", "2016-09-28", "2016-09-30"]) == date(2016, 9, 28)
    assert reference_day([], []) is None


def test_metadata_date_is_never_overwritten_by_the_pass():
    d = _undated("m", "WASHINGTON, Oct. 3 (UPI) -- Text.", dateline_date="Oct. 3")
    d.published, d.published_basis = "2016-10-05", "metadata"
    date_document(d, [d], known=["2015-10-03"])
    assert (d.published, d.published_basis) == ("2016-10-05", "metadata")


def test_record_metadata_wins_over_the_texts_dateline(tmp_path):
    rec = {"published": "2016-10-05", "text": "WASHINGTON, Oct. 3, 2015 (UPI) -- The campaign went on today."}
    (tmp_path / "story.json").write_text(json.dumps(rec), encoding="utf-8")
    (doc,) = ingest([tmp_path]).documents
    assert (doc.published, doc.published_basis) == ("2016-10-05", "metadata")
    assert doc.meta["dateline_published"] == "2015-10-03"  # the disagreement stays visible


def test_file_name_date_is_metadata_and_wins_over_the_dateline(tmp_path):
    text = "WASHINGTON, Oct. 3, 2015 (UPI) -- The campaign went on today.\n"
    (tmp_path / "upi_2016-10-03_campaign.txt").write_text(text, encoding="utf-8")
    (doc,) = ingest([tmp_path]).documents
    assert (doc.published, doc.published_basis, doc.meta["published_from"]) == ("2016-10-03", "metadata", "file name")
    with config.use(config.override(config.DEFAULTS, {"time": {"file_name_dates": False}})):
        (doc,) = ingest([tmp_path]).documents
    assert (doc.published, doc.published_basis) == ("2015-10-03", "dateline")


def test_date_from_name_needs_exactly_one_calendar_day():
    assert date_from_name("nyt_2016-10-03_slug.txt") == "2016-10-03"
    assert date_from_name("2016_10_03-report.html") == "2016-10-03"
    assert date_from_name("a_2016-02-30_b.txt") is None  # not a day
    assert date_from_name("from_2016-10-03_to_2016-10-09.txt") is None  # which one is unknown
    assert date_from_name("12016-10-031.txt") is None  # inside a longer number
    assert date_from_name("2016-10_03.txt") is None  # mixed separators
    assert date_from_name("01-varnholm-post.txt") is None


# --------------------------------------------------------------------------- the audit

def test_date_audit_counts_other_years_and_dateline_year_changes():
    sys.path.insert(0, str(ROOT / "bench"))
    from date_audit import audit

    dossier = {"documents": [
        {"id": "a", "path": "x/upi_2016-10-03_a.txt", "published": "2015-10-03", "published_basis": "dateline",
         "meta": {"dateline": "WASHINGTON, Oct. 3 (UPI) --"},
         "timexes": [{"text": "Nov. 8", "type": "DATE", "value": "2015-11-08"},
                     {"text": "Nov. 8, 2012", "type": "DATE", "value": "2012-11-08"},  # the year is written
                     {"text": "Tuesday", "type": "DATE", "value": "2016-10-04"},
                     {"text": "two weeks", "type": "DURATION", "value": "P2W"}]},
        {"id": "b", "path": "y/b.txt", "published": None, "published_basis": "unknown", "meta": {}, "timexes": []},
    ]}
    r = audit(dossier)
    assert (r["with_file_name_date"], r["published_day_differs"], r["published_year_differs"]) == (1, 1, 1)
    assert (r["dateline_documents"], r["dateline_changed_year"]) == (1, 1)
    assert (r["yearless"], r["yearless_year_differs"], r["yearless_year_back"]) == (2, 1, 1)
    assert r["published_basis"] == {"dateline": 1, "none": 1}
