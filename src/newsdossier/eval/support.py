"""Support decision on ECB+: does passage B say the same thing as sentence A? Precision/recall per part.

Gold (ECB+ 1.0, CC-BY 3.0; the checked sentences of ``ECBplus_coreference_sentences.csv``): two sentences of
different documents of one sub-topic (the ``ecb`` or the ``ecbplus`` half of a topic) that hold mentions of one
cross-document *action* chain (CROSS_DOC_COREF whose instance is an ACTION/NEG) report the same happening:
a positive. Every other pair of sentences of different documents of the topic is a negative; pairs across the two
sub-topics are the hard ones (same kind of event, other occurrence: another earthquake, another arrest).
Each pair is scored in both directions (the decision is directed: what A says, does B say it?).

Parts: topics 1-22 are the tuning part (the weights are fitted and the threshold chosen there; error examples
come only from there), topics 23-35 the check part (scored, never read). ``--fit`` refits on the tuning part and
prints the weights file ``summarize/support_weights.py`` would hold.
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..summarize.support import (
    CROSS_LANGUAGE_FEATURES,
    FEATURES,
    cross_language_weights,
    fit_support,
    fitted_weights,
    log_loss,
    pair_features,
    probability,
    profile,
    rarity,
)
from .entities import load_checked

TUNE_TOPICS = tuple(range(1, 23))
CHECK_TOPICS = tuple(range(23, 36))
_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "'s", "n't", "%", "'", "''", "”", "’"}
_NO_SPACE_AFTER = {"(", "$", "``", "“", "‘"}


@dataclass
class GoldSentence:
    topic: int
    sub: str  # "ecb" or "ecbplus": the seminal event of that half of the topic
    doc: str
    number: int
    text: str
    chains: frozenset[str]  # cross-document action chains mentioned in the sentence


def _read(path: Path, checked: set[int]) -> list[tuple[int, str, frozenset[str]]]:
    """(sentence number, text, action chains) of the checked sentences of one ECB+ file."""
    root = ET.parse(path).getroot()
    tokens: dict[str, tuple[int, int, str]] = {}
    for t in root.iter("token"):
        try:
            tokens[t.get("t_id", "")] = (int(t.get("sentence", "0")), int(t.get("number", "0")), t.text or "")
        except ValueError:
            continue
    anchors: dict[str, list[str]] = {}
    for mk in root.iter("Markables"):
        for el in mk:
            ids = [a.get("t_id", "") for a in el.iter("token_anchor")]
            if el.get("m_id") and ids:
                anchors[el.get("m_id")] = ids
    chains: dict[int, set[str]] = defaultdict(set)
    for rel in root.iter("Relations"):
        for r in rel:
            note = r.get("note") or ""
            if r.tag != "CROSS_DOC_COREF" or not note.startswith(("ACT", "NEG")):
                continue
            for x in r:
                if x.tag == "source":
                    for tid in anchors.get(x.get("m_id", ""), []):
                        if tid in tokens:
                            chains[tokens[tid][0]].add(note)
    words: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for sent, num, text in tokens.values():
        if sent in checked and text.strip():
            words[sent].append((num, text.strip()))
    out = []
    for sent in sorted(words):
        parts: list[str] = []
        prev = None
        for _, w in sorted(words[sent]):
            if prev is not None and w not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER:
                parts.append(" ")
            parts.append(w)
            prev = w
        out.append((sent, "".join(parts), frozenset(chains.get(sent, ()))))
    return out


def load_sentences(data: Path, topics: tuple[int, ...]) -> list[GoldSentence]:
    checked = load_checked(data)
    out = []
    for topic in topics:
        folder = data / "topics" / str(topic)
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.xml")):
            stem = path.stem.split("_", 1)[-1]  # "1_10ecbplus" -> "10ecbplus"
            sub = "ecbplus" if stem.endswith("ecbplus") else "ecb"
            for number, text, chains in _read(path, checked.get((topic, stem), set())):
                if len(text.split()) >= 4:
                    out.append(GoldSentence(topic, sub, path.stem, number, text, chains))
    return out


FAR_COSINE = 0.3  # pairs across topics below this cosine never come near a decision threshold: left out


def pairs(sentences: list[GoldSentence], embed=None) -> tuple[np.ndarray, np.ndarray, list[tuple[int, str]]]:
    """Features, labels and (sentence A, document of B) of every directed cross-document pair of the part.

    The whole part is one mixed pile, as a user's pile is: names and stems get their rarity among all its
    documents, and a sentence meets passages of its own sub-topic (positives where they share an action chain),
    of the other sub-topic of its topic (the hard negatives: another event of the same kind) and of other topics
    (easy negatives; those far below any threshold, ``FAR_COSINE``, are left out)."""
    if embed is None:
        from ..embed import embed
    vecs = embed([s.text for s in sentences])
    profs = [profile(s.text) for s in sentences]
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sentences):
        by_doc[s.doc].append(i)
    rare = rarity([[profs[i] for i in members] for members in by_doc.values()])
    cos = vecs @ vecs.T
    x, y, groups = [], [], []
    for i, a in enumerate(sentences):
        for doc, members in by_doc.items():
            if doc == a.doc:
                continue
            for j in members:
                b = sentences[j]
                c = float(cos[i, j])
                if b.topic != a.topic and c < FAR_COSINE:
                    continue
                x.append(pair_features(c, profs[i], profs[j], rare))
                y.append(1.0 if a.topic == b.topic and a.sub == b.sub and a.chains & b.chains else 0.0)
                groups.append((i, doc))
    return np.array(x).reshape(-1, len(FEATURES)), np.array(y), groups


def _prf(threshold: float, tp: float, predicted: float, gold: float) -> dict[str, float]:
    prec = tp / predicted if predicted else 0.0
    rec = tp / gold if gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"threshold": threshold, "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)}


def scores(p: np.ndarray, y: np.ndarray, threshold: float) -> dict[str, float]:
    """Pair level: every (sentence, passage) pair decided on its own."""
    pred = p >= threshold
    gold = int((y == 1).sum())
    return {**_prf(threshold, float((pred & (y == 1)).sum()), float(pred.sum()), gold),
            "predicted": int(pred.sum()), "gold": gold, "pairs": int(len(y))}


def document_scores(p: np.ndarray, y: np.ndarray, groups: list[tuple[int, str]], threshold: float
                    ) -> dict[str, float]:
    """Document level, the decision the product makes (``summarize.cite``): for a sentence and another document,
    the document's best passage is cited when it reaches the threshold; the citation is right when that passage
    reports the sentence's happening. Recall is over the (sentence, document) pairs where such a passage exists."""
    best: dict[tuple[int, str], tuple[float, float]] = {}
    reachable: dict[tuple[int, str], float] = defaultdict(float)
    for pp, yy, g in zip(p, y, groups):
        if g not in best or pp > best[g][0]:
            best[g] = (float(pp), float(yy))
        reachable[g] = max(reachable[g], float(yy))
    cited = [ok for prob, ok in best.values() if prob >= threshold]
    tp, gold = sum(cited), sum(reachable.values())
    return {**_prf(threshold, tp, len(cited), gold), "cited": len(cited), "gold": int(gold),
            "sentence_documents": len(best)}


