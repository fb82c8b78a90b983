"""Speakers: a pronoun or description resolves to a named mention by salience and agreement, never to the
nearest name; what cannot be told stays null with the source as written (invented text)."""

from __future__ import annotations

import pytest

from newsdossier.analyze.quotes import find_quotes
from newsdossier.analyze.quotes.ml import find_direct_quotes


def _quote(nlp, text, contains):
    qs = find_quotes(text, spacy_doc=nlp(text))
    for q in qs:
        assert text[q.start:q.end] == q.text
        if q.speaker_text is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_text
    hits = [q for q in qs if contains in q.text]
    assert hits, [q.text for q in qs]
    return text, hits[0]


def _written(text, q):
    return text[q.source_start:q.source_end] if q.source_start is not None else None


def test_pronoun_takes_the_subject_not_the_nearest_name(nlp):
    text, q = _quote(nlp, "Alex Moreau criticised Robin Varga at a rally in Ohio on Monday. "
                          "\"It is a disgrace,\" he said.", "disgrace")
    assert q.speaker_text == "Alex Moreau"  # Varga is nearer, but the object of the sentence
    assert _written(text, q) == "he"


def test_pronoun_agrees_in_gender(nlp):
    # the man is the subject, but 'she' can only be the woman (given name and honorific say so)
    _, q = _quote(nlp, "John Carter met Mary Wendt in Boston on Tuesday. \"We will win the vote,\" she said.", "win")
    assert q.speaker_text == "Mary Wendt"
    _, q = _quote(nlp, "Mrs. Wendt and her aide left. Then Mr. Carter spoke to the press. "
                       "\"This is over,\" he said.", "over")
    assert q.speaker_text == "Mr. Carter"


def test_two_people_equally_in_play_leave_the_pronoun_unresolved(nlp):
    text, q = _quote(nlp, "Alex Moreau and Robin Varga met reporters in Denver on Monday. "
                          "\"We are not finished,\" he said.", "finished")
    assert q.speaker_text is None and q.speaker_start is None
    assert _written(text, q) == "he"  # the surface form is kept for the reader


def test_a_name_inside_a_quotation_is_not_an_antecedent(nlp):
    text = ("Karen Holt spoke in Leeds on Monday. \"I have never met John Smith in my life,\" she said. "
            "\"It is absurd,\" he added.")
    _, q = _quote(nlp, text, "absurd")
    assert q.speaker_text is None  # John Smith is only talked about; Karen Holt is a 'she'
    _, q = _quote(nlp, text, "never met")
    assert q.speaker_text == "Karen Holt"


def test_a_chain_of_pronouns_keeps_the_person(nlp):
    text = ("Alex Moreau opened the meeting in Lyon on Monday. \"We have a plan,\" he said. "
            "The crowd applauded Robin Varga, the mayor, for an hour. Moreau left at noon. "
            "\"It will work,\" he added.")
    _, q = _quote(nlp, text, "work")
    assert q.speaker_text in ("Moreau", "Alex Moreau")


def test_description_resolves_through_a_title_seen_with_the_name(nlp):
    text = ("Sen. Jane Roe criticised the plan on Monday. Later, Roe met the governor, Tom Brandt. "
            "\"It is bad policy,\" the senator said.")
    _, q = _quote(nlp, text, "bad policy")
    assert q.speaker_text in ("Jane Roe", "Roe")


def test_description_modifiers_must_agree(nlp):
    text = ("The Republican nominee, John Roe, spoke in Ohio on Monday. "
            "\"Taxes will go down,\" the Democratic nominee said.")
    _, q = _quote(nlp, text, "Taxes")
    assert q.speaker_text is None or "Roe" not in q.speaker_text


def test_a_lesser_office_is_not_the_office(nlp):
    text = "Vice President Joe Biden spoke first in Delaware. \"We are not a burden,\" the president said."
    _, q = _quote(nlp, text, "burden")
    assert q.speaker_text is None  # 'the president' is not 'Vice President Biden'
    text = ("Vice President Joe Biden spoke first. President Barack Obama followed him in Delaware. "
            "\"We are not a burden,\" the president said.")
    _, q = _quote(nlp, text, "burden")
    assert q.speaker_text == "Barack Obama"


