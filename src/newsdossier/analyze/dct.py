"""Publication date (DCT) inference: which day a report was published, from its own dates.

Kept apart from `temporal` because it reads the tagger's candidates as evidence rather than
normalising them: it scores every day of a year against what the text tells in the past, what it
announces for later, and the weekdays it names.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..textutil import fold_punct
from .temporal import _cached_tense, _Cand, _parse_iso, _scan, _year_for_month

# --------------------------------------------------------------------------------------------

def infer_dct(text: str, *, spacy_doc=None, story_dates: list[str] = (), lang: str = "en",
              year_hint: int | None = None) -> tuple[str | None, float, str]:
    """Guess a document's publication date from its own dates and the story's other dates.

    `year_hint`: the year when it is known from elsewhere (a collection's folder, a feed) but the day is not.
    Returns (ISO date or None, confidence 0..1, short reason).
    """
    try:
        return _infer_dct(text, spacy_doc, story_dates, lang, year_hint)
    except Exception:
        return None, 0.0, "no dated context"


NEAR_WEIGHT = 0.002  # per day between the report and a date it tells
_DATELINE_AFTER = re.compile(r"\s*(?:\(|--|_\s|-\s|/|\n|$)")


def _infer_dct(text, spacy_doc, story_dates, lang, year_hint=None):
    """Candidate publication days scored against the text's evidence.

    Evidence: a dateline (a date at the head of the text, followed by an agency tag, a dash or a line end);
    explicit dates told in the past (the document is on or after them) or announced for later (on or
    before them); weekdays told without "next"/"last" and not in the future (news names the weekdays of
    the last few days, most often the publication day itself or the day before); "today"/"yesterday".
    The year comes from `year_hint`, a weekday + day-of-month pair, the story's dates or the text's years.
    """
    if not isinstance(text, str) or not text.strip():
        return None, 0.0, "no dated context"
    if spacy_doc is not None and getattr(spacy_doc, "text", None) != text:
        spacy_doc = None
    lang = (lang or "en").lower()[:2]
    s = fold_punct(text)
    cands = _scan(text, lang)
    story = sorted(d for d in (_parse_iso(x) for x in (story_dates or ())) if d is not None)
    story_mid = story[len(story) // 2] if story else None
    tense_cache: dict = {}
    hint = year_hint if isinstance(year_hint, int) and 1000 < year_hint < 3000 else None

    def tense(c):
        return _cached_tense(c, spacy_doc, s, tense_cache)

    def is_dateline(c) -> bool:
        if c.start > 200:
            return False
        line_start = s.rfind("\n", 0, c.start) + 1
        line_end = s.find("\n", c.end)
        line = s[line_start: line_end if line_end >= 0 else len(s)]
        rest = (line[: c.start - line_start] + line[c.end - line_start:]).strip()
        if len(re.findall(r"\w+", rest)) <= 3:
            return True  # a date alone on its line, or after a label ("Date:")
        # "PLACE, Month Day (AGENCY) --": at the head of the first sentence, followed by a tag or a dash
        return len(re.findall(r"\w+", s[line_start:c.start])) <= 6 and bool(_DATELINE_AFTER.match(s[c.end:c.end + 4]))

    # 1. the working year
    text_years = [(c.f["y"], c) for c in cands if c.kind in ("ymd", "ym", "y")]
    year, year_basis = None, None
    if hint is not None:
        year, year_basis = hint, "year given"
    if year is None:
        for c in cands:
            if c.kind == "ymd" and is_dateline(c):
                year, year_basis = c.f["y"], "dateline"
                break
    nonfuture_years = [y for y, c in text_years if tense(c) not in ("future", "would")] or [y for y, _ in text_years]
    ref_year = story_mid.year if story_mid else (max(nonfuture_years) if nonfuture_years else None)
    if year is None:
        for c in cands:
            if c.kind == "md" and c.f.get("wd") is not None:
                ref = ref_year or date.today().year
                fits = []
                for y in range(ref - 12, ref + 13):
                    try:
                        if date(y, c.f["m"], c.f["d"]).weekday() == c.f["wd"]:
                            fits.append(y)
                    except ValueError:
                        pass
                if fits:
                    year = min(fits, key=lambda y: (abs(y - ref), -y))
                    year_basis = "weekday and day of month fix the year"
                    break
    if year is None and story_mid is not None:
        year, year_basis = story_mid.year, "year from the story's dates"
    if year is None and nonfuture_years:
        year, year_basis = max(nonfuture_years), "year from the text"

    def is_head_day(c) -> bool:
        # "said in an editorial on Thursday, April 6": a weekday with its date in the opening words is the
        # day the piece is from (or about)
        return c.f.get("wd") is not None and c.start <= 150 and tense(c) not in ("future", "would")

    # 2. evidence
    dateline = head_day = None
    told: list[tuple[_Cand, str | None, float]] = []  # explicit or yearless dates, their tense, weight
    for c in cands:
        if c.kind not in ("ymd", "md"):
            continue
        if c.kind == "ymd":
            try:
                d = date(c.f["y"], c.f["m"], c.f["d"])
            except ValueError:
                continue
            if dateline is None and is_dateline(c):
                dateline = d
                continue
            if head_day is None and is_head_day(c):
                head_day = d
            if hint is not None and abs(d.year - hint) > 1:
                continue  # with the year known, dates of other years are background history
        elif dateline is None and year is not None and is_dateline(c):
            try:
                dateline = date(year, c.f["m"], c.f["d"])
                continue
            except ValueError:
                pass
        elif head_day is None and year is not None and is_head_day(c):
            try:
                head_day = date(year, c.f["m"], c.f["d"])
            except ValueError:
                pass
        t = tense(c)
        told.append((c, "future" if t in ("future", "would") else t, 1.0 if t in ("past", "future", "would") else 0.5))
    weekdays: list[tuple[int, float]] = []
    ahead: list[int] = []  # weekdays announced for later: the report is from the days before
    for c in cands:
        if c.kind == "weekday" and c.f.get("mod") is None:
            t = tense(c)
            if t in ("future", "would"):
                ahead.append(c.f["wd"])
                continue
            weekdays.append((c.f["wd"], 1.0 if t == "past" else 0.5))
        elif c.kind == "timeday" and getattr(c.f.get("day"), "kind", None) == "weekday" and c.f["day"].f.get("mod") is None:
            if tense(c) not in ("future", "would"):
                weekdays.append((c.f["day"].f["wd"], 0.5))

    if dateline is not None:
        return dateline.isoformat(), 0.9, "dateline"
    if head_day is not None:
        return head_day.isoformat(), 0.7, "weekday and date in the opening words"
    if year is None or not told:
        if story:
            pick = story_mid
            reason, conf = "median of the story's dates", 0.2
            for wd, _ in weekdays:
                match = [d for d in story if d.weekday() == wd]
                if match:
                    pick = max(match)
                    reason, conf = "story date matching a past weekday cue", 0.3
                    break
            return pick.isoformat(), conf, reason
        return None, 0.0, "no dated context"

    def resolve(c, x: date, t) -> date | None:
        if c.kind == "ymd":
            return date(c.f["y"], c.f["m"], c.f["d"])
        y = _year_for_month(c.f["m"], x, t)
        if c.f.get("wd") is not None:
            for cy in (y, y - 1, y + 1):
                try:
                    if date(cy, c.f["m"], c.f["d"]).weekday() == c.f["wd"]:
                        y = cy
                        break
                except ValueError:
                    pass
        try:
            return date(y, c.f["m"], c.f["d"])
        except ValueError:
            return None

    # 3. every day of the working year, scored: told dates on the right side of it, recent past dates,
    #    the named weekdays just before it, the story's dates nearby
    best, best_score = None, None
    x = date(year, 1, 1)
    while x.year == year:
        sc = 0.0
        latest = None
        for c, t, w in told:
            d = resolve(c, x, t)
            if d is None:
                continue
            sc -= NEAR_WEIGHT * w * min(abs((d - x).days), 365)  # the dates a report names are mostly near its day
            if t == "future":
                if d < x:
                    sc -= 1.0 * w
            elif d > x:
                sc -= 2.0 * w
            if t != "future" and d <= x and (w >= 1.0 or t is None):
                latest = d if latest is None or d > latest else latest
        if latest is not None:
            sc -= 0.01 * min((x - latest).days, 60)
        for wd, w in weekdays:
            gap = (x.weekday() - wd) % 7
            sc += w * (1.0 if gap == 0 else 0.7 if gap == 1 else 0.25)
        for wd in ahead:
            if x.weekday() == wd:
                sc -= 0.3
        if story:
            sc -= 0.005 * min(min(abs((x - d).days) for d in story), 60)
        if best_score is None or sc > best_score + 1e-9:
            best, best_score = x, sc
        x += timedelta(days=1)
    if best is None:
        return None, 0.0, "no dated context"
    reason = "first day consistent with the dates told in the past"
    conf = 0.4
    if weekdays:
        top = max(set(wd for wd, _ in weekdays), key=lambda w: sum(x for v, x in weekdays if v == w))
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
    return best.isoformat(), round(max(0.1, min(conf, 0.8)), 2), reason



__all__ = ["infer_dct"]
