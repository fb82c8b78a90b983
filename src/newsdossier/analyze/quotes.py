"""Quotations: direct (quote marks, dash-led speech paragraphs) and indirect ("X said that ...").

Matching runs on `fold_punct(text)` (same length, uniform quotes and dashes); every returned
span points into the original `text`. Speakers are found by small surface patterns around
the quote (`"...," said NAME, ROLE` / `"..." NAME said` / `NAME says: - ...`), by the
dependency parse for indirect speech, and pronouns or role descriptions ("he", "the
analyst") are resolved to the nearest preceding person mention. A speaker that cannot be
resolved stays None: we never guess.

`find_attributions` also returns attributions in the wide sense (kind "attitude"): a cue verb or
noun from the lexicons in `data.speech` (saying, thinking, wanting, evaluating, and their
nominalisations) with its content read off the parse: a clause (ccomp), an infinitive (xcomp), an
object with what is said of it (dobj + oprd / "as" / "for"), or a preposition's object ("called
for X", "concern about X", "his claim that X"). These feed the attribution evaluation and are not
quotations, so `find_quotes` leaves them out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lang.en import speech as L
from ..model import Quote
from ..textutil import fold_punct

# ----------------------------------------------------------------------------- lexicon views


def _inflect(lemma: str) -> set[str]:
    if lemma in L.IRREGULAR_FORMS_EN:
        return set(L.IRREGULAR_FORMS_EN[lemma])
    forms = {lemma}
    if re.search(r"(s|sh|ch|x|z)$", lemma):
        forms.add(lemma + "es")
    elif re.search(r"[^aeiou]y$", lemma):
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", lemma):
        forms |= {lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
    return forms


_FORM2LEMMA: dict[str, str] = {}
for _lem in L.SPEECH_VERBS_EN:
    for _f in _inflect(_lem):
        _FORM2LEMMA.setdefault(_f, _lem)
_SPEECH_LEMMAS = frozenset(L.SPEECH_VERBS_EN)
_VERB_FORMS: dict[str, str] = {}
for _lem in sorted(set(L.SPEECH_VERBS_EN) | L.CLAUSE_ATTRIB_VERBS_EN | L.XCOMP_ATTRIB_VERBS_EN
                   | L.DOBJ_ATTRIB_VERBS_EN | L.RAISING_VERBS_EN | L.PASSIVE_ATTRIB_VERBS_EN
                   | L.LIGHT_VERBS_EN | {v for vs in L.PREP_ATTRIB_VERBS_EN.values() for v in vs}):
    for _f in _inflect(_lem):
        _VERB_FORMS.setdefault(_f, _lem)
_VERB_LEMMAS = frozenset(_VERB_FORMS.values())


def _lem(t) -> str:
    """The lemma of a token, a verb of the cue lexicons read off its form first (the statistical
    lemmatiser gets some wrong: 'hopes' -> 'hop')."""
    low = t.lower_
    if t.pos_ in ("VERB", "AUX") and low in _VERB_FORMS and t.lemma_.lower() not in _VERB_LEMMAS:
        return _VERB_FORMS[low]
    return t.lemma_.lower()
_CHAR_LEMMAS = frozenset(L.CHARACTERISE_VERBS_EN)
_PRONOUNS = L.PERSON_PRONOUNS | L.PLURAL_PRONOUNS
_PREPS_ROLE = {"from", "of", "at", "with", "for"}
_NP_INNER = {"of", "for", "from", "at", "in", "with", "by", "the", "to", "on", "a", "an"}

_TOK = re.compile(r"[^\W\d_][\w'\-]*|\d+(?:[.,]\d+)*|\S")


@dataclass
class _Tok:
    start: int
    end: int
    w: str

    @property
    def low(self) -> str:
        return self.w.lower()


def _tokens(s: str, lo: int, hi: int) -> list[_Tok]:
    out = []
    for m in _TOK.finditer(s, lo, hi):
        w = m.group(0)
        start, end = m.start(), m.end()
        # possessive or trailing apostrophe is not part of a word
        if w.endswith("'s") and len(w) > 2:
            out.append(_Tok(start, end - 2, w[:-2]))
            out.append(_Tok(end - 2, end, "'s"))
            continue
        while w and w[-1] in "'-" and len(w) > 1:
            w, end = w[:-1], end - 1
        out.append(_Tok(start, end, w))
    return out


def _is_word(t: _Tok) -> bool:
    return t.w[:1].isalpha()


def _is_cap(t: _Tok) -> bool:
    return t.w[:1].isupper()


def _verb_at(toks: list[_Tok], k: int, *, weak_ok: bool = True) -> tuple[int, int, int] | None:
    """A speech verb at toks[k]: (cue_start, cue_end, next_index)."""
    if k >= len(toks) or not _is_word(toks[k]):
        return None
    low = toks[k].low
    lemma = _FORM2LEMMA.get(low)
    if lemma is None:
        return None
    parts = L.PHRASAL_SPEECH_EN.get(lemma)
    if parts:
        if k + 1 < len(toks) and toks[k + 1].low in parts:
            return toks[k].start, toks[k + 1].end, k + 2
        if lemma in L.WEAK_SPEECH_EN:
            return None
    if not weak_ok and lemma in L.WEAK_SPEECH_EN:
        return None
    return toks[k].start, toks[k].end, k + 1


# ----------------------------------------------------------------------------- speakers


@dataclass
class _Spk:
    kind: str  # name|pron|desc|np
    start: int
    end: int
    role: tuple[int, int] | None = None
    title: tuple[int, int] | None = None


def _name_fwd(toks: list[_Tok], k: int) -> tuple[_Spk, int] | None:
    """A capitalised name starting at toks[k] (honorifics kept, leading titles set aside)."""
    i, n = k, len(toks)
    title = None
    # titles before the name ("President", "Defense Minister")
    while i < n and _is_cap(toks[i]) and toks[i].low in L.TITLES:
        j = i + 1
        if j < n and toks[j].w == "." and toks[i].low + "." in L.TITLES:
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
            if words == 0 and (low in L.NON_NAME_CAPITALS or low in _FORM2LEMMA):
                if not (low in L.HONORIFICS or low + "." in L.HONORIFICS):
                    break
            j = i + 1
            # initials and abbreviated honorifics keep their full stop
            if j < n and toks[j].w == "." and toks[j].start == t.end and (
                len(t.w) == 1 or low + "." in L.HONORIFICS or low + "." in L.TITLES
            ):
                j += 1
            if low not in L.HONORIFICS and low + "." not in L.HONORIFICS:
                words += 1
            last = j - 1
            i = j
            continue
        if low in L.NAME_CONNECTORS and words and i + 1 < n and _is_cap(toks[i + 1]):
            i += 1
            continue
        break
    if not words or last is None:
        if title is not None:
            return None
        return None
    return _Spk("name", toks[start_i].start, toks[last].end, title=title), last + 1


def _name_bwd(toks: list[_Tok], k: int) -> _Spk | None:
    """A capitalised name ending at toks[k]."""
    i = k
    first = None
    words = 0
    while i >= 0:
        t = toks[i]
        if t.w == "." and i > 0 and toks[i - 1].end == t.start and (
            len(toks[i - 1].w) == 1 or toks[i - 1].low + "." in L.HONORIFICS
        ):
            i -= 1
            continue
        if not _is_word(t):
            break
        low = t.low
        if _is_cap(t) and low not in L.TITLES:
            if low in L.NON_NAME_CAPITALS or low in _FORM2LEMMA:
                break
            first = i
            if low not in L.HONORIFICS:
                words += 1
            i -= 1
            continue
        if low in L.NAME_CONNECTORS and first is not None and i > 0 and _is_cap(toks[i - 1]):
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
    spk = _Spk("name", toks[first].start, toks[k].end)
    # titles right before the name
    j = first - 1
    while j >= 0 and _is_cap(toks[j]) and toks[j].low in L.TITLES:
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
            if toks[j].low in L.ROLE_NOUNS or toks[j].low.rstrip("s") in L.ROLE_NOUNS:
                return _Spk("desc", toks[k].start, toks[j].end), j + 1
    return None


def _speaker_fwd(toks: list[_Tok], k: int) -> tuple[_Spk, int] | None:
    if k >= len(toks):
        return None
    if toks[k].low in _PRONOUNS:
        return _Spk("pron", toks[k].start, toks[k].end), k + 1
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
        return _Spk("pron", t.start, t.end)
    if t.low in L.ROLE_NOUNS or t.low.rstrip("s") in L.ROLE_NOUNS:
        for j in range(k - 1, max(k - 4, -1), -1):
            if toks[j].low == "the":
                return _Spk("desc", toks[j].start, t.end)
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
        fl in {"a", "an", "the", "former", "then", "now", "head", "chief"}
        or fl in L.ROLE_NOUNS or fl in L.TITLES or fl in _PREPS_ROLE
        or (first.w[:1].islower() and not re.search(r"(ing|ed)$", fl) and fl not in _FORM2LEMMA)
    )
    if not ok or fl in {"who", "which", "that", "and", "but", "referring"}:
        return None, k
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


# ----------------------------------------------------------------------------- candidates


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | str | None = None
    spk: _Spk | None = None
    para: int = 0
    standalone: bool = False
    open_at: int = -1  # position of the opening mark (direct, marked)
    sentence: tuple[int, int] | None = None
    extra: dict = field(default_factory=dict)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


_DOUBLE = set('"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02')
_SINGLE = set("'\u2018\u2019\u201a\u201b\u2039\u203a")
_CLOSERS = {
    "\u00ab": "\u00bb", "\u00bb": "\u00ab", "\u2039": "\u203a", "\u203a": "\u2039",
    "\u201e": "\u201c\u201d\"", "\u201c": "\u201d\u201c\"", "\u201d": "\u201d\"", '"': '"\u201d\u201c',
    "\u201a": "\u2018\u2019'", "\u2018": "\u2019'", "\u2019": "\u2019'", "'": "'\u2019",
}
_OPEN_CTX = set(" \t([{-/\u2014\u2013:") | _DOUBLE | _SINGLE
_CLOSE_AFTER = re.compile("[,.!?]?[" + "".join(sorted(_DOUBLE)) + "]")  # a closing mark after the content


def _mark_pairs(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Outermost (open, close) quote-mark positions inside one paragraph."""
    pairs = []
    stack: list[tuple[str, int]] = []
    for i in range(a, b):
        ch = text[i]
        is_d, is_s = ch in _DOUBLE, ch in _SINGLE
        if not (is_d or is_s):
            continue
        prev = text[i - 1] if i > a else " "
        nxt = text[i + 1] if i + 1 < b else " "
        if is_s and prev.isalnum() and nxt.isalnum():
            continue  # apostrophe inside a word
        if stack:
            top = stack[-1][0]
            if ch in _CLOSERS.get(top, "") and not (prev.isspace() and ch in _SINGLE):
                o = stack.pop()[1]
                if not stack:
                    pairs.append((o, i))
                continue
        opener_ctx = (prev.isspace() or prev in _OPEN_CTX or i == a) and (
            not nxt.isspace() or ch == "\u201c" and not stack)  # a left double quote opens, even spaced
        if ch in "\u00ab\u00bb\u2039\u203a":
            opener_ctx = not prev.isalnum() or i == a
        if is_s and not nxt.isalpha():
            opener_ctx = False  # '80s, ' alone
        if opener_ctx and ch in _CLOSERS:
            if is_s and stack == [] and ch == "\u2019":
                continue  # a right single quote rarely opens a quotation
            stack.append((ch, i))
    if stack and stack[0][0] in _DOUBLE:
        # a quotation running on into the next paragraph has no closing mark at this paragraph's
        # end (news convention): it opens the paragraph or follows a colon
        o = stack[0][1]
        lead = text[a:o].rstrip()
        # ... or follows a closed quotation and its attribution ('"A," said X. "B ...')
        if (not lead or lead.endswith(":") or pairs and lead[-1:] in tuple(".!?")) \
                and not any(p[0] > o for p in pairs) and _words(text[o:b]) >= 4:
            pairs.append((o, b))
    return pairs


