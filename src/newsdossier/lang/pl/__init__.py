"""Polish language data."""
