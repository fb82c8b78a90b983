"""Group entity mentions across documents: one person or body, however each outlet spells it.

Merges need evidence beyond string similarity: type agreement (voted over the whole
story), transliteration-folded keys, a unique surname candidate, or an alias the text
itself declares ("X (Y)", "X (Russian: Y, Polish: Z)", "X, known as Y").

The grouping is a sequence of named links over groups of identical name keys (`keygroups.KeyGroups`; a key
keeps a generational suffix apart: "X Jr." is not "X"), each step one mechanism: spelling variants, typos,
plurals, formal place names, declared aliases, acronym initials, fuller names, initial + surname, cut-short
surnames, short forms, one entity per name. Later steps see the unions of earlier ones (a candidate counts
clusters, not keys), so the order is part of the behaviour. Every union passes one guard (`keygroups.conflict`:
a place never joins an organisation or person, suffixes and given names must agree), whatever step asks for
it. Bare surnames come last, document by document (`partial_names`): joined to the one full name in play, or
left out of every entity when two or more are.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from rapidfuzz.distance import OSA

from .. import lang
from ..config import current
from ..model import Document, Entity, Span
from .aliases import declared_aliases
from .keygroups import PLACE_TYPES, KeyGroups, Occurrence, group_key, key_groups, vote_kind
from .names import NameRules, default_rules, given_names_agree, initials, is_acronym, is_initial, loose_token, \
    name_key, name_tokens, phonetic, rules_for, spelling_variant
from .partial_names import Assignments, reads_as_surname, resolve_bare_surnames, surname_candidates

_PLACE_TYPES = PLACE_TYPES
_ACRONYM_TYPES = {"ORG", "OTHER", "EVENT", "GPE", "LOC"}  # long names that writers abbreviate to initials


def _link_spelling_variants(g: KeyGroups) -> None:
    """Multi-token names: same token count and suffix, each token a spelling variant after folding (Aleksandr
    Żenya / Alexandr Zhenya)."""
    by_last: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in g.multi:
        by_last[(g.toks(k)[-1], g.suffix(k))].append(k)
    for block in by_last.values():
        for i, a in enumerate(block):
            ta = g.toks(a)
            for b in block[i + 1:]:
                tb = g.toks(b)
                if len(ta) == len(tb) and g.compatible(a, b) and all(spelling_variant(x, y) for x, y in zip(ta, tb)):
                    g.union(a, b)


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
                    g.union(b, a)
    for block in by_letters.values():
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if a[0] == b[0] and g.compatible(a, b) and OSA.distance(a, b) <= cfg.typo_max_edits:
                    g.union(a, b)


def _link_plurals(g: KeyGroups) -> None:
    """Non-person names that differ only by a plural on the last word (Kestrels / Kestrel)."""
    by_loose: dict[str, list[str]] = defaultdict(list)
    for k in g.keys:
        if not g.is_person(k):
            toks = g.toks(k)
            by_loose[" ".join(toks[:-1] + (loose_token(toks[-1]),)) + "+" + g.suffix(k)].append(k)
    for block in by_loose.values():
        for b in block[1:]:
            if g.compatible(block[0], b):
                g.union(block[0], b)


def _link_formal_places(g: KeyGroups) -> None:
    """"Republic of X", "State of X" name the place X."""
    for k in g.multi:
        toks = g.toks(k)
        if g.types[k] in _PLACE_TYPES and toks[-1] in g.members and g.types[toks[-1]] in _PLACE_TYPES \
                and all(t in g.rules.generic_place_keys for t in toks[:-1]):
            g.union(toks[-1], k)


def _link_declared_aliases(g: KeyGroups, docs: list[Document]) -> None:
    """Aliases a document declares ("X (Russian: Y, Polish: Z)"), when both names are mentions of the story."""
    for d in docs:
        for long, short in declared_aliases(d.text, g.rules):
            lk, sk = group_key(g.rules.parts(long)), group_key(g.rules.parts(short))
            if lk in g.members and sk in g.members:
                g.union(lk, sk)


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
        cands = {g.find(lk) for lk in by_initials.get(acr, ()) if g.compatible(lk, k)
                 or g.types[k] in {"ORG", "OTHER"} and g.types[lk] in {"ORG", "OTHER", "EVENT"}}
        g.union_unique(cands, k)


def _persons_by_last(g: KeyGroups) -> dict[str, list[str]]:
    """Surname -> the full person names ending with it (suffixed names apart: "X Jr." is not a candidate for
    "T. X")."""
    out: dict[str, list[str]] = defaultdict(list)
    for (last, suffix), lks in surname_candidates(g).items():
        if not suffix:
            out[last].extend(lks)
    return out


def _link_cut_surnames(g: KeyGroups, by_last: dict[str, list[str]]) -> None:
    """A surname cut short in translated text ("Ivanenk" for "Ivanenko"), when no full name has it whole: the
    one full person name whose surname it begins, by a long-enough prefix and share of the surname."""
    cfg = current().entities
    n = cfg.surname_prefix
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for last, lks in by_last.items():
        for lk in lks:
            by_prefix[last[:n]].append(lk)
    for k in g.singles:
        tok = g.toks(k)[0]
        if g.suffix(k) or tok in by_last or len(tok) < n or not g.votes[k]["PERSON"] or g.has_acronym(k):
            continue
        cands = {g.find(lk) for lk in by_prefix.get(tok[:n], ()) if g.toks(lk)[-1].startswith(tok)
                 and len(tok) >= cfg.surname_prefix_share * len(g.toks(lk)[-1])}
        g.union_unique(cands, k)


def _may_be_fuller(g: KeyGroups, k: str, lk: str) -> bool:
    """k and lk (same surname and suffix) can name one person: first given names that agree, and the shorter
    name's middle names all among the longer one's. Initials are the business of `_link_initial_surnames`."""
    if len(g.toks(k)) > len(g.toks(lk)):
        k, lk = lk, k
    tk, tl = g.toks(k), g.toks(lk)
    return not is_initial(g.first_token(k)) and not is_initial(g.first_token(lk)) and \
        given_names_agree(g.first_token(k), tk[0], g.first_token(lk), tl[0], g.rules) and set(tk[1:-1]) <= set(tl[1:-1])


def _link_fuller_names(g: KeyGroups) -> None:
    """One person written with more or other given names: "Marit Quenby" / "Marit Halle Quenby",
    "Bill Quenby" / "William Quenby" (`_may_be_fuller`). Among the names of one surname, a name compatible
    with two that are not compatible with each other ("Dori Smith" with Dorin and Dorina Smith) is
    ambiguous and links to neither; the rest link where every name of a connected group fits every other."""
    for block in surname_candidates(g).values():
        if len(block) < 2:
            continue
        near = {k: {lk for lk in block if lk != k and (g.find(lk) == g.find(k) or _may_be_fuller(g, k, lk))}
                for k in block}
        ambiguous = {k for k, ns in near.items() if any(b not in near[a] for a in ns for b in ns if a != b)}
        seen: set[str] = set()
        for k in block:
            if k in ambiguous or k in seen:
                continue
            comp, todo = set(), [k]
            while todo:
                x = todo.pop()
                if x not in comp:
                    comp.add(x)
                    todo.extend(n for n in near[x] if n not in ambiguous)
            seen |= comp
            if len(comp) > 1 and all(b in near[a] for a in comp for b in comp if a != b):
                first, *rest = sorted(comp)
                for x in rest:
                    g.union(first, x)


def _link_initial_surnames(g: KeyGroups, by_last: dict[str, list[str]]) -> None:
    """"T. Verhoeven" for "Tomas Verhoeven": an initial and a surname link when exactly one full person name
    with that surname has a first name starting with that letter (read from the surface: the phonetic key
    may change a first letter, J -> i)."""
    for k in g.multi:
        toks = g.toks(k)
        if len(toks) != 2 or g.suffix(k) or not g.is_person(k) or not is_initial(g.first_token(k)):
            continue
        ini = g.rules.first_letter(g.first_surface(k))
        full = [lk for lk in by_last.get(toks[1], ())
                if lk != k and len(g.first_token(lk).rstrip(".")) > 1 and g.rules.first_letter(g.first_surface(lk)) == ini]
        cands = {g.find(lk) for lk in full}
        if len(cands) > 1:
            cands = {g.find(lk) for lk in full if g.docs[lk] & g.docs[k]}
        g.union_unique(cands, k)


def _only_place_kind_extra(short: tuple[str, ...], long: tuple[str, ...], rules: NameRules) -> bool:
    """The words a longer place name adds only say what kind of place it is (Mediterranean / Mediterranean Sea)."""
    extra = list(long)
    for t in short:
        if t in extra:
            extra.remove(t)
    return all(t in rules.place_kind_keys for t in extra)


def _link_short_forms(g: KeyGroups, surnames: set[str]) -> None:
    """Short forms of non-person names: "Ilse Dravnik" / "Ilse Dravnik Center", "Kestrels" / "Olbeck City Kestrels":
    the shorter key is the start or the end of exactly one longer name of the same type. Places only when the
    extra words just say what kind of place it is, since "Guinea" / "Equatorial Guinea" are different
    countries; a short form made only of generic words never links, nor a person's surname (read per document
    by `partial_names`: "Dravnik" tagged ORG is not a short form of "Dravnik Organization")."""
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
        if len(g.toks(k)) == 1 and not g.suffix(k) and g.toks(k)[0] in surnames and reads_as_surname(g, k):
            continue
        cands = set()
        for lk in by_edge.get(c, ()):
            if lk == k or not g.compatible(k, lk):
                continue
            if (g.types[k] in _PLACE_TYPES or g.types[lk] in _PLACE_TYPES) and \
                    not _only_place_kind_extra(c, g.content(lk), g.rules):
                continue
            cands.add(g.find(lk))
        g.union_unique(cands, k)


def _cluster_type(ms: list[Occurrence], rules: NameRules) -> str:
    """A vote over the mentions' NER labels, full names first: the mentions of the most complete forms decide
    (they are the most reliably typed; a bare surname is often tagged ORG), then all mentions; a tie left
    between PERSON and another label goes to the other label, since PERSON is what makes an entity a speaker."""
    longest = max(len(rules.key(m.text)) for _, m in ms)
    for votes in (Counter(m.label for _, m in ms if len(rules.key(m.text)) == longest),
                  Counter(m.label for _, m in ms)):
        top = votes.most_common()
        if len(top) == 1 or top[0][1] > top[1][1]:
            return top[0][0]
    best = max(votes.values())
    return min((label for label, n in votes.items() if n == best), key=lambda lab: (lab == "PERSON", lab))


def _merge_same_names(g: KeyGroups) -> None:
    """One multi-word name never stands in two entities of one type: names that are the same once their spaces
    and hyphens are set aside ("Anna-Liisa X" / "Annaliisa X") and have the same suffix and type vote are
    joined (through the guard, so a given-name or suffix conflict still keeps them apart)."""
    by_name: dict[tuple[str, str, str | None], list[str]] = defaultdict(list)
    for k in g.multi:
        by_name[("".join(g.toks(k)), g.suffix(k), vote_kind(g.votes[k]))].append(k)
    for block in by_name.values():
        for k in block[1:]:
            g.union(block[0], k)


def _build_entities(g: KeyGroups, assigned: Assignments) -> list[Entity]:
    """One entity per cluster, numbered by size; sets `Mention.entity`. A bare surname's mentions go where
    `assigned` says for their document: to a full name's entity, or (None) to no entity."""
    clusters: dict[str, list[Occurrence]] = defaultdict(list)
    for k, ms in g.members.items():
        for d, m in ms:
            target = assigned.get((k, d.id), k)
            if target is None:
                m.entity = None
            else:
                clusters[g.find(target)].append((d, m))
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
    languages: "M. Dupont" in an English report). Every union passes the guard (`keygroups.conflict`); bare
    surnames are read last, per document, against the clusters the other steps made (`partial_names`).
    """
    rules = rules_for(tuple(lang.normalise(c) for c in languages)) if languages is not None else default_rules()
    g = key_groups(docs, rules)
    _link_spelling_variants(g)
    _link_typos(g)
    _link_plurals(g)
    _link_formal_places(g)
    _link_declared_aliases(g, docs)
    _link_acronym_initials(g)
    _link_fuller_names(g)
    by_last = _persons_by_last(g)
    _link_initial_surnames(g, by_last)
    _link_cut_surnames(g, by_last)
    _link_short_forms(g, set(by_last))
    _merge_same_names(g)
    return _build_entities(g, resolve_bare_surnames(g))


def _canonical(ms: list[Occurrence], etype: str, rules: NameRules) -> str:
    """Most complete, most frequent correctly-typed form, without honorifics; in an inflecting language the
    base form analysis gave (`Mention.base`: "Wierzbicki", not the dative "Wierzbickiemu" it was written in)."""
    forms: Counter[str] = Counter()
    for _, m in ms:
        written = m.base or m.text
        toks = rules.tokens(written)
        if not toks:
            continue
        # rebuild the surface without a leading title but keep the writer's hyphens and spelling
        start = written.find(toks[0])
        forms[written[start:] if start >= 0 else written] += 2 if m.label == etype else 1
    if not forms:
        return ms[0][1].text

    def rank(f: str):
        n = len(rules.tokens(f))
        if etype in _PLACE_TYPES:  # places: the usual short form, not "Republic of ..."
            return (not is_acronym(f), forms[f], -n, len(f))
        return (not is_acronym(f), n if n <= 4 else 0, forms[f], len(f))

    return max(forms, key=rank)


def resolve_name(entities: list[Entity], name: str, *, doc: str | None = None) -> Entity | None:
    """The entity a written name refers to ('Mr Halloran' -> the 'Rita Halloran' entity), if unique.

    A full name: the one entity with that name among its aliases. A bare surname: read as grouping reads it
    (`partial_names`): the one person entity with a full name of that surname (and suffix) in the document,
    else in the story; two or more in play -> None. A single name that is nobody's surname: the one entity
    with it among its aliases."""
    rules = default_rules()
    parts = rules.parts(name)
    if not parts.tokens:
        return None
    if len(parts.tokens) == 1:
        full = [e for e in entities if e.type == "PERSON" and any(
            len(p.tokens) > 1 and p.tokens[-1] == parts.tokens[0] and p.suffix == parts.suffix
            for p in map(rules.parts, e.aliases))]
        if full:
            in_doc = [e for e in full if doc is not None and any(m.doc == doc for m in e.mentions)]
            play = in_doc or full
            return play[0] if len(play) == 1 else None
    exact = [e for e in entities if any(rules.parts(a) == parts for a in e.aliases)]
    return exact[0] if len(exact) == 1 else None


__all__ = ["KeyGroups", "declared_aliases", "group_entities", "initials", "is_acronym", "name_key", "name_tokens",
           "phonetic", "resolve_name"]
