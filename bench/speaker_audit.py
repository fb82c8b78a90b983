"""Speaker-name accuracy on PolNeAR: is each product quote's *resolved* speaker the right person or body?

Usage: PYTHONPATH=src .venv/bin/python bench/speaker_audit.py [--data DIR] [--split dev] [--examples N]

Why: the attribution eval scores the source *as written* ("he", "the senator"), which says nothing about
the name a dossier shows after following the pronoun. This audit matches the product's quotations
(`analyze.quotes.attributions`, kinds direct/indirect, what a dossier shows) to the gold attributions of
the first annotation file of each article (content tokens overlapping by half, one to one, as the eval),
and for each matched pair with a gold Source decides what the right speaker is:
  * named    — the gold source holds a named mention (a spaCy PERSON/ORG/GPE/NORP entity): that name;
  * pronoun / description — a personal pronoun or a definite description ("the senator"): PolNeAR has no
    coreference layer here, so the referent is taken as the nearest earlier gold source the annotators
    attached that holds a name (a PERSON for 'he'/'she'); a proxy, reported apart;
  * unnamed  — an indefinite or plural common noun ("sources", "a campaign aide"): no named referent, so
    the right answer is no name (null).
Each pair is then right (same name: a surname shared, titles and honorifics aside), null (no resolved
name) or wrong. Counts are given per part (tune/check, `eval.splits`) and per gold kind; wrong examples
are printed from the tuning part only.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from newsdossier import lang
from newsdossier.analyze import load_nlp
from newsdossier.analyze.quotes import attributions
from newsdossier.eval.attribution import _match, _toks, read_split
from newsdossier.eval.splits import part_of

EN = lang.get("en")
_NAMED = ("PERSON", "ORG", "GPE", "NORP")
_PRON = {"he", "she", "him", "her", "they", "them", "it", "his", "its", "their"}
_FIRST = {"i", "we", "me", "us", "you"}


def _namelike(text: str) -> set[str]:
    """Words written capitalised somewhere inside a sentence and never in lower case: names, not a
    sentence-initial common noun ('Officials said')."""
    cap, low = set(), set()
    for m in re.finditer(r"(?<=[a-z,;] )[A-Z][\w\-]*", text):
        cap.add(m.group(0).lower())
    for m in re.finditer(r"\b[a-z][\w\-]*", text):
        low.add(m.group(0))
    return cap - low


def _name_words(s: str, names: set[str] | None) -> set[str]:
    """Name words of a mention, lower-case, without titles, honorifics and possessive endings (with names:
    only the words the document writes as names)."""
    out = set()
    words = re.findall(r"[^\W\d_][\w\-]*", s)
    for i, w in enumerate(words):
        low = w.lower()
        if not w[:1].isupper() or low in EN.honorifics or low in {"the", "s"}:
            continue
        if low in EN.titles and i < len(words) - 1:
            continue  # a title before the name ('Sen. Roe'); a last word is the name itself ('Mr. King')
        if names is None or low in names or w.isupper():
            out.add(low)
    return out


def _same(pred: str, gold: str, names: set[str]) -> bool:
    """A name word shared, or one written as the other's initials ('IMF', 'International Monetary Fund')."""
    p, g = _name_words(pred, None), _name_words(gold, None)
    if p & g:
        return True
    def initials(s: str) -> str:
        return "".join(w[0] for w in re.findall(r"[A-Z][\w\-]*", s))
    return any(w.isupper() and len(w) > 1 and w in (initials(pred), initials(gold)) for w in (pred.strip(), gold.strip()))


def _ents(doc, a: int, b: int, labels=_NAMED) -> list:
    return [e for e in doc.ents if e.label_ in labels and e.start_char < b and a < e.end_char]


