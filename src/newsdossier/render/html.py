"""Render the dossier contract dict as one self-contained HTML page.

Reads only the contract dict (``Dossier.to_dict()`` output, or the parsed ``dossier.json``).
Everything that comes from an article (text, titles, names, URLs, file names, ids) goes
through :func:`esc`; document URLs only become links when their scheme is http/https.
No external resources: CSS and JS are inlined from the package (``style.css``, ``app.js``).
The page works without JavaScript; the script only adds a filter by source and highlights
every segment of a jumped-to span.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections import defaultdict
from importlib import resources
from typing import Any, Iterable
from urllib.parse import urlsplit

__all__ = ["render_html", "doc_anchor", "span_id", "esc", "safe_url"]

# ---------------------------------------------------------------------------------------------
# small defensive helpers (shared with markdown.py)


def esc(value: Any) -> str:
    """Escape any article-derived value for HTML text and attribute context."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True)


def as_list(obj: Any, key: str) -> list:
    """``obj[key]`` when it is a list, else ``[]`` (the contract says lists may be empty)."""
    if not isinstance(obj, dict):
        return []
    val = obj.get(key)
    return val if isinstance(val, list) else []


def as_dict(obj: Any, key: str) -> dict:
    if not isinstance(obj, dict):
        return {}
    val = obj.get(key)
    return val if isinstance(val, dict) else {}


def as_str(value: Any) -> str:
    if value is None:
        return ""
    return str(value)


def as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def fmt_number(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return as_str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return as_str(value)


QUALIFIER_WORDS = {"about": "about", "more-than": "more than", "less-than": "less than",
                   "at-least": "at least", "up-to": "up to", "vague": "vague:"}

_SLUG_RE = re.compile(r"[^A-Za-z0-9]+")


def doc_anchor(doc_id: Any) -> str:
    """A safe, unique HTML id for a document: slug of the id plus a short hash of the raw id."""
    raw = as_str(doc_id)
    slug = _SLUG_RE.sub("-", raw).strip("-")[:48] or "doc"
    digest = hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:6]
    return f"d-{slug}-{digest}"


def span_id(doc_id: Any, start: int, end: int) -> str:
    return f"{doc_anchor(doc_id)}-{start}-{end}"


