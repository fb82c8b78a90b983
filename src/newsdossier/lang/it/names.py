"""Italian resources for comparing names (see lang/en/names.py for what each list is for).

Source: compiled by the project from general usage; moved from the multilingual lists of data/names.py.
"""

TITLES = {"presidente", "ministro"}

# Forms of address written before a name (with the full stop where it is abbreviated).
HONORIFICS = {"signor", "sig"}

FUNCTION_WORDS = {"di", "del", "la", "e", "i"}
