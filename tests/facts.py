"""Checks of an `expected.json` fact sheet against a built dossier (used for the reference and example stories).

Names are compared after the same folding a reader would accept (case, diacritics, honorifics);
the checks never look at how the pipeline works inside.
"""

from __future__ import annotations

from newsdossier.crossdoc.entities import name_key


def entity_of(data: dict, surface: str) -> dict | None:
    """The entity having this surface form among its aliases (exact first, then by folded key)."""
    exact = [e for e in data["entities"] if surface in e["aliases"]]
    if exact:
        return max(exact, key=lambda e: len(e["mentions"]))
    key = name_key(surface)
    folded = [e for e in data["entities"] if any(name_key(a) == key for a in e["aliases"])]
    return max(folded, key=lambda e: len(e["mentions"])) if folded else None


def check_facts(data: dict, exp: dict) -> list[str]:
    problems = []
    removed = {r["text"].strip() for d in data["documents"] for r in d["removed"]}
    for line in exp.get("removed_lines_must_include", []):
        if line.strip() not in removed:
            problems.append(f"not removed: {line!r}")
    texts = [d["text"] for d in data["documents"]]
    for s in exp.get("kept_text_must_include", []):
        if not any(s in t for t in texts):
            problems.append(f"not kept: {s!r}")
    for group in exp.get("same_entity", []):
        ents = [entity_of(data, s) for s in group]
        if any(e is None for e in ents):
            problems.append(f"entity missing for one of {group}")
        elif len({e["id"] for e in ents}) != 1:
            problems.append(f"not one entity: {group} -> {[e['name'] for e in ents]}")
    for a, b in exp.get("different_entities", []):
        ea, eb = entity_of(data, a), entity_of(data, b)
        if ea is None or eb is None:
            problems.append(f"entity missing for {a} or {b}")
        elif ea["id"] == eb["id"]:
            problems.append(f"wrongly merged: {a} / {b}")
    dates = {t["date"] for t in data["timeline"]}
    for day in exp.get("timeline_dates_must_include", []):
        if day not in dates:
            problems.append(f"timeline lacks {day}")
    pub = {d["id"]: d["published"] for d in data["documents"]}
    for doc, day in exp.get("published", {}).items():
        if pub.get(doc) != day:
            problems.append(f"published of {doc}: {pub.get(doc)} != {day}")
    for measure in exp.get("claims_in_conflict", []):
        if not any(c["status"] == "conflict" and measure.lower() in c["measure"].lower() for c in data["claims"]):
            problems.append(f"no conflicting claim about {measure!r}: "
                            f"{[(c['measure'], c['status']) for c in data['claims']][:12]}")
    for q in exp.get("quotes", []):
        want = entity_of(data, q["speaker"])
        hits = [x for x in data["quotes"] if q["contains"] in x["text"]]
        if not hits:
            problems.append(f"quote not found: {q['contains']!r}")
            continue
        ok = any((want and x.get("speaker") == want["id"]) or
                 (x.get("speaker_name") and name_key(x["speaker_name"])[-1:] == name_key(q["speaker"])[-1:])
                 for x in hits)
        if not ok:
            problems.append(f"quote {q['contains']!r} attributed to {[x.get('speaker_name') for x in hits]}, "
                            f"not {q['speaker']}")
    return problems


def walk_spans(data: dict):
    """Every object in the dossier that carries start/end/text, with the document it points into."""
    def walk(obj, doc):
        if isinstance(obj, dict):
            doc = obj.get("doc", doc)
            if {"start", "end", "text"} <= obj.keys() and isinstance(obj["start"], int):
                yield doc, obj
            for k, v in obj.items():
                if k != "text":
                    yield from walk(v, doc)
        elif isinstance(obj, list):
            for x in obj:
                yield from walk(x, doc)

    for d in data["documents"]:
        for key, value in d.items():
            if key not in {"text", "removed"}:
                yield from walk(value, d["id"])
    for key in ("entities", "timeline", "claims", "quotes", "summary", "sources"):
        yield from walk(data[key], None)


def provenance_problems(data: dict) -> tuple[int, list]:
    """(number of spans checked, spans whose text is not documents[doc].text[start:end])."""
    texts = {d["id"]: d["text"] for d in data["documents"]}
    n, bad = 0, []
    for doc, item in walk_spans(data):
        n += 1
        if doc not in texts or texts[doc][item["start"]:item["end"]] != item["text"]:
            bad.append((doc, item))
    return n, bad
