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
