"""German reported speech: speech verbs as written, attribution frames, quote marks, speaker pronouns.

Source: listed by the project from general knowledge of German news usage (reporting verbs in the present and
past: "sagte", "erklärte", "betonte"; the attribution "so X" after a quote; the frames "laut X", "nach Angaben
von X"); first moved from lang/en/speech.py (SPEECH_VERBS_DE) and the pronoun table of analyze/quotes_ml.py,
extended for issue 21. Separable verbs are cued by their finite part ("fügte er hinzu": "fügte").
"""

from __future__ import annotations

# Finite forms (present and simple past, 3rd person singular and plural) and the attribution "so".
SPEECH_VERBS: frozenset[str] = frozenset("""
    sagt sagte sagten sagen erklärt erklärte erklärten betont betonte betonten meint meinte meinten sprach
    fügte fügten ergänzt ergänzte warnt warnte warnten berichtet berichtete berichteten teilte teilten
    kritisiert kritisierte schreibt schrieb schrieben unterstrich unterstreicht bekräftigte bekräftigt
    versicherte versichert räumte räumt forderte fordert mahnte mahnt verkündete kündigte stellte bestätigte
    bestätigt erläuterte erläutert antwortete antwortet entgegnete fragte so
""".split())

# Participles after an auxiliary ("hat erklärt" in a clause before a colon).
SPEECH_PARTICIPLES: frozenset[str] = frozenset({"gesagt", "erklärt", "betont", "gewarnt", "geschrieben",
                                                "mitgeteilt", "angekündigt", "bestätigt"})
SPEECH_AUXILIARIES: frozenset[str] = frozenset({"hat", "haben", "hatte", "hatten"})

ACCORDING: tuple[str, ...] = ("laut", "nach angaben von", "nach ansicht von", "nach den worten von",
                              "nach worten von", "zitiert von")
ACCORDING_PRONOUN: tuple[str, ...] = ("ihm zufolge", "ihr zufolge", "ihnen zufolge", "seiner ansicht nach",
                                      "ihrer ansicht nach")

# Pronouns that can stand for a speaker (resolved to the nearest person name before the quote).
PERSON_PRONOUNS: frozenset[str] = frozenset({"er", "sie"})

# German quotes with „…“, »…« (books, some papers) and ‚…‘ inside them; "…" on the web.
QUOTE_PAIRS: dict[str, str] = {"„": "“”\"", "»": "«", "‚": "‘’", "“": "”", "\"": "\""}
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"der", "die", "das", "ein", "eine"})
CUE_CIRCUMSTANCE_WORDS: frozenset[str] = frozenset({"in", "im", "am", "an", "bei", "beim", "vor", "gegenüber",
                                                    "nach", "auf", "während", "mit", "gestern", "heute",
                                                    "dem", "den"})
# German capitalises every noun: a run of capitalised words before a name holds its role ("Direktorin Ilse Roe").
QUOTE_COMPLEMENTIZERS: tuple[str, ...] = ("dass",)
LONGEST_SPEAKER_NAME: int = 2

ATTRIBUTION_TAILS: tuple[str, ...] = ("sagte",)
