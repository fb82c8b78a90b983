"""Spanish reported speech: attribution tails as written.

Source: compiled by the project from general Spanish news usage; moved from summarize.py.
"""

ATTRIBUTION_TAILS: tuple[str, ...] = ("dijo",)
