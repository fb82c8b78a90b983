"""Unit tests for analyze.quantities on hand-written sentences (not the reference story)."""

from __future__ import annotations

import random

import pytest

from newsdossier.analyze.quantities import find_quantities
from newsdossier.analyze.temporal import find_timexes
from newsdossier.model import Timex


def parsed(nlp, text):
    """The quantities as analyze makes them: with the Doc and the document's temporal layer."""
    doc = nlp(text)
    qs = find_quantities(text, spacy_doc=doc, timexes=find_timexes(text, "2022-01-13", spacy_doc=doc))
    for q in qs:
        assert text[q.start:q.end] == q.text
    return qs


def one(qs, needle):
    hits = [q for q in qs if needle in q.text]
    assert hits, f"{needle!r} not found in {[q.text for q in qs]}"
    return hits[0]


# --- number formats (regex path: no parse needed) ------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Officials counted 2,300 soldiers there.", 2300),
    ("Officials counted 2 300 soldiers there.", 2300),
    ("Officials counted 2.300 soldiers there.", 2300),
    ("Officials counted 2'300 soldiers there.", 2300),
    ("Officials counted 9,800 soldiers there.", 9800),
    ("Officials counted 1.5 million voters there.", 1_500_000),
    ("Officials counted 12,345,678 voters there.", 12_345_678),
    ("Officials counted ten thousand voters there.", 10_000),
    ("Officials counted a hundred voters there.", 100),
    ("Officials counted two hundred and fifty voters there.", 250),
    ("Officials counted twenty-five voters there.", 25),
    ("Officials counted 3bn dollars of debt.", 3e9),
])
def test_number_formats(text, value):
    qs = find_quantities(text)
    assert len(qs) == 1, [q.text for q in qs]
    assert qs[0].value == value
    assert text[qs[0].start:qs[0].end] == qs[0].text


# --- approximators -----------------------------------------------------------------------

@pytest.mark.parametrize("phrase,qual,low,high", [
    ("about 1,000", "about", 900, 1100),
    ("around 1,000", "about", 900, 1100),
    ("roughly 1,000", "about", 900, 1100),
    ("some 1,000", "about", 900, 1100),
    ("approximately 1,000", "about", 900, 1100),
    ("nearly 1,000", "up-to", 900, 1000),
    ("almost 1,000", "up-to", 900, 1000),
    ("up to 1,000", "up-to", None, 1000),
    ("no more than 1,000", "up-to", None, 1000),
    ("less than 1,000", "less-than", None, 1000),
    ("fewer than 1,000", "less-than", None, 1000),
    ("under 1,000", "less-than", None, 1000),
    ("more than 1,000", "more-than", 1000, None),
    ("over 1,000", "more-than", 1000, None),
    ("above 1,000", "more-than", 1000, None),
    ("in excess of 1,000", "more-than", 1000, None),
    ("at least 1,000", "at-least", 1000, None),
    ("1,000 or more", "at-least", 1000, None),
    ("1,000", "exact", 1000, 1000),
])
def test_approximators(phrase, qual, low, high):
    text = f"Police said {phrase} protesters gathered."
    qs = find_quantities(text)
    assert len(qs) == 1, [q.text for q in qs]
    q = qs[0]
    assert q.qualifier == qual and type(q.qualifier) is str  # the contract holds plain strings, not enums
    assert q.text.lower().startswith(phrase.split()[0].lower())
    assert (q.low is None) == (low is None) and (q.high is None) == (high is None)
    if low is not None:
        assert q.low == pytest.approx(low)
    if high is not None:
        assert q.high == pytest.approx(high)
    assert q.value == 1000


# --- vague amounts, ranges, percentages, -strong -----------------------------------------

@pytest.mark.parametrize("word,low,high", [
    ("dozens of", 24, 99), ("hundreds of", 200, 999), ("thousands of", 2000, 9999),
    ("tens of thousands of", 20_000, 99_999), ("a handful of", 2, 5), ("several", 3, 9),
    ("several hundred", 300, 900),
])
def test_vague(word, low, high):
    text = f"Witnesses saw {word} protesters in the square."
    q = one(find_quantities(text), word.split()[0])
    assert q.qualifier == "vague"
    assert (q.low, q.high) == (low, high)


def test_many_is_not_a_quantity():
    assert find_quantities("Many protesters gathered and many more watched.") == []