def safe_url(url: Any) -> str | None:
    """The URL when it is a plain http(s) URL, else None (javascript:, data:, relative ...)."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    if not u or any(ord(c) < 0x20 or c in "\x7f <>\"'`" for c in u):
        return None
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return u


# ---------------------------------------------------------------------------------------------
# span bookkeeping


class SpanIndex:
    """Every cited span, per document, validated against the document text."""

    def __init__(self, dossier: dict) -> None:
        self.texts: dict[str, str] = {}
        self.order: list[str] = []
        for d in as_list(dossier, "documents"):
            if not isinstance(d, dict):
                continue
            did = as_str(d.get("id"))
            if did in self.texts:
                continue
            self.texts[did] = as_str(d.get("text"))
            self.order.append(did)
        # doc -> (start, end) -> set of kinds
        self.spans: dict[str, dict[tuple[int, int], set[str]]] = defaultdict(dict)
        self.conflict: dict[str, set[tuple[int, int]]] = defaultdict(set)

    def key(self, span: Any) -> tuple[str, int, int] | None:
        """(doc, start, end) when the span is valid for a known document, else None."""
        if not isinstance(span, dict):
            return None
        did = as_str(span.get("doc"))
        if did not in self.texts:
            return None
        s, e = as_int(span.get("start")), as_int(span.get("end"))
        if s is None or e is None:
            return None
        n = len(self.texts[did])
        s, e = max(0, s), min(n, e)
        if s >= e:
            return None
        return did, s, e

    def add(self, span: Any, kind: str, conflict: bool = False) -> None:
        k = self.key(span)
        if k is None:
            return
        did, s, e = k
        self.spans[did].setdefault((s, e), set()).add(kind)
        if conflict:
            self.conflict[did].add((s, e))

    def href(self, span: Any) -> str | None:
        """Link target for a span: the <mark> when valid, the document section as fallback."""
        k = self.key(span)
        if k is not None:
            return "#" + span_id(*k)
        did = as_str(span.get("doc")) if isinstance(span, dict) else ""
        if did in self.texts:
            return "#" + doc_anchor(did)
        return None


def collect_spans(dossier: dict) -> SpanIndex:
    idx = SpanIndex(dossier)
    for s in as_list(dossier, "summary"):
        for sp in summary_passages(s):
            idx.add(sp, "summary")
    for t in as_list(dossier, "timeline"):
        conflict = bool(t.get("conflict")) if isinstance(t, dict) else False
        for ev in as_list(t, "evidence"):
            idx.add(ev, "timeline", conflict)
    for c in as_list(dossier, "claims"):
        conflict = isinstance(c, dict) and c.get("status") == "conflict"
        for v in as_list(c, "values"):
            idx.add(v, "claim", conflict)
    for q in as_list(dossier, "quotes"):
        idx.add(q, "quote")
    return idx


def marked_text(text: str, spans: dict[tuple[int, int], set[str]], conflicts: set[tuple[int, int]],
                doc_id: str) -> str:
    """The document text, escaped, with every span wrapped in <mark>.

    Overlapping spans are split at every boundary into non-overlapping segments; a segment is
    marked when at least one span covers it. The segment where a span starts carries that
    span's id (further spans starting at the same offset get an empty <mark id> anchor just
    before it). Every character of ``text`` is emitted exactly once, in order.
    """
    if not spans:
        return esc(text)
    bounds = {0, len(text)}
    for s, e in spans:
        bounds.add(s)
        bounds.add(e)
    cuts = sorted(bounds)
    starts: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for s, e in spans:
        starts[s].append((s, e))
    # sweep: active spans per segment (span count is small; a simple scan is fine)
    ordered = sorted(spans)
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        seg = text[a:b]
        covering = [(s, e) for (s, e) in ordered if s <= a and e >= b]
        if not covering:
            out.append(esc(seg))
            continue
        kinds: set[str] = set()
        for sp in covering:
            kinds |= spans[sp]
        classes = ["cite"] + sorted(f"k-{k}" for k in kinds)
        if any(sp in conflicts for sp in covering):
            classes.append("conflict")
        if len(covering) > 1:
            classes.append("overlap")
        begin = sorted(starts.get(a, []), key=lambda se: -(se[1] - se[0]))
        id_attr = ""
        for extra in begin[1:]:
            out.append(f'<mark class="cite-anchor" id="{esc(span_id(doc_id, *extra))}"></mark>')
        if begin:
            id_attr = f' id="{esc(span_id(doc_id, *begin[0]))}"'
        members = " ".join(span_id(doc_id, *sp) for sp in covering)
        title = ", ".join(sorted(kinds))
        out.append(f'<mark{id_attr} class="{" ".join(classes)}" data-spans="{esc(members)}" '
                   f'title="cited in: {esc(title)}">{esc(seg)}</mark>')
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# page sections


def _asset(name: str) -> str:
    """The page's stylesheet or script, shipped inside the package (a missing one is a broken install: it raises)."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _badge(idx: SpanIndex, span: Any, doc_titles: dict[str, str]) -> str:
    did = as_str(span.get("doc")) if isinstance(span, dict) else ""
    href = idx.href(span)
    label = esc(did or "?")
    tip = esc(doc_titles.get(did, ""))
    if href:
        return f'<a class="badge src" href="{esc(href)}" title="{tip}">{label}</a>'
    return f'<span class="badge src missing" title="unknown document">{label}</span>'


def _docs_attr(doc_ids: Iterable[str]) -> str:
    return esc(" ".join(sorted({doc_anchor(d) for d in doc_ids if d})))


