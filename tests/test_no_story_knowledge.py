"""The library holds no knowledge of the stories it is tested on: names and phrases stay in tests.

Two checks. A fixed list (FORBIDDEN) names the reference story and the bundled example, so the rule holds even
without ../shared. And, when ../shared is present, the names that are distinctive of one story in the shared corpora
and benchmarks are derived at test time (``distinctive_names``) and looked for in src/, code, docstrings and comments
alike: a docstring that explains a rule with a name from a story we measure on is story knowledge too, and invites
tuning towards it. Examples in src/ use invented names instead.
"""

from __future__ import annotations

import functools
import html
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
SHARED = ROOT.parent / "shared"
SUFFIXES = {".py", ".css", ".js", ".txt", ".json", ".cfg"}

# Names and phrases of the shared reference story and of the bundled example; none may appear in src/.
FORBIDDEN = [
    r"tokayev", r"tokaev", r"tokajew", r"nazarbay", r"nazarba", r"masimov", r"massimov", r"\bcsto\b", r"\bodkb\b",
    r"almaty", r"kazakh", r"umarov", r"alzhanov", r"pritchin", r"banner leon", r"warsaw institute",
    r"collective security treaty", r"serdyukov", r"strachota", r"abishhev",
    r"varnholm", r"estrava", r"maarvik", r"halvorsen", r"brekke",
]

# People several shared stories name at once (ECB+ topics of 2008, the US-election articles, BSNLP, TempEval):
# no single story holds most of their uses, so `distinctive_names` misses them. Whole words, case-sensitive.
RECURRING = ["Obama", "Barack", "Bush", "Putin", "Merkel", "Pence", "Lohan", "Elian", "Castro"]

# A word: letters, inner apostrophes or hyphens ("Kassym-Jomart", "O'Neill"); a trailing possessive is dropped.
WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*")
POSSESSIVE = re.compile(r"['’]s$")
# Web addresses, e-mail addresses, hashtags and handles: their lower-case names ("lindsay-lohan") are no use of
# a word in lower case.
ADDRESS = re.compile(r"\S*(?:https?://|www\.)\S*|\S+@\S+|[#@]\w+")

# Thresholds of "distinctive of one story" (see distinctive_names).
MIN_COUNT = 3          # seen at least this often in the story
MAX_LOWER_SHARE = 0.2  # a word written in lower case more often than this is general vocabulary ("Bush"/"bush")
MIN_RATE_RATIO = 20    # used this many times more often in the story than in all the other text
MIN_SHARE = 0.7        # the story holds this share of all its capitalised uses
ENGLISH_STORIES = ("polnear", "ecb+", "corpus")  # stories whose text is English (the reference corpus is translated)
MAX_LOWER_SHARE_IN_CODE = 0.02  # written in lower case this rarely: looked for in lower case in src/ too

# General vocabulary that passes the statistics only because a story talks about it more than the rest of the
# shared text does (the reference story is about Russia, ML-Crisis is French, BSNLP is Slavic and about a Baltic
# pipeline). Each is general knowledge a language resource or a generic example may name.
GENERAL = {
    # calendar words and time zones
    "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "GMT", "UTC",
    # languages and nationalities: they name the language resources
    "English", "French", "German", "Spanish", "Italian", "Portuguese", "Dutch", "Danish", "Swedish", "Czech",
    "Polish", "Russian", "Ukrainian", "Bulgarian", "Slovene", "Slovenian", "Hungarian", "Greek", "Turkish",
    "Indonesian", "Slavic", "Latin", "Cyrillic",
    # seas and regions of any gazetteer
    "Baltic", "Mediterranean", "Atlantic", "Pacific", "Europe", "European",
    # technical and common words written capitalised: a Unicode normal form, a column header, a common noun
    "NFC", "NFD", "NFKC", "Lang", "Guild",
    # keywords of the script code the cleaner recognises and removes (clean.py, _JS)
    "Const",
}

# Names that are not story knowledge although a story uses them: authors of a method the code cites.
CITATIONS = {"Monroe"}  # Monroe, Colaresi & Quinn 2008, weighted log-odds (summarize/profiles.py)


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(POSSESSIVE.sub("", m.group()), m.start(), m.end()) for m in WORD.finditer(text)]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _name_like(word: str) -> bool:
    """Long enough to mean something: four letters, or an acronym of three capitals ("NFC", "GOP"); a
    contraction of "I" ("I’ve") is no name."""
    if re.match(r"I['’]", word):
        return False
    return len(word) >= 4 or (len(word) == 3 and word.isupper())


