"""Claims with subject and time (issue 19 part 4): what a figure is about, when it holds, which sentence says it,
and how these decide grouping (polls, places, holders of a share) and status (update, tolerance, families)."""

from __future__ import annotations

import pytest

from builders import hashed_embed as fake_embed
from newsdossier import lang
from newsdossier.crossdoc.claims import build_claims
from newsdossier.model import (
    Claim,
    ClaimValue,
    Document,
    Dossier,
    Entity,
    Mention,
    Quantity,
    Sentence,
    SentenceRef,
    Timex,
)
from newsdossier.render import render_html, render_markdown


def span(text, needle):
    a = text.index(needle)
    return a, a + len(needle), needle


def doc(doc_id, text, needle, value, low, high, qual, unit, measure, *, subject=None, source=None, place=None,
        time=None, tense=None, names=(), published=None, family=None, timexes=()):
    """One document with one figure; `names`: (surface, entity id) mentions; `time`: (needle, ISO value)."""
    q = Quantity(*span(text, needle)[:2], needle, value, low, high, qual, unit, measure, 0,
                 subject=span(text, subject) if subject else None, source=span(text, source) if source else None,
                 place=span(text, place) if place else None, tense=tense)
    tx = [Timex(*span(text, n)[:2], n, "DATE", v) for n, v in timexes]
    if time:
        q.time = span(text, time[0])
        tx.append(Timex(*q.time[:2], time[0], "DATE", time[1]))
    ments = [Mention(*span(text, s)[:2], s, "ORG", e) for s, e in names]
    return Document(id=doc_id, text=text, sentences=[Sentence(0, len(text), text)], quantities=[q], timexes=tx,
                    mentions=ments, published=published, family=family,
                    published_basis="metadata" if published else "unknown")


def owner(claims, text):
    hits = [c for c in claims if any(v.text == text for v in c.values)]
    assert len(hits) == 1, [(c.measure, [v.text for v in c.values]) for c in claims]
    return hits[0]


# --- grouping: polls, holders of a share, places ---------------------------------------------------------

def poll(doc_id, pct, pollster, eid, candidate="Clinton", cid="E1"):
    text = f"{candidate} has {pct} percent of likely voters in the new {pollster} poll."
    return doc(doc_id, text, f"{pct} percent", pct, pct, pct, "exact", "percent", "percent of voters",
               subject=candidate, source=pollster, names=[(candidate, cid), (pollster, eid)], tense="present")


def test_different_polls_are_different_claims():
    claims = build_claims([poll("a", 45, "Quinnipiac", "E7"), poll("b", 41, "Monmouth", "E8")], embed=fake_embed)
    assert len(claims) == 2 and all(c.status == "single" for c in claims)


def test_the_same_poll_reported_twice_is_one_claim():
    claims = build_claims([poll("a", 45, "Quinnipiac", "E7"), poll("b", 41, "Quinnipiac", "E7")], embed=fake_embed)
    assert len(claims) == 1 and claims[0].status == "conflict"
    assert claims[0].subject == "E1"  # the entity id of the candidate the share is about


def test_shares_of_different_holders_never_group():
    a = poll("a", 45, "Quinnipiac", "E7", "Clinton", "E1")
    b = poll("b", 41, "Quinnipiac", "E7", "Trump", "E2")
    claims = build_claims([a, b], embed=fake_embed)
    assert len(claims) == 2
    assert {c.subject for c in claims} == {"E1", "E2"}


def test_different_places_are_different_claims():
    a = doc("a", "Clashes killed 120 people in Almaty.", "120 people", 120, 120, 120, "exact", "people",
            "people killed", place="Almaty", names=[("Almaty", "E3")])
    b = doc("b", "Clashes killed 40 people in Taraz.", "40 people", 40, 40, 40, "exact", "people",
            "people killed", place="Taraz", names=[("Taraz", "E4")])
    assert len(build_claims([a, b], embed=fake_embed)) == 2
    b2 = doc("b", "Clashes killed 40 people in Almaty.", "40 people", 40, 40, 40, "exact", "people",
             "people killed", place="Almaty", names=[("Almaty", "E3")])
    claims = build_claims([a, b2], embed=fake_embed)
    assert len(claims) == 1 and claims[0].status == "conflict"


# --- time: update, publication date for the present tense -------------------------------------------------

def toll(doc_id, text, needle, value, low, high, qual, *, time=None, tense="past", published=None):
    return doc(doc_id, text, needle, value, low, high, qual, "people" if "people" in needle else None,
               "people killed" if "people" in needle else "dead", time=time, tense=tense, published=published)


