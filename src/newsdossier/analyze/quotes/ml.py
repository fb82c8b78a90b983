"""Direct quotes in languages other than English, found on the surface: quote marks or a dialogue dash, and
an attribution (speech verb or frame) next to them.

The English extractor reads spaCy's English parse; for other languages there may be no parser at all (a blank
pipeline), so this module reads the surface only, with the language's data (`lang.get(code)`: speech verbs,
participles after an auxiliary, gendered past forms, attribution frames, quote marks, pronouns):

    «…», dijo Tomás Ferrer.  /  „…“, sagte die Direktorin Ilse Roe.    cue after the quote, then the speaker
    «…», — заявил глава ведомства Пётр Роев.                              (role words, then the name)
    «…», según la portavoz Ana Gil.  /  „…“ – według Oskara Wrzoska.  frame after the quote
    Ilse Roe a déclaré : « … »  /  Marta Gil afirmó que «…»              speaker + cue before the quote
    Según Marta Gil, portavoz de Protección Civil, «…»                   frame before the quote
    —No tenemos agua —dijo una vecina, Nieves Llorente.                    dialogue dash (es, ru, uk, bg, pl, …)
    « … », a-t-elle ajouté.  /  „…“, sagte er.                           pronoun: the person the text was about

The speaker is the capitalised name run right next to the cue (after it, past a few lower-case role words, or
right before it); a pronoun is resolved to the person the text was about (`_person_before`); a determiner phrase
("affirme le maire") is the speaker in languages with articles. Anything else leaves the speaker None: without a
parse we never guess. Nothing here is tied to one story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ... import lang as languages
from ...config import current
from ...model import Quote
from .candidates import Record
from ...textutil import alternation, fold_punct

# French inverted forms: "a-t-il déclaré", "dit-elle", "explique-t-il"
_INVERTED_FR = re.compile(r"(?:a-t-(?:il|elle)\s+(\w+)|(\w+)-t?-?(?:il|elle))\b", re.I)

# A word of a name: an initial ("J.") or a word; capitalisation is checked on the match (str.isupper covers
# every script, unlike a character range).
_TOKEN = re.compile(r"[^\W\d_]\.(?=\s|[^\W\d_])|\w[\w'’-]*")
# a sentence ends at . ! ? before a space, but not at an initial ("А. Роев", "J. Roe")
_SENT_END = re.compile(r"(?<![\s(«„\"][^\W\d_])(?<!^[^\W\d_])[.!?](?=\s|$)|\n")
_DASHES = "—–―-"  # em dash, en dash, horizontal bar (some Russian sites), hyphen typed for a dash
# An attribution dash inside a dialogue line: a long dash after a space ("… —dijo", "…, — сказал"), or a hyphen
# typed for one with spaces on both sides ("… - powiedział").
_INNER_DASH = re.compile(r"\s[—–―]\s*|\s-\s+")
_DIALOGUE_OPEN = re.compile(r"[ \t]*[—–―-][ \t]*(?=[^\W\d_]|[«„“\"¿¡])")
_MAX_ROLE_WORDS = 6  # role words between a cue and the speaker's name ("dijo el ministro de Exteriores, …")


@dataclass(frozen=True)
class _Cues:
    """One language's attribution data, compiled."""

    code: str
    verb: re.Pattern
    frame: re.Pattern | None
    frame_pronoun: re.Pattern | None
    pronouns: frozenset[str]
    determiners: frozenset[str]
    circumstance: frozenset[str]
    complementizers: tuple[str, ...]
    connectors: frozenset[str]
    pairs: dict[str, str]
    longest: int
    genders: dict[str, str]  # a gendered past form -> "m" / "f" (the first two of SPEECH_PAST_ENDINGS)


def _gendered(forms, endings: tuple[str, ...]) -> set[str]:
    """Every gender / number form of the listed past forms: the listed form's ending (endings[0]) swapped for
    each ending in turn (powiedział -> powiedziała, powiedzieli; каза -> казаха, казал)."""
    out = set()
    if not endings:
        return set(forms)
    first = endings[0]
    for f in forms:
        stem = f[: len(f) - len(first)] if first and f.endswith(first) else f
        out.update(stem + e for e in endings)
    return out


def _words_alt(words) -> str:
    return alternation(sorted(words))