def _header(dossier: dict, idx: SpanIndex) -> str:
    story = as_dict(dossier, "story")
    title = as_str(story.get("title")) or "News dossier"
    start, end = as_str(story.get("start")), as_str(story.get("end"))
    if start and end and start != end:
        span = f'<time datetime="{esc(start)}">{esc(start)}</time> – <time datetime="{esc(end)}">{esc(end)}</time>'
    elif start or end:
        d = start or end
        span = f'<time datetime="{esc(d)}">{esc(d)}</time>'
    else:
        span = "dates unknown"
    langs = ", ".join(esc(x) for x in as_list(story, "languages")) or "unknown"
    counts = [
        ("documents", len(as_list(dossier, "documents"))),
        ("entities", len(as_list(dossier, "entities"))),
        ("timeline entries", len(as_list(dossier, "timeline"))),
        ("claims", len(as_list(dossier, "claims"))),
        ("quotes", len(as_list(dossier, "quotes"))),
    ]
    indep = as_int(story.get("independent_sources"))
    if indep is not None:  # shown even when equal: "no copies found" is information too
        counts.insert(1, ("independent sources", indep))
    n_conf = sum(1 for c in as_list(dossier, "claims") if isinstance(c, dict) and c.get("status") == "conflict")
    counts_html = "".join(f"<li><strong>{n}</strong> {label}</li>" for label, n in counts)
    if n_conf:
        counts_html += f'<li class="conflict"><strong>{n_conf}</strong> conflicting claims</li>'
    gen = esc(dossier.get("generated_by")) if isinstance(dossier, dict) else ""
    nav = "".join(
        f'<li><a href="#{sid}">{label}</a></li>'
        for sid, label in [("summary", "Summary"), ("sources", "Sources"), ("timeline", "Timeline"),
                           ("claims", "Claims"), ("quotes", "Quotes"), ("entities", "Entities"),
                           ("documents", "Documents")]
    )
    return (
        f'<header class="page-header">\n<h1>{esc(title)}</h1>\n'
        f'<p class="meta"><span class="dates">{span}</span> · <span class="langs">languages: {langs}</span>'
        + (f' · <span class="gen">{gen}</span>' if gen else "")
        + f'</p>\n<ul class="counts">{counts_html}</ul>\n'
        + "".join(f'<p class="warning">{esc(w.get("message"))}</p>\n' for w in as_list(dossier, "warnings")
                  if isinstance(w, dict) and w.get("message"))
        + f'<nav aria-label="Sections"><ul>{nav}</ul></nav>\n</header>\n'
    )


def summary_passages(s: object) -> list[dict]:
    """A summary sentence's own passage (its doc/start/end) followed by its `support` passages (dossier@2)."""
    if not isinstance(s, dict):
        return []
    own = [{"doc": s.get("doc"), "start": s.get("start"), "end": s.get("end"), "text": s.get("text")}] \
        if s.get("doc") is not None else []
    return own + [sp for sp in as_list(s, "support") if isinstance(sp, dict)]


def document_families(dossier: dict) -> dict[str, str]:
    """Document id -> family id (dossier@2); a document without one is a family of its own."""
    out = {}
    for d in as_list(dossier, "documents"):
        if isinstance(d, dict) and d.get("id") is not None:
            out[as_str(d.get("id"))] = as_str(d.get("family")) or as_str(d.get("id"))
    return out


def support_count(s: dict, families: dict[str, str]) -> int:
    """How many families a summary sentence stands on: its own document's and each support passage's (copies of
    one original count once)."""
    docs = [as_str(sp.get("doc")) for sp in summary_passages(s) if sp.get("doc") is not None]
    docs += [as_str(x) for x in as_list(s, "sources")]
    return len({families.get(d, d) for d in docs if d})


