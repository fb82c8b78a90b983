"""Optional abstractive pass: rewrite the picked sentences with an OpenAI-compatible endpoint and keep only
generated sentences whose numbers, dates and names appear in the spans they cite."""

from __future__ import annotations

import http.client
import json
import logging
import re
import urllib.request

from ..model import Dossier, Span, SummarySentence
from ..textutil import strip_accents

log = logging.getLogger("newsdossier.summarize")

_NUM = re.compile(r"\d[\d.,  ]*\d|\d")
_CAP = re.compile(r"(?<![\w’'])[^\W\d_][\w’'-]*", re.UNICODE)


def _fold(s: str) -> str:
    return strip_accents(s).lower()


def unsupported_tokens(sentence: str, evidence: str) -> list[str]:
    """Numbers, dates and names of ``sentence`` that ``evidence`` does not contain.

    Numbers compare digits only ("2,300" == "2300"); names are capitalised words not at the
    sentence start, compared case- and accent-folded.
    """
    ev_digits = {re.sub(r"\D", "", m) for m in _NUM.findall(evidence)}
    ev_fold = _fold(evidence)
    missing = []
    for m in _NUM.findall(sentence):
        if re.sub(r"\D", "", m) not in ev_digits:
            missing.append(m.strip())
    words = list(_CAP.finditer(sentence))
    for w in words[1:]:
        tok = w.group(0)
        if tok[:1].isupper() and len(tok) > 1 and _fold(tok.rstrip("’'s")) not in ev_fold:
            missing.append(tok)
    return missing


def _endpoint(url: str) -> str:
    u = url.rstrip("/")
    if u.endswith("/chat/completions"):
        return u
    if u.endswith("/v1"):
        return u + "/chat/completions"
    return u + "/v1/chat/completions"


def abstractive(extractive: list[SummarySentence], dossier: Dossier, url: str, *, model: str | None = None,
                timeout: float = 120.0) -> list[SummarySentence] | None:
    """Rewrite the summary with an OpenAI-compatible endpoint; keep only supported sentences.

    The model sees the extracted sentences (numbered, with their document ids) and the dated events
    and figures, and must answer JSON ``{"sentences": [{"text": ..., "cite": ["S1", ...]}]}``.
    A generated sentence is kept when every number, date and name in it appears in the spans it
    cites; its spans are those cited. Returns None (caller keeps the extractive summary) when the
    endpoint fails or nothing survives.
    """
    ids = {f"S{n + 1}": s for n, s in enumerate(extractive)}
    lines = [f"[{sid}] ({', '.join(s.sources)}) {s.text}" for sid, s in ids.items()]
    ledger = [f"- {t.date}: {t.summary}" for t in dossier.timeline[:20]]
    ledger += [f"- {c.measure} ({c.status}): " + "; ".join(f"{v.doc}: {v.text}" for v in c.values[:6])
               for c in dossier.claims[:12]]
    prompt = ("Write a short neutral news summary using ONLY the numbered sentences below. "
              "Answer with JSON only: {\"sentences\": [{\"text\": \"...\", \"cite\": [\"S1\"]}]}. "
              "Every sentence must cite the numbered sentences it relies on; do not add any fact, number, "
              "date or name that is not in the cited sentences.\n\nSentences:\n" + "\n".join(lines)
              + ("\n\nDated events and figures:\n" + "\n".join(ledger) if ledger else ""))
    body = json.dumps({"model": model or "default", "temperature": 0,
                       "messages": [{"role": "system", "content": "You summarise news faithfully and cite sources."},
                                    {"role": "user", "content": prompt}]}).encode("utf-8")
    try:
        req = urllib.request.Request(_endpoint(url), data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (user-given local endpoint)
            reply = json.loads(resp.read(2_000_000).decode("utf-8", "replace"))
        content = reply["choices"][0]["message"]["content"]
        m = re.search(r"\{.*\}", content, re.S)
        items = json.loads(m.group(0) if m else content)["sentences"]
    except (OSError, http.client.HTTPException, ValueError, KeyError, IndexError, TypeError) as exc:
        # Best effort: the endpoint is an optional outside service. Unreachable, timed out (OSError), a broken
        # HTTP reply, not JSON (ValueError) or not the expected shape (KeyError/IndexError/TypeError): the
        # extractive summary stays, and the warning says why.
        log.warning("abstractive summary failed (%s): keeping the extractive one", exc)
        return None
    out = []
    for it in items if isinstance(items, list) else []:
        if not isinstance(it, dict) or not isinstance(it.get("text"), str) or not it["text"].strip():
            continue
        cites = it.get("cite") or it.get("cites") or it.get("sources") or []
        cites = [c for c in cites if isinstance(c, str)] if isinstance(cites, list) else []
        cited = [ids[c.strip("[] ")] for c in cites if c.strip("[] ") in ids]
        cited += [s for s in extractive if any(c in s.sources for c in cites) and s not in cited]  # doc ids cited
        if not cited:
            log.info("dropped generated sentence without citation: %r", it["text"][:80])
            continue
        own = [Span(s.doc, s.start, s.end, s.text) for s in cited]
        spans = own + [sp for s in cited for sp in s.support]
        evidence = " ".join(sp.text for sp in own)  # a generated sentence must hold in the sentences it cites
        missing = unsupported_tokens(it["text"], evidence)
        if missing:
            log.info("dropped unsupported generated sentence (%s): %r", ", ".join(missing), it["text"][:80])
            continue
        first = own[0]
        sources = list(dict.fromkeys(sp.doc for sp in spans))
        out.append(SummarySentence(text=it["text"].strip(), doc=first.doc, start=first.start, end=first.end,
                                   support=spans[1:], sources=sources))
    return out or None