def _words(s: str) -> int:
    return len(re.findall(r"\w+(?:['\-]\w+)*", s))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;-\u2013\u2014"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:-\u2013\u2014"):
        e -= 1
    return s, e


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
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBZ") or _lem(t) in ("be", "have", "do"):
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
            if role and spk.kind == "name":
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
        if j < n and (toks[j].low.endswith("ly") or toks[j].low in {"also", "then", "later", "once"}) and not _verb_at(toks, j):
            j += 1
        v = _verb_at(toks, j) or (_manner_verb(doc, toks, j) if described else None)
        if v and _ends_ok(toks, v[2], to_end, loose=True):
            return (v[0], v[1]), spk, v[2]
    if described:
        return _described_name(toks, i, to_end)
    return None


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


# ----------------------------------------------------------------------------- main


def find_quotes(text: str, *, spacy_doc=None, lang: str = "en") -> list[Quote]:
    """Direct and indirect quotations in `text`, with speakers where they can be resolved."""
    out = []
    for a in find_attributions(text, spacy_doc=spacy_doc, lang=lang):
        if a["kind"] not in ("direct", "indirect"):
            continue  # attitudes, evaluations, intentions: attributions, but not quotations
        if a.get("piece"):
            continue  # a fragment of the content ('which' before 'officials said'): scored, not shown
        q = a["quote"]
        q.source_start, q.source_end = a.get("source_start"), a.get("source_end")
        q.cue_start, q.cue_end = a.get("cue_start"), a.get("cue_end")
        out.append(q)
    return out


def find_attributions(text: str, *, spacy_doc=None, lang: str = "en") -> list[dict]:
    """Every quotation as a dict carrying more than `Quote` holds (used by the attribution eval).

    Besides quotations (kind `direct` / `indirect`), this returns attributions in the wide sense
    of attribution corpora (kind `attitude`): reported wishes, intentions, evaluations and
    nominal attributions ("X called for Y", "X wants to Y", "his claim that Y", "X criticised Y"),
    the content taken from the parse. `find_quotes` keeps only the quotations. Nested attributions
    keep the outer one only (its content holds the inner one), and a transcript / headline label
    ("NAME: words") is the source of its paragraph.

    Keys: `quote` (the model.Quote, speaker resolved), `start`/`end` (content), `kind`, `how`
    (which rule found it: direct|indirect|v-ccomp|v-xcomp|v-dobj|v-prep|n-poss|n-light|n-agent),
    `cue_start`/`cue_end` (the cue as written, None when there is none), `source_start`/
    `source_end` (the source mention as written near the cue: a pronoun, "the analyst", a name;
    None when none is written) and `group` (quotes sharing one attribution clause, e.g. the two
    halves of a split quote, share a group number).
    """
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        if spacy_doc is not None and getattr(spacy_doc, "text", None) != text:
            spacy_doc = None
    except Exception:
        spacy_doc = None
    try:
        out = _find(text, spacy_doc)
    except Exception:
        out = []
        if spacy_doc is not None:
            try:
                out = _find(text, None)
            except Exception:
                out = []
    return _with_other_languages(text, lang, out)


def _with_other_languages(text: str, lang: str | None, out: list[dict]) -> list[dict]:
    """For text that is not English, add the direct quotes found from quote marks and the language's
    speech verbs (`quotes_ml`); the English rules above miss their cues ("a déclaré", "sagte")."""
    code = (lang or "en").lower()[:2]
    if code == "en":
        return out
    try:
        from .quotes_ml import find_direct_quotes

        extra = find_direct_quotes(text, code)
    except Exception:
        return out
    taken = [(a["start"], a["end"]) for a in out]
    group = max((a["group"] for a in out if isinstance(a.get("group"), int)), default=-1) + 1
    for a in extra:
        if any(s < a["end"] and a["start"] < e for s, e in taken):
            continue
        out.append(dict(a, group=group))
        group += 1
    out.sort(key=lambda a: a["start"])
    return out


def _find(text: str, doc, broad: bool = True) -> list[dict]:
    f = _double_apostrophes(fold_punct(text))
    qv = _double_apostrophes(text)
    paras = _paragraphs(text)
    cands: list[_Cand] = []
    for pi, (a, b) in enumerate(paras):
        cands.extend(_marked(text, f, a, b, pi, doc, qv))
    dash = []
    for pi in range(len(paras)):
        dash.extend(_dashed(text, f, paras, pi, cands))
    # marked quotes inside a dash-led quote belong to it
    cands = [c for c in cands if not any(d.start <= c.open_at < d.end for d in dash)] + dash
    cands.sort(key=lambda c: c.start)
    _inherit(cands, text)
    _continued(cands, text, f, paras)
    cands.extend(_labelled(text, f, paras, cands, doc))
    cands = [c for c in cands if not c.extra.get("absorbed")]
    direct = [c for c in cands if c.kind == "direct" or c.extra.get("label")]
    if doc is not None:
        cands.extend(_indirect_spacy(doc, text, f, direct, broad=broad))
    else:
        cands.extend(_indirect_regex(text, f, paras, direct))
    cands = [c for c in cands if not c.extra.get("absorbed")]
    cands.sort(key=lambda c: c.start)
    persons = _person_mentions(text, f, doc, cands)
    out: list[dict] = []
    groups: dict[tuple, int] = {}
    chain_keys: dict[int, tuple] = {}
    for c in cands:
        written = c.spk
        spk = _resolve(c, persons, text)
        s, e = _trim(text, c.start, c.end)
        if e <= s:
            continue
        if c.kind != "direct" and s > 0 and text[s - 1] in _DOUBLE and sum(ch in _DOUBLE for ch in text[s:e]) % 2:
            s -= 1  # a reported clause opening with a partial quote keeps its opening mark
        m = _CLOSE_AFTER.match(text, e)
        if c.kind != "direct" and m and sum(ch in _DOUBLE for ch in text[s:e]) % 2:
            e = m.end()  # ... and one ending with a partial quote its closing mark ('called it "a mistake."')
        q = Quote(start=s, end=e, text=text[s:e], kind=c.kind)
        cue_span = c.cue if isinstance(c.cue, tuple) else None
        if cue_span is not None:
            q.cue = text[cue_span[0]:cue_span[1]]
        elif isinstance(c.cue, str):
            q.cue = c.cue
        if spk is not None:
            q.speaker_start, q.speaker_end = spk.start, spk.end
            q.speaker_text = text[spk.start:spk.end]
            role = spk.role or spk.title
            if role:
                rs, re_ = _trim(text, *role)
                q.speaker_role = text[rs:re_] or None
        src = c.extra.get("written_src") or ((written.start, written.end) if written is not None else None)
        phrase = _source_phrase(doc, text, src, (s, e), cue_span) if src else None
        # quotes sharing one attribution clause (split quotes, a speaker's run of sentences) are
        # one attribution with several content pieces, as PolNeAR annotates them
        key = (cue_span, src) if cue_span is not None else ("q", s)
        head = c.extra.get("chain_head")
        if head is not None and id(head) in chain_keys:
            key = chain_keys[id(head)]
        chain_keys[id(c)] = key
        out.append({
            "quote": q, "start": s, "end": e, "kind": c.kind,
            "cue_start": cue_span[0] if cue_span else None, "cue_end": cue_span[1] if cue_span else None,
            "source_start": src[0] if src else None, "source_end": src[1] if src else None,
            "source_phrase": phrase, "how": c.extra.get("how", c.kind),
            "group": groups.setdefault(key, len(groups)),
        })
        for ps, pe in c.extra.get("pieces", ()):
            ps, pe = _trim(text, ps, pe)
            if pe > ps:
                out.append(dict(out[-1], quote=Quote(start=ps, end=pe, text=text[ps:pe], kind=c.kind),
                                start=ps, end=pe, piece=True))
    out = _outermost(out)
    _pullquotes([a["quote"] for a in out], text)
    return out


def _outermost(out: list[dict]) -> list[dict]:
    """An attribution whose content lies inside one content piece of another ('Y, she said'
    where Y is 'X wants Z') is dropped: the outer report holds it, and attribution corpora mark
    the outer one (PolNeAR train: a nested inner attribution is right 1 time in 4, the outer one 3
    times in 5). Pieces of one split quote span the narration between them; only a single piece
    counts as holding another attribution."""
    span: dict[int, list[int]] = {}
    for a in out:
        g = span.setdefault(a["group"], [a["start"], a["end"]])
        g[0], g[1] = min(g[0], a["start"]), max(g[1], a["end"])
    inner = {g for g, (s, e) in span.items()
             if any(a["group"] != g and a["start"] <= s and e <= a["end"] and (a["start"], a["end"]) != (s, e)
                    for a in out)}
    return [a for a in out if a["group"] not in inner]


def _one_sentence(f: str, a: int, b: int) -> bool:
    """No sentence end and no paragraph break between a and b (the stretch between two pieces)."""
    gap = f[a:b]
    return "\n" not in gap and not re.search(r"[.!?][\"')\]]*\s", gap)


def _source_phrase(doc, text: str, src, content, cue) -> tuple[int, int] | None:
    """The whole noun phrase of the written source ('Homeland Security Secretary Jeh Johnson',
    'Brian Fallon, the campaign's press secretary,'), never reaching into the content or the cue."""
    if doc is None:
        return src
    try:
        span = doc.char_span(src[0], src[1], alignment_mode="expand")
        if span is None or not len(span):
            return src
        tok = span.root
        for _ in range(4):
            if tok.dep_ in ("compound", "appos", "flat", "poss") and tok.head.i != tok.i:
                tok = tok.head
            else:
                break
        if tok.pos_ not in ("NOUN", "PROPN", "PRON"):
            return src
        st = tok.left_edge.idx
        last = tok.right_edge
        en = last.idx + len(last.text)
        st, en = _trim(text, min(st, src[0]), max(en, src[1]))
        for a, b in [content] + ([cue] if cue else []):
            if st < b and a < en:
                return src
        return (st, en) if en > st else src
    except Exception:
        return src


# ----------------------------------------------------------------------------- marked quotes


def _sentence_bounds(f: str, a: int, b: int, pos: int) -> tuple[int, int]:
    s = a
    for m in re.finditer(r"[.!?](?:[\"')\]]*)\s+(?=[\"'(\-]?\s*[^\W\d_])", f[a:pos]):
        s = a + m.end()
    m = re.search(r"[.!?][\"')\]]*(?=\s+[\"'(\-]?\s*[A-Z])", f[pos:b])
    e = pos + m.end() if m else b
    return s, e


_TWO_APOS = re.compile(r"''(?!')")


def _double_apostrophes(s: str) -> str:
    """Same-length view where a doubled apostrophe used as a double quote mark (archive style:
    ''Yes,'' she said) becomes one double quote, on the inner side, and a space."""
    if "''" not in s:
        return s
    out = list(s)
    for m in _TWO_APOS.finditer(s):
        i = m.start()
        prev = s[i - 1] if i > 0 else " "
        nxt = s[i + 2] if i + 2 < len(s) else " "
        if (prev.isspace() or prev in "([{-\u2014\u2013\"") and not nxt.isspace():
            out[i], out[i + 1] = " ", '"'  # opening: the mark right before the words
        elif not prev.isspace():
            out[i], out[i + 1] = '"', " "  # closing: the mark right after the words
    return "".join(out)