TARGET_PRECISION = 0.9  # document-level precision the threshold is chosen for on the tuning part


def evaluate(data: Path, part: str = "all", threshold: float | None = None, do_fit: bool = False,
             embed=None) -> dict[str, Any]:
    from ..config import current

    if threshold is None:
        threshold = current().summary.support_probability
    parts = {"tune": TUNE_TOPICS, "check": CHECK_TOPICS}
    wanted = ["tune", "check"] if part == "all" or do_fit else [part]
    data_of = {name: pairs(load_sentences(data, parts[name]), embed) for name in wanted}
    result: dict[str, Any] = {"features": list(FEATURES), "threshold": threshold}
    if not do_fit:
        models = {"model": fitted_weights(), "cross_language": cross_language_weights()}
    else:
        x, y, groups = data_of["tune"]
        same = fit_support(x, y)
        cross = fit_support(x, y, features=CROSS_LANGUAGE_FEATURES)
        t_same, t_cross = _lowest_threshold(same, x, y, groups), _lowest_threshold(cross, x, y, groups)
        # one configured threshold for both models: the cross-language model's bias is shifted so that the
        # threshold chosen for the same-language model is where it, too, reaches the target precision
        cross[0] += _logit(t_same) - _logit(t_cross)
        models = {"model": same, "cross_language": cross}
        result["fitted"] = {f: round(float(w), 4) for f, w in zip(FEATURES, same)}
        result["fitted_cross_language"] = {f: round(float(w), 4) for f, w in zip(FEATURES, cross)
                                           if f in CROSS_LANGUAGE_FEATURES}
        result["tune_log_loss"] = round(log_loss(same, x, y), 4)
        result["chosen_threshold"] = round(t_same, 2)
        threshold = result["threshold"] = round(t_same, 2)
    for name in wanted:
        x, y, groups = data_of[name]
        cos_only = x[:, FEATURES.index("cos")]
        result[name] = {"cosine_only": _best_cosine(cos_only, y, groups, TARGET_PRECISION)}
        for label, w in models.items():
            p = probability(w, x)
            result[name][label] = document_scores(p, y, groups, threshold)
            result[name][label + "_pairs"] = scores(p, y, threshold)
            result[name][label + "_curve"] = [document_scores(p, y, groups, t)
                                              for t in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)]
    return result


