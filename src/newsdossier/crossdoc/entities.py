"""Group entity mentions across documents: one person or body, however each outlet spells it.

Merges need evidence beyond string similarity: type agreement (voted over the whole
story), transliteration-folded keys, a unique surname candidate, or an alias the text
itself declares ("X (Y)", "X (Russian: Y, Polish: Z)", "X, known as Y").

The grouping is a sequence of named links over groups of identical name keys (`KeyGroups`), each step one
mechanism: spelling variants, typos, plurals, formal place names, declared aliases, acronym initials,
surnames, initial + surname, short forms. Later steps see the unions of earlier ones (a surname candidate
counts clusters, not keys), so the order is part of the behaviour.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA, JaroWinkler

from .. import lang
from ..config import current
from ..model import Document, Entity, Mention, Span
from .aliases import declared_aliases
from .names import NameRules, default_rules, initials, is_acronym, is_initial, loose_token, name_key, name_tokens, \
    phonetic, rules_for

_PLACE_TYPES = {"GPE", "LOC"}
_ACRONYM_TYPES = {"ORG", "OTHER", "EVENT", "GPE", "LOC"}  # long names that writers abbreviate to initials

Occurrence = tuple[Document, Mention]


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


@dataclass
class KeyGroups:
    """The story's mentions grouped by identical name key, with what every link step asks of a key."""

    members: dict[str, list[Occurrence]]
    rules: NameRules
    votes: dict[str, Counter] = field(default_factory=dict)  # key -> labels of its mentions
    types: dict[str, str] = field(default_factory=dict)  # key -> the story-level type vote
    docs: dict[str, set[str]] = field(default_factory=dict)  # key -> ids of the documents naming it
    uf: _UnionFind = field(default_factory=_UnionFind)

    def __post_init__(self) -> None:
        self.votes = {k: Counter(m.label for _, m in ms) for k, ms in self.members.items()}
        self.types = {k: v.most_common(1)[0][0] for k, v in self.votes.items()}
        self.docs = {k: {d.id for d, _ in ms} for k, ms in self.members.items()}
        for k in self.members:
            self.uf.find(k)
        self.keys = sorted(self.members, key=lambda k: (-len(k.split()), k))
        self.multi = [k for k in self.keys if len(k.split()) >= 2]
        self.singles = [k for k in self.keys if len(k.split()) == 1]

    def is_person(self, k: str) -> bool:
        return self.types[k] == "PERSON"

    def compatible(self, a: str, b: str) -> bool:
        return _type_compatible(self.types[a], self.types[b])

    def has_acronym(self, k: str) -> bool:
        return any(is_acronym(m.text) for _, m in self.members[k])

    def first_surface(self, k: str) -> str:
        return self.members[k][0][1].text

    def first_token(self, k: str) -> str:
        return self.rules.tokens(self.first_surface(k))[0]

    def content(self, k: str) -> tuple[str, ...]:
        return self.rules.content(tuple(k.split()))

    def union_unique(self, candidates: set[str], k: str) -> None:
        """Link k to the one candidate cluster, if there is exactly one."""
        if len(candidates) == 1:
            self.uf.union(candidates.pop(), k)


def _key_groups(docs: list[Document], rules: NameRules) -> KeyGroups:
    """Mentions grouped by identical folded key; a mention without any name token gets no entity."""
    groups: dict[str, list[Occurrence]] = defaultdict(list)
    for d in docs:
        for m in d.mentions:
            key = " ".join(rules.key(m.text))
            if key:
                groups[key].append((d, m))
            else:
                m.entity = None
    return KeyGroups(groups, rules)


def _link_spelling_variants(g: KeyGroups) -> None:
    """Multi-token names: same token count, each token close after folding (Aleksandr Żenya / Alexandr Zhenya)."""
    threshold = current().entities.variant_similarity
    by_last: dict[str, list[str]] = defaultdict(list)
    for k in g.multi:
        by_last[k.split()[-1]].append(k)
    for block in by_last.values():
        for i, a in enumerate(block):
            ta = a.split()
            for b in block[i + 1:]:
                tb = b.split()
                if len(ta) == len(tb) and g.compatible(a, b) and all(
                        JaroWinkler.similarity(x, y) >= threshold for x, y in zip(ta, tb)):
                    g.uf.union(a, b)


def _link_typos(g: KeyGroups) -> None:
    """Single tokens that differ by a typo-sized edit, never short ones: one dropped letter (Pakstan-like) or
    swapped neighbours with the same letters; a different letter (Valdoria/Valgoria) is a different name."""
    cfg = current().entities
    single_set = set(g.singles)
    by_letters: dict[str, list[str]] = defaultdict(list)
    for a in g.singles:
        if len(a) >= cfg.typo_min_length:
            by_letters["".join(sorted(a))].append(a)
            for i in range(len(a)):
                b = a[:i] + a[i + 1:]
                if b in single_set and b[0] == a[0] and len(b) >= cfg.typo_min_length and g.compatible(a, b):
                    g.uf.union(b, a)
    for block in by_letters.values():
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if a[0] == b[0] and g.compatible(a, b) and OSA.distance(a, b) <= cfg.typo_max_edits:
                    g.uf.union(a, b)


