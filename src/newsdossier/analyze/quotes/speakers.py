"""Speaker mentions written next to a quotation: names, pronouns, descriptions, roles, and the attribution
clause around a quote ('"...," said NAME, ROLE' / 'NAME said:')."""

from __future__ import annotations

import re

from ... import lang
from .lexicon import HONORIFICS, _FORM2LEMMA, _NP_INNER, _PREPS_ROLE, _PRONOUNS, lemma_of
from .surface import _Tok, _is_cap, _is_word, _sentence_bounds, _tokens, _verb_at
from .candidates import SpeakerKind, _Spk

EN = lang.get("en")  # these rules read the English parse and English cue words


def _name_fwd(toks: list[_Tok], k: int) -> tuple[_Spk, int] | None:
    """A capitalised name starting at toks[k] (honorifics kept, leading titles set aside)."""
    i, n = k, len(toks)
    title = None
    # titles before the name ("President", "Defense Minister")
    while i < n and _is_cap(toks[i]) and toks[i].low in EN.titles:
        j = i + 1
        if j < n and toks[j].w == "." and toks[i].low + "." in EN.titles:
            j += 1
        title = (toks[k].start, toks[j - 1].end)
        i = j
    start_i = i
    words = 0
    last = None
    while i < n:
        t = toks[i]
        if not _is_word(t):
            break
        low = t.low
        if _is_cap(t):
            if words == 0 and (low in EN.non_name_capitals or low in _FORM2LEMMA):
                if not (low in HONORIFICS or low + "." in HONORIFICS):
                    break
            j = i + 1
            # initials and abbreviated honorifics keep their full stop
            if j < n and toks[j].w == "." and toks[j].start == t.end and (
                len(t.w) == 1 or low + "." in HONORIFICS or low + "." in EN.titles
            ):
                j += 1
            if low not in HONORIFICS and low + "." not in HONORIFICS:
                words += 1
            last = j - 1
            i = j
            continue
        if low in EN.name_connectors and words and i + 1 < n and _is_cap(toks[i + 1]):
            i += 1
            continue
        break
    if not words or last is None:
        if title is not None:
            return None
        return None
    return _Spk(SpeakerKind.NAME, toks[start_i].start, toks[last].end, title=title), last + 1


def _name_bwd(toks: list[_Tok], k: int) -> _Spk | None:
    """A capitalised name ending at toks[k]."""
    i = k
    first = None
    words = 0
    while i >= 0:
        t = toks[i]
        if t.w == "." and i > 0 and toks[i - 1].end == t.start and (
            len(toks[i - 1].w) == 1 or toks[i - 1].low + "." in HONORIFICS
        ):
            i -= 1
            continue
        if not _is_word(t):
            break
        low = t.low
        if _is_cap(t) and low not in EN.titles:
            if low in EN.non_name_capitals or low in _FORM2LEMMA:
                break
            first = i
            if low not in HONORIFICS:
                words += 1
            i -= 1
            continue
        if low in EN.name_connectors and first is not None and i > 0 and _is_cap(toks[i - 1]):
            i -= 1
            continue
        break
    if first is None or not words:
        return None
    if first > 0 and toks[first - 1].low in _NP_INNER:
        # '... of Eastern Studies said': the capitals end a noun phrase, drop its first word
        if words < 3:
            return None
        first += 1
    spk = _Spk(SpeakerKind.NAME, toks[first].start, toks[k].end)
    # titles right before the name
    j = first - 1
    while j >= 0 and _is_cap(toks[j]) and toks[j].low in EN.titles:
        j -= 1
    if j < first - 1:
        spk.title = (toks[j + 1].start, toks[first - 1].end)
    return spk


def _desc_fwd(toks: list[_Tok], k: int) -> tuple[_Spk, int] | None:
    """'the analyst', 'the political analyst', 'the latter'."""
    if k < len(toks) and toks[k].low == "the":
        for j in range(k + 1, min(k + 4, len(toks))):
            if not _is_word(toks[j]):
                return None
            if toks[j].low in EN.role_nouns or toks[j].low.rstrip("s") in EN.role_nouns:
                return _Spk(SpeakerKind.DESCRIPTION, toks[k].start, toks[j].end), j + 1
    return None


def _speaker_fwd(toks: list[_Tok], k: int) -> tuple[_Spk, int] | None:
    if k >= len(toks):
        return None
    if toks[k].low in _PRONOUNS:
        return _Spk(SpeakerKind.PRONOUN, toks[k].start, toks[k].end), k + 1
    d = _desc_fwd(toks, k)
    if d is not None:
        # "said the director, Jane Roe" / "said the agency director Jane Roe": the name that follows the
        # description is the speaker, the description its role
        desc, j = d
        named = _name_fwd(toks, j + 1 if j < len(toks) and toks[j].w == "," else j)
        if named is not None:
            spk, end = named
            if spk.role is None:
                spk.role = (desc.start, desc.end)
            return spk, end
        return d
    return _name_fwd(toks, k)


