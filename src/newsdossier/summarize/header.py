"""Story header: the period, the languages, and the title, the most representative headline of the pile.

Why not any document's title: a pile holds kickers and labels ("LIVE", "Analysis: ...", "Explainer") and the
odd off-topic article. The title is the headline nearest the centroid of the embeddings of every headline and
lead (the first sentence, where news states the story), among headlines that state something; when none does,
the lead sentence nearest that centroid stands in.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Callable

import numpy as np

from .. import lang
from ..model import Document, Dossier, Story

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
MIN_TITLE_WORDS = 4  # a shorter headline is a label or kicker ("Breaking", "In pictures"), not a statement
MIN_CONTENT_WORDS = 2  # ... and a statement names at least two things beyond function words
CAPS_SHARE = 0.8  # headlines shouted in capitals are section labels ("WORLD NEWS", "LIVE UPDATES")
OUTLIER_SD = 1.5  # a headline this many deviations further from the centroid than the others is about something else


def story_header(dossier: Dossier, docs: list[Document], embed: Callable | None = None) -> Story:
    dates = sorted(d.published for d in docs if d.published)
    if dates:  # events the story is about: timeline days near the reporting period
        lo, hi = dates[0], dates[-1]
        days = [t.date for t in dossier.timeline if len(t.date) == 10 and _near(t.date, lo, hi)]
        dates = sorted(dates + days)
    else:
        dates = sorted(t.date for t in dossier.timeline if len(t.date) == 10)
    langs = sorted({d.language for d in docs if d.language})
    return Story(title=story_title(docs, embed=embed), start=dates[0] if dates else None,
                 end=dates[-1] if dates else None, languages=langs)


def _near(day: str, lo: str, hi: str, window: int = 31) -> bool:
    try:
        d, a, b = date.fromisoformat(day), date.fromisoformat(lo), date.fromisoformat(hi)
    except ValueError:
        return False
    return (a - d).days <= window and (d - b).days <= 1


def _lead(d: Document) -> str | None:
    """The first sentence that reads as prose (a lead states the story; a short first line is a dateline)."""
    for s in d.sentences[:3]:
        if len(s.text.split()) >= 8:
            return s.text.strip()
    return None


def _key(title: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(title))


def is_label(title: str) -> bool:
    """A kicker or section label rather than a headline that states something: too few words or content words,
    or shouted in capitals."""
    words = _WORD.findall(title)
    if len(words) < MIN_TITLE_WORDS:
        return True
    stop = {w.lower() for w in lang.every("stopwords")}
    if sum(1 for w in words if len(w) > 2 and w.lower() not in stop) < MIN_CONTENT_WORDS:
        return True
    letters = [c for c in title if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= CAPS_SHARE * len(letters)


def story_title(docs: list[Document], embed: Callable | None = None) -> str:
    """The headline nearest the centroid of headlines and leads, never a label or an outlier; else the nearest
    lead; '' when the pile has neither. An embedding failure raises (as everywhere here)."""
    families: dict[str, set[str]] = {}
    for d in docs:
        if d.title and d.title.strip():
            families.setdefault(_key(d.title), set()).add(d.family or d.id)
    # a line that documents of different families all carry as their title is a series or section label
    # ("This post is part of our special coverage ..."), not the headline of one report
    recurring = {k for k, f in families.items() if len(f) > 1}
    titles = list(dict.fromkeys(d.title.strip() for d in docs if d.title and d.title.strip()))
    leads = list(dict.fromkeys(x for x in (_lead(d) for d in docs) if x))
    if not titles and not leads:
        return ""
    if len(titles) + len(leads) == 1:
        return titles[0] if titles and not is_label(titles[0]) else (leads or titles)[0]
    if embed is None:
        from ..embed import embed
    vecs = embed(titles + leads)
    centre = vecs.mean(axis=0)
    centre = centre / max(float(np.linalg.norm(centre)), 1e-9)
    near = vecs @ centre
    t_near, l_near = near[:len(titles)], near[len(titles):]
    ok = [i for i, t in enumerate(titles) if not is_label(t) and _key(t) not in recurring]
    if len(ok) >= 4:  # an outlier headline is about another story (a round-up, a misfiled article)
        vals = t_near[ok]
        ok = [i for i in ok if t_near[i] >= float(vals.mean()) - OUTLIER_SD * float(vals.std())]
    if ok:
        return titles[max(ok, key=lambda i: (float(t_near[i]), -i))]
    if leads:
        return leads[int(np.argmax(l_near))]
    return titles[int(np.argmax(t_near))]