def test_description_of_an_organisation(nlp):
    text = ("The Commission on Presidential Debates met in Washington on Friday. "
            "\"There were issues with the audio,\" the commission said.")
    _, q = _quote(nlp, text, "issues")
    assert q.speaker_text == "Commission on Presidential Debates"


def test_other_language_pronoun_with_two_names_is_unresolved():
    text = "Le ministre Paul Garnier a rencontré Claire Dubois à Lyon. « Nous allons continuer », a-t-il ajouté."
    (a,) = find_direct_quotes(text, "fr")
    assert a.quote.speaker_text is None  # two people, neither opens the sentence: not guessed
    text = "Paul Garnier a rencontré Claire Dubois à Lyon. « Nous allons continuer », a-t-il ajouté."
    (a,) = find_direct_quotes(text, "fr")
    assert a.quote.speaker_text == "Paul Garnier"  # the subject position


def test_ledger_keeps_the_surface_form_of_an_unresolved_speaker(tmp_path):
    from newsdossier.pipeline import build

    (tmp_path / "a.txt").write_text(
        "Rally in Denver\n\nAlex Moreau and Robin Varga met reporters in Denver on Monday.\n\n"
        "\"We are not finished,\" he said.\n\n\"The vote is close,\" said Jane Holloway, a pollster.\n",
        encoding="utf-8")
    d = build([tmp_path]).to_dict()
    by_text = {q["text"]: q for q in d["quotes"]}
    q = by_text["We are not finished"]
    assert q["speaker"] is None and q["speaker_name"] is None and q["speaker_text"] == "he"
    q = by_text["The vote is close"]
    ent = next(e for e in d["entities"] if e["id"] == q["speaker"])
    assert "Holloway" in ent["name"] and q["speaker_name"] == ent["name"]


@pytest.mark.parametrize("renderer", ["markdown", "html"])
def test_renderers_show_the_written_speaker_when_unresolved(renderer):
    from newsdossier.render.html import render_html
    from newsdossier.render.markdown import render_markdown

    dossier = {"schema": "newsdossier/dossier@2", "story": {"title": "t"}, "documents": [], "entities": [],
               "timeline": [], "claims": [], "summary": [], "sources": [],
               "quotes": [{"doc": "d1", "start": 0, "end": 5, "text": "We are not finished", "kind": "direct",
                           "cue": "said", "speaker": None, "speaker_name": None, "speaker_text": "he"}]}
    out = render_markdown(dossier) if renderer == "markdown" else render_html(dossier)
    assert "unattributed" in out and "he" in out.split("We are not finished", 1)[1][:300]
    assert "not resolved" in out


def test_a_bracketed_aside_after_the_name_does_not_hide_the_attribution(nlp):
    # a party-and-state gloss between the name and the verb; the quote runs over two sentences, so
    # the parse alone does not tie it to the verb
    text = ('"We will not give up on this plan. They may not like it and they can say so," '
            'Rep. Dana Whitfield (R-Ore.) said. "If we stop now, we lose the whole point."')
    _, q = _quote(nlp, text, "We will not give up")
    assert q.kind == "direct" and q.speaker_text == "Dana Whitfield"
    _, q2 = _quote(nlp, text, "If we stop now")
    assert q2.speaker_text == "Dana Whitfield"
    # without the aside the same holds (the skip changes nothing else)
    plain = text.replace(" (R-Ore.)", "")
    assert _quote(nlp, plain, "We will not give up")[1].speaker_text == "Dana Whitfield"


def test_an_unclosed_bracket_is_not_skipped(nlp):
    text = '"The plan is a good one for the city," Dana Whitfield (who said nothing more.'
    qs = find_quotes(text, spacy_doc=nlp(text))
    assert all(q.cue != "said" or q.speaker_text != "Dana Whitfield" for q in qs)
