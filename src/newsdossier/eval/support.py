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

from ..summarize.support import FEATURES, fit, fitted_weights, log_loss, pair_features, probability, profile, rarity
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


def pairs(sentences: list[GoldSentence], embed=None) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int]]]:
    """Features, labels and (A, B) indexes of every directed cross-document pair within a topic."""
    if embed is None:
        from ..embed import embed
    vecs = embed([s.text for s in sentences])
    profs = [profile(s.text) for s in sentences]
    x, y, idx = [], [], []
    by_topic: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sentences):
        by_topic[s.topic].append(i)
    for members in by_topic.values():
        by_doc: dict[str, list] = defaultdict(list)
        for i in members:
            by_doc[sentences[i].doc].append(profs[i])
        rare = rarity(list(by_doc.values()))  # the topic stands for a pile: its names' rarity among its documents
        for i in members:
            for j in members:
                a, b = sentences[i], sentences[j]
                if a.doc == b.doc:
                    continue
                x.append(pair_features(float(vecs[i] @ vecs[j]), profs[i], profs[j], rare))
                y.append(1.0 if a.sub == b.sub and a.chains & b.chains else 0.0)
                idx.append((i, j))
    return np.array(x).reshape(-1, len(FEATURES)), np.array(y), idx


def scores(p: np.ndarray, y: np.ndarray, threshold: float) -> dict[str, float]:
    pred = p >= threshold
    tp = float((pred & (y == 1)).sum())
    prec = tp / pred.sum() if pred.sum() else 0.0
    rec = tp / (y == 1).sum() if (y == 1).sum() else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"threshold": threshold, "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
            "predicted": int(pred.sum()), "gold": int((y == 1).sum()), "pairs": int(len(y))}


def evaluate(data: Path, part: str = "all", threshold: float | None = None, do_fit: bool = False,
             embed=None) -> dict[str, Any]:
    from ..config import current

    if threshold is None:
        threshold = current().summary.support_probability
    parts = {"tune": TUNE_TOPICS, "check": CHECK_TOPICS}
    data_of = {name: pairs(load_sentences(data, topics), embed) for name, topics in parts.items()}
    weights = fitted_weights()
    result: dict[str, Any] = {"features": list(FEATURES), "threshold": threshold}
    if do_fit:
        x, y, _ = data_of["tune"]
        weights = fit(x, y)
        result["fitted"] = {f: round(float(w), 4) for f, w in zip(FEATURES, weights)}
        result["tune_log_loss"] = round(log_loss(weights, x, y), 4)
        # the precision-favouring threshold: the lowest at which the tuning part reaches 0.8 precision
        p = probability(weights, x)
        for t in np.arange(0.30, 0.96, 0.01):
            if scores(p, y, float(t))["precision"] >= 0.8:
                result["chosen_threshold"] = round(float(t), 2)
                break
    names = ["tune", "check"] if part == "all" else [part]
    for name in names:
        x, y, _ = data_of[name]
        p = probability(weights, x)
        cos_only = x[:, FEATURES.index("cos")]
        result[name] = {"model": scores(p, y, threshold),
                        "curve": [scores(p, y, t) for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)],
                        "cosine_only": _best_cosine(cos_only, y, 0.8)}
    return result


def _best_cosine(cos: np.ndarray, y: np.ndarray, precision: float) -> dict[str, float]:
    """The baseline: the lowest cosine threshold reaching ``precision`` (or the most precise one)."""
    best = None
    for t in np.arange(0.30, 0.96, 0.01):
        s = scores(cos, y, round(float(t), 2))
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
    lines = [f"support decision on ECB+ (threshold P >= {result['threshold']})"]
    for name in ("tune", "check"):
        if name not in result:
            continue
        m, c = result[name]["model"], result[name]["cosine_only"]
        lines.append(f"  {name:5} model   P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  "
                     f"({m['predicted']} cited, {m['gold']} gold of {m['pairs']} pairs)")
        lines.append(f"  {name:5} cosine  P {c.get('precision', 0):.3f}  R {c.get('recall', 0):.3f}  "
                     f"F1 {c.get('f1', 0):.3f}  at cos >= {c.get('threshold')}")
    if "fitted" in result:
        lines.append("  fitted on tune: " + ", ".join(f"{k} {v}" for k, v in result["fitted"].items()))
        lines.append(f"  tune log loss {result['tune_log_loss']}; P>=0.8 from threshold {result.get('chosen_threshold')}")
    return "\n".join(lines)
