"""Pile-level titles: the site's name off page titles, the article's headline before the social title.

Why: a page's <title> / og:title is written for browser tabs and link previews, so it often carries the
site's name (" | Example News", "Example: ...") and is sometimes a rewritten teaser, while the headline the
reader sees (the page's <h1>) is the article's own title. A site's name is recognised the way a reader
recognises it: it is the segment, split off by a title separator (| - – — : · » /), that every page of one
site repeats. That needs several pages of the site, so this runs once over the whole pile, after all
documents are read (`settle_titles`). With one page of a site only, a segment is dropped only when it
spells the site's name or host (`_names_site`), the conservative case.

Nothing is lost: a changed title keeps the one read in `meta["title_original"]`, and `meta["title_basis"]`
says what changed it ("site affix learned from N pages", "site name", "headline").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from urllib.parse import urlparse

from .model import Document

# A title separator: a bar, dash, bullet, guillemet or slash between spaces, or a colon after a word.
# (A hyphen inside a word, "e-tron", or a colon inside "11:30" is no separator: spaces are required.)
_SEP = re.compile(r"\s+(?:[|\-–—·•»/]|::|//)\s+|(?<=\S):\s+")
_ALNUM = re.compile(r"[^\w]+")
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})

MIN_SHARE = 1 / 3  # a learned affix is on at least this share of the site's titled pages (and on two pages at least)


def _norm(s: str) -> str:
    """Comparison form of a title: NFKC, curly quotes and dashes folded, spaces collapsed, casefolded."""
    return " ".join(unicodedata.normalize("NFKC", s).translate(_FOLD).split()).casefold()


def _compact(s: str) -> str:
    """A name as letters and digits only ("Example.com" -> "examplecom"), to compare names with hosts."""
    return _ALNUM.sub("", _norm(s)).replace("_", "")


def site_key(doc: Document) -> str | None:
    """The site a document comes from: its URL's host without "www.", else its source name."""
    host = _host(doc.url)
    if host:
        return host
    return _norm(doc.source) if doc.source else None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlparse(url).hostname
    except ValueError:  # a malformed URL in the record: no host, so no site group
        return None
    return host[4:] if host and host.startswith("www.") else host


def _site_names(doc: Document) -> set[str]:
    """Compact forms the site goes by: its source name and its host's labels (the TLD aside)."""
    names = set()
    if doc.source:
        names.add(_compact(doc.source))
    host = _host(doc.url)
    if host:
        names.add(_compact(host))
        labels = host.split(".")
        names.update(_compact(x) for x in labels[:-1] if len(x) >= 3)
    return {n for n in names if n}


def _names_site(segment: str, names: set[str]) -> bool:
    """True when a title segment spells the site's name: equal in compact form, or one starts with the
    other, the shorter has at least 5 characters and the longer adds at most 4 ("Kestrel" for
    kestrelmag.example, "Kestrel.com" for Kestrel). A headline that merely opens with the site's name
    ("The Kestrel view on ...") adds far more, so it is no site name."""
    seg = _compact(segment)
    if not seg:
        return False
    for n in names:
        if seg == n:
            return True
        short, long_ = sorted((seg, n), key=len)
        if len(short) >= 5 and len(long_) - len(short) <= 4 and long_.startswith(short):
            return True
    return False


@dataclass(frozen=True)
class _Split:
    """One way to cut a title at a separator: the headline part and the affix part (with its separator)."""

    rest: str
    affix: str  # the text of the affix, separator excluded
    suffix: bool
    colon: bool  # the separator is a colon (weaker: "Analysis: ...", "Live: ..." are often the headline's own)


def _splits(title: str) -> list[_Split]:
    out = []
    for m in _SEP.finditer(title):
        head, tail = title[: m.start()].strip(), title[m.end():].strip()
        if not head or not tail:
            continue
        colon = ":" in m.group(0)
        out.append(_Split(rest=head, affix=tail, suffix=True, colon=colon))
        out.append(_Split(rest=tail, affix=head, suffix=False, colon=colon))
    return out


def _has_words(s: str) -> bool:
    return bool(_WORD.search(s))


def learn_affixes(titles: list[str]) -> set[tuple[str, bool]]:
    """The (normalised affix, is-suffix) pairs one site's titles repeat: each on >= 2 titles whose remaining
    parts differ and on >= MIN_SHARE of the titles. Identical titles (copies of one page) teach nothing.

    A colon prefix is never learned ("Analysis: ..." on two pages is a rubric of the headline itself);
    a colon suffix is.
    """
    rests: dict[tuple[str, bool], set[str]] = defaultdict(set)
    distinct = {_norm(t) for t in titles if t}
    for t in distinct:
        for sp in _splits(t):
            if sp.colon and not sp.suffix:
                continue
            if _has_words(sp.rest):
                rests[(_norm(sp.affix), sp.suffix)].add(_norm(sp.rest))
    need = max(2, MIN_SHARE * len(distinct))
    return {key for key, rs in rests.items() if len(rs) >= need}


