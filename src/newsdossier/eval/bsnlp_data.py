"""The BSNLP (Slav-NER) shared-task data: raw articles, per-article gold names, and the names placed on the text.

Layout (`../shared/benchmarks/bsnlp`): `<topic>/raw/<lang>/<stem>.txt` (lines: id, language, publication date,
URL, title, then the body) and `<topic>/annotated/<lang>/<stem>.out` (first line the id, then one line per
distinct name form: surface form, base form, type PER|LOC|ORG|EVT|PRO, cross-lingual entity id).

Why projection: the gold lists names per document without offsets; a tagger learns from, and is checked on,
spans. `project` marks every whole-word occurrence of each gold form in the text, longest form first, never
overlapping: a form the annotators listed once holds wherever it is written (the task scores distinct forms
per document, so that is also what they meant).

The document text is the title, a blank line, then the body: the task's annotators read (and scored) both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..analyze.ner_slavic import (  # the task's types and their contract types: one table
    FROM_CONTRACT,
    TO_CONTRACT,
    TYPES,
)
from ..model import Document, Mention


@dataclass(frozen=True)
class GoldName:
    form: str
    base: str
    type: str  # PER, LOC, ORG, EVT or PRO
    entity: str  # cross-lingual entity id


@dataclass
class BsnlpDoc:
    doc: Document  # id "<topic>/<lang>/<file stem>"; text = title, blank line, body
    topic: str
    language: str
    stem: str  # the file name without .txt: the response file is <stem>.out
    task_id: str  # the id on the files' first line (what the scorer matches)
    gold: list[GoldName] = field(default_factory=list)


def topics(data: Path) -> list[str]:
    """The topic folders (those with a raw/ folder), sorted."""
    return sorted(p.name for p in Path(data).iterdir() if (p / "raw").is_dir())


def read_gold(path: Path) -> list[GoldName]:
    """The names of one annotated file (no file: none). Lines without four fields are skipped."""
    if not path.exists():
        return []
    out = []
    for row in path.read_text(encoding="utf-8-sig", errors="replace").split("\n")[1:]:
        parts = [x.strip() for x in row.split("\t")]
        if len(parts) >= 4 and parts[0] and parts[2] in TYPES:
            out.append(GoldName(parts[0], parts[1], parts[2], parts[3]))
    return out


def read_article(path: Path, topic: str) -> BsnlpDoc | None:
    """One raw article; None for a file too short to hold the five header lines."""
    lines = path.read_text(encoding="utf-8-sig", errors="replace").split("\n")
    if len(lines) < 5:
        return None
    task_id, language, published, url, title = (x.strip() for x in lines[:5])
    body = "\n".join(lines[5:]).strip()
    lang = path.parent.name
    text = f"{title}\n\n{body}" if title else body
    d = Document(id=f"{topic}/{lang}/{path.stem}", path=str(path), title=title or None, url=url or None,
                 published=published or None, language=lang, text=text)
    return BsnlpDoc(d, topic, lang, path.stem, task_id)


def load(data: Path, only_topics: list[str] | None = None, languages: list[str] | None = None) -> list[BsnlpDoc]:
    """Every article of the topics (all when None) and languages, with its gold names."""
    data = Path(data)
    out = []
    for topic in topics(data):
        if only_topics and topic not in only_topics:
            continue
        for path in sorted((data / topic / "raw").glob("*/*.txt")):
            if languages and path.parent.name not in languages:
                continue
            b = read_article(path, topic)
            if b is None:
                continue
            b.gold = read_gold(data / topic / "annotated" / path.parent.name / f"{path.stem}.out")
            out.append(b)
    return out


def _pattern(form: str) -> re.Pattern:
    # whole words: no letter or digit right before or after (so "Varnsk" is not found inside "Varnsku")
    return re.compile(r"(?<![\w])" + re.escape(form) + r"(?![\w])")


def project(text: str, gold: list[GoldName]) -> list[Mention]:
    """Every whole-word occurrence of each gold form, longest forms first, without overlaps, in text order;
    each labelled with the contract type of its gold type. A form never found in the text is left out."""
    taken: list[tuple[int, int]] = []
    out = []
    for g in sorted({(g.form, g.type) for g in gold}, key=lambda x: -len(x[0])):
        form, kind = g
        for m in _pattern(form).finditer(text):
            s, e = m.span()
            if any(s < b and a < e for a, b in taken):
                continue
            taken.append((s, e))
            out.append(Mention(s, e, text[s:e], TO_CONTRACT[kind]))
    return sorted(out, key=lambda m: m.start)


__all__ = ["GoldName", "BsnlpDoc", "TYPES", "TO_CONTRACT", "FROM_CONTRACT", "topics", "read_gold", "read_article",
           "load", "project"]
