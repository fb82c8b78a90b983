"""Cross-document entity coreference of proper names on ECB+ (MUC, B³, CEAF-e, CoNLL F1)."""

from __future__ import annotations

import argparse
import csv
import random
import re
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from .. import lang
from ..model import Document, Mention
from .coref_metrics import drop_singletons, score_all
from .splits import add_part_argument, part_of, select

# ECB+ entity tags -> the label the system gets as its typing input (gold-mention mode)
GOLD_LABELS = {
    "HUMAN_PART_PER": "PERSON", "HUMAN_PART": "PERSON", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_GPE": "GPE",
    "HUMAN_PART_FAC": "LOC", "HUMAN_PART_VEH": "OTHER", "HUMAN_PART_MET": "OTHER", "HUMAN_PART_GENERIC": "OTHER",
    "LOC_GEO": "GPE", "LOC_FAC": "LOC", "LOC_OTHER": "LOC",
    "NON_HUMAN_PART": "OTHER", "NON_HUMAN_PART_GENERIC": "OTHER",
}
_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "’s", "'", "n't", "'re", "'ve", "'ll",
                    "'d", "'m", "...", "''"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}
_TRAILING = {"'s", "’s", "'", "’"}
_EN = lang.get("en")  # ECB+ is English
_LEADING_WORDS = frozenset(_EN.articles) | frozenset(_EN.leading_prepositions)  # not part of an annotated name


def _is_entity_tag(tag: str) -> bool:
    return tag.startswith(("HUMAN_PART", "NON_HUMAN_PART", "LOC_"))


def is_proper_name(tokens: list[str], positional: set[int] | None = None, lower_seen: set[str] | None = None) -> bool:
    """Every token with letters, except function words, starts with a capital; at least one does.

    A token capitalised only by its position (`positional`: sentence-initial or in a title-case headline) whose
    lower-case form the topic also uses ('Police said', 'Mountaineer Dies') is not a capital; pronouns are
    function words.
    """
    from ..crossdoc.names import default_rules

    function_words = default_rules().function_words  # every language's, as entity grouping reads them
    seen = False
    for i, t in enumerate(tokens):
        if not any(c.isalpha() for c in t):
            continue
        low = t.lower()
        if low in function_words or (low in _EN.pronouns and not (t.isupper() and len(t) > 1)):
            continue
        first = next(c for c in t if c.isalpha())
        if not first.isupper():
            return False
        if positional and i in positional and lower_seen is not None and low in lower_seen:
            return False
        seen = True
    return seen


def parse_ranges(spec: str | None) -> list[int] | None:
    """'1-35' / '1,3,5-7' -> sorted topic numbers (None: all)."""
    if not spec:
        return None
    out: set[int] = set()
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r"(\d+)\s*-\s*(\d+)", part)
        if m:
            out.update(range(int(m[1]), int(m[2]) + 1))
        elif part.isdigit():
            out.add(int(part))
        else:
            raise ValueError(f"bad topic range: {part!r}")
    return sorted(out)


def load_checked(data: Path) -> dict[tuple[int, str], set[int]]:
    """(topic, file stem like '10ecbplus') -> checked sentence numbers."""
    out: dict[tuple[int, str], set[int]] = defaultdict(set)
    path = data / "ECBplus_coreference_sentences.csv"
    try:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                try:
                    out[(int(row["Topic"]), row["File"].strip())].add(int(row["Sentence Number"]))
                except (KeyError, ValueError, TypeError, AttributeError):
                    continue
    except OSError:
        pass
    return out


def _token_order(root) -> list[tuple[int, int, str, str]]:
    """(sentence, number, token id, text) of every token, in reading order."""
    order: list[tuple[int, int, str, str]] = []
    for t in root.iter("token"):
        try:
            order.append((int(t.get("sentence", "0")), int(t.get("number", "0")), t.get("t_id", ""), t.text or ""))
        except ValueError:
            continue
    order.sort(key=lambda x: (x[0], x[1]))
    return order