def _named_head(doc, a: int, b: int, names: set[str], *, person: bool = False) -> str | None:
    """The name at the head of text[a:b] ('Clinton spokesman Nick Merrill' -> 'Nick Merrill'), or None when
    the phrase is a description; with person, only a person's name (or a one-word name the tagger typed
    otherwise, as it often does with surnames), never an organisation or place."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if not root.text[:1].isupper() or not (root.ent_type_ in _NAMED or root.pos_ == "PROPN"
                                           or _name_words(root.text, names)):
        return None
    ent = next((e for e in doc.ents if e.start <= root.i < e.end), None)
    if person and ent is not None and ent.label_ != "PERSON" and (ent.label_ != "ORG" or len(ent) > 1):
        return None
    return ent.text if ent is not None else root.text


def gold_referent(text: str, doc, attrs, g, names: set[str]) -> tuple[str, str | None]:
    """(kind, the name the speaker should resolve to or None)."""
    a, b = min(s for s, _ in g.source), max(e for _, e in g.source)
    src = text[a:b].strip()
    low = src.lower()
    first = low.split()[0] if low.split() else ""
    ents = _ents(doc, a, b)
    if first in _FIRST:
        return "first-person", None
    span = doc.char_span(a, b, alignment_mode="expand")
    root = span.root if span is not None else None
    # named when the head of the source phrase is a name ('Clinton spokesman Nick Merrill'), not when a name
    # only modifies a description ('The Democratic presidential nominee', 'a Clinton aide')
    named_head = root is not None and root.text[:1].isupper() and (
        root.ent_type_ in _NAMED or root.pos_ == "PROPN" or bool(_name_words(root.text, names)))
    if named_head and first not in _PRON:
        # the head of the source phrase names it ('Clinton spokesman Nick Merrill' is Merrill)
        head = [e for e in ents if root is not None and e.start <= root.i < e.end]
        person = [e for e in ents if e.label_ == "PERSON"]
        return "named", (head or person[-1:] or ents)[0].text if ents else src
    if first in _PRON or first in ("the", "this", "that"):
        kind = "pronoun" if first in _PRON else "description"
        best = None
        for o in attrs:
            if not o.source:
                continue
            oa, ob = min(s for s, _ in o.source), max(e for _, e in o.source)
            if ob > a:
                continue
            name = _named_head(doc, oa, ob, names, person=first in ("he", "she", "him", "her", "his"))
            if name and (best is None or ob > best[0]):
                best = (ob, name)
        return kind, best[1] if best else None
    return "unnamed", None


def audit(data: Path, split: str, examples: int) -> dict:
    arts = read_split(data, split)
    nlp = load_nlp()
    counts: dict[tuple[str, str], Counter] = {}
    shown = []
    for name, text, anns in arts:
        doc = nlp(text)
        gold = anns[0]
        recs = [r for r in attributions(text, spacy_doc=doc)
                if r.kind in ("direct", "indirect") and not r.piece]
        gt = [_toks(text, g.content, lead=True) for g in gold]
        pt = [_toks(text, [(r.start, r.end)], lead=True) for r in recs]
        part = part_of(name)
        names = _namelike(text)
        for gi, pj, _ in _match(gt, pt):
            g, r = gold[gi], recs[pj]
            if not g.source:
                continue
            kind, ref = gold_referent(text, doc, gold, g, names)
            if kind == "first-person" or (kind in ("pronoun", "description") and ref is None):
                continue  # no referent to compare with
            pred = r.quote.speaker_text
            if pred and (r.quote.speaker_start is None
                         or not _named_head(doc, r.quote.speaker_start, r.quote.speaker_end, names)):
                pred = None  # a phrase kept as written ('the campaign', 'officials'): no name shown
            if kind == "unnamed":
                verdict = "right" if not pred else "wrong"
            elif not pred:
                verdict = "null"
            else:
                verdict = "right" if _same(pred, ref, names) else "wrong"
            for key in ((part, kind), (part, "all"), ("all", kind), ("all", "all")):
                counts.setdefault(key, Counter())[verdict] += 1
            if verdict == "wrong" and part == "tune" and len(shown) < examples:
                src = " ".join(text[s:e] for s, e in g.source)
                shown.append(f"{name}: gold {src!r} -> {ref!r}, ours {pred!r} | {text[r.start:r.end][:60]!r}")
    return {"counts": counts, "examples": shown, "articles": len(arts)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared/benchmarks/polnear"))
    p.add_argument("--split", default="dev")
    p.add_argument("--examples", type=int, default=25)
    a = p.parse_args()
    r = audit(Path(a.data), a.split, a.examples)
    print(f"Speaker audit on PolNeAR [{a.split}]: {r['articles']} articles (first annotation file each)")
    kinds = ("all", "named", "pronoun", "description", "unnamed")
    for part in ("all", "tune", "check"):
        for kind in kinds:
            c = r["counts"].get((part, kind))
            if not c:
                continue
            n = sum(c.values())
            print(f"  {part:5} {kind:11} n {n:4}  right {c['right']:4}  null {c['null']:4}  wrong {c['wrong']:4}"
                  f"  (right {c['right'] / n:.3f}, wrong {c['wrong'] / n:.3f})")
    if r["examples"]:
        print("wrong (tuning part only):")
        for s in r["examples"]:
            print("  " + s)


if __name__ == "__main__":
    main()
