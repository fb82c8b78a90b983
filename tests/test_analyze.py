"""Per-document analysis orchestration: language, sentences, mentions, long texts."""

from __future__ import annotations

from newsdossier.analyze import _chunks, analyze_documents, detect_language, mentions, parse, sentences
from newsdossier.model import Document


def test_chunks_join_back_exactly():
    for text in ["", "short", "line one\n" * 5000, "x" * 50_000, "word " * 9000 + "\n" + "y" * 30_000]:
        parts = _chunks(text, size=1000)
        assert "".join(parts) == text
        assert all(len(p) <= 1000 for p in parts)


def test_long_text_is_parsed_whole(nlp):
    text = "The harbour strike continued on Monday, Ilse Tamm said.\n" * 600  # > one chunk
    doc = parse(nlp, text)
    assert doc.text == text
    assert len(list(doc.sents)) == 600
    assert sum(e.text == "Ilse Tamm" for e in doc.ents) >= 500


def test_newline_ends_a_sentence_and_mentions_are_trimmed(nlp):
    text = "Strike at the port\nThe union's leader Ilse Tamm’s office said the Varno Port Authority agreed."
    doc = nlp(text)
    sents = sentences(doc)
    assert sents[0].text == "Strike at the port"
    ms = mentions(doc)
    assert all(text[m.start:m.end] == m.text for m in ms)
    assert not any(m.text.endswith(("’s", "'s")) or m.text.lower().startswith("the ") for m in ms)


def test_language_detection():
    assert detect_language("The dockworkers went on strike on Monday after talks failed.") == "en"
    assert detect_language("Les dockers se sont mis en grève lundi après l'échec des négociations.") == "fr"
    assert detect_language("   ") is None


def test_component_failure_is_recorded_not_raised(monkeypatch):
    import newsdossier.analyze.quotes as q

    def boom(*a, **k):
        raise RuntimeError("synthetic failure")

    monkeypatch.setattr(q, "find_quotes", boom)
    d = Document(id="a", text="Talks failed on Monday, Ilse Tamm said.", published="2025-03-03")
    analyze_documents([d])
    assert any("analyze/quotes failed" in e for e in d.errors)
    assert d.sentences and d.timexes  # the other components still ran
