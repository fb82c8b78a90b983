"""Language data, one package per language, asked for by concept: `lang.get("en").speech_verbs`.

Why: word lists kept inside the code that uses them drift apart (speech verbs in three places, titles in
two) and make every new language a hunt through the code. Here each language is a package `lang/<code>/`
of topic modules (`speech`, `names`, `time`, `numbers`, `boilerplate`, `words`); every concept is one
upper-case module-level name in exactly one of them, with a note on where the list came from. Code never
keeps a list of its own: it asks `get(code).<concept in lower case>`.

English is the reference: it defines every concept. A language that lacks a concept answers an empty
container of the same kind (so an unknown or unsupported language yields less output, never English
rules applied to another language); a concept nobody defines is an AttributeError (a typo, not a gap).
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import lru_cache
from pathlib import Path

TOPICS = ("speech", "names", "time", "numbers", "boilerplate", "words")
REFERENCE = "en"
UNDETERMINED = "und"
_HERE = Path(__file__).resolve().parent


def available() -> tuple[str, ...]:
    """Codes of the languages that have a package here."""
    return tuple(sorted(p.name for p in _HERE.iterdir() if p.is_dir() and (p / "__init__.py").exists()))


def normalise(code: str | None) -> str:
    """'en-US', 'EN', 'en_GB' -> 'en'; None or '' -> 'und'."""
    if not code:
        return UNDETERMINED
    return code.replace("_", "-").split("-")[0].strip().lower() or UNDETERMINED


class Language:
    """The concepts of one language, read from its topic modules on first use."""

    def __init__(self, code: str) -> None:
        self.code = code
        self._modules = []
        if code in available():
            for topic in TOPICS:
                name = f"{__name__}.{code}.{topic}"
                if importlib.util.find_spec(name) is not None:
                    self._modules.append(importlib.import_module(name))

    def has(self, concept: str) -> bool:
        """The language defines this concept itself (not the empty fallback)."""
        return any(hasattr(m, concept.upper()) for m in self._modules)

    def __getattr__(self, concept: str):
        if concept.startswith("_"):
            raise AttributeError(concept)
        key = concept.upper()
        owners = [m for m in self._modules if hasattr(m, key)]
        if len(owners) > 1:  # two lists under one name: which one a caller gets must never depend on module order
            raise AttributeError(f"{self.code}: concept {concept!r} is defined in "
                                 f"{' and '.join(m.__name__ for m in owners)}; one list per concept")
        if owners:
            value = getattr(owners[0], key)
        else:
            if self.code == REFERENCE:
                raise AttributeError(f"no language defines the concept {concept!r} (lang/{REFERENCE}/ is the reference)")
            value = _empty_like(getattr(get(REFERENCE), concept), concept, self.code)
        setattr(self, concept, value)  # cache: later reads skip __getattr__
        return value

    def __repr__(self) -> str:
        return f"Language({self.code!r})"


def _empty_like(value, concept: str, code: str):
    if isinstance(value, (frozenset, set)):
        return frozenset()
    if isinstance(value, dict):
        return {}
    if isinstance(value, (tuple, list)):
        return ()
    raise AttributeError(f"language {code!r} does not define {concept!r} and it has no empty form; "
                         f"ask get({code!r}).has({concept!r}) first")


@lru_cache(maxsize=None)
def _get(code: str) -> Language:
    return Language(code)


def get(code: str | None) -> Language:
    """The language for an ISO 639-1 code (region subtags ignored); unknown codes get the empty language."""
    return _get(normalise(code))


def every(concept: str) -> tuple:
    """One concept of every language there is, the reference first, without repeats.

    For stages that run before a document's language is known (ingest, clean) or on text that mixes
    languages: a cue of another language rarely occurs in prose."""
    out: dict = {}
    for code in (REFERENCE, *sorted(set(available()) - {REFERENCE})):
        language = get(code)
        if language.has(concept):
            out.update(dict.fromkeys(getattr(language, concept.lower())))
    return tuple(out)


__all__ = ["Language", "TOPICS", "available", "every", "get", "normalise"]
