"""Story grouping on ECB+ sub-topics and BSNLP topics (B³, pairwise, cross-lingual recall, news-tls baseline).

Gold: on ECB+ every sub-topic is a story (`N_Mecb` vs `N_Mecbplus`: two real events of one kind, the hard case);
on BSNLP every topic folder is one story across six languages. All selected documents form one stream (ECB+
has no publication dates: a fixed shuffle, so no topic arrives in one block; BSNLP in publication order) and
the grouper (`crossdoc/stories.py`) runs over it once, as `build` and the store do. Names come from the
analyser's NER (`--mentions ner`), or the gold annotation (`gold`, an upper bound) or nothing (`none`).

Tuning part: ECB+ topics 1-22. Check: ECB+ 23-35 and all of BSNLP (never read for errors). The baseline is
the online clusterer of news-tls (Ghalandari & Ifrim 2020, `clust.OnlineClusterer`, its defaults max_days=1,
min_sim=0.5): TF-IDF of title and text, a document joins the most similar cluster centroid whose last
document is at most max_days away, above min_sim, else starts a cluster.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..model import Document, Mention
from .coref_metrics import b_cubed as coref_b_cubed
from .entities import parse_ranges


@dataclass
class GoldDoc:
    doc: Document
    story: str


# ---------------------------------------------------------------- data


def load_ecbplus(data: Path, topics: list[int] | None, seed: int = 0) -> list[GoldDoc]:
    """Every ECB+ document of the topics (full text, gold name mentions kept aside in meta), gold = sub-topic."""
    from .entities import load_topic

    folder = data / "topics"
    available = sorted(int(p.name) for p in folder.iterdir() if p.is_dir() and p.name.isdigit())
    wanted = [t for t in available if topics is None or t in topics]
    out = []
    for t in wanted:
        full, _ = load_topic(data, t, checked={})  # all sentences (no checked-sentence filter): the whole report
        for d in full:
            _url_line_to_metadata(d)
            d.meta["gold_names"] = [m.text for m in d.mentions]
            d.mentions = []
            half = "ecbplus" if d.id.endswith("ecbplus") else "ecb"
            out.append(GoldDoc(d, f"{t}_{half}"))
    random.Random(seed).shuffle(out)  # an online grouping depends on the order: --seed gives others
    return out


def _url_line_to_metadata(d: Document) -> None:
    """ECB+'s later half stores the page address as the first tokenised sentence ("http : / / www ..."): it is
    metadata, not what the report says, so it moves to `url` and out of the text (mentions shift with it)."""
    first, nl, rest = d.text.partition("\n")
    if not nl or not first.startswith("http"):
        return
    cut = len(first) + 1
    d.url = first.replace(" ", "")
    d.text = rest
    d.mentions = [Mention(m.start - cut, m.end - cut, m.text, m.label) for m in d.mentions if m.start >= cut]


def load_bsnlp(data: Path) -> list[GoldDoc]:
    """Every BSNLP article (read by `bsnlp_data`), gold = its topic folder, in publication order. The body
    without its title is the text: the title is the document's title, as ingest reads a page."""
    from . import bsnlp_data

    out = []
    for b in bsnlp_data.load(data):
        d = b.doc
        if d.title and d.text.startswith(d.title):
            d.text = d.text[len(d.title):].lstrip("\n")
        d.id = f"{b.topic}/{b.task_id}"
        d.meta["gold_names"] = [g.form for g in b.gold]
        out.append(GoldDoc(d, b.topic))
    out.sort(key=lambda g: g.doc.published or "")
    return out


def _gold_mentions(d: Document) -> list[Mention]:
    """Gold names placed where they occur in the text (first occurrence), labelled OTHER."""
    out = []
    for name in dict.fromkeys(d.meta.get("gold_names", [])):
        i = d.text.find(name)
        if i >= 0:
            out.append(Mention(i, i + len(name), name, "OTHER"))
    return out


def add_mentions(docs: list[Document], mode: str) -> None:
    """Name mentions for the grouping: the analyser's NER on the text, the gold names, or none."""
    if mode == "gold":
        for d in docs:
            d.mentions = _gold_mentions(d)
        return
    if mode == "none":
        return
    from ..analyze import name_mentions

    name_mentions(docs)  # the NER pass `ingest` runs too: the measured grouping is the product's


# ---------------------------------------------------------------- metrics