def _logit(p: float) -> float:
    return float(np.log(p / (1 - p)))


def _lowest_threshold(w: np.ndarray, x: np.ndarray, y: np.ndarray, groups: list[tuple[int, str]]) -> float:
    """The precision-favouring threshold: the lowest at which the tuning part reaches ``TARGET_PRECISION``."""
    p = probability(w, x)
    for t in np.arange(0.30, 0.99, 0.01):
        if document_scores(p, y, groups, float(t))["precision"] >= TARGET_PRECISION:
            return float(round(t, 2))
    return 0.99


def _best_cosine(cos: np.ndarray, y: np.ndarray, groups: list[tuple[int, str]], precision: float
                 ) -> dict[str, float]:
    """The baseline: the lowest cosine threshold reaching ``precision`` at document level (or the most precise)."""
    best = None
    for t in np.arange(0.30, 0.99, 0.01):
        s = document_scores(cos, y, groups, round(float(t), 2))
        if best is None or s["precision"] > best["precision"]:
            best = s
        if s["precision"] >= precision:
            return s
    return best or {}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--part", choices=("all", "tune", "check"), default="all",
                   help="tune = topics 1-22 (fitted there), check = topics 23-35 (scored only)")
    p.add_argument("--threshold", type=float, default=None,
                   help="decision threshold on P(same) (default: the configured summary.support_probability)")
    p.add_argument("--fit", action="store_true", help="refit the weights on the tuning part and print them")


def main(args: Any) -> dict[str, Any]:
    return evaluate(Path(args.data), part=args.part, threshold=args.threshold, do_fit=args.fit)


def format_report(result: dict[str, Any]) -> str:
    lines = [f"support decision on ECB+, one mixed pile per part, document level (threshold P >= {result['threshold']})"]
    for name in ("tune", "check"):
        if name not in result:
            continue
        for label in ("model", "cross_language"):
            m = result[name][label]
            lines.append(f"  {name:5} {label:14} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  "
                         f"({m['cited']} cited, {m['gold']} supportable of {m['sentence_documents']})")
        c = result[name]["cosine_only"]
        lines.append(f"  {name:5} {'cosine':14} P {c.get('precision', 0):.3f}  R {c.get('recall', 0):.3f}  "
                     f"F1 {c.get('f1', 0):.3f}  at cos >= {c.get('threshold')}")
    for key in ("fitted", "fitted_cross_language"):
        if key in result:
            lines.append(f"  {key} on tune: " + ", ".join(f"{k} {v}" for k, v in result[key].items()))
    if "chosen_threshold" in result:
        lines.append(f"  tune log loss {result['tune_log_loss']}; P>={TARGET_PRECISION} from threshold "
                     f"{result['chosen_threshold']}")
    return "\n".join(lines)
