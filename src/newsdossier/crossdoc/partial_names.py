"""Bare surnames ("Quell", "Mr. Tervo"): which full name each one stands for, document by document.

Why per document: one bare surname often means different people in different reports of one story (Marta
Quell in one article, Tomas Quell in another). Deciding once for the whole story either glues the two
people together through the shared surname or gives up everywhere. So each document's bare mentions of a
surname are read against the full names in play, those with that surname and the same generational suffix
("Quell Jr." looks only for "... Quell Jr.", a bare "Quell" only for full names without a suffix: a suffix
names another person, and a bare surname does not say it is the son's):
  1. such full names that the same document names: exactly one -> that person;
  2. none in the document: such full names in the whole story: exactly one -> that person;
  3. two or more in play: the mentions stay unlinked (`Mention.entity` is None; they remain in the document's
     mentions, typed, with their offsets), rather than guessed.
A link the guard refuses (`keygroups.conflict`) leaves the mentions in their own entity.
A full name is a cluster, not a spelling: "Marta Quell" and "Marta Lind Quell" grouped into one entity are
one candidate.

Which single-token names are read as surnames: those some mention labels PERSON, or whose vote is ORG/OTHER
(NER tags an unfamiliar surname an organisation); never initials ("U.N.", "NASA"; a long word in capitals,
"GARLAND" in a transcript, is a name). A name that is nobody's surname in the story keeps its own entity.
"""

from __future__ import annotations

from collections import defaultdict

from ..config import current
from .keygroups import KeyGroups, conflict
from .names import is_acronym

# (key, document id) -> the key of the full name its mentions join there, or None: left out of every entity
Assignments = dict[tuple[str, str], str | None]


def surname_candidates(g: KeyGroups) -> dict[tuple[str, str], list[str]]:
    """(surname, suffix) -> the full person names (keys of two tokens or more) that end with it."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for lk in g.multi:
        if g.is_person(lk):
            out[(g.toks(lk)[-1], g.suffix(lk))].append(lk)
    return out


def reads_as_surname(g: KeyGroups, k: str) -> bool:
    return (g.votes[k]["PERSON"] > 0 or g.types[k] in {"ORG", "OTHER"}) and not _written_as_initials(g, k)


def _written_as_initials(g: KeyGroups, k: str) -> bool:
    """Some mention writes the name as initials: capitals with dots ("U.N.") or a short run of capitals ("UN",
    "NASA"). A longer word in capitals ("GARLAND" in a transcript or a headline) is a name in capitals."""
    limit = current().entities.acronym_max_letters
    return any(is_acronym(m.text) and ("." in m.text or len(m.text) <= limit) for _, m in g.members[k])


def resolve_bare_surnames(g: KeyGroups) -> Assignments:
    """Where the bare mentions of each surname go, document by document (see the module docstring)."""
    by_surname = surname_candidates(g)
    out: Assignments = {}
    for k in g.singles:
        fulls = by_surname.get((g.toks(k)[0], g.suffix(k)), [])
        if not fulls or not reads_as_surname(g, k):
            continue
        own = g.key_profile(k)
        for doc in sorted(g.docs[k]):
            play = _in_play(g, fulls, doc)
            if len(play) != 1:
                out[(k, doc)] = None
                continue
            (full,) = play.values()
            if conflict(own, g.profiles[g.find(full)], g.rules) is None:
                out[(k, doc)] = full
            else:  # the guard's reasons hold here too: the mentions keep their own entity
                g.refused["bare-surname-vs-full-name"] += 1
    return out


def _in_play(g: KeyGroups, fulls: list[str], doc: str) -> dict[str, str]:
    """The candidate clusters in play: those the document names, else all of the story's."""
    return _clusters(g, [lk for lk in fulls if doc in g.docs[lk]]) or _clusters(g, fulls)


def _clusters(g: KeyGroups, keys: list[str]) -> dict[str, str]:
    """Cluster root -> one of the given keys in it."""
    return {g.find(lk): lk for lk in keys}


__all__ = ["Assignments", "reads_as_surname", "resolve_bare_surnames", "surname_candidates"]
