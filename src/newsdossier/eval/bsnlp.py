"""BSNLP (Slav-NER) shared task: names, their base forms and cross-lingual ids, scored by the organisers' scorer.

`newsdossier eval bsnlp --data DIR --out RESP [--topics a,b] [--recognizer system|gold] [--leave-one-out]`

Writes the task's response files `RESP/<topic>/<lang>/<stem>.out` (first line the document's task id, then one
line per distinct surface form: form, base form, type, entity id) and scores them with the organisers' Java scorer
(`DIR/scorer/bsnlp-ner-evaluator-*.jar`, or `--scorer`), on a scorer data folder built in a temporary directory
with the gold files of the selected topics only. Printed: F, P and R of recognition (relaxed partial, relaxed
exact, strict), normalisation, and linking at document, single-language and cross-language level, per language
and over all; and our own quick normalisation accuracy (distinct gold forms whose base we got right).

Recognizers: `system` is the Slavic name finder (`analyze.ner_slavic.find_names`); `gold` lists the gold forms
(oracle recognition: the recognition scores are then 1 by construction, and normalisation and linking are
measured alone). Base forms come from `analyze.base_forms`, ids from `crossdoc.xlink`.

`--leave-one-out`: each selected topic gets base-form rules (and, when `ner_slavic` offers `train`, a name finder)
fitted on the other topics of DIR only, so no figure is of a topic that was fitted on. Without it the shipped
rules are used, which were fitted on all three BSNLP topics: the normalisation figure is then in-sample.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import shutil
import subprocess
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ..analyze.base_forms import SuffixRules, base_form, fit, gold_pairs, shipped_rules
from ..analyze.ner_slavic import LANGUAGES
from ..crossdoc.xlink import LinkItem, link
from . import bsnlp_data

SYSTEM = "newsdossier"
LANGS = LANGUAGES  # the six languages of the task (the Slavic name finder's)
ROWS = [("Recognition", "Relaxed Partial", "recognition_relaxed_partial"),
        ("Recognition", "Relaxed Exact", "recognition_relaxed_exact"),
        ("Recognition", "Strict", "recognition_strict"),
        ("Normalization", "", "normalisation"),
        ("Linking", "Document level", "linking_document"),
        ("Linking", "Single language level", "linking_single_language"),
        ("Linking", "Cross-language level", "linking_cross_language")]
SCORER_TIMEOUT = 3600


class BsnlpError(Exception):
    """A failure the user can act on (no scorer, no Java, no name finder): reported as a message."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--topics", default=None, help="topics, comma-separated (default: every topic under --data)")
    p.add_argument("--out", required=True, type=Path, help="folder for the response files RESP/<topic>/<lang>/")
    p.add_argument("--recognizer", choices=["system", "gold"], default="system",
                   help="system: the Slavic name finder; gold: the gold forms (oracle: scores base forms and "
                        "linking alone)")
    p.add_argument("--leave-one-out", action="store_true",
                   help="fit base-form rules (and the name finder, when it can be trained) on the other topics")
    p.add_argument("--scorer", type=Path, default=None,
                   help="the organisers' jar (default: DATA/scorer/bsnlp-ner-evaluator-*.jar)")
    p.add_argument("--java", default="java", help="Java executable (default: java on PATH)")


# --- recognition ---------------------------------------------------------------------------------------------

def _ner_module():
    try:
        return importlib.import_module("newsdossier.analyze.ner_slavic")
    except ModuleNotFoundError as exc:
        if exc.name != "newsdossier.analyze.ner_slavic":
            raise
        raise BsnlpError("--recognizer system needs newsdossier.analyze.ner_slavic (the Slavic name finder), "
                         "which is not installed in this tree; use --recognizer gold to score base forms and "
                         "linking alone") from None


def gold_names(d: bsnlp_data.BsnlpDoc) -> list[tuple[str, str]]:
    """The distinct (form, type) of a document's gold list."""
    return sorted({(g.form, g.type) for g in d.gold})


