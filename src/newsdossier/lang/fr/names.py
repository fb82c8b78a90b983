"""French resources for comparing names (see lang/en/names.py for what each list is for).

Source: compiled by the project from general usage; moved from the multilingual lists of data/names.py.
"""

TITLES = {"m", "mme", "mlle", "président", "ministre", "général", "premier"}

FUNCTION_WORDS = {"de", "du", "des", "la", "le", "les", "et"}

NAME_JOINERS = {"de", "du", "des", "la"}

GENERIC_PLACE_WORDS = {"république", "de", "du", "la"}
