"""Russian reported speech: speech verbs as written, attribution frames, quote marks, speaker pronouns.

Source: listed by the project from general knowledge of Russian news usage (reporting verbs: "сказал",
"заявил", "отметил", "подчеркнул"; the frames "по словам X", "по мнению X"; the attribution after a quote
"«…», — заявил X"); first moved from lang/en/speech.py (SPEECH_VERBS_RU), extended for issue 21; not taken
from any corpus. The past tense agrees with the speaker: the masculine forms (ending "л") are listed, the
feminine, neuter and plural made by swapping "л" for "ла", "ло", "ли" (заявил -> заявила, заявили).
"""

from __future__ import annotations

# Present tense (3rd person singular and plural) and reflexive past forms.
SPEECH_VERBS: frozenset[str] = frozenset("""
    говорит говорят считает считают заявляет заявляют отмечает отмечают подчеркивает подчёркивает пишет пишут
    уточняет поясняет сообщает сообщают рассказывает признает признаёт добавляет указывает утверждает
    уверяет полагает высказался высказалась высказались
""".split())
SPEECH_GENDERED_PAST: frozenset[str] = frozenset("""
    сказал заявил отметил подчеркнул добавил пояснил сообщил объяснил рассказал признал уточнил указал
    подтвердил написал ответил предупредил заверил напомнил резюмировал констатировал говорил считал
    выразил пообещал прокомментировал процитировал обратил призвал утверждал заметил посетовал
    уверил
""".split())
SPEECH_PAST_ENDINGS: tuple[str, ...] = ("л", "ла", "ло", "ли")

ACCORDING: tuple[str, ...] = ("по словам", "по мнению", "как считает", "как отметил", "как отметила",
                              "цитирует", "со слов")
ACCORDING_PRONOUN: tuple[str, ...] = ("по его словам", "по ее словам", "по её словам", "по их словам",
                                      "по его мнению", "по ее мнению", "по её мнению", "по их мнению")

# Pronouns that can stand for a speaker (resolved to the nearest person name before the quote).
PERSON_PRONOUNS: frozenset[str] = frozenset({"он", "она"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"они"})

# Russian quotes with «…» (the standard), „…“ inside them, "…" on the web.
QUOTE_PAIRS: dict[str, str] = {"«": "»", "„": "“”\"", "“": "”", "\"": "\""}
SPEAKER_DETERMINERS: frozenset[str] = frozenset()
CUE_CIRCUMSTANCE_WORDS: frozenset[str] = frozenset({"в", "во", "на", "для", "после", "перед", "с", "со", "у",
                                                    "по", "при", "о", "об", "от", "за", "к", "вчера", "сегодня", "также"})
# Russian writes roles lower-case but places and bodies capitalised ("премьер Ардении Ирина Роева"): a longer run
# keeps its last two words (a patronymic name "Имя Отчество Фамилия" then loses its first name).
QUOTE_COMPLEMENTIZERS: tuple[str, ...] = ("что",)
LONGEST_SPEAKER_NAME: int = 2
