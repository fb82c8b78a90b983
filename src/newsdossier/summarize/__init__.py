"""Extractive multi-document summary, citations with support, per-source profiles, copy families, story header.

Sentences are scored by how central they are *across* independent sources (multilingual embeddings), boosted
when they carry a dated event or a disputed figure and when other families say the same, and picked with MMR
under a word budget. A summary sentence cites another document only when that document holds a passage that
says the same thing, decided by a calibrated model (``support``: embedding cosine, shared names, figures and
content words, fitted on ECB+); copies of one original (one ``family``) count once. Modules by mechanism:
``core`` (candidates, selection, citations), ``support`` (the calibrated decision), ``families`` (copies),
``header`` (story title and dates), ``profiles`` (per-source profiles), ``abstractive`` (optional LLM pass).
"""

from __future__ import annotations

from .abstractive import abstractive, unsupported_tokens
from .core import candidate_sentences, compress, dangling, select_sentences, summarize
from .families import assign_families, find_duplicates
from .header import story_header, story_title
from .profiles import _content_words, distinctive_terms, source_profiles

__all__ = ["abstractive", "unsupported_tokens", "candidate_sentences", "compress", "dangling", "select_sentences",
           "summarize", "assign_families", "find_duplicates", "story_header", "story_title", "_content_words",
           "distinctive_terms", "source_profiles"]
