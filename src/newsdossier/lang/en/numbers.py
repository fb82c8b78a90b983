"""Amounts in English: approximators, number words, multipliers, vague amounts, percent and currency words,
range words, and the words that tell what a count counts. Used by `newsdossier.analyze.quantities`.

Source: compiled by the project from general English usage (style guides' number conventions, everyday
approximators and vague amounts, with deliberately wide documented intervals); moved from
analyze/quantities.py.

Overlap to reconcile: `lang/en/time.py` (temporal stage) keeps its own `NUMBER_WORDS` (one..ninety,
hundred, "a"/"an" = 1, "half"), `VAGUE_NUMBERS` and `UNITS` (time units for durations). Here the number
words are `CARDINAL_WORDS` (zero..ninety, no articles) + `MULTIPLIERS` (hundred, thousand...), and
`DURATION_NOUNS` lists the nouns of time after which a number is a duration, not a count.
"""

# approximator phrase before a number -> qualifier (exact|about|nearly|up-to|less-than|more-than|at-least)
APPROXIMATORS = {
    "about": "about", "around": "about", "roughly": "about", "some": "about",
    "approximately": "about", "approx.": "about", "approx": "about", "circa": "about",
    "ca.": "about", "an estimated": "about", "estimated": "about", "regarding": "about",
    "round about": "about", "in the region of": "about", "on the order of": "about",
    "something like": "about", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "just under": "nearly", "approaching": "nearly", "up to": "up-to", "no more than": "up-to",
    "not more than": "up-to", "at most": "up-to", "as many as": "up-to", "a maximum of": "up-to",
    "less than": "less-than", "fewer than": "less-than", "under": "less-than",
    "below": "less-than", "more than": "more-than", "over": "more-than", "above": "more-than",
    "in excess of": "more-than", "upwards of": "more-than", "just over": "more-than",
    "well over": "more-than", "well above": "more-than", "at least": "at-least",
    "no fewer than": "at-least", "no less than": "at-least", "not less than": "at-least",
    "a minimum of": "at-least",
}

# after the number: "2,000 or more", "200 or so", "500-odd"
POST_QUALIFIERS = {"or more": "at-least", "or so": "about", "plus": "at-least", "-odd": "about",
                   "odd": "about", "or fewer": "up-to", "or less": "up-to", "at least": "at-least",
                   "at most": "up-to"}

# spelled-out numbers below a hundred; compounds ("twenty-five") are read from two of them
CARDINAL_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9,
               "trillion": 1e12, "dozen": 12}
# short multipliers glued to digits: "3bn", "500k"
MULTIPLIER_ABBREVIATIONS = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
# "a hundred", "an estimated ..." : the article stands for one before a multiplier
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# "two hundred and fifty"
NUMBER_CONJUNCTIONS = frozenset({"and"})

# vague amounts -> (low, high): documented intervals, deliberately wide
VAGUE_AMOUNTS = {
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "tens of millions": (20e6, 99.999e6), "hundreds of millions": (200e6, 999.999e6),
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "millions": (2e6, 999e6), "billions": (2e9, 999e9), "a handful": (2, 5),
    "several": (3, 9), "a few": (2, 5), "a couple": (2, 3), "a couple of": (2, 3),
}
# "several hundred" = factor x multiplier
VAGUE_FACTORS = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 3), "a couple": (2, 3)}

PERCENT_WORDS = frozenset({"percent", "per cent", "pct", "pc", "percentage points", "percentage point"})

# range words: "100 to 200", "two or three", "between 8 and 10", "from 100 to 200" (a span, not a range)
RANGE_TO_WORDS = frozenset({"to"})
RANGE_OR_WORDS = frozenset({"or"})
BETWEEN_WORDS = ("between", "and")
RANGE_FROM_WORDS = frozenset({"from"})

# currency names written after a number ("300 dollars") -> the currency as a unit
CURRENCY_WORDS = {"dollars": "dollar", "euros": "euro", "pounds": "pound", "roubles": "rouble",
                  "rubles": "ruble", "yuan": "yuan"}

