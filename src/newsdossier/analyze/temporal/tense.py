"""Tense of the verb that governs an expression, and the cue words before it that point ahead or back.

Why: a weekday, a month or a holiday named without its year or week lies before or after the publication
date depending on what the sentence tells: "arrived on Monday" (past), "will meet on Monday" (future),
"said it would leave on Friday" (future in the past, "would"), "begins on Thursday" (present). With a
dependency parse the governing verb is read from the tree; without one, the nearest cue word in the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lang as langdata
from ...textutil import alternation
from .candidate import Candidate

# the parse-based rules read an English model's tags; the cue words are English
_EN = langdata.get("en")
FUTURE_AUX, WOULD_AUX, MODALS, PAST_MODALS, FUTURE_VERBS = (_EN.future_aux, _EN.would_aux, _EN.modals, _EN.past_modals,
                                                            _EN.future_verbs)
NOUN_TIME = "noun"  # tense_spacy: attached to a noun, the tense is unknown and not to be guessed


def _governor(span):
    """(verb governing the span, whether the path to it passes through a noun) or (None, False)."""
    t = span.root
    via_noun = False
    for _ in range(10):
        if t.pos_ in ("VERB", "AUX") and not (span.start <= t.i < span.end):
            break
        if t.head.i == t.i:
            break
        if not (span.start <= t.i < span.end) and t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("npadvmod", "tmod"):
            via_noun = True  # "a ceremony on March 12", "the Oct. 23 attack": the noun's time, not the verb's
        t = t.head
    return (t if t.pos_ in ("VERB", "AUX") else None), via_noun


def tense_spacy(doc, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    t, via_noun = _governor(span)
    if t is None:
        return None
    if via_noun:
        # the time of a noun ("a mission in December"): a future clause carries it forward; a past one
        # says nothing (a past report often announces a coming event), and no word-level guess either
        vt = verb_tense(t)
        return vt if vt == "future" else NOUN_TIME
    if t.tag_ == "VBN" and t.dep_ == "acl" and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
        return None  # reduced relative: "a summit set for April"
    # a participle clause without auxiliaries ("Speaking on Monday, he promised") takes its head's tense
    for _ in range(3):
        if (t.tag_ in ("VBG", "VBN") and t.dep_ in ("advcl", "acl", "conj", "pcomp", "xcomp")
                and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
                and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX")):
            t = t.head
        else:
            break
    if t.lemma_.lower() in FUTURE_VERBS and span.end <= t.i:
        return verb_tense_plain(t)  # "On Friday, the government planned ...": the day of the planning
    return verb_tense(t)


def verb_tense(t) -> str | None:
    tense = verb_tense_plain(t)
    if tense == "past" and t.lemma_.lower() in FUTURE_VERBS:
        return "would"  # "protesters planned a rally on Saturday", "was scheduled for Monday": ahead of then
    return tense


def _infinitive_tense(t, low: list[str]) -> str:
    """ "is going to begin", "plans to begin", "expected to begin", "to be completed by": ahead of the verb above."""
    h = t.head
    if h.i != t.i and h.lemma_ == "go" and h.tag_ == "VBG":
        return "future"
    # "celebrations to mark the entry on Friday", "among the first to accede on Friday": the clause
    # hangs on a noun; the nearest verb above it sets the reference time
    for _ in range(4):
        if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
            break
        h = h.head
    if h.i != t.i and h.pos_ in ("VERB", "AUX"):
        ht = verb_tense(h)
        return "future" if ht in ("present", None, "future") else "would"
    return "future"


def verb_tense_plain(t) -> str | None:
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    low = [a.text.lower() for a in auxes]
    if any(a in FUTURE_AUX for a in low):
        return "future"
    if any(a in WOULD_AUX for a in low):
        return "would"
    if any(a in MODALS for a in low):
        return None if any(a in PAST_MODALS for a in low) else "future"
    if "to" in low and (t.tag_ == "VB" or t.tag_ == "VBN" and "be" in low):
        return _infinitive_tense(t, low)
    tagged_aux = [a.tag_ for a in auxes]
    if t.tag_ == "VBD" or "VBD" in tagged_aux:
        return "past"
    if t.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes) \
            and not any(a.dep_ == "aux" and a.lemma_ == "have" for a in auxes):
        return "present"  # "the case is heard in May"
    if t.tag_ == "VBN":
        return "past"  # has begun / was held / the talks held on Monday
    if t.tag_ in ("VBZ", "VBP") or any(x in ("VBZ", "VBP") for x in tagged_aux):
        return "present"
    if t.tag_ == "VBG":
        return "present" if auxes else None
    return None


def _morph_tense(t) -> str | None:
    """Tense of a verb from its Universal Dependencies features and those of its auxiliaries (any language
    whose model fills them: "a annoncé" past, "annoncera" future, "était réuni" past)."""
    auxes = [c for c in t.children if c.dep_.startswith("aux") and c.pos_ in ("AUX", "VERB")]
    tenses = {x.lower() for w in (t, *auxes) for x in w.morph.get("Tense")}  # the UD tense values, lower-cased
    if "fut" in tenses:
        return "future"
    forms = t.morph.get("VerbForm")
    if "Inf" in forms and not auxes:
        # "va annoncer", "doit signer", "veut partir": an infinitive under a finite verb lies ahead of it
        h = t.head
        if h.i != t.i and h.pos_ in ("VERB", "AUX"):
            ht = _morph_tense(h)
            return "future" if ht in ("present", "future", None) else "would"
        return None
    if "Part" in forms:
        if not auxes:
            return None  # a participle without auxiliary ("la réunion prévue le 12"): its head's time
        aux_t = {x.lower() for a in auxes for x in a.morph.get("Tense")}
        if any(a.dep_ == "aux:pass" for a in auxes) and not any(a.dep_ == "aux:tense" for a in auxes):
            return "present" if "pres" in aux_t else "past" if aux_t else None
        return "past"  # "a annoncé", "est arrivé", "avait dit"
    if "past" in tenses or "imp" in tenses:
        return "past"
    if "pres" in tenses:
        return "present"
    return None


def tense_morph(doc, start: int, end: int) -> str | None:
    """Tense of the verb governing a span, read from the parse's morphological features (languages other
    than English, whose rules read the English tag set)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    t, via_noun = _governor(span)
    if t is None:
        return None
    vt = _morph_tense(t)
    if via_noun:
        return vt if vt == "future" else NOUN_TIME
    return vt


