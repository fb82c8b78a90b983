"""Lexicons for reported speech: speech verbs, honorifics, titles, role nouns, pronouns.

General linguistic resources only (no story knowledge). Code that uses them lives in
`newsdossier.analyze.quotes`; English verbs are listed as lemmas plus irregular forms and
inflected there, other languages list surface forms directly.

Source: compiled by the project from general English usage in news reporting (reporting-verb lists of
reference grammars). Moved from data/speech.py; the French, German, Polish and Russian speech verbs that
lived here moved to lang/<code>/speech.py.
"""

from __future__ import annotations

# English speech/attribution verbs (lemmas). Regular inflection (-s, -ed, -ing) is generated.
SPEECH_VERBS: tuple[str, ...] = (
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
    "disclose", "reveal", "contest", "dispute", "rebut",
    "elaborate", "sum", "put",
    # manner of speaking
    "shout", "yell", "scream", "chant", "exclaim", "exhort", "whisper", "mutter", "murmur",
    "bellow", "holler", "plead",
)

# Irregular English forms (lemma -> forms); everything else is inflected regularly.
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
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
PHRASAL_SPEECH: dict[str, tuple[str, ...]] = {
    "point": ("out",),
    "sum": ("up",),
    "put": ("it",),
    "go": ("on",),
    "continue": (),
}

# Verbs whose bare form is too ambiguous to be a cue on its own (need ccomp / quote adjacency).
WEAK_SPEECH: frozenset[str] = frozenset({
    "continue", "point", "put", "sum", "post", "fear", "hope", "expect", "feel", "consider",
    "doubt", "object", "counter", "report", "repeat", "answer", "ask", "describe", "judge",
})
# ... except after the clause they report ('X was headed to Olbeck, the Courier reported').
WEAK_AFTER_CLAUSE: frozenset[str] = frozenset({"report"})

# Verbs that characterise what someone said ("X described it as a '...'"); they license a
# partial quote of four or more words inside their clause.
CHARACTERISE_VERBS: frozenset[str] = frozenset({
    "call", "describe", "present", "label", "dub", "term", "brand", "characterise",
    "characterize", "refer", "portray", "denounce", "condemn", "hail", "praise", "blame",
    "accuse", "criticise", "criticize", "justify", "vow", "promise", "pledge", "urge",
})

# Verbs that end a colon-introduced speech paragraph ("This is how X sees it:").
INTRO_VERBS: frozenset[str] = frozenset({"see", "sees", "saw", "view", "views", "put", "puts"})

# Multi-word attribution prepositions.
ACCORDING: tuple[str, ...] = ("according to", "in the words of", "as quoted by", "quoting")

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
    "defense minister", "think tank", "fellow", "lecturer", "dean", "rector",
    "latter", "former", "man", "woman", "person", "people",
})

# Personal pronouns that can be resolved to a preceding person.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they", "them"})
# The grammatical gender of the person pronouns: a 'he' speaker never resolves to a person known to be a 'she'.
MASCULINE_PRONOUNS: frozenset[str] = frozenset({"he", "him"})
FEMININE_PRONOUNS: frozenset[str] = frozenset({"she", "her"})
# Words written with a name that say which pronoun its bearer takes: honorifics and gendered titles or roles
# ("Mr. Roe", "Congresswoman Roe", "Roe, his wife,"). Lower-case, abbreviations with and without the stop.
MASCULINE_NAME_WORDS: frozenset[str] = frozenset({
    "mr", "mr.", "sir", "lord", "king", "prince", "duke", "emperor", "congressman", "spokesman", "chairman",
    "businessman", "councilman", "assemblyman", "alderman", "policeman", "father", "husband", "son", "brother",
    "grandfather", "uncle", "nephew", "boyfriend", "widower", "actor", "sheikh", "pope", "monsignor",
})
FEMININE_NAME_WORDS: frozenset[str] = frozenset({
    "mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "duchess",
    "empress", "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "councilwoman", "assemblywoman",
    "policewoman", "mother", "wife", "daughter", "sister", "grandmother", "aunt", "niece", "girlfriend", "widow",
    "actress",
})
# Subjects that are never speakers of their own (quantifiers, expletives).
NON_SPEAKER_SUBJECTS: frozenset[str] = frozenset({
    "it", "this", "that", "these", "those", "which", "what", "who", "there", "many", "some",
    "few", "all", "most", "others", "everyone", "everybody", "anyone", "nobody", "no one",
    "someone", "somebody", "one", "each", "both", "i", "we", "you", "us", "me",
})
# Quantifiers that name a speaker when a group follows ('one of the witnesses said').
QUANTIFIER_SUBJECTS: frozenset[str] = frozenset({"many", "some", "few", "all", "most", "one", "each", "both"})

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