def test_a_later_figure_for_a_later_time_is_an_update():
    a = toll("a", "On Monday the unrest left dozens dead.", "dozens", 24, 24, 99, "vague",
             time=("Monday", "2022-01-10"))
    b = toll("b", "By Wednesday the clashes had killed more than 100 people.", "more than 100 people", 100, 100,
             None, "more-than", time=("Wednesday", "2022-01-12"))
    c = build_claims([a, b], embed=fake_embed)
    claim = owner(c, "dozens")
    assert len(claim.values) == 2
    assert claim.status == "update" and claim.when == "2022-01-12"
    assert "dozens (a, 2022-01-10) then more than 100 people (b, 2022-01-12)" in claim.explanation
    assert {v.date_context for v in claim.values} == {"2022-01-10", "2022-01-12"}


def test_present_tense_holds_at_publication_past_tense_is_undated():
    a = toll("a", "The unrest has left dozens dead.", "dozens", 24, 24, 99, "vague", tense="present",
             published="2022-01-10")
    b = toll("b", "The clashes have killed more than 100 people.", "more than 100 people", 100, 100, None,
             "more-than", tense="present", published="2022-01-12")
    claim = owner(build_claims([a, b], embed=fake_embed), "dozens")
    assert claim.status == "update" and claim.when == "2022-01-12"
    # the same reports in the past tense say nothing about when: the figures stay in conflict
    a.quantities[0].tense = b.quantities[0].tense = "past"
    claim = owner(build_claims([a, b], embed=fake_embed), "dozens")
    assert claim.status == "conflict" and claim.when is None
    # an inferred publication date is a guess: it dates no figure
    a.quantities[0].tense = b.quantities[0].tense = "present"
    a.published_basis = b.published_basis = "inferred"
    claim = owner(build_claims([a, b], embed=fake_embed), "dozens")
    assert claim.status == "conflict" and claim.when is None


# --- status: approximators' tolerance, exact figures, families ----------------------------------------------

def troops(doc_id, needle, value, low, high, qual, **kw):
    text = f"Officials said {needle} troops arrived in the capital."
    return doc(doc_id, text, needle, value, low, high, qual, "troops", "troops arrived", **kw)


def test_exact_figures_that_differ_conflict():
    claims = build_claims([troops("a", "2,000", 2000, 2000, 2000, "exact"),
                           troops("b", "2,300", 2300, 2300, 2300, "exact")], embed=fake_embed)
    assert len(claims) == 1 and claims[0].status == "conflict"


def test_an_approximator_tolerates_what_its_lang_tolerance_covers():
    tol = lang.get("en").approximator_tolerances["about"]
    hi = 2000 * (1 + tol)  # "about 2,000" reaches 2,200 (10%): 2,300 is within the 5% slack, 2,500 is not
    near = build_claims([troops("a", "about 2,000", 2000, 2000 * (1 - tol), hi, "about"),
                         troops("b", "2,300", 2300, 2300, 2300, "exact")], embed=fake_embed)
    assert len(near) == 1 and near[0].status == "compatible"
    far = build_claims([troops("a", "about 2,000", 2000, 2000 * (1 - tol), hi, "about"),
                        troops("b", "2,500", 2500, 2500, 2500, "exact")], embed=fake_embed)
    assert len(far) == 1 and far[0].status == "conflict"


def test_copies_of_one_report_count_once():
    a = troops("a", "2,000", 2000, 2000, 2000, "exact", family="F1")
    b = troops("b", "2,300", 2300, 2300, 2300, "exact", family="F1")
    claims = build_claims([a, b], embed=fake_embed)
    assert len(claims) == 1 and claims[0].status == "single"
    assert "copies of one report" in claims[0].explanation


def test_each_value_names_its_sentence_and_the_subject_entity():
    text = "It was a long day. Over 2,000 Russian troops arrived in the capital on Monday. Nothing else."
    d = doc("a", text, "Over 2,000 Russian troops", 2000, 2000, None, "more-than", "troops", "troops arrived",
            subject="Russian", names=[("Russian", "E9")])
    first, second = text.index("Over"), text.index(" Nothing")
    d.sentences = [Sentence(0, 18, text[:18]), Sentence(19, second, text[19:second]),
                   Sentence(second + 1, len(text), text[second + 1:])]
    (claim,) = build_claims([d], embed=fake_embed)
    assert claim.values[0].sentence == SentenceRef(19, second)
    assert text[19:second].startswith("Over 2,000") and first == 19
    assert claim.subject == "E9"


def test_a_phrase_subject_when_no_name():
    text = "The death toll has risen to more than 100 people."
    d = doc("a", text, "more than 100 people", 100, 100, None, "more-than", "people", "people killed",
            subject="death toll", tense="present", published="2022-01-12")
    (claim,) = build_claims([d], embed=fake_embed)
    assert claim.subject == "death toll" and claim.when == "2022-01-12"


# --- analysis: the parse gives subject, source, place, time and tense ----------------------------------------

