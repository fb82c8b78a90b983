"""Lexicons for reported speech: speech verbs, honorifics, titles, role nouns, pronouns.

General linguistic resources only (no story knowledge). Code that uses them lives in
`newsdossier.analyze.quotes`; English verbs are listed as lemmas plus irregular forms and
inflected there, other languages list surface forms directly.
"""

from __future__ import annotations

# English speech/attribution verbs (lemmas). Regular inflection (-s, -ed, -ing) is generated.
SPEECH_VERBS_EN: tuple[str, ...] = (
    "say", "tell", "state", "add", "note", "explain", "assess", "argue", "claim", "warn",
    "stress", "emphasise", "emphasize", "insist", "judge", "believe", "think", "announce",
    "declare", "comment", "remark", "admit", "acknowledge", "confirm", "deny", "reply",
    "respond", "write", "tweet", "assure", "promise", "suggest", "observe", "conclude",
    "contend", "maintain", "recall", "report", "inform", "predict", "estimate", "reckon",
    "mention", "indicate", "underline", "underscore", "highlight", "caution", "agree",
    "disagree", "complain", "concede", "allege", "assert", "affirm", "reiterate", "repeat",
    "continue", "answer", "ask", "wonder", "speculate", "forecast", "opine", "specify",
    "clarify", "summarise", "summarize", "describe", "recount", "testify", "vow", "pledge",
    "threaten", "urge", "demand", "proclaim", "boast", "lament", "quip", "joke", "muse",
    "retort", "counter", "object", "protest", "fear", "hope", "doubt", "expect", "feel",
    "consider", "evaluate", "posit", "point", "post", "blog",
    "announce", "disclose", "reveal", "acknowledge", "contest", "dispute", "rebut",
    "explain", "elaborate", "sum", "put",
)

# Irregular English forms (lemma -> forms); everything else is inflected regularly.
IRREGULAR_FORMS_EN: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "think": ("think", "thinks", "thought", "thinking"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    "put": ("put", "puts", "putting"),
    "sum": ("sum", "sums", "summed", "summing"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "blog": ("blog", "blogs", "blogged", "blogging"),
    "admit": ("admit", "admits", "admitted", "admitting"),
}

# Verbs that need a particle to count as speech ("pointed out", "went on", "summed up").
PHRASAL_SPEECH_EN: dict[str, tuple[str, ...]] = {
    "point": ("out",),
    "sum": ("up",),
    "put": ("it",),
    "go": ("on",),
    "continue": (),
}

# Verbs whose bare form is too ambiguous to be a cue on its own (need ccomp / quote adjacency).
WEAK_SPEECH_EN: frozenset[str] = frozenset({
    "continue", "point", "put", "sum", "post", "fear", "hope", "expect", "feel", "consider",
    "doubt", "object", "counter", "report", "repeat", "answer", "ask", "describe", "judge",
})

# Verbs that characterise what someone said ("X described it as a '...'"); they license a
# partial quote of four or more words inside their clause.
CHARACTERISE_VERBS_EN: frozenset[str] = frozenset({
    "call", "describe", "present", "label", "dub", "term", "brand", "characterise",
    "characterize", "refer", "portray", "denounce", "condemn", "hail", "praise", "blame",
    "accuse", "criticise", "criticize", "justify", "vow", "promise", "pledge", "urge",
})

# Verbs that end a colon-introduced speech paragraph ("This is how X sees it:").
INTRO_VERBS_EN: frozenset[str] = frozenset({"see", "sees", "saw", "view", "views", "put", "puts"})

# Multi-word attribution prepositions.
ACCORDING_EN: tuple[str, ...] = ("according to", "in the words of", "as quoted by", "quoting")

# Other languages: surface forms (for later use).
SPEECH_VERBS_FR: frozenset[str] = frozenset({
    "dit", "a dit", "déclare", "a déclaré", "affirme", "a affirmé", "explique", "a expliqué",
    "estime", "a estimé", "souligne", "a souligné", "ajoute", "a ajouté", "assure", "a assuré",
    "indique", "a indiqué", "précise", "a précisé", "juge", "a jugé", "confie", "a confié",
    "analyse", "martèle", "note", "observe", "prévient", "rappelle", "répond", "selon", "d'après",
})
SPEECH_VERBS_DE: frozenset[str] = frozenset({
    "sagt", "sagte", "gesagt", "erklärt", "erklärte", "betont", "betonte", "meint", "meinte",
    "sprach", "fügte", "hinzu", "warnt", "warnte", "berichtet", "berichtete", "teilte", "mit",
    "kritisiert", "kritisierte", "schreibt", "schrieb", "laut", "zufolge", "so",
})
SPEECH_VERBS_PL: frozenset[str] = frozenset({
    "powiedział", "powiedziała", "mówi", "mówił", "mówiła", "stwierdził", "stwierdziła",
    "dodał", "dodała", "ocenił", "oceniła", "podkreślił", "podkreśliła", "zaznaczył",
    "zaznaczyła", "przekonywał", "wyjaśnił", "wyjaśniła", "oświadczył", "oświadczyła",
    "uważa", "według", "zdaniem",
})
SPEECH_VERBS_RU: frozenset[str] = frozenset({
    "сказал", "сказала", "заявил", "заявила", "отметил", "отметила", "подчеркнул",
    "подчеркнула", "добавил", "добавила", "считает", "говорит", "пояснил", "пояснила",
    "сообщил", "сообщила", "по словам", "как считает",
})
SPEECH_VERBS_BY_LANG: dict[str, frozenset[str]] = {
    "fr": SPEECH_VERBS_FR, "de": SPEECH_VERBS_DE, "pl": SPEECH_VERBS_PL, "ru": SPEECH_VERBS_RU,
}

# Honorifics kept as part of a written name ("Mr Smith").
HONORIFICS: frozenset[str] = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "prof", "prof.",
    "sir", "dame", "lord", "lady", "m.", "mme", "mme.", "mlle", "herr", "frau", "pan", "pani",
    "señor", "señora", "sr.", "sra.", "gospodin",
})