@lru_cache(maxsize=None)
def _cues(code: str) -> _Cues | None:
    if code == languages.REFERENCE:
        return None  # English has its own rules (the parse); its speech verbs are lemmas, not surface forms
    lg = languages.get(code)
    finite = set(lg.speech_verbs) | _gendered(lg.speech_gendered_past, tuple(lg.speech_past_endings))
    if not finite:
        return None
    parts = []
    # after an auxiliary (or two clitics: "je še dodal"): the participles, and the gendered past forms of
    # languages whose past takes one (Slovene "je dejal", Bulgarian "е казал")
    participles = set(lg.speech_participles) | (_gendered(lg.speech_gendered_past, tuple(lg.speech_past_endings))
                                                if lg.speech_auxiliaries else set())
    if participles and lg.speech_auxiliaries:
        aux = _words_alt(lg.speech_auxiliaries)
        parts.append(rf"(?:{aux})\s+(?:(?:{aux})\s+)?(?:{_words_alt(participles)})")
    parts.append(_words_alt(v for v in finite if v.count(" ") <= 2))
    verb = re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])", re.I)
    frames = [f for f in lg.according]
    frame = re.compile(rf"(?<![\w-])(?:{_words_alt(frames)})(?![\w-])", re.I) if frames else None
    fp = [f for f in lg.according_pronoun]
    frame_pronoun = re.compile(rf"(?<![\w-])(?:{_words_alt(fp)})(?![\w-])", re.I) if fp else None
    pairs = dict(lg.quote_pairs) or {"\"": "\""}
    endings = tuple(lg.speech_past_endings)
    genders: dict[str, str] = {}
    if len(endings) >= 2 and endings[0]:  # Bulgarian lists the aorist (no gender) first: no reading of gender
        for form in lg.speech_gendered_past:
            stem = form[: len(form) - len(endings[0])]
            genders[form.lower()] = "m"
            genders[(stem + endings[1]).lower()] = "f"
    return _Cues(code=code, verb=verb, frame=frame, frame_pronoun=frame_pronoun,
                 pronouns=frozenset(lg.person_pronouns) | frozenset(lg.plural_pronouns),
                 determiners=frozenset(lg.speaker_determiners), circumstance=frozenset(lg.cue_circumstance_words),
                 complementizers=tuple(lg.quote_complementizers),
                 connectors=frozenset(languages.get("en").name_connectors),
                 pairs=pairs, genders=genders, longest=lg.longest_speaker_name if lg.has("longest_speaker_name") else 4)


# ----------------------------------------------------------------------------- quote marks

def _quotes(f: str, pairs: dict[str, str]) -> list[tuple[int, int]]:
    """(content start, content end) of each quotation in the language's marks, marks excluded; never nested.
    A »…« pair (German, Czech, Slovene) opens only before a capital, as »…« and «…» share their marks."""
    out, i, n = [], 0, len(f)
    max_chars = current().quotes.max_quote_chars
    while i < n:
        ch = f[i]
        closers = pairs.get(ch)
        if closers is None or (ch == "»" and not re.match(r"\s*[^\W\d_]", f[i + 1:i + 3])):
            i += 1
            continue
        j, end, depth = i + 1, -1, 0
        symmetric = ch in closers
        while j < n and j - i <= max_chars:
            if symmetric and f[j] == ch and _opens_inner(f, j):
                depth += 1  # '"… за "Мост-3", ние …"': an inner quote in the same mark
            elif f[j] in closers:
                if depth:
                    depth -= 1
                    j += 1
                    continue
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


def _opens_inner(f: str, j: int) -> bool:
    """A symmetric mark ("…") inside a quotation opens an inner one when it stands after a space or an opening
    bracket and before a letter or digit, and the quotation holds a closing mark for it before its own end
    (the next mark that stands after a word); otherwise it closes the quotation."""
    if j == 0 or j + 1 >= len(f):
        return False
    if not (f[j - 1] in " \t(«„[" and (f[j + 1].isalnum())):
        return False
    k = f.find(f[j], j + 1)
    return k > 0 and f[k - 1] not in " \t\n"


def _sentence_end(f: str, k: int) -> int:
    m = _SENT_END.search(f, k)
    return m.start() if m else len(f)


def _sentence_start(f: str, o: int) -> int:
    dot = max(f.rfind(". ", 0, o), f.rfind("! ", 0, o), f.rfind("? ", 0, o))
    return max(f.rfind("\n", 0, o) + 1, dot + 2 if dot >= 0 else 0)


# ----------------------------------------------------------------------------- names