def _link_plurals(g: KeyGroups) -> None:
    """Non-person names that differ only by a plural on the last word (Colts / Colt)."""
    by_loose: dict[str, list[str]] = defaultdict(list)
    for k in g.keys:
        if not g.is_person(k):
            toks = k.split()
            by_loose[" ".join(toks[:-1] + [loose_token(toks[-1])])].append(k)
    for block in by_loose.values():
        for b in block[1:]:
            if g.compatible(block[0], b):
                g.uf.union(block[0], b)


def _link_formal_places(g: KeyGroups) -> None:
    """"Republic of X", "State of X" name the place X."""
    for k in g.multi:
        toks = k.split()
        if g.types[k] in _PLACE_TYPES and toks[-1] in g.members and g.types[toks[-1]] in _PLACE_TYPES \
                and all(t in g.rules.generic_place_keys for t in toks[:-1]):
            g.uf.union(toks[-1], k)


def _link_declared_aliases(g: KeyGroups, docs: list[Document]) -> None:
    """Aliases a document declares ("X (Russian: Y, Polish: Z)"), when both names are mentions of the story."""
    for d in docs:
        for long, short in declared_aliases(d.text, g.rules):
            lk, sk = " ".join(g.rules.key(long)), " ".join(g.rules.key(short))
            if lk in g.members and sk in g.members:
                g.uf.union(lk, sk)


