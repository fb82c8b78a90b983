"""Merge/split audit of a dossier's entities: the errors a reader notices first, counted, with examples.

Usage: PYTHONPATH=src .venv/bin/python bench/entity_audit.py DOSSIER.json [--regroup] [--examples N] [--json]

Counts, over the dossier's entities (or, with --regroup, over the entities the current code groups from the
same documents and NER mentions, so a change is measured on identical input without rebuilding the pile):
  given-name conflicts   one PERSON entity holding two full names whose given names disagree before one surname
                         (Bernie Sanders + Felicia Sanders); agreement is the grouping's own definition (same,
                         initial, known short form, transliteration variant)
  suffix merges          one PERSON entity holding a full name with a generational suffix and a full name without
                         one, or with another suffix (Donald Trump Jr. + Donald Trump); a bare surname is neutral
  org/place merges       one entity holding a name that its mentions type ORG and another they type GPE/LOC
                         (a wire agency + a city)
  same name, two ents    one normalised multi-word name standing in two entities of one type
  bare left unlinked     a bare surname mention not in the entity of the one full name with that surname that
                         is in play (full names without a generational suffix): in its document, else in the
                         story
  bare ambiguous         (information) bare surname mentions with two or more full names in play, left unlinked

Names are normalised by the product's name rules (titles, honorifics, possessives, middle initials off;
generational suffix apart), the same for a before and an after dossier, since the audit runs with one code.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from newsdossier.crossdoc.names import default_rules, given_names_agree, is_acronym
from newsdossier.model import Document, Mention

_PLACES = {"GPE", "LOC"}


def _regroup(data: dict) -> list[dict]:
    """The entities the current code makes from the dossier's own documents and NER mentions."""
    from newsdossier.crossdoc.entities import group_entities
    from newsdossier.model import _plain

    docs = [Document(id=d["id"], text=d["text"], mentions=[Mention(m["start"], m["end"], m["text"], m["label"])
                                                           for m in d.get("mentions", [])])
            for d in data["documents"] if d.get("text", "").strip()]
    ents = [_plain(e) for e in group_entities(docs)]
    by_id = {d.id: d for d in docs}
    for d in data["documents"]:
        if d["id"] in by_id:
            d["mentions"] = [_plain(m) for m in by_id[d["id"]].mentions]
    return ents


