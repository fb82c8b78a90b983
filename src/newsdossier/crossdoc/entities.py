"""Group entity mentions across documents: one person or body, however each outlet spells it.

Merges need evidence beyond string similarity: type agreement (voted over the whole
story), transliteration-folded keys, a unique surname candidate, or an alias the text
itself declares ("X (Y)", "X (Russian: Y, Polish: Z)", "X, known as Y").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import OSA, JaroWinkler

from ..lang.en.names import (
    ABBREVIATIONS,
    FUNCTION_WORDS,
    GENERIC_NAME_WORDS,
    GENERIC_PLACE_WORDS,
    NAME_SUFFIXES,
    PHONETIC_RULES,
    PLACE_KIND_WORDS,
    TITLES,
)
from ..model import Document, Entity, Mention, Span

_NON_ASCII_FIRST = [(a, b) for a, b in PHONETIC_RULES if not a.isascii()]
_ASCII_RULES = [(a, b) for a, b in PHONETIC_RULES if a.isascii()]
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_INITIAL = re.compile(r"^[^\W\d_]\.?$")
_PLACE_TYPES = {"GPE", "LOC"}
_QUOTES = ".,;:()[]\"“”«»'’‘`„"
# where a name ends and a description of it begins: "Center in Rancho Mirage", "Wasilla, Alaska", "IE (web browser)"
_HEAD_CUT = re.compile(r"\s*[,(\[]|\s+(?:in|at|near|outside|on)\s+(?=[A-Z])")
_ARTICLE = {"the", "a", "an"}


@lru_cache(maxsize=65536)
def _name_tokens(surface: str) -> tuple[str, ...]:
    s = surface.strip().strip(_QUOTES + " ").strip()
    m = _HEAD_CUT.search(s)
    if m and m.start() > 0 and any(c.isalpha() for c in s[:m.start()]):
        s = s[:m.start()]
    s = re.sub(r"['’]s?$", "", s.strip())
    s = re.sub(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])", ". ", s)  # "Gov.Sarah" -> "Gov. Sarah"
    raw = re.split(r"[\s\-‐‑–]+", s)
    toks = [t.strip(_QUOTES) for t in raw]
    toks = [t for t in toks if t and any(c.isalnum() for c in t)]
    # "U. S. Marshals" -> "US Marshals": a run of single letters is one acronym
    merged: list[str] = []
    for t in toks:
        if _INITIAL.match(t) and merged and re.fullmatch(r"(?:[^\W\d_]\.?)+", merged[-1]) and \
                len(merged[-1].replace(".", "")) >= 1 and merged[-1].replace(".", "").isupper() and t.isupper() \
                and (len(merged) == 1 or _INITIAL.match(merged[-1]) or len(merged[-1].replace(".", "")) > 1):
            merged[-1] = merged[-1].rstrip(".") + t.rstrip(".")
        else:
            merged.append(t)
    toks = merged
    while len(toks) > 1 and toks[0].lower() in _ARTICLE:
        toks.pop(0)
    while len(toks) > 1 and toks[0].lower().rstrip(".") in TITLES:
        rest = toks[1:]
        if len(rest) == 1 and rest[0].lower() in GENERIC_NAME_WORDS:
            break  # "Foreign Ministry" is not a title before the name "Ministry"
        toks.pop(0)
    while len(toks) > 2 and toks[-1].lower().rstrip(".") in NAME_SUFFIXES:
        toks.pop()
    if len(toks) > 2:  # "Vladimir V. Putin", "W. Mark Felt" -> drop initials before the surname
        toks = [t for t in toks[:-1] if not _INITIAL.match(t)] + [toks[-1]]
        if len(toks) == 1:
            return tuple(merged[-2:])
    return tuple(toks)


def name_tokens(surface: str) -> list[str]:
    """Tokens of a name without honorifics/titles, middle initials, possessives, hyphens, quotes or a trailing
    description ("X in Y", "X, Y", "X (Y)")."""
    return list(_name_tokens(surface))


@lru_cache(maxsize=65536)
def phonetic(token: str) -> str:
    """Fold one name token across transliteration schemes: Żenya/Zhenya/Jenya, Oleynikov/Olejnikow/Oleinikov."""
    s = token.lower()
    s = ABBREVIATIONS.get(s.rstrip("."), s)
    for a, b in _NON_ASCII_FIRST:
        s = s.replace(a, b)
    s = anyascii(s).lower()
    s = re.sub(r"[^a-z0-9]", "", s)
    s = re.sub(r"(?<=[^aeiou])re$", "er", s) if len(s) > 4 else s  # centre/center, theatre/theater
    for a, b in _ASCII_RULES:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=65536)
def _name_key(surface: str) -> tuple[str, ...]:
    return tuple(k for k in (phonetic(t) for t in _name_tokens(surface)) if k)


def name_key(surface: str) -> tuple[str, ...]:
    return _name_key(surface)


def initials(surface: str) -> str:
    return "".join(t[0] for t in name_tokens(surface) if t.lower() not in FUNCTION_WORDS).upper()


def is_acronym(surface: str) -> bool:
    s = surface.replace(".", "")
    return 2 <= len(s) <= 8 and s.isupper() and s.isalpha()


_DECLARED = [
    # "Long Name (Russian: ABCD, Polish: DCBA)" / "Long Name (ABCD)"
    re.compile(r"(?P<long>(?:[A-ZÀ-ÞĀ-ſА-Я][\w’'\-]+\s+)(?:(?:of|the|and|for|de|du|des|la|[A-ZÀ-ÞĀ-ſА-Я][\w’'\-]+)\s+)*[A-ZÀ-ÞĀ-ſА-Я][\w’'\-]+)\s*\((?P<inner>[^()\n]{2,80})\)"),
]
_KNOWN_AS = re.compile(
    r"(?P<long>[A-ZÀ-ÞĀ-ſА-Я][\w’'\-]+(?:\s+(?:of|the|and|for|[A-ZÀ-ÞĀ-ſА-Я][\w’'\-]+))*)"
    r",?\s+(?:known as|also called|or|abbreviated(?: as)?|aka)\s+(?:the\s+)?(?P<short>[A-Z][\w\-]{1,12})\b"
)


def declared_aliases(text: str) -> list[tuple[str, str]]:
    """(long form, alias) pairs the text states itself."""
    pairs = []
    for pat in _DECLARED:
        for m in pat.finditer(text):
            long = m["long"].strip()
            while long.split()[0].lower() in {"the", "a", "an"} and len(long.split()) > 1:
                long = long.split(None, 1)[1]
            for part in re.split(r"[,;/]", m["inner"]):
                part = part.strip()
                if ":" in part:  # "Russian: ABCD"
                    part = part.split(":", 1)[1].strip()
                if is_acronym(part):
                    pairs.append((long, part))
    for m in _KNOWN_AS.finditer(text):
        if is_acronym(m["short"]):
            pairs.append((m["long"].strip(), m["short"]))
    return pairs


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _type_compatible(a: str, b: str) -> bool:
    return a == b or (a in _PLACE_TYPES and b in _PLACE_TYPES)


def _initials_variants(surface: str) -> set[str]:
    """Initials a writer may abbreviate a name to: without function words, with them, or with a
    leading article (THR)."""
    toks = name_tokens(surface)
    raw = [t.strip(_QUOTES) for t in re.split(r"[\s\-‐‑–]+", surface.strip()) if t.strip(_QUOTES)]
    out = {"".join(t[0] for t in toks if t.lower() not in FUNCTION_WORDS).upper(),
           "".join(t[0] for t in toks).upper()}
    if raw and raw[0].lower() in _ARTICLE:
        out.add("".join(t[0] for t in raw if t.lower() not in FUNCTION_WORDS - _ARTICLE).upper())
    return {x for x in out if len(x) >= 2}


_GENERIC_KEYS = {phonetic(w) for w in GENERIC_NAME_WORDS} | {phonetic(w) for w in TITLES if w.isalpha()}
_PLACE_KIND_KEYS = {phonetic(w) for w in PLACE_KIND_WORDS}


def _content(key: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in key if t not in FUNCTION_WORDS)


def _loose_token(t: str) -> str:
    """Plural folding for non-person names: Colts/Colt, Chargers/Charger."""
    return t[:-1] if len(t) > 4 and t.endswith("s") and not t.endswith("ss") else t


def group_entities(docs: list[Document]) -> list[Entity]:
    """Cluster every mention of the story into entities; sets `Mention.entity` in place.

    Every comparison is blocked by a key (last token, deletion variants, sorted letters, initials, surname), so
    the work grows with the number of distinct names, not with the square of the mentions.
    """
    # 1. Groups of identical folded keys, with a story-level type vote.
    groups: dict[str, list[tuple[Document, Mention]]] = defaultdict(list)
    for d in docs:
        for m in d.mentions:
            try:
                key = " ".join(name_key(m.text))
            except Exception:  # never let one odd surface sink the story
                key = ""
            if key:
                groups[key].append((d, m))
            else:
                m.entity = None
    votes = {k: Counter(m.label for _, m in ms) for k, ms in groups.items()}
    gtype = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    gdocs = {k: {d.id for d, _ in ms} for k, ms in groups.items()}

    uf = _UnionFind()
    for k in groups:
        uf.find(k)
    keys = sorted(groups, key=lambda k: (-len(k.split()), k))
    multi = [k for k in keys if len(k.split()) >= 2]
    singles = [k for k in keys if len(k.split()) == 1]

    def is_person(k: str) -> bool:
        return gtype[k] == "PERSON"

    # 2. Multi-token names: same token count, each token close after folding (Aleksandr Żenya / Alexandr Zhenya).
    by_last: dict[str, list[str]] = defaultdict(list)
    for k in multi:
        by_last[k.split()[-1]].append(k)
    for block in by_last.values():
        for i, a in enumerate(block):
            ta = a.split()
            for b in block[i + 1:]:
                tb = b.split()
                if len(ta) == len(tb) and _type_compatible(gtype[a], gtype[b]) and all(
                        JaroWinkler.similarity(x, y) >= 0.9 for x, y in zip(ta, tb)):
                    uf.union(a, b)

    # 3. Single tokens that differ by a typo-sized edit, never short ones: one dropped letter (Pakstan-like) or
    #    swapped neighbours with the same letters; a different letter (Valdoria/Valgoria) is a different name.
    single_set = set(singles)
    by_letters: dict[str, list[str]] = defaultdict(list)
    for a in singles:
        if len(a) >= 7:
            by_letters["".join(sorted(a))].append(a)
            for i in range(len(a)):
                b = a[:i] + a[i + 1:]
                if b in single_set and b[0] == a[0] and len(b) >= 7 and _type_compatible(gtype[a], gtype[b]):
                    uf.union(b, a)
    for block in by_letters.values():
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if a[0] == b[0] and _type_compatible(gtype[a], gtype[b]) and OSA.distance(a, b) <= 2:
                    uf.union(a, b)

    # Non-person names that differ only by a plural on the last word (Colts / Colt).
    by_loose: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        if not is_person(k):
            toks = k.split()
            by_loose[" ".join(toks[:-1] + [_loose_token(toks[-1])])].append(k)
    for block in by_loose.values():
        for b in block[1:]:
            if _type_compatible(gtype[block[0]], gtype[b]):
                uf.union(block[0], b)

    # "Republic of X", "State of X" name the place X.
    for k in multi:
        toks = k.split()
        if gtype[k] in _PLACE_TYPES and toks[-1] in groups and gtype[toks[-1]] in _PLACE_TYPES \
                and all(t in GENERIC_PLACE_WORDS for t in toks[:-1]):
            uf.union(toks[-1], k)

    # 4. Declared aliases (acronyms in any language the text names) and acronym initials.
    for d in docs:
        try:
            pairs = declared_aliases(d.text)
        except Exception:
            pairs = []
        for long, short in pairs:
            lk, sk = " ".join(name_key(long)), " ".join(name_key(short))
            if lk in groups and sk in groups:
                uf.union(lk, sk)
    by_initials: dict[str, set[str]] = defaultdict(set)
    for lk in multi:
        if gtype[lk] in {"ORG", "OTHER", "EVENT", "GPE", "LOC"}:
            for _, m in groups[lk]:
                for ini in _initials_variants(m.text):
                    by_initials[ini].add(lk)
    for k in singles:
        acr = next((m.text for _, m in groups[k] if is_acronym(m.text)), None)
        if acr is None:
            continue
        acr = acr.replace(".", "")
        cands = {uf.find(lk) for lk in by_initials.get(acr, ()) if _type_compatible(gtype[lk], gtype[k])
                 or gtype[k] in {"ORG", "OTHER"} and gtype[lk] in {"ORG", "OTHER", "EVENT"}}
        if len(cands) == 1:
            uf.union(cands.pop(), k)

    # 5. Surname-only person mentions: linked when exactly one full name in the story (or, failing that,
    #    in the same document) has that surname.
    persons_by_last: dict[str, list[str]] = defaultdict(list)
    persons_by_prefix: dict[str, list[str]] = defaultdict(list)
    for lk in multi:
        if is_person(lk):
            last = lk.split()[-1]
            persons_by_last[last].append(lk)
            persons_by_prefix[last[:5]].append(lk)

    def persons_with_surname(sur: str, within: set[str] | None = None) -> set[str]:
        out = set()
        for lk in persons_by_last.get(sur, ()):
            if within is not None and not (gdocs[lk] & within):
                continue
            out.add(uf.find(lk))
        return out

    for k in singles:
        if votes[k]["PERSON"] == 0 and gtype[k] not in {"ORG", "OTHER"}:
            continue
        if any(is_acronym(m.text) for _, m in groups[k]):
            continue
        cands = persons_with_surname(k)
        if len(cands) > 1:
            cands = persons_with_surname(k, within=gdocs[k])
        if not cands and len(k) >= 5 and votes[k]["PERSON"]:
            # a surname cut short in translated text ("Ivanenk" for "Ivanenko"): a unique, long-enough prefix
            cands = {uf.find(lk) for lk in persons_by_prefix.get(k[:5], ()) if lk.split()[-1].startswith(k)
                     and len(k) >= 0.7 * len(lk.split()[-1])}
        if len(cands) == 1:
            uf.union(cands.pop(), k)

    # "T. Verhoeven" for "Tomas Verhoeven": an initial and a surname link when exactly one full person name
    # with that surname has a first name starting with that letter (read from the surface: the phonetic key
    # may change a first letter, J -> i).
    def first_letter(key: str) -> str:
        toks = name_tokens(groups[key][0][1].text)
        return anyascii(toks[0][:1]).lower() if toks else ""

    for k in multi:
        toks = k.split()
        if len(toks) != 2 or not is_person(k) or not _INITIAL.match(name_tokens(groups[k][0][1].text)[0]):
            continue
        ini = first_letter(k)
        full = [lk for lk in persons_by_last.get(toks[1], ())
                if lk != k and len(name_tokens(groups[lk][0][1].text)[0].rstrip(".")) > 1 and first_letter(lk) == ini]
        cands = {uf.find(lk) for lk in full}
        if len(cands) > 1:
            cands = {uf.find(lk) for lk in full if gdocs[lk] & gdocs[k]}
        if len(cands) == 1:
            uf.union(cands.pop(), k)

    # 6. Short forms of non-person names: "Betty Ford" / "Betty Ford Center", "Chiefs" / "Kansas City Chiefs":
    #    the shorter key is the start or the end of exactly one longer name of the same type. Places only when the
    #    extra words just say what kind of place it is (Mediterranean / Mediterranean Sea), since "Guinea" /
    #    "Equatorial Guinea" are different countries; a short form made only of generic words never links.
    by_edge: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for lk in multi:
        if is_person(lk):
            continue
        c = _content(tuple(lk.split()))
        for n in range(1, len(c)):
            by_edge[c[:n]].append(lk)
            by_edge[c[-n:]].append(lk)
    for k in keys:
        if is_person(k):
            continue
        c = _content(tuple(k.split()))
        if not c or all(t in _GENERIC_KEYS for t in c) or any(is_acronym(m.text) for _, m in groups[k]):
            continue
        cands = set()
        for lk in by_edge.get(c, ()):
            if lk == k or not _type_compatible(gtype[k], gtype[lk]):
                continue
            if gtype[k] in _PLACE_TYPES or gtype[lk] in _PLACE_TYPES:
                extra = list(_content(tuple(lk.split())))
                for t in c:
                    if t in extra:
                        extra.remove(t)
                if not all(t in _PLACE_KIND_KEYS for t in extra):
                    continue
            cands.add(uf.find(lk))
        if len(cands) == 1:
            uf.union(cands.pop(), k)

    # 7. Build entities; the type is voted over all mentions of the cluster.
    clusters: dict[str, list[tuple[Document, Mention]]] = defaultdict(list)
    for k, ms in groups.items():
        clusters[uf.find(k)].extend(ms)
    entities = []
    for ms in clusters.values():
        # full-name mentions are the most reliably typed: they vote first (a bare surname is often tagged ORG)
        longest = max(len(name_key(m.text)) for _, m in ms)
        tvote = Counter(m.label for _, m in ms if len(name_key(m.text)) == longest)
        etype = tvote.most_common(1)[0][0]
        entities.append((etype, ms))
    entities.sort(key=lambda e: (-len(e[1]), _canonical(e[1], e[0])))
    out: list[Entity] = []
    for i, (etype, ms) in enumerate(entities, 1):
        eid = f"E{i}"
        for _, m in ms:
            m.entity = eid
        ms_sorted = sorted(ms, key=lambda dm: (dm[0].id, dm[1].start))
        out.append(Entity(
            id=eid,
            name=_canonical(ms, etype),
            type=etype,
            aliases=sorted({m.text for _, m in ms}),
            mentions=[Span(d.id, m.start, m.end, m.text) for d, m in ms_sorted],
        ))
    return out


def _canonical(ms: list[tuple[Document, Mention]], etype: str) -> str:
    """Most complete, most frequent correctly-typed form, without honorifics."""
    forms: Counter[str] = Counter()
    for _, m in ms:
        toks = name_tokens(m.text)
        if not toks:
            continue
        # rebuild the surface without a leading title but keep the writer's hyphens and spelling
        start = m.text.find(toks[0])
        forms[m.text[start:] if start >= 0 else m.text] += 2 if m.label == etype else 1
    if not forms:
        return ms[0][1].text

    def rank(f: str):
        n = len(name_tokens(f))
        if etype in _PLACE_TYPES:  # places: the usual short form, not "Republic of ..."
            return (not is_acronym(f), forms[f], -n, len(f))
        return (not is_acronym(f), n if n <= 4 else 0, forms[f], len(f))

    return max(forms, key=rank)


def resolve_name(entities: list[Entity], name: str, *, doc: str | None = None) -> Entity | None:
    """The entity a written name refers to ('Mr Halloran' -> the 'Rita Halloran' entity), if unique."""
    key = name_key(name)
    if not key:
        return None
    exact = [e for e in entities if any(name_key(a) == key for a in e.aliases)]
    if len(exact) == 1:
        return exact[0]
    people = [e for e in entities if e.type == "PERSON"]
    sur = [e for e in people if any(name_key(a) and name_key(a)[-1] == key[-1] for a in e.aliases)]
    if len(sur) > 1 and doc is not None:
        sur = [e for e in sur if any(m.doc == doc for m in e.mentions)]
    return sur[0] if len(sur) == 1 else None
