"""Citations with support: the calibrated decision, support passages per family, copy families, story title,
the rendered support counts and the ECB+ reader of `eval support`."""

from __future__ import annotations

import numpy as np

from builders import bow_embed
from builders import sentence_doc as make_doc
from newsdossier.model import Document, Dossier
from newsdossier.summarize import assign_families, story_title, summarize
from newsdossier.summarize.cite import find_support, passages
from newsdossier.summarize.support import (
    FEATURES,
    MONOTONE,
    ProfileIndex,
    cross_language_weights,
    features_against,
    fit,
    fit_support,
    fitted_weights,
    pair_features,
    probability,
    profile,
    rarity,
    supports,
)

# --- the decision ---------------------------------------------------------------------------------

def test_profile_reads_names_numbers_and_content_stems():
    p = profile("On Monday the union said 1,200 dock workers in Varnholm joined the strike.")
    assert "varnholm" in p.names and "monday" in p.names
    assert "on" not in p.names  # the sentence's first word is capitalised by position only
    assert "1200" in p.numbers  # digits only: '1,200' == '1200'
    assert any(s.startswith("worker") for s in p.stems) and "the" not in p.stems


def test_a_contradicting_figure_is_evidence_against():
    a = profile("The union said 1,200 workers joined the strike in Varnholm.")
    same = profile("About 1,200 workers joined the Varnholm strike, the union said.")
    other = profile("The union said 3,400 workers joined the strike in Varnholm.")
    x_same, x_other = pair_features(0.8, a, same), pair_features(0.8, a, other)
    assert x_other[FEATURES.index("num_contradict")] == 1.0 and x_same[FEATURES.index("num_contradict")] == 0.0
    assert supports(0.8, a, same) > supports(0.8, a, other)


def test_shipped_model_rises_with_similarity_and_shared_names():
    a = profile("Rebels seized the airport of Sanaa on Tuesday after fighting with the army.")
    b = profile("The army lost control of the Sanaa airport to rebels on Tuesday.")
    c = profile("The army lost control of an airport to rebels.")
    cross = cross_language_weights()
    rare = rarity([[a], [b], [c]])
    # across languages the embedding is the main evidence: the probability grows with the cosine
    assert probability(cross, pair_features(0.9, a, b, rare)) > probability(cross, pair_features(0.5, a, b, rare))
    assert supports(0.7, a, b) > supports(0.7, a, c)  # ... and with the names both passages hold
    w = fitted_weights()
    assert w.shape == (len(FEATURES),)
    for f in MONOTONE:  # evidence that can only add never carries a negative weight
        assert w[FEATURES.index(f)] >= 0 and cross[FEATURES.index(f)] >= 0
    for f in FEATURES:  # the cross-language model has no use for content stems (other words in other languages)
        if f.startswith("stem"):
            assert cross[FEATURES.index(f)] == 0


def test_a_sentence_that_shares_only_a_common_name_is_not_fully_matched():
    # The story's central name is in every report: sharing it alone is not sharing a point.
    a = profile("The minister Varga said the talks would go on.")
    b = profile("In the north, Varga opened a new school.")
    c = profile("Varga said the talks with Oltenburg would go on.")
    rare = {"names": {"varga": 0.05, "oltenburg": 0.9}, "stems": {}}
    xb = pair_features(0.5, a, b, rare)
    assert xb[FEATURES.index("names_shared")] < 0.1  # absolute: little distinctive content in common
    assert xb[FEATURES.index("name_share")] == 1.0  # while the share alone would say "all of A's names"
    assert supports(0.6, a, c, rare) > supports(0.5, a, b, rare)


def test_array_features_equal_the_pairwise_ones():
    texts = ["The union said 1,200 workers joined the strike in Varnholm on Monday.",
             "About 1,200 workers joined the Varnholm strike, the union said.",
             "Officials counted 3,400 strikers at the harbour.", "Nothing here names anyone at all today."]
    profs = [profile(t) for t in texts]
    rare = rarity([[p] for p in profs])
    index = ProfileIndex(profs, rare)
    cos = np.array([0.9, 0.7, 0.4, 0.1])
    for a in profs:
        x = features_against(cos, a, index)
        for j, b in enumerate(profs):
            assert np.allclose(x[j], pair_features(float(cos[j]), a, b, rare))


def test_fit_recovers_a_separable_signal():
    rng = np.random.default_rng(0)
    x = np.c_[np.ones(400), rng.random((400, 2))]
    y = (x[:, 1] > 0.5).astype(float)
    w = fit(x, y)
    assert w[1] > 0 and abs(w[2]) < w[1] / 3
    assert ((probability(w, x) >= 0.5) == (y == 1)).mean() > 0.95


def test_fit_holds_monotone_evidence_at_zero_or_above():
    # a monotone feature (the cosine) made to anti-correlate with the label gets weight 0, not a penalty
    rng = np.random.default_rng(1)
    x = np.zeros((400, len(FEATURES)))
    x[:, 0] = 1.0
    y = (rng.random(400) > 0.5).astype(float)
    x[:, FEATURES.index("cos")] = 1.0 - y + 0.1 * rng.random(400)
    x[:, FEATURES.index("stem_dice")] = y + 0.3 * rng.random(400)
    w = fit_support(x, y)
    assert w[FEATURES.index("cos")] == 0.0 and w[FEATURES.index("stem_dice")] > 0
    only = fit_support(x, y, features=("bias", "stem_dice"))
    assert all(only[k] == 0 for k, f in enumerate(FEATURES) if f not in ("bias", "stem_dice"))