def audit(data: dict, examples: int = 5) -> dict:
    rules = default_rules()
    ents = data["entities"]
    label_of = {}  # (doc, start, end) -> NER label
    for d in data["documents"]:
        for m in d.get("mentions", []):
            label_of[(d["id"], m["start"], m["end"])] = m["label"]
    out: dict[str, list] = defaultdict(list)

    def parts(surface: str):
        p = rules.parts(surface)
        return p.tokens, p.suffix

    full_names: dict[tuple, set[tuple[str, str]]] = defaultdict(set)  # (name, suffix, type) -> entity ids
    surname_of: dict[str, set[str]] = defaultdict(set)  # surname key -> ids of PERSON entities with a full name
    ent_docs: dict[str, set[str]] = {}
    for e in ents:
        ent_docs[e["id"]] = {m["doc"] for m in e["mentions"]}
        names = {}
        labels: dict[tuple, Counter] = defaultdict(Counter)
        for m in e["mentions"]:
            toks, suf = parts(m["text"])
            if toks:
                names.setdefault((toks, suf), m["text"])
                labels[toks][label_of.get((m["doc"], m["start"], m["end"]), e["type"])] += 1
        multi = [(t, s) for (t, s) in names if len(t) >= 2]
        for t, s in multi:
            full_names[(t, s, e["type"])].add(e["id"])
            if e["type"] == "PERSON" and not s:
                surname_of[t[-1]].add(e["id"])
        # given-name conflicts: two full names, one surname, given names that disagree (people only)
        by_sur = defaultdict(list)
        if e["type"] != "PERSON":
            multi_people = []
        else:
            multi_people = multi
        for t, s in multi_people:
            by_sur[t[-1]].append((t, s))
        for sur, ns in by_sur.items():
            for i, (a, sa) in enumerate(ns):
                for b, sb in ns[i + 1:]:
                    ra, rb = rules.tokens(names[(a, sa)])[0], rules.tokens(names[(b, sb)])[0]
                    if not given_names_agree(ra, a[0], rb, b[0], rules):
                        out["given_name_conflicts"].append(
                            f"{e['id']} {e['type']}: {names[(a, sa)]} + {names[(b, sb)]}")
        # suffix merges: the same name with and without a suffix (or two suffixes)
        sufs = {s for (t, s) in names if len(t) >= 2 or s}  # a bare "X" says nothing of a suffix
        if len(sufs) > 1 and e["type"] == "PERSON":
            shown = sorted({names[k] for k in names}, key=len)[:4]
            out["suffix_merges"].append(f"{e['id']}: {' + '.join(shown)}")
        # org/place merges: one name typed ORG by its mentions, another typed a place
        kinds = {t: c.most_common(1)[0][0] for t, c in labels.items()}
        orgs = [t for t, k in kinds.items() if k == "ORG"]
        places = [t for t, k in kinds.items() if k in _PLACES]
        if orgs and places:
            out["org_place_merges"].append(f"{e['id']} {e['type']}: ORG {' '.join(orgs[0])} + place {' '.join(places[0])}")
    for (t, s, typ), ids in full_names.items():
        if len(ids) > 1:
            out["same_name_two_entities"].append(f"{typ} {' '.join(t)}{' ' + s if s else ''}: {sorted(ids)}")
    # bare surnames: linked to the one full name in play?
    ent_of = {}
    for d in data["documents"]:
        for m in d.get("mentions", []):
            ent_of[(d["id"], m["start"], m["end"])] = m.get("entity")
    n_bare = 0
    for d in data["documents"]:
        for m in d.get("mentions", []):
            toks, suf = parts(m["text"])
            if len(toks) != 1 or suf or not surname_of.get(toks[0]):
                continue
            if m["label"] not in {"PERSON", "ORG"} or (is_acronym(m["text"]) and ("." in m["text"] or len(m["text"]) <= 4)):
                continue  # initials ("U.N.", "NASA") are not surnames
            n_bare += 1
            # the full names without a suffix in the document, else in the story
            plain = surname_of[toks[0]]
            in_doc = {c for c in plain if d["id"] in ent_docs[c]}
            play = in_doc or plain
            if len(play) == 1:
                (target,) = play
                if m.get("entity") != target:
                    out["bare_left_unlinked"].append(f"{d['id']} {m['start']}-{m['end']} {m['text']!r} -> "
                                                     f"{m.get('entity')} (the one full name: {target})")
            else:
                out["bare_ambiguous"].append(f"{d['id']} {m['start']}-{m['end']} {m['text']!r} "
                                             f"({len(play)} full names {'in the document' if in_doc else 'in the story'})"
                                             f" -> {m.get('entity')}")
    report = {k: {"count": len(v), "examples": v[:examples]} for k, v in out.items()}
    for k in ("given_name_conflicts", "suffix_merges", "org_place_merges", "same_name_two_entities",
              "bare_left_unlinked", "bare_ambiguous"):
        report.setdefault(k, {"count": 0, "examples": []})
    report["entities"] = len(ents)
    report["bare_surname_mentions"] = n_bare
    report["unlinked_mentions"] = sum(1 for d in data["documents"] for m in d.get("mentions", []) if not m.get("entity"))
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dossier", type=Path)
    ap.add_argument("--regroup", action="store_true", help="regroup the documents' NER mentions with the current code")
    ap.add_argument("--examples", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    data = json.loads(args.dossier.read_text(encoding="utf-8"))
    if args.regroup:
        data["entities"] = _regroup(data)
    r = audit(data, args.examples)
    if args.json:
        json.dump(r, sys.stdout, indent=1, ensure_ascii=False)
        return
    print(f"{args.dossier}{' (regrouped)' if args.regroup else ''}: {r['entities']} entities, "
          f"{r['bare_surname_mentions']} bare-surname mentions, {r['unlinked_mentions']} mentions in no entity")
    for k in ("given_name_conflicts", "suffix_merges", "org_place_merges", "same_name_two_entities",
              "bare_left_unlinked", "bare_ambiguous"):
        print(f"{k:<24} {r[k]['count']}")
        for ex in r[k]["examples"]:
            print(f"    {ex}")


if __name__ == "__main__":
    main()
