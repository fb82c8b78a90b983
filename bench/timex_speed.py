"""Speed of temporal tagging + normalisation (find_timexes) on one core, in sentences per second.

Usage: .venv/bin/python bench/timex_speed.py [TML_DIR]  (default ../shared/benchmarks/tempeval3/train)
Reports two figures: the temporal component alone on an already-parsed document (what the pipeline pays,
since the spaCy parse is shared by every analysis component) and the same including the spaCy parse.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from newsdossier.analyze import load_nlp
from newsdossier.analyze.temporal import find_timexes
from newsdossier.eval.timeml import read_folder
from newsdossier.eval.timex import parse_text

folder = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared/benchmarks/tempeval3/train")
docs = read_folder(folder)
texts = [parse_text(d.text) for d in docs]
nlp = load_nlp()
t0 = time.perf_counter()
parsed = list(nlp.pipe(texts, batch_size=16))
t_parse = time.perf_counter() - t0
n_sent = sum(len(list(p.sents)) for p in parsed)
t0 = time.perf_counter()
n_tx = 0
for d, text, sdoc in zip(docs, texts, parsed):
    n_tx += len(find_timexes(text, d.dct, spacy_doc=sdoc))
t_tx = time.perf_counter() - t0
print(f"{len(docs)} documents, {n_sent} sentences, {n_tx} expressions")
print(f"tagging + normalisation (parse shared): {n_sent / t_tx:,.0f} sentences/s ({t_tx:.2f} s)")
print(f"including the spaCy parse:              {n_sent / (t_tx + t_parse):,.0f} sentences/s ({t_tx + t_parse:.2f} s)")
