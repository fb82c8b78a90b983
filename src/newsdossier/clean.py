"""The `clean` stage: drop boilerplate lines from already-scraped plain text.

A scored, multilingual line classifier. Each line gets features (length, stop-word density,
sentence shape, position in the document, repetition across the run) and is matched against
cue lexicons (`lang/<code>/boilerplate.py`, every language at once); structural passes then
handle blocks (teaser blocks after a "Read also" cue, the author bio after an "About <Name>"
line, the junk-only tail of the page) and, for pages flattened with their menus, the short-line
runs far from the dense body. Thresholds are the run's `config.CleanSettings`.

Kept lines are copied verbatim (only leading/trailing spaces stripped). Every dropped line is
recorded as a `model.Removed` with a short kebab-case reason and a confidence score.
Conservative by design: wrongly removing body text is worse than leaving a junk line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from . import lang
from .config import current
from .disjoint import DisjointSets
from .failures import on_document, on_documents
from .model import Document, Removed
from .textutil import strip_accents


@dataclass
class CleanResult:
    text: str
    removed: list[Removed] = field(default_factory=list)


# --------------------------------------------------------------------------- compiled lexicons

def _alt(items) -> str:
    return "(?:" + "|".join(items) + ")"


def _cues(concept: str) -> tuple[str, ...]:
    """One boilerplate concept of every language there is (the reference first), without repeats.

    Every language at once, not the document's: pages mix languages (an English menu on a French article),
    the language is not known yet when cleaning, and a cue of another language rarely occurs in prose.
    """
    return lang.every(concept)


@dataclass(frozen=True)
class _Lexicon:
    """The cue patterns, compiled once from the language data."""

    comment_start: re.Pattern
    comment_any: re.Pattern
    thread_opener: re.Pattern
    comment_header: re.Pattern
    appeal_start: re.Pattern
    appeal_any: re.Pattern
    appeal_words: frozenset[str]
    teaser_start: re.Pattern
    share_start: re.Pattern
    share_verbs: frozenset[str]
    share_fillers: frozenset[str]
    networks: frozenset[str]
    tags: re.Pattern
    tags_alone: re.Pattern
    source: re.Pattern
    metadata: re.Pattern
    byline: re.Pattern
    caption: re.Pattern
    bio_line: re.Pattern
    author_words: tuple[str, ...]
    legal: re.Pattern
    paywall: re.Pattern
    navigation: frozenset[str]
    stopwords: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    phrases = _cues("COMMENT_PHRASES")
    header_end = "|".join(_cues("COMMENT_HEADER_END"))
    appeal, teaser, tags = _cues("APPEAL_CUES"), _cues("TEASER_CUES"), _cues("TAG_CUES")
    return _Lexicon(
        comment_start=re.compile(r"^" + _alt(phrases + _cues("COMMENT_CUES")) + r"(?:\W|$)"),
        comment_any=re.compile(_alt(phrases)),
        thread_opener=re.compile(
            r"^(?:\d+|" + "|".join(_cues("THREAD_COUNT_WORDS")) + r")\s+" + _alt(_cues("THREAD_NOUNS")) + r"\b"
            r"|^" + _alt(_cues("THREAD_HEADINGS")) + r"\s*(?:\(\d+\))?$"),
        comment_header=re.compile(r"\b\d{1,2}[:.h]\d{2}\b.*(?:" + header_end + r")\s*:?\s*$|\b(?:19|20)\d\d\b.*\b(?:"
                                  + header_end + r")\s*:\s*$"),
        appeal_start=re.compile(r"^" + _alt(appeal) + r"(?:\W|$)"),
        appeal_any=re.compile(r"(?<!\w)" + _alt(appeal)),
        appeal_words=frozenset(_cues("APPEAL_WORDS")),
        teaser_start=re.compile(r"^" + _alt(teaser) + r"\s*(?:[:.!»>…\-–—|]+.*)?$"),
        share_start=re.compile(r"^" + _alt(_cues("SHARE_CUES")) + r"\s*[:|]?\s*$"),
        share_verbs=frozenset(_cues("SHARE_VERBS")),
        share_fillers=frozenset(_cues("SHARE_FILLERS")),
        networks=frozenset(_cues("SOCIAL_NETWORKS")),
        tags=re.compile(r"^" + _alt(tags) + r"\s*:\s*(?P<rest>.*)$"),
        tags_alone=re.compile(r"^" + _alt(tags) + r"\s*$"),
        source=re.compile(r"^\(?" + _alt(_cues("SOURCE_CUES")) + r"(?P<colon>\s*[:：\-–—]\s*|\s+)(?P<rest>\S.*)$"),
        metadata=re.compile(r"^" + _alt(_cues("METADATA_CUES")) + r"\s*[:：]\s*\S"),
        byline=re.compile(r"^" + _alt(_cues("BYLINE_CUES")) + r"\s+(?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][\w.'\-]+\s*(?:,|"
                          + "|".join(_cues("BYLINE_JOINERS")) + r")?\s*){1,6}$"),
        caption=re.compile(r"^\(?" + _alt(_cues("CAPTION_CUES")) + r"\s*(?:[:：|/©]|"
                           + "|".join(w + r"\b" for w in _cues("CAPTION_BY")) + r")\s*\S"),
        bio_line=re.compile(r"^" + _alt(_cues("BIO_CUES")) + r"(?:\s+.*)?$"),
        author_words=_cues("AUTHOR_WORDS"),
        legal=re.compile(_alt(_cues("LEGAL_CUES"))),
        paywall=re.compile(r"(?<!\w)" + _alt(_cues("PAYWALL_CUES"))),
        navigation=frozenset(_cues("NAVIGATION_WORDS")),
        stopwords=frozenset(_cues("STOPWORDS")),
    )


# Shapes of photo-agency credits (upper-case codes, usually slash-separated): a script's capitals, no words.
_AGENCY_CODE = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ0-9.&\-]{1,}"
_ARROW = re.compile(r"^\s*(?:[→►▶⇒➔➤➜⟶]|>>|->)\s*\S")
_AGENCY_TAIL = re.compile(
    r"(?P<pre>.?)(?P<codes>" + _AGENCY_CODE + r"(?:\s+" + _AGENCY_CODE + r")*(?:\s*/\s*" + _AGENCY_CODE
    + r"(?:\s+" + _AGENCY_CODE + r")*)+)\s*$"
)
_DOMAIN_TAIL = re.compile(r"(?:^|\S)(?:www\.)?[a-z0-9\-]{2,}\.(?:[a-z]{2,6})(?:/\S*)?$")
_DOMAIN = re.compile(r"(?:https?://|www\.)\S+|\b[\w\-]+\.(?:com|org|net|info|ru|ua|pl|de|fr|uk|kz|by|it|es|pt|nl|eu|io|co|news|tv|media)\b", re.I)
_WORD = re.compile(r"\w+")
_WS = re.compile(r"\s+")
_SENT_END = re.compile(r"[.!?…:;\"”»’)\]]\s*$|[.!?]\s*[\"”»’)]\s*$")
_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.)\s*[\"”»’)]?\s*$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LOWER_THEN_UPPER = re.compile(r"[a-zà-öø-ÿа-яёіїєґ]$")


# Style sheets and scripts left in the text by a scraper, in any language: their syntax, not a language's words.
# A CSS rule ("sel { prop: value; }", "@media (…) {", "prop: value;"), a script statement ("var x = …;",
# "function f(){…}", "window.x = …", "})();"), an HTML tag of either. A line is code when it has one of these shapes
# and its share of code punctuation ({}();=) is high: prose has few braces or semicolons.
# a declaration "prop: value;" whose value has a CSS shape (a length, a colour, a keyword)
_CSS_DECL = (r"\s*(?-i:(?:z-index|opacity|line-height|font-weight|flex|order)\s*:\s*[\d.]+;|[a-z\-]+\s*:\s*[^;:{}]*"
             r"(?:\d(?:px|em|rem|%|pt|vh|vw|ms)|#[0-9a-f]{3,8}\b|\b(?:none|auto|inherit|bold"
             r"|block|inline|flex|hidden|solid|absolute|relative|!important)\b)[^;:{}]*;)")
_CSS_RULE = re.compile(r"^(?:[@.#]?[\w\-*]+[\w\-\s.#:,>+~*\[\]=\"'()]*\{[^{}]*(?:\}|$)|@(?:media|import|font-face|keyframes"
                       r"|charset|supports)\b.*|(?:" + _CSS_DECL + r")+\s*\}?|\})$", re.I)
_JS = re.compile(r"^(?:\(\s*function\b|(?:var|let|const)\s+[\w$]+\s*=|function\s*[\w$]*\s*\(|(?:window|document|this)\.[\w$.]+\s*[=(]"
                 r"|[\w$.]+\s*\(\s*function\b|\}\s*\)\s*\(?\s*\)?\s*;|if\s*\(.*\)\s*\{|[\w$]+(?:\.[\w$]+)+\s*\(.*\)\s*;"
                 r"|[\w$]+(?:\.[\w$]+)*\s*=\s*[^=].*;\s*$|try\s*\{|\}\s*catch\b)")
_HTML_CODE_TAG = re.compile(r"^</?(?:script|style|noscript|iframe)\b[^>]*>", re.I)
_CODE_CHARS = re.compile(r"[{}();=<>]")


def _code_line(s: str) -> str | None:
    """'css' or 'script' when the line is a style-sheet rule or a script statement (see _CSS_RULE, _JS)."""
    if _HTML_CODE_TAG.match(s):
        return "script" if "script" in s[:12].lower() else "css"
    density = len(_CODE_CHARS.findall(s)) / max(1, len(s))
    if _CSS_RULE.match(s) and (density >= 0.03 or s == "}") and ":" in s or s in ("}", "};", "});"):
        return "css" if not s.startswith("}") or s == "}" else "script"
    if _JS.match(s) and density >= 0.04 and (s.rstrip().endswith((";", "{", "}", ")")) or "{" in s):
        return "script"
    return None


def normalize_line(s: str) -> str:
    """The form used for cross-document repetition: casefolded, whitespace collapsed."""
    return _WS.sub(" ", s).strip().casefold()


# --------------------------------------------------------------------------- line features

@dataclass
class _Line:
    idx: int
    raw: str
    s: str
    norm: str
    words: int
    stop_ratio: float
    sent_end: bool
    ellipsis: bool
    pos: float  # character position of the line start, 0..1
    stop_ok: bool = True  # False when the text's language has no stop-word list here
    reason: str | None = None
    score: float = 0.0
    wrapped: bool = False  # part of a hard-wrapped paragraph (see _density)

    @property
    def blank(self) -> bool:
        return not self.s

    @property
    def prose(self) -> bool:
        """A real paragraph: long enough, sentence-shaped, with function words (or a piece of a hard-wrapped one)."""
        if self.wrapped:
            return True
        if self.words >= 25 and not self.ellipsis and self.sent_end:
            return True
        if self.words >= 40 and not self.ellipsis:
            return self.stop_ratio >= 0.12 or not self.stop_ok or _CJK.search(self.s) is not None
        return (self.words >= 12 and self.sent_end and not self.ellipsis
                and (self.stop_ratio >= 0.15 or not self.stop_ok or _CJK.search(self.s) is not None))


def _features(raw: str) -> list[_Line]:
    stopwords = _lexicon().stopwords
    lines: list[_Line] = []
    total = max(1, len(raw))
    off = 0
    for i, ln in enumerate(raw.split("\n")):
        s = ln.strip()
        toks = _WORD.findall(s.casefold())
        n = len(s.split())
        cjk = len(_CJK.findall(s))
        if cjk:
            n = max(n, cjk // 2)
        stop = sum(1 for t in toks if t in stopwords) / len(toks) if toks else 0.0
        lines.append(_Line(
            idx=i, raw=ln, s=s, norm=normalize_line(s), words=n, stop_ratio=stop,
            sent_end=bool(_SENT_END.search(s)), ellipsis=bool(_ELLIPSIS_END.search(s)), pos=off / total,
        ))
        off += len(ln) + 1
    # Language without a stop-word list here: stop-word density says nothing.
    long_lines = [x for x in lines if x.words >= 12]
    if long_lines and sum(x.stop_ratio for x in long_lines) / len(long_lines) < 0.06:
        for x in lines:
            x.stop_ok = False
    return lines


# --------------------------------------------------------------------------- single-line rules

def _is_share_line(norm: str) -> bool:
    K = _lexicon()
    parts = [p for p in re.split(r"[\s,|/·•]+", norm) if p]
    if not parts or len(parts) > 12:
        return False
    if K.share_start.match(norm):
        return True
    if parts[0] in K.share_verbs:
        return all(p in K.networks or p in K.share_fillers for p in parts[1:])
    return len(parts) >= 2 and all(p in K.networks for p in parts)


def _caption_credit(ln: _Line) -> float:
    """Caption fused with agency codes ('…CityAGENCY / AGENCY'), or ending in a bare domain."""
    s = ln.s
    if ln.words > 30 or re.search(r"[.!?]$", s):
        return 0.0
    m = _AGENCY_TAIL.search(s)
    if m:
        codes = [c for c in re.split(r"\s*/\s*", m.group("codes")) if c.strip()]
        if len(codes) >= 2 and all(len(c) <= 30 for c in codes):
            fused = bool(_LOWER_THEN_UPPER.search(m.group("pre") or ""))
            return 0.9 if fused else 0.75
    if ln.words <= 8 and _DOMAIN_TAIL.search(s) and not ln.sent_end:
        return 0.7
    return 0.0


def _rule(ln: _Line) -> tuple[str, float] | None:
    """Classify one line on its own; returns (reason, score) or None."""
    s, norm, w = ln.s, ln.norm, ln.words
    if not s:
        return None
    K = _lexicon()
    if not _WORD.search(s):
        return ("punctuation", 1.0)
    code = _code_line(s)
    if code:
        return (f"code-{code}", 0.95)
    if w <= 15 and K.comment_start.match(norm):
        return ("comment-section", 0.95)
    if w <= 16 and K.comment_header.search(norm):
        return ("comment-section", 0.9)
    if w <= 20 and K.comment_any.search(norm):
        return ("comment-section", 0.85)
    if w <= 25 and K.paywall.search(norm):
        return ("paywall", 0.9 if w <= 15 else 0.6)
    if w <= 12 and K.teaser_start.match(norm):
        return ("teaser", 0.9)
    if _ARROW.match(s) and w <= 30:
        return ("teaser", 0.85)
    if w <= 6 and K.appeal_start.match(norm):
        return ("appeal", 0.9)
    if w <= 6 and norm in K.appeal_words:
        return ("appeal", 0.9)
    m = K.tags.match(norm)
    if m and (not m.group("rest").strip() or (w <= 25 and not ln.sent_end)):
        return ("tags", 0.9)
    if w <= 2 and K.tags_alone.match(norm):
        return ("tags", 0.6)
    if w <= 12 and _is_share_line(norm):
        return ("share", 0.85)
    m = K.source.match(s) or K.source.match(norm)
    if m and w <= 7:
        rest = m.group("rest")
        colon = bool(m.group("colon").strip())
        if _DOMAIN.search(rest) or colon or (rest.isupper() and len(rest) > 1):
            return ("source-line", 0.9)
    if w <= 10 and K.metadata.match(norm):
        return ("metadata", 0.85)
    if w <= 8 and K.caption.match(norm):
        return ("caption-credit", 0.9)
    if w <= 7 and K.byline.match(s):
        return ("metadata", 0.6)
    c = _caption_credit(ln)
    if c:
        return ("caption-credit", c)
    if w <= 40 and K.legal.search(norm):
        n_legal = len(K.legal.findall(norm))
        if w <= 12 or n_legal >= 2:
            return ("legal", 0.85)
        return ("legal", 0.45)  # needs the tail position to go
    if w <= 4 and norm.strip(" .:|") in K.navigation:
        return ("navigation", 0.75)
    if w <= 40 and K.appeal_any.search(norm):
        return ("appeal", 0.45 if w > 8 else 0.6)  # long appeal sentences need the tail position
    return None


def _is_bio_opener(ln: _Line) -> bool:
    K = _lexicon()
    if ln.words > 8 or ln.sent_end:
        return False
    if not K.bio_line.match(ln.norm):
        return False
    rest = re.sub(r"^\W*\w+", "", ln.s, count=1).strip()  # text after the first word
    if not rest:
        return True
    words = rest.split()
    caps = sum(1 for x in words if x[:1].isupper())
    return caps >= max(1, len(words) - 1) or any(a in ln.norm for a in K.author_words)


# --------------------------------------------------------------------------- the classifier

def _nonblank(lines: list[_Line]) -> list[_Line]:
    return [ln for ln in lines if not ln.blank]


def _mark(ln: _Line, reason: str, score: float) -> None:
    if score > ln.score:
        ln.reason, ln.score = reason, score


def _classify(lines: list[_Line], repeated: frozenset[str]) -> None:
    K = _lexicon()
    threshold = current().clean.threshold
    nb = _nonblank(lines)
    if not nb:
        return
    first = nb[0]
    for ln in nb:
        r = _rule(ln)
        if r:
            reason, score = r
            if ln is first and score < 0.85:
                continue  # the headline is content unless a strong cue says otherwise
            _mark(ln, reason, score)
        if repeated and ln is not first and ln.norm in repeated:
            if ln.score >= 0.3:
                _mark(ln, ln.reason or "repeated", min(1.0, ln.score + 0.3))
            elif ln.words <= 12 and not ln.prose and not ln.sent_end:  # a short sentence repeated by syndication is content
                _mark(ln, "repeated", 0.6)

    # Teaser blocks: a cue line, then short headline-ish lines until the next real paragraph.
    for k, ln in enumerate(nb):
        if ln.reason == "teaser" and ln.score >= 0.85 and ln.words <= 6 and K.teaser_start.match(ln.norm):
            taken = 0
            for nxt in nb[k + 1:]:
                if nxt.score >= 0.85 and nxt.reason != "teaser":
                    break
                if nxt.prose and nxt.sent_end and nxt.words >= 25 and " | " not in nxt.s:
                    break
                if taken >= 6:
                    break
                _mark(nxt, "teaser", 0.7)
                taken += 1

    # "About <Name>" + the following paragraph, when nothing but junk follows it.
    for k, ln in enumerate(nb):
        if ln is first or not _is_bio_opener(ln) or ln.pos < 0.4:
            continue
        after = nb[k + 1:]
        if not after:
            continue
        bio = after[0]
        later_content = any(x.prose and x.score < threshold for x in after[1:])
        if later_content:
            continue
        _mark(ln, "author-bio", 0.85)
        if bio.score < threshold and bio.words >= 5:
            _mark(bio, "author-bio", 0.75)

    # The tail: after the last clean paragraph, weakly-cued lines and stray short lines go.
    last_content = -1
    for k, ln in enumerate(nb):
        if ln.prose and ln.score < threshold:
            last_content = k
    tail = nb[last_content + 1:]
    if tail and any(x.score >= 0.85 for x in tail):
        for ln in tail:
            if ln.score >= 0.3:
                _mark(ln, ln.reason or "navigation", max(ln.score, 0.6) + 0.15)
            elif ln.words <= 3 and ln is not first:
                _mark(ln, "navigation", 0.55)
    # A comment thread: after its opener ("3 thoughts on ...", "12 comments") in the second half of the
    # page, every line is a reader's comment, however article-like it reads.
    for k, ln in enumerate(nb):
        if ln.pos >= 0.5 and ln.reason == "comment-section" and K.thread_opener.match(ln.norm):
            for nxt in nb[k + 1:]:
                _mark(nxt, "comment-section", 0.8)
            break
    # Long weakly-cued lines (appeal / legal) inside a junk tail that holds more prose after them
    for k, ln in enumerate(nb):
        if threshold > ln.score >= 0.3 and ln.pos > 0.5:
            neigh = nb[max(0, k - 1):k] + nb[k + 1:k + 2]
            if any(x.score >= 0.85 for x in neigh):
                _mark(ln, ln.reason or "navigation", 0.65)

    _density(nb, first)


def _density(nb: list[_Line], first: _Line) -> None:
    """Flattened pages: keep the dense paragraph blocks; drop short-line runs far from them.

    Lines are grouped into blocks of paragraphs separated by runs of >= gap short lines
    (or by a strongly-cued junk line). A block weighs its paragraph words; blocks lighter
    than keep_fraction of the heaviest one, and every short line outside the kept blocks,
    are dropped. Short lines between paragraphs of a kept block (subheadings) stay.
    (threshold, gap, keep_fraction: `config.CleanSettings` threshold, block_gap, keep_fraction.)
    """
    settings = current().clean
    threshold, gap, keep_fraction = settings.threshold, settings.block_gap, settings.keep_fraction
    # Hard-wrapped text (a paragraph broken into lines mid-sentence) is prose too: a line of some words whose
    # next line goes on in lower case, and the lines that go on so.
    wrapped: set[int] = set()
    for k, x in enumerate(nb):
        nxt = nb[k + 1] if k + 1 < len(nb) else None
        goes_on = nxt is not None and nxt.s[:1].islower() and not _SENT_END.search(x.s)
        if (goes_on and x.words >= 6) or (k - 1 in wrapped and x.s[:1].islower()):
            wrapped.add(k)
            if goes_on:
                wrapped.add(k + 1)
    wrapped = {k for k in wrapped if nb[k].score < threshold}
    for k in wrapped:
        nb[k].wrapped = True
    prose_words = sum(x.words for x in nb if x.prose and x.score < threshold)
    short = [x for x in nb if not x.prose and x.score < threshold]
    # Only when the text looks like a whole page (many short lines around the paragraphs).
    if prose_words == 0 or len(short) < 8:
        return
    blocks: list[list[int]] = []  # [start, end, weight] over indices of nb (prose-to-prose)
    cur: list[int] | None = None
    run = 0
    for k, x in enumerate(nb):
        if x.score >= 0.85:
            run = gap  # a strong junk line closes the block
            continue
        if x.prose and x.score < threshold:
            if cur is not None and run < gap:
                cur[1] = k
                cur[2] += min(x.words, 150)
            else:
                cur = [k, k, min(x.words, 150)]
                blocks.append(cur)
            run = 0
        else:
            run += 1
    if not blocks:
        return
    heaviest = max(b[2] for b in blocks)
    keep = [b for b in blocks if b[2] >= keep_fraction * heaviest]
    lo = keep[0][0]
    for k, x in enumerate(nb):
        if x is first or x.score >= threshold:
            continue
        if any(b[0] <= k <= b[1] for b in keep):
            continue
        if lo - 2 <= k < lo and not x.prose:
            continue  # headline / standfirst just before the body
        _mark(x, "navigation" if not x.prose else "off-body", 0.6 if not x.prose else 0.55)


# --------------------------------------------------------------------------- API

def _assemble(lines: list[_Line]) -> CleanResult:
    threshold = current().clean.threshold
    out: list[str] = []
    removed: list[Removed] = []
    for ln in lines:
        if ln.blank:
            if out and out[-1] != "":
                out.append("")
            continue
        if ln.score >= threshold and ln.reason:
            removed.append(Removed(text=ln.s, reason=ln.reason, line=ln.idx, score=round(min(ln.score, 1.0), 3)))
            continue
        out.append(ln.s)
    text = "\n".join(out).strip()
    return CleanResult(text=text, removed=removed)


def clean_text(raw: str, *, lang: str | None = None, repeated: frozenset[str] = frozenset(),
               boilerplate: dict[tuple[str, ...], int] | None = None) -> CleanResult:
    """Remove boilerplate lines from `raw` (any string; None reads as "").

    A failure here is a bug, and it raises: `clean_documents` records it on the document concerned.
    """
    if not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    lines = _features(raw)
    _classify(lines, repeated or frozenset())
    if boilerplate:
        _mark_boilerplate(_nonblank(lines), boilerplate)
    return _assemble(lines)


def _mark_boilerplate(nb: list[_Line], boilerplate: dict[tuple[str, ...], int]) -> None:
    """After the classifier: a line repeated across the pile goes, even as the first line (a header above
    every post is no headline); so does a short line next to such a line when the two read on as one
    repeated line (a few words the layout broke off, a lone verb between two pieces of one note)."""
    keys = [line_key(ln.s) for ln in nb]
    hits = [boilerplate.get(k) for k in keys]
    for ln, n in zip(nb, hits):
        if n:
            _mark(ln, f"repeated-across-{n}-documents", 0.8)
    for k, ln in enumerate(nb):
        if hits[k] or not keys[k] or len(keys[k]) >= _MIN_TOKENS:
            continue
        before = (k - 1, keys[k - 1] + keys[k]) if k else (k, ())
        after = (k + 1, keys[k] + keys[k + 1]) if k + 1 < len(nb) else (k, ())
        for j, joined in (before, after):
            if joined and hits[j] and _inside_any(joined, boilerplate):
                _mark(ln, f"repeated-across-{hits[j]}-documents", 0.7)
                break


def _inside_any(seq: tuple[str, ...], keys) -> bool:
    return any(_contains(b, seq) for b in keys)


def repeated_lines(texts: list[str]) -> frozenset[str]:
    """Normalised non-empty lines occurring in at least two different texts."""
    counts: Counter = Counter()
    for t in texts:
        counts.update({normalize_line(ln) for ln in (t or "").split("\n") if _WORD.search(ln or "") or ln.strip()})
    return frozenset(k for k, v in counts.items() if v >= 2 and k)


# --------------------------------------------------------------------------- boilerplate repeated across documents

_QUOTED = re.compile(r"[\"“”„«»]\s*(?:\w+\W+){2,}\w+\W*[\"“”„«»]")
_MIN_TOKENS, _MAX_TOKENS = 4, 80  # shorter lines: the "repeated" rule above; longer: paragraphs, not boilerplate
# Two lines are one line with words added when the shorter's words are all in the longer and make up this
# share of it ("part of our coverage of X" / "part of our full coverage of X this year"); a word swapped ("fire in the north" /
# "fire in the south": two headlines) never makes them one.
_NEAR = 0.6
# Two documents are copies of one text when this share of the smaller one's word 4-grams is in the other
# (rewrites of one wire report measured 0.69-0.95; pages sharing only a footer 0.02-0.11)
_COPY_SHARE = 0.3


def line_key(s: str) -> tuple[str, ...]:
    """The tokens a line is compared by: casefolded words without accents, punctuation and spacing dropped."""
    return tuple(_WORD.findall(strip_accents(s.casefold())))


def _shingles(text: str) -> frozenset[tuple[str, ...]]:
    toks = line_key(text)
    return frozenset(toks[i:i + 4] for i in range(len(toks) - 3))


def _independent(docs: list[int], shingles: dict[int, frozenset], need: int) -> int:
    """How many families the documents form, counted up to `need`: a document whose word 4-grams are
    >= _COPY_SHARE contained in an earlier family's first document is a copy of it (a wire copy,
    syndication, a lightly edited rewrite), not a further document."""
    leaders: list[int] = []
    for i in docs:
        mine = shingles[i]
        if not any(len(mine & shingles[j]) >= _COPY_SHARE * max(1, min(len(mine), len(shingles[j])))
                   for j in leaders):
            leaders.append(i)
            if len(leaders) >= need:
                break
    return len(leaders)


_OFF_TOPIC = 0.5  # a repeated line is boilerplate when, in the median document, under this share of its words recur there


def _stems(keys) -> Counter:
    """Content-word stems of lines (first 5 letters of words of 4+ letters, stop words aside): enough to see
    whether a line's words recur in its document across inflection ("resigned"/"resignation")."""
    stop = _lexicon().stopwords
    out: Counter = Counter()
    for k in keys:
        out.update(t[:5] for t in k if len(t) >= 4 and t not in stop)
    return out


