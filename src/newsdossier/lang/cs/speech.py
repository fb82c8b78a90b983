"""Czech reported speech: speech verbs as written, attribution frames, quote marks, speaker pronouns.

Source: listed by the project from general knowledge of Czech news usage (reporting verbs: "řekl", "uvedl",
"prohlásil", "dodal"; the frames "podle X", "slovy X"; „…“ quotes); not taken from any corpus. The past tense
agrees with the speaker: the masculine forms (ending "l") are listed, the feminine, neuter and plural made by
swapping "l" for "la", "lo", "li", "ly" (řekl -> řekla, řekli, řekly).
"""

from __future__ import annotations

SPEECH_VERBS: frozenset[str] = frozenset("""
    říká říkají uvádí uvádějí tvrdí míní dodává upozorňuje zdůrazňuje vysvětluje píše soudí
    konstatuje poznamenává
""".split())
SPEECH_GENDERED_PAST: frozenset[str] = frozenset("""
    řekl uvedl prohlásil dodal sdělil zdůraznil konstatoval poznamenal vysvětlil napsal odpověděl upozornil
    připomněl potvrdil ocenil varoval tvrdil podotkl doplnil zopakoval vzkázal oznámil přiznal komentoval
    okomentoval nastínil zmínil upřesnil ujistil slíbil informoval prohlašoval říkal uváděl
""".split())
SPEECH_PAST_ENDINGS: tuple[str, ...] = ("l", "la", "lo", "li", "ly")

ACCORDING: tuple[str, ...] = ("podle", "slovy", "dle", "jak uvedl", "jak uvedla", "jak řekl", "jak řekla")
ACCORDING_PRONOUN: tuple[str, ...] = ("podle něj", "podle ní", "podle nich", "podle něho", "jeho slovy",
                                      "jejími slovy")

PERSON_PRONOUNS: frozenset[str] = frozenset({"on", "ona"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"oni", "ony"})

# Czech quotes with „…“ (the standard), ‚…‘ inside them, »…« in some print, "…" on the web.
QUOTE_PAIRS: dict[str, str] = {"„": "“”\"", "‚": "‘’", "»": "«", "“": "”", "\"": "\""}
SPEAKER_DETERMINERS: frozenset[str] = frozenset()
CUE_CIRCUMSTANCE_WORDS: frozenset[str] = frozenset({"v", "ve", "na", "pro", "během", "po", "před", "s", "se", "k",
                                                    "ke", "při", "o", "od", "za", "u", "včera", "dnes", "také", "rovněž"})
QUOTE_COMPLEMENTIZERS: tuple[str, ...] = ("že",)
LONGEST_SPEAKER_NAME: int = 2
