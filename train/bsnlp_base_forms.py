"""Learn the base-form suffix rules (`newsdossier.analyze.base_forms`) from BSNLP training topics.

    python train/bsnlp_base_forms.py --data ../shared/benchmarks/bsnlp [--topics a,b] [--out FILE]
    python train/bsnlp_base_forms.py --data ../shared/benchmarks/bsnlp --leave-one-out

The first form fits on the named topics (default: all) and writes the compact JSON (default: the shipped
`src/newsdossier/models/base_form_rules.json`). `--leave-one-out` writes nothing: for each topic it fits on the
other topics and prints the accuracy of the base forms of the held-out topic's distinct (document, form) lines,
per language, against two baselines (the form as written; the dictionary lemmatizers alone).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdossier.analyze.base_forms import MODEL, SuffixRules, base_form, fit, gold_pairs  # noqa: E402
from newsdossier.eval import bsnlp_data  # noqa: E402

ALL = ("bg", "cs", "pl", "ru", "sl", "uk")
# the setups compared on the tuning folds (brexit, nord_stream) when PREFER_DICTIONARY was chosen
VARIANTS = {
    "shipped-pref": None,
    "single-not-first": {"cs": ("single", "after_changed"), "pl": ("single",), "ru": ("single",),
                         "uk": ("single", "after_changed")},
    "single-only": {"cs": ("single",), "pl": ("single",), "ru": ("single",), "uk": ("single",)},
    "dict-first-all": {code: ("first", "after_changed") for code in ALL},
    "dict-first-1st": {code: ("first",) for code in ALL},
    "dict-first-ruuk": {code: ("first", "after_changed") for code in ("ru", "uk")},
}


pairs = gold_pairs  # (lang, type, form, base) of every distinct gold line


def fit_topics(data: Path, topics: list[str]) -> SuffixRules:
    docs = bsnlp_data.load(data, topics)
    return fit(pairs(docs), meta={"trained_on": topics, "pairs": len(pairs(docs)),
                                  "source": "BSNLP 2019 shared task, annotated topics"})


def accuracy(docs, predict) -> dict[str, float]:
    """Share of distinct (document, form) lines whose predicted base equals the gold base, per language."""
    right, total = Counter(), Counter()
    for d in docs:
        for g in {(g.form, g.type, g.base) for g in d.gold}:
            total[d.language] += 1
            right[d.language] += predict(g[0], g[1], d.language) == g[2]
    out = {lang: round(right[lang] / total[lang], 4) for lang in sorted(total)}
    out["all"] = round(sum(right.values()) / max(1, sum(total.values())), 4)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--topics", default=None, help="training topics, comma-separated (default: all)")
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--leave-one-out", action="store_true")
    ap.add_argument("--no-dictionary", action="store_true", help="rules alone (no pymorphy3 / simplemma fallback)")
    a = ap.parse_args(argv)
    all_topics = bsnlp_data.topics(a.data)
    if a.leave_one_out:
        for held in all_topics:
            rules = fit_topics(a.data, [t for t in all_topics if t != held])
            docs = bsnlp_data.load(a.data, [held])
            print(held, "as written ", accuracy(docs, lambda f, t, lang: f))
            print(held, "dictionary ", accuracy(docs, lambda f, t, lang: base_form(f, t, lang, SuffixRules())))
            print(held, "rules+dict ", accuracy(docs, lambda f, t, lang, rules=rules: base_form(
                f, t, lang, rules, dictionary=not a.no_dictionary, prefer_dictionary={})))
            for name, pref in VARIANTS.items():
                print(held, name, accuracy(docs, lambda f, t, lang, rules=rules, pref=pref: base_form(
                    f, t, lang, rules, prefer_dictionary=pref)))
        return 0
    topics = a.topics.split(",") if a.topics else all_topics
    rules = fit_topics(a.data, topics)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(rules.to_json() + "\n", encoding="utf-8")
    print(f"{len(rules.table)} rule keys from {rules.meta['pairs']} pairs of {topics} -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