def _positional(order: list[tuple[int, int, str, str]]) -> set[str]:
    """Ids of tokens whose capital may come from their position alone (sentence-initial, after a quote or a
    colon, or in a title-case headline)."""
    by_sent: dict[int, list[str]] = defaultdict(list)
    for sent, _, _, text in order:
        by_sent[sent].append(text)
    headline = {sent for sent, ts in by_sent.items()
                if sum(1 for t in ts if len(t) > 3 and t[:1].isupper()) >= 0.6 * max(1, sum(1 for t in ts if len(t) > 3))}
    positional: set[str] = set()
    prev_sent = None
    prev_text = ""
    for sent, _, tid, text in order:
        if sent != prev_sent or sent in headline or prev_text in {'"', "``", "“", ":", "-", "--", "—"}:
            positional.add(tid)
        prev_sent, prev_text = sent, text
    return positional


def _detokenize(order, checked: set[int] | None) -> tuple[str, dict[str, tuple[int, int, str]]]:
    """The checked sentences as text (one per line, spaces as a writer would put them) and each token's span."""
    tokens: dict[str, tuple[int, int, str]] = {}
    parts: list[str] = []
    pos = 0
    prev_sent, prev_tok = None, None
    for sent, _, tid, text in order:
        if checked is not None and sent not in checked:
            continue
        text = text.strip()
        if not text:
            continue
        if prev_sent is not None:
            sep = "\n" if sent != prev_sent else (
                "" if text in _NO_SPACE_BEFORE or prev_tok in _NO_SPACE_AFTER else " ")
            parts.append(sep)
            pos += len(sep)
        tokens[tid] = (pos, pos + len(text), text)
        parts.append(text)
        pos += len(text)
        prev_sent, prev_tok = sent, text
    return "".join(parts), tokens


def _markables(root) -> dict[str, tuple[str, list[str]]]:
    """Markable id -> (tag, anchored token ids)."""
    markables: dict[str, tuple[str, list[str]]] = {}
    for mk in root.iter("Markables"):
        for el in mk:
            anchors = [a.get("t_id", "") for a in el.iter("token_anchor")]
            if el.get("m_id") and anchors:
                markables[el.get("m_id")] = (el.tag, anchors)
    return markables


def _clusters(root, doc_id: str) -> dict[str, str]:
    """Markable id -> gold cluster id (cross-document instance, else intra-document chain)."""
    cluster_of: dict[str, str] = {}
    for rel in root.iter("Relations"):
        for r in rel:
            ids = [x.get("m_id") for x in r if x.tag in {"source", "target"} and x.get("m_id")]
            if r.tag == "CROSS_DOC_COREF" and r.get("note"):
                cid = "X:" + r.get("note")
            elif r.tag == "INTRA_DOC_COREF":
                cid = f"I:{doc_id}:{r.get('r_id')}"
            else:
                continue
            for mid in ids:
                cluster_of.setdefault(mid, cid)
    return cluster_of


def _trim(toks: list, text: str, literal: bool) -> list:
    """A markable's tokens without leading articles/prepositions, a trailing locative modifier or possessive,
    or edge punctuation (an abbreviation keeps its own full stop)."""
    while toks and (toks[0][2].lower() in _LEADING_WORDS or not any(c.isalnum() for c in toks[0][2])):
        toks = toks[1:]
    # the name ends where a locative modifier begins: "Center in Olbeck Falls, Tessaly" -> "Center"
    for i in range(1, len(toks) - 1):
        if literal:
            break
        if (toks[i][2] == "," or toks[i][2] in _EN.locative_prepositions) and toks[i + 1][2][:1].isupper():
            toks = toks[:i]
            break
    while toks and (toks[-1][2] in _TRAILING or not any(c.isalnum() for c in toks[-1][2])):
        if toks[-1][2] == "." and len(toks) > 1 and toks[-1][0] == toks[-2][1] and len(toks[-2][2]) <= 5 \
                and text[toks[-1][1]:toks[-1][1] + 1] not in {"", "\n"}:
            break  # "Jr.", "Calif.": the abbreviation's own full stop, not the sentence's
        toks = toks[:-1]
    return toks


