"""Bulgarian reported speech: speech verbs as written, attribution frames, quote marks, speaker pronouns.

Source: listed by the project from general knowledge of Bulgarian news usage (reporting verbs in the aorist:
"каза", "заяви", "посочи", "подчерта"; the frames "според X", "по думите на X"; "„…“, каза той"); not taken
from any corpus. The aorist 3rd person singular forms are listed; the rule adds "ха" for the plural (каза ->
казаха, заяви -> заявиха) and "л", "ла", "ло", "ли" for the l-participle of the perfect and the renarrative
(е казал, казала, казали), which agrees with the speaker in gender and number.
"""

from __future__ import annotations

# Present tense (3rd person singular and plural).
SPEECH_VERBS: frozenset[str] = frozenset("""
    казва казват смята смятат твърди твърдят заявява заявяват подчертава посочва обяснява отбелязва пише пишат
    коментират допълва уточнява настоява
""".split())
# Aorist 3sg forms; SPEECH_PAST_ENDINGS gives the others (the first, "", is the listed form itself).
SPEECH_GENDERED_PAST: frozenset[str] = frozenset("""
    каза заяви добави посочи подчерта обясни отбеляза допълни съобщи коментира обяви заключи настоя увери
    предупреди призна написа отговори уточни изтъкна апелира констатира сподели припомни обеща поясни
    призова
""".split())
SPEECH_PAST_ENDINGS: tuple[str, ...] = ("", "ха", "л", "ла", "ло", "ли")
# The auxiliary of the perfect before the l-participle ("е казал", "са заявили").
SPEECH_AUXILIARIES: frozenset[str] = frozenset({"е", "са"})

ACCORDING: tuple[str, ...] = ("според", "по думите на", "по мнението на", "цитиран от", "цитирана от")
ACCORDING_PRONOUN: tuple[str, ...] = ("според него", "според нея", "според тях", "по думите му", "по думите ѝ",
                                      "по думите й", "по думите им")

PERSON_PRONOUNS: frozenset[str] = frozenset({"той", "тя"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"те"})

# Bulgarian quotes with „…“ (the standard), «…» and "…" on the web.
QUOTE_PAIRS: dict[str, str] = {"„": "“”\"", "«": "»", "“": "”", "\"": "\""}
SPEAKER_DETERMINERS: frozenset[str] = frozenset()
CUE_CIRCUMSTANCE_WORDS: frozenset[str] = frozenset({"в", "във", "на", "пред", "за", "след", "по", "с", "със",
                                                    "при", "от", "до", "към", "вчера", "днес", "също"})
QUOTE_COMPLEMENTIZERS: tuple[str, ...] = ("че",)
LONGEST_SPEAKER_NAME: int = 2
