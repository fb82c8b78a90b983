"""German resources for comparing names (see lang/en/names.py for what each list is for).

Source: compiled by the project from general usage; moved from the multilingual lists of data/names.py.
"""

TITLES = {"präsident"}

# Forms of address written before a name (with the full stop where it is abbreviated).
HONORIFICS = {"herr", "frau"}

NAME_SUFFIXES = {"gmbh"}

FUNCTION_WORDS = {"der", "die", "das", "und", "für"}

GENERIC_PLACE_WORDS = {"republik"}