def _marked(text: str, f: str, a: int, b: int, pi: int, doc, qv: str | None = None) -> list[_Cand]:
    out: list[_Cand] = []
    for o, c in _mark_pairs(qv if qv is not None else text, a, b):
        s, e = _trim(text, o + 1, c)
        if e <= s:
            continue
        content = f[s:e]
        nw = _words(content)
        cand = _Cand(s, e, "direct", para=pi, open_at=o)
        if c >= b:
            cand.extra["open_end"] = True  # runs on into the next paragraph (no closing mark)
        after = _tokens(f, c + 1, min(b, c + 400))
        att = None
        if after and after[0].w not in {".", "!", "?"}:
            closing = f[o + 1:c].rstrip()[-1:]  # the punctuation inside the closing mark
            att = _post_attr(f, after, 0, described=closing in tuple(",!?") or after[0].w == ",", doc=doc)
            if att is not None and closing == "." and att[2] < len(after) \
                    and after[att[2]].w not in {".", ",", ";", "!", "?"} and after[0].w[:1].isupper():
                att = None  # '"...." He said the ...': a new sentence with its own report
        if att is None:
            before = _tokens(f, max(a, o - 300), o)
            att = _pre_attr(f, before)
            if att is None and before and before[-1].w in {":"} and nw >= 2:
                cand.extra["colon"] = True
        if att is not None:
            cand.cue, cand.spk = att[0], att[1]
            if nw >= 1:
                out.append(cand)
            continue
        # no adjacent attribution
        prev = f[a:o].rstrip()
        start_ok = not prev or prev[-1] in ".!?:" or (prev[-1] in "\"'" and prev[:-1].rstrip()[-1:] in tuple(".!?"))
        end_ok = content.rstrip()[-1:] in tuple(".!?\u2026") or f[c + 1:b].lstrip()[:1] in ("", ".", "!", "?")
        cand.standalone = bool(start_ok and end_ok and nw >= 4) or (o == a and c == b - 1 and nw >= 4)
        if nw <= 3 and not (cand.standalone or (start_ok and content.rstrip()[-1:] in tuple(".!?") and nw >= 2)):
            gov = _governor(doc, text, o, s, e) if doc is not None and _after_speech_verb(f, a, o) else None
            if gov is None:
                continue  # scare quotes and titles (a short full sentence still counts)
            cand.cue, cand.spk = gov  # a short quotation right after its speech verb: 'shouted "Out!"'
            cand.extra["governed"] = True
            out.append(cand)
            continue
        if nw <= 3:
            cand.standalone = True
        if cand.standalone:
            out.append(cand)
            continue
        gov = _governor(doc, text, o, s, e) if doc is not None else None
        if gov is not None:
            cand.cue, cand.spk = gov
            cand.extra["governed"] = True
            out.append(cand)
            continue
        cand.sentence = _sentence_bounds(f, a, b, o)
        cand.extra["partial"] = True
        out.append(cand)  # kept only if a sibling in its sentence is attributed (see _inherit)
    return out


_LAST_WORD = re.compile(r"([^\W\d_]+)[\s:,]*$")


def _after_speech_verb(f: str, a: int, o: int) -> bool:
    m = _LAST_WORD.search(f, max(a, o - 40), o)
    return bool(m) and m.group(1).lower() in _FORM2LEMMA


def _governor(doc, text: str, o: int, s: int, e: int):
    """A speech / characterising verb whose clause contains the quote, with its subject."""
    try:
        span = doc.char_span(s, e, alignment_mode="expand")
        toks = list(span) if span is not None else []
        if not toks:
            return None
        head = toks[0]
        for _ in range(40):
            if head.head.i == head.i:
                break
            if head.head.idx < s or head.head.idx >= e:
                head = head.head
                break
            head = head.head
        seen = 0
        t = head
        while seen < 12:
            lem = _lem(t)
            if t.pos_ in ("VERB", "AUX") and (lem in _SPEECH_LEMMAS or lem in _CHAR_LEMMAS):
                subj = [c for c in t.children if c.dep_ in ("nsubj",)]
                vs = None if subj else _verb_source(t)
                if vs is not None and vs.lower_ not in _RELPRON:
                    subj = [vs]  # 'responded by saying "..."': the gerund's source
                if subj:
                    spk = _spk_from_token(doc, text, subj[0])
                    if spk is not None:
                        return (t.idx, t.idx + len(t.text)), spk
            if t.head.i == t.i:
                break
            t = t.head
            seen += 1
    except Exception:
        return None
    return None


def _inherit(cands: list[_Cand], text: str) -> None:
    """Unattributed pieces take the speaker of an attributed quote next to them."""
    keep = []
    for c in cands:
        if c.spk is not None or c.kind != "direct" or c.open_at < 0:
            keep.append(c)
            continue
        src = None
        if c.extra.get("partial"):
            sib = [d for d in cands if d is not c and d.spk is not None and d.open_at >= 0
                   and d.sentence is None and c.sentence and c.sentence[0] <= d.start < c.sentence[1]]
            sib += [d for d in keep if d.extra.get("partial_ok") and d.sentence == c.sentence]
            if not sib:
                # a later sentence of a paragraph whose speaker is quoted earlier: the speaker goes
                # on ('"A," she said. Unless X happens, "B."')
                sib = [d for d in keep if d.para == c.para and d.spk is not None and d.open_at >= 0
                       and d.kind == "direct" and not d.extra.get("partial") and d.end < c.start][-1:]
            if not sib:
                continue
            src = sib[0]
            c.extra["partial_ok"] = True
        else:
            same = [d for d in cands if d is not c and d.para == c.para and d.spk is not None
                    and d.open_at >= 0 and not d.extra.get("partial")]
            before = [d for d in same if d.start < c.start]
            after = [d for d in same if d.start > c.start]
            src = before[-1] if before else (after[0] if after else None)
        if src is not None:
            c.spk, c.cue = src.spk, src.cue
            c.extra["inherited"] = src
        keep.append(c)
    cands[:] = keep


def _continued(cands: list[_Cand], text: str, f: str, paras) -> None:
    """A quotation left open at the end of a paragraph goes on in the next one (news convention:
    each paragraph of a long quote reopens the marks, only the last closes them): the paragraphs
    form one attribution, and an unattributed one takes the speaker of the run. A quote opening a
    paragraph after one ending with a colon ('Trump said:') takes that paragraph's speaker."""
    by_para: dict[int, list[_Cand]] = {}
    for c in cands:
        if c.kind == "direct" and c.open_at >= 0:
            by_para.setdefault(c.para, []).append(c)
    for pi in sorted(by_para):
        first = min(by_para[pi], key=lambda d: d.start)
        if first.spk is None and pi > 0 and first.open_at == paras[pi][0]:
            pa, pb = paras[pi - 1]
            if f[pa:pb].rstrip().endswith(":"):
                att = _pre_attr(f, _tokens(f, max(pa, pb - 300), pb))
                if att is None:
                    att = _intro(f, pa, pb)
                if att is not None and att[1] is not None:
                    first.cue, first.spk = att
                    first.standalone = False
        prev = by_para.get(pi - 1)
        if not prev:
            continue
        last = max(prev, key=lambda d: d.start)
        if first.open_at != paras[pi][0]:
            continue
        if not last.extra.get("open_end"):
            # a paragraph that opens with an unattributed quotation after a paragraph quoting a
            # speaker: the same speaker goes on (news convention), one attribution with the last
            _follow_on(by_para[pi], last)
            continue
        head = last.extra.get("chain_head", last)
        if first.spk is None or first.cue is None or first.extra.get("inherited") is not None:
            first.spk, first.cue = head.spk, head.cue
            first.extra["chain_head"] = head
        elif head is last and last.extra.get("inherited") is not None:
            # a run opened after another speaker's quotation ('"A," X said. "B ...¶"C," added Y'):
            # the run's own attribution, at its end, outranks the neighbour it was lent
            last.spk, last.cue = first.spk, first.cue
            last.extra["inherited"] = None
            first.extra["chain_head"] = last


def _follow_on(para: list[_Cand], last: _Cand) -> None:
    if last.spk is None or last.cue is None or any(c.spk is not None for c in para):
        return
    head = last.extra.get("chain_head", last)
    for c in para:
        c.spk, c.cue = head.spk, head.cue
        c.extra["chain_head"] = head


_LABEL = re.compile(r"([^\W\d_][\w.'\u2019\-]*(?:[ \t]+[\w.'\u2019\-]+){0,3})"
                    r"(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*:[ \t\u00a0]+(?=\S)")


# a transcript label with the speaker's role: 'JANE DOE, FOX NEWS ANCHOR: ...'
_CAPS_LABEL = re.compile(r"([A-Z][A-Z.'\u2019\-]*(?:[ \t]+[A-Z][A-Z.'\u2019\-]*){0,3})"
                         r"(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*,"
                         r"[ \t]*[A-Z][A-Z0-9 .,'\u2019\-&()/]{1,60}?:[ \t\u00a0]+(?=\S)")


def _label_match(f: str, a: int, b: int):
    if a < b and f[a] in _DOUBLE:
        a += 1  # a quoted transcript excerpt: '"SMITH: Well, look, ...'
    return _LABEL.match(f, a, b) or _CAPS_LABEL.match(f, a, b)


def _labelled(text: str, f: str, paras, cands: list[_Cand], doc=None) -> list[_Cand]:
    """'NAME: words' paragraphs: a transcript speaker label or a headline's source ('Senator:
    the plan will fail'). The label is short, capitalised and not a section label ('UPDATE:')."""
    out = []
    labelled: dict[int, _Cand] = {}
    for pi, (a, b) in enumerate(paras):
        m = _label_match(f, a, b)
        if not m:
            continue
        label = m.group(1)
        words = label.split()
        if label.lower().strip(".") in L.NON_SPEAKER_LABELS or words[0].lower() in L.NON_SPEAKER_LABELS:
            continue
        if not all(w[:1].isupper() or w.lower() in L.NAME_CONNECTORS for w in words):
            continue
        if any(w.lower() in L.NON_NAME_CAPITALS or w.lower() in _FORM2LEMMA for w in words):
            continue
        if doc is not None and _place_label(doc, m.start(1), m.end(1)):
            continue  # a dateline or place headline ('Lisbon: talks resume'), not a speaker
        s, e = _trim(text, m.end(), b)
        if _words(text[s:e]) < (1 if label.isupper() and len(label) > 1 else 3) or "http" in text[s:e][:12]:
            continue
        inside = [c for c in cands if c.kind == "direct" and c.para == pi]
        if any(c.spk is not None and not c.extra.get("partial") for c in inside):
            continue  # the paragraph's own quotes carry the attribution
        for c in inside:
            c.extra["absorbed"] = True
        spk = _Spk("name" if len(words) >= 2 or label.isupper() else "np", m.start(1), m.end(1))
        kind = "direct" if label.isupper() and len(label) > 1 else "indirect"
        colon = m.end() - 1
        while colon > m.end(1) and f[colon] != ":":
            colon -= 1
        c = _Cand(s, e, kind, cue=(colon, colon + 1), spk=spk, para=pi)
        c.extra["label"] = True
        out.append(c)
        if kind == "direct":
            labelled[pi] = c
    # a transcript turn running over several paragraphs: the unlabelled paragraphs between two
    # labelled ones continue the turn of the first
    for pi, c in labelled.items():
        run = []
        for pj in range(pi + 1, len(paras)):
            if pj in labelled or _label_match(f, *paras[pj]):
                break
            a, b = paras[pj]
            if f[a] in "([" or any(d.para == pj and d.kind == "direct" and d.spk is not None for d in cands):
                run = []
                break
            run.append(pj)
        else:
            run = []  # the article goes on after the transcript: no turn to continue
        for pj in run[:4]:
            a, b = paras[pj]
            s, e = _trim(text, a, b)
            if _words(text[s:e]) < 2:
                continue
            for d in cands:
                if d.para == pj and d.kind == "direct":
                    d.extra["absorbed"] = True
            k = _Cand(s, e, "direct", cue=c.cue, spk=c.spk, para=pj)
            k.extra["label"] = True
            out.append(k)
    return out


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})