# ----------------------------------------------------------------------------- broad attribution
# Attribution in the wide sense used by attribution corpora: besides saying, the reported
# thoughts, beliefs, wishes, intentions, evaluations and communicative acts of a source.
# Used by `find_attributions` (kind "attitude" unless the cue is a speech verb with a clause).

# Verbs whose clausal complement (ccomp, "X believes (that) ...") is attributed content.
CLAUSE_ATTRIB_VERBS: frozenset[str] = frozenset(SPEECH_VERBS) | frozenset({
    "think", "believe", "know", "feel", "hope", "fear", "expect", "doubt", "suspect", "assume",
    "figure", "guess", "imagine", "presume", "suppose", "worry", "realize", "realise", "recognize",
    "recognise", "understand", "learn", "discover", "find", "show", "prove", "demonstrate",
    "reveal", "suggest", "indicate", "signal", "hint", "imply", "decide",
    "determine", "agree", "insist", "propose", "recommend", "request", "demand", "question",
    "wonder", "ask", "explain", "complain", "boast", "brag", "concede", "joke", "swear", "bet",
    "guarantee", "charge", "accuse", "allege",
    "contend", "maintain", "acknowledge", "admit", "confess", "emphasize", "emphasise",
    "reckon", "conclude", "caution", "warn", "remind", "tell", "inform", "assure", "convince",
    "persuade", "testify", "claim", "report", "announce", "confirm", "deny", "argue", "predict",
    "promise", "pledge", "vow", "threaten", "tweet", "post", "write", "note", "add", "say",
    "state", "declare", "reply", "respond", "answer", "stress", "continue", "repeat", "reiterate",
    "email", "reaffirm", "interject", "remember", "order", "retweet",
    "contemplate", "bemoan", "preach", "pronounce", "vouch", "document",
    "rule", "notice", "cite", "read", "calculate", "welcome", "forget", "outline",
    "discuss",
})

# Verbs with an infinitival complement (xcomp, "X wants to ...", "X vowed to ...").
XCOMP_ATTRIB_VERBS: frozenset[str] = frozenset({
    "want", "wish", "hope", "plan", "intend", "aim", "seek", "vow", "pledge",
    "promise", "threaten", "refuse", "decline", "agree", "offer", "decide", "prefer",
    "expect", "ask", "urge", "demand", "call", "encourage", "beg", "plead", "propose", "claim",
    "pretend", "swear", "resolve", "determine", "insist",
    "vote", "push", "press", "lobby", "campaign",
    "advise", "warn", "order", "instruct", "direct",
    "report", "suggest", "recall", "advocate", "tweet", "like", "oppose", "love",
    # 'looks to win', 'supports letting X', 'considered it to be', 'told him to leave', 'proved to be'
    "look", "support", "tell", "consider", "prove",
})

# Verbs whose object before the infinitive is the addressee, not part of the content ("told him to
# leave": the content is "to leave").
ADDRESSEE_VERBS: frozenset[str] = frozenset({
    "tell", "inform", "remind", "warn", "assure", "advise", "order", "instruct", "ask", "promise",
    "convince", "persuade",
})

