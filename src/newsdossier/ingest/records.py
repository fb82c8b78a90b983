"""JSON Lines on standard input (`newsdossier ingest -`): one record per line, read as it arrives.

Why a stream: an export piped from another tool can be larger than memory; each line becomes one document
(or one document carrying its error) the moment it is read.
"""

from __future__ import annotations

from typing import BinaryIO, Iterator

from ..model import Document
from . import decode_bytes, line_document

STDIN_NAME = "stdin"  # id stem and path of records read from standard input ("stdin:3" is its third line)


def stdin_documents(source: BinaryIO, seen: set[str]) -> Iterator[Document]:
    """One document per non-blank line of `source` (bytes; each line decoded on its own)."""
    for lineno, raw in enumerate(source, 1):
        line, _ = decode_bytes(raw)
        if not line.strip():
            continue
        yield line_document(STDIN_NAME, STDIN_NAME, lineno, line, seen)