# Titles placed before a name; they go to the speaker's role, not the name.
TITLES: frozenset[str] = frozenset({
    "president", "vice-president", "premier", "prime", "minister", "chancellor", "secretary",
    "general", "gen.", "colonel", "col.", "major", "maj.", "captain", "capt.", "lieutenant",
    "lt.", "admiral", "adm.", "marshal", "sergeant", "sgt.", "commander", "senator", "sen.",
    "representative", "rep.", "congressman", "congresswoman", "governor", "gov.", "mayor",
    "ambassador", "judge", "justice", "king", "queen", "prince", "princess", "emperor",
    "sheikh", "emir", "pope", "cardinal", "bishop", "archbishop", "father", "rabbi", "imam",
    "patriarch", "chairman", "chairwoman", "chair", "director", "professor", "spokesman",
    "spokeswoman", "spokesperson", "deputy", "defense", "defence", "foreign", "interior",
    "finance", "state", "head", "chief", "leader", "ceo", "mp", "mep", "prosecutor",
    "attorney", "detective", "inspector", "officer", "agent", "coach", "dean", "rector",
})

# Nouns that denote a person by role (for "the analyst said", appositions, noun-phrase speakers).
ROLE_NOUNS: frozenset[str] = frozenset({
    "analyst", "expert", "specialist", "researcher", "scholar", "scientist", "academic",
    "professor", "economist", "historian", "political scientist", "sociologist", "lawyer",
    "spokesman", "spokeswoman", "spokesperson", "official", "minister", "president",
    "premier", "chancellor", "general", "commander", "officer", "soldier", "diplomat",
    "ambassador", "envoy", "negotiator", "secretary", "senator", "lawmaker", "legislator",
    "deputy", "mp", "politician", "mayor", "governor", "leader", "chief", "head", "director",
    "chairman", "chairwoman", "chair", "founder", "ceo", "executive", "manager", "editor",
    "journalist", "reporter", "correspondent", "commentator", "columnist", "observer",
    "critic", "activist", "campaigner", "witness", "resident", "student", "teacher",
    "doctor", "physician", "nurse", "source", "insider", "representative", "adviser",
    "advisor", "consultant", "strategist", "candidate", "opposition", "member", "judge",
    "prosecutor", "investigator", "police", "policeman", "spokesmen", "worker", "farmer",
    "protester", "demonstrator", "organiser", "organizer", "veteran", "citizen", "voter",
    "author", "writer", "blogger", "owner", "entrepreneur", "banker", "trader", "investor",
    "president-elect", "prime minister", "foreign minister", "defence minister",
    "defense minister", "think tank", "researcher", "fellow", "lecturer", "dean", "rector",
    "latter", "former", "man", "woman", "person", "people",
})

# Personal pronouns that can be resolved to a preceding person.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they", "them"})
# Subjects that are never speakers of their own (quantifiers, expletives).
NON_SPEAKER_SUBJECTS: frozenset[str] = frozenset({
    "it", "this", "that", "these", "those", "which", "what", "who", "there", "many", "some",
    "few", "all", "most", "others", "everyone", "everybody", "anyone", "nobody", "no one",
    "someone", "somebody", "one", "each", "both", "i", "we", "you", "us", "me",
})

# Capitalised words that start sentences but are never (the start of) a name.
NON_NAME_CAPITALS: frozenset[str] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "here", "there", "it", "he", "she",
    "they", "we", "i", "you", "his", "her", "their", "our", "its", "my", "your", "in", "on",
    "at", "as", "for", "from", "with", "by", "of", "to", "and", "but", "or", "so", "yet",
    "after", "before", "when", "while", "if", "although", "though", "because", "since",
    "according", "meanwhile", "however", "moreover", "also", "then", "now", "today",
    "yesterday", "tomorrow", "last", "next", "what", "who", "why", "how", "where", "which",
    "some", "many", "most", "all", "no", "not", "one", "two", "three", "said", "says",
    "asked", "speaking", "quoted", "citing", "both", "either", "neither", "such", "other",
    "another", "every", "each", "more", "less", "still", "even", "only", "just", "well",
    "yes", "oh", "ah", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
})

# Lowercase particles inside names ("Ursula von der Leyen", "Charles de Gaulle").
NAME_CONNECTORS: frozenset[str] = frozenset({
    "de", "da", "di", "du", "del", "della", "dos", "das", "van", "von", "der", "den", "ter",
    "la", "le", "bin", "ibn", "al", "el", "ben", "y", "zu", "af",
})

__all__ = [n for n in dir() if n.isupper()]