# Verbs whose direct object is attributed content ("X criticised the plan", "X supports Y").
DOBJ_ATTRIB_VERBS: frozenset[str] = frozenset({
    "say", "announce", "declare", "claim", "deny", "admit", "acknowledge",
    "confirm", "mention", "report", "reveal", "disclose", "describe", "discuss",
    "explain", "express", "voice", "share", "repeat", "reiterate", "echo", "cite",
    "predict", "promise", "pledge", "vow", "propose", "suggest", "recommend", "urge", "demand",
    "request", "call", "label", "brand", "dub", "term", "name", "nickname", "characterize",
    "characterise", "portray", "paint", "support", "back", "endorse", "favor",
    "favour", "oppose", "reject", "dismiss", "disavow", "repudiate", "condemn", "denounce",
    "decry", "criticize", "criticise", "blast", "slam", "attack", "assail", "lambast",
    "chastise", "scold", "rebuke", "mock", "ridicule", "deride", "taunt", "insult", "praise",
    "laud", "hail", "applaud", "commend", "congratulate", "thank", "welcome",
    "defend", "blame", "accuse", "fault", "question", "challenge", "dispute", "doubt",
    "contest", "tout", "promote", "highlight", "stress", "emphasize", "emphasise", "underscore",
    "tweet", "recount", "recall", "like", "love", "hate", "dislike", "want",
    "prefer", "fear", "regret", "lament", "mourn", "apologize",
    "believe",
    "envision", "envisage", "imagine",

    "advocate", "embrace",
    "protest", "estimate", "reference", "quote", "view", "regard", "see",
    "list", "order", "invoke", "outline", "unveil", "chide", "bemoan", "reaffirm", "contemplate",
    "interpret", "document", "rebuff", "recite", "articulate", "downplay", "preach",
    "herald", "pronounce", "renounce", "retweet", "email", "chant", "shout", "yell",
    "brush", "liken", "attribute", "lash",
    "note", "rebut", "resist", "relish", "allege", "veto", "single", "bash", "tick", "foresee",
    "shrug", "refuse", "concede", "publicize", "publicise", "trumpet", "spotlight", "spell",
    "trash", "float", "foreshadow", "cheer", "boo",
    "post", "publish", "credit", "state", "deem", "withdraw", "withhold", "rip", "explore",
    "indicate", "disparage", "assert", "affirm", "justify",
    # showing, weighing and taking a position on something ('polls show Quenby ahead',
    # 'compared the plan to ...', 'ignored the warnings', 'accepted the nomination')
    "show", "display", "offer", "compare", "contrast", "accept", "ignore", "identify",
    "understand", "recognize", "recognise", "consider", "expect", "expose", "remind",
    "answer", "sign", "block",
})

# Verb + preposition whose object is attributed content ("called for", "talked about").
PREP_ATTRIB_VERBS: dict[str, frozenset[str]] = {
    "about": frozenset({"say", "write", "report", "open", "talk", "speak", "tweet", "complain", "worry", "warn", "ask",
                        "joke", "boast", "brag", "lie", "testify", "comment", "think", "care",
                        "know", "hear", "learn", "tell", "argue", "fret", "muse",
                        "speculate", "wonder", "rave", "rant", "post", "blog", "remark",
                        "inquire", "enquire", "question", "caution", "feel", "disagree", "rail",
                        "remember", "reminisce", "chat", "gripe", "grumble", "lecture",
                        "agree", "express", "raise", "voice", "protest"}),
    "for": frozenset({"rip", "rail", "point", "call", "push", "press", "argue", "advocate", "lobby", "campaign",
                      "plead", "beg", "ask", "appeal", "vote", "praise", "criticize",
                      "criticise", "blame", "fault", "thank", "apologize", "apologise",
                      "slam", "blast", "attack", "commend", "credit", "hope", "wish",
                      "root", "cheer", "demand", "endorse", "support", "pray",
                      "mock", "condemn", "chastise", "scold", "rebuke", "applaud", "laud",
                      "hail", "congratulate", "sue", "fire", "investigate", "vouch"}),
    "on": frozenset({"hit", "double", "touch", "challenge", "call", "comment", "focus", "insist", "reflect", "dwell", "elaborate",
                     "weigh", "remark", "harp", "agree", "disagree", "vote",
                     "criticize", "criticise", "attack", "pounce",
                     "bet", "press", "push",
                     "hammer", "blame", "frown", "waffle", "flip", "flop", "flip-flop"}),
    "against": frozenset({"defend", "come", "warn", "argue", "speak", "caution", "rail", "protest", "vote",
                          "campaign", "lobby", "testify", "rule", "push", "advise",
                          "inveigh", "lash"}),
    "of": frozenset({"learn", "speak", "think", "accuse", "warn", "approve", "disapprove", "boast",
                     "complain", "dream", "convince", "persuade", "remind", "inform",
                     "assure", "tell", "hear", "despair", "tire", "weary",
                     "repent", "suspect", "talk"}),
    "to": frozenset({"liken", "refer", "object", "respond", "reply", "point", "allude", "admit",
                     "confess", "agree", "testify", "appeal", "pledge", "commit",
                     "attest", "look"}),
    "at": frozenset({"hint", "lash", "jab", "swipe", "laugh", "scoff", "sneer", "jeer",
                     "rail", "poke", "marvel", "balk", "bristle",
                     "snap"}),
    "in": frozenset({"believe"}),
    "with": frozenset({"charge", "identify", "agree", "disagree", "side", "argue", "quarrel",
                       "differ", "sympathize", "sympathise", "concur", "spar"}),
    "over": frozenset({"argue", "fret", "worry", "spar", "feud", "quarrel",
                       "split", "differ", "agonize", "battle", "puzzle"}),
    "into": frozenset({"tear", "lay", "rip", "inquire"}),
    "from": frozenset({"distance"}),
    "by": frozenset({"respond"}),
    "behind": frozenset({"throw", "line"}),
    "upon": frozenset({"remark", "comment", "reflect", "insist"}),
    "as": frozenset({"cite", "point", "quote", "list", "name", "know", "attack", "defend", "position", "mention", "remember", "pitch", "distinguish", "describe", "characterize", "characterise", "portray", "label",
                     "dismiss", "brand", "paint", "cast", "see", "view", "regard",
                     "denounce", "hail", "praise", "present", "depict", "frame", "tout",
                     "criticize", "criticise"}),
}