def _link_acronym_initials(g: KeyGroups) -> None:
    """An acronym mention joins the one long name of a compatible type whose initials it spells."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for lk in g.multi:
        if g.types[lk] in _ACRONYM_TYPES:
            for _, m in g.members[lk]:
                for ini in g.rules.initials_variants(m.text):
                    by_initials[ini].add(lk)
    for k in g.singles:
        acr = next((m.text for _, m in g.members[k] if is_acronym(m.text)), None)
        if acr is None:
            continue
        acr = acr.replace(".", "")
        cands = {g.uf.find(lk) for lk in by_initials.get(acr, ()) if g.compatible(lk, k)
                 or g.types[k] in {"ORG", "OTHER"} and g.types[lk] in {"ORG", "OTHER", "EVENT"}}
        g.union_unique(cands, k)


def _persons_by_last(g: KeyGroups) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for lk in g.multi:
        if g.is_person(lk):
            out[lk.split()[-1]].append(lk)
    return out


def _link_surnames(g: KeyGroups, by_last: dict[str, list[str]]) -> None:
    """Surname-only person mentions: linked when exactly one full name in the story (or, failing that,
    in the same document) has that surname; a surname cut short in translated text ("Ivanenk" for
    "Ivanenko") by a unique, long-enough prefix."""
    cfg = current().entities
    n = cfg.surname_prefix
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for last, lks in by_last.items():
        for lk in lks:
            by_prefix[last[:n]].append(lk)

    def with_surname(sur: str, within: set[str] | None = None) -> set[str]:
        return {g.uf.find(lk) for lk in by_last.get(sur, ()) if within is None or g.docs[lk] & within}

    for k in g.singles:
        if g.votes[k]["PERSON"] == 0 and g.types[k] not in {"ORG", "OTHER"}:
            continue
        if g.has_acronym(k):
            continue
        cands = with_surname(k)
        if len(cands) > 1:
            cands = with_surname(k, within=g.docs[k])
        if not cands and len(k) >= n and g.votes[k]["PERSON"]:
            cands = {g.uf.find(lk) for lk in by_prefix.get(k[:n], ()) if lk.split()[-1].startswith(k)
                     and len(k) >= cfg.surname_prefix_share * len(lk.split()[-1])}
        g.union_unique(cands, k)


def _link_initial_surnames(g: KeyGroups, by_last: dict[str, list[str]]) -> None:
    """"T. Verhoeven" for "Tomas Verhoeven": an initial and a surname link when exactly one full person name
    with that surname has a first name starting with that letter (read from the surface: the phonetic key
    may change a first letter, J -> i)."""
    for k in g.multi:
        toks = k.split()
        if len(toks) != 2 or not g.is_person(k) or not is_initial(g.first_token(k)):
            continue
        ini = g.rules.first_letter(g.first_surface(k))
        full = [lk for lk in by_last.get(toks[1], ())
                if lk != k and len(g.first_token(lk).rstrip(".")) > 1 and g.rules.first_letter(g.first_surface(lk)) == ini]
        cands = {g.uf.find(lk) for lk in full}
        if len(cands) > 1:
            cands = {g.uf.find(lk) for lk in full if g.docs[lk] & g.docs[k]}
        g.union_unique(cands, k)


def _only_place_kind_extra(short: tuple[str, ...], long: tuple[str, ...], rules: NameRules) -> bool:
    """The words a longer place name adds only say what kind of place it is (Mediterranean / Mediterranean Sea)."""
    extra = list(long)
    for t in short:
        if t in extra:
            extra.remove(t)
    return all(t in rules.place_kind_keys for t in extra)


def _link_short_forms(g: KeyGroups) -> None:
    """Short forms of non-person names: "Betty Ford" / "Betty Ford Center", "Chiefs" / "Kansas City Chiefs":
    the shorter key is the start or the end of exactly one longer name of the same type. Places only when the
    extra words just say what kind of place it is, since "Guinea" / "Equatorial Guinea" are different
    countries; a short form made only of generic words never links."""
    by_edge: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for lk in g.multi:
        if g.is_person(lk):
            continue
        c = g.content(lk)
        for n in range(1, len(c)):
            by_edge[c[:n]].append(lk)
            by_edge[c[-n:]].append(lk)
    for k in g.keys:
        if g.is_person(k):
            continue
        c = g.content(k)
        if not c or all(t in g.rules.generic_keys for t in c) or g.has_acronym(k):
            continue
        cands = set()
        for lk in by_edge.get(c, ()):
            if lk == k or not g.compatible(k, lk):
                continue
            if (g.types[k] in _PLACE_TYPES or g.types[lk] in _PLACE_TYPES) and \
                    not _only_place_kind_extra(c, g.content(lk), g.rules):
                continue
            cands.add(g.uf.find(lk))
        g.union_unique(cands, k)


def _cluster_type(ms: list[Occurrence], rules: NameRules) -> str:
    """Full-name mentions are the most reliably typed: they vote first (a bare surname is often tagged ORG)."""
    longest = max(len(rules.key(m.text)) for _, m in ms)
    return Counter(m.label for _, m in ms if len(rules.key(m.text)) == longest).most_common(1)[0][0]


def _build_entities(g: KeyGroups) -> list[Entity]:
    """One entity per cluster, numbered by size; sets `Mention.entity`."""
    clusters: dict[str, list[Occurrence]] = defaultdict(list)
    for k, ms in g.members.items():
        clusters[g.uf.find(k)].extend(ms)
    typed = [(_cluster_type(ms, g.rules), ms) for ms in clusters.values()]
    typed.sort(key=lambda e: (-len(e[1]), _canonical(e[1], e[0], g.rules)))
    out: list[Entity] = []
    for i, (etype, ms) in enumerate(typed, 1):
        eid = f"E{i}"
        for _, m in ms:
            m.entity = eid
        ms_sorted = sorted(ms, key=lambda dm: (dm[0].id, dm[1].start))
        out.append(Entity(
            id=eid,
            name=_canonical(ms, etype, g.rules),
            type=etype,
            aliases=sorted({m.text for _, m in ms}),
            mentions=[Span(d.id, m.start, m.end, m.text) for d, m in ms_sorted],
        ))
    return out


def group_entities(docs: list[Document], languages: tuple[str, ...] | None = None) -> list[Entity]:
    """Cluster every mention of the story into entities; sets `Mention.entity` in place.

    Every comparison is blocked by a key (last token, deletion variants, sorted letters, initials, surname), so
    the work grows with the number of distinct names, not with the square of the mentions. Names are compared
    with the word lists of `languages` (default: every available language, since names travel between
    languages: "M. Dupont" in an English report).
    """
    rules = rules_for(tuple(lang.normalise(c) for c in languages)) if languages is not None else default_rules()
    g = _key_groups(docs, rules)
    _link_spelling_variants(g)
    _link_typos(g)
    _link_plurals(g)
    _link_formal_places(g)
    _link_declared_aliases(g, docs)
    _link_acronym_initials(g)
    by_last = _persons_by_last(g)
    _link_surnames(g, by_last)
    _link_initial_surnames(g, by_last)
    _link_short_forms(g)
    return _build_entities(g)


def _canonical(ms: list[Occurrence], etype: str, rules: NameRules) -> str:
    """Most complete, most frequent correctly-typed form, without honorifics."""
    forms: Counter[str] = Counter()
    for _, m in ms:
        toks = rules.tokens(m.text)
        if not toks:
            continue
        # rebuild the surface without a leading title but keep the writer's hyphens and spelling
        start = m.text.find(toks[0])
        forms[m.text[start:] if start >= 0 else m.text] += 2 if m.label == etype else 1
    if not forms:
        return ms[0][1].text

    def rank(f: str):
        n = len(rules.tokens(f))
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


__all__ = ["KeyGroups", "declared_aliases", "group_entities", "initials", "is_acronym", "name_key", "name_tokens",
           "phonetic", "resolve_name"]