def _place_label(doc, a: int, b: int) -> bool:
    """Is the label a place or a date by the tagger (and nothing that can speak)?"""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return False
    types = {t.ent_type_ for t in span if t.ent_type_}
    return bool(types) and types <= _PLACE_ENTS


# ----------------------------------------------------------------------------- dash-led speech

_MID_DASH = re.compile(r"[.!?][\"')\]]?(\s+)-\s+(?=[\"']?[^\W\d_])")


def _dashed(text: str, f: str, paras, pi: int, marked: list[_Cand]) -> list[_Cand]:
    a, b = paras[pi]
    starts = []
    m = re.match(r"-\s+(?=\S)", f[a:b])
    if m:
        starts.append((a + m.end(), a))
    for m in _MID_DASH.finditer(f, a, b):
        dpos = m.end(1)
        if any(c.open_at < dpos < c.end + 1 for c in marked if c.para == pi):
            continue
        nxt = f[m.end():m.end() + 2].lstrip("\"'")
        if nxt[:1].isupper():
            starts.append((m.end(), dpos))
    out = []
    for idx, (qs, dpos) in enumerate(starts):
        seg_end = starts[idx + 1][1] if idx + 1 < len(starts) else b
        seg_end = _trim(text, qs, seg_end)[1]
        if _words(f[qs:seg_end]) < 3:
            continue
        cand = _Cand(qs, seg_end, "direct", para=pi, extra={"dash": True})
        toks = _tokens(f, qs, seg_end)
        # trailing attribution: last ' - ' or ', ' from which an attribution runs to the end
        for k in range(len(toks) - 1, max(0, len(toks) - 45), -1):
            t = toks[k]
            if t.w == "-" and not (t.start > 0 and f[t.start - 1].isspace()):
                continue
            if t.w not in {"-", ","}:
                continue
            att = _post_attr(f, toks, k, to_end=True)
            if att is not None and att[2] >= len(toks) - 1 or (att is not None and _ends_ok(toks, att[2], True, loose=True)):
                cand.end = _trim(text, qs, t.start)[1]
                cand.cue, cand.spk = att[0], att[1]
                break
        if cand.spk is None:
            intro = None
            if dpos == a and pi > 0:
                pa, pb = paras[pi - 1]
                if f[pa:pb].rstrip().endswith(":"):
                    intro = _intro(f, pa, pb)
            elif f[a:dpos].rstrip().endswith(":"):
                intro = _intro(f, a, f[a:dpos].rstrip().__len__() + a)
            if intro:
                cand.cue, cand.spk = intro
        if cand.spk is None:
            # a dash with no one to say it is a dateline ('BOSTON. - Sen. X ...'), a list item or an
            # aside, not speech: PolNeAR train, 2 such segments in 57 were quotations
            continue
        if cand.end > cand.start and _words(f[cand.start:cand.end]) >= 3:
            out.append(cand)
    return out


def _intro(f: str, a: int, b: int):
    """The speaker introduced by a sentence ending with a colon ('Here is what NAME, ROLE, says:')."""
    s, _ = _sentence_bounds(f, a, b, max(a, b - 1))
    toks = _tokens(f, s, b)
    spk = None
    for k in range(len(toks)):
        if toks[k].low in _PRONOUNS and k + 1 < len(toks) and _verb_at(toks, k + 1):
            spk, j = _Spk("pron", toks[k].start, toks[k].end), k + 1
            break
        sp = _name_fwd(toks, k)
        if sp and (k > 0 or sp[1] - k >= 2):
            name_words = [t for t in toks[k:sp[1]] if _is_word(t)]
            if len(name_words) >= 2 or sp[0].title is not None or (k > 0 and toks[k - 1].low in L.HONORIFICS):
                spk, j = sp
                role, j2 = _role_fwd(f, toks, j)
                if role:
                    spk.role, j = role, j2
                break
    if spk is None:
        return None
    cue = None
    for t in toks[j:]:
        if _FORM2LEMMA.get(t.low) or t.low in L.INTRO_VERBS_EN:
            cue = (t.start, t.end)
            break
    return cue, spk


# ----------------------------------------------------------------------------- indirect speech


def _spk_from_token(doc, text: str, s) -> _Spk | None:
    """Speaker from a subject / pobj token: person entity, pronoun, role noun phrase or organisation."""
    low = s.lower_
    if low in _PRONOUNS:
        return _Spk("pron", s.idx, s.idx + len(s.text))
    if low in L.NON_SPEAKER_SUBJECTS:
        if low in L.QUANTIFIER_SUBJECTS and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                p.dep_ == "pobj" for p in c.children) for c in s.children):
            # 'one of the witnesses', 'some of his aides': the group names the speaker; bare 'some'
            # or 'many' ('Many say ...') stays unresolved
            return _group_phrase(text, s)
        return None
    if s.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in s.children):
        tok = s if s.ent_type_ == "PERSON" else next(c for c in s.children if c.dep_ == "appos" and c.ent_type_ == "PERSON")
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is None:
            return None
        st, en = _person_span(doc, text, ent)
        spk = _Spk("name", st, en)
        if st > ent.start_char:
            spk.title = _trim(text, ent.start_char, st)
        appos = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ != "PERSON"]
        if appos:
            ap = appos[0]
            spk.role = (ap.left_edge.idx, ap.right_edge.idx + len(ap.right_edge.text))
        elif tok is not s:
            comma = [t for t in s.subtree if t.text == "," and t.i < tok.i]
            end_i = comma[0].idx if comma else tok.idx
            spk.role = (s.left_edge.idx, end_i)
        else:
            left = [t for t in s.subtree if t.i < ent.start and t.idx < st and t.dep_ in ("compound", "amod", "poss", "nmod", "case", "det")]
            if left:
                spk.role = (left[0].idx, doc[ent.start - 1].idx + len(doc[ent.start - 1].text))
                if spk.role[1] > st:
                    spk.role = (spk.role[0], st)
        if spk.role:
            rs, re_ = _trim(text, *spk.role)
            spk.role = (rs, re_) if re_ > rs else None
        return spk
    if s.ent_type_ in ("ORG", "GPE", "NORP"):
        ent = next((e for e in doc.ents if e.start <= s.i < e.end), None)
        if ent is not None:
            st = ent.start_char
            if text[st:st + 4].lower() == "the ":
                st += 4
            return _Spk("np", st, ent.end_char)
    lem = s.lemma_.lower()
    if lem in L.ROLE_NOUNS or low in L.ROLE_NOUNS:
        dets = [c for c in s.children if c.dep_ == "det"]
        if dets and dets[0].lower_ == "the" and not any(c.dep_ == "prep" for c in s.children):
            return _Spk("desc", dets[0].idx, s.idx + len(s.text))
        end_tok = s
        for c in s.children:
            if c.dep_ in ("prep", "compound", "amod") and c.i > s.i:
                sub = list(c.subtree)
                if any(t.text == "," for t in sub):
                    break
                end_tok = sub[-1]
        toks_left = [t for t in s.subtree if t.i <= s.i]
        st = toks_left[0].idx if toks_left else s.idx
        en = end_tok.idx + len(end_tok.text)
        # 'Governor of Utopia Jane Doe': a name at the end of the phrase is the speaker
        rt = _tokens(fold_punct(text[st:en]), 0, en - st)
        for r in rt:
            r.start += st
            r.end += st
        nm = _name_bwd(rt, len(rt) - 1) if rt else None
        if nm is not None and nm.start > st and len(text[nm.start:nm.end].split()) >= 2:
            nm.role = _trim(text, st, nm.start)
            return nm
        return _Spk("np", st, en)
    if s.pos_ == "PROPN":
        # a name the NER missed: the proper-noun chain around the subject
        toks = [x for x in s.subtree if x.i <= s.i and x.dep_ == "compound" and x.pos_ == "PROPN"] + [s]
        toks = [x for x in toks if x.i >= s.i - len(toks) + 1]
        if all(x.text[:1].isupper() for x in toks) and low not in L.NON_NAME_CAPITALS:
            return _Spk("name", toks[0].idx, s.idx + len(s.text))
    if s.pos_ in ("NOUN", "PROPN") and low not in L.NON_SPEAKER_SUBJECTS:
        st, en = s.left_edge.idx, s.idx + len(s.text)
        st, en = _trim(text, st, en)
        if en > st:
            return _Spk("np", st, en)
    if s.pos_ in ("NUM", "ADJ", "DET") and s.dep_ == "nsubj":
        return _group_phrase(text, s)  # 'Sixty percent of voters said ...', 'Two of the officials said ...'
    return None


def _group_phrase(text: str, s) -> _Spk | None:
    """A counted or quantified group as the speaker: the subject's whole phrase, when short."""
    sub = list(s.subtree)
    if len(sub) > 12:
        return None
    st, en = _trim(text, sub[0].idx, sub[-1].idx + len(sub[-1].text))
    return _Spk("np", st, en) if en > st else None


def _person_span(doc, text: str, ent) -> tuple[int, int]:
    """A PERSON entity as a name: no possessive, no leading title or 'President of X', honorific kept."""
    toks = list(ent)
    while toks and toks[-1].text in ("'s", "\u2019s", "'", "\u2019"):
        toks = toks[:-1]
    low = [t for t in toks if t.text[:1].islower() and t.lower_ in _NP_INNER]
    if low and len([t for t in toks if t.i > low[-1].i]) >= 3:
        toks = [t for t in toks if t.i > low[-1].i][1:]
    while len(toks) > 1 and toks[0].lower_ in L.TITLES:
        toks = toks[1:]
    if not toks:
        return ent.start_char, ent.end_char
    st, en = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    m = re.search(r"['\u2019]s?$", text[st:en])
    if m and en - len(m.group(0)) > st:
        en -= len(m.group(0))
    pre = toks[0].i - 1
    if pre >= 0 and doc[pre].lower_.rstrip(".") in _HON:
        st = doc[pre].idx
    return st, en


_HON = {h.rstrip(".") for h in L.HONORIFICS}


def _overlaps(s: int, e: int, direct: list[_Cand]) -> list[_Cand]:
    return [d for d in direct if d.start - 2 < e and s < d.end + 2]


def _clip_direct(text: str, s: int, e: int, direct: list[_Cand]) -> tuple[int, int] | None:
    ov = _overlaps(s, e, direct)
    if not ov:
        return s, e
    first = min(ov, key=lambda d: d.start)
    if first.extra.get("dash") or first.start <= s + 2:
        return None
    cut = first.open_at if first.open_at >= 0 else first.start
    s2, e2 = _trim(text, s, cut)
    # drop a dangling conjunction before the quote ("..., so")
    m = re.search(r"[,\s]+(?:so|and|but|that|as|because)\s*$", text[s2:e2])
    if m:
        e2 = s2 + m.start()
    if _words(text[s2:e2]) < 4:
        return None
    return s2, e2


