"""English resources for comparing names across outlets, scripts and transliteration schemes.

Source: compiled by the project from general usage (honorifics, titles, corporate and generational
suffixes, transliteration habits); moved from data/names.py, the other languages' words moved to their own
packages (lang/<code>/names.py). Entity grouping reads every language's lists together: a name travels
between languages ("M. Dupont" in an English report), so a title of any language is not part of a name.
"""

# Honorifics: forms of address written before a name and kept with it in a speaker's written name ("Mr Smith"),
# never part of what the name identifies. Lower-case; an abbreviation is listed with its full stop as well, which
# tells the quote reader that the stop belongs to the word. Other languages' honorifics are in their packages.
HONORIFICS = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord",
    "lady",
})

# Titles: offices, ranks and roles written before a name ("President", "Gen.", "Defense Minister"). They go to
# a speaker's role, and name comparison sets them aside. Lower-case; abbreviations also with their full stop.
TITLES = frozenset({
    "president", "vice", "vice-president", "premier", "prime", "minister", "chancellor", "secretary",
    "general", "gen", "gen.", "colonel", "col", "col.", "major", "maj", "maj.", "captain", "capt", "capt.",
    "lieutenant", "lt", "lt.", "admiral", "adm.", "marshal", "sergeant", "sgt", "sgt.", "commander",
    "senator", "sen", "sen.", "representative", "rep", "rep.", "congressman", "congresswoman", "governor",
    "gov", "gov.", "mayor", "ambassador", "judge", "justice", "king", "queen", "prince", "princess", "emperor",
    "sheikh", "emir", "pope", "cardinal", "bishop", "archbishop", "father", "rev", "reverend", "rabbi", "imam",
    "patriarch", "chairman", "chairwoman", "chair", "director", "professor", "spokesman", "spokeswoman",
    "spokesperson", "deputy", "defense", "defence", "foreign", "interior", "finance", "state", "head", "chief",
    "leader", "ceo", "mp", "mep", "prosecutor", "attorney", "detective", "inspector", "officer", "agent",
    "coach", "dean", "rector",
})

# Words that can stand before a name without being a title or part of the name: time in office, nationality
# and saint ("former", "acting", "U.S.", "Russian", "St"). Name comparison sets them aside with the titles;
# a speaker's role does not take them on their own.
NAME_PREMODIFIERS = frozenset({
    "former", "ex", "acting", "incumbent", "late", "opposition", "saint", "st", "u.s", "us", "russian",
    "american", "british", "french", "german",
})

# Words after a name that are not part of what it names: generational and corporate suffixes (lower-case, no dots).
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "inc", "ltd", "llc", "plc", "corp", "co", "esq"}

# Abbreviated name words and their full form (lower-case, no dots): "Mt Cook" = "Mount Cook".
ABBREVIATIONS = {"mt": "mount", "mtn": "mountain", "ft": "fort", "pt": "point", "univ": "university",
                 "dept": "department", "natl": "national", "intl": "international", "assn": "association",
                 "bros": "brothers", "ctr": "center", "hosp": "hospital", "cty": "county", "twp": "township"}

# Common nouns that name a kind of thing, not one thing: a short form made only of these ("the Bank", "Ministry",
# "Police") is never linked to a longer name on its own, and a title is not stripped if only one of these remains.
GENERIC_NAME_WORDS = {
    "bank", "center", "centre", "city", "university", "college", "school", "company", "police", "department",
    "court", "church", "games", "game", "team", "club", "party", "government", "ministry", "council", "committee",
    "agency", "office", "hospital", "airport", "stadium", "park", "street", "road", "river", "sea", "ocean", "lake",
    "mount", "mountain", "island", "islands", "bay", "gulf", "valley", "county", "state", "states", "republic",
    "united", "national", "international", "federal", "central", "north", "south", "east", "west", "new", "great",
    "unit", "group", "service", "services", "house", "hall", "building", "station", "square", "bridge", "port",
    "prison", "jail", "army", "navy", "force", "forces", "union", "association", "board", "commission", "institute",
    "foundation", "museum", "theatre", "theater", "arena", "festival", "award", "awards", "cup", "league", "news",
    "times", "post", "daily", "press", "network", "radio", "tv", "television", "studio", "studios", "market",
    "region", "province", "district", "area", "coast", "beach", "desert", "forest", "canyon", "peninsula", "world",
    "day", "week", "year", "show", "series", "film", "movie", "act", "law", "treaty", "accord", "agreement",
}

# Words that never make a name distinctive (for acronym initials and token keys).
FUNCTION_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "&"}

# Articles a name may open with ("The Harbour Courier"); not part of the name, but sometimes of its initials (THC).
ARTICLES = {"the", "a", "an"}

# The article that may stand before a declared short form ("known as the NFC").
DEFINITE_ARTICLES = {"the"}

# Lower-case words that may join the capitalised words of one long name ("Council of the Baltic Sea States").
NAME_JOINERS = {"of", "the", "and", "for"}

# Phrases that declare a short form of the name before them ("the Harbour Authority, known as HBA").
ALIAS_CUES = {"known as", "also called", "or", "abbreviated", "abbreviated as", "aka"}

# Prepositions that start a description after a name ("Betty Ford Center in Rancho Mirage").
DESCRIPTION_CUES = {"in", "at", "near", "outside", "on"}

# Place words that only say what kind of place a name is ("Mediterranean Sea" = "the Mediterranean").
PLACE_KIND_WORDS = {"sea", "ocean", "river", "lake", "mount", "mountain", "mountains", "island", "islands", "bay",
                    "gulf", "valley", "desert", "peninsula", "strait", "straits", "canal", "county", "province",
                    "region", "district", "coast", "national", "park", "center", "centre", "unit", "building",
                    "stadium", "arena", "airport", "hospital", "prison", "square", "station", "church"}

# Transliteration folding applied after lower-casing, in order, to make phonetic keys: names of Slavic, Turkic
# and Central-Asian origin written by the English, French, German and Polish conventions fold to one English-style
# key. One ordered table, not one per language: each rule assumes the ones before it have run (sch before ch,
# dzh before zh, y before aye), so splitting it would make the key depend on how the languages are listed.
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

# Words that turn a place name into its formal name without changing what it names ("Republic of X" = "X").
GENERIC_PLACE_WORDS = {"republic", "of", "the", "state", "kingdom", "federation", "federal", "democratic",
                       "people", "peoples", "islamic", "united", "principality", "grand", "duchy", "city"}
