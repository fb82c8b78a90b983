"""TimeML (.tml) reader and the TempEval-3 Task A scorer for temporal expressions.

Reader: the `<TEXT>` element becomes plain text (tags removed, XML entities decoded); every gold TIMEX3
inside it keeps character offsets into that text, so `text[start:end] == gold.text`. The document
creation time is the TIMEX3 with `functionInDocument="CREATION_TIME"` (usually inside `<DCT>`).

Scorer (TempEval-3 Task A definitions, UzZaman et al. 2013, computed on characters instead of tokens):
  * strict match: system and gold expression have exactly the same extent;
  * relaxed match: the extents overlap (one-to-one: each gold expression matches at most one system
    expression, largest overlap first);
  * P = matched / system, R = matched / gold, F1 their harmonic mean (for strict and relaxed);
  * attribute F1 (value, type): a relaxed match whose attribute equals the gold one counts as correct;
    P = correct / system, R = correct / gold (so attribute F1 = relaxed F1 x attribute accuracy);
  * attribute accuracy: correct / relaxed matches.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..textutil import strip_span


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    tid: str = ""


@dataclass
class TmlDoc:
    id: str
    path: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)


_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')


def _attrs(s: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(s)}


def read_tml(path: str | Path) -> TmlDoc | None:
    """One .tml file, or None when it has no <TEXT>. An unreadable file raises (OSError): a benchmark that
    cannot be read in full must not be scored as if it were smaller."""
    raw = Path(path).read_text(encoding="utf-8", errors="replace")
    dct = None
    for m in re.finditer(r"<TIMEX3\b([^>]*)>", raw):
        a = _attrs(m.group(1))
        if a.get("functionInDocument") == "CREATION_TIME" and a.get("value"):
            dct = a["value"][:10]
            break
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if m is None:
        return None
    body = m.group(1)
    docid = re.search(r"<DOCID>\s*(.*?)\s*</DOCID>", raw, re.S)
    out: list[str] = []
    n = 0
    timexes: list[GoldTimex] = []
    open_tx: list[tuple[int, dict]] = []
    pos = 0
    for tm in _TAG.finditer(body):
        chunk = html.unescape(body[pos:tm.start()])
        out.append(chunk)
        n += len(chunk)
        pos = tm.end()
        closing, name, attrs, selfclose = tm.group(1), tm.group(2), tm.group(3), tm.group(4)
        if name != "TIMEX3" or selfclose:
            continue
        if not closing:
            open_tx.append((n, _attrs(attrs)))
        elif open_tx:
            s0, a = open_tx.pop()
            timexes.append(GoldTimex(s0, n, "", a.get("type", ""), a.get("value"), a.get("tid", "")))
    chunk = html.unescape(body[pos:])
    out.append(chunk)
    text = "".join(out)
    for t in timexes:
        t.text = text[t.start:t.end]
    timexes.sort(key=lambda t: t.start)
    return TmlDoc(docid.group(1) if docid else Path(path).stem, str(path), text, dct, timexes)


def read_folder(folder: str | Path) -> list[TmlDoc]:
    """Every .tml file under `folder` (recursive), one per document id, in path order."""
    docs, seen = [], set()
    for p in sorted(Path(folder).rglob("*.tml")):
        d = read_tml(p)
        if d is None or d.id in seen:
            continue
        seen.add(d.id)
        docs.append(d)
    return docs


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------

_trim = strip_span  # the same whitespace trimming the pipeline uses


def match(gold: list, system: list, text: str = "") -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(strict pairs, relaxed pairs) as (gold index, system index); items need .start/.end."""
    def span(x):
        return _trim(text, x.start, x.end) if text else (x.start, x.end)

    gs = [span(g) for g in gold]
    ss = [span(s) for s in system]
    strict = []
    sys_by_span: dict[tuple[int, int], list[int]] = {}
    for j, sp in enumerate(ss):
        sys_by_span.setdefault(sp, []).append(j)
    used_s: set[int] = set()
    for i, sp in enumerate(gs):
        for j in sys_by_span.get(sp, []):
            if j not in used_s:
                strict.append((i, j))
                used_s.add(j)
                break
    # relaxed: one-to-one on overlap, largest overlap first
    cand = []
    for i, (a0, a1) in enumerate(gs):
        for j, (b0, b1) in enumerate(ss):
            ov = min(a1, b1) - max(a0, b0)
            if ov > 0:
                cand.append((-ov, i, j))
    cand.sort()
    ug: set[int] = set()
    us: set[int] = set()
    relaxed = []
    for _, i, j in cand:
        if i in ug or j in us:
            continue
        ug.add(i)
        us.add(j)
        relaxed.append((i, j))
    return strict, relaxed


def prf(correct: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(100 * f, 2)}


def norm_value(v: str | None) -> str | None:
    """Values compare as written, except spellings of the same ISO value: ':00' seconds, unpadded weeks."""
    if v is None:
        return None
    v = v.strip()
    v = re.sub(r"(T\d\d:\d\d):00$", r"\1", v)
    v = re.sub(r"-W(\d)(?!\d)", r"-W0\1", v)  # 2000-W7 == 2000-W07
    return v


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: "Counts") -> None:
        for k in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def scores(self) -> dict:
        return {
            "gold": self.gold, "system": self.system,
            "strict": prf(self.strict, self.system, self.gold),
            "relaxed": prf(self.relaxed, self.system, self.gold),
            "value": prf(self.value, self.system, self.gold),
            "type": prf(self.type, self.system, self.gold),
            "value_accuracy": round(100 * self.value / self.relaxed, 2) if self.relaxed else 0.0,
            "type_accuracy": round(100 * self.type / self.relaxed, 2) if self.relaxed else 0.0,
        }


def score_document(gold: list, system: list, text: str = "") -> tuple[Counts, list[dict]]:
    """Counts for one document plus its errors (missed, spurious, extent, value, type) as dicts."""
    strict, relaxed = match(gold, system, text)
    c = Counts(gold=len(gold), system=len(system), strict=len(strict), relaxed=len(relaxed))
    errors: list[dict] = []
    strict_set = set(strict)
    for i, j in relaxed:
        g, s = gold[i], system[j]
        ok_v = norm_value(g.value) == norm_value(s.value)
        ok_t = g.type == s.type
        c.value += ok_v
        c.type += ok_t
        if (i, j) not in strict_set and not any(p[0] == i for p in strict):
            errors.append({"kind": "extent", "type": g.type, "gold": g.text, "system": s.text})
        if not ok_v:
            errors.append({"kind": "value", "type": g.type, "gold": f"{g.text} = {g.value}",
                           "system": f"{s.text} = {s.value}"})
        if not ok_t:
            errors.append({"kind": "type", "type": g.type, "gold": f"{g.text} ({g.type})", "system": f"{s.text} ({s.type})"})
    mg = {i for i, _ in relaxed}
    ms = {j for _, j in relaxed}
    for i, g in enumerate(gold):
        if i not in mg:
            errors.append({"kind": "missed", "type": g.type, "gold": f"{g.text} = {g.value}", "system": ""})
    for j, s in enumerate(system):
        if j not in ms:
            errors.append({"kind": "spurious", "type": s.type, "gold": "", "system": f"{s.text} = {s.value}"})
    return c, errors


__all__ = ["GoldTimex", "TmlDoc", "read_tml", "read_folder", "match", "score_document", "Counts", "prf", "norm_value"]