# Words that are a whole answer when they follow a speech verb ('said yes', 'says so').
SHORT_ANSWERS: frozenset[str] = frozenset({"yes", "no", "so", "same", "otherwise", "nothing"})

# Particles that belong to the cue of a phrasal attribution verb ("pointed out", "lashed out").
CUE_PARTICLES: frozenset[str] = frozenset({"out", "up", "on", "down", "back", "off", "in",
                                              "forward", "over", "through", "around"})

# Nouns that name an attribution (nominalised speech, thought, evaluation).
ATTRIB_NOUNS: frozenset[str] = frozenset({
    "call", "support", "opposition", "position", "plan", "idea",
    "claim", "statement", "demand", "warning", "criticism", "accusation", "allegation",
    "charge", "belief", "view", "opinion", "report", "finding", "proposal", "plea",
    "insistence", "concern", "question", "message", "critique", "announcement", "estimate",
    "assessment", "prediction", "promise", "pledge", "vow", "threat", "assertion", "argument",
    "suggestion", "stance", "praise", "denial",
    "admission", "acknowledgment", "acknowledgement", "confirmation",
    "condemnation", "rejection", "endorsement", "comment", "remark",
    "suspicion", "fear", "hope", "wish", "desire", "intention", "intent", "decision",
    "determination", "conclusion", "conviction", "contention", "insinuation", "implication",
    "recommendation", "request", "appeal", "invitation", "instruction", "advice",
    "explanation", "description", "characterization", "complaint",
    "objection", "protest", "doubt", "skepticism", "scepticism", "assurance", "guarantee",
    "commitment",
    "proposition", "theory", "notion", "impression", "expectation", "worry",
    "anger", "frustration", "outrage", "disgust", "dismay", "disappointment", "enthusiasm",
    "admiration", "contempt", "disdain", "distrust", "mistrust",
    "rebuke", "rebuttal", "testimony",
    "tweet", "speech", "remarks", "comments", "rhetoric", "slogan",
    "insult", "jab", "swipe",

    "reluctance", "refusal", "willingness", "eagerness", "readiness", "ambition",
    "critic", "supporter", "opponent", "defender", "advocate", "proponent", "champion", "backer",
    "detractor", "admirer", "skeptic", "sceptic", "ally", "booster",
    "defense", "defence", "embrace", "mention", "endorsements", "accusations", "allegations",
    "attack", "attacks", "backlash", "outcry", "dig", "shot", "questions", "doubts", "concerns",
    "account", "favor", "favour", "sympathy", "vision", "offer",
})

# Attribution nouns too often merely descriptive with only a possessor ('his position on X',
# 'her support among voters') or with no source at all ('the decision to X').
POSS_WEAK_NOUNS: frozenset[str] = frozenset({"stance", "position", "message", "support"})
NOSRC_WEAK_NOUNS: frozenset[str] = frozenset({"decision", "willingness", "notion"})

