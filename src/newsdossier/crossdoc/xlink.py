"""Cross-lingual entity linking: one id for one entity across documents, languages and scripts.

Why: a multilingual pile names one person or place in several languages and two scripts ("Brusela",
"Брюсел"); the dossier (and the BSNLP task's linking scores) needs them as one entity. Items are compared by
their base forms, never their inflected surfaces, so the work is the names' spelling across languages:

1. A *key* per base form: its name tokens (`crossdoc.names` NameRules: titles off) transliterated to Latin by
   anyascii and folded phonetically (the project's name folding), so scripts and transliteration schemes meet.
2. Same type, same key: one node. Type agreement is required throughout: a country and a football club may
   share a name, not a type.
3. Spelling variants across languages: two nodes of one type with as many tokens, the same first letter and
   every token pair close (Jaro-Winkler >= `TOKEN_SIM` on folded tokens, or one a prefix of the other of at
   least `MIN_STEM` letters: the languages add their own endings to one stem) are merged.
4. A person named by the surname alone is the person whose full name ends in it, when one such full name is
   the clear majority (`SURNAME_DOMINANCE`): news names a person in full first, then by the surname. Another
   one-word name is, within a document, the one multi-word name of its type that begins or ends with it.
5. An acronym (all capitals, 2-6 letters) is the multi-word name of the same language whose initials it is.

Ids are the type and the key of the component's most frequent node (ties: the smallest key), so they depend on
the items, not on their order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler

from .names import default_rules

TOKEN_SIM = 0.88
MIN_STEM = 4
SURNAME_DOMINANCE = 2.0  # the top full name needs this many times the uses of the next one


@dataclass(frozen=True)
class LinkItem:
    doc: str
    lang: str
    form: str
    base: str
    type: str


def name_key(base: str) -> tuple[str, ...]:
    """The folded tokens of a base form (Latin, lower case, phonetic); the plain transliteration when the name
    rules leave nothing (a name made only of title words)."""
    key = default_rules().key(base)
    if key:
        return key
    plain = "".join(c for c in anyascii(base).lower() if c.isalnum())
    return (plain,) if plain else ()


def _tokens_close(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[:1] != b[:1]:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) >= MIN_STEM and long_.startswith(short):
        return True
    return JaroWinkler.similarity(a, b) >= TOKEN_SIM


def _keys_close(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return len(a) == len(b) and all(_tokens_close(x, y) for x, y in zip(a, b))


class _Union:
    def __init__(self, nodes) -> None:
        self.parent = {n: n for n in nodes}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # order-free: the smaller root wins


def _acronym(form: str) -> str | None:
    letters = "".join(c for c in form if c.isalpha())
    return letters if 2 <= len(letters) <= 6 and letters.isupper() and letters == form.strip() else None


def link(items: list[LinkItem] | list[tuple]) -> list[str]:
    """One entity id per item (doc, lang, form, base, type), in the items' order."""
    items = [x if isinstance(x, LinkItem) else LinkItem(*x) for x in items]
    node_of = [(it.type, name_key(it.base) or (it.base.lower(),)) for it in items]
    uses = Counter(node_of)
    nodes = sorted(uses)
    uf = _Union(nodes)

    # 3. spelling variants: blocked by type, token count and first letter
    blocks: dict[tuple, list] = defaultdict(list)
    for n in nodes:
        blocks[(n[0], len(n[1]), n[1][0][:1])].append(n)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if _keys_close(a[1], b[1]):
                    uf.join(a, b)

    # 4. a surname alone -> the dominant full name ending in it
    full_by_last: dict[str, Counter] = defaultdict(Counter)
    for n in nodes:
        if n[0] == "PER" and len(n[1]) > 1:
            full_by_last[n[1][-1]][uf.find(n)] += uses[n]
    for n in nodes:
        if n[0] == "PER" and len(n[1]) == 1 and n[1][0] in full_by_last:
            ranked = sorted(full_by_last[n[1][0]].items(), key=lambda kv: (-kv[1], kv[0]))
            if len(ranked) == 1 or ranked[0][1] >= SURNAME_DOMINANCE * ranked[1][1]:
                uf.join(n, ranked[0][0])

    # 4b. within one document, a one-word name of another type than PER is the multi-word name of that type whose
    # first or last word it is, when exactly one such name is in the document: news shortens a name it gave in
    # full to its head or its proper part ("the Union", "Britain") once the reader knows it
    by_doc: dict[str, set] = defaultdict(set)
    for it, n in zip(items, node_of):
        by_doc[it.doc].add(n)
    for doc in sorted(by_doc):
        ns = by_doc[doc]
        for n in sorted(ns):
            if n[0] == "PER" or len(n[1]) != 1:
                continue
            hosts = {m for m in ns if m[0] == n[0] and len(m[1]) > 1 and n[1][0] in (m[1][0], m[1][-1])}
            if len({uf.find(m) for m in hosts}) == 1:
                uf.join(n, sorted(hosts)[0])

    # 5. acronyms -> the multi-word name of the same language and type whose initials they are
    initials: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for it, n in zip(items, node_of):
        toks = [t for t in it.base.split() if t[:1].isalpha()]
        if len(toks) > 1:
            initials[(it.lang, it.type, "".join(t[0] for t in toks).upper())][n] += 1
            caps = "".join(t[0] for t in toks if t[:1].isupper()).upper()
            if len(caps) > 1:
                initials[(it.lang, it.type, caps)][n] += 1
    for it, n in zip(items, node_of):
        acr = _acronym(it.form)
        if acr and (it.lang, it.type, acr) in initials:
            target = sorted(initials[(it.lang, it.type, acr)].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            uf.join(n, target)

    # ids: the type and key of each component's most used node
    members: dict[tuple, list] = defaultdict(list)
    for n in nodes:
        members[uf.find(n)].append(n)
    name_of = {}
    for ns in members.values():
        top = sorted(ns, key=lambda n: (-uses[n], n))[0]
        ident = f"{top[0]}-{'-'.join(top[1])}"
        for n in ns:
            name_of[n] = ident
    return [name_of[n] for n in node_of]


__all__ = ["LinkItem", "link", "name_key"]
