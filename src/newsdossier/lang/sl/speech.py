"""Slovene reported speech: speech verbs as written, attribution frames, quote marks, speaker pronouns.

Source: listed by the project from general knowledge of Slovene news usage (reporting verbs: "je dejal",
"je povedal", "je izjavil", "pravi"; the frames "po besedah X", "po mnenju X"; „…“ and »…« quotes); not taken
from any corpus. The past is an l-participle after the clitic "je"/"so" ("je dejal", "so dejali"; the clitic
may stand apart: "je še dodal", "dejal je"), so the participle itself is the cue; it agrees with the speaker:
the masculine forms (ending "l") are listed, the others made by swapping "l" for "la", "lo", "li", "le".
"""

from __future__ import annotations

SPEECH_VERBS: frozenset[str] = frozenset("""
    pravi pravijo meni menijo poudarja poudarjajo dodaja pojasnjuje opozarja piše pišejo trdi trdijo ocenjuje
    izjavlja navaja
""".split())
SPEECH_GENDERED_PAST: frozenset[str] = frozenset("""
    dejal povedal izjavil poudaril dodal pojasnil opozoril ocenil zatrdil sporočil napisal odgovoril menil
    navedel priznal izpostavil spomnil zapisal razložil zagotovil napovedal dodajal poudarjal govoril trdil
    sklenil potrdil nadaljeval vprašal
""".split())
SPEECH_PAST_ENDINGS: tuple[str, ...] = ("l", "la", "lo", "li", "le")
# The clitics before the participle ("je dejal", "so dejali") and the particle that may stand between
# ("je še dodal"); the participle is a cue with or without them ("dejal je").
SPEECH_AUXILIARIES: frozenset[str] = frozenset({"je", "so", "sta", "bo", "še"})

ACCORDING: tuple[str, ...] = ("po besedah", "po mnenju", "kot pravi", "kot je dejal", "kot je dejala",
                              "kot je povedal", "kot je povedala")
ACCORDING_PRONOUN: tuple[str, ...] = ("po njegovih besedah", "po njenih besedah", "po njihovih besedah",
                                      "po njegovem mnenju", "po njenem mnenju", "po njihovem mnenju")

PERSON_PRONOUNS: frozenset[str] = frozenset({"on", "ona"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"oni", "one"})

# Slovene quotes with „…“ and »…« (both standard), "…" on the web.
QUOTE_PAIRS: dict[str, str] = {"„": "“”\"", "»": "«", "“": "”", "\"": "\""}
SPEAKER_DETERMINERS: frozenset[str] = frozenset()
CUE_CIRCUMSTANCE_WORDS: frozenset[str] = frozenset({"v", "na", "za", "po", "pred", "ob", "z", "s", "pri", "med", "o", "od", "do", "iz",
                                                    "včeraj", "danes", "tudi", "še"})
QUOTE_COMPLEMENTIZERS: tuple[str, ...] = ("da",)
LONGEST_SPEAKER_NAME: int = 2
