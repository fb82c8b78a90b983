"""Base forms of names written in an inflected case ("Brusselom" -> "Brussel"), for Slavic and other languages.

Why: Slavic languages inflect names for case, so one entity is written in many forms; the dossier (and the
BSNLP task's normalisation score) needs the nominative. A name is rewritten token by token, left to right:

* Suffix-rewrite rules learned from (form, base) pairs (`fit`, trained by `train/bsnlp_base_forms.py`, shipped
  as `models/base_form_rules.json`): for a token ending in X, the base ends in Y, per language, entity type and
  *position state* of the token in the name. The state is the general phenomenon of multi-word names: the head
  and the words agreeing with it inflect together ("Velike Stranke" -> "Velika Stranka"), but once a word of the
  name is left as written, what follows is a genitive or otherwise fixed modifier that keeps its form
  ("Stranke Neodvisnosti Male Zemlje" -> "Stranka Neodvisnosti Male Zemlje"). So a token is looked up under
  `first` (the first token), `after_changed` (the previous token was rewritten) or `after_kept` (it was not).
* A dictionary lemmatizer for a token the rules know nothing about: pymorphy3 for Russian and Ukrainian
  (its proper-name tags, Name/Surn/Geox/Orgn, pick the parse), simplemma for the other languages. Its lemma is
  taken only when it keeps the token's first letters (a lemma of another word is no base of this name).

A rule fires only with evidence: the longest token ending seen in at least `MIN_TYPES` distinct training tokens,
whose most common rewrite holds at least `MIN_SHARE` of them; "keep the token as written" is a rewrite like any
other. Counts are of distinct (token, base) pairs, so one frequent name does not outvote the morphology.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

MAX_SUFFIX = 4  # token endings up to this many letters are rule keys: morphology, not name fragments
MIN_TYPES = 2  # a rule needs this many distinct training tokens
MIN_SHARE = 0.5  # and its rewrite this share of them
MODEL = Path(__file__).resolve().parent.parent / "models" / "base_form_rules.json"
STATES = ("first", "after_changed", "after_kept")
# Where the dictionary lemma goes before the learned rule (language -> token states; "single" is a one-word
# name). Chosen on the tuning folds of a leave-one-topic-out run (see the model card): the dictionaries know
# one-word names better than the rules in cs, pl, ru, uk, and Czech and Ukrainian words after a rewritten head;
# the first word of a longer name is often an adjective whose (masculine) lemma would not agree with its head,
# except in Russian, where pymorphy3's name tags pick the right parse more often than not. Bulgarian hardly
# inflects names (the rules learn to keep them); Slovene's simplemma data misses many name forms.
PREFER_DICTIONARY: dict[str, tuple[str, ...]] = {
    "cs": ("single", "after_changed"), "pl": ("single",), "ru": ("single", "first"), "uk": ("single", "after_changed"),
}
_TOKEN = re.compile(r"\S+")


@dataclass
class SuffixRules:
    """Learned rewrites: (lang, type, state, token ending) -> {"strip|add": distinct-token count}."""

    table: dict[str, dict[str, int]] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)

    @staticmethod
    def key(lang: str, label: str, state: str, ending: str) -> str:
        return f"{lang}|{label}|{state}|{ending}"

    def rewrite(self, token: str, lang: str, label: str, state: str) -> tuple[str, str] | None:
        """The (strip, add) rewrite of the longest token ending with evidence, None when there is none. Endings
        are compared in lower case (a name in capitals inflects like one in title case); "" is the whole-token
        fallback of a (lang, type, state)."""
        low = token.lower()
        for k in range(min(MAX_SUFFIX, len(low)), -1, -1):
            counts = self.table.get(self.key(lang, label, state, low[len(low) - k:] if k else ""))
            if not counts:
                continue
            total = sum(counts.values())
            best, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
            if total >= MIN_TYPES and n / total >= MIN_SHARE:
                strip, add = best.split("|", 1)
                if low.endswith(strip) and len(strip) < len(low):
                    return strip, add
        return None

    def to_json(self) -> str:
        return json.dumps({"meta": self.meta, "rules": self.table}, ensure_ascii=False, sort_keys=True,
                          separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "SuffixRules":
        data = json.loads(text)
        return cls(table=data.get("rules", {}), meta=data.get("meta", {}))


def _split_rewrite(form: str, base: str) -> tuple[str, str]:
    """The (strip, add) that turns form into base after their longest common prefix (case-blind)."""
    f, b = form.lower(), base.lower()
    i = 0
    while i < min(len(f), len(b)) and f[i] == b[i]:
        i += 1
    return f[i:], b[i:]


def gold_pairs(docs) -> list[tuple[str, str, str, str]]:
    """(lang, type, form, base) of every distinct gold name of documents with `.language` and `.gold` (the
    BSNLP documents of eval.bsnlp_data): what `fit` learns from."""
    return sorted({(d.language, g.type, g.form, g.base) for d in docs for g in d.gold})


def fit(pairs: Iterable[tuple[str, str, str, str]], meta: dict | None = None) -> SuffixRules:
    """Learn the rules from (lang, type, form, base) pairs. Pairs whose form and base differ in token count
    (an acronym and its expansion, a dropped title) teach nothing about a token's ending and are skipped."""
    seen: set[tuple[str, str, str, str, str]] = set()
    for lang, label, form, base in pairs:
        ft, bt = _TOKEN.findall(form), _TOKEN.findall(base)
        if len(ft) != len(bt) or not ft:
            continue
        changed = None
        for f, b in zip(ft, bt):
            state = "first" if changed is None else ("after_changed" if changed else "after_kept")
            seen.add((lang, label, state, f, b))
            changed = f != b
    table: dict[str, Counter] = defaultdict(Counter)
    for lang, label, state, f, b in seen:
        strip, add = _split_rewrite(f, b)
        if len(strip) > MAX_SUFFIX:
            continue
        low = f.lower()
        for k in range(len(strip), min(MAX_SUFFIX, len(low)) + 1):
            table[SuffixRules.key(lang, label, state, low[len(low) - k:] if k else "")][f"{strip}|{add}"] += 1
    # an ending seen once with no other evidence never fires (MIN_TYPES): not worth shipping
    # and one whose best rewrite lacks MIN_SHARE never fires either (the lookup falls to a shorter ending)
    compact = {k: dict(v) for k, v in table.items()
               if sum(v.values()) >= MIN_TYPES and max(v.values()) / sum(v.values()) >= MIN_SHARE}
    return SuffixRules(compact, dict(meta or {}))


