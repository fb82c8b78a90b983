"""Titles on the article-extraction benchmark pages: exact headline, and titles still carrying the site name.

The benchmark's ground-truth.json has no titles (only articleBody and url), so the reference is built from
the page itself: a page's headline is known when one of its <h1> texts H and its <title> tag T agree up to
a separated affix (T == H, or T == H + sep + X, or X + sep + H, sep one of | - – — : · » /). Pages without
such an <h1> have no reference and are only counted. A title is exact when it equals H after folding curly
quotes/dashes, NFKC and spaces (`titles._norm`).

Because the method itself may take an <h1> (prefer the headline), the same pages are also scored with
the headline preference off (affix stripping only) and with the titles as read before this step (the
baseline: trafilatura's title), so the figure is not only the reference agreeing with itself.

A second reference, independent of the <h1>: the schema.org `headline` in the page's JSON-LD, where
there is one ("exact_vs_jsonld"); publishers sometimes put a different (search) headline there, so
it is a noisier reference.

"site name kept": share of ALL pages whose final title still has a separated segment that spells the
site's name or host (`titles._names_site`) — no reference needed.

Pages are read as the pipeline reads them: every page through `ingest` (so the pile-level step sees each
site's pages together), with each page's URL taken from ground-truth.json. Tuning/check parts by
`eval.splits.part_of(file name)`; `--show` prints wrong titles of the tuning part only.

Usage: PYTHONPATH=src .venv/bin/python bench/title_audit.py [--data DIR] [--show]
"""

from __future__ import annotations

import argparse
import copy
import gzip
import html as html_lib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdossier.eval.splits import part_of  # noqa: E402
from newsdossier.ingest import _from_html, decode_bytes  # noqa: E402
from newsdossier.model import Document  # noqa: E402
from newsdossier.titles import _names_site, _norm, _site_names, _splits, settle_titles  # noqa: E402

_SEPS = re.compile(r"\s+(?:[|\-–—·•»/]|::|//)\s+|:\s+")


def reference(html: str, names: set[str]) -> str | None:
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None
    t = tree.find(".//title")
    title = _norm(" ".join(t.text_content().split())) if t is not None else ""
    if not title:
        return None
    best = None
    for h in tree.iter("h1"):
        text = " ".join(" ".join(h.itertext()).split())
        n = _norm(text)
        if not n or _names_site(text, names):  # the site's banner <h1> matches the affix, not the headline
            continue
        ok = title == n
        if not ok and title.startswith(n):
            ok = bool(_SEPS.match(title[len(n):]))
        if not ok and title.endswith(n):
            ok = bool(re.search(r"(?:\s+(?:[|\-–—·•»/]|::|//)\s+|:\s+)$", title[: -len(n)]))
        if ok and (best is None or len(text) > len(best)):
            best = text
    return best


def ld_headline(html: str) -> str | None:
    """The schema.org `headline` of the page's JSON-LD (the first one found), or None."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None

    def find(obj):
        if isinstance(obj, dict):
            h = obj.get("headline")
            if isinstance(h, str) and h.strip():
                return h
            obj = list(obj.values())
        if isinstance(obj, list):
            for x in obj:
                h = find(x)
                if h:
                    return h
        return None

    for s in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            h = find(json.loads(s))
        except ValueError:  # a page's broken JSON-LD: no reference from it
            continue
        if h:
            return html_lib.unescape(" ".join(h.split()))
    return None


def read(data: Path) -> list[tuple[Document, str | None]]:
    gt = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for f in sorted((data / "html").glob("*.html.gz")):
        name = f.name[: -len(".html.gz")]
        html, _ = decode_bytes(gzip.decompress(f.read_bytes()))
        doc = Document(id=name, url=gt.get(name, {}).get("url"))
        _from_html(doc, html)
        doc.meta["_ld"] = ld_headline(html)  # the second reference, read by `score` (bench only)
        out.append((doc, reference(html, _site_names(doc))))
    return out


def keeps_site_name(doc: Document) -> bool:
    return bool(doc.title) and any(_names_site(sp.affix, _site_names(doc)) for sp in _splits(doc.title))


def score(pairs, label: str, show: bool) -> dict:
    res = {}
    for part in ("tune", "check"):
        sel = [(d, r) for d, r in pairs if part_of(d.id) == part]
        refd = [(d, r) for d, r in sel if r]
        exact = sum(_norm(d.title or "") == _norm(r) for d, r in refd)
        site = sum(keeps_site_name(d) for d, _ in sel)
        ld = [d for d, _ in sel if d.meta.get("_ld")]
        ld_exact = sum(_norm(d.title or "") == _norm(d.meta["_ld"]) for d in ld)
        res[part] = {"pages": len(sel), "with_reference": len(refd), "exact": exact,
                     "exact_share": round(exact / max(1, len(refd)), 3), "site_name_kept": site,
                     "site_name_kept_share": round(site / max(1, len(sel)), 3),
                     "with_jsonld_headline": len(ld), "exact_vs_jsonld": ld_exact,
                     "exact_vs_jsonld_share": round(ld_exact / max(1, len(ld)), 3),
                     "changed_by": dict(Counter(d.meta["title_basis"] for d, _ in sel if d.meta.get("title_basis")))}
        if show and part == "tune":
            for d, r in refd:
                if _norm(d.title or "") != _norm(r):
                    print(f"  [{label}] {d.url}\n     got: {d.title!r}\n     ref: {r!r}\n     was: "
                          f"{d.meta.get('title_original')!r} basis={d.meta.get('title_basis')}")
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared/benchmarks/article-extraction"))
    ap.add_argument("--show", action="store_true", help="print wrong titles of the tuning part")
    a = ap.parse_args()
    pairs = read(Path(a.data))
    base = [(copy.deepcopy(d), r) for d, r in pairs]
    affix_only = [(copy.deepcopy(d), r) for d, r in pairs]
    settle_titles([d for d, _ in affix_only], prefer_headline=False)
    settle_titles([d for d, _ in pairs])
    out = {"baseline (title as read)": score(base, "baseline", False),
           "affix stripping only": score(affix_only, "affix", False),
           "settle_titles (affixes + headline)": score(pairs, "final", a.show)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