def system_names(d: bsnlp_data.BsnlpDoc, ner, model_path: str | None) -> list[tuple[str, str]]:
    """The distinct surface forms the name finder marks, each with its most frequent task type (ties: the
    alphabetically first); mentions of a type the task does not annotate are left out."""
    kinds: dict[str, Counter] = defaultdict(Counter)
    for m in ner.find_names(d.doc.text, d.language, model_path=model_path):
        t = bsnlp_data.FROM_CONTRACT.get(m.label)
        form = m.text.strip()
        if t and form:
            kinds[form][t] += 1
    return sorted((f, sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]) for f, c in kinds.items())


# --- responses -------------------------------------------------------------------------------------------------

def respond(docs: list[bsnlp_data.BsnlpDoc], names: dict[str, list[tuple[str, str]]],
            rules_of: dict[str, SuffixRules]) -> dict[str, list[tuple[str, str, str, str]]]:
    """Per document id: (form, base, type, entity id) lines, ids linked over all the documents at once."""
    items = []
    for d in docs:
        rules = rules_of[d.topic]
        for form, t in names[d.doc.id]:
            items.append(LinkItem(d.doc.id, d.language, form, base_form(form, t, d.language, rules), t))
    ids = link(items)
    out: dict[str, list] = {d.doc.id: [] for d in docs}
    for it, ident in zip(items, ids):
        out[it.doc].append((it.form, it.base, it.type, ident))
    return out


def _clean(field: str) -> str:
    return " ".join(field.replace("\t", " ").split())


def write_responses(out: Path, docs: list[bsnlp_data.BsnlpDoc], lines: dict[str, list]) -> int:
    """RESP/<topic>/<lang>/<stem>.out for every document (one with no names holds its id line only)."""
    n = 0
    for d in docs:
        path = out / d.topic / d.language / f"{d.stem}.out"
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = [d.task_id] + ["\t".join(_clean(x) for x in row) for row in lines[d.doc.id]]
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        n += 1
    return n


# --- the organisers' scorer ------------------------------------------------------------------------------------

def find_scorer(data: Path, given: Path | None) -> Path:
    if given is not None:
        if not given.is_file():
            raise BsnlpError(f"scorer jar not found: {given}")
        return given
    jars = sorted((data / "scorer").glob("bsnlp-ner-evaluator-*.jar"))
    if not jars:
        raise BsnlpError(f"no scorer jar under {data / 'scorer'} (give one with --scorer)")
    return jars[-1]


def run_scorer(jar: Path, data: Path, resp: Path, topics: list[str], java: str = "java") -> tuple[str, str]:
    """Score RESP against the gold files of the topics (a scorer data folder of symlinks, in a temporary
    directory); returns the texts of the scorer's eval-summary.csv and of its report on our responses."""
    exe = shutil.which(java)
    if exe is None:
        raise BsnlpError(f"Java not found ({java!r} is not on PATH): the BSNLP scorer is a Java program; "
                         "install Java 17 or give --java")
    with tempfile.TemporaryDirectory(prefix="bsnlp-score-") as tmp:
        return _score_in(Path(tmp), exe, jar, data, resp, topics)