def _read_doc(path: Path, checked: set[int] | None, lower_seen: set[str] | None = None, literal: bool = False):
    """One CROMER file -> (Document with gold name mentions, {cluster id: [(start, end)]}), or None."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError):
        return None
    doc_id = path.name[:-4] if path.name.endswith(".xml") else path.name
    order = _token_order(root)
    positional = _positional(order)
    text, tokens = _detokenize(order, checked)
    doc = Document(id=doc_id, path=str(path), text=text, language="en")
    markables = _markables(root)
    cluster_of = _clusters(root, doc_id)

    gold: dict[str, list[tuple[int, int]]] = defaultdict(list)
    seen: set[tuple[int, int]] = set()
    # linked markables first, so a duplicate unlinked annotation of the same span never wins
    for mid, (tag, anchors) in sorted(markables.items(), key=lambda kv: (kv[0] not in cluster_of, kv[0])):
        if not _is_entity_tag(tag) or tag not in GOLD_LABELS:
            continue
        if any(a not in tokens for a in anchors):
            continue  # outside the checked sentences
        toks = _trim(sorted(((*tokens[a], a) for a in anchors), key=lambda x: x[0]), doc.text, literal)
        pos_idx = {i for i, t in enumerate(toks) if t[3] in positional}
        if not toks or not is_proper_name([t[2] for t in toks], pos_idx, None if literal else lower_seen):
            continue
        start, end = toks[0][0], toks[-1][1]
        if (start, end) in seen or "\n" in doc.text[start:end]:
            continue
        seen.add((start, end))
        doc.mentions.append(Mention(start, end, doc.text[start:end], GOLD_LABELS[tag]))
        gold[cluster_of.get(mid, f"S:{doc_id}:{mid}")].append((start, end))
    doc.mentions.sort(key=lambda m: m.start)
    return doc, gold


def load_topic(data: Path, topic: int, checked: dict[tuple[int, str], set[int]] | None = None, literal: bool = False):
    """Documents of one topic (text = checked sentences, mentions = gold proper names) and gold clusters
    {cluster id: [(doc id, start, end)]}."""
    data = Path(data)
    if checked is None:
        checked = load_checked(data)
    docs: list[Document] = []
    gold: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    folder = data / "topics" / str(topic)
    lower_seen: set[str] = set()
    for path in sorted(folder.glob("*.xml")):
        try:
            raw = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        lower_seen.update(w.lower() for w in re.findall(r"<token[^>]*>([^<]*)</token>", raw) if w[:1].islower())
    for path in sorted(folder.glob("*.xml")):
        stem = path.name[:-4].split("_", 1)[-1]
        sents = checked.get((topic, stem))
        if checked and sents is None:
            continue  # no checked sentence in this file
        got = _read_doc(path, sents if checked else None, lower_seen, literal)
        if got is None:
            continue
        doc, g = got
        if not doc.text.strip():
            continue
        docs.append(doc)
        for cid, spans in g.items():
            gold[cid].extend((doc.id, s, e) for s, e in spans)
    return docs, dict(gold)


def _predicted_mentions(docs: list[Document]) -> None:
    """Replace gold mentions with the system's own NER mentions that look like proper names."""
    from ..analyze import load_nlp, mentions

    nlp = load_nlp()
    for d, sdoc in zip(docs, nlp.pipe([d.text for d in docs], batch_size=16)):
        d.nlp = sdoc
        d.mentions = [m for m in mentions(sdoc) if m.label != "NORP" and is_proper_name(m.text.split())]


def _kind(a: str, b: str) -> str:
    """A rough class for an error pair, from the two surfaces."""
    from ..crossdoc.entities import is_acronym, name_key

    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return "same key"
    if is_acronym(a) or is_acronym(b):
        return "acronym"
    if ka and kb and (set(ka) <= set(kb) or set(kb) <= set(ka)):
        return "short form"
    if ka and kb and set(ka) & set(kb):
        return "shared token"
    return "different strings"


def topic_name(topic: int) -> str:
    """The name an ECB+ topic is split by: grouping runs per topic, so a topic is the unit cut in two."""
    return f"topic{topic}"


