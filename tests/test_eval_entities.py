"""Coreference metrics cross-checked against scorch; the ECB+ reader on a tiny hand-made CROMER file."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from newsdossier.eval import coref_metrics as cm

scores = pytest.importorskip("scorch.scores")

CASES = [
    # (key, response)
    ([{1, 2, 3}, {4, 5}], [{1, 2}, {3, 4, 5}]),
    ([{1, 2, 3, 4}], [{1}, {2}, {3}, {4}]),
    ([{1}, {2}, {3}], [{1, 2, 3}]),
    ([{1, 2}, {3, 4}, {5}], [{1, 2}, {3, 4}, {5}]),
    ([{1, 2, 3}, {4, 5, 6, 7}], [{1, 2, 3, 4, 5, 6, 7}]),
    # predicted mentions: twinless on both sides
    ([{1, 2, 3}, {4, 5}], [{1, 2, 9}, {4, 8}, {10}]),
    ([{"a", "b"}, {"c"}], [{"a", "x"}, {"b", "c"}]),
]


def _close(ours, theirs):
    assert ours == pytest.approx(tuple(theirs), abs=1e-9)


@pytest.mark.parametrize("key,response", CASES)
def test_metrics_match_scorch(key, response):
    _close(cm.muc(key, response), scores.muc(key, response))
    _close(cm.b_cubed(key, response), scores.b_cubed(key, response))
    _close(cm.ceaf_e(key, response), scores.ceaf_e(key, response))


def test_random_clusterings_match_scorch():
    rng = random.Random(7)
    for _ in range(60):
        n = rng.randint(2, 40)
        mentions = list(range(n))

        def partition(ms):
            k = rng.randint(1, len(ms))
            out = [set() for _ in range(k)]
            for m in ms:
                out[rng.randrange(k)].add(m)
            return [c for c in out if c]

        key = partition(mentions)
        resp_ms = [m for m in mentions if rng.random() < 0.85] + [100 + i for i in range(rng.randint(0, 4))]
        response = partition(resp_ms) if resp_ms else [{999}]
        _close(cm.muc(key, response), scores.muc(key, response))
        _close(cm.b_cubed(key, response), scores.b_cubed(key, response))
        _close(cm.ceaf_e(key, response), scores.ceaf_e(key, response))
        assert cm.score_all(key, response)["conll"]["f1"] == pytest.approx(
            100 * scores.conll2012(key, response), abs=0.02)


def test_assignment_is_optimal_against_brute_force():
    from itertools import permutations

    rng = np.random.default_rng(3)
    for shape in [(1, 1), (2, 3), (3, 2), (4, 4), (3, 5), (5, 3)]:
        w = rng.random(shape)
        rows, cols = cm.max_weight_assignment(w)
        assert len(set(rows)) == len(rows) == min(shape) and len(set(cols)) == len(cols)
        best = 0.0
        if shape[0] <= shape[1]:
            for perm in permutations(range(shape[1]), shape[0]):
                best = max(best, sum(w[i, j] for i, j in enumerate(perm)))
        else:
            for perm in permutations(range(shape[0]), shape[1]):
                best = max(best, sum(w[i, j] for j, i in enumerate(perm)))
        assert w[rows, cols].sum() == pytest.approx(best)


def test_empty_and_singletons():
    assert cm.muc([{1}, {2}], [{1, 2}]) == (0.0, 0.0, 0.0)
    assert cm.ceaf_e([], [{1}]) == (0.0, 0.0, 0.0)
    assert cm.drop_singletons([{1}, {2, 3}]) == [frozenset({2, 3})]


XML = """<Document doc_name="9_1ecb.xml" doc_id="D1">
<token t_id="1" sentence="0" number="0">Jane</token>
<token t_id="2" sentence="0" number="1">Roe</token>
<token t_id="3" sentence="0" number="2">visited</token>
<token t_id="4" sentence="0" number="3">the</token>
<token t_id="5" sentence="0" number="4">Port</token>
<token t_id="6" sentence="0" number="5">of</token>
<token t_id="7" sentence="0" number="6">Lesk</token>
<token t_id="8" sentence="0" number="7">.</token>
<token t_id="9" sentence="1" number="0">Roe</token>
<token t_id="10" sentence="1" number="1">'s</token>
<token t_id="11" sentence="1" number="2">aide</token>
<token t_id="12" sentence="1" number="3">spoke</token>
<token t_id="13" sentence="2" number="0">Unchecked</token>
<token t_id="14" sentence="2" number="1">Roe</token>
<Markables>
<HUMAN_PART_PER m_id="1"><token_anchor t_id="1"/><token_anchor t_id="2"/></HUMAN_PART_PER>
<LOC_FAC m_id="2"><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/></LOC_FAC>
<HUMAN_PART_PER m_id="3"><token_anchor t_id="9"/><token_anchor t_id="10"/></HUMAN_PART_PER>
<HUMAN_PART_PER m_id="4"><token_anchor t_id="11"/></HUMAN_PART_PER>
<HUMAN_PART_PER m_id="5"><token_anchor t_id="14"/></HUMAN_PART_PER>
<HUMAN_PART_PER m_id="6" RELATED_TO="" TAG_DESCRIPTOR="t9_roe" instance_id="HUM1" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="HUM1"><source m_id="1"/><source m_id="3"/><source m_id="5"/><target m_id="6"/></CROSS_DOC_COREF>
</Relations>
</Document>
"""


def test_reader_keeps_checked_proper_names(tmp_path: Path):
    from newsdossier.eval.entities import load_topic

    (tmp_path / "topics" / "9").mkdir(parents=True)
    (tmp_path / "topics" / "9" / "9_1ecb.xml").write_text(XML)
    (tmp_path / "ECBplus_coreference_sentences.csv").write_text("Topic,File,Sentence Number\n9,1ecb,0\n9,1ecb,1\n")
    docs, gold = load_topic(tmp_path, 9)
    (doc,) = docs
    names = sorted((m.text, m.label) for m in doc.mentions)
    assert names == [("Jane Roe", "PERSON"), ("Port of Lesk", "LOC"), ("Roe", "PERSON")]
    assert all(doc.text[m.start:m.end] == m.text for m in doc.mentions)
    assert "Unchecked" not in doc.text  # sentence 2 is not in the checked list
    clusters = sorted(sorted(doc.text[s:e] for _, s, e in c) for c in gold.values())
    assert clusters == [["Jane Roe", "Roe"], ["Port of Lesk"]]


def test_reader_survives_bad_input(tmp_path: Path):
    from newsdossier.eval.entities import load_topic

    (tmp_path / "topics" / "9").mkdir(parents=True)
    (tmp_path / "topics" / "9" / "9_2ecb.xml").write_text("<Document><token t_id=")
    docs, gold = load_topic(tmp_path, 9)
    assert docs == [] and gold == {}
