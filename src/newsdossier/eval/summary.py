"""Dated summaries on the ML-Crisis layout: ROUGE-1/2/L F1 against LexRank, TextRank and lead baselines.

Data layout: ``DIR/<lang>/<topic>/<YYYY-MM-DD>/*.txt`` (articles published that day) and
``DIR/<lang>/reference/<topic>.txt`` (a date line, the reference sentences of that day, a line of
dashes; repeated). For every reference date that has articles (published that day, or within
``--window`` days), every system summarises the same input under the same word budget and is
scored against that date's reference sentences.

Input path (shared by all systems): the pipeline's own ``ingest`` -> ``clean`` -> ``analyze``
stages (publication date = the folder date; sentences from the analyzer); ``crossdoc`` is not
run (one or two articles a day give it nothing to merge). Systems:

  newsdossier  ``summarize.select_sentences``: cross-source centrality (multilingual USE
               embeddings), similarity to the topic's other articles (the story context),
               lead position, sentences dated that day, MMR redundancy, word budget.
  lexrank      sumy LexRankSummarizer (Snowball stemmer and stop words of ``--lang``).
  textrank     sumy TextRankSummarizer (same).
  lead         the first sentences of each article, round robin.

Budget: ``--words N`` words, or by default the reference's own length for that date; every
system's output is put in document order and cut at exactly the budget (DUC-style truncation).
ROUGE: ``rouge-score`` F1 with a Unicode-aware tokenizer (lower-cased ``\\w+`` runs; the
package's default tokenizer drops every accented letter), no stemming; macro average over dates.
"""

from __future__ import annotations

import argparse
import re
from datetime import date as _date
from functools import lru_cache
from pathlib import Path
from typing import Any

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DASHES = re.compile(r"^-{5,}\s*$")
_TOKEN = re.compile(r"\w+", re.UNICODE)
SYSTEMS = ("newsdossier", "lexrank", "textrank", "lead")
METRICS = ("rouge1", "rouge2", "rougeL")
_SUMY_LANG = {"fr": "french", "en": "english", "de": "german", "es": "spanish", "it": "italian", "pt": "portuguese",
              "ru": "russian", "ar": "arabic"}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", default="fr", help="language folder of the data (default fr)")
    p.add_argument("--words", type=int, default=0,
                   help="word budget per date (default 0: the reference's own length for that date)")
    p.add_argument("--window", type=int, default=0,
                   help="also use articles published up to N days before the date (default 0: that day only)")


class _Tokenizer:
    """For rouge-score: lower-cased \\w+ runs (keeps accented letters)."""

    def tokenize(self, text: str) -> list[str]:
        return _TOKEN.findall((text or "").lower())


