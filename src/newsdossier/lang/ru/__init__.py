"""Russian language data."""
