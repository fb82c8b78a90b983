"""Named entities in the six Slavic languages of the BSNLP shared task (bg, cs, pl, ru, sl, uk): a CRF over words.

Why a CRF of our own: no pinned package tags names in all six languages offline (natasha covers Russian only), and
the task's development topics give names per document for every one of them. `train/bsnlp_ner.py` trains the
shipped weights (`models/bsnlp_ner.crfsuite`, model card beside it) with `train` below; the features are the ones
that carry over to a story the model never saw: the word's spelling (lower-cased, and folded to ASCII so Cyrillic
and Latin spellings of one name share features), its prefixes and suffixes (Slavic case endings), its shape and
capitalisation, where it stands in the sentence, its neighbours, and the language code.

Mentions keep offsets into the text (`text[start:end] == mention.text`); labels are the contract's types.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from anyascii import anyascii

from ..model import Mention
from .function_words import function_words

LANGUAGES = ("bg", "cs", "pl", "ru", "sl", "uk")
MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "bsnlp_ner.crfsuite"
TYPES = ("PER", "LOC", "ORG", "EVT", "PRO")
# the task's types (BSNLP: PER LOC ORG EVT PRO, what the model is trained on) -> the contract's, and back
# (LOC covers countries and cities: GPE is not told apart; NORP, nationalities, is no name the task annotates).
# The one copy: base forms key their rules by the task types, the BSNLP eval maps both ways.
TO_CONTRACT = {"PER": "PERSON", "LOC": "LOC", "ORG": "ORG", "EVT": "EVENT", "PRO": "OTHER"}
FROM_CONTRACT = {"PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG", "EVENT": "EVT", "OTHER": "PRO"}

# A word: letters or digits, with inner hyphens and apostrophes kept inside it, because Slavic writing attaches
# case endings to foreign names that way ("Smith'a", "Smith'owi") and compounds names with a hyphen
# ("Nowak-Kowalska"); any other non-space character is a token of its own.
TOKEN = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]")
# Sentence-final punctuation: a CRF sequence ends after it (and at every line break).
SENTENCE_END = {".", "!", "?", "…"}

DEFAULT_PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 100, "feature.minfreq": 2,
                  "feature.possible_transitions": True}


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


class _Gold(Protocol):
    form: str
    type: str


class _Text(Protocol):
    text: str


class TrainingDoc(Protocol):
    """What `train` reads of a document: eval.bsnlp_data.BsnlpDoc fits (analyze may not import eval)."""

    doc: _Text
    language: str
    topic: str
    gold: Sequence[_Gold]


def tokenize(text: str) -> list[list[Token]]:
    """The text's words as sentences of tokens (offsets into text): a sentence ends after final punctuation or at a
    line break, so a title and its body, or two paragraphs, never run into one sequence."""
    out: list[list[Token]] = []
    for line in re.finditer(r"[^\n]+", text):
        sent: list[Token] = []
        for m in TOKEN.finditer(line.group()):
            s = line.start() + m.start()
            sent.append(Token(s, s + len(m.group()), m.group()))
            if m.group() in SENTENCE_END:
                out.append(sent)
                sent = []
        if sent:
            out.append(sent)
    return out


def _shape(w: str) -> str:
    """Letters to X/x, digits to d, runs collapsed: "Nowak-Kowalska" -> "Xx-Xx", "ABC2" -> "Xd"."""
    s = re.sub(r"[^\W\d_]", lambda m: "X" if m.group().isupper() else "x", w)
    s = re.sub(r"\d", "d", s)
    return re.sub(r"(.)\1+", r"\1", s)


def _word_features(w: str) -> dict[str, str]:
    """The token's own features. A capitalised token (a name, or a word a sentence starts with) is described
    by its shape and endings only, never by the word itself or its first letters: the weights learn how names
    look and where they stand (case endings, a title before them, a verb after them), not which names the
    training news happened to mention, so the shipped model holds no list of names. Lower-case words (titles,
    prepositions, verbs: the context) keep their identity."""
    low = w.lower()
    f = {"sh": _shape(w)}
    name_like = w[:1].isupper()
    if not name_like:
        f["w"], f["a"] = low, anyascii(low)
    for n in range(1, 5):
        if len(low) > n:
            if not name_like:
                f[f"p{n}"] = low[:n]
            f[f"s{n}"] = low[-n:]
    return f


# Languages whose tokens also carry natasha's news NER tag (a pinned package, trained on Russian news) as a
# feature: the CRF learns how far to trust it. Measured leave-one-topic-out on the tuning topics, it wins in
# Russian and, through the shared Cyrillic spelling, in Ukrainian and Bulgarian (see the model card). The shipped
# weights are trained with these hints: change the tuple, retrain.
NATASHA_LANGS = ("bg", "ru", "uk")


@lru_cache(maxsize=1)
def _natasha():
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def natasha_hints(text: str, lang: str) -> dict[int, str]:
    """natasha's Russian news NER as a hint: token start -> B-/I- and its type (PER, LOC, ORG); none outside
    NATASHA_LANGS."""
    if lang not in NATASHA_LANGS:
        return {}
    from natasha import Doc

    seg, ner = _natasha()
    doc = Doc(text)
    doc.segment(seg)
    doc.tag_ner(ner)
    out = {}
    for sp in doc.spans:
        for i, m in enumerate(TOKEN.finditer(text[sp.start:sp.stop])):
            out[sp.start + m.start()] = ("B-" if i == 0 else "I-") + sp.type
    return out


def sentence_features(sent: Sequence[Token], lang: str, hints: dict[int, str] | None = None) -> list[list[str]]:
    """crfsuite attribute lists, one per token. Neighbours +-2 bring the context that marks a name in any topic
    (a title or preposition before it, a verb after it)."""
    words = [t.text for t in sent]
    hints = hints or {}
    base = [_word_features(w) for w in words]
    out = []
    for i, w in enumerate(words):
        f = base[i]
        feats = ["b", f"L={lang}", f"sh={f['sh']}", f"L|sh={lang}|{f['sh']}"]
        if "w" in f:
            feats += [f"w={f['w']}", f"a={f['a']}"]
        feats += [f"{k}={v}" for k, v in f.items() if k[0] in "ps" and k[1:].isdigit()]
        feats += [f"L|s3={lang}|{f.get('s3', '')}"]
        if w[:1].isupper():
            feats.append("cap")
        if w.isupper() and len(w) > 1:
            feats.append("allcaps")
        if any(c.isdigit() for c in w):
            feats.append("digit")
        if i == 0:
            feats.append("first")
            if w[:1].isupper():
                feats.append("first|cap")
        if hints:
            h = hints.get(sent[i].start, "O")
            feats += [f"nat={h}", f"nat|L={h}|{lang}"]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(words):
                g = base[j]
                feats.append(f"{d}sh={g['sh']}")
                if "w" in g:
                    feats.append(f"{d}w={g['w']}")
                if abs(d) == 1:
                    feats.append(f"{d}s3={g.get('s3', '')}")
                    if "w" in g:
                        feats += [f"{d}a={g['a']}", f"{d}w|sh={g['w']}|{f['sh']}"]
            else:
                feats.append(f"{d}edge")
        out.append(feats)
    return out


def _labels(sent: Sequence[Token], spans: list[tuple[int, int, str]]) -> list[str]:
    """BIO labels of a sentence's tokens from gold character spans (a token inside a span takes its type)."""
    labels = []
    prev = None
    for t in sent:
        hit = next((sp for sp in spans if sp[0] <= t.start and t.end <= sp[1]), None)
        if hit is None:
            labels.append("O")
        else:
            labels.append(("I-" if hit is prev else "B-") + hit[2])
        prev = hit
    return labels


