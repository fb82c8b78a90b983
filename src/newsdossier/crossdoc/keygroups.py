"""The story's mentions grouped by identical name key, and the guarded union of those groups into entities.

Why a guard: each link step (spelling variants, aliases, acronyms, surnames ...) looks at two names at a time,
so a chain of plausible links can join two people or a city and a wire agency that no single step would have
joined. Every union therefore goes through `KeyGroups.union`, which compares the two clusters as wholes
(`conflict`) and refuses the merge when they cannot be one entity:
  - their mention-type votes say one is a place and the other an organisation, person or nationality (each
    cluster's GPE/LOC labels against its ORG/PERSON/NORP labels, so one mislabelled mention does not decide);
  - they name people with different generational suffixes ("X Jr." / "X" / "X III");
  - they hold two full names of one surname whose given names disagree (`names.given_names_agree`), or two
    full names whose surnames differ.
A refused merge is counted by reason (`KeyGroups.refused`), so an evaluation can say what the guard did.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz.distance import JaroWinkler

from ..config import current
from ..disjoint import DisjointSets
from ..model import Document, Mention
from .names import NameParts, NameRules, given_names_agree, is_acronym

Occurrence = tuple[Document, Mention]
PLACE_TYPES = frozenset({"GPE", "LOC"})
_NOT_PLACES = frozenset({"ORG", "PERSON", "NORP"})  # what a place never merges with
_PLACE, _NOT_PLACE = "PLACE", "NOT_PLACE"


@dataclass(frozen=True)
class FullName:
    """A person's full name as the guard compares it: given name (as written and folded), surname, suffix."""

    given_raw: str
    given: str
    surname: str
    suffix: str
    whole: str = ""  # the folded tokens without spaces or hyphens: "Ana-Lucia X" and "Analucia X" are one name


@dataclass
class Profile:
    """What the guard knows of one cluster: its mentions' labels, its people's full names and suffixes."""

    votes: Counter = field(default_factory=Counter)
    people: set[FullName] = field(default_factory=set)
    suffixes: set[str] = field(default_factory=set)  # of its person-labelled names; "" for none

    def merged(self, other: "Profile") -> "Profile":
        return Profile(self.votes + other.votes, self.people | other.people, self.suffixes | other.suffixes)


def vote_kind(votes: Counter) -> str | None:
    """PLACE when the mentions' place labels (GPE, LOC) outnumber their ORG, PERSON and NORP labels, NOT_PLACE
    when those outnumber the places, None on a tie or without either (OTHER, EVENT ... count for neither)."""
    places = sum(n for label, n in votes.items() if label in PLACE_TYPES)
    others = sum(n for label, n in votes.items() if label in _NOT_PLACES)
    if places == others:
        return None
    return _PLACE if places > others else _NOT_PLACE


def _same_surname(a: str, b: str) -> bool:
    return a == b or JaroWinkler.similarity(a, b) >= current().entities.variant_similarity


def conflict(a: Profile, b: Profile, rules: NameRules) -> str | None:
    """Why two clusters cannot be one entity, or None when nothing stands against it."""
    if {vote_kind(a.votes), vote_kind(b.votes)} == {_PLACE, _NOT_PLACE}:
        return "place-vs-non-place"
    if len(a.suffixes | b.suffixes) > 1:
        return "generational-suffix"
    for p in a.people:
        for q in b.people:
            if p.whole == q.whole and p.suffix == q.suffix:
                continue
            if not _same_surname(p.surname, q.surname):
                return "different-surnames"
            if p.suffix == q.suffix and not given_names_agree(p.given_raw, p.given, q.given_raw, q.given, rules):
                return "given-names-disagree"
    return None


def group_key(parts: NameParts) -> str:
    """One string per name: its folded tokens, and its generational suffix after a '+' ("tove quenby+jr")."""
    return " ".join(parts.tokens) + (f"+{parts.suffix}" if parts.suffix else "")