@lru_cache(maxsize=1)
def shipped_rules() -> SuffixRules:
    """The rules shipped with the package (an empty set when the file is absent: the lemmatizers alone)."""
    if not MODEL.exists():
        return SuffixRules(meta={"missing": str(MODEL)})
    return SuffixRules.from_json(MODEL.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def languages() -> frozenset[str]:
    """The languages the shipped rules were learned for: only there is a base form better than the surface."""
    return frozenset(k.split("|", 1)[0] for k in shipped_rules().table)


def add_base_forms(mentions: list, lang: str | None) -> None:
    """Set `Mention.base` on the mentions of a document in an inflecting language the rules know (nominative
    "Wierzbicki" for "Wierzbickiego"), so grouping can name an entity by its base form; elsewhere leave it None."""
    if not lang or lang not in languages():
        return
    from .ner_slavic import FROM_CONTRACT  # the rules are keyed by the task's types

    for m in mentions:
        kind = FROM_CONTRACT.get(m.label)
        if kind is not None:
            m.base = base_form(m.text, kind, lang)


def _match_case(model: str, word: str) -> str:
    """word written in the case pattern of model (all capitals, title case, or as it is)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@lru_cache(maxsize=2)
def _morph(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


@lru_cache(maxsize=65536)
def _dictionary_lemma(token: str, lang: str) -> str | None:
    """A dictionary lemma of a single token, or None when the dictionary does not know it as a word."""
    if not token.isalpha():
        return None
    if lang in ("ru", "uk"):
        parses = _morph(lang).parse(token)
        named = [p for p in parses if p.tag.grammemes & _NAME_TAGS] or parses
        p = named[0]
        if not p.is_known:
            return None
        return _match_case(token, p.normal_form)
    import simplemma

    try:
        # simplemma returns a word it does not know as it is: that is no evidence, the rules decide
        if not (simplemma.is_known(token, lang=lang) or simplemma.is_known(token.lower(), lang=lang)):
            return None
        lemma = simplemma.lemmatize(token, lang=lang)
    except ValueError:  # a language simplemma has no data for: no dictionary lemma
        return None
    return _match_case(token, lemma) if lemma else None


def _plausible(token: str, lemma: str) -> bool:
    """A lemma that keeps the token's first letters (all but the last three, at least two): a base form of the
    same word, not a lemma of a different one."""
    n = max(2, min(len(token), len(lemma)) - 3)
    return lemma[:n].lower() == token[:n].lower()


def base_form(surface: str, label: str, lang: str, rules: SuffixRules | None = None,
              dictionary: bool = True, prefer_dictionary: dict | None = None) -> str:
    """The base (nominative) form of a name written as surface, of type label (PER LOC ORG EVT PRO) in lang."""
    rules = shipped_rules() if rules is None else rules
    prefer_dictionary = PREFER_DICTIONARY if prefer_dictionary is None else prefer_dictionary
    out = []
    changed = None
    toks = _TOKEN.findall(surface)
    for tok in toks:
        state = "first" if changed is None else ("after_changed" if changed else "after_kept")
        new = None
        lemma = _dictionary_lemma(tok, lang) if dictionary and state != "after_kept" else None
        lemma = lemma if lemma and _plausible(tok, lemma) else None
        # a one-word name is looked up as "single": the first word of a longer name is often an adjective whose
        # dictionary lemma (masculine) does not agree with the head noun, where the rules learned the agreement
        if lemma and (state if len(toks) > 1 else "single") in prefer_dictionary.get(lang, ()):
            new = lemma
        if new is None:
            rw = rules.rewrite(tok, lang, label, state)
            if rw is not None:
                strip, add = rw
                new = tok[: len(tok) - len(strip)] + (add.upper() if tok.isupper() and len(tok) > 1 else add)
        if new is None:
            new = lemma or tok
        out.append(new)
        changed = new != tok
    if not out:
        return surface
    # keep the separators as written: rebuild from the token positions
    pieces, last = [], 0
    for m, new in zip(_TOKEN.finditer(surface), out):
        pieces.append(surface[last:m.start()])
        pieces.append(new)
        last = m.end()
    pieces.append(surface[last:])
    return "".join(pieces)


__all__ = ["SuffixRules", "fit", "shipped_rules", "base_form", "MODEL"]