def topic_part(topic: int) -> str:
    return part_of(topic_name(topic))


def evaluate(data: Path, topics: list[int] | None = None, mode: str = "gold", examples: int = 10,
             names: str = "strict", part: str = "all") -> dict[str, Any]:
    """Score the grouping on the topics (of one split part); error examples come from tuning topics only."""
    from ..crossdoc.entities import group_entities

    data = Path(data)
    checked = load_checked(data)
    available = sorted(int(p.name) for p in (data / "topics").glob("*") if p.is_dir() and p.name.isdigit())
    topics = select([t for t in (topics or available) if t in available], topic_name, part)
    key: list[set] = []
    response: list[set] = []
    surf: dict[tuple, str] = {}
    gold_type: dict[tuple, str] = {}
    gold_of: dict[tuple, int] = {}
    n_docs = n_gold = n_pred = n_matched = 0
    t_group = 0.0
    t0 = time.perf_counter()
    for topic in topics:
        docs, gold = load_topic(data, topic, checked, literal=(names == "literal"))
        n_docs += len(docs)
        for spans in gold.values():
            c = {(topic, d, s, e) for d, s, e in spans}
            for m in c:
                gold_of[m] = len(key)
            key.append(c)
        for d in docs:
            for m in d.mentions:
                surf[(topic, d.id, m.start, m.end)] = m.text
                gold_type[(topic, d.id, m.start, m.end)] = m.label
        n_gold += sum(len(d.mentions) for d in docs)
        if mode == "predicted":
            _predicted_mentions(docs)
            for d in docs:
                for m in d.mentions:
                    mid = (topic, d.id, m.start, m.end)
                    surf.setdefault(mid, m.text)
                    n_matched += mid in gold_of
            n_pred += sum(len(d.mentions) for d in docs)
        t1 = time.perf_counter()
        group_entities(docs)
        t_group += time.perf_counter() - t1
        clusters: dict[str, set] = defaultdict(set)
        for d in docs:
            d.nlp = None
            for m in d.mentions:
                clusters[m.entity or f"{d.id}:{m.start}"].add((topic, d.id, m.start, m.end))
        response.extend(clusters.values())

    result: dict[str, Any] = {
        "task": "entities", "mentions": mode, "part": part or "all", "topics": topics, "documents": n_docs, "gold_mentions": n_gold,
        "gold_clusters": len(key), "system_clusters": len(response),
        "with_singletons": score_all(key, response),
        "without_singletons": score_all(drop_singletons(key), drop_singletons(response)),
    }
    if mode == "predicted":
        both = set(gold_of) & {m for r in response for m in r}
        km = [c & both for c in key if c & both]
        rm = [c & both for c in response if c & both]
        result["matched_only"] = {"with_singletons": score_all(km, rm),
                                  "without_singletons": score_all(drop_singletons(km), drop_singletons(rm))}
        result["predicted_mentions"] = n_pred
        result["matched_mentions"] = n_matched
        result["mention_precision"] = round(100 * n_matched / n_pred, 2) if n_pred else 0.0
        result["mention_recall"] = round(100 * n_matched / n_gold, 2) if n_gold else 0.0
    result["errors"] = _errors(key, response, gold_of, surf, gold_type, examples)
    result["seconds"] = round(time.perf_counter() - t0, 2)
    result["grouping_seconds"] = round(t_group, 2)
    return result


