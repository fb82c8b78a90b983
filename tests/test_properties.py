"""Property-based tests: random Unicode never raises, and every offset reproduces its text.

Settings: 150 examples per test for the regex paths, 40 with the spaCy parse (slower); deadline off
because the first call loads language data.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdossier.analyze.quantities import find_quantities
from newsdossier.analyze.quotes import find_quotes
from newsdossier.analyze.temporal import find_timexes
from newsdossier.clean import clean_text

# Text that looks a little like news: words, digits, every quote and dash style, newlines, odd code points.
PIECES = ["said", "on Thursday", "January 6", "2,300", "more than", "about", "ten thousand", "dozens", "–", "—",
          "“", "”", "«", "»", "„", "‘", "’", '"', "'", "\n", "\n\n", ":", ".", ",", "Mr", "Ilse Tamm", "troops",
          "Leave a Reply", "Photo: XPA", "→ READ", "2022-01-13", "next week", "100–200", "%", "\u200b", "\x00"]
news_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=400), news_text)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_spans(text, items, extra=()):
    for it in items:
        assert 0 <= it.start <= it.end <= len(text)
        assert text[it.start:it.end] == it.text
        for s, e, t in extra:
            s, e = getattr(it, s), getattr(it, e)
            if s is not None:
                assert text[s:e] == getattr(it, t)


@FAST
@given(any_text)
def test_cleaner_never_raises_and_keeps_lines_verbatim(raw):
    res = clean_text(raw)
    for line in res.text.split("\n"):
        assert line.strip() == "" or line in raw or line.strip() in raw
    assert all(r.reason for r in res.removed)


@FAST
@given(any_text, st.sampled_from([None, "2022-01-13", "1999-12-31"]))
def test_dates_never_raise_and_offsets_hold(text, dct):
    _check_spans(text, find_timexes(text, dct))


@FAST
@given(any_text)
def test_quantities_never_raise_and_offsets_hold(text):
    qs = find_quantities(text)
    _check_spans(text, qs)
    for q in qs:
        assert q.low is None or q.high is None or q.low <= q.high


@FAST
@given(any_text)
def test_quotes_never_raise_and_offsets_hold(text):
    _check_spans(text, find_quotes(text), [("speaker_start", "speaker_end", "speaker_text")])


@pytest.fixture(scope="module")
def parse():
    from newsdossier.analyze import load_nlp

    return load_nlp()


@SLOW
@given(text=news_text)
def test_parsed_paths_never_raise(parse, text):
    doc = parse(text)
    _check_spans(text, find_timexes(text, "2022-01-13", spacy_doc=doc))
    _check_spans(text, find_quantities(text, spacy_doc=doc))
    _check_spans(text, find_quotes(text, spacy_doc=doc), [("speaker_start", "speaker_end", "speaker_text")])
