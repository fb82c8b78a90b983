"""Bulgarian language data (see lang/__init__.py)."""
