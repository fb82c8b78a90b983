"""English resources for comparing names across outlets, scripts and transliteration schemes.

Source: compiled by the project from general usage (honorifics, titles, corporate and generational
suffixes, transliteration habits); moved from data/names.py, the other languages' words moved to their own
packages (lang/<code>/names.py). Entity grouping reads every language's lists together: a name travels
between languages ("M. Dupont" in an English report), so a title of any language is not part of a name.
Given names by sex: U.S. Social Security and census first-name tables (see the note above the lists).
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

# Words after a name that are not part of what it names: corporate suffixes and post-nominals (lower-case, no
# dots). Generational suffixes are not among them: they tell two people apart (GENERATIONAL_SUFFIXES).
NAME_SUFFIXES = {"inc", "ltd", "llc", "plc", "corp", "co", "esq"}

# Generational suffixes after a person's name (lower-case, no dots) and the generation each names: "Jr." and
# "Junior" are one, "II" and "2nd" another. A name with one is a different person from the same name without it
# or with another one (a father and his son), so grouping keeps the suffix beside the name, never drops it.
GENERATIONAL_SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "2nd": "ii",
                         "iii": "iii", "3rd": "iii", "iv": "iv", "4th": "iv"}

# Given names and the short forms (hypocoristics) English writers use for them: "Bill" for William, "Bert" for
# Robert. Two given names agree when one group holds both; a short form in two groups ("Ted": Edward,
# Theodore) agrees with each, but the two full forms do not agree with each other. Lower-case.
# Source: common English diminutives of given names, as listed in general dictionaries of first names (e.g. the
# Oxford Dictionary of First Names); only forms in wide general use, none taken from a corpus.
GIVEN_NAME_SHORT_FORMS = {
    "william": ("bill", "billy", "will", "willie", "liam"), "robert": ("bob", "bobby", "rob", "robbie", "bert"),
    "richard": ("dick", "rick", "ricky", "rich", "richie"), "james": ("jim", "jimmy", "jamie"),
    "john": ("jack", "johnny"), "jonathan": ("jon",), "michael": ("mike", "mikey", "mick"),
    "thomas": ("tom", "tommy"), "joseph": ("joe", "joey"), "charles": ("charlie", "chuck"),
    "edward": ("ed", "eddie", "ted", "ned"), "theodore": ("ted", "teddy", "theo"), "anthony": ("tony",),
    "andrew": ("andy", "drew"), "alexander": ("alex", "sandy"), "alexandra": ("alex", "sandra", "sandy"),
    "benjamin": ("ben", "benny"), "bernard": ("bernie",), "christopher": ("chris", "kit"),
    "christine": ("chris", "tina"), "christina": ("chris", "tina"), "daniel": ("dan", "danny"),
    "david": ("dave", "davy"), "donald": ("don", "donnie"), "douglas": ("doug",),
    "elizabeth": ("liz", "beth", "betty", "lizzie", "eliza", "betsy"),
    "margaret": ("maggie", "peggy", "meg", "marge", "margie"), "katherine": ("kate", "katie", "kathy", "kat"),
    "catherine": ("kate", "katie", "cathy", "cate"), "kathleen": ("kate", "kathy"),
    "patricia": ("pat", "patty", "trish"), "patrick": ("pat", "paddy"), "peter": ("pete",),
    "philip": ("phil",), "samuel": ("sam", "sammy"), "samantha": ("sam",), "stephen": ("steve",),
    "steven": ("steve",), "gerald": ("jerry", "gerry"), "jerome": ("jerry",), "gregory": ("greg",),
    "harold": ("harry", "hal"), "henry": ("hank", "harry"), "lawrence": ("larry",),
    "leonard": ("leo", "len", "lenny"), "matthew": ("matt",), "nicholas": ("nick", "nicky"),
    "nathaniel": ("nate", "nat"), "nathan": ("nate",), "raymond": ("ray",), "ronald": ("ron", "ronnie"),
    "kenneth": ("ken", "kenny"), "timothy": ("tim",), "frederick": ("fred", "freddie"), "francis": ("frank",),
    "franklin": ("frank",), "gabriel": ("gabe",), "zachary": ("zach",), "victoria": ("vicky", "tori"),
    "jennifer": ("jen", "jenny"), "rebecca": ("becky",), "susan": ("sue", "susie"), "deborah": ("deb", "debbie"),
    "barbara": ("barb",), "dorothy": ("dot", "dottie"), "judith": ("judy",), "pamela": ("pam",),
    "valerie": ("val",), "abigail": ("abby",), "albert": ("al", "bert"), "alfred": ("al", "alf"),
    "vincent": ("vince", "vinny"), "mitchell": ("mitch",), "terence": ("terry",), "eugene": ("gene",),
    "walter": ("walt",), "ernest": ("ernie",), "louis": ("lou",), "isabel": ("izzy",), "jacob": ("jake",),
    "joshua": ("josh",), "nicole": ("nicky",), "cynthia": ("cindy",), "jessica": ("jess",),
    "frances": ("fran",), "joanne": ("jo",), "ann": ("annie",), "anne": ("annie",), "sarah": ("sally",),
    "mary": ("molly", "polly"), "virginia": ("ginny",), "carolyn": ("carol",), "randolph": ("randy",),
    "randall": ("randy",), "clifford": ("cliff",), "dennis": ("denny",), "russell": ("russ",),
    "gwendolyn": ("wendy",), "montgomery": ("monty",), "howard": ("howie",), "maurice": ("maury",),
}

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

# The article that may stand before a declared short form ("known as the HPG").
DEFINITE_ARTICLES = {"the"}

# Lower-case words that may join the capitalised words of one long name ("Council of the Baltic Sea States").
NAME_JOINERS = {"of", "the", "and", "for"}

# Phrases that declare a short form of the name before them ("the Harbour Authority, known as HBA").
ALIAS_CUES = {"known as", "also called", "or", "abbreviated", "abbreviated as", "aka"}

# Prepositions that start a description after a name ("Ilse Dravnik Center in Olbeck Falls").
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

# Given names borne (almost) only by men or only by women, the most frequent of each among English-speaking
# adults (U.S. Social Security and census first-name tables of the birth years 1930-1990, names with a
# clear majority of one sex). A 'she' speaker never resolves to "John Roe". Lower-case.
MASCULINE_GIVEN_NAMES: frozenset[str] = frozenset({
    "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
    "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
    "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
    "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel",
    "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose",
    "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold",
    "keith", "christian", "roger", "noah", "gerald", "carl", "sean", "austin", "arthur", "lawrence", "jesse",
    "dylan", "bryan", "joe", "billy", "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne",
    "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny", "bill",
    "bob", "jim", "mike", "tom", "dave", "steve", "chris", "dan", "tim", "jeff", "greg", "ted", "fred", "howard",
    "martin", "craig", "todd", "barry", "glenn", "leon", "marco", "mario", "luis", "carlos", "jorge", "miguel",
    "pedro", "antonio", "francisco", "ahmed", "mohammed", "muhammad", "ali", "omar", "hassan", "ivan", "sergei",
    "vladimir", "dmitry", "igor", "pierre", "hans", "klaus", "giuseppe", "giovanni", "hugh", "ian", "neil",
    "stuart", "nigel", "graham", "colin", "duncan", "simon", "oliver", "harry", "rick", "mitchell",
})
FEMININE_GIVEN_NAMES: frozenset[str] = frozenset({
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
    "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol",
    "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
    "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine",
    "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane",
    "virginia", "julie", "joyce", "victoria", "olivia", "christina", "lauren", "joan", "evelyn", "judith", "megan",
    "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara",
    "janice", "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn",
    "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte",
    "rose", "alexis", "kayla", "susie", "sue", "kate", "katie", "jane", "liz", "beth", "ellen", "eleanor", "louise",
    "claire", "caroline", "sally", "wendy", "tina", "tammy", "valerie", "monica", "vanessa", "erica", "erin",
    "stacey", "kristen", "kirsten", "elaine", "irene", "nora", "paula", "rita", "lucy", "nina", "carmen", "ana",
    "rosa", "sofia", "fatima", "aisha", "olga", "natalia", "svetlana", "irina", "tatiana", "ursula",
})
