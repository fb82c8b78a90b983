"""Italian resources for comparing names (see lang/en/names.py for what each list is for).

Source: compiled by the project from general usage; moved from the multilingual lists of data/names.py.
"""

TITLES = {"presidente", "ministro", "signor", "sig"}

FUNCTION_WORDS = {"di", "del", "la", "e", "i"}