def _speaker_bwd(toks: list[_Tok], k: int) -> _Spk | None:
    """Speaker ending at toks[k]; returns span."""
    if k < 0:
        return None
    t = toks[k]
    if t.low in _PRONOUNS:
        return _Spk(SpeakerKind.PRONOUN, t.start, t.end)
    if t.low in EN.role_nouns or t.low.rstrip("s") in EN.role_nouns:
        for j in range(k - 1, max(k - 4, -1), -1):
            if toks[j].low == "the":
                return _Spk(SpeakerKind.DESCRIPTION, toks[j].start, t.end)
            if not _is_word(toks[j]) or _is_cap(toks[j]):
                break
    return _name_bwd(toks, k)


def _role_fwd(s: str, toks: list[_Tok], k: int, *, to_end: bool = False) -> tuple[tuple[int, int] | None, int]:
    """Apposition after a speaker: ', a political analyst,' or ' from the Center ...'."""
    n = len(toks)
    if k >= n:
        return None, k
    if toks[k].w == ",":
        j = k + 1
    elif toks[k].low in _PREPS_ROLE and to_end:
        j = k
    else:
        return None, k
    if j >= n or not _is_word(toks[j]):
        return None, k
    first = toks[j]
    fl = first.low
    ok = (
        fl in EN.role_openers
        or fl in EN.role_nouns or fl in EN.titles or fl in _PREPS_ROLE
        or (first.w[:1].islower() and not re.search(r"(ing|ed)$", fl) and fl not in _FORM2LEMMA)
    )
    if not ok or fl in EN.non_role_openers or (fl in EN.discourse_adverbs and j + 1 < n and toks[j + 1].w == ","):
        return None, k  # ', however,' is an aside, not a role
    e = j
    while e < n and e - j < 30:
        w = toks[e].w
        if w in ",;:!?" or (w == "." and not (e > 0 and len(toks[e - 1].w) == 1)):
            break
        if w in "\"" or (w == "-" and toks[e].start > 0 and s[toks[e].start - 1] == " "):
            break
        e += 1
    if e == j:
        return None, k
    return (toks[j].start, toks[e - 1].end), e


def _manner_verb(doc, toks: list[_Tok], k: int) -> tuple[int, int, int] | None:
    """A verb the lexicon lacks ending the attribution of a comma-closed quotation ('"...,"
    Holm fumed on Tuesday', '"...," quipped Holm'): a finite past or present verb in the parse
    with nothing after it that it takes as its object or complement."""
    if doc is None or k >= len(toks) or not _is_word(toks[k]) or _is_cap(toks[k]):
        return None
    span = doc.char_span(toks[k].start, toks[k].end)
    if span is None or len(span) != 1:
        return None
    t = span[0]
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBZ") or lemma_of(t) in ("be", "have", "do"):
        return None
    if any(c.i > t.i and c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "prt")
           for c in t.children) or not any(c.dep_ == "nsubj" for c in t.children):
        return None
    return toks[k].start, toks[k].end, k + 1


def _post_attr(f: str, toks: list[_Tok], k: int, *, to_end: bool = False, described: bool = False, doc=None):
    """Attribution starting at toks[k] ('- said NAME, ROLE' / 'NAME, ROLE, said' / 'he noted').

    Returns (cue_span, speaker, next_index) or None. With to_end, the attribution must run to
    the end of the token list (trailing attribution of a dash-led paragraph). With described, the
    quotation closed on a comma, so a name may follow an unmarked description ('campaign manager
    Jane Roe said').
    """
    n = len(toks)
    i = k
    skipped = 0
    while i < n and toks[i].w in {",", "-"} and skipped < 2:
        i += 1
        skipped += 1
    # inverted: VERB SPEAKER [ROLE]
    v = _verb_at(toks, i) or (_manner_verb(doc, toks, i) if described else None)
    if v:
        sp = _speaker_fwd(toks, v[2])
        if sp:
            spk, j = sp
            role, j2 = _role_fwd(f, toks, j, to_end=to_end)
            if role and spk.kind is SpeakerKind.NAME:
                spk.role, j = role, j2
            if _ends_ok(toks, j, to_end):
                return (v[0], v[1]), spk, j
    # normal: SPEAKER [, ROLE,] [adverb] VERB
    sp = _speaker_fwd(toks, i)
    if sp:
        spk, j = sp
        role, j2 = _role_fwd(f, toks, j)
        if role and j2 < n and toks[j2].w == ",":
            spk.role, j = role, j2 + 1
        j = _skip_bracket(toks, j)
        if j < n and (toks[j].low.endswith("ly") or toks[j].low in EN.speech_adverbs) and not _verb_at(toks, j):
            j += 1
        v = _verb_at(toks, j) or (_manner_verb(doc, toks, j) if described else None)
        if v and _ends_ok(toks, v[2], to_end, loose=True):
            return (v[0], v[1]), spk, v[2]
    if described:
        return _described_name(toks, i, to_end)
    return None