def _about_its_documents(members: set, docs: list[int], doc_keys: list[set], texts: list[str],
                         stems: dict[int, Counter]) -> bool:
    """True when the repeated line is about the documents it is in: in the median document, at least
    _OFF_TOPIC of its content words recur in the document's other lines. A headline or lead repeated by
    several outlets' rewrites of one story summarises each of them; a footer, a legal note or an editor's
    note is about the site, not about the page it closes."""
    shares = []
    for i in docs:
        mine = [k for k in doc_keys[i] if k in members]
        line = _stems(mine)
        if not line:
            continue
        if i not in stems:  # every line of the document, long paragraphs included
            stems[i] = _stems(line_key(ln) for ln in (texts[i] or "").split("\n"))
        rest = stems[i] - line
        shares.append(sum(1 for t in line if rest.get(t, 0) > 0) / len(line))
    if not shares:
        return False
    shares.sort()
    return shares[len(shares) // 2] >= _OFF_TOPIC


def _contains(long_: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return len(long_) >= n and any(long_[i:i + n] == short for i in range(len(long_) - n + 1))


def _join_pieces(keys: list[tuple[str, ...]], texts: list[str], sets: DisjointSets, index: dict) -> None:
    """A line broken over several lines by one page's layout (a note whole on two pages, in three
    lines on two others) is one line: a line joins a longer one when its words run inside it
    together with its neighbour's words (the piece and the next or previous piece read on inside the
    longer line). A line that merely occurs inside a longer one (a headline quoted in a credit line) does not.
    """
    by_gram: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for k in keys:
        for i in range(len(k) - _MIN_TOKENS + 1):
            by_gram.setdefault(k[i:i + _MIN_TOKENS], []).append(k)
    known = set(index)
    for t in texts:
        seq = [k for k in (line_key(ln) for ln in (t or "").split("\n")) if k]
        for j, a in enumerate(seq):
            if a not in known:
                continue
            holders = by_gram.get(a[:_MIN_TOKENS], [])
            if len(holders) > 50:  # a common phrase opening many lines: no single note
                continue
            nxt = seq[j + 1] if j + 1 < len(seq) else ()
            prev = seq[j - 1] if j else ()
            for b in holders:
                if len(b) > len(a) and ((nxt and _contains(b, a + nxt)) or (prev and _contains(b, prev + a))):
                    sets.join(index[b], index[a])


def boilerplate_lines(texts: list[str], min_documents: int | None = None) -> dict[tuple[str, ...], int]:
    """Lines the sites repeat on their pages: `line_key` -> number of documents it occurs in.

    A line counts when it occurs (near-)verbatim — the same words, or the same with a few words added
    (`_NEAR`), or a piece of it broken off by the layout (`_join_pieces`) — in at least `min_documents`
    independent documents (`CleanSettings.boilerplate_documents`): documents that are not copies of one
    text (`_independent`), since wire copies and rewrites of one report share their headline and most lines,
    whereas a footer ("This post is part of our special coverage ...") is shared by documents whose other
    text differs. A line that quotes someone (words inside quotation marks) is never boilerplate: several
    reports of one story quote the same words; nor is a line about its documents (`_about_its_documents`):
    a story's headline or lead, repeated by outlets rewriting one report.
    """
    need = min_documents or current().clean.boilerplate_documents
    doc_keys: list[set[tuple[str, ...]]] = []
    for t in texts:
        ks = set()
        for ln in (t or "").split("\n"):
            k = line_key(ln)
            # a bare address (no space) is no line of text: pages' URLs differ and their slugs repeat headlines
            if _MIN_TOKENS <= len(k) <= _MAX_TOKENS and " " in ln.strip() and not _QUOTED.search(ln):
                ks.add(k)
        doc_keys.append(ks)
    docs_of: dict[tuple[str, ...], set[int]] = {}
    for i, ks in enumerate(doc_keys):
        for k in ks:
            docs_of.setdefault(k, set()).add(i)
    # near-verbatim lines: compared within blocks of lines opening (or closing) with the same three words
    sets = DisjointSets()
    blocks: dict[tuple, list[tuple[str, ...]]] = {}
    for k in docs_of:
        blocks.setdefault(("^",) + k[:3], []).append(k)
        blocks.setdefault(("$",) + k[-3:], []).append(k)
    index = {k: str(n) for n, k in enumerate(docs_of)}
    for block in blocks.values():
        if len(block) > 200:  # a very common opening ("the president said that"): no footer family
            continue
        toks = [set(k) for k in block]
        for a in range(len(block)):
            for b in range(a + 1, len(block)):
                small, large = sorted((toks[a], toks[b]), key=len)
                if small <= large and len(small) >= _NEAR * len(large):
                    sets.join(index[block[a]], index[block[b]])
    _join_pieces(list(docs_of), texts, sets, index)
    groups: dict[str, list[tuple[str, ...]]] = {}
    for k in docs_of:
        groups.setdefault(sets.find(index[k]), []).append(k)
    out: dict[tuple[str, ...], int] = {}
    shingles: dict[int, frozenset] = {}
    doc_stems: dict[int, Counter] = {}
    for members in groups.values():
        docs = sorted(set().union(*(docs_of[k] for k in members)))
        if len(docs) < need:
            continue
        for i in docs:
            if i not in shingles:
                shingles[i] = _shingles(texts[i] or "")
        if _independent(docs, shingles, need) >= need and not _about_its_documents(
                set(members), docs, doc_keys, texts, doc_stems):
            for k in members:
                out[k] = len(docs)
    return out


def clean_documents(docs: list[Document]) -> None:
    """Fill `text` and `removed` of every document; repetition is counted across the run.

    Nothing fails silently and the run goes on: if counting repeated lines fails, every document
    says so in its `errors` and is cleaned without that cue; if cleaning one document fails, that
    document says so and keeps its whole raw text (nothing removed, nothing lost).
    """
    rep: frozenset = frozenset()
    with on_documents(docs, "clean/repeated-lines"):
        rep = repeated_lines([d.raw_text or "" for d in docs])
    boiler: dict = {}
    with on_documents(docs, "clean/boilerplate-lines"):
        boiler = boilerplate_lines([d.raw_text or "" for d in docs])
    for d in docs:
        d.text, d.removed = (d.raw_text or "").strip(), []  # what a document keeps if cleaning it fails
        with on_document(d, "clean"):
            res = clean_text(d.raw_text or "", lang=d.language, repeated=rep, boilerplate=boiler)
            d.text, d.removed = res.text, res.removed
            _retitle(d)


def _retitle(doc: Document) -> None:
    """A title read from the text's first line that turned out to be boilerplate repeated across documents
    gives way to the cleaned text's own first line; the old title stays in `meta["title_original"]`.

    Why here: the plain-text title is the first line at ingest, before the pile shows the line is the
    sites' footer ("This post is part of our coverage ..." above every post)."""
    if not doc.title:
        return
    gone = {normalize_line(r.text) for r in doc.removed if r.reason.startswith("repeated-across-")}
    if normalize_line(doc.title) not in gone:
        return
    from .ingest import text_metadata

    new = text_metadata(doc.text).get("title")
    if new:
        doc.meta["title_original"], doc.meta["title_basis"] = doc.title, "first line after repeated boilerplate"
        doc.title = new


__all__ = ["CleanResult", "clean_text", "clean_documents", "repeated_lines", "boilerplate_lines", "line_key",
           "normalize_line"]