def _summary(dossier: dict, idx: SpanIndex, titles: dict[str, str]) -> str:
    """Each sentence with the number of sources (families) that support it and one chip per source, linking to
    the passage of that source that says the same thing (the first chip: the sentence's own place)."""
    families = document_families(dossier)
    items = []
    for s in as_list(dossier, "summary"):
        if not isinstance(s, dict):
            continue
        spans = summary_passages(s)
        sources = [as_str(x) for x in as_list(s, "sources")]
        for sp in spans:  # a span's doc counts as a source even if not listed
            d = as_str(sp.get("doc"))
            if d and d not in sources:
                sources.append(d)
        chips = []
        for did in sources:
            first = next((sp for sp in spans if as_str(sp.get("doc")) == did and idx.key(sp)), None)
            target = idx.href(first) if first else (("#" + doc_anchor(did)) if did in idx.texts else None)
            tip = esc(first.get("text") if first else titles.get(did, ""))
            if target:
                chips.append(f'<a class="chip" href="{esc(target)}" title="{tip}">{esc(did)}</a>')
            else:
                chips.append(f'<span class="chip missing" title="unknown document">{esc(did)}</span>')
        n = support_count(s, families)
        label = f"{n} sources say this" if n > 1 else "1 source"
        count = (f'<span class="badge support" title="independent sources (copies of one report count once) '
                 f'holding a passage that says this">{esc(label)}</span>')
        items.append(f'<li data-docs="{_docs_attr(sources)}"><span class="sent">{esc(s.get("text"))}</span> '
                     f'{count} <span class="chips">{"".join(chips)}</span></li>')
    body = f'<ol class="summary">{"".join(items)}</ol>' if items else '<p class="empty">No summary.</p>'
    return f'<section id="summary" aria-labelledby="h-summary">\n<h2 id="h-summary">Summary</h2>\n{body}\n</section>\n'


def _sources(dossier: dict, idx: SpanIndex) -> str:
    profiles: dict[str, dict] = {}
    for p in as_list(dossier, "sources"):
        if isinstance(p, dict):
            profiles.setdefault(as_str(p.get("doc")), p)
    rows = []
    for d in as_list(dossier, "documents"):
        if not isinstance(d, dict):
            continue
        did = as_str(d.get("id"))
        title = as_str(d.get("title")) or as_str(d.get("path")) or did
        url = safe_url(d.get("url"))
        src = esc(d.get("source")) or '<span class="muted">unknown</span>'
        if url:
            src += f' <a class="ext" href="{esc(url)}" rel="noopener noreferrer" target="_blank">link</a>'
        elif d.get("url"):
            src += f' <span class="muted url" title="not an http(s) link">{esc(d.get("url"))}</span>'
        pub = esc(d.get("published")) or '<span class="muted">unknown</span>'
        basis = esc(d.get("published_basis") or "unknown")
        removed = len(as_list(d, "removed"))
        errors = as_list(d, "errors")
        err_html = ("<ul class=\"errors\">" + "".join(f"<li>{esc(x)}</li>" for x in errors) + "</ul>") if errors else "—"
        prof = profiles.get(did, {})
        points = as_list(prof, "unique_points")
        terms = as_list(prof, "distinctive_terms")
        extra = ""
        if points:
            extra += "<ul class=\"points\">" + "".join(f"<li>{esc(x)}</li>" for x in points) + "</ul>"
        if terms:
            extra += '<p class="terms">' + ", ".join(f"<span class=\"term\">{esc(x)}</span>" for x in terms) + "</p>"
        dup = as_str(prof.get("duplicate_of"))
        if dup:
            link = f'<a href="#{esc(doc_anchor(dup))}">{esc(dup)}</a>' if dup in idx.texts else esc(dup)
            extra += f'<p class="dup"><strong>Copy of</strong> {link} (not an independent source)</p>'
        copies = [as_str(x) for x in as_list(prof, "near_duplicates") if x]
        if copies:
            extra += ('<p class="dup">Copied by: ' + ", ".join(
                f'<a href="#{esc(doc_anchor(c))}">{esc(c)}</a>' if c in idx.texts else esc(c) for c in copies) + "</p>")
        rows.append(
            f'<tr data-docs="{_docs_attr([did])}" data-doc-id="{esc(did)}" data-anchor="{esc(doc_anchor(did))}"'
            f'{" class=\"error\"" if errors else ""}>'
            f'<th scope="row"><a href="#{esc(doc_anchor(did))}">{esc(did)}</a></th>'
            f"<td>{esc(title)}<br><span class=\"muted path\">{esc(d.get('path'))}</span></td>"
            f"<td>{src}</td><td>{pub} <span class=\"basis\">({basis})</span></td>"
            f"<td>{esc(d.get('language')) or '?'}</td><td class=\"num\">{removed}</td>"
            f"<td>{err_html}</td><td>{extra or '—'}</td></tr>"
        )
    if not rows:
        body = '<p class="empty">No documents.</p>'
    else:
        body = (
            '<div class="table-wrap"><table class="sources">\n<thead><tr><th scope="col">Id</th><th scope="col">Title</th>'
            '<th scope="col">Source</th><th scope="col">Published (basis)</th><th scope="col">Lang</th>'
            '<th scope="col">Removed lines</th><th scope="col">Errors</th><th scope="col">Unique points / terms</th>'
            f'</tr></thead>\n<tbody>{"".join(rows)}</tbody>\n</table></div>'
        )
    return f'<section id="sources" aria-labelledby="h-sources">\n<h2 id="h-sources">Sources</h2>\n{body}\n</section>\n'


