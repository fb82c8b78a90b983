"""Bare surnames ("Clinton", "Mr. Tervo"): which full name each one stands for, document by document.

Why per document: one bare surname often means different people in different reports of one story (Hillary
Clinton in one article, Bill Clinton in another). Deciding once for the whole story either glues the two
people together through the shared surname or gives up everywhere. So each document's bare mentions of a
surname are read against the full names in play:
  1. the full names with that surname (and the same generational suffix: "Trump Jr." looks only for "... Trump
     Jr.") that the same document names: exactly one -> that person; a bare "Trump" looks first at the full
     names without a suffix (a writer who names father and son calls the son "Trump Jr."), and only when the
     document has none at the ones with a suffix ("Comeaux" for the one "Arcade Comeaux Jr.");
  2. none in the document: the full names with that surname in the whole story, with or without a suffix:
     exactly one -> that person;
  3. two or more in play: the mentions stay unlinked (`Mention.entity` is None; they remain in the document's
     mentions, typed, with their offsets), rather than guessed.
A link the guard refuses (`keygroups.conflict`) leaves the mentions in their own entity.
A full name is a cluster, not a spelling: "Hillary Clinton" and "Hillary Rodham Clinton" grouped into one
entity are one candidate.

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
    suffixed: dict[str, list[str]] = defaultdict(list)  # surname -> full names with a suffix
    for (sur, suffix), lks in by_surname.items():
        if suffix:
            suffixed[sur].extend(lks)
    out: Assignments = {}
    for k in g.singles:
        sur, suffix = g.toks(k)[0], g.suffix(k)
        levels = [by_surname.get((sur, suffix), [])]
        if not suffix:  # a bare "X" is the X without a suffix when there is one, else the one "X Jr."
            levels.append(suffixed.get(sur, []))
        if not any(levels) or not reads_as_surname(g, k):
            continue
        own = g.key_profile(k)
        for doc in sorted(g.docs[k]):
            play = _in_play(g, levels, doc)
            if len(play) != 1:
                out[(k, doc)] = None
                continue
            (full,) = play.values()
            if conflict(own, g.profiles[g.find(full)], g.rules) is None:
                out[(k, doc)] = full
            else:  # the guard's reasons hold here too: the mentions keep their own entity
                g.refused["bare-surname-vs-full-name"] += 1
    return out


def _in_play(g: KeyGroups, levels: list[list[str]], doc: str) -> dict[str, str]:
    """The candidate clusters in play: in the document, the first level that has any; else all of the story's
    (across documents, which of father and son a bare name means is not known)."""
    for fulls in levels:
        found = _clusters(g, [lk for lk in fulls if doc in g.docs[lk]])
        if found:
            return found
    return _clusters(g, [lk for fulls in levels for lk in fulls])


def _clusters(g: KeyGroups, keys: list[str]) -> dict[str, str]:
    """Cluster root -> one of the given keys in it."""
    return {g.find(lk): lk for lk in keys}


__all__ = ["Assignments", "reads_as_surname", "resolve_bare_surnames", "surname_candidates"]
