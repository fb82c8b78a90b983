"""Slovene (see `newsdossier.lang`); concepts not listed here are empty for Slovene."""