# --- families -------------------------------------------------------------------------------------

def test_families_group_exact_and_near_copies_under_the_earliest():
    body = ("Dock workers at the port of Varnholm walked out on Monday over a new shift system. "
            "The union said about 1,200 workers joined the strike on the first day of the action. ") * 3
    docs = [make_doc("x", "A bakery in the old town won a prize for its rye bread this year, judges said.",
                     "2025-03-01"),
            make_doc("late", body, "2025-03-05"),
            make_doc("early", body.replace("Monday", "Monday") + "\n", "2025-03-04"),
            make_doc("retyped", body.replace(" ", "  "), "2025-03-06"),
            Document(id="empty", text="")]
    dup = assign_families(docs)
    by = {d.id: d for d in docs}
    assert dup == {"late": "early", "retyped": "early"}
    assert by["early"].duplicate_of is None and by["late"].duplicate_of == "early"
    assert by["x"].family == "F1" and by["late"].family == by["early"].family == by["retyped"].family == "F2"
    assert by["empty"].family == "F3" and by["empty"].duplicate_of is None  # every document gets a family


# --- support passages -----------------------------------------------------------------------------

SENT = "Dock workers at the port of Varnholm walked out on Monday over a new shift system."


def _pile():
    a = make_doc("a", SENT + " Cranes stood idle along the main quay of the harbour all day long.")
    b = make_doc("b", "Ferries kept running as usual across the bay to the islands. "
                      "On Monday dock workers at the port of Varnholm walked out over a new shift system.")
    c = make_doc("c", b.text, "2025-03-05")  # a copy of b
    d = make_doc("d", "A bakery in the old town won a prize for its rye bread this year, the judges said.")
    return [a, b, c, d]


def test_support_cites_one_document_per_family_with_its_passage():
    docs = _pile()
    assign_families(docs)
    family = {d.id: d.family for d in docs}
    original = {d.family: d.id for d in docs if not d.duplicate_of}
    pool = passages(docs, bow_embed)
    vec = bow_embed([SENT])[0]
    found = find_support(vec, profile(SENT), "a", family, original, pool, threshold=0.3)
    assert [s.doc for s in found] == ["b"]  # the copy c is the same family: counted once, the original cited
    text = {d.id: d.text for d in docs}
    assert all(text[s.doc][s.span.start:s.span.end] == s.span.text for s in found)
    assert "walked out" in found[0].span.text  # the passage that says it, not the document's first sentence
    # the sentence's own family is never its support
    from_b = find_support(vec, profile(SENT), "b", family, original, pool, threshold=0.3)
    assert from_b and all(s.family != family["b"] for s in from_b)  # a's passage, never b's copy c


def test_summarize_fills_families_and_counts_them():
    d = Dossier(documents=_pile())
    summarize(d, n_words=60, embed=bow_embed)
    assert all(x.family for x in d.documents)
    assert d.story.independent_sources == 3  # a, b (with its copy c), d
    prof = {p.doc: p for p in d.sources}
    assert prof["c"].duplicate_of == "b" and prof["b"].near_duplicates == ["c"]
    for s in d.summary:
        assert s.sources == [s.doc] + [sp.doc for sp in s.support]
        fams = [d.doc(x).family for x in s.sources]
        assert len(fams) == len(set(fams))  # copies count once


def test_an_unrelated_document_is_not_cited():
    d = Dossier(documents=_pile())
    summarize(d, n_words=60, embed=bow_embed)
    for s in d.summary:
        if "walked out" in s.text:
            assert "d" not in s.sources


# --- story title ----------------------------------------------------------------------------------

STRIKE = ("Dock workers at the port of Varnholm walked out on Monday over a new shift system, the union said. "
          "Container ships queued outside the harbour while cranes stood idle.")


def test_title_skips_labels_and_outliers():
    docs = [make_doc("k", STRIKE, title="LIVE UPDATES FROM THE PORT"),
            make_doc("s", STRIKE, title="Analysis"),
            make_doc("a", STRIKE, title="Varnholm dock workers walk out over shift system"),
            make_doc("b", STRIKE, title="Port strike: Varnholm dock workers walk out over new shifts"),
            make_doc("c", STRIKE, title="Dock workers strike at Varnholm port over shift system"),
            make_doc("o", STRIKE, title="Recipes for the best rye bread of the season, from our kitchen")]
    title = story_title(docs, embed=bow_embed)
    assert title in {"Varnholm dock workers walk out over shift system",
                     "Port strike: Varnholm dock workers walk out over new shifts",
                     "Dock workers strike at Varnholm port over shift system"}