# nouns of time: a number counting them is a duration, not a claim about a count
DURATION_NOUNS = frozenset({
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
    "day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs",
    "decade", "decades", "century", "centuries", "fortnight", "fortnights", "night",
    "nights", "weekend", "weekends", "semester", "quarter", "quarters", "millennium",
})

# ages are not counts: "69-year-old", "aged 45", "18 of age" (regular expressions on the lower-cased text)
AGE_PATTERNS = (
    r"(?<![\w.,])\d{1,3}\s*-?\s*years?\s*-?\s*old\b",
    r"\baged?\s+\d{1,3}\b",
    r"(?<![\w.,])\d{1,3}\s+of\s+age\b",
)

# words introducing a reference number, not a count ("article 5", "flight 17")
REFERENCE_WORDS = frozenset({
    "no", "no.", "nr", "nr.", "number", "#", "article", "art", "section", "chapter",
    "page", "p", "pp", "paragraph", "item", "room", "flight", "route", "line",
    "platform", "bus", "highway", "road", "resolution", "decree", "order", "law",
    "act", "vol", "volume", "issue", "episode", "season", "level", "grade", "class",
    "step", "phase", "stage", "round", "version", "model", "type", "size", "gate",
    "terminal", "block", "building", "apartment", "floor", "unit", "lot", "case",
    "file", "code", "figure", "fig", "table", "part", "point", "verse", "psalm",
    "world war", "covid", "top", "g", "channel", "km", "kilometre", "kilometer",
    "mile", "minus", "plus",
})

# function words and quantifiers: a capitalised one before a number starts a sentence or a phrase, not a name
NON_UNIT_WORDS = frozenset({
    "the", "a", "an", "to", "and", "or", "but", "of", "in", "on", "at", "by", "for", "from",
    "with", "as", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
    "will", "would", "could", "should", "may", "might", "must", "can", "shall", "do", "does",
    "did", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its",
    "they", "their", "them", "he", "she", "his", "her", "we", "our", "you", "your", "i",
    "than", "then", "so", "if", "not", "no", "all", "more", "less", "per", "into", "onto",
    "about", "over", "under", "up", "down", "out", "off", "after", "before", "since",
    "while", "when", "where", "there", "here", "also", "only", "just", "each", "every",
    "other", "another", "such", "some", "any", "many", "much", "most", "few", "several",
})

# event nouns whose "of"-argument is what they affect: "the arrest of 8,000 people" -> "arrested"
NOMINAL_EVENTS = {
    "arrest": "arrested", "detention": "detained", "detainment": "detained",
    "killing": "killed", "murder": "murdered", "death": "died", "injury": "injured",
    "wounding": "wounded", "evacuation": "evacuated", "deployment": "deployed",
    "dispatch": "dispatched", "release": "released", "deportation": "deported",
    "expulsion": "expelled", "capture": "captured", "execution": "executed",
    "rescue": "rescued", "dismissal": "dismissed", "firing": "fired", "layoff": "laid off",
    "hospitalisation": "hospitalised", "hospitalization": "hospitalized",
    "displacement": "displaced", "withdrawal": "withdrawn", "abduction": "abducted",
    "kidnapping": "kidnapped", "infection": "infected", "vaccination": "vaccinated",
    "conviction": "convicted", "sentencing": "sentenced", "imprisonment": "imprisoned",
    "mobilisation": "mobilised", "mobilization": "mobilized", "recruitment": "recruited",
    "hiring": "hired", "employment": "employed", "interrogation": "interrogated",
    "questioning": "questioned", "identification": "identified", "prosecution": "prosecuted",
    "extradition": "extradited", "relocation": "relocated", "transfer": "transferred",
}

# verbs that say little about what is counted when they govern an active subject (lemmas)
UNINFORMATIVE_VERBS = frozenset({
    "be", "have", "do", "begin", "start", "continue", "remain", "become", "seem",
    "appear", "stay", "get", "make", "take", "go", "come", "say", "tell",
    "include", "keep", "stand", "sit", "want", "try", "need", "use", "see",
})