def _runs(text: str, a: int, b: int, connectors: frozenset[str]) -> list[tuple[int, int, int]]:
    """(start, end, words) of each run of capitalised words in text[a:b], joined by single spaces or hyphens,
    with lower-case name particles inside ("Ursula von der Leyen")."""
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, a, b)]
    runs: list[tuple[int, int, int]] = []
    i = 0
    while i < len(toks):
        s, e, w = toks[i]
        if not w[0].isupper():
            i += 1
            continue
        start, end, n = s, e, 1
        j = i + 1
        while j < len(toks):
            s2, e2, w2 = toks[j]
            gap = text[end:s2]
            if not (gap == " " or (gap == "" and text[end - 1] == ".")):  # "М.Роев": an initial, no space
                break
            if w2[0].isupper():
                end, n, j = e2, n + 1, j + 1
                continue
            # a particle counts only between two capitalised words
            k = j
            while k < len(toks) and toks[k][2].lower() in connectors and re.fullmatch(r" ", text[toks[k - 1][1]:toks[k][0]]):
                k += 1
            if k > j and k < len(toks) and toks[k][2][0].isupper() and re.fullmatch(r" ", text[toks[k - 1][1]:toks[k][0]]):
                end, n, j = toks[k][1], n + 1, k + 1
                continue
            break
        runs.append((start, end, n))
        i = j
    return runs


def _trim_run(text: str, run: tuple[int, int, int], longest: int) -> tuple[int, int]:
    """A run longer than the language's longest name holds a capitalised role or place before the name
    ("Ардении Пётр Роев", "Direktorin Ilse Roe"): its last two words are the name."""
    s, e, n = run
    if n <= longest:
        return s, e
    words = list(re.finditer(r"\S+", text[s:e]))
    return s + words[-2].start(), e


def _single_word_is_name(text: str, s: int, e: int) -> bool:
    """A lone capitalised word at a sentence start is most often no name ("Luego dijo"): it is taken as one
    when the text also writes it capitalised in mid-sentence."""
    w = text[s:e]
    for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text):
        if m.start() == s:
            continue
        before = text[:m.start()].rstrip()
        if before and before[-1] not in ".!?:\n«„“\"—–-":
            return True
    return False


def _known_surname(text: str, word: str) -> bool:
    """The text writes this capitalised word right after another capitalised word ("Jan Dub")."""
    return re.search(rf"(?<![\w-])[^\W\d_][\w'’-]*\s+{re.escape(word)}(?![\w-])", text) is not None and \
        any(m.group(1)[0].isupper() for m in re.finditer(rf"(?<![\w-])([^\W\d_][\w'’-]*)\s+{re.escape(word)}(?![\w-])", text))


def _speaker_after(text: str, k: int, stop: int, cues: _Cues):
    """The speaker written right after a cue at k: ('pronoun', span) or ('name', span, role span) or
    ('description', span) or None. The name comes within a few lower-case role words, before any punctuation
    but a comma and before a circumstance word ("dijo en una entrevista con Radio X": no speaker)."""
    first = re.match(r"\s*(\w+)", text[k:stop])
    if first and first.group(1).lower() in cues.pronouns:
        return ("pronoun", (k + first.start(1), k + first.end(1)))
    second = re.match(r"\s*([^\W\d_]{1,7})\s+(\w+)", text[k:stop])
    if second and second.group(1).islower() and second.group(2).lower() in cues.pronouns \
            and second.group(1).lower() not in cues.circumstance:
        # one short adverb between the verb and its pronoun ("обясни още той", "dodał jeszcze on")
        return ("pronoun", (k + second.start(2), k + second.end(2)))
    runs = _runs(text, k, stop, cues.connectors)
    for idx, run in enumerate(runs):
        between = text[k:run[0]]
        if re.search(r"[;:!?()\[\]«»„“”\"]", between):
            break
        words = re.findall(r"\w[\w'’-]*", between)
        if len(words) > _MAX_ROLE_WORDS:
            break
        if any(w.lower() in cues.circumstance for w in words):
            # "řekl v pondělí Dub." / "uvedl v prohlášení premiér Jan Roe, který …": past a circumstance, a
            # name closes the clause and does not follow the preposition; one word only when the text also
            # writes it after a first name (a surname, not a medium's name)
            if words[-1].lower() in cues.circumstance or not re.match(r"\s*(?:[,.;!?]|$)", text[run[1]:]):
                continue
            if run[2] == 1 and not _known_surname(text, text[run[0]:run[1]]):
                continue
            return ("name", _trim_run(text, run, cues.longest), None)
        # "el ministro de Exteriores, José Albares": a lone word in a role, then the name in apposition
        if run[2] == 1 and idx + 1 < len(runs) and re.fullmatch(r",\s*", text[run[1]:runs[idx + 1][0]]) and words:
            continue
        s, e = _trim_run(text, run, cues.longest)
        role = text[k:s].strip(" ,")
        r0 = text.find(role, k) if role else -1
        return ("name", (s, e), (r0, r0 + len(role)) if role and r0 >= 0 else None)
    if re.match(r"\s*(?:[.;!?]|$)", text[k:]) or (first and first.group(1).lower() in cues.circumstance):
        return ("dropped", (k, k))  # "«…» - dodał." : the subject is left out, as these languages do
    # no name: a short determiner phrase ("affirme le maire") in languages with articles
    d = text[k:stop].strip(" ,")
    words = d.split()
    if words and words[0].lower() in cues.determiners and len(words) <= 5 and \
            not any(w.lower() in cues.circumstance for w in words[1:]):
        i0 = text.find(d, k)
        return ("description", (i0, i0 + len(d)))
    return None