def _errors(key, response, gold_of, surf, gold_type, examples: int) -> dict[str, Any]:
    """False merges (one system entity, two gold entities) and missed merges (one gold entity, two system
    entities), counted as cluster-part pairs, by gold type and by surface relation, with examples."""
    false_by: Counter[str] = Counter()
    missed_by: Counter[str] = Counter()
    false_ex: list[dict[str, Any]] = []
    missed_ex: list[dict[str, Any]] = []
    rng = random.Random(0)

    def label(part: list) -> str:
        c = Counter(surf.get(m, "?") for m in part)
        return " | ".join(f"{s}" + (f" ×{n}" if n > 1 else "") for s, n in c.most_common(3))

    def record(ps: list[list], by: Counter, ex: list) -> None:
        """Every pair of parts that should (or should not) have been one cluster.

        Parts and their members are ordered explicitly: they come from sets, whose order changes from run to run.
        """
        ps = sorted((sorted(p) for p in ps), key=lambda p: (-len(p), p[0]))
        for i in range(len(ps)):
            for j in range(i + 1, len(ps)):
                a, b = ps[i], ps[j]
                t = gold_type.get(a[0], "?")
                kind = _kind(surf.get(a[0], ""), surf.get(b[0], ""))
                by[f"{t} / {kind}"] += 1
                ex.append({"topic": a[0][0], "type": t, "kind": kind, "a": label(a), "b": label(b)})

    for r in response:
        parts: dict[int, list] = defaultdict(list)
        for m in r:
            if m in gold_of:
                parts[gold_of[m]].append(m)
        record(list(parts.values()), false_by, false_ex)
    where = {m: i for i, r in enumerate(response) for m in r}
    for k in key:
        parts = defaultdict(list)
        for m in k:
            parts[where.get(m, ("missing", m))].append(m)
        record([p for g, p in parts.items() if not (isinstance(g, tuple) and g[0] == "missing")],
               missed_by, missed_ex)
    false_ex = [x for x in false_ex if topic_part(x["topic"]) == "tune"]  # never read errors of the check part
    missed_ex = [x for x in missed_ex if topic_part(x["topic"]) == "tune"]
    rng.shuffle(false_ex)
    rng.shuffle(missed_ex)
    return {
        "false_merges": sum(false_by.values()), "missed_merges": sum(missed_by.values()),
        "false_by_type": dict(false_by.most_common()), "missed_by_type": dict(missed_by.most_common()),
        "false_examples": false_ex[:examples], "missed_examples": missed_ex[:examples],
    }


def scale_benchmark(n_docs: int = 500, per_doc: int = 30, seed: int = 0) -> dict[str, Any]:
    """Group generated names (500 documents × ~30 mentions, variants and surnames) and time it."""
    from ..crossdoc.entities import group_entities

    rng = random.Random(seed)
    syll = ["ka", "lo", "mir", "va", "den", "sa", "ri", "tor", "ne", "bal", "gu", "zan", "el", "fi", "mar", "os",
            "pen", "tu", "li", "rov", "ek", "an", "sto", "vik"]

    def word(n: int) -> str:
        return "".join(rng.choice(syll) for _ in range(n)).capitalize()

    people = [(word(2), word(3)) for _ in range(1500)]
    orgs = [" ".join(word(rng.randint(2, 3)) for _ in range(rng.randint(2, 4))) for _ in range(400)]
    places = [word(3) for _ in range(400)]
    docs = []
    for i in range(n_docs):
        parts: list[tuple[str, str]] = []
        for _ in range(per_doc):
            r = rng.random()
            if r < 0.5:
                first, last = rng.choice(people)
                form = rng.choice([f"{first} {last}", last, f"Mr {last}", f"{first[0]}. {last}",
                                   f"{first} {last}ev", f"{first} {last.replace('v', 'w')}"])
                parts.append((form, rng.choice(["PERSON"] * 4 + ["ORG"])))
            elif r < 0.75:
                o = rng.choice(orgs)
                form = o if rng.random() < 0.7 else "".join(w[0] for w in o.split())
                parts.append((form, "ORG"))
            else:
                parts.append((rng.choice(places), rng.choice(["GPE", "GPE", "LOC"])))
        text, mentions = "", []
        for form, lab in parts:
            start = len(text)
            text += form
            mentions.append(Mention(start, len(text), form, lab))
            text += " said on the day that things went on. "
        docs.append(Document(id=f"d{i}", text=text, mentions=mentions))
    t0 = time.perf_counter()
    ents = group_entities(docs)
    dt = time.perf_counter() - t0
    return {"documents": n_docs, "mentions": sum(len(d.mentions) for d in docs), "entities": len(ents),
            "seconds": round(dt, 2)}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--topics", default="1-35", help="topic numbers, e.g. 1-35 or 1,3,5-7 (default 1-35)")
    p.add_argument("--mentions", choices=["gold", "predicted"], default="gold",
                   help="gold: group the gold proper-name mentions; predicted: the system's own NER mentions")
    p.add_argument("--examples", type=int, default=10, help="error examples per kind (default 10)")
    p.add_argument("--names", choices=["strict", "literal"], default="strict",
                   help="strict (default): a capital that only a sentence start or headline explains does not make a "
                        "name, and spans end before a trailing place phrase; literal: every capitalised span counts")
    p.add_argument("--scale", action="store_true", help="also time grouping 500 generated documents")
    add_part_argument(p)


