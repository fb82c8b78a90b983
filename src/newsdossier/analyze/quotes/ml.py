"""Direct quotes in languages other than English, found from quote marks and a speech verb.

The English extractor (`quotes`) reads spaCy's English parse; for French, German, Polish or Russian
text that parse is noise, so this module works on the surface instead: a quotation in any quote
style, then the attribution next to it in the same sentence —

    « … », a déclaré la directrice de l'agence, Ilse Almkvist.      cue, role, name after
    « … », a-t-elle ajouté.  /  „…“, sagte er.                      cue + pronoun after
    « … », affirme le maire.                                        cue + description after
    Ilse Almkvist a déclaré : « … »                                 name + cue before, colon

A pronoun speaker is resolved to the person the text was about (a named speaker of an earlier quote, the
name opening an earlier sentence), never just the nearest name; when that cannot be told it stays None. The speech verbs
and pronouns come from `lang.get(code)` (lang/<code>/speech.py); nothing here is tied to one story.
"""

from __future__ import annotations

import re

from ... import lang as languages
from ...config import current
from ...model import Quote
from .candidates import Record
from ...textutil import alternation, fold_punct

# opening mark -> closing marks (German „…“ and Polish „…” close with different marks)
_PAIRS = {"«": "»", "„": "“”\"", "“": "”", "\"": "\"", "‚": "‘’", "‹": "›", "»": "«"}

# French inverted forms: "a-t-il déclaré", "dit-elle", "explique-t-il"
_INVERTED_FR = re.compile(r"(?:a-t-(?:il|elle)\s+(\w+)|(\w+)-t?-?(?:il|elle))\b", re.I)

_NAME_TOKEN = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ][\w'’.-]*"
_NAME = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:(?:de|du|des|von|van|der|al|ben|bin|el|la|le)\s+)?{_NAME_TOKEN})*")
_SENT_END = re.compile(r"[.!?](?=\s|$)|\n")


def _pronouns(lang: str) -> frozenset[str]:
    lg = languages.get(lang)
    return frozenset(lg.person_pronouns) | frozenset(lg.plural_pronouns)


def _cue_alternation(lang: str) -> re.Pattern | None:
    if lang == languages.REFERENCE:
        return None  # English has its own rules (the parse); its speech verbs are lemmas, not surface forms
    verbs = languages.get(lang).speech_verbs
    if not verbs:
        return None
    alt = alternation(v for v in verbs if v.count(" ") <= 2)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.I)


def _quotes(f: str) -> list[tuple[int, int]]:
    """(content start, content end) of each quotation, quote marks excluded; never nested."""
    out, i, n = [], 0, len(f)
    max_chars = current().quotes.max_quote_chars
    while i < n:
        ch = f[i]
        closers = _PAIRS.get(ch)
        if closers is None or (ch == "»" and not re.match(r"\s*[A-ZÀ-ÖА-Я]", f[i + 1:i + 3])):
            i += 1
            continue
        j = i + 1
        end = -1
        while j < n and j - i <= max_chars:
            if f[j] in closers:
                end = j
                break
            if f[j] == "\n" and f[j + 1:j + 2] == "\n":
                break
            j += 1
        if end > i + 1:
            out.append((i + 1, end))
            i = end + 1
        else:
            i += 1
    return out


def _sentence_end(f: str, k: int) -> int:
    m = _SENT_END.search(f, k)
    return m.start() if m else len(f)