@pytest.fixture(scope="module")
def read(nlp):
    from newsdossier.analyze.quantities import find_quantities
    from newsdossier.analyze.temporal import find_timexes

    def run(text, dct="2022-01-14"):
        sdoc = nlp(text)
        return find_quantities(text, spacy_doc=sdoc, timexes=find_timexes(text, dct, spacy_doc=sdoc))

    return run


def test_analysis_reads_subject_place_time_and_tense(read):
    (q,) = read("On January 6, over 2,000 troops from Russia arrived in Kazakhstan.")
    assert q.subject and q.subject[2] == "Russia"
    assert q.place and q.place[2] == "Kazakhstan"
    assert q.time and q.time[2] == "January 6"
    assert q.tense == "past"


def test_analysis_reads_the_poll_and_the_share_holder(read):
    qs = read("Clinton leads with 45 percent of likely voters, according to a new Quinnipiac University poll.",
              dct="2016-10-20")
    q = next(x for x in qs if x.unit == "percent")
    assert q.subject and q.subject[2] == "Clinton"
    assert q.source and "Quinnipiac" in q.source[2]
    assert q.tense == "present"


def test_analysis_present_perfect_counts_as_present_and_a_speech_verb_is_no_subject(read):
    (q,) = read("Police said the death toll has risen to more than 100 people.")
    assert q.tense == "present"
    assert q.subject is None or "Police" not in q.subject[2]


def test_analysis_spans_reproduce_the_text(read):
    text = "Around 2,000 Collective Security Treaty Organization (CSTO) troops are now in Kazakhstan."
    for q in read(text):
        for sp in (q.subject, q.place, q.source, q.time):
            if sp:
                assert text[sp[0]:sp[1]] == sp[2]


# --- render: subject name, when, status update, each value's sentence ----------------------------------------

def test_render_shows_subject_when_update_and_sentence():
    text = "By Wednesday the clashes in Almaty had killed more than 100 people."
    a = text.index("more than 100 people")
    d = Dossier(documents=[Document(id="a", text=text)],
                entities=[Entity(id="E3", name="Almaty", type="GPE")],
                claims=[Claim(measure="people killed", status="update", subject="E3", when="2022-01-12",
                              explanation="an update",
                              values=[ClaimValue(doc="a", start=a, end=a + 20, text="more than 100 people", value=100,
                                                 low=100, qualifier="more-than", unit="people",
                                                 sentence=SentenceRef(0, len(text)))])])
    data = d.to_dict()
    md, page = render_markdown(data), render_html(data)
    for out in (md, page):
        assert "Almaty" in out and "2022-01-12" in out and "update" in out
        assert "By Wednesday the clashes in Almaty had killed" in out
    assert "status-update" in page


def test_one_holders_share_in_unnamed_undated_polls_is_two_measurements():
    text = "Clinton has {} percent of likely voters in a new poll."
    a = doc("a", text.format(45), "45 percent", 45, 45, 45, "exact", "percent", "percent of voters",
            subject="Clinton", names=[("Clinton", "E1")], tense="present")
    b = doc("b", text.format(41), "41 percent", 41, 41, 41, "exact", "percent", "percent of voters",
            subject="Clinton", names=[("Clinton", "E1")], tense="present")
    assert len(build_claims([a, b], embed=fake_embed)) == 2


def test_bare_nouns_with_nothing_in_common_never_group():
    a = doc("a", "Joseph has four children.", "four children", 4, 4, 4, "exact", "child", "children")
    b = doc("b", "We had three children here.", "three children", 3, 3, 3, "exact", "child", "children")
    assert len(build_claims([a, b], embed=fake_embed)) == 2
    b2 = doc("b", "Joseph has three children.", "three children", 3, 3, 3, "exact", "child", "children",
             names=[("Joseph", "E5")])
    a.mentions = [Mention(0, 6, "Joseph", "PERSON", "E5")]
    (claim,) = build_claims([a, b2], embed=fake_embed)
    assert claim.status == "conflict"


def test_shares_of_nobody_in_particular_never_group():
    text = "The new poll found {} percent of likely voters undecided."
    a = doc("a", text.format(45), "45 percent", 45, 45, 45, "exact", "percent", "percent of voters")
    b = doc("b", text.format(41), "41 percent", 41, 41, 41, "exact", "percent", "percent of voters")
    assert len(build_claims([a, b], embed=fake_embed)) == 2


def test_reports_weeks_apart_never_group():
    a = troops("a", "2,000", 2000, 2000, 2000, "exact", published="2016-09-01")
    b = troops("b", "2,300", 2300, 2300, 2300, "exact", published="2016-10-20")
    assert len(build_claims([a, b], embed=fake_embed)) == 2
    b.published = "2016-09-03"
    (claim,) = build_claims([a, b], embed=fake_embed)
    assert claim.status == "conflict"
