"""German language data."""
