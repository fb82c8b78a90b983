"""Story grouping of a stream of reports: online, time-aware, language-independent, with stable story ids.

Why online: a pile (or a store fed batch after batch) arrives as a stream; each report is placed once, in
publication order, against the stories open at its date, so the work per report is bounded by the open stories
and a later batch continues where the earlier one stopped. Why these signals:

- the title and lead say what happened (news puts the event first); they are embedded with the multilingual
  sentence encoder (`embed.py`), so a Polish and a Russian report of one event are close without translation;
- shared named entities, weighted by rarity (inverse document frequency over the reports seen), separate two
  events of one kind (two earthquakes, two arrests) that the encoder finds alike; names are compared on
  transliteration-folded tokens cut to a few letters (`name_prefix`), so case endings and scripts meet;
- a time window: a report joins only a story with a member published within `window_days`; stories that no
  report has reached for longer close (they leave the open set: memory stays flat over a long stream).

Copies (`Document.duplicate_of`, set by the copies step) join their original's story directly: they repeat it.
Stable ids: `StoryState` is JSON-serialisable; a later call with the state of the earlier one keeps every
existing story's id (a story that grows keeps its id) and numbers new stories after the highest id given.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

import numpy as np

from ..config import Settings, current
from ..model import Document
from .names import NameRules, default_rules, name_key

STATE_VERSION = 1
_NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "EVENT", "OTHER")  # NORP (nationalities) is common to many stories


@dataclass
class StoryRecord:
    """An open story: what its reports are about (centroid, entity counts) and when (first/last day)."""

    id: str
    size: int = 0
    vector: list[float] = field(default_factory=list)  # sum of the members' title+lead vectors
    entities: dict[str, float] = field(default_factory=dict)  # name key -> summed weight x rarity when each joined
    first: str | None = None
    last: str | None = None
    language: str | None = None  # the language of its first report
    touched: int = 0  # stream position of the last report that joined (closes the least recently grown first)


@dataclass
class StoryState:
    """Everything a later call needs to continue the grouping: open stories, who went where, name rarity."""

    stories: dict[str, StoryRecord] = field(default_factory=dict)  # open stories only
    assigned: dict[str, str] = field(default_factory=dict)  # doc id -> story id (open and closed stories)
    df: dict[str, int] = field(default_factory=dict)  # name key -> reports naming it
    n_docs: int = 0
    next_id: int = 1
    latest: str | None = None  # the newest publication day seen: stories older than the window close

    def to_json(self) -> str:
        data = {"version": STATE_VERSION, "next_id": self.next_id, "n_docs": self.n_docs, "latest": self.latest,
                "assigned": self.assigned, "df": self.df,
                "stories": [{"id": r.id, "size": r.size, "vector": [round(x, 6) for x in r.vector],
                             "entities": r.entities, "first": r.first, "last": r.last, "touched": r.touched,
                             "language": r.language}
                            for r in self.stories.values()]}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> StoryState:
        """The state written by `to_json`; a text of another version or shape is a ValueError saying so."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise ValueError(f"story state: expected version {STATE_VERSION}, got "
                             f"{data.get('version') if isinstance(data, dict) else type(data).__name__}")
        try:
            return cls._from_dict(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"story state: malformed ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def _from_dict(cls, data: dict) -> StoryState:
        stories = {s["id"]: StoryRecord(id=s["id"], size=int(s["size"]), vector=list(s["vector"]),
                                        entities=dict(s["entities"]), first=s["first"], last=s["last"],
                                        touched=int(s["touched"]), language=s["language"]) for s in data["stories"]}
        return cls(stories=stories, assigned=dict(data["assigned"]), df=dict(data["df"]), n_docs=int(data["n_docs"]),
                   next_id=int(data["next_id"]), latest=data["latest"])


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def profile_text(d: Document, lead_chars: int) -> str:
    """The title and the lead (the opening characters, cut at a word) of a report: what it says happened."""
    text = d.text.strip()
    title = (d.title or "").strip()
    if title and text.startswith(title):
        text = text[len(title):].lstrip()
    lead = text[:lead_chars]
    if len(text) > lead_chars and " " in lead:
        lead = lead[:lead.rfind(" ")]
    return f"{title}\n{lead}" if title else lead


def name_keys(d: Document, prefix: int, rules: NameRules | None = None) -> dict[str, float]:
    """Folded name tokens of the report's named entities, cut to `prefix` letters (inflection-tolerant), each
    weighted 1 + log(mentions): a name the report keeps naming is what it is about, a passing one counts less."""
    counts: dict[str, int] = {}
    rules = rules or default_rules()
    for m in d.mentions:
        if m.label not in _NAME_LABELS:
            continue
        for tok in dict.fromkeys(name_key(m.text, rules)):
            if len(tok) >= 3:
                counts[tok[:prefix]] = counts.get(tok[:prefix], 0) + 1
    return {k: 1.0 + math.log(c) for k, c in counts.items()}


class _Grouper:
    """The state plus what is derived from it for matching (centroid sums, day ranges, name index) as arrays,
    kept in step with the records and written back by `sync`."""

    def __init__(self, state: StoryState, s) -> None:
        self.state, self.s = state, s
        self.order: list[str] = list(state.stories)
        self.pos = {sid: i for i, sid in enumerate(self.order)}
        recs = [state.stories[i] for i in self.order]
        self.sums = np.asarray([r.vector for r in recs], dtype=np.float32) if recs else None
        self.lengths = np.linalg.norm(self.sums, axis=1) if recs else np.zeros(0)  # centroid lengths, kept in step
        self.first = np.asarray([_ordinal(r.first) for r in recs], dtype=np.float64)
        self.last = np.asarray([_ordinal(r.last) for r in recs], dtype=np.float64)
        self.index: dict[str, dict[str, float]] = {}  # name key -> {story id: summed weight}
        self.norms = np.asarray([self._norm(r) for r in recs], dtype=np.float64)
        for r in recs:
            for k, c in r.entities.items():
                self.index.setdefault(k, {})[r.id] = c

    def _idf(self, key: str) -> float:
        """Rarity of a name over the reports seen: a name in every report tells no story from another."""
        return 1.0 + math.log((1 + self.state.n_docs) / (1 + self.state.df.get(key, 0)))

    @staticmethod
    def _norm(r: StoryRecord) -> float:
        return math.sqrt(sum(w * w for w in r.entities.values()))

    def sync(self) -> None:
        for sid, i in self.pos.items():
            self.state.stories[sid].vector = self.sums[i].tolist()

    def close_old(self, day: date) -> None:
        """Stories whose last report lies more than the window before `day` close; past `max_active`, the
        least recently grown close too."""
        st, s = self.state, self.s
        today = day.toordinal()
        closing = {sid for sid, i in self.pos.items() if today - self.last[i] > s.window_days}  # NaN compares False
        if len(st.stories) - len(closing) > s.max_active:
            rest = sorted((r for r in st.stories.values() if r.id not in closing), key=lambda r: r.touched)
            closing.update(r.id for r in rest[: len(rest) - s.max_active])
        if not closing:
            return
        self.sync()
        for sid in closing:
            for k in st.stories.pop(sid).entities:
                self.index[k].pop(sid, None)
                if not self.index[k]:
                    del self.index[k]
        keep = [i for i, sid in enumerate(self.order) if sid not in closing]
        self.order = [self.order[i] for i in keep]
        self.pos = {sid: i for i, sid in enumerate(self.order)}
        self.sums, self.first, self.last = self.sums[keep], self.first[keep], self.last[keep]
        self.lengths = self.lengths[keep]
        self.norms = self.norms[keep]

    def best(self, vec: np.ndarray, keys: dict[str, float], day: date | None,
             language: str | None = None) -> tuple[str | None, float]:
        """The open story this report fits best and its score: the cosine of title+lead to the story's centroid
        blended with the cosine of the rarity-weighted names (the report's against the story's), within the
        window. Names the story keeps naming and the report lacks lower the second, as they should."""
        if not self.order:
            return None, 0.0
        s = self.s
        cos = (self.sums @ vec) / np.maximum(self.lengths, 1e-9)
        ent = np.zeros(len(self.order), dtype=np.float64)
        idf = {k: self._idf(k) for k in keys}
        doc_norm = math.sqrt(sum((w * idf[k]) ** 2 for k, w in keys.items()))
        if doc_norm > 0:
            for k, w in keys.items():
                for sid, c in self.index.get(k, {}).items():
                    ent[self.pos[sid]] += w * idf[k] * c
            ent /= np.maximum(self.norms, 1e-9) * doc_norm
        # no names on either side is no evidence either way (a short notice, a story of nameless reports): the
        # cosine then stands in for the name term instead of counting as a disagreement
        blind = (self.norms <= 0) if doc_norm > 0 else np.ones(len(self.order), dtype=bool)
        ent = np.where(blind, cos, ent)
        score = (1 - s.entity_weight) * cos + s.entity_weight * ent
        if day is not None:
            today = day.toordinal()
            outside = (self.first - today > s.window_days) | (today - self.last > s.window_days)
            score[outside] = -1.0
        i = int(np.argmax(score))
        return self.order[i], float(score[i])

    def add(self, sid: str | None, vec: np.ndarray, keys: dict[str, float], published: str | None, pos: int,
            language: str | None = None) -> str:
        st = self.state
        if sid is None:
            sid = f"S{st.next_id}"
            st.next_id += 1
            st.stories[sid] = StoryRecord(id=sid)
            self.pos[sid] = len(self.order)
            self.order.append(sid)
            row = np.zeros((1, len(vec)), dtype=np.float32)
            self.sums = row if self.sums is None else np.vstack([self.sums, row])
            self.lengths = np.append(self.lengths, 0.0)
            self.first = np.append(self.first, np.nan)
            self.last = np.append(self.last, np.nan)
            self.norms = np.append(self.norms, 0.0)
            st.stories[sid].language = language
        r, i = st.stories[sid], self.pos[sid]
        r.size += 1
        self.sums[i] += vec
        self.lengths[i] = float(np.linalg.norm(self.sums[i]))
        for k, w in keys.items():
            # rarity as of now: a story's name profile is what its reports said, weighted as names stood then
            r.entities[k] = r.entities.get(k, 0.0) + w * self._idf(k)
            self.index.setdefault(k, {})[sid] = r.entities[k]
        if keys:
            self.norms[i] = self._norm(r)
        day = _day(published)
        if day is not None:
            r.first = min(r.first or str(day), str(day))
            r.last = max(r.last or str(day), str(day))
            self.first[i], self.last[i] = _ordinal(r.first), _ordinal(r.last)
        r.touched = pos
        return sid


def _ordinal(value: str | None) -> float:
    day = _day(value)
    return float(day.toordinal()) if day is not None else math.nan


def _stream_order(docs: list[Document]) -> list[Document]:
    """Publication order; undated reports after the dated ones, in the order given (they close nothing)."""
    return sorted(docs, key=lambda d: (_day(d.published) is None, str(_day(d.published) or ""),))


def group_stories(docs: list[Document], state: StoryState | None = None, settings: Settings | None = None,
                  *, embed: Callable | None = None) -> tuple[dict[str, str | None], StoryState]:
    """Place each report in a story: {doc id: story id, or None for a report without text}, and the new state.

    `state` (from an earlier call, or `StoryState.from_json`) is continued, not changed in place: reports it
    already placed keep their story. `embed` defaults to the multilingual sentence encoder.
    """
    s = (settings or current()).stories
    if embed is None:
        from ..embed import embed
    state = StoryState.from_json(state.to_json()) if state is not None else StoryState()
    out: dict[str, str | None] = {}
    fresh = []
    for d in docs:
        if d.id in state.assigned:
            out[d.id] = state.assigned[d.id]
        elif not d.text.strip():
            out[d.id] = None
        else:
            fresh.append(d)
    stream = _stream_order(fresh)
    vectors = embed([profile_text(d, s.lead_chars) for d in stream]) if stream else np.zeros((0, 1))
    grouper = _Grouper(state, s)
    by_family: dict[str, str] = {}
    rules = default_rules()  # once: it reads which languages exist
    for d, vec in zip(stream, vectors):
        if d.id in state.assigned:  # the same id twice in one batch: placed once
            out[d.id] = state.assigned[d.id]
            continue
        vec = np.asarray(vec, dtype=np.float32)
        day = _day(d.published)
        if day is not None and (state.latest is None or str(day) > state.latest):
            state.latest = str(day)
            grouper.close_old(day)
        keys = name_keys(d, s.name_prefix, rules)
        state.n_docs += 1
        for k in keys:
            state.df[k] = state.df.get(k, 0) + 1
        copied = state.assigned.get(d.duplicate_of or "") or by_family.get(d.family or "")
        if copied is not None and copied in state.stories:
            sid = grouper.add(copied, vec, {}, d.published, state.n_docs)
        elif copied is not None:  # the original's story has closed: the copy still belongs to it
            sid = copied
        else:
            best, score = grouper.best(vec, keys, day, d.language)
            sid = grouper.add(best if score >= s.threshold else None, vec, keys, d.published, state.n_docs,
                              d.language)
        state.assigned[d.id] = sid
        if d.family:
            by_family.setdefault(d.family, sid)
        out[d.id] = sid
    grouper.sync()
    return out, state


def story_number(story_id: str) -> int:
    """The running number of a story id ("S12" -> 12; 0 for an id of another form): stories in creation order."""
    return int(story_id[1:]) if story_id[1:].isdigit() else 0


def grown_stories(before: StoryState | None, after: StoryState) -> set[str]:
    """Ids of the stories that gained a report between two states: the only ones whose dossier must be rebuilt
    (membership never shrinks: a placed report keeps its story)."""
    seen = before.assigned if before is not None else {}
    return {sid for doc, sid in after.assigned.items() if doc not in seen}


__all__ = ["StoryRecord", "StoryState", "group_stories", "grown_stories", "story_number", "name_keys", "profile_text"]
