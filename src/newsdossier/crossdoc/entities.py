"""Group entity mentions across documents: one person or body, however each outlet spells it.

Merges need evidence beyond string similarity: type agreement (voted over the whole
story), transliteration-folded keys, a unique surname candidate, or an alias the text
itself declares ("X (Y)", "X (Russian: Y, Polish: Z)", "X, known as Y").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler, Levenshtein

from ..data.names import FUNCTION_WORDS, GENERIC_PLACE_WORDS, PHONETIC_RULES, TITLES
from ..model import Document, Entity, Mention, Span

_NON_ASCII_FIRST = [(a, b) for a, b in PHONETIC_RULES if not a.isascii()]
_ASCII_RULES = [(a, b) for a, b in PHONETIC_RULES if a.isascii()]
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_INITIAL = re.compile(r"^[^\W\d_]\.?$")
_PLACE_TYPES = {"GPE", "LOC"}


def name_tokens(surface: str) -> list[str]:
    """Tokens of a name without honorifics/titles, middle initials, possessives or hyphens."""
    s = re.sub(r"['’]s$", "", surface.strip())
    raw = re.split(r"[\s\-‐‑–]+", s)
    toks = [t.strip(".,;:()\"“”«»'’") for t in raw]
    toks = [t for t in toks if t]
    while len(toks) > 1 and toks[0].lower().rstrip(".") in TITLES:
        toks.pop(0)
    if len(toks) > 2:  # "Vladimir V. Putin" -> drop middle initials
        toks = [toks[0]] + [t for t in toks[1:-1] if not _INITIAL.match(t)] + [toks[-1]]
    return toks


def phonetic(token: str) -> str:
    """Fold one name token across transliteration schemes: Żenya/Zhenya/Jenya, Oleynikov/Olejnikow/Oleinikov."""
    s = token.lower()
    for a, b in _NON_ASCII_FIRST:
        s = s.replace(a, b)
    s = anyascii(s).lower()
    s = re.sub(r"[^a-z]", "", s)
    for a, b in _ASCII_RULES:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


def name_key(surface: str) -> tuple[str, ...]:
    return tuple(k for k in (phonetic(t) for t in name_tokens(surface)) if k)


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


def group_entities(docs: list[Document]) -> list[Entity]:
    """Cluster every mention of the story into entities; sets `Mention.entity` in place."""
    # 1. Groups of identical folded keys, with a story-level type vote.
    groups: dict[str, list[tuple[Document, Mention]]] = defaultdict(list)
    for d in docs:
        for m in d.mentions:
            key = " ".join(name_key(m.text))
            if key:
                groups[key].append((d, m))
    votes = {k: Counter(m.label for _, m in ms) for k, ms in groups.items()}
    gtype = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    uf = _UnionFind()
    for k in groups:
        uf.find(k)
    keys = sorted(groups, key=lambda k: (-len(k.split()), k))

    # 2. Multi-token names: same token count, each token close after folding (Aleksandr Żenya / Alexandr Zhenya).
    multi = [k for k in keys if len(k.split()) >= 2]
    for i, a in enumerate(multi):
        for b in multi[i + 1:]:
            if not _type_compatible(gtype[a], gtype[b]):
                continue
            ta, tb = a.split(), b.split()
            if len(ta) == len(tb) and ta[-1] == tb[-1] and all(
                    JaroWinkler.similarity(x, y) >= 0.9 for x, y in zip(ta, tb)):
                uf.union(a, b)

    # 3. Single tokens that differ by a typo-sized edit (Pakstan / Pakhstan-like transliteration typos), never short ones.
    singles = [k for k in keys if len(k.split()) == 1]
    for i, a in enumerate(singles):
        for b in singles[i + 1:]:
            # a dropped letter, not a different letter: Valdoria/Valgoria-like pairs are different places
            if _type_compatible(gtype[a], gtype[b]) and min(len(a), len(b)) >= 7 and a[0] == b[0] \
                    and abs(len(a) - len(b)) == 1 and Levenshtein.distance(a, b) == 1:
                uf.union(a, b)

    # "Republic of X", "State of X" name the place X.
    for k in multi:
        toks = k.split()
        if gtype[k] in _PLACE_TYPES and toks[-1] in groups and gtype[toks[-1]] in _PLACE_TYPES \
                and all(t in GENERIC_PLACE_WORDS for t in toks[:-1]):
            uf.union(toks[-1], k)

    # 4. Declared aliases (acronyms in any language the text names) and acronym initials.
    for d in docs:
        for long, short in declared_aliases(d.text):
            lk, sk = " ".join(name_key(long)), " ".join(name_key(short))
            if lk in groups and sk in groups:
                uf.union(lk, sk)
    acr_groups = [k for k in singles if any(is_acronym(m.text) for _, m in groups[k])]
    for k in acr_groups:
        acr = next(m.text for _, m in groups[k] if is_acronym(m.text)).replace(".", "")
        cands = {uf.find(lk) for lk in multi
                 if gtype[lk] in {"ORG", "OTHER", "EVENT"}
                 and any(initials(m.text) == acr for _, m in groups[lk])}
        if len(cands) == 1:
            uf.union(cands.pop(), k)

    # 5. Surname-only person mentions: linked when exactly one full name in the story (or, failing that,
    #    in the same document) has that surname.
    def persons_with_surname(sur: str, within: set[str] | None = None) -> set[str]:
        out = set()
        for lk in multi:
            if gtype[lk] != "PERSON" or lk.split()[-1] != sur:
                continue
            if within is not None and not any(d.id in within for d, _ in groups[lk]):
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
            cands = persons_with_surname(k, within={d.id for d, _ in groups[k]})
        if not cands and len(k) >= 5 and votes[k]["PERSON"]:
            # a surname cut short in translated text ("Ivanenk" for "Ivanenko"): a unique, long-enough prefix
            cands = {uf.find(lk) for lk in multi if gtype[lk] == "PERSON" and lk.split()[-1].startswith(k)
                     and len(k) >= 0.7 * len(lk.split()[-1])}
        if len(cands) == 1:
            uf.union(cands.pop(), k)

    # 6. Build entities; the type is voted over all mentions of the cluster.
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