@pytest.mark.parametrize("phrase,low,high", [
    ("100–200", 100, 200), ("100-200", 100, 200), ("between 8 and 10", 8, 10),
    ("two or three", 2, 3), ("100 to 200", 100, 200),
])
def test_ranges(phrase, low, high):
    text = f"The villages sent {phrase} volunteers."
    qs = find_quantities(text)
    assert len(qs) == 1, [q.text for q in qs]
    assert qs[0].qualifier == "range" and (qs[0].low, qs[0].high) == (low, high)


def test_approximated_range():
    q = find_quantities("The villages sent up to 100–200 volunteers.")[0]
    assert q.qualifier == "up-to" and q.high == 200 and q.text.startswith("up to")


@pytest.mark.parametrize("text", ["Turnout was 75 percent.", "Turnout was 75%.", "Turnout was 75 per cent."])
def test_percent(text):
    qs = find_quantities(text)
    assert len(qs) == 1 and qs[0].value == 75 and qs[0].unit == "percent"


def test_strong_compound(nlp):
    text = "The more than 2,000-strong contingent would remain there."
    q = one(parsed(nlp, text), "2,000")
    assert q.qualifier == "more-than" and q.low == 2000 and q.high is None
    assert q.unit == "contingent"
    assert q.text == "more than 2,000-strong contingent"


# --- exclusions --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The party was founded in 1990 and dissolved in 2019.",
    "The meeting took place on January 6 in the capital.",
    "The meeting took place on 13 January 2022.",
    "The deadline is 13/01/2022 at 10:30.",
    "The 69-year-old leader resigned.",
    "He was 45 years old when he left.",
    "She finished 30th, the first time since the '80s.",
    "The withdrawal will take no more than 10 days.",
    "He ruled for almost 30 years.",
    "Call +7 727 123 4567 for details.",
    "It was the organisation's 30-year anniversary.",
    "Article 5 of the treaty was invoked.",
    "The Boeing 737 landed safely.",
    "Cases of COVID-19 rose.",
])
def test_exclusions(text, nlp):
    assert parsed(nlp, text) == [], [q.text for q in parsed(nlp, text)]
    timexes = find_timexes(text, "2022-01-13", spacy_doc=nlp(text))
    assert find_quantities(text, timexes=timexes) == []  # without the parse, the temporal layer still holds


def test_date_does_not_glue_to_following_count(nlp):
    text = "On January 6 300 soldiers arrived."
    assert [q.value for q in parsed(nlp, text)] == [300]


def test_dates_come_from_the_temporal_layer():
    """A year is not a count because the temporal layer says it is a date, not because quantities guess."""
    text = "The 2016 race drew 300 volunteers."
    year = Timex(4, 8, "2016", "DATE", "2016")
    assert [q.value for q in find_quantities(text, timexes=[year])] == [300]
    assert 2016 in [q.value for q in find_quantities(text, timexes=[])]


# --- units and measures (parse) ----------------------------------------------------------

@pytest.mark.parametrize("text,needle,unit,measure,qtext", [
    ("More than 9,800 people have been detained as a result of the crisis.", "9,800",
     "people", "people detained", "More than 9,800 people"),
    ("Today about ten thousand people have been officially detained.", "ten thousand",
     "people", "people detained", "about ten thousand people"),
    ("The police announced the arrest of nearly 8,000 looters on Monday.", "8,000",
     "looter", "looters arrested", "nearly 8,000 looters"),
    ("Clashes in the city killed more than a hundred people.", "hundred",
     "people", "people killed", "more than a hundred people"),
    ("Arriving on Monday, the 2,300 soldiers of the contingent began their withdrawal.", "2,300",
     "soldier", "soldiers", "2,300 soldiers"),
    ("Over 2,000 troops arrived in the capital.", "2,000", "troops", "troops arrived",
     "Over 2,000 troops"),
])
def test_unit_and_measure(nlp, text, needle, unit, measure, qtext):
    q = one(parsed(nlp, text), needle)
    assert q.unit == unit
    assert q.measure == measure
    assert q.text == qtext
    assert q.sentence == 0


@pytest.mark.parametrize("text,unit", [
    ("Around 2,000 Northern Regional Defence Alliance (NRDA) troops are now in the country.", "troops"),
    ("About 1,500 Western Mutual Security Pact (WMSP) soldiers arrived on Monday.", "soldier"),
])
def test_counted_noun_after_a_name_with_its_abbreviation(nlp, text, unit):
    """A bracketed abbreviation between the number and its noun names the force; it is not a gap word."""
    (q,) = parsed(nlp, text)
    assert q.unit == unit