def test_a_title_several_independent_reports_share_is_a_series_label():
    label = "Dock workers at the port of Varnholm: our special coverage"

    def pile():
        return [make_doc("a", STRIKE, title=label),
                make_doc("b", "Ferries kept running across the bay while the dock workers strike went on at Varnholm "
                              "port.", title=label),
                make_doc("c", "The Varnholm port strike held for a second day as talks on the shift system stalled.",
                         title="Talks stall as the Varnholm port strike holds")]

    one = pile()[:2]  # the two reports carrying the line, made copies of one original
    for d in one:
        d.family = "F1"  # one report and its copies: a shared title is simply its headline
    assert story_title(one, embed=bow_embed) == label
    docs = pile()
    assign_families(docs)
    assert len({d.family for d in docs}) == 3
    assert story_title(docs, embed=bow_embed) == "Talks stall as the Varnholm port strike holds"


def test_title_falls_back_to_a_lead_when_every_headline_is_a_label():
    docs = [make_doc("k", STRIKE, title="BREAKING NEWS"), make_doc("s", STRIKE, title="Update")]
    assert story_title(docs, embed=bow_embed).startswith("Dock workers at the port of Varnholm walked out")
    assert story_title([], embed=bow_embed) == ""


# --- rendering ------------------------------------------------------------------------------------

def test_html_and_markdown_show_how_many_sources_say_each_sentence():
    from newsdossier.render.html import render_html
    from newsdossier.render.markdown import render_markdown

    d = Dossier(documents=_pile())
    summarize(d, n_words=60, embed=bow_embed)
    data = d.to_dict()
    walked = next(s for s in data["summary"] if "walked out" in s["text"])
    fams = {x["family"] for x in data["documents"] if x["id"] in walked["sources"]}
    html, md = render_html(data), render_markdown(data)
    assert f"{len(fams)} sources say this" in html or (len(fams) == 1 and "1 source" in html)
    for sp in walked["support"]:
        assert sp["text"] in md  # each support passage is quoted for the reader


# --- the ECB+ reader ------------------------------------------------------------------------------

ECB = """<Document doc_name="{name}.xml">
<token t_id="1" sentence="0" number="0">Rebels</token><token t_id="2" sentence="0" number="1">seized</token>
<token t_id="3" sentence="0" number="2">the</token><token t_id="4" sentence="0" number="3">airport</token>
<token t_id="5" sentence="0" number="4">.</token>
<token t_id="6" sentence="1" number="0">Markets</token><token t_id="7" sentence="1" number="1">were</token>
<token t_id="8" sentence="1" number="2">calm</token><token t_id="9" sentence="1" number="3">all</token>
<token t_id="10" sentence="1" number="4">day</token><token t_id="11" sentence="1" number="5">.</token>
<Markables><ACTION_OCCURRENCE m_id="1"><token_anchor t_id="2"/></ACTION_OCCURRENCE></Markables>
<Relations><CROSS_DOC_COREF r_id="1" note="ACT1"><source m_id="1"/><target m_id="9"/></CROSS_DOC_COREF></Relations>
</Document>"""


def test_eval_support_reads_ecbplus_pairs(tmp_path):
    from newsdossier.eval.support import load_sentences, pairs

    (tmp_path / "topics" / "1").mkdir(parents=True)
    for name in ("1_1ecb", "1_2ecb", "1_3ecbplus"):
        (tmp_path / "topics" / "1" / f"{name}.xml").write_text(ECB.format(name=name), encoding="utf-8")
    rows = ["Topic,File,Sentence Number"] + [f"1,{n},{s}" for n in ("1ecb", "2ecb", "3ecbplus") for s in (0, 1)]
    (tmp_path / "ECBplus_coreference_sentences.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    sents = load_sentences(tmp_path, (1,))
    assert {s.text for s in sents} == {"Rebels seized the airport.", "Markets were calm all day."}
    x, y, groups = pairs(sents, embed=bow_embed)
    assert x.shape[1] == len(FEATURES)
    pos = {(sents[i].doc, doc, sents[i].text) for (i, doc), lab in zip(groups, y) if lab}
    # the shared action chain in one sub-topic is a positive; across sub-topics (ecb / ecbplus) never
    assert ("1_1ecb", "1_2ecb", "Rebels seized the airport.") in pos
    assert not any("ecbplus" in a or "ecbplus" in b for a, b, _ in pos)
    assert not any(t.startswith("Markets") for _, _, t in pos)


def test_a_sentence_its_chosen_twin_cites_is_not_chosen_again():
    from newsdossier.summarize.core import select_sentences

    texts = ["Talks will resume on Thursday at the ministry.", "Talks resumed on Thursday at the ministry offices.",
             "A baker sold more bread near the gates."]
    vecs = np.eye(3)  # wording apart: the embedding alone sees no redundancy
    free = select_sentences(texts, vecs, [0, 1, 2], position=[0, 0, 0], n_sentences=3)
    same = np.zeros((3, 3), dtype=bool)
    same[0, 1] = same[1, 0] = True  # the support model judged them to say one thing
    picked = select_sentences(texts, vecs, [0, 1, 2], position=[0, 0, 0], n_sentences=3, same_point=same)
    assert len(free) == 3 and len(picked) == 2 and not {0, 1} <= set(picked)