def _timeline(dossier: dict, idx: SpanIndex, titles: dict[str, str]) -> str:
    items = []
    for t in as_list(dossier, "timeline"):
        if not isinstance(t, dict):
            continue
        date = as_str(t.get("date")) or "undated"
        evs = [ev for ev in as_list(t, "evidence") if isinstance(ev, dict)]
        conflict = t.get("conflict")
        ev_html = "".join(
            f"<li>{_badge(idx, ev, titles)} <q>{esc(ev.get('text'))}</q>"
            + (f' <span class="expr">({esc(ev.get("expression"))})</span>' if ev.get("expression") else "")
            + "</li>"
            for ev in evs
        )
        conf_html = ""
        if conflict:
            detail = "" if conflict is True else f": {esc(conflict)}"
            conf_html = f'<p class="conflict-note"><strong>Conflict</strong>{detail}</p>'
        cls = "tl-entry conflict" if conflict else "tl-entry"
        items.append(
            f'<li class="{cls}" data-docs="{_docs_attr(as_str(ev.get("doc")) for ev in evs)}">'
            f'<time datetime="{esc(date)}">{esc(date)}</time>'
            f'<div class="tl-body"><p class="tl-summary">{esc(t.get("summary"))}</p>{conf_html}'
            + (f'<ul class="evidence">{ev_html}</ul>' if ev_html else "")
            + "</div></li>"
        )
    body = f'<ol class="timeline filterable">{"".join(items)}</ol>' if items else '<p class="empty">No dated events.</p>'
    return f'<section id="timeline" aria-labelledby="h-timeline">\n<h2 id="h-timeline">Timeline</h2>\n{body}\n</section>\n'


def _claim_lookups(dossier: dict) -> tuple[dict[str, str], dict[str, str]]:
    """(entity id -> name, doc id -> text): a claim names its subject by entity id and its sentences by offsets."""
    names = {as_str(e.get("id")): as_str(e.get("name")) for e in as_list(dossier, "entities") if isinstance(e, dict)}
    texts = {as_str(d.get("id")): as_str(d.get("text")) for d in as_list(dossier, "documents") if isinstance(d, dict)}
    return names, texts


