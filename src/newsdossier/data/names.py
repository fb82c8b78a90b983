"""General resources for comparing names across outlets, scripts and transliteration schemes."""

# Honorifics, titles and roles that precede a name and are not part of it (lower-case, no dots).
TITLES = {
    # en
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president", "vice",
    "prime", "minister", "premier", "chancellor", "general", "gen", "lt", "colonel", "col", "major", "maj",
    "captain", "capt", "admiral", "sergeant", "sgt", "senator", "sen", "rep", "representative", "governor",
    "gov", "mayor", "judge", "justice", "king", "queen", "prince", "princess", "pope", "father", "rev",
    "reverend", "sheikh", "emir", "ambassador", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "chairman", "chairwoman", "chair", "director", "commander", "former", "ex", "deputy", "foreign",
    "defense", "defence", "interior", "finance", "state", "leader", "head", "chief", "opposition", "acting",
    "incumbent", "late", "saint", "st", "u.s", "us", "russian", "american", "british", "french", "german",
    # fr / de / es / it / pt / pl / ru (transliterated and native)
    "m", "mme", "mlle", "président", "presidente", "präsident", "prezydent", "premier", "ministre", "ministro",
    "minister", "herr", "frau", "señor", "senor", "sr", "sra", "signor", "sig", "pan", "pani", "général",
    "generał", "gospodin", "президент", "премьер", "министр", "генерал", "господин", "г-н",
}

# Words that never make a name distinctive (for acronym initials and token keys).
FUNCTION_WORDS = {
    "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "&",
    "de", "du", "des", "la", "le", "les", "et", "der", "die", "das", "und", "für", "del", "y", "di", "e",
    "da", "do", "dos", "i", "w", "z", "и", "по", "за",
}

# Transliteration folding applied after lower-casing, in order, to make phonetic keys. General rules for
# Slavic/Turkic/Central-Asian names written in Latin scripts by different conventions (en/fr/de/pl).
PHONETIC_RULES = [
    ("ż", "zh"), ("ž", "zh"), ("ź", "zh"), ("ł", "l"),
    ("sch", "sh"), ("sz", "sh"), ("cz", "ch"), ("tsch", "ch"), ("tch", "ch"),
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("ch", "h"),
    ("ou", "u"), ("w", "v"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("x", "ks"),
    ("yi", "i"), ("iy", "i"), ("ii", "i"), ("y", "i"),
    ("aie", "ae"), ("aje", "ae"), ("aye", "ae"), ("aiie", "ae"), ("aïe", "ae"),
    ("oie", "oe"), ("oje", "oe"), ("oye", "oe"),
    ("iev", "ev"), ("jev", "ev"), ("ieff", "ev"), ("eff", "ev"),
    ("j", "i"),
]

# Words that turn a place name into its formal name without changing what it names (phonetic keys).
GENERIC_PLACE_WORDS = {"republic", "of", "the", "state", "kingdom", "federation", "federal", "democratic",
                       "people", "peoples", "islamic", "united", "principality", "grand", "duchy", "city",
                       "respublika", "republika", "republiue", "republik"}