@dataclass
class KeyGroups:
    """The story's mentions grouped by identical name key, with what every link step asks of a key."""

    members: dict[str, list[Occurrence]]
    rules: NameRules
    parts: dict[str, NameParts]
    votes: dict[str, Counter] = field(default_factory=dict)  # key -> labels of its mentions
    types: dict[str, str] = field(default_factory=dict)  # key -> the story-level type vote
    docs: dict[str, set[str]] = field(default_factory=dict)  # key -> ids of the documents naming it
    uf: DisjointSets = field(default_factory=DisjointSets)
    profiles: dict[str, Profile] = field(default_factory=dict)  # cluster root -> its profile
    refused: Counter = field(default_factory=Counter)  # reason -> merges the guard refused

    def __post_init__(self) -> None:
        self.votes = {k: Counter(m.label for _, m in ms) for k, ms in self.members.items()}
        self.types = {k: v.most_common(1)[0][0] for k, v in self.votes.items()}
        self.docs = {k: {d.id for d, _ in ms} for k, ms in self.members.items()}
        for k in self.members:
            self.uf.find(k)
            self.profiles[k] = self.key_profile(k)
        self.keys = sorted(self.members, key=lambda k: (-len(self.toks(k)), k))
        self.multi = [k for k in self.keys if len(self.toks(k)) >= 2]
        self.singles = [k for k in self.keys if len(self.toks(k)) == 1]

    def toks(self, k: str) -> tuple[str, ...]:
        return self.parts[k].tokens

    def suffix(self, k: str) -> str:
        return self.parts[k].suffix

    def key_profile(self, k: str) -> Profile:
        """The guard's view of one key alone: a person-labelled full name (two tokens or more) contributes its
        suffix ("" for none), given name and surname; a bare name only its suffix, when it has one ("X Jr.")."""
        votes = self.votes[k]
        prof = Profile(votes=Counter(votes))
        toks = self.toks(k)
        if votes["PERSON"] and (len(toks) >= 2 or self.suffix(k)):  # a bare "X" says nothing of a suffix
            prof.suffixes.add(self.suffix(k))
            if len(toks) >= 2 and not is_acronym(self.first_surface(k)):
                prof.people.add(FullName(self.first_token(k), toks[0], toks[-1], self.suffix(k), "".join(toks)))
        return prof

    def find(self, k: str) -> str:
        return self.uf.find(k)

    def union(self, a: str, b: str) -> bool:
        """Join the clusters of a and b unless the guard finds them incompatible; True when joined."""
        ra, rb = self.uf.find(a), self.uf.find(b)
        if ra == rb:
            return True
        reason = conflict(self.profiles[ra], self.profiles[rb], self.rules)
        if reason:
            self.refused[reason] += 1
            return False
        self.uf.join(ra, rb)
        self.profiles[ra] = self.profiles[ra].merged(self.profiles.pop(rb))
        return True

    def is_person(self, k: str) -> bool:
        return self.types[k] == "PERSON"

    def compatible(self, a: str, b: str) -> bool:
        ta, tb = self.types[a], self.types[b]
        return ta == tb or (ta in PLACE_TYPES and tb in PLACE_TYPES)

    def has_acronym(self, k: str) -> bool:
        return any(is_acronym(m.text) for _, m in self.members[k])

    def first_surface(self, k: str) -> str:
        return self.members[k][0][1].text

    def first_token(self, k: str) -> str:
        toks = self.rules.tokens(self.first_surface(k))
        return toks[0] if toks else ""

    def content(self, k: str) -> tuple[str, ...]:
        return self.rules.content(self.toks(k))

    def union_unique(self, candidates: set[str], k: str) -> None:
        """Link k to the one candidate cluster, if there is exactly one."""
        if len(candidates) == 1:
            self.union(candidates.pop(), k)


def key_groups(docs: list[Document], rules: NameRules) -> KeyGroups:
    """Mentions grouped by identical folded key and suffix; a mention without any name token gets no entity.
    A mention with a base form (`Mention.base`, set by analysis in inflecting languages) is keyed by it, so
    "Tomaszowi Wierzbickiemu" and "Tomasz Wierzbicki" (one person in two cases) start in one group."""
    groups: dict[str, list[Occurrence]] = defaultdict(list)
    parts: dict[str, NameParts] = {}
    for d in docs:
        for m in d.mentions:
            p = rules.parts(m.base or m.text)
            if p.tokens:
                key = group_key(p)
                groups[key].append((d, m))
                parts[key] = p
            else:
                m.entity = None
    return KeyGroups(groups, rules, parts)


__all__ = ["FullName", "KeyGroups", "Occurrence", "PLACE_TYPES", "Profile", "conflict", "group_key", "key_groups",
           "vote_kind"]