def _speaker_before(text: str, a: int, c: int, cues: _Cues):
    """The speaker written right before a cue at c in the sentence from a: a pronoun, the name run ending
    there, or a name then its apposition in commas ("Paolo Conti, capo della protezione civile, ha detto")."""
    seg = text[a:c]
    last = re.search(r"(\w+)\s*$", seg)
    if last and last.group(1).lower() in cues.pronouns:
        return ("pronoun", (a + last.start(1), a + last.end(1)))
    runs = _runs(text, a, c, cues.connectors)
    cand = None
    if runs and not text[runs[-1][1]:c].strip():
        cand = runs[-1]
    elif seg.rstrip().endswith(","):
        for run in reversed(runs):
            app = text[run[1]:c]
            if re.fullmatch(r",[^,;:!?«»„“”\"]+,\s*", app) and len(app.split()) <= 8:
                cand = run
                break
    if cand is None:
        return None
    # the name opens its clause, or follows a few role words ("La ministra Elena Ruiz afirmó"); after a
    # preposition it is no subject ("za opuszczeniem UE powiedział")
    clause = re.split(r"[,;:()]", text[a:cand[0]])[-1]
    lead = re.findall(r"\w[\w'’-]*", clause)
    if len(lead) > _MAX_ROLE_WORDS or any(w.lower() in cues.circumstance for w in lead):
        return None
    if cand[2] == 1 and not text[a:cand[0]].strip(" \t«„“\"—–-") and not _single_word_is_name(text, cand[0], cand[1]):
        return None
    return ("name", _trim_run(text, cand, cues.longest), None)


def _person_before(text: str, k: int, speakers: list[tuple[int, int, tuple[int, int]]],
                   cues: _Cues) -> tuple[int, int] | None:
    """A pronoun speaker's antecedent, read on the surface (no parse for these languages): walking back
    sentence by sentence, the first sentence that names someone decides — the speaker of an earlier quotation
    there (`speakers`: (anchor start, anchor end, speaker): the quotation with its attribution, or the written
    name), else the name that opens the sentence (the subject position of these languages), else
    the one name the sentence holds; two different names and no subject leave it unresolved (None), and
    a name inside quotation marks is never taken. A capitalised word alone is most often a sentence start,
    so names are two words or more."""
    lo = max(0, k - current().quotes.pronoun_window)
    quoted = _quotes(text[:k], cues.pairs)
    ends = [0] + [m.end() for m in _SENT_END.finditer(text, 0, k)]
    for i in range(len(ends) - 1, -1, -1):
        a, b = ends[i], (ends[i + 1] if i + 1 < len(ends) else k)
        if b <= lo:
            break
        spoke = [sp for x0, x1, sp in speakers if a <= x0 < b or a < x1 <= b]
        if spoke:
            keys = {text[x:y].split()[-1].lower() for x, y in spoke}
            return spoke[-1] if len(keys) == 1 else None
        names = [_trim_run(text, r, cues.longest) for r in _runs(text, a, b, cues.connectors)
                 if r[2] >= 2 and not any(qs <= r[0] < qe for qs, qe in quoted)]
        if not names:
            continue
        if re.match(r"[\s\W]*$", text[a:names[0][0]]):
            return names[0]  # the sentence opens with the name: its subject
        keys = {text[x:y].split()[-1].lower() for x, y in names}
        return names[-1] if len(keys) == 1 else None
    return None