def _claim_sentence(v: dict, texts: dict[str, str]) -> str:
    """The sentence that states the figure (dossier@2 `sentence` offsets), or "" when absent or out of range."""
    sent = v.get("sentence")
    text = texts.get(as_str(v.get("doc")), "")
    if not isinstance(sent, dict) or not isinstance(sent.get("start"), int) or not isinstance(sent.get("end"), int):
        return ""
    a, b = sent["start"], sent["end"]
    return " ".join(text[a:b].split()) if 0 <= a < b <= len(text) else ""


def _claim_head(c: dict, names: dict[str, str]) -> str:
    """The measure, then what it is about and when: 'troops in the contingent · Tessaly · as of 2031-03-14'."""
    parts = [f'<span class="measure">{esc(c.get("measure"))}</span>']
    subject = as_str(c.get("subject"))
    if subject:
        parts.append(f'<span class="subject">{esc(names.get(subject, subject))}</span>')
    if c.get("when"):
        parts.append(f'<span class="ctx">as of <time datetime="{esc(c.get("when"))}">{esc(c.get("when"))}</time></span>')
    return " · ".join(parts)


def _claims(dossier: dict, idx: SpanIndex, titles: dict[str, str]) -> str:
    names, texts = _claim_lookups(dossier)
    rows = []
    for c in as_list(dossier, "claims"):
        if not isinstance(c, dict):
            continue
        status = as_str(c.get("status")) or "unknown"
        status_cls = _SLUG_RE.sub("-", status.lower())
        vals = [v for v in as_list(c, "values") if isinstance(v, dict)]
        cards = []
        for v in vals:
            q = as_str(v.get("qualifier"))
            qual = "" if q in ("", "exact", "range") else f'<span class="qual">{esc(QUALIFIER_WORDS.get(q, q))}</span> '
            low, high = v.get("low"), v.get("high")
            if q == "range" and low is not None and high is not None:
                num = f"{fmt_number(low)}–{fmt_number(high)}"
            else:
                num = fmt_number(v.get("value"))
            unit = f' <span class="unit">{esc(v.get("unit"))}</span>' if v.get("unit") else ""
            ctx = f'<span class="ctx">as of {esc(v.get("date_context"))}</span>' if v.get("date_context") else ""
            sentence = _claim_sentence(v, texts)
            said = f'<blockquote class="ctx sentence">{esc(sentence)}</blockquote>' if sentence else ""
            cards.append(
                f'<div class="value">{_badge(idx, v, titles)}<span class="num">{qual}{esc(num)}{unit}</span>'
                f'<q>{esc(v.get("text"))}</q>{ctx}{said}</div>'
            )
        row_cls = "claim conflict" if status == "conflict" else "claim"
        rows.append(
            f'<tr class="{row_cls}" data-docs="{_docs_attr(as_str(v.get("doc")) for v in vals)}">'
            f'<th scope="row">{_claim_head(c, names)}</th>'
            f'<td><span class="status status-{esc(status_cls)}">{esc(status)}</span></td>'
            f'<td><div class="values">{"".join(cards)}</div></td>'
            + (f'<td class="explanation"><details{" open" if status == "conflict" else ""}><summary>why '
               f'{esc(status)}</summary>{esc(c.get("explanation"))}</details></td></tr>'
               if c.get("explanation") else '<td class="explanation">—</td></tr>')
        )
    if not rows:
        body = '<p class="empty">No figures compared.</p>'
    else:
        body = (
            '<div class="table-wrap"><table class="claims filterable">\n<thead><tr><th scope="col">Measure · subject · when</th>'
            '<th scope="col">Status</th><th scope="col">Values by source</th><th scope="col">Explanation</th></tr></thead>\n'
            f'<tbody>{"".join(rows)}</tbody>\n</table></div>'
        )
    return f'<section id="claims" aria-labelledby="h-claims">\n<h2 id="h-claims">Claims and figures</h2>\n{body}\n</section>\n'