def strip_affixes(title: str, learned: set[tuple[str, bool]], names: set[str]) -> tuple[str, str | None]:
    """`title` without its site affixes, and why (None when unchanged).

    An affix is a learned one or a segment that spells the site's name; the longest goes first
    (" | News | Example.com" before " | Example.com"; "Site | Its motto: " whole when that is the site's
    name, before "Site | "). Repeated: "Rubric | Site" loses both when both are known.
    """
    basis = None
    for _ in range(4):  # a title has at most a few affixes; the bound keeps a pathological title cheap
        best = None
        for sp in _splits(title):
            if not _has_words(sp.rest) or (best is not None and len(sp.affix) <= len(best[0].affix)):
                continue
            if (_norm(sp.affix), sp.suffix) in learned:
                best = (sp, "site affix learned from the site's pages")
            elif _names_site(sp.affix, names):
                best = (sp, "site name")
        if best is None:
            break
        title, basis = best[0].rest, best[1]
    return title, basis


def _content_words(s: str) -> set[str]:
    toks = set(_WORD.findall(_norm(s)))
    if _CJK.search(s):
        return toks | set(_CJK.findall(s))
    return {t for t in toks if len(t) >= 4}


def choose_headline(candidates: list[str], title: str | None, banners: set[str], names: set[str]) -> str | None:
    """The page's headline among its <h1> texts, or None.

    A candidate is dropped when it is a banner (the same <h1> on other pages of the site) or the site's
    name. The headline must share a content word with the page title when there is one (an <h1> that
    shares none is another article's or a widget's); of several, the one the title is made of (title =
    headline + separator + affix) is kept; exactly one candidate may remain.
    """
    left = []
    for c in candidates:
        n = _norm(c)
        if not _has_words(c) or n in banners or _names_site(c, names) or len(c.split()) > 40:
            continue
        if n not in {_norm(x) for x in left}:
            left.append(c)
    if title:
        words = _content_words(title)
        left = [c for c in left if _content_words(c) & words]
        if len(left) > 1:  # several <h1> share words with the title: the one the title is cut from wins
            parts = {_norm(sp.rest) for sp in _splits(title)} | {_norm(title)}
            left = [c for c in left if _norm(c) in parts] or left
    if len(left) != 1:
        return None
    one = left[0]
    if len(one.split()) < 2 and not _CJK.search(one):
        return None
    return one


def settle_titles(docs: list[Document], *, prefer_headline: bool = True) -> None:
    """Set every document's final title from what ingest read; pile-level, run once all documents are read.

    Per site (`site_key`): learn the repeated affixes and the repeated <h1> banners, strip the affixes,
    then take the page's headline (`Document.headlines`, the <h1> texts) when it differs.
    """
    groups: dict[str | None, list[Document]] = defaultdict(list)
    for d in docs:
        groups[site_key(d)].append(d)
    for key, members in groups.items():
        learned: set[tuple[str, bool]] = set()
        banners: set[str] = set()
        if key:
            learned = learn_affixes([d.title for d in members if d.title])
            learned |= learn_affixes([d.page_title for d in members if d.page_title])
            seen: Counter = Counter()
            for d in members:
                seen.update({_norm(h) for h in d.headlines})
            banners = {h for h, n in seen.items() if n >= 2}
        for d in members:
            _settle(d, learned, banners, prefer_headline)


def _settle(doc: Document, learned: set[tuple[str, bool]], banners: set[str], prefer_headline: bool) -> None:
    original = doc.title
    names = _site_names(doc)
    title, basis = (original, None)
    if original and doc.page_title and (_norm(original) in banners or _names_site(original, names)):
        # the title read is the site's banner (a lone logo <h1>, repeated on the site's pages, or the site's
        # name): the page's <title> tag, without its affixes, is the article's
        title, _ = strip_affixes(doc.page_title, learned, names)
        basis = "page <title>: the title read was the site's banner"
    elif original:
        title, basis = strip_affixes(original, learned, names)
    if prefer_headline:
        head = choose_headline(doc.headlines, title or original, banners, names)
        if head and (title is None or _norm(head) != _norm(title)):
            title, basis = head, "headline"
    if basis and title != original:
        doc.meta["title_original"] = original
        doc.meta["title_basis"] = basis
        doc.title = title


__all__ = ["settle_titles", "learn_affixes", "strip_affixes", "choose_headline", "site_key"]