# Light verbs whose subject is the source of their attribution-noun object
# ("X raised concerns about Y", "X made the claim that Y", "X issued a warning").
ATTRIBUTION_SUPPORT_VERBS: frozenset[str] = frozenset({
    "make", "raise", "express", "voice", "issue", "offer", "give", "have", "share", "reiterate",
    "repeat", "renew", "level", "lodge", "file", "deliver", "launch", "mount", "lead", "push",
    "float", "air", "put", "lay", "set", "outline", "unveil", "release", "publish", "post",
    "tweet", "send", "pose", "ask", "answer", "hold", "take", "adopt", "stake", "harbor",
    "harbour", "show", "display", "register", "signal", "draw", "earn", "receive", "face",
    "write", "pen", "sign", "add", "join", "echo", "double", "step", "ramp", "ratchet",
    "dismiss", "reject", "deny", "rebuff", "defend", "walk", "soften", "toughen", "continue",
})

# Prepositions linking an attribution noun to its content ("claims of", "call for").
ATTRIB_NOUN_PREPS: frozenset[str] = frozenset({"of", "about", "for", "on", "against",
                                                   "over", "that", "at", "toward",
                                                   "towards", "regarding", "concerning"})

# Asking verbs whose subjectless or passive use hides the questioner ('Asked whether ..., he said').
QUESTION_VERBS: frozenset[str] = frozenset({"ask", "question", "press", "quiz"})

# Verbs that attribute an impression or expectation without a speaker ("X seems ready to quit",
# "it appears that X").
RAISING_VERBS: frozenset[str] = frozenset({"seem", "appear"})

# Verbs whose passive reports a belief, expectation or description, often with no source written
# ("X is expected to win", "X is widely seen as ...", "X is known as ...").
PASSIVE_ATTRIB_VERBS: frozenset[str] = frozenset({
    "expect", "see", "know", "consider", "believe", "think", "say", "report", "view", "regard",
    "deem", "rumor", "rumour", "project", "predict", "estimate", "describe", "call",
    "label", "dub", "term", "brand", "ask", "title", "name", "judge",
    "portray", "characterize", "characterise", "tout", "hail", "criticize",
    "criticise", "accuse", "charge", "blame", "praise", "credit",
})

# Nouns naming a person by the stance they hold ("a fierce critic of X", "a supporter of Y").
AGENT_NOUNS: frozenset[str] = frozenset({
    "critic", "supporter", "opponent", "defender", "advocate", "proponent", "champion", "backer",
    "detractor", "admirer", "fan", "foe", "skeptic", "sceptic", "believer", "ally", "booster",
    "cheerleader", "enemy", "adversary",
})

# Adjectives whose subject holds an attitude toward the adjective's object or clause
# ("X is critical of Y", "X was confident that Y", "X is reluctant to Y").
ATTRIB_ADJECTIVES: frozenset[str] = frozenset({
    "critical", "supportive", "skeptical", "sceptical", "wary", "leery", "proud", "aware",
    "confident", "optimistic", "pessimistic", "hopeful", "upbeat", "bullish", "bearish",
    "concerned", "worried", "anxious", "nervous", "fearful", "afraid", "happy", "glad",
    "pleased", "satisfied", "unhappy", "disappointed", "dissatisfied", "frustrated", "angry",
    "furious", "upset", "outraged", "sure", "certain", "convinced", "adamant", "unsure",
    "uncertain", "doubtful", "eager", "keen", "willing", "unwilling", "reluctant",
    "determined", "intent", "opposed", "committed", "enthusiastic", "excited", "fond", "tired",
    "enamored", "enamoured", "impressed", "grateful", "thankful", "ashamed", "embarrassed",
    "sympathetic", "hostile", "receptive", "resistant", "cautious", "dismissive",
    "contemptuous", "suspicious", "mindful", "comfortable", "uncomfortable", "vocal",
    "hesitant", "insistent", "appreciative", "complimentary", "scornful", "disdainful",
    "alarmed", "troubled", "disturbed", "shocked", "surprised", "bitter",
})