def _clusters(assign: dict[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for doc, c in assign.items():
        out[c].add(doc)
    return out


def b_cubed(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    r, p, _ = coref_b_cubed(list(_clusters(gold).values()), list(_clusters(pred).values()))
    return _prf(p, r)


def _prf(p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def _pairs(assign: dict[str, str]) -> int:
    return sum(n * (n - 1) // 2 for n in Counter(assign.values()).values())


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    both = Counter((pred[d], gold[d]) for d in gold)
    tp = sum(n * (n - 1) // 2 for n in both.values())
    pp, gp = _pairs(pred), _pairs(gold)
    return _prf(tp / pp if pp else 1.0, tp / gp if gp else 1.0)


def language_pair_recall(pred: dict[str, str], gold: dict[str, str], language: dict[str, str]) -> dict[str, float]:
    """Share of same-story pairs grouped together, for pairs in different languages and in the same one."""
    tot, hit = Counter(), Counter()
    by_gold: dict[str, list[str]] = defaultdict(list)
    for d, g in gold.items():
        by_gold[g].append(d)
    for members in by_gold.values():
        # counted per (predicted story, language) cell: exact and fast on thousands of documents
        cells = Counter((pred[d], language[d]) for d in members)
        langs = Counter(language[d] for d in members)
        n = len(members)
        same_tot = sum(k * (k - 1) // 2 for k in langs.values())
        tot["same"] += same_tot
        tot["cross"] += n * (n - 1) // 2 - same_tot
        per_pred = Counter()
        for (p, _), k in cells.items():
            per_pred[p] += k
        same_hit = sum(k * (k - 1) // 2 for k in cells.values())
        all_hit = sum(k * (k - 1) // 2 for k in per_pred.values())
        hit["same"] += same_hit
        hit["cross"] += all_hit - same_hit
    return {"cross_lingual_pair_recall": round(hit["cross"] / tot["cross"], 4) if tot["cross"] else None,
            "same_language_pair_recall": round(hit["same"] / tot["same"], 4) if tot["same"] else None}


def scores(pred: dict[str, str], gold: dict[str, str], language: dict[str, str] | None = None) -> dict[str, Any]:
    out = {"b3": b_cubed(pred, gold), "pairwise": pairwise(pred, gold), "stories": len(set(pred.values())),
           "gold_stories": len(set(gold.values()))}
    if language is not None:
        out.update(language_pair_recall(pred, gold, language))
    return out


# ---------------------------------------------------------------- systems


def run_ours(docs: list[Document], settings=None) -> tuple[dict[str, str], dict[str, float]]:
    """Our grouper over the stream; a document left unassigned counts as a story of its own."""
    from ..config import current
    from ..crossdoc.stories import group_stories, profile_text
    from ..embed import embed

    s = (settings or current()).stories
    t0 = time.perf_counter()
    embed([profile_text(d, s.lead_chars) for d in docs])  # the title+lead vectors (cached for the grouping)
    t1 = time.perf_counter()
    assign, _ = group_stories(docs, settings=settings)
    t2 = time.perf_counter()
    pred = {d: (c if c is not None else f"none:{d}") for d, c in assign.items()}
    return pred, {"docs_per_s": round(len(docs) / max(t2 - t1, 1e-9), 1),
                  "docs_per_s_with_embedding": round(len(docs) / max(t2 - t0, 1e-9), 1)}


def run_news_tls(docs: list[Document], max_days: int = 1, min_sim: float = 0.5) -> tuple[dict[str, str], dict]:
    """news-tls's OnlineClusterer on the same stream (publication order; undated documents count as one day).

    As there: a cluster's centroid is the mean of its members' TF-IDF vectors and its time the last member's;
    only clusters at most `max_days` from the document compete (sparse vectors: only those are compared)."""
    from datetime import date

    from scipy import sparse
    from scipy.sparse.linalg import norm as sparse_norm
    from sklearn.feature_extraction.text import TfidfVectorizer

    t0 = time.perf_counter()
    order = sorted(range(len(docs)), key=lambda i: docs[i].published or "")
    X = TfidfVectorizer().fit_transform([f"{docs[i].title or ''} {docs[i].text}" for i in order]).tocsr()
    sums: list = []  # sparse 1 x V sums of the members' vectors
    times: list[int] = []
    pred: dict[str, str] = {}
    for row, i in enumerate(order):
        x = X[row]
        d = docs[i]
        t = date.fromisoformat(d.published[:10]).toordinal() if _has_day(d.published) else 0
        near = [c for c in range(len(sums)) if abs(times[c] - t) <= max_days]
        best, best_sim = -1, -1.0
        if near:
            C = sparse.vstack([sums[c] for c in near]).tocsr()
            norms = np.sqrt(np.asarray(C.multiply(C).sum(axis=1)).ravel())
            sims = np.asarray((C @ x.T).todense()).ravel() / np.maximum(norms * max(sparse_norm(x), 1e-9), 1e-9)
            k = int(np.argmax(sims))
            best, best_sim = near[k], float(sims[k])
        if best >= 0 and best_sim >= min_sim:
            sums[best] = sums[best] + x
            times[best] = t
        else:
            best = len(sums)
            sums.append(x.copy())
            times.append(t)
        pred[d.id] = f"T{best}"
    return pred, {"docs_per_s": round(len(docs) / max(time.perf_counter() - t0, 1e-9), 1)}


def _has_day(value: str | None) -> bool:
    return bool(value) and len(value) >= 10 and value[4] == "-"


# ---------------------------------------------------------------- task


def evaluate(data: Path, topics: list[int] | None = None, mentions: str = "ner", baseline: bool = True,
             settings=None, seed: int = 0) -> dict[str, Any]:
    data = Path(data)
    bsnlp = not (data / "topics").is_dir()
    gold_docs = load_bsnlp(data) if bsnlp else load_ecbplus(data, topics, seed)
    if not gold_docs:
        raise ValueError(f"no documents found under {data}")
    docs = [g.doc for g in gold_docs]
    gold = {g.doc.id: g.story for g in gold_docs}
    language = {d.id: d.language or "?" for d in docs} if bsnlp else None
    t0 = time.perf_counter()
    add_mentions(docs, mentions)
    result: dict[str, Any] = {"data": "bsnlp" if bsnlp else "ecbplus", "documents": len(docs), "mentions": mentions,
                              "seed": None if bsnlp else seed,
                              "mentions_s": round(time.perf_counter() - t0, 1)}
    if not bsnlp:
        result["topics"] = sorted({int(g.story.split("_")[0]) for g in gold_docs})
    pred, speed = run_ours(docs, settings)
    result.update(scores(pred, gold, language))
    result.update(speed)
    if baseline:
        bpred, bspeed = run_news_tls(docs)
        result["baselines"] = {"news_tls": {**scores(bpred, gold, language), **bspeed}}
    return result


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--topics", default=None, help="ECB+ topic numbers, e.g. 1-22 (tuning) or 23-35 (check)")
    p.add_argument("--mentions", choices=("ner", "gold", "none"), default="ner",
                   help="names for the entity signal: the analyser's NER (default), the gold names, or none")
    p.add_argument("--seed", type=int, default=0, help="ECB+ stream order (a fixed shuffle; BSNLP is by date)")
    p.add_argument("--no-baseline", action="store_true", help="skip the news-tls baseline")
    p.add_argument("--config", metavar="FILE", default=None, help="settings file over the defaults")
    p.add_argument("--set", metavar="SECTION.KEY=VALUE", action="append", help="override one setting")


def main(args: Any) -> dict[str, Any]:
    from .. import config

    settings = config.load(args.config) if args.config else config.DEFAULTS
    settings = config.override(settings, config.parse_assignments(args.set or []))
    with config.use(settings):  # every setting (the NER pass's too), not only the stories section
        return evaluate(args.data, parse_ranges(args.topics), args.mentions, not args.no_baseline, settings,
                        args.seed)


def format_report(result: dict[str, Any]) -> str:
    def line(name: str, r: dict) -> str:
        extra = ""
        if r.get("cross_lingual_pair_recall") is not None:
            extra = (f"  cross-lingual pair R {r['cross_lingual_pair_recall']:.3f}"
                     f"  same-language pair R {r['same_language_pair_recall']:.3f}")
        return (f"{name:<10} B3 P {r['b3']['p']:.3f} R {r['b3']['r']:.3f} F1 {r['b3']['f1']:.3f}  pairwise P "
                f"{r['pairwise']['p']:.3f} R {r['pairwise']['r']:.3f} F1 {r['pairwise']['f1']:.3f}  stories "
                f"{r['stories']} (gold {r['gold_stories']})  {r['docs_per_s']} docs/s" + extra)

    lines = [f"{result['data']}: {result['documents']} documents, names: {result['mentions']}", line("ours", result)]
    for name, r in result.get("baselines", {}).items():
        lines.append(line(name, r))
    return "\n".join(lines)


__all__ = ["b_cubed", "pairwise", "language_pair_recall", "scores", "evaluate", "load_ecbplus", "load_bsnlp",
           "run_news_tls", "main", "add_arguments", "format_report"]
