"""Tuning and check parts of a benchmark split, fixed by a hash of each item's name.

Why: a rule written while reading errors of a data set fits that set. Every data set we tune on is cut
in two by a hash of the file (or article) name, so the cut never changes and needs no list: the tuning
part is where error examples come from; the check part is scored but its examples are never shown, so
a figure on it says how a change does on text nobody read.
"""

from __future__ import annotations

import hashlib

PARTS = ("tune", "check")


def part_of(name: str) -> str:
    """'tune' or 'check' for an item name (a file stem); about half each, stable across runs and machines."""
    return PARTS[hashlib.sha256(name.encode("utf-8")).digest()[0] % 2]


def select(items, name_of, part: str):
    """The items of one part ('tune', 'check') or all of them ('all')."""
    if part in (None, "", "all"):
        return list(items)
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r} (expected all, tune or check)")
    return [x for x in items if part_of(name_of(x)) == part]


def add_part_argument(p) -> None:
    p.add_argument("--part", choices=("all", "tune", "check"), default="all",
                   help="score only the tuning or the check half (fixed by a hash of the file name); "
                        "error examples always come from the tuning half")


__all__ = ["PARTS", "part_of", "select", "add_part_argument"]