# Paragraph labels before a colon that are not a speaker ("UPDATE: ...", "Photo: ...").
NON_SPEAKER_LABELS: frozenset[str] = frozenset({
    "update", "updated", "correction", "note", "editor's note", "editor’s note", "photo",
    "photos", "video", "watch", "read", "read more", "related", "source", "sources", "credit",
    "tags", "tag", "topics", "share", "follow", "listen", "see", "see also", "more", "also",
    "breaking", "exclusive", "live", "opinion", "analysis", "review", "summary", "background",
    "context", "disclosure", "disclaimer", "warning", "caption", "image", "images", "graphic",
    "chart", "map", "audio", "podcast", "transcript", "contact", "email", "phone", "address",
    "website", "link", "links", "subscribe", "sign up", "advertisement", "sponsored", "ps",
    "p.s.", "q", "a", "question", "answer", "example", "examples", "result", "results",
    "total", "date", "time", "location", "where", "when", "why", "how", "what", "who",
    "step", "part", "chapter", "section", "episode", "day", "week", "round", "fact",
    "facts", "bottom line", "the bottom line", "the verdict", "verdict", "quote", "the quote",
    "headline", "title", "byline", "dateline", "in brief", "key points", "highlights",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "today", "tonight", "yesterday", "tomorrow",
})

# Prepositions whose phrase after a cue's object tells the circumstances of speaking, not the
# content ('after the vote', 'during the debate'); TIME_PREPS only when the phrase holds a date
# or time ('on Monday', 'in an interview published Saturday', 'at a rally Tuesday').
CIRCUMSTANCE_PREPS = frozenset({"after", "before", "during", "since", "until", "till", "amid", "despite",
                                   "through"})
TIME_PREPS = frozenset({"in", "on", "at", "by", "from", "with"})

# Occasions of speaking: "in an interview", "at a rally" after a cue's object say where it was
# said (as do places: "in New York", "at the White House").
SPEAKING_OCCASIONS = frozenset({
    "speech", "interview", "statement", "debate", "rally", "meeting", "conference", "letter", "post",
    "tweet", "appearance", "event", "address", "hearing", "op-ed", "email", "video", "ad", "release",
    "forum", "visit", "message", "remarks", "session", "briefing", "broadcast", "podcast", "column",
    "editorial", "memo", "report", "sermon", "testimony", "stop", "luncheon", "dinner", "summit",
})

# Where something is said, after 'on': "on his radio show", "on Twitter", "on the campaign trail".
SPEAKING_MEDIA = frozenset({
    "show", "program", "programme", "twitter", "facebook", "instagram", "television", "tv", "radio", "air",
    "network", "website", "site", "blog", "channel", "page", "stage", "floor", "trail",
})

__all__ = [n for n in dir() if n.isupper()]

# Words the speaker and content rules read structurally (moved from the quotes code).
# Prepositions that open a speaker's affiliation ("Jane Roe from the Center for ...").
ROLE_PREPOSITIONS: frozenset[str] = frozenset({"from", "of", "at", "with", "for"})
# Lower-case words inside a capitalised noun phrase ("Institute of Eastern Studies"): the capitals
# after one of them end a phrase, not a name.
NAME_PHRASE_FUNCTION_WORDS: frozenset[str] = frozenset({
    "of", "for", "from", "at", "in", "with", "by", "the", "to", "on", "a", "an",
})
# First words of an apposition that is a role (", a political analyst,", ", former head of ...").
ROLE_OPENERS: frozenset[str] = frozenset({"a", "an", "the", "former", "then", "now", "head", "chief"})
# First words of what follows a name but is no role (a relative clause, a conjunction, 'referring').
NON_ROLE_OPENERS: frozenset[str] = frozenset({"who", "which", "that", "and", "but", "referring"})
# Adverbs between a speaker and the speech verb ("Roe also said").
SPEECH_ADVERBS: frozenset[str] = frozenset({"also", "then", "later", "once"})
# Relative pronouns; with FREE_RELATIVE_PRONOUNS, the pronouns that open a relative or free relative clause.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom"})
FREE_RELATIVE_PRONOUNS: frozenset[str] = frozenset({"what", "whose"})
# Subjects that name no source ("there is", "what matters", "here").
NON_SOURCE_WORDS: frozenset[str] = frozenset({"there", "what", "whatever", "whoever", "here"})
# Words opening a contrast set off at the end of a content ("..., while X"): the reporter's aside.
CONTRAST_MARKERS: frozenset[str] = frozenset({
    "while", "although", "though", "whereas", "compared", "even", "unlike", "despite",
})

