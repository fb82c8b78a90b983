"""The degraded name finder: runs of capitalised words, for a language with no model (measured in
bench/degraded_ner.py; the dossier says which documents it read).

Why this and not an English model: in the languages the project meets, names are written with a capital and
most other words are not, so a capitalised run is a name unless its capital is owed to something else:

* sentence position: the first word of a sentence is capitalised whatever it is. A run that starts a sentence
  loses its first word when that word is a function word of the language (`function_words`), and a
  one-word run that starts a sentence is a name only when the document also writes the word capitalised in
  mid-sentence and never in lower case ("Ayer" opens a sentence; "Madrid" recurs inside them);
* headlines written in title case: a line of four or more words nearly all capitalised says nothing about
  which are names, so its words are held to the sentence-start rule one by one;
* titles: an honorific or title of the language opening the run is not part of the name, and marks it a
  person ("Prezydent Jan Wierzbic" -> "Jan Wierzbic", PERSON);
* connectors: a lower-case name particle of the language (`lang/<code>/names.py` FUNCTION_WORDS: "de",
  "di", "van") joins two capitalised words into one name ("Banco de España").

Labels: the finder cannot tell people from places, so a run is OTHER, or PERSON right after an honorific or a
title of the language ("señor", "prezydent"). Mentions then go through the function-word filter like every
backend's.
"""

from __future__ import annotations

from .. import lang
from ..model import Mention
from .function_words import FunctionWords, function_words, sentence_initial

MAX_RUN = 6  # a longer capitalised run is a headline or a list, not one name
HEADLINE_WORDS = 4  # a line of at least this many words ...
HEADLINE_SHARE = 0.8  # ... this share of them capitalised is written in title case


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word)


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Lines (start, end) written in title case, where capitals say nothing about names."""
    out, pos = [], 0
    for line in text.split("\n"):
        ws = [w for w in line.split() if any(c.isalpha() for c in w)]
        if len(ws) >= HEADLINE_WORDS and sum(_capitalised(w) for w in ws) >= HEADLINE_SHARE * len(ws):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_capitalised(text: str, spacy_doc, code: str) -> list[Mention]:
    """Capitalised-run name mentions of `text` (tokens from `spacy_doc`, a blank pipeline of the language)."""
    fw = function_words(code)
    language = lang.get(code)
    connectors = {w.lower() for w in language.function_words}
    person_cues = {w.lower().rstrip(".") for w in (*language.honorifics, *language.titles)}
    headlines = _title_case_lines(text)
    tokens = [t for t in spacy_doc if not t.is_space]

    def initial(t) -> bool:
        return sentence_initial(text, t.idx) or any(a <= t.idx < b for a, b in headlines)

    lower_seen = {t.text.lower() for t in tokens if t.text.islower()}
    mid_caps = {t.text.lower() for t in tokens if _capitalised(t.text) and not initial(t)}
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        if not _capitalised(tokens[i].text):
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        while j < len(tokens) and len(run) < MAX_RUN and not _breaks(text, run[-1], tokens[j]):
            if _capitalised(tokens[j].text) and not any(a <= tokens[j].idx < b for a, b in headlines):
                run.append(tokens[j])
                j += 1
            elif ((tokens[j].text.lower() in connectors or _joining_hyphen(tokens[j])) and j + 1 < len(tokens)
                  and _capitalised(tokens[j + 1].text) and not _breaks(text, tokens[j], tokens[j + 1])):
                run += [tokens[j], tokens[j + 1]]
                j += 2
            else:
                break
        if any(a <= run[0].idx < b for a, b in headlines):
            run = run[:1]  # in a title-case line every word stands alone
            j = i + 1
        m = _mention(text, run, fw, initial, lower_seen, mid_caps, person_cues, tokens, i)
        if m is not None:
            out.append(m)
        i = j
    return out


def _joining_hyphen(t) -> bool:
    """A hyphen the tokenizer split out of a double name ("Jean-Marc", "Nowak-Wierzbic"): no spaces."""
    return t.text in ("-", "‐") and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


def _breaks(text: str, a, b) -> bool:
    """Tokens a and b are not parts of one name: a line break, or punctuation other than a hyphen between."""
    between = text[a.idx + len(a.text):b.idx]
    return "\n" in between or bool(between.strip())


def _mention(text, run, fw: FunctionWords, initial, lower_seen, mid_caps, person_cues, tokens, i) -> Mention | None:
    titled = False
    while run and (fw.is_function(run[0].text, initial(run[0])) or run[0].text.lower().rstrip(".") in person_cues):
        titled = titled or run[0].text.lower().rstrip(".") in person_cues  # "Prezydent Jan Wierzbic": a title
        run = run[1:]
    while run and (run[-1].text.lower() in fw.stop and not _capitalised(run[-1].text)):
        run = run[:-1]
    if not run or all(t.text.lower() in fw.stop or t.text.lower() in fw.never for t in run):
        return None  # only stop words, even capitalised ("La", "Los"): never a name alone
    if len(run) == 1 and initial(run[0]):
        low = run[0].text.lower()
        if low not in mid_caps or low in lower_seen:
            return None  # its capital is owed to the sentence start
    start, end = run[0].idx, run[-1].idx + len(run[-1].text)
    k = run[0].i - 1
    before = tokens[0].doc[k].text.lower().rstrip(".") if k >= 0 else ""
    label = "PERSON" if titled or before in person_cues else "OTHER"
    return Mention(start, end, text[start:end], label)