_FUT_RE = re.compile(rf"\b(?:{_EN.future_cues})\b", re.I)
_PAST_RE = re.compile(rf"\b(?:{_EN.past_irregular}|\w{{3,}}ed)\b", re.I)
_PRES_RE = re.compile(r"\b(?:" + "|".join(_EN.present_cues) + r")\b", re.I)


def tense_regex(s: str, start: int, end: int) -> str | None:
    """Nearest tense cue in the same sentence (no parse available)."""
    left = max(s.rfind(p, 0, start) for p in (". ", "! ", "? ", "\n"))
    right_c = [i for i in (s.find(p, end) for p in (". ", "! ", "? ", "\n")) if i >= 0]
    right = min(right_c) if right_c else len(s)
    lo = left + 1 if left >= 0 else 0
    best, best_d = None, 10 ** 9
    for rx, tense in ((_FUT_RE, "future"), (_PAST_RE, "past"), (_PRES_RE, "present")):
        for m in rx.finditer(s, lo, right):
            if start <= m.start() < end:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            tense_v = "would" if tense == "future" and m.group(0).lower() == "would" else tense
            if dist < best_d:
                best, best_d = tense_v, dist
    return best


def cached_tense(c: Candidate, spacy_doc, folded: str, cache: dict, lang: str = "en") -> str | None:
    """Tense of the verb governing a candidate: the parse when there is one, cue words otherwise (memoised).
    "past", "present", "future", "would" (future in the past) or None. Another language than English reads
    the parse's morphological features and has no cue-word fallback (the cue words are English)."""
    key = (c.start, c.end)
    if key not in cache:
        if lang != "en":
            t = tense_morph(spacy_doc, c.start, c.end) if spacy_doc is not None else None
        else:
            t = tense_spacy(spacy_doc, c.start, c.end) if spacy_doc is not None else None
            if t is None:
                t = tense_regex(folded, c.start, c.end)
        cache[key] = None if t == NOUN_TIME else t
    return cache[key]


# cue words just before a yearless month: "since" (gone by), a deadline ahead ("until", "payable", "extended to")
_SINCE_CUE = re.compile(r"\bsince\s+(?:\w+\s+){0,1}$", re.I)
_DEADLINE_ALT = "|".join(r"\s+".join(p.split()) for p in _EN.deadline_cues)
_AHEAD_CUE = re.compile(rf"\b(?:{_DEADLINE_ALT})\s+(?:\w+\s+){{0,2}}$", re.I)
_WEEKDAY_SINCE = re.compile(r"\bsince\s+$", re.I)
_WEEKDAY_AHEAD = re.compile(r"\b(?:until|till|as\s+(?:soon|early)\s+as)\s+(?:\S+\s+){0,3}$", re.I)


@lru_cache(maxsize=None)
def _direction_res(lang: str) -> tuple:
    """(before, after) patterns per direction: the word right before the expression ("the upcoming Nov. 8
    election") or right after it ("le 8 novembre prochain"). Not further: a "last" two words back mostly
    modifies another noun ("the last time, on March 4")."""
    L = langdata.get(lang)
    out = []
    for name, words in (("forward", L.forward_cues), ("backward", L.backward_cues)):
        if not words:
            continue
        alt = alternation(words)
        out.append((name, re.compile(rf"(?<!\w)(?:{alt})\s+$", re.I),
                    re.compile(rf"^[\s,]*(?:{alt})(?!\w)", re.I)))
    return tuple(out)


def direction_cue(before: str, after: str, lang: str = "en") -> str | None:
    """ "forward" or "backward" when a cue word next to a year-less date says which side of the publication
    date it lies on ("the upcoming Nov. 8 election", "le 3 mars dernier"); None when there is none or the
    cues disagree."""
    found = {name for name, rx_before, rx_after in _direction_res(lang)
             if rx_before.search(before) or rx_after.search(after)}
    return found.pop() if len(found) == 1 else None


def since_before(before: str) -> bool:
    return bool(_SINCE_CUE.search(before))


def deadline_before(before: str) -> bool:
    return bool(_AHEAD_CUE.search(before))


def weekday_since(before: str) -> bool:
    return bool(_WEEKDAY_SINCE.search(before))


def weekday_deadline(before: str) -> bool:
    return bool(_WEEKDAY_AHEAD.search(before))


__all__ = ["cached_tense", "deadline_before", "direction_cue", "since_before", "tense_morph", "tense_regex", "tense_spacy", "verb_tense",
           "weekday_deadline", "weekday_since"]