def _stories() -> dict[str, list[str]]:
    """Shared texts grouped by story. TempEval is a collection of unrelated short reports: it counts as general
    background text only, its stories are too short to say which name is distinctive of which."""
    bench = SHARED / "benchmarks"
    texts: dict[str, list[str]] = defaultdict(list)
    for p in sorted((SHARED / "corpora").glob("*/*.txt")):
        texts[f"corpus {p.parent.name}"].append(p.read_text(encoding="utf-8", errors="replace"))
    for p in sorted(bench.glob("polnear/*/text/*.txt")):
        texts["polnear"].append(p.read_text(encoding="utf-8", errors="replace"))
    for p in sorted(bench.glob("ecbplus/topics/*/*.xml")):
        tokens = re.findall(r"<token[^>]*>([^<]*)</token>", p.read_text(encoding="utf-8", errors="replace"))
        texts[f"ecb+ topic {p.parent.name}"].append(html.unescape(" ".join(tokens)))
    for p in sorted(bench.glob("ml-crisis-sample/*/*/*/*.txt")) + sorted(bench.glob("ml-crisis-sample/*/reference/*.txt")):
        story = p.stem if p.parent.name == "reference" else p.parent.parent.name
        texts[f"ml-crisis {story}"].append(p.read_text(encoding="utf-8", errors="replace"))
    for p in sorted(bench.glob("bsnlp/*/raw/*/*.txt")):
        texts[f"bsnlp {p.parts[-4]}"].append(p.read_text(encoding="utf-8", errors="replace"))
    for p in sorted(bench.glob("tempeval3/**/*.tml")):
        texts[""].append(re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8", errors="replace")))
    return texts


@functools.lru_cache(maxsize=1)
def _counts() -> tuple[dict[str, Counter], Counter, Counter, Counter]:
    """Per story, its capitalised words and pairs; each story's size in words; every capitalised word's and
    pair's count over all shared text; every word's count in lower case."""
    per_story: dict[str, Counter] = defaultdict(Counter)
    size: Counter = Counter()
    cap: Counter = Counter()
    lower: Counter = Counter()
    for story, texts in _stories().items():
        for text in texts:
            words = _words(ADDRESS.sub(" ", text))
            size[story] += len(words)
            for i, (w, start, end) in enumerate(words):
                if not _capitalised(w):
                    lower[w.lower()] += 1
                    continue
                cap[w] += 1
                per_story[story][w] += 1
                if i + 1 < len(words):
                    nxt, nstart, _ = words[i + 1]
                    if _capitalised(nxt) and text[end:nstart] == " ":
                        pair = f"{w} {nxt}"
                        cap[pair] += 1
                        per_story[story][pair] += 1
    return per_story, size, cap, lower


@functools.lru_cache(maxsize=1)
def distinctive_names() -> dict[str, str]:
    """Names (single words and two-word names) distinctive of one shared story, each with its story.

    A capitalised word or pair is distinctive of a story when the story uses it at least MIN_COUNT times, at least
    MIN_RATE_RATIO times more often per word than all the other shared text does, and holds MIN_SHARE of all its
    uses; a word that is also written in lower case is general vocabulary and never a name here. So "Trump" is
    distinctive of the US-election articles, "Rancho Mirage" of one ECB+ topic, while "Wednesday" or "Smith",
    spread over many stories, are not.
    """
    per_story, size, cap, lower = _counts()
    total = sum(size.values())

    def general(word: str) -> bool:
        return (lower[word.lower()] > MAX_LOWER_SHARE * cap[word] or not _name_like(word) or word in GENERAL
                or word in CITATIONS)

    names: dict[str, str] = {}
    for story, counts in per_story.items():
        if not story:
            continue
        for name, n in counts.items():
            if n < MIN_COUNT or n < MIN_SHARE * cap[name] or any(general(w) for w in name.split(" ")):
                continue
            elsewhere = (cap[name] - n) / max(total - size[story], 1)
            if n / size[story] >= MIN_RATE_RATIO * elsewhere:
                names.setdefault(name, story)
                # a name (almost) never written in lower case is a name in lower case too: a key or a lookup
                # table in code folds names ("quenby+jr")
                # (English stories only: the lower-case count says "general word" only where the text is English;
                # in the Slavic and French stories "Stream" of a pipeline's name is seldom beside an English "stream")
                if (story.startswith(ENGLISH_STORIES) and " " not in name and len(name) >= 5
                        and lower[name.lower()] <= MAX_LOWER_SHARE_IN_CODE * cap[name]):
                    names.setdefault(name.lower(), story)
    return names


def src_files(src: Path = SRC):
    for path in sorted(src.rglob("*")):
        if path.suffix in SUFFIXES and "__pycache__" not in path.parts:
            yield path


def story_names_in(text: str, names: dict[str, str], lower_case: bool = True) -> list[str]:
    """The distinctive names a source text uses: its words and the pairs of words only spaces or comment marks
    part (a docstring or a comment may wrap a two-word name). A part of an identifier ("_ACC_RE") is no word.
    Without `lower_case`, names folded to lower case are not looked for: the word lists of a language resource
    are lower-case general vocabulary (given names, "furthermore"), where a folded name is no sign of a story."""
    words = [(w, s, e) for w, s, e in _words(text)
             if not (text[s - 1:s].isalnum() or text[s - 1:s] == "_" or text[e:e + 1].isalnum() or text[e:e + 1] == "_")]
    found = []
    for i, (w, _, end) in enumerate(words):
        if w in names and (lower_case or not w.islower()):
            found.append(w)
        if i + 1 < len(words):
            nxt, nstart, _ = words[i + 1]
            pair = f"{w} {nxt}"
            if pair in names and re.fullmatch(r"[\s#]+", text[end:nstart]):
                found.append(pair)
    return found


def test_src_has_no_story_specific_names():
    hits = []
    for path in src_files():
        text = path.read_text(encoding="utf-8", errors="replace").lower()
        for pat in FORBIDDEN:
            if re.search(pat, text):
                hits.append(f"{path.relative_to(SRC)}: {pat}")
        original = path.read_text(encoding="utf-8", errors="replace")
        for name in RECURRING:
            if re.search(rf"\b{name}\b", original):
                hits.append(f"{path.relative_to(SRC)}: {name}")
    assert hits == []


def test_src_names_nothing_distinctive_of_a_shared_story():
    if not (SHARED / "benchmarks").is_dir() or not (SHARED / "corpora").is_dir():
        pytest.skip(f"shared corpora not available: {SHARED} (clone the project with ../shared beside it)")
    names = distinctive_names()
    hits = []
    for path in src_files():
        in_lang = path.relative_to(SRC).parts[:2] == ("newsdossier", "lang")
        text = path.read_text(encoding="utf-8", errors="replace")
        for name in sorted(set(story_names_in(text, names, lower_case=not in_lang))):
            hits.append(f"{path.relative_to(SRC)}: {name!r} (from {names[name]})")
    assert hits == [], "story names in src/ (use invented names in examples):\n" + "\n".join(hits)


def test_the_check_itself_catches_a_name(tmp_path):
    """Guard against a vacuous check: the same scan flags a file that does name the story."""
    f = tmp_path / "leak.py"
    f.write_text("ALIASES = {'Tokayev': 'PERSON'}\n")
    text = f.read_text().lower()
    assert any(re.search(p, text) for p in FORBIDDEN)


def test_the_derived_list_catches_story_names_and_spares_general_words():
    """Guard against a vacuous or an over-eager list: names of the stories are in it, general words are not, and a
    docstring that wraps a two-word name is still caught."""
    if not (SHARED / "benchmarks").is_dir() or not (SHARED / "corpora").is_dir():
        pytest.skip(f"shared corpora not available: {SHARED} (clone the project with ../shared beside it)")
    names = distinctive_names()
    for story_name in ("Trump", "Clinton", "Tokayev", "Rancho", "Betty Ford", "Sanaa", "Ryanair", "Nord Stream"):
        assert story_name in names, story_name
    for general_word in ("Wednesday", "January", "Russian", "Smith", "John", "President", "Reuters"):
        assert general_word not in names, general_word
    doc = '"""A surname alone ("Ford") joins the full name\n    (Betty\n    # Ford) of its document."""'
    assert "Betty Ford" in story_names_in(doc, names)
    assert story_names_in("KEYS = {'donald trump+jr'}", names) == ["trump"]
    assert story_names_in("_TRUMP_RE = None  # 'President Quenby said'", names) == []
    assert story_names_in("A name in invented words: Quenby Marlowe of Olbeck.", names) == []


def model_words(path: Path) -> set[str]:
    """The whole words a shipped CRF weight file keeps as features ("w=...", "a=...", a neighbour's "-1w=..."),
    lower-case: what the model remembers of its training text. Endings ("s3=ego") are parts of words by
    construction and are not read as words."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    words: set[str] = set()
    for attr, _label in tagger.info().state_features:
        key, _, value = attr.partition("=")
        if re.fullmatch(r"(-?\d)?[wa](\|sh)?", key):
            words.add(value.split("|")[0].lower())
    tagger.close()
    return words


def test_shipped_models_remember_no_story_name():
    """A learned weight file is src/ too: the names of the stories it was trained on (or any shared story)
    must not be among its features, only how names look and the words around them."""
    if not (SHARED / "benchmarks").is_dir() or not (SHARED / "corpora").is_dir():
        pytest.skip(f"shared corpora not available: {SHARED} (clone the project with ../shared beside it)")
    from anyascii import anyascii

    models = sorted(SRC.rglob("*.crfsuite"))
    assert models, "no shipped CRF model found under src/"
    _, _, cap, lower = _counts()
    # names (almost) never written in lower case, the rule the code check uses for lower-case lookups: the
    # model keeps lower-case words only, so an adjective a story capitalises in a name ("Wielka" in a
    # country's name) but every story writes in lower case is vocabulary, not the story's
    # (compared as written and folded to ASCII, as the model keeps both: "новости", news, folds to a name's
    # "Novosti" and stays vocabulary)
    folded_lower: Counter = Counter()
    for w, n in lower.items():
        folded_lower[anyascii(w)] += n
    names: set[str] = set()
    for n in distinctive_names():
        low = n.lower()
        if (" " not in n and n[:1].isupper()
                and max(lower[low], folded_lower[anyascii(low)]) <= MAX_LOWER_SHARE_IN_CODE * cap[n]):
            names |= {low, anyascii(low)}
    for path in models:
        leaked = sorted(model_words(path) & names)
        assert leaked == [], f"{path.relative_to(SRC)} remembers story names: {leaked[:20]}"