def _indirect_spacy(doc, text: str, f: str, direct: list[_Cand], broad: bool = False) -> list[_Cand]:
    out: list[_Cand] = []
    mask = bytearray(len(text) + 1)  # 1 = inside a direct quote or an accepted indirect one
    for d in direct:
        mask[d.start:d.end] = b"\x01" * (d.end - d.start)

    # 'according to X' frames its whole sentence, speech verbs inside included ('Most voters said
    # Y, according to the poll'): it goes first, so the report it frames stays inside it
    for t in doc:
        if mask[t.idx] or not _is_according(doc, t):
            continue
        try:
            c = _according(doc, text, t, direct)
        except Exception:
            c = None
        if c is not None:
            out.append(c)
            mask[c.start:c.end] = b"\x01" * (c.end - c.start)
            mask[t.idx:c.cue[1]] = b"\x01" * (c.cue[1] - t.idx)

    for t in doc:
        try:
            if mask[t.idx]:
                continue
            if t.pos_ in ("VERB", "AUX") and _lem(t) in _SPEECH_LEMMAS:
                c = _speech_clause(doc, text, t, direct)
            else:
                c = None
            if c is None and broad:
                c = _broad(doc, text, t, direct, mask)
            if c is not None:
                out.append(c)
                mask[c.start:c.end] = b"\x01" * (c.end - c.start)
        except Exception:
            continue
    return out


def _is_according(doc, t) -> bool:
    return t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to"


def _speech_clause(doc, text, t, direct):
    lem = _lem(t)
    if lem in L.PHRASAL_SPEECH_EN and L.PHRASAL_SPEECH_EN[lem]:
        # the particle as the parser reads it: 'speak out' (prt), 'put it' (dobj)
        prt = [c for c in t.children if c.dep_ in ("prt", "dobj") and c.i > t.i and c.lower_ in L.PHRASAL_SPEECH_EN[lem]]
        if not prt:
            return None
        cue = (t.idx, prt[0].idx + len(prt[0].text))
    else:
        if lem in L.WEAK_SPEECH_EN and (lem not in L.WEAK_AFTER_CLAUSE_EN or any(
                c.dep_ == "ccomp" and c.i > t.i for c in t.children)):
            return None  # a weak verb with its clause after it is left to the wide rules
        cue = (t.idx, t.idx + len(t.text))
    ccomps = [c for c in t.children if c.dep_ == "ccomp"]
    subj = _subject(t)
    if not subj:
        return None
    if not ccomps:
        return _parenthetical(doc, text, t, cue, subj, direct)
    cc = max(ccomps, key=lambda c: len(list(c.subtree)))
    sub = sorted(_clause_subtree(cc) + _second_that(t, cc), key=lambda x: x.i)
    more = [c for c in ccomps if c is not cc and c.i > t.i and cc.i > t.i]
    if more:
        # 'said she has X: "Y"': the parser splits one report into two clauses of the verb
        seen = {x.i for x in sub}
        sub = sorted(sub + [x for c in more for x in _clause_subtree(c) if x.i not in seen], key=lambda x: x.i)
    first = sub[0]
    if first.dep_ == "mark" and first.lower_ in {"that", "if", "whether"}:
        sub = sub[1:]
    if not sub or sub[0].i > t.i and (sub[0].dep_ == "cc" or sub[0].lower_ in {"and", "but", "or", "so"}):
        return None  # '..., Melanie said, and soon the balloons ...': a coordinated clause, not speech
    sub, wh = _split_relative(sub, t)
    s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    s, e = _trim(text, s, e)
    while e > s and text[e - 1] in ".\"'\u201d\u2019":
        e -= 1
    if s <= t.idx < e or s <= subj[0].idx < e:
        return None  # a relative or embedded construction, not a reported clause
    absorbed = _mixed(text, s, e, direct, cue)
    if absorbed:
        clip = (s, e)
    else:
        clip = _clip_direct(text, s, e, direct)
    if clip is None or _words(text[clip[0]:clip[1]]) < 3:
        return None
    c = _reported(doc, text, clip[0], clip[1], cue, subj[0], absorbed)
    if c is None:
        return None
    if wh is not None:
        c.extra["pieces"] = [wh]
    return c


def _second_that(t, cc) -> list:
    """'said X but that Y': the parser hangs the second that-clause on the speech verb; it is
    more of the same report, so it and the words joining it extend the content."""
    out = []
    for k in t.children:
        if k.dep_ != "conj" or k.i <= cc.i:
            continue
        first = k.left_edge
        if first.lower_ == "that" and first.dep_ == "mark":
            out.extend(t.doc[cc.right_edge.i + 1:k.right_edge.i + 1])
    return out


def _split_relative(sub: list, t) -> tuple[list, tuple[int, int] | None]:
    """'the rules, which officials said will take effect in May': the relative pronoun opens the
    reported clause but stands before the attribution; the content is the pronoun and the clause
    after the cue (two pieces, as PolNeAR marks it)."""
    before = [x for x in sub if x.i < t.i]
    after = [x for x in sub if x.i > t.i]
    if len(before) == 1 and before[0].lower_ in _WH and after:
        w = before[0]
        return after, (w.idx, w.idx + len(w.text))
    return sub, None


_CLAUSE_V = L.CLAUSE_ATTRIB_VERBS_EN
_XCOMP_V = L.XCOMP_ATTRIB_VERBS_EN
_DOBJ_V = L.DOBJ_ATTRIB_VERBS_EN
_PREP_V = L.PREP_ATTRIB_VERBS_EN
_ADDRESSEE_V = frozenset({"tell", "inform", "remind", "warn", "assure", "advise", "order", "instruct",
                          "ask", "promise", "convince", "persuade"})
_RELPRON = frozenset({"who", "which", "that", "whom"})
_WH = _RELPRON | {"what", "whose"}  # a relative or free-relative pronoun opening the clause
_NO_SOURCE = frozenset({"there", "what", "whatever", "whoever", "here"})


def _broad(doc, text, t, direct, mask):
    """Attribution in the wide sense: a cue verb or noun of saying, thinking, wanting or evaluating
    with its content taken from the parse (clause, infinitive, object, or preposition + object)."""
    if t.pos_ in ("VERB", "AUX") and _lem(t) in _RAISING_V:
        return _raising(doc, text, t, direct, mask)
    if t.pos_ == "VERB":
        return (_broad_verb(doc, text, t, direct, mask) or _raising(doc, text, t, direct, mask)
                or _passive_object(doc, text, t, direct, mask) or _question(doc, text, t, direct, mask))
    if t.pos_ == "ADJ" and t.lemma_.lower() in L.ATTRIB_ADJECTIVES_EN:
        return _broad_adj(doc, text, t, direct, mask)
    if t.pos_ == "NOUN" and t.lemma_.lower() in L.ATTRIB_NOUNS_EN:
        return _broad_noun(doc, text, t, direct, mask)
    return None


_END_MARKS = ".\"'\u201d\u2019"


def _content_span(text: str, doc, toks, closers: str = _END_MARKS + "\u201c") -> tuple[int, int]:
    """The characters of a content clause: its tokens' extent without a leading complementiser
    "that" (PolNeAR leaves it out), trimmed, without closing punctuation or quote marks at the end."""
    s, e = _span_of(toks)
    first = min(toks, key=lambda x: x.i)
    if first.dep_ == "mark" and first.lower_ == "that" and first.i + 1 < len(doc):
        s = doc[first.i + 1].idx
    s, e = _trim(text, s, e)
    while e > s and text[e - 1] in closers:
        e -= 1
    return s, e


def _span_of(toks) -> tuple[int, int]:
    a = min(toks, key=lambda x: x.i)
    b = max(toks, key=lambda x: x.i)
    return a.idx, b.idx + len(b.text)


def _src_token_span(doc, text, s) -> tuple[int, int] | None:
    """The source as written: a subject / agent / possessor token's phrase (pronouns included)."""
    low = s.lower_
    if low in _NO_SOURCE:
        return None
    if low in _RELPRON:
        return (s.idx, s.idx + len(s.text))  # PolNeAR marks the relative pronoun as written
    if s.pos_ not in ("NOUN", "PROPN", "PRON") and not (s.pos_ in ("NUM", "ADJ", "DET") and s.dep_ == "nsubj"):
        return None
    # stop the phrase at a relative clause or a long postmodifier
    keep = list(s.subtree)
    rel = [x for x in s.children if x.dep_ in ("relcl", "acl") and x.i > s.i]
    if rel:
        cut = min(x.left_edge.i for x in rel)
        keep = [x for x in keep if x.i < cut]
    if len(keep) > 14:
        keep = [x for x in keep if x.i <= s.i]
    sub = [x for x in keep if not (x.i == keep[-1].i and x.is_punct)]
    if not sub:
        return None
    a, b = _span_of(sub)
    a, b = _trim(text, a, b)
    if b > a and text[b - 2:b] in ("'s", "\u2019s"):
        b -= 2
    return (a, b) if b > a else None


def _agent(t):
    """The object of a passive verb's 'by' phrase ('was criticized by economists'), or None."""
    for a in t.children:
        if a.dep_ == "agent":
            p = [c for c in a.children if c.dep_ == "pobj"]
            if p:
                return p[0]
    return None


def _verb_source(t):
    subj = [c for c in t.children if c.dep_ in ("nsubj",)]
    if subj:
        return subj[0]
    agent = _agent(t)
    if agent is not None:
        return agent
    if any(c.dep_ == "nsubjpass" for c in t.children):
        return None
    h = _narrator_head(t)
    if h.i != t.i and t.dep_ in ("xcomp", "conj", "advcl") and h.pos_ in ("VERB", "AUX"):
        if t.dep_ == "advcl" and t.tag_ != "VBG" and not _infinitive(t):
            return None
        return _verb_source(h) if t.dep_ != "advcl" or h.dep_ != "advcl" else None
    if t.dep_ == "acl" and t.tag_ == "VBG" and h.pos_ in ("NOUN", "PROPN"):
        return h
    # 'X opened by talking about Y', 'was aggressive in pushing X', 'took the step of criticizing
    # X', 'their strategy of attacking X': the gerund's source is the subject of the clause its
    # preposition attaches to, up through an adjective or noun (or that noun's possessor)
    if t.dep_ == "pcomp" and t.tag_ == "VBG" and h.dep_ == "prep":
        x = h.head
        for _ in range(3):
            if x.pos_ == "NOUN":
                poss = [c for c in x.children if c.dep_ == "poss"]
                if poss:
                    return poss[0]
            if x.pos_ in ("VERB", "AUX"):
                return _verb_source(x) if x.i != t.i else None
            if x.head.i == x.i:
                break
            x = x.head
    return None


def _infinitive(t) -> bool:
    """'went on to say', 'took to Twitter to argue': a purpose infinitive shares its head's subject."""
    return t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < t.i for c in t.children)


def _cue_left(t, doc):
    """Auxiliaries and negation right before the cue verb belong to the cue ('has also called')."""
    left = [c for c in t.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < t.i]
    if not left:
        return t.idx
    first = min(left, key=lambda c: c.i)
    if any(doc[k].is_punct for k in range(first.i, t.i)):
        return t.idx
    return first.idx


def _content_ok(text, s, e, t, src, direct, mask, absorbed=()) -> bool:
    if e <= s or _words(text[s:e]) < 1:
        return False
    if s <= t.idx < e:
        return False
    if src and s < src[1] and src[0] < e:
        return False
    if any(mask[s:e]):
        free = [(d.start, d.end) for d in absorbed]  # partial quotes this content takes in
        if any(mask[i] and not any(a <= i < b for a, b in free) for i in range(s, e)):
            return False
    if _overlaps(s, e, direct):
        return False
    if _only_time(t.doc, s, e):
        return False
    return True


def _only_time(doc, s: int, e: int) -> bool:
    """A content that is only a date or a stretch of time ('voted on March 1', 'has pushed for
    months'): the prepositional phrase says when, not what (PolNeAR train: 15 of 15 wrong)."""
    span = doc.char_span(s, e, alignment_mode="expand")
    words = [x for x in span if not x.is_punct] if span is not None else []
    return bool(words) and all(x.ent_type_ in ("DATE", "TIME") for x in words)


