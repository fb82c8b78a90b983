"""Italian reported speech: speech verbs as written, attribution frames, quote marks, speaker pronouns.

Source: listed by the project from general knowledge of Italian news usage (reporting verbs of Italian
grammars and press style: "ha detto", "ha dichiarato", "spiega", "aggiunge"; the frames "secondo X", "a detta di
X"); not taken from any corpus. The present and the remote past (3rd person singular and plural) are finite cues,
the participle one after an auxiliary ("ha detto", "hanno spiegato", "aveva dichiarato").
"""

from __future__ import annotations

# Finite forms: present 3sg / 3pl and passato remoto 3sg / 3pl of the reporting verbs.
SPEECH_VERBS: frozenset[str] = frozenset("""
    dice dicono disse dissero dichiara dichiarano dichiarò spiega spiegano spiegò aggiunge aggiungono aggiunse
    afferma affermano affermò sottolinea sottolineano sottolineò ribadisce ribadiscono ribadì precisa precisò
    osserva osservò commenta commentano commentò annuncia annunciò ricorda ricordano ricordò assicura assicurò
    evidenzia evidenziò conclude concluse scrive scrivono scrisse risponde rispose racconta raccontano raccontò
    denuncia denunciò avverte avvertì ammette ammise conferma confermò sostiene sostengono sostenne rileva rilevò
    chiarisce chiarì insiste insistette replica replicò prosegue proseguì continua continuò incalza tuona
    attacca attaccò accusa spiegava diceva
""".split())
SPEECH_PARTICIPLES: frozenset[str] = frozenset("""
    detto dichiarato spiegato aggiunto affermato sottolineato ribadito precisato osservato commentato annunciato
    ricordato assicurato evidenziato concluso scritto risposto raccontato denunciato avvertito ammesso confermato
    sostenuto rilevato chiarito insistito replicato proseguito continuato twittato attaccato accusato
""".split())
SPEECH_AUXILIARIES: frozenset[str] = frozenset({"ha", "hanno", "aveva", "avevano", "avrebbe"})

ACCORDING: tuple[str, ...] = ("secondo", "a detta di", "stando a", "a parere di", "per bocca di",
                              "secondo quanto riferito da", "citato da", "citata da")
ACCORDING_PRONOUN: tuple[str, ...] = ("secondo lui", "secondo lei", "secondo loro", "a suo dire", "a suo avviso")

PERSON_PRONOUNS: frozenset[str] = frozenset({"lui", "lei", "egli"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"loro"})

# Italian quotes with «…» (the press standard), “…” and "…".
QUOTE_PAIRS: dict[str, str] = {"«": "»", "“": "”", "\"": "\"", "‘": "’"}
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "l'"})
CUE_CIRCUMSTANCE_WORDS: frozenset[str] = frozenset({"in", "a", "al", "alla", "ai", "agli", "all'", "durante",
                                                    "con", "per", "dopo", "nel", "nella", "davanti", "ieri",
                                                    "oggi", "questa", "questo"})
QUOTE_COMPLEMENTIZERS: tuple[str, ...] = ("che",)
LONGEST_SPEAKER_NAME: int = 4

ATTRIBUTION_TAILS: tuple[str, ...] = ("ha detto",)