# ----------------------------------------------------------------------------- the attribution of one quote

def _attribution_after(text: str, f: str, close: int, cues: _Cues):
    """(cue span, speaker) written after a quote's closing mark, in the same sentence, or None."""
    after = close + 1
    m = re.match(r"[ \t]*[,.]?[ \t]*(?:[—–―-][ \t]*)?", text[after:])
    k = after + (m.end() if m else 0)
    stop = _sentence_end(f, k)
    if text[after:after + 1] == "." and not re.match(r"\s*[—–―-]", text[after + 1:]):
        return None  # a quote that ends its sentence has no attribution after it
    if k >= stop and not (text[after:after + 1] in "—–―" or re.match(r"\s*[—–―-]", text[after:])):
        return None
    if cues.code == "fr":
        inv = _INVERTED_FR.match(text, k)
        if inv:
            return (k, inv.end()), ("pronoun", (k, inv.end()))
    if cues.frame_pronoun is not None:
        fp = cues.frame_pronoun.match(text, k)
        if fp:
            return (fp.start(), fp.end()), ("pronoun", (fp.start(), fp.end()))
    cm = cues.verb.match(text, k)
    if cm is None and cues.frame is not None:
        cm = cues.frame.match(text, k)
    if cm is None or cm.start() >= stop:
        return None
    return (cm.start(), cm.end()), _speaker_after(text, cm.end(), max(stop, cm.end()), cues)


def _attribution_before(text: str, f: str, o: int, cues: _Cues):
    """(cue span, speaker) written before a quote's opening mark in its sentence, when the head leads into the
    quote (ends with a colon, a comma or the complementizer: "X dijo: «…»", "X afirmó que «…»",
    "Según X, «…»"), or None."""
    a = _sentence_start(f, o)
    head = text[a:o]
    if cues.frame is not None:
        # a frame and its speaker right before the quote, with or without a comma ("Według X „…”")
        for fr in reversed(list(cues.frame.finditer(text, a, o))):
            spk = _speaker_after(text, fr.end(), o, cues)
            if spk is not None and spk[0] == "name" and re.fullmatch(r"[\s,:]*", text[spk[1][1]:o]):
                return (fr.start(), fr.end()), spk
    comp = "|".join(re.escape(c) for c in cues.complementizers)
    if not re.search(rf"(?:[:,]|(?<!\w)(?:{comp}))\s*$" if comp else r"[:,]\s*$", head, re.I):
        return None
    if cues.frame_pronoun is not None:
        fps = list(cues.frame_pronoun.finditer(text, a, o))
        if fps:
            fp = fps[-1]
            return (fp.start(), fp.end()), ("pronoun", (fp.start(), fp.end()))
    cms = list(cues.verb.finditer(text, a, o))
    if cms:
        c = cms[-1]
        # the subject after its verb ("прокомментировала … Анна Роева: «…»"), as these languages may
        # write it, else before it ("Marta Gil afirmó que «…»")
        inverted = _speaker_after(text, c.end(), o, cues)
        if inverted is not None and inverted[0] in ("name", "pronoun"):
            return (c.start(), c.end()), inverted
        return (c.start(), c.end()), _speaker_before(text, a, c.start(), cues)
    if cues.frame is not None:
        frs = list(cues.frame.finditer(text, a, o))
        if frs:
            fr = frs[-1]
            return (fr.start(), fr.end()), _speaker_after(text, fr.end(), o, cues)
    return None


