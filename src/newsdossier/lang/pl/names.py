"""Polish resources for comparing names (see lang/en/names.py for what each list is for).

Source: compiled by the project from general usage; moved from the multilingual lists of data/names.py.
"""

TITLES = {"prezydent", "generał"}

# Forms of address written before a name (with the full stop where it is abbreviated).
HONORIFICS = {"pan", "pani"}

FUNCTION_WORDS = {"i", "w", "z"}

GENERIC_PLACE_WORDS = {"republika"}