def _quotes(dossier: dict, idx: SpanIndex, titles: dict[str, str]) -> str:
    groups: dict[str, list[dict]] = {}
    for q in as_list(dossier, "quotes"):
        if not isinstance(q, dict):
            continue
        name = as_str(q.get("speaker_name")).strip() or "unattributed"
        groups.setdefault(name, []).append(q)
    order = sorted(groups, key=lambda n: (n == "unattributed", -len(groups[n]), n.lower()))
    parts = []
    for name in order:
        qs = groups[name]
        roles = sorted({as_str(q.get("speaker_role")) for q in qs if q.get("speaker_role")})
        role_html = f' <span class="role">{esc("; ".join(roles))}</span>' if roles else ""
        items = []
        for q in qs:
            kind = as_str(q.get("kind")) or "direct"
            cue = f' <span class="cue">{esc(q.get("cue"))}</span>' if q.get("cue") else ""
            written = as_str(q.get("speaker_text")).strip()
            if name == "unattributed" and written:
                # the source as written when it named no one we can tell ('he' with two people in play)
                cue += f' <span class="written">speaker as written: “{esc(written)}” (not resolved)</span>'
            items.append(
                f'<li class="quote k-{esc(_SLUG_RE.sub("-", kind))}" data-docs="{_docs_attr([as_str(q.get("doc"))])}">'
                f'<blockquote>{esc(q.get("text"))}</blockquote>'
                f'<p class="qmeta"><span class="kind">{esc(kind)}</span>{cue} {_badge(idx, q, titles)}</p></li>'
            )
        cls = "speaker unattributed" if name == "unattributed" else "speaker"
        parts.append(f'<section class="{cls}"><h3>{esc(name)}{role_html} <span class="count">({len(qs)})</span></h3>'
                     f'<ul class="quotes filterable">{"".join(items)}</ul></section>')
    body = "\n".join(parts) if parts else '<p class="empty">No quotes.</p>'
    return f'<section id="quotes" aria-labelledby="h-quotes">\n<h2 id="h-quotes">Quotes by speaker</h2>\n{body}\n</section>\n'


def _entities(dossier: dict, idx: SpanIndex) -> str:
    rows = []
    ents = [e for e in as_list(dossier, "entities") if isinstance(e, dict)]
    ents.sort(key=lambda e: (-len(as_list(e, "mentions")), as_str(e.get("name")).lower()))
    for e in ents:
        ments = [m for m in as_list(e, "mentions") if isinstance(m, dict)]
        docs = sorted({as_str(m.get("doc")) for m in ments if m.get("doc") is not None})
        aliases = [a for a in as_list(e, "aliases") if as_str(a) != as_str(e.get("name"))]
        doc_links = " ".join(
            f'<a class="badge src" href="#{esc(doc_anchor(d))}">{esc(d)}</a>' if d in idx.texts
            else f'<span class="badge src missing">{esc(d)}</span>'
            for d in docs
        )
        rows.append(
            f'<tr data-docs="{_docs_attr(docs)}"><th scope="row">{esc(e.get("name"))}</th>'
            f'<td><span class="etype">{esc(e.get("type"))}</span></td>'
            f'<td>{", ".join(esc(a) for a in aliases) or "—"}</td>'
            f'<td class="num">{len(ments)}</td><td>{doc_links or "—"}</td></tr>'
        )
    if not rows:
        body = '<p class="empty">No entities.</p>'
    else:
        body = (
            '<div class="table-wrap"><table class="entities filterable">\n<thead><tr><th scope="col">Name</th>'
            '<th scope="col">Type</th><th scope="col">Aliases</th><th scope="col">Mentions</th>'
            f'<th scope="col">Documents</th></tr></thead>\n<tbody>{"".join(rows)}</tbody>\n</table></div>'
        )
    return f'<section id="entities" aria-labelledby="h-entities">\n<h2 id="h-entities">Entities</h2>\n{body}\n</section>\n'