def main(args: Any) -> dict[str, Any]:
    data = Path(args.data)
    try:
        topics = parse_ranges(getattr(args, "topics", None))
    except ValueError as exc:
        return {"task": "entities", "error": str(exc)}
    if not (data / "topics").is_dir():
        return {"task": "entities", "error": f"no topics/ folder under {data}"}
    result = evaluate(data, topics, getattr(args, "mentions", "gold") or "gold", getattr(args, "examples", 10),
                      getattr(args, "names", "strict") or "strict", getattr(args, "part", "all") or "all")
    result["names"] = getattr(args, "names", "strict") or "strict"
    if getattr(args, "scale", False):
        result["scale"] = scale_benchmark()
    return result


def format_report(result: dict[str, Any]) -> str:
    if result.get("error"):
        return f"entities eval: {result['error']}"
    tps = result.get("topics") or []
    lines = [
        f"entities eval  mentions={result.get('mentions')}  part={result.get('part', 'all')}  topics={len(tps)} ({tps[0] if tps else '-'}"
        f"..{tps[-1] if tps else '-'})  documents={result.get('documents')}  gold mentions={result.get('gold_mentions')}"
        f"  gold clusters={result.get('gold_clusters')}  system clusters={result.get('system_clusters')}",
    ]
    if result.get("mentions") == "predicted":
        lines.append(f"predicted mentions={result.get('predicted_mentions')}  exact-span matches="
                     f"{result.get('matched_mentions')}  mention P={result.get('mention_precision')}"
                     f"  R={result.get('mention_recall')}")
    lines.append(f"{'':<20} {'MUC R/P/F1':>20} {'B3 R/P/F1':>20} {'CEAF-e R/P/F1':>20} {'CoNLL F1':>9}")
    for name in ("with_singletons", "without_singletons"):
        s = result.get(name) or {}

        def cell(m: str, s: dict = s) -> str:
            x = s.get(m, {})
            return f"{x.get('r', 0):.1f}/{x.get('p', 0):.1f}/{x.get('f1', 0):.1f}"

        lines.append(f"{name.replace('_', ' '):<20} {cell('muc'):>20} {cell('b3'):>20} {cell('ceafe'):>20}"
                     f" {s.get('conll', {}).get('f1', 0):>9.2f}")
    if result.get("matched_only"):
        mo = result["matched_only"]
        lines.append(f"grouping of the exact-span matches only: CoNLL F1 {mo['with_singletons']['conll']['f1']:.2f}"
                     f" (singletons included), {mo['without_singletons']['conll']['f1']:.2f} (excluded)")
    err = result.get("errors") or {}
    for kind, title in (("false", "false merges"), ("missed", "missed merges")):
        lines.append(f"{title}: {err.get(kind + '_merges', 0)}  by type: " +
                     ", ".join(f"{k} {v}" for k, v in list((err.get(kind + '_by_type') or {}).items())[:8]))
        for ex in err.get(kind + "_examples", []):
            lines.append(f"  t{ex['topic']} {ex['type']:<6} {ex['kind']:<17} {ex['a']}  <>  {ex['b']}")
    lines.append(f"time {result.get('seconds', 0):.1f}s (grouping {result.get('grouping_seconds', 0):.2f}s)")
    if result.get("scale"):
        sc = result["scale"]
        lines.append(f"scale: {sc['documents']} docs, {sc['mentions']} mentions -> {sc['entities']} entities"
                     f" in {sc['seconds']:.2f}s")
    return "\n".join(lines)