def gold_spans(text: str, sentences: list[list[Token]], gold: Iterable[_Gold]) -> list[tuple[int, int, str]]:
    """Gold names placed on the tokens: every run of whole tokens spelling a gold form, longest forms first, never
    overlapping (the same rule as eval.bsnlp_data.project, on tokens, so a label always covers whole words)."""
    tokens = [t for s in sentences for t in s]
    at: dict[str, list[int]] = {}
    for i, t in enumerate(tokens):
        at.setdefault(t.text, []).append(i)
    taken = [False] * len(tokens)
    spans = []
    forms = {(g.form, g.type) for g in gold if g.type in TYPES}
    for form, kind in sorted(forms, key=lambda x: -len(x[0])):
        parts = [m.group() for m in TOKEN.finditer(form)]
        if not parts:
            continue
        for i in at.get(parts[0], []):
            j = i + len(parts)
            if j > len(tokens) or any(taken[i:j]) or [t.text for t in tokens[i:j]] != parts:
                continue
            if text[tokens[i].start:tokens[j - 1].end] != form:
                continue  # the tokens spell the form only with other spacing or across a line break
            taken[i:j] = [True] * len(parts)
            spans.append((tokens[i].start, tokens[j - 1].end, kind))
    return spans


_WORD_ATTR = re.compile(r"(?:-?\d)?[wa](?:\|sh)?=([^|]*)")  # the attributes that name a whole word