# lemma -> past participle, where adding -ed is wrong
IRREGULAR_PARTICIPLES = {
    "leave": "left", "send": "sent", "hold": "held", "keep": "kept", "take": "taken",
    "give": "given", "see": "seen", "find": "found", "lose": "lost", "hurt": "hurt",
    "put": "put", "bring": "brought", "catch": "caught", "shoot": "shot", "flee": "fled",
    "die": "died", "lay": "laid", "fight": "fought", "seize": "seized", "drive": "driven",
    "write": "written", "break": "broken", "choose": "chosen", "steal": "stolen",
    "beat": "beaten", "build": "built", "buy": "bought", "sell": "sold", "pay": "paid",
}

# adjectives after a counted noun that say what happened to it: "thousands injured", "dozens dead"
STATE_ADJECTIVES = frozenset({"dead", "injured", "wounded", "missing"})

# nouns used only in the plural sense when counted: kept as written ("troops", not "troop")
PLURAL_ONLY_NOUNS = frozenset({
    "troops", "people", "police", "personnel", "forces", "arms", "cattle",
    "clergy", "staff", "military", "militia", "youth", "kin", "folk", "folks",
})

# Claims across documents (crossdoc/claims.py): synonym families for counted nouns, so "2,300 soldiers" meets
# "more than 2,000 troops"; one canonical name per family.
COUNTED_NOUN_FAMILIES = {
    "troops": frozenset({"troops", "troop", "soldier", "soldiers", "force", "forces", "serviceman",
                         "servicemen", "servicemember", "servicemembers", "personnel", "military",
                         "contingent", "peacekeeper", "peacekeepers", "paratrooper", "paratroopers",
                         "battalion", "brigade", "regiment", "marine", "marines", "reservist",
                         "reservists", "conscript", "conscripts"}),
    # armed non-state actors, however the source labels them
    "fighters": frozenset({"fighter", "fighters", "militant", "militants", "combatant", "combatants",
                           "gunman", "gunmen", "insurgent", "insurgents", "rebel", "rebels", "bandit",
                           "bandits", "terrorist", "terrorists", "guerrilla", "guerrillas", "extremist",
                           "extremists", "jihadist", "jihadists", "mercenary", "mercenaries"}),
    "people": frozenset({"people", "person", "persons", "individual", "individuals", "civilian",
                         "civilians", "resident", "residents", "citizen", "citizens", "inhabitant",
                         "inhabitants"}),
    "protesters": frozenset({"protester", "protesters", "protestor", "protestors", "demonstrator",
                             "demonstrators", "rioter", "rioters", "participant", "participants"}),
}
# ... and for the events that affect what is counted ("terrorists arrested" meets "people detained")
EVENT_FAMILIES = {
    "detained": frozenset({"detained", "arrested", "apprehended", "held", "jailed", "imprisoned",
                           "captured", "rounded up", "taken into custody", "interned"}),
    "killed": frozenset({"killed", "dead", "died", "slain", "murdered", "perished", "lost"}),
    "injured": frozenset({"injured", "wounded", "hurt", "hospitalised", "hospitalized"}),
    "deployed": frozenset({"deployed", "sent", "dispatched", "arrived", "stationed", "posted"}),
    "evacuated": frozenset({"evacuated", "displaced", "fled", "relocated"}),
    "released": frozenset({"released", "freed", "pardoned"}),
    "charged": frozenset({"charged", "indicted", "prosecuted", "sentenced", "convicted"}),
}
# endings of nouns for humans ("analyst", "worker", "employee"): "people" is their hypernym
HUMAN_NOUN_SUFFIXES = ("ist", "ists", "er", "ers", "or", "ors", "ian", "ians", "ant", "ants", "ent", "ents",
                       "ee", "ees", "man", "men")

# Claims: nouns naming a poll or survey; a name inside such a phrase ("a Harwick University poll") is the
# figure's source, and figures from different polls are different claims (analyze/quantities/about.py).
POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "pollster", "pollsters", "census", "tracking poll",
                        "exit poll", "exit polls", "opinion poll", "barometer"})

# The relative tolerance an approximator gives its number ("about 2,000" -> 1,800-2,200; "nearly 2,000" ->
# 1,800-2,000): how far from the stated figure the true figure is read to lie. The usual rounding of news
# figures to two significant digits is about 5-10%; a rule of thumb, not a measured value.
APPROXIMATOR_TOLERANCES = {"about": 0.10, "nearly": 0.10}