def _score_in(work: Path, exe: str, jar: Path, data: Path, resp: Path, topics: list[str]) -> tuple[str, str]:
    root = work / "DATA"
    for topic in topics:
        for lang_dir in sorted((data / topic / "annotated").iterdir()):
            if lang_dir.is_dir():
                (root / "golden" / topic).mkdir(parents=True, exist_ok=True)
                os.symlink(lang_dir.resolve(), root / "golden" / topic / lang_dir.name)
        (root / SYSTEM).mkdir(parents=True, exist_ok=True)
        os.symlink((resp / topic).resolve(), root / SYSTEM / topic)
    outs = [work / x for x in ("REPORTS", "ERRORS", "SUMMARIES")]
    for o in outs:
        o.mkdir()
    try:
        proc = subprocess.run([exe, "-cp", str(jar), "sigslav.BNEvaluator", str(root), *map(str, outs)],
                              capture_output=True, text=True, timeout=SCORER_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise BsnlpError(f"the BSNLP scorer did not finish within {SCORER_TIMEOUT}s") from None
    summary = work / "SUMMARIES" / "eval-summary.csv"
    report = work / "REPORTS" / f"{SYSTEM}.out"
    if proc.returncode != 0 or not summary.is_file() or not report.is_file():
        tail = (proc.stderr or proc.stdout or "").strip().splitlines()[-5:]
        raise BsnlpError(f"the BSNLP scorer failed (exit {proc.returncode}): " + (" | ".join(tail) or "no output"))
    return summary.read_text(encoding="utf-8", errors="replace"), report.read_text(encoding="utf-8", errors="replace")


def parse_summary(text: str) -> dict[str, dict[str, dict[str, float]]]:
    """The overall tables (all topics, all entity types) of eval-summary.csv: {row: {lang: {F, P, R}}}."""
    out: dict[str, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    score = corpus = etype = None
    header: list[tuple[int, str]] = []
    phase = ""
    names = {(p, m): key for p, m, key in ROWS}
    for line in text.split("\n"):
        cols = line.rstrip("\n").split("\t")
        head = cols[0].strip()
        if head == "Score" and len(cols) > 1:
            score, corpus, etype, header = cols[1].strip(), None, None, []
        elif head == "Corpus" and len(cols) > 1:
            corpus = cols[1].strip()
        elif head == "Entity type" and len(cols) > 1:
            etype = cols[1].strip()
        elif head == "Phase":
            header = [(i, c.strip()) for i, c in enumerate(cols) if i >= 2 and c.strip()]
        elif header and corpus == "%" and etype == "%" and score in ("F", "P", "R") and len(cols) > 2:
            phase = head or phase
            key = names.get((phase, cols[1].strip()))
            if key is None:
                continue
            for i, lang in header:
                try:
                    out[key][lang][score] = float(cols[i + 1])
                except (IndexError, ValueError):
                    continue
    return {k: dict(v) for k, v in out.items()}


_FIGURES = re.compile(r"R=([\d.]+)\s+P=([\d.]+)\s+F=([\d.]+)")


def parse_report_section(text: str, title: str) -> dict[str, dict[str, float]]:
    """One section of the scorer's per-system report ("2) Normalization"): its "All corpora" line (all) and
    its one-tab-indented language lines ({lang: {F, P, R}})."""
    out: dict[str, dict[str, float]] = {}
    inside = False
    for line in text.split("\n"):
        if re.match(r"^\d[a-z]?\) ", line):
            inside = line.strip() == title
            continue
        if not inside:
            continue
        m = _FIGURES.search(line)
        if not m:
            continue
        label = line.strip().split(":")[0]
        if line.startswith("All corpora"):
            label = "all"
        elif not (line.startswith("\t") and not line.startswith("\t\t") and label in LANGS):
            continue
        r, p, f = (float(x) for x in m.groups())
        out[label] = {"F": f, "P": p, "R": r}
    return out


# --- the task ----------------------------------------------------------------------------------------------------



def _fit_rules(docs: list[bsnlp_data.BsnlpDoc], topics: list[str]) -> SuffixRules:
    """Base-form rules fitted on the documents of `topics` (one fold's training part)."""
    return fit(gold_pairs(docs), meta={"trained_on": topics})


def quick_normalisation(docs, lines) -> dict[str, float]:
    """Share of distinct gold (form, type) lines of each language whose response line has the gold base."""
    right, total = Counter(), Counter()
    for d in docs:
        ours = {(f, t): b for f, b, t, _ in lines[d.doc.id]}
        for g in {(g.form, g.type, g.base) for g in d.gold}:
            total[d.language] += 1
            right[d.language] += ours.get((g[0], g[1])) == g[2]
    out = {lang: round(right[lang] / total[lang], 4) for lang in sorted(total)}
    out["all"] = round(sum(right.values()) / max(1, sum(total.values())), 4)
    return out


def evaluate(data: Path, topics: list[str], out: Path, recognizer: str, leave_one_out: bool,
             scorer: Path | None = None, java: str = "java") -> dict[str, Any]:
    jar = find_scorer(data, scorer)
    all_topics = bsnlp_data.topics(data)
    ner = _ner_module() if recognizer == "system" else None
    every = bsnlp_data.load(data)  # read once: the held-out topics and the ones each fold is fitted on
    docs = [d for d in every if d.topic in topics]
    if not docs:
        raise BsnlpError(f"no articles for topics {topics} under {data}")
    rules_of: dict[str, SuffixRules] = {}
    model_paths: dict[str, str | None] = {t: None for t in topics}
    trained_ner = False
    with tempfile.TemporaryDirectory(prefix="bsnlp-models-") as tmpd:
        tmp = Path(tmpd)
        for topic in topics:
            others = [t for t in all_topics if t != topic]
            if not leave_one_out:
                rules_of[topic] = shipped_rules()
                continue
            fold = [d for d in every if d.topic in others]  # the held-out topic is never read for fitting
            rules_of[topic] = _fit_rules(fold, others)
            if ner is not None and hasattr(ner, "train"):
                model_paths[topic] = str(tmp / f"ner-without-{topic}")
                ner.train(fold, model_paths[topic])
                trained_ner = True
        names = {d.doc.id: (gold_names(d) if ner is None else system_names(d, ner, model_paths[d.topic]))
                 for d in docs}
    lines = respond(docs, names, rules_of)
    n_files = write_responses(out, docs, lines)
    summary, report = run_scorer(jar, data, out, topics, java)
    scores = parse_summary(summary)
    if not scores:
        raise BsnlpError("no overall tables found in the scorer's eval-summary.csv")
    # the summary's normalisation row reads 1.0 whatever the responses hold (a fault of scorer 19.0.4); its
    # per-system report has the true figures
    norm = parse_report_section(report, "2) Normalization")
    if not norm:
        raise BsnlpError("no normalisation section in the scorer's report")
    scores["normalisation"] = norm
    return {"task": "bsnlp", "topics": topics, "recognizer": recognizer, "leave_one_out": leave_one_out,
            "oracle_recognition": recognizer == "gold", "ner_trained_per_fold": trained_ner,
            "documents": len(docs), "response_files": n_files, "responses": str(out),
            "names": sum(len(v) for v in lines.values()), "scorer": str(jar),
            "normalisation_accuracy": quick_normalisation(docs, lines), "scores": scores}


def main(args: Any) -> dict[str, Any]:
    data = Path(args.data)
    try:
        available = bsnlp_data.topics(data)
        topics = [t.strip() for t in args.topics.split(",") if t.strip()] if getattr(args, "topics", None) \
            else available
        unknown = [t for t in topics if t not in available]
        if unknown:
            raise BsnlpError(f"unknown topics {unknown} (under {data}: {available})")
        if not topics:
            raise BsnlpError(f"no topic folders (with raw/) under {data}")
        return evaluate(data, topics, Path(args.out), getattr(args, "recognizer", "system") or "system",
                        bool(getattr(args, "leave_one_out", False)), getattr(args, "scorer", None),
                        getattr(args, "java", "java") or "java")
    except BsnlpError as exc:
        return {"task": "bsnlp", "error": str(exc)}


def format_report(result: dict[str, Any]) -> str:
    if result.get("error"):
        return f"bsnlp eval: {result['error']}"
    lines = [f"bsnlp eval  topics={','.join(result['topics'])}  recognizer={result['recognizer']}"
             f"  leave-one-out={'yes' if result['leave_one_out'] else 'no (shipped base-form rules, in-sample)'}"
             f"  documents={result['documents']}  names={result['names']}  responses={result['responses']}"]
    if result.get("oracle_recognition"):
        lines.append("oracle recognition (gold forms): recognition is 1 by construction; normalisation and "
                     "linking are measured alone")
    scores = result["scores"]
    langs = [x for x in (*LANGS, "all") if any(x in scores.get(k, {}) for k in scores)]
    for measure in ("F", "P", "R"):
        lines.append(f"{measure:<30}" + "".join(f"{x:>8}" for x in langs))
        for _, _, key in ROWS:
            row = scores.get(key, {})
            lines.append(f"  {key:<28}" + "".join(
                f"{row[x][measure]:>8.4f}" if measure in row.get(x, {}) else f"{'-':>8}" for x in langs))
    lines.append("normalisation figures from the scorer's per-system report (its summary table's row reads 1.0 "
                 "whatever the responses hold)")
    acc = result["normalisation_accuracy"]
    lines.append("normalisation accuracy (distinct gold forms, our metric): "
                 + "  ".join(f"{k} {v:.4f}" for k, v in acc.items()))
    return "\n".join(lines)
