"""Polish reported speech: speech verbs as written, attribution frames, quote marks, speaker pronouns.

Source: listed by the project from general knowledge of Polish news usage (reporting verbs: "powiedział",
"stwierdził", "podkreślił", "mówi"; the frames "według X", "zdaniem X"; the attribution dash "– powiedział X");
first moved from lang/en/speech.py (SPEECH_VERBS_PL), extended for issue 21; not taken from any corpus.
The past tense agrees with the speaker: the masculine forms are listed, the feminine, neuter and plural made by
swapping "ł" for "ła", "ło", "li", "ły" (powiedział -> powiedziała, powiedzieli, powiedziały), which is the
regular rule for these verbs; verbs in -eć make their masculine-personal plural in -eli (powiedzieli), and a stem
ending in a consonant ("ostrzegł"), so those forms are listed as they are.
"""

from __future__ import annotations

# Present tense (3rd person singular and plural) and irregular past forms.
SPEECH_VERBS: frozenset[str] = frozenset("""
    mówi mówią twierdzi twierdzą uważa uważają podkreśla podkreślają zaznacza zaznaczają dodaje dodają ocenia
    oceniają przekonuje przekonują wyjaśnia wyjaśniają tłumaczy tłumaczą zapewnia zapewniają ostrzega ostrzegają
    przyznaje przyznają stwierdza pisze piszą komentuje wskazuje apeluje zauważa przypomina
    ostrzegł ostrzegła ostrzegli rzekł rzekła
    powiedzieli zapowiedzieli odpowiedzieli przypomnieli
""".split())
# Masculine past forms (ending "ł"); the other genders and numbers follow SPEECH_PAST_ENDINGS.
SPEECH_GENDERED_PAST: frozenset[str] = frozenset("""
    powiedział stwierdził dodał ocenił podkreślił zaznaczył przekonywał wyjaśnił oświadczył zapowiedział
    poinformował przyznał zauważył mówił twierdził zapewnił przypomniał podkreślał tłumaczył odpowiedział
    napisał komentował skomentował dodawał zaznaczał relacjonował opowiadał uznał zdradził argumentował wskazał
    wskazywał apelował zaapelował stwierdzał ogłosił przekazał zadeklarował potwierdził zaprzeczył oznajmił
    wyjaśniał uważał zapewniał
""".split())
SPEECH_PAST_ENDINGS: tuple[str, ...] = ("ł", "ła", "ło", "li", "ły")

ACCORDING: tuple[str, ...] = ("według", "zdaniem", "w opinii", "cytowany przez", "cytowana przez", "jak mówi",
                              "jak twierdzi")
ACCORDING_PRONOUN: tuple[str, ...] = ("według niego", "według niej", "według nich", "jego zdaniem",
                                      "jej zdaniem", "ich zdaniem")

# Pronouns that can stand for a speaker (resolved to the nearest person name before the quote).
PERSON_PRONOUNS: frozenset[str] = frozenset({"on", "ona"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"oni", "one"})

# Polish quotes with „…” (the standard), «…» and »…« (some papers), "…" on the web.
QUOTE_PAIRS: dict[str, str] = {"„": "”“\"", "«": "»", "»": "«", "“": "”", "\"": "\""}
SPEAKER_DETERMINERS: frozenset[str] = frozenset()
CUE_CIRCUMSTANCE_WORDS: frozenset[str] = frozenset({"w", "we", "na", "podczas", "dla", "po", "przed", "z", "ze",
                                                    "do", "za", "o", "od", "przez", "u", "wczoraj", "dziś", "dzisiaj"})
QUOTE_COMPLEMENTIZERS: tuple[str, ...] = ("że",)
LONGEST_SPEAKER_NAME: int = 2