_BRACKET_MAX = 8  # tokens inside a bracketed aside after a name ('(61)', '(pictured)', '(no relation)')


def _skip_bracket(toks: list[_Tok], j: int) -> int:
    """A short bracketed aside between the speaker and the verb ('Rep. Jane Roe (61) said', 'Roe
    (pictured) said'): news writing puts a party and state, an age or a short gloss after a name in
    brackets; it is no part of the attribution's wording, so the verb is looked for after it."""
    if j >= len(toks) or toks[j].w != "(":
        return j
    for k in range(j + 1, min(len(toks), j + 2 + _BRACKET_MAX)):
        if toks[k].w == ")":
            return k + 1
        if toks[k].w in ("(", '"', "\u201c", "\u201d"):
            break
    return j


def _described_name(toks: list[_Tok], i: int, to_end: bool):
    """A name after its unmarked description: 'campaign manager Jane Roe said', 'port director Roe said'."""
    for j in range(i + 1, min(i + 6, len(toks))):
        w = toks[j - 1]
        if not _is_word(w) or w.low in _PRONOUNS or w.low in _NP_INNER or w.low in _FORM2LEMMA:
            break
        sp = _name_fwd(toks, j) if _is_cap(toks[j]) else None
        if sp is None:
            continue
        spk, k2 = sp
        v = _verb_at(toks, k2)
        if v and _ends_ok(toks, v[2], to_end, loose=True):
            spk.role = spk.role or (toks[i].start, toks[j - 1].end)
            return (v[0], v[1]), spk, v[2]
    return None


def _ends_ok(toks: list[_Tok], j: int, to_end: bool, loose: bool = False) -> bool:
    if not to_end:
        return True
    rest = toks[j:]
    if all(t.w in ".!?" for t in rest):
        return True
    if loose:  # "- he said on Monday."
        words = [t for t in rest if _is_word(t)]
        return len(words) <= 6 and not any(t.w in "\"" for t in rest)
    return False


def _pre_attr(f: str, toks: list[_Tok]):
    """Attribution right before an opening mark: 'X said:', 'As he adds,', 'said X:'."""
    if not toks:
        return None
    k = len(toks) - 1
    colon = False
    if toks[k].w in {":", ","}:
        colon = toks[k].w == ":"
        k -= 1
    if k >= 0 and toks[k].low == "that":
        k -= 1
    # 'said X:'
    sp_end = k
    for back in range(0, 5 if colon else 1):
        vk = k - back
        if vk < 0:
            break
        if any(not _is_word(t) for t in toks[vk + 1:k + 1]):
            break
        v = _verb_at(toks, vk)
        if not v:
            continue
        spk = _speaker_bwd(toks, vk - 1)
        if spk is None and vk > 0 and toks[vk - 1].low in {"also", "then", "later"}:
            spk = _speaker_bwd(toks, vk - 2)
        if spk:
            return (v[0], v[1]), spk
        sp = _speaker_fwd(toks, vk + 1)
        if sp and sp[1] == sp_end + 1:
            return (v[0], v[1]), sp[0]
    return None


def _intro(f: str, a: int, b: int):
    """The speaker introduced by a sentence ending with a colon ('Here is what NAME, ROLE, says:')."""
    s, _ = _sentence_bounds(f, a, b, max(a, b - 1))
    toks = _tokens(f, s, b)
    spk = None
    for k in range(len(toks)):
        if toks[k].low in _PRONOUNS and k + 1 < len(toks) and _verb_at(toks, k + 1):
            spk, j = _Spk(SpeakerKind.PRONOUN, toks[k].start, toks[k].end), k + 1
            break
        sp = _name_fwd(toks, k)
        if sp and (k > 0 or sp[1] - k >= 2):
            name_words = [t for t in toks[k:sp[1]] if _is_word(t)]
            if len(name_words) >= 2 or sp[0].title is not None or (k > 0 and toks[k - 1].low in HONORIFICS):
                spk, j = sp
                role, j2 = _role_fwd(f, toks, j)
                if role:
                    spk.role, j = role, j2
                break
    if spk is None:
        return None
    cue = None
    for t in toks[j:]:
        if _FORM2LEMMA.get(t.low) or t.low in EN.intro_verbs:
            cue = (t.start, t.end)
            break
    return cue, spk
