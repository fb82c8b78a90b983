"""Ukrainian reported speech: speech verbs as written, attribution frames, quote marks, speaker pronouns.

Source: listed by the project from general knowledge of Ukrainian news usage (reporting verbs: "сказав",
"заявив", "зазначив", "наголосив"; the frames "за словами X", "на думку X"; "«…», — заявив X"); not taken from
any corpus. The past tense agrees with the speaker: the masculine forms (ending "в") are listed, the feminine,
neuter and plural made by swapping "в" for "ла", "ло", "ли" (заявив -> заявила, заявили).
"""

from __future__ import annotations

SPEECH_VERBS: frozenset[str] = frozenset("""
    каже кажуть вважає вважають зазначає зазначають наголошує пише пишуть говорить говорять додає повідомляє
    повідомляють пояснює розповідає стверджує підкреслює відповіла відповіли відповів висловився висловилася
""".split())
SPEECH_GENDERED_PAST: frozenset[str] = frozenset("""
    сказав заявив зазначив наголосив додав пояснив повідомив розповів підкреслив визнав уточнив вказав
    підтвердив написав попередив нагадав висловив запевнив зауважив говорив вважав закликав прокоментував
    констатував заявляв оголосив
""".split())
SPEECH_PAST_ENDINGS: tuple[str, ...] = ("в", "ла", "ло", "ли")

ACCORDING: tuple[str, ...] = ("за словами", "на думку", "як вважає", "як зазначив", "як зазначила", "зі слів")
ACCORDING_PRONOUN: tuple[str, ...] = ("за його словами", "за її словами", "за їхніми словами", "на його думку",
                                      "на її думку", "на їхню думку")

PERSON_PRONOUNS: frozenset[str] = frozenset({"він", "вона"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"вони"})

# Ukrainian quotes with «…» (the standard), „…“ inside them, "…" on the web.
QUOTE_PAIRS: dict[str, str] = {"«": "»", "„": "“”\"", "“": "”", "\"": "\""}
SPEAKER_DETERMINERS: frozenset[str] = frozenset()
CUE_CIRCUMSTANCE_WORDS: frozenset[str] = frozenset({"в", "у", "на", "під", "для", "після", "перед", "з", "із",
                                                    "зі", "за", "при", "про", "від", "до", "вчора", "сьогодні", "також"})
QUOTE_COMPLEMENTIZERS: tuple[str, ...] = ("що",)
LONGEST_SPEAKER_NAME: int = 2
