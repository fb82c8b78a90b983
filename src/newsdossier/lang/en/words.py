"""English words that carry no content of their own, for comparing what two sentences are about.

Source: compiled by the project from general usage (function words, reporting verbs, numerals and calendar
words); moved from crossdoc/timeline.py.
"""

# Words that never identify a happening: two reports sharing them are not about the same thing (function words,
# reporting verbs, small numerals, calendar words).
STOP_WORDS = set(
    "a an the and or but if of to in on at by for with from as is are was were be been being it its this that "
    "these those he she they we you i his her their our your them him us not no so than then there here who whom "
    "which what when where why how will would shall should can could may might must have has had do does did "
    "said says say also about after before over under into out up down more most some any all such only other "
    "very just one two three first last next new week day month year today yesterday tomorrow thursday monday "
    "tuesday wednesday friday saturday sunday january february march april june july august september october "
    "november december".split()
)

# Verbs too general to identify a happening by themselves (reporting, copula, light verbs), as lemmas.
LIGHT_VERBS = {"be", "have", "do", "say", "tell", "state", "add", "report", "note", "make", "take", "get", "go",
               "come", "give", "announce", "claim", "write", "speak", "explain", "confirm", "accord", "quote"}

# Pronouns and other words that never name anyone by themselves, whatever their case (a pronoun opening a
# sentence is not a name).
PRONOUNS = {"i", "me", "my", "we", "our", "you", "your", "he", "him", "his", "she", "her", "hers", "it", "its",
            "they", "them", "their", "this", "that", "these", "those", "who", "which", "what", "here", "there",
            "himself", "herself", "itself", "themselves", "someone", "everyone", "anyone", "nobody"}

# Prepositions an annotated name span may open with ("in Olbeck Falls"): not part of the name.
LEADING_PREPOSITIONS = {"in", "at", "on", "near", "from", "to", "into", "inside", "outside", "of", "by", "for",
                        "with", "across", "throughout", "off", "around"}

# Prepositions that begin a locative modifier after a name ("Center in Olbeck Falls"): the name ends there.
LOCATIVE_PREPOSITIONS = {"in", "at", "near"}

# Discourse connectives that open a sentence and tie it to the one before ("However, ..."): a summary
# sentence shown on its own drops them.
CONNECTIVES = ("however", "meanwhile", "but", "and", "also", "moreover", "furthermore", "in addition", "still", "yet",
               "nevertheless", "separately", "at the same time", "so", "then", "besides", "indeed")

# Words opening a sentence that point back to the one before ("This ...", "He ..."): such a sentence does not
# stand alone in a summary.
ANAPHORIC_OPENERS = ("this", "these", "that", "those", "it", "he", "she", "they", "his", "her", "their")

# Words never a name on their own, capitalised or not, that spaCy's stop-word list of the language lacks
# (analyze/function_words.py drops a mention made of them). English: spaCy's list already holds them.
NEVER_NAMES = frozenset()
