"""Quotations: direct (quote marks, dash-led speech paragraphs) and indirect ("X said that ...").

A package of small modules by mechanism: `surface` (tokens, spans), `candidates` (the typed objects
between steps), `marks` (quote marks), `speakers` (names, pronouns, roles and the attribution clause
next to a quote), `dashed` (dash-led paragraphs and colon labels), `reported` (speech-verb clauses
off the parse), `clauses` (a cue verb's source, cue and content), `lexicon` (verb forms), `ml` (quote
marks and speech verbs of other languages), `resolve` (speaker resolution) and `find` (the pipeline). Every returned span points
into the original text; a speaker that cannot be resolved stays None: we never guess.

`attributions` returns the full records and takes two hooks (a further parse rule, a selection) through
which an evaluation layers its own annotation conventions; `find_quotes` runs none.
"""

from .find import attributions, find_quotes

__all__ = ["find_quotes", "attributions"]