class _SumyTokenizer:
    """For sumy's document model: words without NLTK data (no download)."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_words(self, sentence: str) -> list[str]:
        return [w for w in _TOKEN.findall(sentence) if not w.isdigit() or len(w) > 0]

    def to_sentences(self, paragraph: str) -> list[str]:  # not used: sentences are given
        return [paragraph]


def read_reference(path: Path) -> dict[str, str]:
    """{date: reference text of that date}."""
    out: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        s = line.strip()
        if not s:
            continue
        if _DATE.match(s):
            current = s
            out.setdefault(current, [])
        elif _DASHES.match(s):
            current = None
        elif current:
            out[current].append(s)
    return {d: " ".join(v) for d, v in out.items() if v}


def load_topic(topic_dir: Path):
    """Documents of one topic (ingest + clean + analyze), published = the folder date."""
    from ..analyze import analyze_documents
    from ..pipeline import publication_dates
    from ..clean import clean_documents
    from ..ingest import ingest

    folders = sorted(p for p in topic_dir.iterdir() if p.is_dir() and _DATE.match(p.name))
    docs = []
    for f in folders:
        res = ingest([f])
        for d in res.documents:
            d.id = f"{f.name}/{d.id}"
            d.published, d.published_basis = f.name, "metadata"
            docs.append(d)
    clean_documents(docs)
    analyze_documents(docs)
    publication_dates([d for d in docs if d.text.strip()])  # as build runs it
    return [d for d in docs if d.text.strip() and d.sentences]


def _truncate(sentences: list[str], budget: int) -> str:
    words = " ".join(sentences).split()
    return " ".join(words[:budget])


def _lead(docs, budget: int) -> list[tuple[int, int]]:
    picked, words, rank = [], 0, 0
    while words < budget:
        added = False
        for di, d in enumerate(docs):
            if rank < len(d.sentences) and words < budget:
                picked.append((di, rank))
                words += len(d.sentences[rank].text.split())
                added = True
        if not added:
            break
        rank += 1
    return picked


@lru_cache(maxsize=None)
def _sumy_resources(language: str):
    """(stemmer, stop words, notes) for the sumy baselines.

    sumy has no stemmer or stop-word list for some languages (it raises LookupError); the baselines then
    run with the English stemmer / without stop words, and the note says so in the report.
    """
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    notes = []
    try:
        stemmer = Stemmer(language)
    except LookupError:  # no stemmer for this language in sumy: the English one, reported
        stemmer = Stemmer("english")
        notes.append(f"sumy has no {language} stemmer: the LexRank/TextRank baselines used the English one")
    try:
        stop_words = get_stop_words(language)
    except LookupError:  # no stop-word list for this language in sumy: none, reported
        stop_words = frozenset()
        notes.append(f"sumy has no {language} stop words: the LexRank/TextRank baselines ran without any")
    return stemmer, stop_words, tuple(notes)


def _sumy(docs, budget: int, lang: str, kind: str) -> list[tuple[int, int]]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    language = _SUMY_LANG.get(lang, "english")
    tok = _SumyTokenizer(language)
    where = {}
    paras = []
    for di, d in enumerate(docs):
        sents = []
        for si, s in enumerate(d.sentences):
            text = " ".join(s.text.split())
            where.setdefault(text, (di, si))
            sents.append(Sentence(text, tok))
        paras.append(Paragraph(sents))
    document = ObjectDocumentModel(paras)
    stemmer, stop_words, _ = _sumy_resources(language)
    summarizer = (LexRankSummarizer if kind == "lexrank" else TextRankSummarizer)(stemmer)
    summarizer.stop_words = stop_words
    n = sum(len(d.sentences) for d in docs)
    picked: list[tuple[int, int]] = []
    for k in range(1, n + 1):  # sumy returns the top k in document order: grow k until the budget is met
        picked = [where[str(s)] for s in summarizer(document, k) if str(s) in where]
        if sum(len(docs[di].sentences[si].text.split()) for di, si in picked) >= budget:
            break
    return picked


def _ours(docs, budget: int, context, embed, day: str) -> list[tuple[int, int]]:
    import numpy as np

    from ..summarize import candidate_sentences, select_sentences

    cands = candidate_sentences(docs) or [(d, i) for d in docs for i in range(len(d.sentences))]
    texts = [d.sentences[i].text for d, i in cands]
    vecs = embed(texts)
    group = [docs.index(d) for d, _ in cands]
    position = [i / max(1, len(d.sentences)) for d, i in cands]
    boost = np.zeros(len(cands))
    for k, (d, i) in enumerate(cands):
        s = d.sentences[i]
        if any(t.value and t.value.startswith(day) and s.start <= t.start < s.end for t in d.timexes):
            boost[k] += 0.05  # about that day
    chosen = select_sentences(texts, vecs, group, position=position, boost=boost, context=context, n_words=budget)
    idx = {id(d): n for n, d in enumerate(docs)}
    return [(idx[id(cands[k][0])], cands[k][1]) for k in chosen]


def main(args: Any) -> dict:
    from rouge_score import rouge_scorer

    from ..embed import embed

    data = Path(args.data)
    lang = getattr(args, "lang", "fr") or "fr"
    fixed = int(getattr(args, "words", 0) or 0)
    window = max(0, int(getattr(args, "window", 0) or 0))
    root = data / lang
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=False, tokenizer=_Tokenizer())
    per_date: list[dict] = []
    topics = sorted(p for p in root.iterdir() if p.is_dir() and p.name != "reference") if root.is_dir() else []
    skipped = 0
    for topic in topics:
        ref_file = root / "reference" / f"{topic.name}.txt"
        if not ref_file.is_file():
            continue
        refs = read_reference(ref_file)
        docs = load_topic(topic)
        if not docs:
            continue
        dvecs = embed([" ".join(d.text.split()[:400]) for d in docs])  # the story context: every article
        for day, ref in sorted(refs.items()):
            try:
                dd = _date.fromisoformat(day)
            except ValueError:
                continue
            todays = [d for d in docs if d.published and 0 <= (dd - _date.fromisoformat(d.published)).days <= window]
            if not todays:
                skipped += 1
                continue
            budget = fixed or len(ref.split())
            others = [n for n, d in enumerate(docs) if d not in todays]
            context = dvecs[others].mean(axis=0) if others else None
            picks = {
                "newsdossier": _ours(todays, budget, context, embed, day),
                "lexrank": _sumy(todays, budget, lang, "lexrank"),
                "textrank": _sumy(todays, budget, lang, "textrank"),
                "lead": _lead(todays, budget),
            }
            row = {"topic": topic.name, "date": day, "documents": len(todays), "budget": budget, "scores": {}}
            for name, picked in picks.items():
                text = _truncate([todays[di].sentences[si].text for di, si in sorted(picked)], budget)
                sc = scorer.score(ref, text)
                row["scores"][name] = {m: round(sc[m].fmeasure, 4) for m in METRICS}
            per_date.append(row)
    mean = {s: {m: round(sum(r["scores"][s][m] for r in per_date) / len(per_date), 4) if per_date else 0.0
                for m in METRICS} for s in SYSTEMS}
    wins = {m: all(mean["newsdossier"][m] > mean[s][m] for s in SYSTEMS[1:]) for m in METRICS}
    notes = list(_sumy_resources(_SUMY_LANG.get(lang, "english"))[2]) if per_date else []
    if lang not in _SUMY_LANG:
        notes.append(f"no sumy language for {lang!r}: the LexRank/TextRank baselines used English resources")
    return {"lang": lang, "dates": len(per_date), "reference_dates_without_articles": skipped, "notes": notes,
            "budget": fixed or "reference length", "window_days": window, "mean_f1": mean,
            "ahead_of_every_baseline": wins, "per_date": per_date}


def format_report(result: dict) -> str:
    lines = [f"ML-Crisis dated summaries ({result['lang']}): {result['dates']} dates scored "
             f"({result['reference_dates_without_articles']} reference dates without articles), "
             f"budget {result['budget']} words, window {result['window_days']} days",
             f"{'system':<12} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-L':>8}   (F1, macro over dates)"]
    for s in SYSTEMS:
        m = result["mean_f1"][s]
        lines.append(f"{s:<12} {m['rouge1']:>8.4f} {m['rouge2']:>8.4f} {m['rougeL']:>8.4f}")
    lines.append("per date (ROUGE-1 F1): " + "  ".join(
        f"{r['date']} " + "/".join(f"{r['scores'][s]['rouge1']:.3f}" for s in SYSTEMS) for r in result["per_date"]))
    lines += [f"note: {n}" for n in result.get("notes", [])]
    lines.append("ahead of every baseline: " + ", ".join(f"{m} {'yes' if v else 'no'}"
                                                          for m, v in result["ahead_of_every_baseline"].items()))
    return "\n".join(lines)