# Attribution tails as written at the end of a sentence (", officials said."): a summary sentence may drop
# them when it quotes nobody. Surface forms, since the tail is matched on text.
ATTRIBUTION_TAILS: tuple[str, ...] = ("said", "says", "added", "told reporters", "told journalists", "reported",
                                      "stated", "noted", "explained")
# Words that open a time phrase after an attribution tail (", he said on Monday.").
ATTRIBUTION_TAIL_TIME_OPENERS: tuple[str, ...] = ("on", "last", "this")
# Past reporting verbs whose object points back to the sentence before ("said this", "announced it").
ANAPHORIC_REPORT_VERBS: tuple[str, ...] = ("stated", "said", "reported", "announced")

# Abbreviated titles and the title a later description repeats ("Sen. Roe ... the senator said"). Lower-case,
# without the full stop.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "capt": "captain", "adm": "admiral", "sgt": "sergeant", "pres": "president",
    "sec": "secretary", "atty": "attorney", "supt": "superintendent", "del": "delegate", "cmdr": "commander",
    "maj": "major", "prof": "professor", "dr": "doctor", "amb": "ambassador", "rev": "reverend",
}

# Words that make a title another office ("Vice President", "deputy director", "former senator"): a later
# "the president" does not repeat "Vice President Roe". Lower-case.
TITLE_RANK_MODIFIERS: frozenset[str] = frozenset({
    "vice", "deputy", "assistant", "associate", "under", "acting", "interim", "former", "ex", "lieutenant",
})

# Sentence adverbs set off by commas after a name ("Roe, however, said"): an aside, never the person's role.
DISCOURSE_ADVERBS: frozenset[str] = frozenset({
    "however", "meanwhile", "though", "too", "also", "nonetheless", "nevertheless", "instead", "moreover",
    "furthermore", "therefore", "indeed", "still", "then", "now", "again", "likewise", "otherwise",
})

# ----------------------------------------------------------------------------- surface attribution (other languages)
# The concepts below are read by the surface quote finder (analyze/quotes/ml.py) that serves languages without an
# English parse; English defines them as the reference (lang/__init__.py) but its own rules never read them.
# Past participles that are a speech cue after an auxiliary ("ha dicho", "ha detto", "a déclaré"). English
# inflects lemmas instead (analyze/quotes/lexicon.py).
SPEECH_PARTICIPLES: frozenset[str] = frozenset()
SPEECH_AUXILIARIES: frozenset[str] = frozenset({"has", "had", "have"})
# Slavic past tenses agree with the speaker in gender and number (powiedział / powiedziała / powiedzieli): the
# masculine singular forms are listed, the others made by swapping its ending for each of SPEECH_PAST_ENDINGS
# (the masculine ending first). English has no such agreement.
SPEECH_GENDERED_PAST: frozenset[str] = frozenset()
SPEECH_PAST_ENDINGS: tuple[str, ...] = ()
# Attribution frames whose speaker is a pronoun ("according to him"): resolved like a pronoun speaker.
ACCORDING_PRONOUN: tuple[str, ...] = ("according to him", "according to her", "according to them")
# Quote marks: opening mark -> the closing marks it takes in this language.
QUOTE_PAIRS: dict[str, str] = {"“": "”", "\"": "\"", "‘": "’"}
# Determiners opening a descriptive speaker ("the mayor") where no name follows the cue.
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"the", "a", "an"})
# Words right after a speech verb that open a circumstance (where, when, to whom): no speaker name follows them
# in the clause ("said in an interview with Radio X" — Radio X is no speaker).
CUE_CIRCUMSTANCE_WORDS: frozenset[str] = frozenset({"in", "at", "on", "to", "during", "after", "before", "from",
                                                    "with", "for"})
# Longest capitalised run taken whole as a speaker's name; a longer run holds a capitalised role or place before
# the name ("Foreign Secretary Jane Roe"): its last two words are the name.
LONGEST_SPEAKER_NAME: int = 4
# The conjunction that opens a reported clause, which may be a partial quote ('said that "..."').
QUOTE_COMPLEMENTIZERS: tuple[str, ...] = ("that",)
