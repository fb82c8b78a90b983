"""Train the Slavic named-entity CRF (newsdossier.analyze.ner_slavic) on the BSNLP development topics, and measure it
leaving one topic out.

    PYTHONPATH=src python train/bsnlp_ner.py --data ../shared/benchmarks/bsnlp \
        --out src/newsdossier/models/bsnlp_ner.crfsuite          # the shipped model: all three topics
    PYTHONPATH=src python train/bsnlp_ner.py --data ../shared/benchmarks/bsnlp --leave-one-out
                                                                 # train on two topics, tag the third, each in turn

Scores are per document, on the distinct names (the task lists each distinct form once per document):
- exact: the set of predicted (form, type) against the gold (form, type);
- relaxed partial: a gold entity (its forms in that document) is found when a predicted name of its type overlaps
  one of its forms (one's words are a run of the other's); a predicted name is right when it so overlaps some gold
  form of its type. This approximates the organisers' scorer (eval bsnlp runs the real one).
Counts are summed over the documents of a language; the overall figure is the mean of the six languages.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from newsdossier.analyze import ner_slavic
from newsdossier.eval import bsnlp_data

WORD = re.compile(r"\w+")


def _words(s: str) -> tuple[str, ...]:
    return tuple(WORD.findall(s))


def _overlaps(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One form's words are a contiguous run of the other's ("Smith" in "John Smith")."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    return n > 0 and any(long_[i:i + n] == short for i in range(len(long_) - n + 1))


class Counts:
    def __init__(self):
        self.c = defaultdict(int)

    def add(self, pred: set[tuple[str, str]], gold: list[bsnlp_data.GoldName]):
        gold_forms = {(g.form, g.type) for g in gold}
        self.c["ex_tp"] += len(pred & gold_forms)
        self.c["ex_pred"] += len(pred)
        self.c["ex_gold"] += len(gold_forms)
        entities: dict[str, tuple[str, set]] = {}
        for g in gold:
            entities.setdefault(g.entity, (g.type, set()))[1].add(_words(g.form))
        pw = [(_words(f), t) for f, t in pred]
        self.c["pa_gold"] += len(entities)
        self.c["pa_found"] += sum(1 for kind, forms in entities.values()
                                  if any(t == kind and _overlaps(p, f) for p, t in pw for f in forms))
        gw = [(_words(f), t) for f, t in gold_forms]
        self.c["pa_pred"] += len(pw)
        self.c["pa_right"] += sum(1 for p, t in pw if any(t == k and _overlaps(p, f) for f, k in gw))

    def scores(self) -> dict[str, float]:
        def prf(tp_p, n_p, tp_r, n_r):
            p = tp_p / n_p if n_p else 0.0
            r = tp_r / n_r if n_r else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        c = self.c
        ep, er, ef = prf(c["ex_tp"], c["ex_pred"], c["ex_tp"], c["ex_gold"])
        pp, pr, pf = prf(c["pa_right"], c["pa_pred"], c["pa_found"], c["pa_gold"])
        return {"exact_P": ep, "exact_R": er, "exact_F": ef, "partial_P": pp, "partial_R": pr, "partial_F": pf}


def predict(doc: bsnlp_data.BsnlpDoc, model: Path) -> set[tuple[str, str]]:
    return {(m.text, bsnlp_data.FROM_CONTRACT[m.label])
            for m in ner_slavic.find_names(doc.doc.text, doc.language, model_path=model)}


def _train(docs, out: Path, per_language: bool, params: dict) -> dict[str, Path]:
    """The model (or one per language) for these documents: language -> model path."""
    if not per_language:
        ner_slavic.train(docs, out, **params)
        return {lang: out for lang in ner_slavic.LANGUAGES}
    paths = {}
    for lang in ner_slavic.LANGUAGES:
        p = out.with_name(f"{out.stem}.{lang}{out.suffix}")
        ner_slavic.train([d for d in docs if d.language == lang], p, **params)
        paths[lang] = p
    return paths


def leave_one_out(docs, per_language: bool, params: dict, only: list[str] | None) -> dict:
    counts = {lang: Counts() for lang in ner_slavic.LANGUAGES}
    by_topic = {}
    tagged, seconds = 0, 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for topic in sorted({d.topic for d in docs}):
            if only and topic not in only:
                continue
            t0 = time.time()
            models = _train([d for d in docs if d.topic != topic], Path(tmp) / f"no-{topic}.crfsuite",
                            per_language, params)
            print(f"held out {topic}: trained in {time.time() - t0:.0f}s", file=sys.stderr)
            topic_counts = {lang: Counts() for lang in ner_slavic.LANGUAGES}
            t0 = time.time()
            for d in docs:
                if d.topic == topic:
                    pred = predict(d, models[d.language])
                    counts[d.language].add(pred, d.gold)
                    topic_counts[d.language].add(pred, d.gold)
                    tagged += 1
            seconds += time.time() - t0
            by_topic[topic] = _table(topic_counts)
    return {"languages": _table(counts), "by_topic": by_topic, "docs_per_second": tagged / seconds if seconds else 0}


def _table(counts: dict[str, Counts]) -> dict:
    table = {lang: c.scores() for lang, c in counts.items() if c.c["ex_gold"]}
    if table:
        table["mean"] = {k: sum(s[k] for s in table.values()) / len(table) for k in next(iter(table.values()))}
    return table


def _print(table: dict, title: str):
    print(title)
    print(f"{'lang':6} {'exact P':>8} {'R':>6} {'F':>6}   {'partial P':>9} {'R':>6} {'F':>6}")
    for lang, s in table.items():
        print(f"{lang:6} {s['exact_P']:8.3f} {s['exact_R']:6.3f} {s['exact_F']:6.3f}   "
              f"{s['partial_P']:9.3f} {s['partial_R']:6.3f} {s['partial_F']:6.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="the BSNLP folder (topics with raw/ and annotated/)")
    ap.add_argument("--out", type=Path, help="where to write the model trained on every topic")
    ap.add_argument("--leave-one-out", action="store_true", help="train on all topics but one, score that one")
    ap.add_argument("--topics", help="with --leave-one-out: only hold out these (comma-separated)")
    ap.add_argument("--per-language", action="store_true", help="one model per language instead of one for all")
    ap.add_argument("--c1", type=float, default=ner_slavic.DEFAULT_PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=ner_slavic.DEFAULT_PARAMS["c2"])
    ap.add_argument("--max-iterations", type=int, default=ner_slavic.DEFAULT_PARAMS["max_iterations"])
    ap.add_argument("--minfreq", type=float, default=ner_slavic.DEFAULT_PARAMS["feature.minfreq"])
    ap.add_argument("--json", type=Path, help="also write the scores here")
    a = ap.parse_args(argv)
    if not a.data.is_dir():
        print(f"error: no BSNLP data folder at {a.data}", file=sys.stderr)
        return 2
    if not (a.out or a.leave_one_out):
        print("error: give --out (train the shipped model) and/or --leave-one-out (measure)", file=sys.stderr)
        return 2
    params = {"c1": a.c1, "c2": a.c2, "max_iterations": a.max_iterations, "feature.minfreq": a.minfreq}
    docs = bsnlp_data.load(a.data, languages=list(ner_slavic.LANGUAGES))
    print(f"{len(docs)} documents, params {params}, {'per language' if a.per_language else 'one model'}",
          file=sys.stderr)
    result = {"params": params, "per_language": a.per_language}
    if a.leave_one_out:
        res = leave_one_out(docs, a.per_language, params, a.topics.split(",") if a.topics else None)
        for topic, table in res["by_topic"].items():
            _print(table, f"\nheld out: {topic}")
        _print(res["languages"], "\nleave-one-topic-out, all held-out documents")
        print(f"tagging: {res['docs_per_second']:.1f} documents/s")
        result.update(res)
    if a.out:
        t0 = time.time()
        if a.per_language:
            print("error: the shipped model is the single multilingual one (drop --per-language)", file=sys.stderr)
            return 2
        ner_slavic.train(docs, a.out, **params)
        print(f"wrote {a.out} ({a.out.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f}s")
    if a.json:
        a.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
