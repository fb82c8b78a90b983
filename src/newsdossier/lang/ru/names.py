"""Russian resources for comparing names, in Cyrillic and transliterated (see lang/en/names.py for what each
list is for).

Source: compiled by the project from general usage; moved from the multilingual lists of data/names.py.
"""

TITLES = {"президент", "премьер", "министр", "генерал"}

# Forms of address written before a name (with the full stop where it is abbreviated).
HONORIFICS = {"gospodin", "господин", "г-н"}

FUNCTION_WORDS = {"и", "по", "за"}

GENERIC_PLACE_WORDS = {"respublika"}
