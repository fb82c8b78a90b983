"""Italian reported speech: attribution tails as written.

Source: compiled by the project from general Italian news usage; moved from summarize.py.
"""

ATTRIBUTION_TAILS: tuple[str, ...] = ("ha detto",)