def test_vague_with_secondary_predicate(nlp):
    qs = parsed(nlp, "The unrest left dozens dead and thousands injured.")
    assert one(qs, "dozens").measure == "dead"
    assert one(qs, "thousands").measure == "injured"


def test_bare_number_object_keeps_predicate(nlp):
    q = one(parsed(nlp, "The allies deployed more than 2,000 to help the government."), "2,000")
    assert q.unit is None and q.measure == "deployed"


def test_sentence_index(nlp):
    text = "Nothing happened. Then 40 people were evacuated."
    q = one(parsed(nlp, text), "40")
    assert q.sentence == 1 and q.measure == "people evacuated"


def test_without_a_parse_only_percent_and_money_have_a_unit(nlp):
    text = "More than 9,800 people have been detained; turnout was 75 percent and the fine $300."
    bare = find_quantities(text)
    assert [(q.value, q.unit, q.sentence) for q in bare] == [(9800, None, -1), (75, "percent", -1), (300, "dollar", -1)]
    assert parsed(nlp, text)[0].unit == "people"


def test_other_language_approximator():
    q = find_quantities("Plus de 2 000 soldats sont arrivés.", lang="fr")[0]
    assert q.value == 2000 and q.qualifier == "more-than"


def test_language_words_come_from_that_language():
    """French text is read with French words only: an English approximator is not one in French."""
    (q,) = find_quantities("Over 2 000 soldats sont arrivés.", lang="fr")
    assert q.qualifier == "exact" and q.text.startswith("2 000")
    (q,) = find_quantities("Over 2 000 soldiers arrived.", lang="en")
    assert q.qualifier == "more-than"


def test_language_without_number_data_yields_nothing():
    assert find_quantities("About 40 people came.", lang="en")
    assert find_quantities("About 40 people came.", lang="xx") == []


# --- robustness --------------------------------------------------------------------------

@pytest.mark.parametrize("empty", ["", "   ", "\x00\x01", "-,.%$", "…" * 50])
def test_text_without_numbers_has_no_quantities(empty, nlp):
    assert find_quantities(empty) == []
    assert find_quantities(empty, spacy_doc=nlp(empty)) == []


def test_a_long_run_of_digits_keeps_its_offsets():
    text = "1" * 5000
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text and q.value > 0


@pytest.mark.parametrize("bad", [None, 42, b"40 people"])
def test_text_that_is_not_a_string_is_a_clear_error(bad):
    with pytest.raises(TypeError, match="needs the document text as a str"):
        find_quantities(bad)


def test_number_inside_an_identifier_is_not_a_count(nlp):
    """Regression: a number that is the tail of a longer parse token ('id="6721385...') raised IndexError
    in _unit_token (no token started at the number); it is an identifier, not a count."""
    text = 'Witnesses posted it.\n\n<tweet id="672138506081275904" author="@someone">\n\n40 people came.'
    qs = parsed(nlp, text)
    assert [q.value for q in qs] == [40]
    text = "They paid US$300 for it."  # a number after a symbol glued to letters is still read
    (q,) = parsed(nlp, text)
    assert q.value == 300 and q.unit == "dollar"


def test_offsets_hold_on_random_garbage(nlp):
    rng = random.Random(7)
    alphabet = "0123456789 ,.-–%$€'\"abc xyz thousand about more than\nJanuary "
    for _ in range(200):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80)))
        for q in find_quantities(s):
            assert s[q.start:q.end] == q.text
    s = "about 1,000 - - 2 ,, thousand more than % than 3"
    for q in find_quantities(s, spacy_doc=nlp(s)):
        assert s[q.start:q.end] == q.text


def test_mismatched_doc_is_an_error(nlp):
    with pytest.raises(ValueError, match="another text"):
        find_quantities("About 40 people came.", spacy_doc=nlp("Something else entirely."))


def test_percentages_name_what_they_qualify(nlp):
    """A bare 'percent' measure would make unrelated percentages (a demand, a deal) conflict."""
    t1 = "The union is demanding a raise of nine percent."
    t2 = "Russian troops constitute some 75 percent of the contingent."
    (q1,) = parsed(nlp, t1)
    (q2,) = parsed(nlp, t2)
    assert q1.unit == q2.unit == "percent"
    assert q1.measure == "percent raise"
    assert q2.measure == "percent of contingent"