def _dialogue(text: str, f: str, cues: _Cues) -> list[tuple[int, int, int]]:
    """Dialogue lines opened by a dash whose attribution follows an inner dash and a cue
    ("—No tenemos agua —dijo una vecina." / "— Мы не знаем, — сказал он."): (content start, content end,
    cue position)."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        m = _DIALOGUE_OPEN.match(text, line.start(), line.end())
        if not m:
            continue
        s = m.end()
        for d in _INNER_DASH.finditer(text, s, line.end()):
            k = d.end()
            if cues.verb.match(text, k) or (cues.frame_pronoun is not None and cues.frame_pronoun.match(text, k)):
                e = d.start()
                while e > s and text[e - 1] in " ,":
                    e -= 1
                if e > s:
                    out.append((s, e, k))
                break
    return out


# ----------------------------------------------------------------------------- the finder

_CONTINUE_WITHIN = 400  # characters from the previous quote's end in which a dropped subject continues it


def _gender(cues: _Cues, cue: str) -> str | None:
    words = cue.split()
    return cues.genders.get(words[-1].lower()) if words else None


def _continued_speaker(text: str, last, s: int, gender: str | None) -> tuple[int, int] | None:
    """A cue with its subject left out ("«…» - dodał.", "«…», añadió.") continues the previous quotation's
    speaker when that quotation ends just before (the same or the previous paragraph, no other quote between)
    and, where the verbs show gender (Slavic past: "dodał" / "dodała"), both verbs agree; otherwise the
    speaker is unknown (None)."""
    if last is None or last[1] is None:
        return None
    end, span, was = last
    if gender and was and gender != was:
        return None
    if s - end > _CONTINUE_WITHIN or text.count("\n\n", end, s) > 1:
        return None
    return span


def find_direct_quotes(text: str, lang: str) -> list[Record]:
    """Direct quotations with cue and speaker, as `Record`s like the English pipeline's."""
    lang = (lang or "").lower()[:2]
    cues = _cues(lang) if lang else None
    if cues is None or not isinstance(text, str) or not text.strip():
        return []
    folded = fold_punct(text)
    f = folded if len(folded) == len(text) else text  # sentence ends are read on the folded view
    found: list[tuple[int, int, tuple[int, int], object, str]] = []  # start, end, cue, speaker, how
    dialogue = _dialogue(text, f, cues)
    for s, e, k in dialogue:
        cm = cues.verb.match(text, k)
        if cm:
            spk = _speaker_after(text, cm.end(), max(_sentence_end(f, cm.end()), cm.end()), cues)
            found.append((s, e, (cm.start(), cm.end()), spk, "ml-dash"))
        else:
            fp = cues.frame_pronoun.match(text, k)
            found.append((s, e, (fp.start(), fp.end()), ("pronoun", (fp.start(), fp.end())), "ml-dash"))
    for s, e in _quotes(text, cues.pairs):
        o, close = s - 1, e
        if any(ds <= o < de for ds, de, _ in dialogue):
            continue  # a quotation inside a dialogue line belongs to it
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        tokens = re.findall(r"\w[\w'’-]*", text[s:e])
        words = [w for w in tokens if not w.isdigit()]
        if len(words) < 3 or (len(words) < 4 and len(words) < len(tokens)):
            continue  # a quoted term or a numbered name ("le « premier jour »", "„Most 2“"), not speech
        if len(words) <= 5 and all(w[0].isupper() for w in words):
            continue  # a quoted name or title ("The Sunday Times"), not speech
        att = _attribution_after(text, f, close, cues) or _attribution_before(text, f, o, cues)
        if att is None:
            continue
        found.append((s, e, att[0], att[1], "ml-direct"))
    found.sort(key=lambda x: x[0])
    out: list[Record] = []
    named: list[tuple[int, int, tuple[int, int]]] = []  # speakers so far, where written: a pronoun's first choice
    last: tuple[int, tuple[int, int] | None] | None = None  # (end, speaker span) of the previous quote
    for s, e, cue, spk, how in found:
        q = Quote(start=s, end=e, text=text[s:e], kind="direct", cue=text[cue[0]:cue[1]])
        written = None
        if spk is not None:
            written = spk[1]
            if spk[0] == "pronoun":
                span = _person_before(text, s, named, cues)
            elif spk[0] == "dropped":
                written = None
                span = _continued_speaker(text, last, s, _gender(cues, q.cue or ""))
            else:
                span = spk[1]
                if spk[0] == "name":
                    named.append((span[0], span[1], span))
                if spk[0] == "name" and len(spk) > 2 and spk[2] is not None:
                    q.speaker_role = text[spk[2][0]:spk[2][1]]
            if span is not None:
                q.speaker_start, q.speaker_end = span
                q.speaker_text = text[span[0]:span[1]]
        if q.speaker_start is not None:
            named.append((s, max(e, cue[1]), (q.speaker_start, q.speaker_end)))
        last = (e, (q.speaker_start, q.speaker_end) if q.speaker_start is not None else None,
                _gender(cues, q.cue or ""))
        out.append(Record(quote=q, start=s, end=e, kind="direct", cue_start=cue[0], cue_end=cue[1],
                          source_start=written[0] if written else None, source_end=written[1] if written else None,
                          how=how))
    return out


def reads_language(code: str) -> bool:
    """This module has the language's attribution data (speech verbs) to read its quotes."""
    return bool(code) and _cues(code.lower()[:2]) is not None


__all__ = ["find_direct_quotes", "reads_language"]
