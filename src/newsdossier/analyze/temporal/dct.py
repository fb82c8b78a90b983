"""Publication date (DCT) inference: which day a report was published, from its own dates.

It reads the scanner's candidates as evidence rather than normalising them: it scores every day of a year
against what the text tells in the past, what it announces for later, and the weekdays it names.

Steps: the working year (`_working_year`), the evidence (`_evidence`: a dateline, a dated weekday in the
opening words, dates told with their tense, weekdays named), the early answers (`_early_answer`), then every
day of the year scored (`_score_day`) and the reason and confidence of the best (`_explain`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ...config import current
from ...textutil import fold_punct
from .calendar import parse_iso, year_for_month
from .candidate import Candidate
from .scan import scan
from .tense import cached_tense

NO_CONTEXT = (None, 0.0, "no dated context")
_DATELINE_AFTER = re.compile(r"\s*(?:\(|--|_\s|-\s|/|\n|$)")


def infer_dct(text: str, *, spacy_doc=None, story_dates: list[str] = (), lang: str = "en",
              year_hint: int | None = None) -> tuple[str | None, float, str]:
    """Guess a document's publication date from its own dates and the story's other dates.

    `year_hint`: the year when it is known from elsewhere (a collection's folder, a feed) but the day is not.
    Returns (ISO date or None, confidence 0..1, short reason); an empty text gives (None, 0.0, reason).
    """
    if not isinstance(text, str) or not text.strip():
        return NO_CONTEXT
    if spacy_doc is not None and getattr(spacy_doc, "text", None) != text:
        spacy_doc = None
    code = (lang or "en").lower()[:2]
    doc = _Doc(fold_punct(text), scan(text, code), spacy_doc, lang=code)
    story = sorted(d for d in (parse_iso(x) for x in (story_dates or ())) if d is not None)
    hint = year_hint if isinstance(year_hint, int) and 1000 < year_hint < 3000 else None
    year, year_basis = _working_year(doc, story, hint)
    ev = _evidence(doc, year, hint)
    early = _early_answer(ev, year, story)
    if early is not None:
        return early
    best = _best_day(ev, year, story)
    if best is None:
        return NO_CONTEXT
    return best.isoformat(), *_explain(best, ev, year_basis, story)


@dataclass
class _Doc:
    s: str  # folded text
    cands: list[Candidate]
    spacy_doc: object = None
    cache: dict = field(default_factory=dict)
    lang: str = "en"

    def tense(self, c: Candidate) -> str | None:
        return cached_tense(c, self.spacy_doc, self.s, self.cache, self.lang)

    def is_dateline(self, c: Candidate) -> bool:
        """A date at the head of the text, alone on its line or followed by an agency tag, a dash or a line end."""
        s = self.s
        if c.start > current().time.dateline_chars:
            return False
        line_start = s.rfind("\n", 0, c.start) + 1
        line_end = s.find("\n", c.end)
        line = s[line_start: line_end if line_end >= 0 else len(s)]
        rest = (line[: c.start - line_start] + line[c.end - line_start:]).strip()
        if len(re.findall(r"\w+", rest)) <= 3:
            return True  # a date alone on its line, or after a label ("Date:")
        # "PLACE, Month Day (AGENCY) --": at the head of the first sentence, followed by a tag or a dash
        return len(re.findall(r"\w+", s[line_start:c.start])) <= 6 and bool(_DATELINE_AFTER.match(s[c.end:c.end + 4]))

    def is_head_day(self, c: Candidate) -> bool:
        """ "said in an editorial on Thursday, April 6": a weekday with its date in the opening words is the
        day the piece is from (or about)."""
        return c.f.get("wd") is not None and c.start <= current().time.head_day_chars and self.tense(c) not in ("future", "would")


def _weekday_fixes_year(c: Candidate, ref: int) -> int | None:
    """The year nearest `ref` in which the candidate's day of month falls on its weekday."""
    fits = []
    for y in range(ref - 12, ref + 13):
        try:
            if date(y, c.f["m"], c.f["d"]).weekday() == c.f["wd"]:
                fits.append(y)
        except ValueError:  # February 29 of a common year
            pass
    return min(fits, key=lambda y: (abs(y - ref), -y)) if fits else None


def _working_year(doc: _Doc, story: list[date], hint: int | None) -> tuple[int | None, str | None]:
    """The year to search: given, a dateline's, a weekday + day-of-month pair's, the story's, the text's."""
    if hint is not None:
        return hint, "year given"
    for c in doc.cands:
        if c.kind == "ymd" and doc.is_dateline(c):
            return c.f["y"], "dateline"
    text_years = [(c.f["y"], c) for c in doc.cands if c.kind in ("ymd", "ym", "y")]
    nonfuture = [y for y, c in text_years if doc.tense(c) not in ("future", "would")] or [y for y, _ in text_years]
    story_mid = story[len(story) // 2] if story else None
    ref_year = story_mid.year if story_mid else (max(nonfuture) if nonfuture else None)
    for c in doc.cands:
        if c.kind == "md" and c.f.get("wd") is not None:
            y = _weekday_fixes_year(c, ref_year or date.today().year)
            if y is not None:
                return y, "weekday and day of month fix the year"
    if story_mid is not None:
        return story_mid.year, "year from the story's dates"
    if nonfuture:
        return max(nonfuture), "year from the text"
    return None, None


@dataclass
class _Evidence:
    dateline: date | None = None
    head_day: date | None = None
    told: list = field(default_factory=list)  # (candidate, tense, weight): explicit or yearless dates
    weekdays: list = field(default_factory=list)  # (weekday, weight) told not in the future
    ahead: list = field(default_factory=list)  # weekdays announced for later: the report is from the days before


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:  # a day outside the calendar
        return None


def _told_dates(doc: _Doc, ev: _Evidence, year: int | None, hint: int | None) -> None:
    """Dateline, head day and the dates told, with their tense and weight."""
    for c in doc.cands:
        if c.kind not in ("ymd", "md"):
            continue
        if c.kind == "ymd":
            d = _safe_date(c.f["y"], c.f["m"], c.f["d"])
            if d is None:
                continue
            if ev.dateline is None and doc.is_dateline(c):
                ev.dateline = d
                continue
            if ev.head_day is None and doc.is_head_day(c):
                ev.head_day = d
            if hint is not None and abs(d.year - hint) > 1:
                continue  # with the year known, dates of other years are background history
        elif ev.dateline is None and year is not None and doc.is_dateline(c):
            d = _safe_date(year, c.f["m"], c.f["d"])
            if d is not None:
                ev.dateline = d
                continue
        elif ev.head_day is None and year is not None and doc.is_head_day(c):
            d = _safe_date(year, c.f["m"], c.f["d"])
            if d is not None:
                ev.head_day = d
        t = doc.tense(c)
        ev.told.append((c, "future" if t in ("future", "would") else t, 1.0 if t in ("past", "future", "would") else 0.5))


def _named_weekdays(doc: _Doc, ev: _Evidence) -> None:
    """Weekdays told without "next"/"last": in the past (news names the last few days, most often the
    publication day itself or the day before) or announced for later."""
    for c in doc.cands:
        if c.kind == "weekday" and c.f.get("mod") is None:
            t = doc.tense(c)
            if t in ("future", "would"):
                ev.ahead.append(c.f["wd"])
                continue
            ev.weekdays.append((c.f["wd"], 1.0 if t == "past" else 0.5))
        elif c.kind == "timeday" and getattr(c.f.get("day"), "kind", None) == "weekday" and c.f["day"].f.get("mod") is None:
            if doc.tense(c) not in ("future", "would"):
                ev.weekdays.append((c.f["day"].f["wd"], 0.5))


def _evidence(doc: _Doc, year: int | None, hint: int | None) -> _Evidence:
    ev = _Evidence()
    _told_dates(doc, ev, year, hint)
    _named_weekdays(doc, ev)
    return ev


def _early_answer(ev: _Evidence, year: int | None, story: list[date]):
    """A dateline or a dated head day answers at once; without a year or told dates, the story's dates."""
    if ev.dateline is not None:
        return ev.dateline.isoformat(), 0.9, "dateline"
    if ev.head_day is not None:
        return ev.head_day.isoformat(), 0.7, "weekday and date in the opening words"
    if year is not None and ev.told:
        return None
    if not story:
        return NO_CONTEXT
    for wd, _ in ev.weekdays:
        match = [d for d in story if d.weekday() == wd]
        if match:
            return max(match).isoformat(), 0.3, "story date matching a past weekday cue"
    return story[len(story) // 2].isoformat(), 0.2, "median of the story's dates"


def _told_day(c: Candidate, x: date, t) -> date | None:
    """The day a told date names if the report is from day x."""
    if c.kind == "ymd":
        return date(c.f["y"], c.f["m"], c.f["d"])
    y = year_for_month(c.f["m"], x, t)
    if c.f.get("wd") is not None:
        for cy in (y, y - 1, y + 1):
            d = _safe_date(cy, c.f["m"], c.f["d"])
            if d is not None and d.weekday() == c.f["wd"]:
                y = cy
                break
    return _safe_date(y, c.f["m"], c.f["d"])


def _score_day(x: date, ev: _Evidence, story: list[date]) -> float:
    """Told dates on the right side of day x, recent past dates, the named weekdays just before it, the
    story's dates nearby."""
    near_weight = current().time.dct_near_weight
    sc = 0.0
    latest = None
    for c, t, w in ev.told:
        d = _told_day(c, x, t)
        if d is None:
            continue
        sc -= near_weight * w * min(abs((d - x).days), 365)  # the dates a report names are mostly near its day
        if t == "future":
            if d < x:
                sc -= 1.0 * w
        elif d > x:
            sc -= 2.0 * w
        if t != "future" and d <= x and (w >= 1.0 or t is None):
            latest = d if latest is None or d > latest else latest
    if latest is not None:
        sc -= 0.01 * min((x - latest).days, 60)
    for wd, w in ev.weekdays:
        gap = (x.weekday() - wd) % 7
        sc += w * (1.0 if gap == 0 else 0.7 if gap == 1 else 0.25)
    for wd in ev.ahead:
        if x.weekday() == wd:
            sc -= 0.3
    if story:
        sc -= 0.005 * min(min(abs((x - d).days) for d in story), 60)
    return sc


def _best_day(ev: _Evidence, year: int, story: list[date]) -> date | None:
    """The first best-scoring day of the working year."""
    best, best_score = None, None
    x = date(year, 1, 1)
    while x.year == year:
        sc = _score_day(x, ev, story)
        if best_score is None or sc > best_score + 1e-9:
            best, best_score = x, sc
        x += timedelta(days=1)
    return best


def _explain(best: date, ev: _Evidence, year_basis: str | None, story: list[date]) -> tuple[float, str]:
    """(confidence, reason) of the chosen day."""
    reason = "first day consistent with the dates told in the past"
    conf = 0.4
    if ev.weekdays:
        top = max(set(wd for wd, _ in ev.weekdays), key=lambda w: sum(x for v, x in ev.weekdays if v == w))
        if best.weekday() == top:
            reason += "; the weekday most named in the past agrees"
            conf += 0.15
        elif (best.weekday() - top) % 7 == 1:
            reason += "; the day after the weekday most named"
            conf += 0.1
    if year_basis and year_basis != "year given":
        reason += f"; {year_basis}"
        if "text" in year_basis:
            conf -= 0.15
    if story and min(abs((best - d).days) for d in story) <= 7:
        conf += 0.05
    return round(max(0.1, min(conf, 0.8)), 2), reason


__all__ = ["infer_dct"]
