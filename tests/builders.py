"""Small builders shared by the unit tests: documents with hand-placed layers and stand-ins for the encoder.

They build inputs only; no test's expectations live here.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from newsdossier.model import Document, Mention, Sentence


def _bucket(word: str, dim: int) -> int:
    return int(hashlib.md5(word.encode()).hexdigest(), 16) % dim


def hashed_embed(texts):
    """Deterministic hashed bag of words (split on spaces, commas and stops), 128 wide, L2-normalised."""
    out = np.zeros((len(texts), 128), dtype=np.float32)
    for i, t in enumerate(texts):
        for w in t.lower().replace(",", " ").replace(".", " ").split():
            out[i, _bucket(w, 128)] += 1
    n = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(n, 1e-9)


def bow_embed(texts):
    """A deterministic stand-in for the sentence encoder: hashed bag of lower-cased words, 256 wide."""
    out = np.zeros((len(texts), 256), dtype=np.float32)
    for i, t in enumerate(texts):
        for w in re.findall(r"\w+", t.lower()):
            out[i, _bucket(w, 256)] += 1.0
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def doc_with_mentions(doc_id: str, text: str, names: list[tuple[str, str]]) -> Document:
    """A document whose mentions are the given (surface, label) pairs, found left to right in the text."""
    d = Document(id=doc_id, text=text)
    pos = 0
    for surface, label in names:
        i = text.index(surface, pos)
        d.mentions.append(Mention(i, i + len(surface), surface, label))
        pos = i + len(surface)
    return d


def sentence_doc(doc_id: str, text: str, published: str = "2025-03-04", title: str | None = None) -> Document:
    """An English document split into sentences at . ! ? (leading spaces outside the sentence)."""
    d = Document(id=doc_id, text=text, published=published, language="en", title=title)
    for m in re.finditer(r"[^.!?\n]+[.!?]", text):
        s, e = m.start(), m.end()
        while text[s].isspace():
            s += 1
        d.sentences.append(Sentence(s, e, text[s:e]))
    return d