def _accept(text, s, e, t, src, direct, mask, cue=None) -> bool:
    """`_content_ok` for a content that may hold partial quotes ('called the plan "a disaster" for
    the city'): those quotes become part of this attribution (marked absorbed) when it is accepted."""
    cue = cue or (t.idx, t.idx + len(t.text))
    absorbed = _mixed(text, s, e, direct, cue) if _overlaps(s, e, direct) else []
    if not _content_ok(text, s, e, t, src, [d for d in direct if d not in absorbed], mask, absorbed):
        return False
    for d in absorbed:
        d.extra["absorbed"] = True
    return True


def _broad_verb(doc, text, t, direct, mask):
    lem = _lem(t)
    kids = list(t.children)
    st = _verb_source(t)
    if st is not None:
        src = _src_token_span(doc, text, st)
        if src is None:
            st = None  # 'there', 'what', a clause: no source as written
    elif _sourceless_ok(t):
        src = None
    else:
        return None
    prt = [c for c in kids if c.dep_ == "prt" and c.i == t.i + 1 and c.lower_ in L.CUE_PARTICLES_EN]
    cue_s = _cue_left(t, doc)
    cue_e = (prt[0] if prt else t)
    cue_e = cue_e.idx + len(cue_e.text)
    pieces = []
    wh = how = None
    kind = "attitude"
    ccomp = [c for c in kids if c.dep_ == "ccomp" and c.i > t.i]
    xcomp = [c for c in kids if c.dep_ == "xcomp" and c.i > t.i]
    dobj = [c for c in kids if c.dep_ in ("dobj",) and c.i > t.i]
    oprd = [c for c in kids if c.dep_ == "oprd" and c.i > t.i]
    preps = [c for c in kids if c.dep_ in ("prep",) and c.i > t.i and c.lower_ in _PREP_V
             and lem in _PREP_V[c.lower_]]
    # 'called for the city to act': the parser reads 'for' as the mark of an infinitive clause
    forcl = [c for c in kids if c.dep_ == "advcl" and c.i > t.i and c.left_edge.dep_ == "mark"
             and c.left_edge.lower_ == "for" and lem in _PREP_V.get("for", ())]
    if forcl and not any(c.dep_ in ("dobj", "ccomp") for c in kids):
        pieces, how = [forcl[0]], "v-prep"
        cue_e = forcl[0].left_edge.idx + len(forcl[0].left_edge.text)
    elif ccomp and lem in _CLAUSE_V:
        pieces = [max(ccomp, key=lambda c: len(list(c.subtree)))]
        pieces += [c for c in ccomp if c is not pieces[0]]  # a report the parser split in two
        if lem in _SPEECH_LEMMAS:
            kind = "indirect"
    elif xcomp and lem in _XCOMP_V:
        pieces = [xcomp[0]]
        if dobj and lem not in _ADDRESSEE_V and dobj[0].i < xcomp[0].i:
            pieces.append(dobj[0])
    elif dobj and lem in L.LIGHT_VERBS_EN and dobj[0].lemma_.lower() in L.ATTRIB_NOUNS_EN and any(
            c.dep_ in ("acl", "prep") and c.i > dobj[0].i for c in dobj[0].children):
        return None  # 'expressed concern about X': the noun carries the attribution (_broad_noun)
    elif dobj and lem in _DOBJ_V:
        # the object with what the verb says of it: 'called it "a mistake"', 'slammed X as too
        # vague', 'praised X for Y', 'announced steps to tighten ...'
        pieces = [dobj[0]] + [c for c in kids if c.i > dobj[0].i and (
            c.dep_ in ("oprd", "dative", "ccomp", "xcomp")
            or c.dep_ == "prep" and not _circumstance(c)
            or c.dep_ == "advcl" and c.left_edge.lower_ == "to")]
    elif oprd and lem in _DOBJ_V:
        # 'which Trump had called "a disaster"', 'called the chief executive "driven"' (the object
        # parsed into the predicate): what the verb says, with a fronted relative object
        pieces, how = oprd[:1], "v-dobj"
        rel = [c for c in kids if c.dep_ == "dobj" and c.i < t.i and c.lower_ in _WH]
        if rel:
            wh = (rel[0].idx, rel[0].idx + len(rel[0].text))
    elif preps and preps[0].lower_ == "as" and dobj and dobj[0].i < preps[0].i:
        # 'views X as Y', 'described X as Y': the object and what it is taken for
        pieces = [dobj[0], preps[0]]
    elif preps:
        p = preps[0]
        obj = [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
        if not obj:
            return None
        # the verb's later prepositional phrases go with the content ('called for X at Y')
        pieces = obj + [c for c in kids if c.dep_ == "prep" and c.i > p.i and not _circumstance(c)]
        cue_e = p.idx + len(p.text)
    elif lem in _SPEECH_LEMMAS:
        # a short answer said ('75 percent said yes', 'said the same of Clinton', 'says so')
        pieces = [c for c in kids if c.left_edge.i == t.i + 1 + len(prt) and c.dep_ in ("intj", "npadvmod", "advmod")
                  and c.lower_ in L.SHORT_ANSWERS_EN][:1]
        how = "v-answer"
    if not pieces:
        return None
    toks = [x for c in pieces for x in _clause_subtree(c)]
    if ccomp and pieces[0] in ccomp:
        toks, wh = _split_relative(sorted(toks, key=lambda x: x.i), t)
    if forcl and pieces[0] is forcl[0]:
        toks = [x for x in toks if x.i != forcl[0].left_edge.i]
    s, e = _span_of(toks)
    if ccomp and pieces[0] in ccomp:
        first = min(toks, key=lambda x: x.i)
        if first.dep_ == "mark" and first.lower_ in {"that"} and first.i + 1 < len(doc):
            s = doc[first.i + 1].idx
    s, e = _ext(text, t, s, e, cue_e)
    s, e = _trim(text, s, e)
    while e > s and text[e - 1] in ".\"'\u201d\u2019\u201c":
        e -= 1
    if not _accept(text, s, e, t, src, direct, mask, (cue_s, cue_e)):
        return None
    if kind == "indirect" and (_words(text[s:e]) < 3 or src is None):
        kind = "attitude"  # a report with no one to report it ('Asked if ...') is no quotation
    spk = _spk_from_token(doc, text, st) if st is not None and st.lower_ not in _RELPRON else None
    c = _Cand(s, e, kind, cue=(cue_s, cue_e), spk=spk)
    c.extra["written_src"] = src
    if wh is not None:
        c.extra["pieces"] = [wh]
    c.extra["how"] = how or "v-" + ("ccomp" if ccomp and pieces[0] in ccomp else "xcomp" if xcomp and pieces[0] is xcomp[0]
                                    else "dobj" if dobj and pieces[0] is dobj[0] else "prep")
    return c


def _sourceless_ok(t) -> bool:
    """May a verb whose source the parse does not give still attribute its content? Yes for a
    participle or infinitive with no subject in reach ('a record of criticizing the pipeline',
    'ready to back Clinton') and a finite verb whose subject the parser lost: PolNeAR leaves the
    source out of 7% of attributions, and on its train split such a verb's content is right one
    time in two. Not for a verb with a passive subject and no agent (the source is unknown but
    the object is the subject, see `_passive_object`), a participle modifying a noun ('material
    deemed classified', 'a bill called X': naming, right one time in five), an imperative ('Vote
    for X!') or a word the parser could not attach."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in t.children):
        return False
    if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD"):
        return False
    if t.tag_ == "VB" and t.dep_ in ("ROOT", "conj") and not _infinitive(t):
        return False
    return t.dep_ not in ("dep", "amod", "attr")


def _circumstance(p) -> bool:
    """A prepositional phrase that says when the source spoke, not what it said ('praised X on
    Monday', 'announced Y in an interview published Saturday', 'mentioned Z after the vote',
    'called her a clown on his radio show'):
    attribution corpora leave it out of the content."""
    w = p.lower_
    if w in L.CIRCUMSTANCE_PREPS_EN:
        return True
    if w not in L.TIME_PREPS_EN:
        return False
    if any(x.ent_type_ in ("DATE", "TIME") for x in p.subtree):
        return True
    obj = [c for c in p.children if c.dep_ == "pobj"]
    if not obj:
        return False
    lem, ent = obj[0].lemma_.lower(), obj[0].ent_type_
    if w == "on":  # 'called her a clown on his radio show', 'said so on CNN'
        return ent == "ORG" or lem in L.SPEAKING_MEDIA_EN or lem in L.SPEAKING_OCCASIONS_EN
    return w in ("in", "at") and (ent in ("GPE", "LOC", "FAC") or lem in L.SPEAKING_OCCASIONS_EN)


def _ext(text, t, s, e, cue_e):
    """Content followed by a colon goes on to the end of its sentence ('endorsed one of their
    methods: freeing the delegates ...'): the colon introduces what the content is."""
    if s < cue_e:
        return s, e
    se = t.sent.end_char
    if not text[e:se].lstrip().startswith(":"):
        return s, e
    return s, max(e, se)


_RAISING_V = L.RAISING_VERBS_EN
_PASSIVE_V = L.PASSIVE_ATTRIB_VERBS_EN


def _raising(doc, text, t, direct, mask):
    """'X is expected to win', 'X seemed ready to quit', 'X is widely seen as a favourite', 'it
    appears that X': the evidence or expectation is attributed, to the agent when written and to
    no one otherwise; the content is the subject and what is said of it (two pieces)."""
    lem = _lem(t)
    kids = list(t.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
    if lem not in _RAISING_V and not (passive and lem in _PASSIVE_V):
        return None
    if lem in _RAISING_V and t.tag_ == "VBG":
        return None  # 'appearing on television'
    subj = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i]
    comp = [c for c in kids if c.i > t.i and c.dep_ in ("xcomp", "oprd", "acomp", "attr", "ccomp")]
    if not comp:
        comp = [c for c in kids if c.i > t.i and c.dep_ == "prep" and c.lower_ in ("as", "to", "about", "on")]
    if not comp:
        return None
    st = _agent(t)
    agent = [c for c in kids if c.dep_ == "agent"]
    if lem in _RAISING_V and any(c.dep_ == "nsubj" and c.lower_ not in ("it", "there") for c in kids):
        pass
    elif not passive and lem not in _RAISING_V:
        return None
    src = _src_token_span(doc, text, st) if st is not None else None
    cue_s = _cue_left(t, doc)
    cue_e = t.idx + len(t.text)
    adv = [c for c in kids if c.dep_ == "prt" and c.i == t.i + 1]
    if adv:
        cue_e = adv[0].idx + len(adv[0].text)
    c0 = comp[0]
    ctoks = [x for x in _clause_subtree(c0)]
    if agent:
        ctoks = [x for x in ctoks if not any(x.i in {y.i for y in a.subtree} for a in agent)]
    if not ctoks:
        return None
    s, e = _content_span(text, doc, ctoks)
    if not _accept(text, s, e, t, src, direct, mask):
        return None
    pieces = []
    subj = [x for x in subj if x.lower_ not in ("it", "there")]
    if subj:
        stoks = _prune_nonrestrictive(list(subj[0].subtree), subj[0])
        a, b = _span_of(stoks)
        a, b = _trim(text, a, b)
        if b > a and not any(mask[a:b]) and not _overlaps(a, b, direct):
            pieces.append((a, b))
    if not pieces and _words(text[s:e]) < 3:
        return None
    c = _Cand(s, e, "attitude", cue=(cue_s, cue_e), spk=None)
    c.extra["written_src"] = src
    c.extra["pieces"] = pieces
    c.extra["how"] = "v-raising"
    return c


def _passive_object(doc, text, t, direct, mask):
    """'The move was hotly criticized (by economists)', 'Clinton's position was supported by
    Feinstein': the passive subject is what the attitude is about, the agent (when written) holds it."""
    kids = list(t.children)
    subj = [c for c in kids if c.dep_ == "nsubjpass" and c.i < t.i]
    if not subj or _lem(t) not in _DOBJ_V or subj[0].lower_ in _RELPRON | {"it", "there"}:
        return None
    if any(c.i > t.i and c.dep_ in ("xcomp", "oprd", "acomp", "attr", "ccomp") for c in kids):
        return None
    st = _agent(t)
    src = _src_token_span(doc, text, st) if st is not None else None
    stoks = _prune_nonrestrictive(list(subj[0].subtree), subj[0])
    s, e = _content_span(text, doc, stoks)
    if not _accept(text, s, e, t, src, direct, mask):
        return None
    cue_s = _cue_left(t, doc)
    c = _Cand(s, e, "attitude", cue=(cue_s, t.idx + len(t.text)), spk=None)
    c.extra["written_src"] = src
    c.extra["how"] = "v-passive"
    return c


def _question(doc, text, t, direct, mask):
    """'Asked whether he would run, Smith said ...', 'When asked about the merger, ...', 'She was
    asked if ...': the question is attributed to an interviewer who is not named, so the content
    is the question (a wh-/if-clause or what it was about) and no source is given."""
    if _lem(t) not in L.QUESTION_VERBS_EN:
        return None
    kids = list(t.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
    if not (passive or t.dep_ == "advcl" and t.tag_ in ("VBN", "VBD") and not _subject(t)):
        return None
    pieces = [c for c in kids if c.i > t.i and c.dep_ in ("ccomp", "dobj", "xcomp")]
    cue_e = t.idx + len(t.text)
    if not pieces:
        about = [c for c in kids if c.i > t.i and c.dep_ == "prep" and c.lower_ == "about"]
        pieces = [x for x in about[0].children if x.dep_ in ("pobj", "pcomp")] if about else []
        if about:
            cue_e = about[0].idx + len(about[0].text)
    if not pieces:
        return None
    s, e = _content_span(text, doc, _clause_subtree(pieces[0]))
    if not _accept(text, s, e, t, None, direct, mask):
        return None
    c = _Cand(s, e, "attitude", cue=(_cue_left(t, doc), cue_e), spk=None)
    c.extra["how"] = "v-question"
    return c


def _broad_adj(doc, text, t, direct, mask):
    """'X is critical of Y', 'X was confident that Y', 'X is eager to Y': an evaluative adjective
    predicated of the source, with its prepositional object or clause as content."""
    if t.dep_ not in ("acomp", "amod", "oprd", "conj") or t.head.i == t.i:
        return None
    h = t.head
    if t.dep_ == "conj":
        if h.pos_ != "ADJ" or h.dep_ != "acomp":
            return None
        h = h.head
    kids = list(t.children)
    content = None
    cue_e = t.idx + len(t.text)
    for c in kids:
        if c.i < t.i:
            continue
        if c.dep_ in ("ccomp", "xcomp"):
            content = c
            break
        if c.dep_ == "prep" and c.lower_ in L.ATTRIB_NOUN_PREPS_EN | {"with", "in"}:
            obj = [x for x in c.children if x.dep_ in ("pobj", "pcomp")]
            if obj:
                content = obj[0]
                cue_e = c.idx + len(c.text)
                break
    if content is None:
        return None
    if t.dep_ == "amod":
        st = h if h.pos_ in ("NOUN", "PROPN") else None
        cue_s = t.idx
    else:
        st = _verb_source(h) if h.pos_ in ("VERB", "AUX") else None
        cue_s = _cue_left(h, doc) if h.pos_ in ("VERB", "AUX") and h.i < t.i else t.idx
        if h.i < t.i and cue_s > h.idx:
            cue_s = h.idx
    if st is None:
        return None
    src = _src_token_span(doc, text, st)
    if src is None:
        return None
    toks = _clause_subtree(content)
    s, e = _content_span(text, doc, toks)
    if not _accept(text, s, e, t, src, direct, mask):
        return None
    spk = _spk_from_token(doc, text, st) if st.lower_ not in _RELPRON else None
    c = _Cand(s, e, "attitude", cue=(cue_s, cue_e), spk=spk)
    c.extra["written_src"] = src
    c.extra["how"] = "a-adj"
    return c


def _clause_subtree(c) -> list:
    """The subtree of a content head, without a coordinated verb phrase that has no subject of
    its own and follows a comma ('insists the GOP must be X, and has championed Y': the second
    verb is the reporter's narration, usually misattached by the parser)."""
    drop: set[int] = set()
    if c.pos_ in ("VERB", "AUX"):
        for k in c.children:
            if _narration_conj(k, c):
                prev = [x for x in c.children if x.i < k.i and x.dep_ in ("cc", "punct")]
                lo = min([k.left_edge.i] + [x.i for x in prev if x.i > max([y.i for y in c.children if y.i < k.i and y.dep_ not in ("cc", "punct")] + [c.i])])
                drop |= {x.i for x in k.subtree} | set(range(lo, k.i))
    keep = [x for x in c.subtree if x.i not in drop]
    return _prune_nonrestrictive(keep, c)


def _narration_conj(k, c) -> bool:
    """Is the verb `k`, coordinated to the content head `c`, the reporter's narration rather than
    more of what was said? Yes for a second report ('... and insisted that ...', '... and they say
    ...'), a verb in another tense ('will fight on ... and refuses to ...') and, after a comma, a
    verb with no subject of its own."""
    if k.dep_ != "conj" or k.pos_ not in ("VERB", "AUX") or k.i <= c.i or k.head.i != c.i:
        return False
    own_subj = any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in k.children)
    if _lem(k) in _SPEECH_LEMMAS and any(x.dep_ in ("ccomp", "xcomp") for x in k.children):
        return True
    if own_subj:
        return False
    if k.tag_ in ("VBD", "VBZ", "VBP") and c.tag_ == "VB":
        return True
    return any(x.text == "," and x.i < k.i and x.dep_ == "punct" for x in c.children)


def _narrator_head(t):
    """The verb whose subject a narration conjunct shares: the reporting verb above the content."""
    h = t.head
    if t.dep_ == "conj" and h.dep_ == "ccomp" and h.head.i != h.i and _narration_conj(t, h):
        return h.head
    return h


_NONRESTRICTIVE = frozenset({"relcl"})  # appositions and participles: gold keeps them as often as not
_CONTRAST = frozenset({"while", "although", "though", "whereas", "compared", "even", "unlike", "despite"})
_OPEN_PUNCT = frozenset({",", "-", "\u2013", "\u2014", "--", "("})


def _prune_nonrestrictive(toks: list, root) -> list:
    """Drop a comment set off by a comma or dash at the end of the content ('the plan, which was
    ...', 'Clinton, a former ...', 'X should be Y, referring to Z'): attribution corpora leave the
    reporter's aside out of what the source said."""
    if not toks:
        return toks
    idx = {x.i for x in toks}
    doc = root.doc
    last = max(idx)
    for x in sorted(toks, key=lambda t: t.i):
        if x.i == root.i or x.i not in idx or x.head.i not in idx:
            continue
        if x.dep_ not in _NONRESTRICTIVE and not (x.dep_ == "appos" and x.head.pos_ == "PROPN") and not (
                x.dep_ in ("advcl", "prep") and x.left_edge.lower_ in _CONTRAST):
            continue
        le = x.left_edge.i
        if le <= min(idx) or doc[le - 1].text not in _OPEN_PUNCT:
            continue
        if x.right_edge.i < last:
            continue  # a medial aside: kept (the span stays contiguous)
        sub = {y.i for y in x.subtree}
        rest = idx - sub - {le - 1}
        if rest and sum(1 for i in rest if not doc[i].is_punct) >= 1:
            idx = rest
            last = max(idx)
    return [x for x in toks if x.i in idx]


def _broad_noun(doc, text, t, direct, mask):
    kids = list(t.children)
    content = None
    cue_e = t.idx + len(t.text)
    acl = [c for c in kids if c.dep_ in ("acl", "ccomp", "relcl") and c.i > t.i]
    for a in acl:
        first = min(a.subtree, key=lambda x: x.i)
        if first.lower_ == "that" and first.dep_ == "mark" or first.lower_ == "to" and a.dep_ == "acl":
            content = [a]
            break
    if content is None:
        for p in kids:
            if p.dep_ == "prep" and p.i > t.i and p.lower_ in L.ATTRIB_NOUN_PREPS_EN:
                obj = [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
                if obj:
                    content = obj
                    cue_e = p.idx + len(p.text)
                    break
    if content is None:
        return None
    # the source: a possessor ('his claim'), an agent ('criticism from X'), or the subject of a
    # light verb taking the noun ('X raised concerns about ...')
    st = None
    cue_s = t.idx
    poss = [c for c in kids if c.dep_ == "poss"]
    if poss:
        st = poss[0]
        cue_s = t.idx
    else:
        for p in kids:
            if p.dep_ == "prep" and p.lower_ in ("from", "by") and p.i > t.i:
                obj = [c for c in p.children if c.dep_ == "pobj"]
                if obj:
                    st = obj[0]
                    break
        h = t.head
        if st is None and t.dep_ in ("dobj", "nsubjpass") and h.pos_ == "VERB" and _lem(h) in L.LIGHT_VERBS_EN:
            st = _verb_source(h)
            cue_s = _cue_left(h, doc)
        if st is None and t.lemma_.lower() in L.AGENT_NOUNS_EN:
            # 'X, a fierce critic of Y' / 'X is a longtime supporter of Y'
            if t.dep_ == "appos" and h.pos_ in ("NOUN", "PROPN"):
                st = h
            elif t.dep_ == "attr" and h.pos_ in ("VERB", "AUX"):
                st = _verb_source(h)
    lem = t.lemma_.lower()
    if poss and lem in L.POSS_WEAK_NOUNS_EN or st is None and lem in L.NOSRC_WEAK_NOUNS_EN:
        return None
    if st is None and not (cue_e == t.idx + len(t.text) or doc[min(t.i + 1, len(doc) - 1)].lower_ in ("about", "against")):
        return None  # without a source, only a noun with its clause ('the claim that X', 'calls to Y')
    src = _src_token_span(doc, text, st) if st is not None else None
    if st is not None and st.i == t.head.i and t.dep_ == "appos" and src is not None:
        src = _trim(text, src[0], min(src[1], t.left_edge.idx))  # the name, not its apposition
        src = src if src[1] > src[0] else None
    if st is not None and (src is None or src[0] >= t.idx and src[0] < cue_e):
        return None
    toks = [x for c in content for x in _prune_nonrestrictive(list(c.subtree), c)]
    s, e = _content_span(text, doc, toks, closers=_END_MARKS)
    if not _accept(text, s, e, t, src, direct, mask):
        return None
    if cue_s > t.idx:
        cue_s = t.idx
    spk = _spk_from_token(doc, text, st) if st is not None and st.lower_ not in _RELPRON else None
    c = _Cand(s, e, "attitude", cue=(cue_s, cue_e), spk=spk)
    c.extra["written_src"] = src
    c.extra["how"] = "n-" + ("nosrc" if st is None else "poss" if poss else "light" if cue_s < t.idx else "agent")
    return c


def _subject(t) -> list:
    """The subject of a speech verb; a participle or second conjunct takes its head's ('..., saying ...')."""
    subj = [c for c in t.children if c.dep_ == "nsubj"]
    if subj:
        return subj
    if t.dep_ in ("advcl", "conj", "xcomp") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
        if t.dep_ == "advcl" and t.tag_ != "VBG" and not _infinitive(t):
            return []
        return [c for c in _narrator_head(t).children if c.dep_ == "nsubj"]
    return []


_MIXED_TAIL = 2  # words after a clause-initial quote that make it a partial quote ('"zero" voters would ...')


def _mixed(text: str, s: int, e: int, direct: list[_Cand], cue: tuple[int, int] | None = None) -> list[_Cand]:
    """Marked quotes wholly inside a reported clause that starts with the reporter's own words
    ('X says voter fraud "would be ..."'): the clause is the attribution, the marks a partial quote.
    With `cue`, quotes attributed to that same cue are partial quotes of the clause as well."""
    ov = _overlaps(s, e, direct)
    if not ov:
        return []
    for d in ov:
        if d.extra.get("dash") or d.start < s or d.end > e + 2 or d.open_at < 0:
            return []
        # a quote tied to the clause's own cue, the cue written before the clause ('X said he was
        # certain Y would be "..."'); a trailing '..., X said' keeps its quotes direct
        same = (cue is not None and isinstance(d.cue, tuple) and d.cue[0] < cue[1] and cue[0] < d.cue[1]
                and cue[1] <= s)
        if not (d.extra.get("partial") or d.extra.get("governed") or same):
            return []
    first = min(ov, key=lambda d: d.start)
    last = max(ov, key=lambda d: d.end)
    if _words(text[s:first.open_at]) < 1 and (_words(text[last.end + 1:e]) < _MIXED_TAIL
                                              or text[last.start:last.end].rstrip()[-1:] in tuple(",.!?;:")):
        return []  # the clause is the quotation itself ('"They stole it," as the crowd cheered')
    return ov


def _as_clause(t) -> bool:
    return t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < t.i for c in t.children)


def _parenthetical(doc, text, t, cue, subj, direct):
    """'..., sources said.' / 'But to prevent problems, he said, officials should ...' / 'As the
    mayor noted, ...': the speech verb hangs off the reported clause (parataxis, an 'as' clause,
    or a ROOT whose clause is not a ccomp)."""
    as_cl = _as_clause(t)
    if (t.dep_ not in ("parataxis", "ccomp", "conj") and not as_cl) or t.head.i == t.i:
        return None
    if any(c.dep_ in ("dobj", "xcomp", "pobj", "attr", "acomp", "advcl") and not cue[0] <= c.idx < cue[1]
           for c in t.children):
        return None  # (the cue's own words, 'put it', are no object)
    if t.dep_ in ("ccomp", "conj"):
        # only a trailing attribution: the verb and its subject end the sentence
        rest = [x for x in doc[t.i + 1:t.sent.end] if not x.is_punct and x.dep_ not in ("npadvmod", "advmod", "prep", "pobj", "det", "compound", "amod")]
        if rest or not any(x.text == "," for x in doc[max(t.sent.start, subj[0].left_edge.i - 1):subj[0].left_edge.i]):
            return None
    head = t.head
    while as_cl and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head  # 'The bridge, as the mayor noted, is ...': the clause, not the noun
    own = {x.i for x in t.subtree}
    sent = head.sent
    span = [x for x in head.subtree if x.i not in own and sent.start <= x.i < sent.end]
    if not span:
        return None
    a0, b0 = min(x.i for x in t.subtree), max(x.i for x in t.subtree)
    left = [x for x in span if x.i < a0]
    right = [x for x in span if x.i > b0]
    pieces = []
    for part in (left, right):
        if part:
            s, e = _trim(text, part[0].idx, part[-1].idx + len(part[-1].text))
            while e > s and text[e - 1] in ".,\"'\u201d\u2019":
                e -= 1
            if _words(text[s:e]) >= 1:
                pieces.append((s, e))
    if not pieces:
        return None
    s, e = max(pieces, key=lambda p: _words(text[p[0]:p[1]]))
    if _words(text[s:e]) < 3:
        return None  # the longer side is the report; the other one may be a single word
    absorbed = _mixed(text, s, e, direct, cue)
    if _overlaps(s, e, [d for d in direct if d not in absorbed]):
        return None
    c = _reported(doc, text, s, e, cue, subj[0], absorbed)
    # a medial cue ('The plan, officials said, would cost billions') splits one report in two:
    # the shorter side is a second piece of the same attribution, as PolNeAR marks it
    other = [p for p in pieces if p != (s, e) and not _overlaps(p[0], p[1], direct)]
    if c is not None and other:
        c.extra["pieces"] = other
    return c


def _reported(doc, text, s, e, cue, subj, absorbed) -> _Cand | None:
    """An indirect quote of the speech verb's subject. The partial quotes its content takes in are
    marked absorbed only once the speaker resolves, so a rejected clause leaves them quotes."""
    spk = _spk_from_token(doc, text, subj)
    if spk is None:
        return None
    for d in absorbed:
        d.extra["absorbed"] = True
    kind = "direct" if _whole_quotation(text, s, e, absorbed) else "indirect"
    return _Cand(s, e, kind, cue=cue, spk=spk)


def _whole_quotation(text: str, s: int, e: int, absorbed: list[_Cand]) -> bool:
    """Is the reported clause one quotation, marks and all ('"We are ready," the union said',
    'The union said "we are ready."')? Then it is a direct quote, not an indirect one."""
    if len(absorbed) == 1:
        return _words(text[s:absorbed[0].start]) + _words(text[absorbed[0].end:e]) == 0
    return (s > 0 and text[s - 1] in _DOUBLE and bool(_CLOSE_AFTER.match(text, e))
            and not any(ch in _DOUBLE for ch in text[s:e]) and _words(text[s:e]) >= 3)


def _according(doc, text, t, direct):
    to = doc[t.i + 1]
    pobj = [c for c in to.children if c.dep_ == "pobj"]
    if not pobj:
        return None
    spk = _spk_from_token(doc, text, pobj[0])
    # 'according to numerous sources / the report': attributed to what is written, with no
    # person to resolve it to
    written = _src_token_span(doc, text, pobj[0]) if spk is None else None
    if spk is None and written is None:
        return None
    sent = t.sent
    ph_s = t.idx
    ph_e = pobj[0].right_edge.idx + len(pobj[0].right_edge.text)
    before = text[sent.start_char:ph_s]
    after_s, sent_e = ph_e, sent.end_char
    if not re.search(r"\w", before) or re.fullmatch(r"\W*(?:and|but|so|yet)?\W*", before, re.I):
        s, e = after_s, sent_e
    elif not re.search(r"\w", text[ph_e:sent_e]):
        s, e = sent.start_char, ph_s
    else:
        s, e = (after_s, sent_e) if _words(text[after_s:sent_e]) >= _words(before) else (sent.start_char, ph_s)
    s, e = _trim(text, s, e)
    while e > s and text[e - 1] in ".":
        e -= 1
    clip = _clip_direct(text, s, e, direct)
    if clip is None or _words(text[clip[0]:clip[1]]) < 3:
        return None
    c = _Cand(clip[0], clip[1], "indirect", cue=(t.idx, to.idx + len(to.text)), spk=spk)
    if written is not None:
        c.extra["written_src"] = written
    return c


_ACC_RE = re.compile(r"\b(according to)\s+", re.I)


def _clause_to_sentence_end(text: str, f: str, a: int, b: int, s: int, direct) -> tuple[int, int] | None:
    """Reported content from `s` to the end of its sentence, outside direct quotes; None when under 3 words."""
    _, e = _sentence_bounds(f, a, b, s)
    s, e = _trim(text, s, e)
    while e > s and text[e - 1] == ".":
        e -= 1
    clip = _clip_direct(text, s, e, direct)
    return clip if clip and _words(text[clip[0]:clip[1]]) >= 3 else None


def _indirect_regex(text: str, f: str, paras, direct: list[_Cand]) -> list[_Cand]:
    """Without a parse: 'According to NAME, ...' and 'NAME said (that) ...'."""
    out = []
    for a, b in paras:
        for m in _ACC_RE.finditer(f, a, b):
            if any(d.start <= m.start() < d.end for d in direct):
                continue
            toks = _tokens(f, m.end(), b)
            sp = _speaker_fwd(toks, 0)
            if not sp or sp[1] >= len(toks) or toks[sp[1]].w != ",":
                continue
            clip = _clause_to_sentence_end(text, f, a, b, toks[sp[1]].end, direct)
            if clip:
                out.append(_Cand(clip[0], clip[1], "indirect", cue=(m.start(1), m.end(1)), spk=sp[0]))
        toks = _tokens(f, a, b)
        for k, t in enumerate(toks):
            v = _verb_at(toks, k, weak_ok=False)
            if not v or any(d.start <= t.start < d.end for d in direct):
                continue
            j = v[2]
            if j < len(toks) and toks[j].low == "that":
                j += 1
            else:
                continue
            spk = _speaker_bwd(toks, k - 1)
            if spk is None or j >= len(toks):
                continue
            clip = _clause_to_sentence_end(text, f, a, b, toks[j].start, direct)
            if clip:
                out.append(_Cand(clip[0], clip[1], "indirect", cue=(v[0], v[1]), spk=spk))
    return out


# ----------------------------------------------------------------------------- resolution


def _person_mentions(text: str, f: str, doc, cands: list[_Cand]) -> list[_Spk]:
    """Named person mentions usable as antecedents (spaCy PERSON entities + named speakers)."""
    out: list[_Spk] = [c.spk for c in cands if c.spk is not None and c.spk.kind == "name"]
    if doc is not None:
        try:
            for ent in doc.ents:
                if ent.label_ not in ("PERSON", "PER"):
                    continue
                st, en = _person_span(doc, text, ent)
                spk = _Spk("name", st, en)
                toks = _tokens(f, en, min(len(f), en + 200))
                role, _ = _role_fwd(f, toks, 0)
                spk.role = role
                out.append(spk)
        except Exception:
            pass
    out.sort(key=lambda s: s.start)
    return out


def _resolve(c: _Cand, persons: list[_Spk], text: str) -> _Spk | None:
    spk = c.spk
    if spk is None:
        return None
    if spk.kind in ("name", "np"):
        if spk.kind == "name" and spk.role is None:
            # a role written after an earlier mention of the same name
            last = text[spk.start:spk.end].split()[-1:]
            for p in persons:
                if p.role and p.start < spk.start and text[p.start:p.end].split()[-1:] == last:
                    spk.role = p.role
        return spk
    low = text[spk.start:spk.end].lower()
    if spk.kind == "pron":
        if low not in L.PERSON_PRONOUNS:
            return None
        prior = [p for p in persons if p.end <= spk.start and spk.start - p.end < 2500]
        return prior[-1] if prior else None
    if spk.kind == "desc":
        noun = low.split()[-1]
        prior = [p for p in persons if p.end <= spk.start and spk.start - p.end < 4000]
        if noun == "latter":
            return prior[-1] if prior else None
        if noun == "former":
            return None
        for p in reversed(prior):
            if p.role and re.search(r"\b" + re.escape(noun.rstrip("s")), text[p.role[0]:p.role[1]].lower()):
                return p
        return None
    return None


def _norm(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def _pullquotes(out: list[Quote], text: str) -> None:
    """A headline pull-quote without a speaker takes the speaker of the quote it repeats."""
    try:
        from rapidfuzz import fuzz
    except Exception:  # pragma: no cover
        return
    for q in out:
        if q.speaker_text is not None or q.kind != "direct" or _words(q.text) < 5:
            continue
        nq = _norm(q.text)
        best = None
        for o in out:
            if o is q or o.speaker_text is None or len(o.text) < len(q.text):
                continue
            score = fuzz.partial_ratio(nq, _norm(o.text))
            if score >= 88 and (best is None or score > best[0]):
                best = (score, o)
        if best:
            o = best[1]
            q.speaker_text, q.speaker_start, q.speaker_end = o.speaker_text, o.speaker_start, o.speaker_end
            q.speaker_role, q.cue = o.speaker_role, o.cue