def _last_name(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The last capitalised name run (two words or more, or one after a comma) in text[a:b]."""
    best = None
    for m in _NAME.finditer(text, a, b):
        words = m.group(0).split()
        if len(words) >= 2 or text[a:m.start()].rstrip().endswith(","):
            best = (m.start(), m.end())
    return best


def _person_before(text: str, k: int, speakers: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A pronoun speaker's antecedent, read on the surface (no parse for these languages): walking back
    sentence by sentence, the first sentence that names someone decides — a named speaker of an earlier
    quotation there, else the name that opens the sentence (the subject position of these languages), else
    the one name the sentence holds; two different names and no subject leave it unresolved (None), and
    a name inside quotation marks is never taken. A capitalised word alone is most often a sentence start,
    so names are two words or more."""
    lo = max(0, k - current().quotes.pronoun_window)
    quoted = _quotes(text[:k])
    ends = [0] + [m.end() for m in _SENT_END.finditer(text, 0, k)]
    for i in range(len(ends) - 1, -1, -1):
        a, b = ends[i], (ends[i + 1] if i + 1 < len(ends) else k)
        if b <= lo:
            break
        spoke = [sp for sp in speakers if a <= sp[0] < b]
        if spoke:
            keys = {text[x:y].split()[-1].lower() for x, y in spoke}
            return spoke[-1] if len(keys) == 1 else None
        names = [(m.start(), m.end()) for m in _NAME.finditer(text, a, b) if len(m.group(0).split()) >= 2
                 and not any(qs <= m.start() < qe for qs, qe in quoted)]
        if not names:
            continue
        if re.match(r"[\s\W]*$", text[a:names[0][0]]):
            return names[0]  # the sentence opens with the name: its subject
        keys = {text[x:y].split()[-1].lower() for x, y in names}
        return names[-1] if len(keys) == 1 else None
    return None


def find_direct_quotes(text: str, lang: str) -> list[Record]:
    """Direct quotations with cue and speaker, as dicts shaped like `quotes.find_attributions` output."""
    lang = (lang or "").lower()[:2]
    cue_re = _cue_alternation(lang)
    if cue_re is None or not isinstance(text, str) or not text.strip():
        return []
    folded = fold_punct(text)
    f = folded if len(folded) == len(text) else text  # sentence ends are read on the folded view
    out: list[dict] = []
    named: list[tuple[int, int]] = []  # the written names of the speakers so far: a pronoun's first choice
    for s, e in _quotes(text):
        o, e0 = s - 1, e  # the opening and closing marks
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if len(re.findall(r"\w+", text[s:e])) < 3:
            continue  # a quoted title or term ("le « premier jour »"), not speech
        cue = spk = role = word = None
        # after the quote: ", a déclaré la directrice, Ilse Almkvist." / ", a-t-elle ajouté."
        after = e0 + 1
        m = re.match(r"\s*[,.]?\s*(?:[-–—]\s*)?", text[after:])
        k = after + (m.end() if m else 0)
        stop = _sentence_end(f, k)
        if text[after:after + 1] == "." and not re.match(r"\s*[-–—]", text[after + 1:]):
            stop = k  # a quote that ends its sentence has no attribution after it
        inv = _INVERTED_FR.match(text, k) if lang == "fr" else None
        cm = cue_re.match(text, k)
        if inv:
            cue = (k, inv.end())
            spk = _person_before(text, s, named)
        elif cm and k < stop:
            cue = (cm.start(), cm.end())
            rest_a, rest_b = cm.end(), stop
            word = re.match(r"\s*(\w+)", text[rest_a:rest_b])
            if word and word.group(1).lower() in _pronouns(lang):
                spk = _person_before(text, s, named)
            else:
                spk = _last_name(text, rest_a, rest_b)
                if spk is not None and lang == "de" and len(text[spk[0]:spk[1]].split()) > 2:
                    # German capitalises every noun: "Direktorin Ilse Almkvist" -> the last two words
                    words = list(re.finditer(r"\S+", text[spk[0]:spk[1]]))
                    spk = (spk[0] + words[-2].start(), spk[1])
                if spk is not None:
                    r = text[rest_a:spk[0]].strip(" ,")
                    role = (text.index(r, rest_a), text.index(r, rest_a) + len(r)) if r else None
                elif text[rest_a:rest_b].strip(" ,"):
                    d = text[rest_a:rest_b].strip(" ,")
                    i0 = text.index(d, rest_a)
                    spk = (i0, i0 + len(d))  # "affirme le maire": the description is the speaker
        else:
            # before the quote: "Ilse Almkvist a déclaré : « … »"
            dot = max(f.rfind(". ", 0, o), f.rfind("! ", 0, o), f.rfind("? ", 0, o))
            line_start = max(f.rfind("\n", 0, o) + 1, dot + 2 if dot >= 0 else 0)
            head = text[line_start:o]
            if re.search(r":\s*$", head):
                cms = list(cue_re.finditer(text, line_start, o))
                if cms:
                    c = cms[-1]
                    cue = (c.start(), c.end())
                    spk = _last_name(text, line_start, c.start())
                    if spk is None:
                        d = text[line_start:c.start()].strip(" ,")
                        if d:
                            i0 = text.index(d, line_start)
                            spk = (i0, i0 + len(d))
        if cue is None:
            continue
        q = Quote(start=s, end=e, text=text[s:e], kind="direct", cue=text[cue[0]:cue[1]])
        if spk is not None and not (inv or (word and word.group(1).lower() in _pronouns(lang))):
            named.append(spk)
        if spk is not None:
            q.speaker_start, q.speaker_end = spk
            q.speaker_text = text[spk[0]:spk[1]]
        if role is not None:
            q.speaker_role = text[role[0]:role[1]]
        out.append(Record(quote=q, start=s, end=e, kind="direct", cue_start=cue[0], cue_end=cue[1],
                          source_start=spk[0] if spk else None, source_end=spk[1] if spk else None,
                          how="ml-direct"))
    return out


__all__ = ["find_direct_quotes"]