def _documents(dossier: dict, idx: SpanIndex) -> str:
    parts = []
    seen: set[str] = set()
    for d in as_list(dossier, "documents"):
        if not isinstance(d, dict):
            continue
        did = as_str(d.get("id"))
        if did in seen:  # duplicate ids would duplicate HTML ids; render the first only
            continue
        seen.add(did)
        text = idx.texts.get(did, "")
        title = as_str(d.get("title")) or did
        url = safe_url(d.get("url"))
        meta = [f'<span class="badge src">{esc(did)}</span>']
        if d.get("source"):
            meta.append(esc(d.get("source")))
        if d.get("published"):
            meta.append(f'<time datetime="{esc(d.get("published"))}">{esc(d.get("published"))}</time> '
                        f'({esc(d.get("published_basis") or "unknown")})')
        if d.get("language"):
            meta.append(f'lang: {esc(d.get("language"))}')
        if url:
            meta.append(f'<a class="ext" href="{esc(url)}" rel="noopener noreferrer" target="_blank">original</a>')
        if d.get("path"):
            meta.append(f'<span class="path">{esc(d.get("path"))}</span>')
        body = marked_text(text, idx.spans.get(did, {}), idx.conflict.get(did, set()), did)
        removed = [r for r in as_list(d, "removed") if isinstance(r, dict) or isinstance(r, str)]
        rem_html = ""
        if removed:
            lis = []
            for r in removed:
                if isinstance(r, str):
                    r = {"text": r, "reason": ""}
                lis.append(f'<li><span class="reason">{esc(r.get("reason") or "removed")}</span> '
                           f'<span class="removed-text">{esc(r.get("text"))}</span></li>')
            rem_html = (f'<details class="removed"><summary>Removed lines ({len(removed)})</summary>'
                        f'<ul>{"".join(lis)}</ul></details>')
        errors = as_list(d, "errors")
        err_html = ('<ul class="errors">' + "".join(f"<li>{esc(x)}</li>" for x in errors) + "</ul>") if errors else ""
        parts.append(
            f'<article class="document" id="{esc(doc_anchor(did))}" data-docs="{_docs_attr([did])}">'
            f'<h3>{esc(title)}</h3><p class="meta">{" · ".join(meta)}</p>{err_html}'
            f'<div class="doc-text" lang="{esc(d.get("language") or "")}">{body}</div>{rem_html}</article>'
        )
    body = "\n".join(parts) if parts else '<p class="empty">No documents.</p>'
    return (f'<section id="documents" aria-labelledby="h-documents">\n<h2 id="h-documents">Documents</h2>\n'
            f'{body}\n</section>\n')


def render_html(dossier: dict) -> str:
    """The whole dossier as one self-contained HTML page (inline CSS and JS only)."""
    if hasattr(dossier, "to_dict") and not isinstance(dossier, dict):
        dossier = dossier.to_dict()
    if not isinstance(dossier, dict):
        dossier = {}
    idx = collect_spans(dossier)
    titles = {as_str(d.get("id")): as_str(d.get("title")) for d in as_list(dossier, "documents") if isinstance(d, dict)}
    story = as_dict(dossier, "story")
    title = as_str(story.get("title")) or "News dossier"
    langs = [as_str(x) for x in as_list(story, "languages") if x]
    page_lang = langs[0] if len(langs) == 1 and re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]+)*", langs[0]) else "en"
    css = _asset("style.css")
    js = _asset("app.js").replace("</", "<\\/")
    main = "".join([
        _summary(dossier, idx, titles),
        _sources(dossier, idx),
        _timeline(dossier, idx, titles),
        _claims(dossier, idx, titles),
        _quotes(dossier, idx, titles),
        _entities(dossier, idx),
        _documents(dossier, idx),
    ])
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(page_lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)} – dossier</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n"
        + _header(dossier, idx)
        + f'<main id="main">\n{main}</main>\n'
        + '<footer class="page-footer"><p>Generated offline by newsdossier. Every item links to the text it came from.</p></footer>\n'
        + f"<script>\n{js}\n</script>\n</body>\n</html>\n"
    )
