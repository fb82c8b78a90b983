"""French resources for comparing names (see lang/en/names.py for what each list is for).

Source: compiled by the project from general usage; moved from the multilingual lists of data/names.py.
"""

TITLES = {"président", "ministre", "général", "premier"}

# Forms of address written before a name (with the full stop where it is abbreviated).
HONORIFICS = {"m", "mme", "mlle", "m.", "mme."}

FUNCTION_WORDS = {"de", "du", "des", "la", "le", "les", "et"}

NAME_JOINERS = {"de", "du", "des", "la"}

GENERIC_PLACE_WORDS = {"république", "de", "du", "la"}

# Generational suffixes after a person's name and the generation each names (see lang/en/names.py): "fils" the
# son, "père" the father. Lower-case, no dots.
GENERATIONAL_SUFFIXES = {"fils": "jr", "père": "sr"}
