"""Portuguese resources for comparing names (see lang/en/names.py for what each list is for).

Source: compiled by the project from general usage; moved from the multilingual lists of data/names.py.
"""

TITLES = {"presidente", "ministro"}

# Forms of address written before a name (with the full stop where it is abbreviated).
HONORIFICS = {"sr", "sra"}

FUNCTION_WORDS = {"de", "da", "do", "dos", "e"}

# Generational suffixes after a person's name and the generation each names (see lang/en/names.py): "Filho"
# and "Júnior" are the son, "Neto" the grandson. Lower-case, no dots.
GENERATIONAL_SUFFIXES = {"filho": "jr", "júnior": "jr", "neto": "neto"}
