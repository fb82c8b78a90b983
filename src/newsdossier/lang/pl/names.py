"""Polish resources for comparing names (see lang/en/names.py for what each list is for).

Source: compiled by the project from general usage; moved from the multilingual lists of data/names.py.
"""

TITLES = {"prezydent", "pan", "pani", "generał"}

FUNCTION_WORDS = {"i", "w", "z"}

GENERIC_PLACE_WORDS = {"republika"}
