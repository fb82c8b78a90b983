"""The golden snapshot: the product's output on a fixed sample, frozen so a refactor can prove it changed nothing.

Sections:
  example   the bundled example story, the whole dossier (entities, timeline, claims, quotes, summary, documents'
            timexes, quantities, mentions, quotes)
  reference the shared reference story (../shared), the whole dossier
  polnear   20 PolNeAR train articles (../shared): each document's layers through the product's analysis, and the
            attributions the PolNeAR eval scores
  tempeval  20 TempEval-3 train documents (../shared), DCT given: each document's layers; and the publication date
            inferred with the DCT hidden

Text taken from shared data is stored as a short hash (the corpora are not copied into the project); offsets,
labels and values are stored as they are. Run `python tests/golden/snapshot.py --write` to regenerate after an
intended change, and list that change in tests/golden/CHANGES.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "harbour-strike"
REFERENCE = SHARED / "corpora" / "csto-withdrawal-2022"
POLNEAR = SHARED / "benchmarks" / "polnear"
TEMPEVAL = SHARED / "benchmarks" / "tempeval3" / "train"
GOLDEN = Path(__file__).resolve().parent
SECTIONS = ("example", "reference", "polnear", "tempeval")
N_SAMPLE = 20
_LAYERS = ("mentions", "timexes", "quantities", "quotes")


def _h(s: str) -> str:
    return "h:" + hashlib.sha1(s.encode("utf-8")).hexdigest()[:12]


def _hash_texts(obj, keys=("text", "summary", "unique_points", "title", "explanation")):
    """Replace the free text of shared data by hashes; names, labels, values and offsets stay readable."""
    if isinstance(obj, dict):
        return {k: (_hash_all(v) if k in keys else _hash_texts(v, keys)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_hash_texts(x, keys) for x in obj]
    return obj


def _hash_all(v):
    if isinstance(v, str):
        return _h(v)
    if isinstance(v, list):
        return [_hash_all(x) for x in v]
    return v


def _dossier(paths, hashed: bool) -> dict:
    from newsdossier.pipeline import build

    d = build(paths).to_dict()
    d.pop("generated_by", None)
    for doc in d["documents"]:
        doc.pop("path", None)
        doc.pop("sentences", None)
        doc.pop("raw_text", None)
        doc["text"] = _h(doc["text"])
        doc.pop("removed", None)
    return _hash_texts(d) if hashed else d


def _layers(doc) -> dict:
    from newsdossier.model import _plain

    return {k: _hash_texts(_plain(getattr(doc, k))) for k in _LAYERS}


def _analyzed(docs) -> None:
    """Per-document analysis, then the story-level publication-date pass, as `build` runs them."""
    from newsdossier.analyze import analyze_documents
    from newsdossier.pipeline import publication_dates

    analyze_documents(docs)
    publication_dates([d for d in docs if d.text.strip()])


def polnear() -> dict:
    from newsdossier.eval.attribution import predictions, read_split
    from newsdossier.model import Document

    arts = read_split(POLNEAR, "train")[:N_SAMPLE]
    docs = [Document(id=name, text=text, published=None) for name, text, _ in arts]
    _analyzed(docs)
    out = {}
    for d in docs:
        row = _layers(d)
        row["errors"] = d.errors
        row["attributions"] = [{"content": a.content, "source": a.source, "cue": a.cue, "kind": a.kind}
                               for a in predictions(d.text, d.nlp)]
        out[d.id] = row
    return out


def tempeval() -> dict:
    from newsdossier.analyze.temporal import infer_dct
    from newsdossier.eval.timeml import read_folder
    from newsdossier.eval.timex import parse_text
    from newsdossier.model import Document

    tml = read_folder(TEMPEVAL)[:N_SAMPLE]
    docs = [Document(id=t.id, text=parse_text(t.text), published=t.dct[:10] if t.dct else None, language="en")
            for t in tml]
    _analyzed(docs)
    out = {}
    for d in docs:
        row = _layers(d)
        row["errors"] = d.errors
        row["dct_hidden"] = list(infer_dct(d.text, spacy_doc=d.nlp, lang="en"))
        out[d.id] = row
    return out


def make(section: str) -> dict:
    if section == "example":
        return _dossier([EXAMPLE], hashed=False)
    if section == "reference":
        return _dossier([REFERENCE], hashed=True)
    if section == "polnear":
        return polnear()
    if section == "tempeval":
        return tempeval()
    raise ValueError(section)


def source_of(section: str) -> Path:
    return {"example": EXAMPLE, "reference": REFERENCE, "polnear": POLNEAR, "tempeval": TEMPEVAL}[section]


def path_of(section: str) -> Path:
    return GOLDEN / f"{section}.json"


def normalise(obj):
    """JSON round trip: tuples become lists, floats print the same."""
    return json.loads(json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str))


def diff(old, new, path="", out=None, limit=40):
    """Paths where two snapshots differ (first `limit`)."""
    out = [] if out is None else out
    if len(out) >= limit:
        return out
    if isinstance(old, dict) and isinstance(new, dict):
        for k in sorted(set(old) | set(new)):
            if k not in old or k not in new:
                out.append(f"{path}/{k}: {'added' if k in new else 'removed'}")
            else:
                diff(old[k], new[k], f"{path}/{k}", out, limit)
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for i, (a, b) in enumerate(zip(old, new)):
            diff(a, b, f"{path}[{i}]", out, limit)
    elif old != new:
        a, b = json.dumps(old, ensure_ascii=False)[:300], json.dumps(new, ensure_ascii=False)[:300]
        out.append(f"{path}: {a}  ->  {b}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write the snapshot files")
    ap.add_argument("sections", nargs="*", default=list(SECTIONS))
    a = ap.parse_args(argv)
    status = 0
    for s in a.sections:
        if not source_of(s).exists():
            print(f"{s}: skipped, {source_of(s)} absent")
            continue
        new = normalise(make(s))
        p = path_of(s)
        if a.write:
            p.write_text(json.dumps(new, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            print(f"{s}: written {p}")
            continue
        old = json.loads(p.read_text(encoding="utf-8")) if p.exists() else None
        d = diff(old, new) if old is not None else ["no snapshot file"]
        print(f"{s}: {'identical' if not d else f'{len(d)}+ differences'}")
        for line in d:
            print("   ", line)
        status |= bool(d)
    return status


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