def shared_words(docs: list[TrainingDoc]) -> frozenset[str]:
    """The lower-case words (as written and folded) that every training topic uses: the vocabulary of news in
    general (prepositions, titles, speech verbs) that marks a name in any story. A word only some topics use
    belongs to their stories (a company written in lower case, a coined word for one event), and a model that
    kept it would carry those stories into every pile it reads."""
    per_topic: dict[str, set[str]] = {}
    for d in docs:
        seen = per_topic.setdefault(d.topic, set())
        for sent in tokenize(d.doc.text):
            for t in sent:
                if not t.text[:1].isupper():
                    low = t.text.lower()
                    seen.update((low, anyascii(low)))
    return frozenset(set.intersection(*per_topic.values())) if per_topic else frozenset()


def train(docs: list[TrainingDoc], model_path: Path, **params) -> None:
    """Fit the CRF on documents with gold names (eval.bsnlp_data.BsnlpDoc) and write it to model_path.
    params are crfsuite's (c1 = L1 weight: it zeroes most features, which keeps the file small). Word-identity
    attributes are kept only for `shared_words` (at tagging time the others have no weight anyway)."""
    import pycrfsuite

    vocabulary = shared_words(docs)
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params({**DEFAULT_PARAMS, **params})
    for d in docs:
        text = d.doc.text
        sents = tokenize(text)
        spans = gold_spans(text, sents, d.gold)
        hints = natasha_hints(text, d.language)
        for s in sents:
            feats = [[a for a in fs if not (m := _WORD_ATTR.match(a)) or m.group(1) in vocabulary]
                     for fs in sentence_features(s, d.language, hints)]
            trainer.append(feats, _labels(s, spans))
    model_path = Path(model_path)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))


@lru_cache(maxsize=4)
def _tagger(path: str):
    import pycrfsuite

    if not Path(path).is_file():
        raise FileNotFoundError(f"no Slavic NER model at {path}: train it with train/bsnlp_ner.py")
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


@lru_cache(maxsize=None)
def _is_function_word(word: str, stop: frozenset[str], sentence_initial: bool) -> bool:
    """A function word as written in running text: in lower case, or capitalised only because the sentence starts
    with it. A capitalised one inside a sentence is taken at its word: names that spell like function words exist
    (a name homograph of an adverb or a particle, an acronym written in capitals)."""
    if word.islower():
        return word in stop
    return sentence_initial and word[1:] == word[1:].lower() and word.lower() in stop


def _decode(sent: Sequence[Token], labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """BIO to (first token, last token + 1, type); an I- after another type or O starts a name (crfsuite seldom
    does that, but a lone I- is still a name)."""
    out = []
    for i, lab in enumerate(labels):
        if lab == "O":
            continue
        kind = lab[2:]
        if lab.startswith("I-") and out and out[-1][1] == i and out[-1][2] == kind:
            out[-1] = (out[-1][0], i + 1, kind)
        else:
            out.append((i, i + 1, kind))
    return out


def find_names(text: str, lang: str, *, model_path: Path | None = None) -> list[Mention]:
    """The names in text (a document in one of LANGUAGES), in text order, labelled with the contract's types.
    A span made only of function words is dropped: a function word is never a name."""
    if lang not in LANGUAGES:
        raise ValueError(f"Slavic NER covers {', '.join(LANGUAGES)}, not {lang!r}")
    tagger = _tagger(str(model_path or MODEL_PATH))
    stop = function_words(lang).stop  # spaCy's stop words for the language, read once (analyze.function_words)
    out = []
    hints = natasha_hints(text, lang)
    sents = tokenize(text)
    for sent in sents:
        labels = tagger.tag(sentence_features(sent, lang, hints))
        first = next((i for i, t in enumerate(sent) if t.text[:1].isalnum()), -1)  # after an opening quote, say
        for a, b, kind in _decode(sent, labels):
            words = [(t.text, i == first) for i, t in enumerate(sent[a:b], a) if t.text[:1].isalnum()]
            if not words or all(_is_function_word(w, stop, first) for w, first in words):
                continue
            s, e = sent[a].start, sent[b - 1].end
            out.append(Mention(s, e, text[s:e], TO_CONTRACT[kind]))
    return out


__all__ = ["LANGUAGES", "MODEL_PATH", "TO_CONTRACT", "FROM_CONTRACT", "Token", "TrainingDoc", "tokenize", "sentence_features",
           "gold_spans", "train", "find_names"]
