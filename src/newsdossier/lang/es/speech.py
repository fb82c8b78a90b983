"""Spanish reported speech: speech verbs as written, attribution frames, quote marks, speaker pronouns.

Source: listed by the project from general knowledge of Spanish news usage (reporting verbs of Spanish
grammars and press style: "dijo", "afirmó", "aseguró", "ha señalado"; the frames "según X", "de acuerdo con X";
the dialogue dash "—dijo X"); not taken from any corpus. Forms are listed as written: the preterite and present
(3rd person singular and plural) as finite cues, the participle after an auxiliary ("ha dicho", "han afirmado").
"""

from __future__ import annotations

# Finite forms: preterite 3sg / 3pl and present 3sg / 3pl of the reporting verbs.
SPEECH_VERBS: frozenset[str] = frozenset("""
    dijo dijeron dice dicen afirmó afirmaron afirma afirman declaró declararon declara declaran
    aseguró aseguraron asegura aseguran explicó explicaron explica explican añadió añadieron añade añaden
    agregó agregaron agrega agregan señaló señalaron señala señalan indicó indicaron indica indican
    subrayó subrayaron subraya subrayan destacó destacaron destaca destacan advirtió advirtieron advierte advierten
    manifestó manifestaron manifiesta manifiestan sostuvo sostuvieron sostiene sostienen recordó recordaron recuerda
    precisó precisaron precisa insistió insistieron insiste insisten apuntó apuntaron apunta comentó comentaron
    comenta reconoció reconocieron reconoce reconocen admitió admitieron admite denunció denunciaron
    lamentó lamentaron lamenta criticó criticaron anunció anunciaron anuncia informó informaron informa
    relató relataron relata respondió respondieron responde contestó contestaron contesta preguntó preguntaron
    pregunta concluyó concluyeron concluye opinó opinaron opina estimó estimaron consideró consideraron considera
    enfatizó enfatizaron alertó alertaron reiteró reiteraron aclaró aclararon aclara expresó expresaron expresa
    sentenció detalló detallaron detalla puntualizó confesó confesaron confiesa prometió prometieron promete
    exclamó escribió escribieron escribe tuiteó contó contaron apostilló zanjó replicó replica
    insistía decía decían explicaba aseguraba afirmaba
""".split())

# Participles that are a cue after one of SPEECH_AUXILIARIES ("ha dicho", "han asegurado", "había señalado").
SPEECH_PARTICIPLES: frozenset[str] = frozenset("""
    dicho afirmado declarado asegurado explicado añadido agregado señalado indicado subrayado destacado advertido
    manifestado sostenido recordado precisado insistido apuntado comentado reconocido admitido denunciado
    lamentado criticado anunciado informado relatado respondido contestado preguntado concluido opinado estimado
    considerado enfatizado alertado reiterado aclarado expresado sentenciado detallado puntualizado confesado
    prometido escrito contado replicado
""".split())
SPEECH_AUXILIARIES: frozenset[str] = frozenset({"ha", "han", "había", "habían", "habría"})

# Attribution frames: the speaker follows them ("según la portavoz, Ana Gil, ...").
ACCORDING: tuple[str, ...] = ("según", "de acuerdo con", "en palabras de", "a juicio de", "en opinión de",
                              "citado por", "citada por")
ACCORDING_PRONOUN: tuple[str, ...] = ("según él", "según ella", "según ellos", "según ellas")

# Pronouns that can stand for a speaker (Spanish mostly drops them: a bare "dijo" leaves the speaker unknown).
PERSON_PRONOUNS: frozenset[str] = frozenset({"él", "ella"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"ellos", "ellas"})

# Spanish quotes with «…» (Spain), “…” and "…"; ‘…’ inside them.
QUOTE_PAIRS: dict[str, str] = {"«": "»", "“": "”", "\"": "\"", "‘": "’"}
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"el", "la", "los", "las", "un", "una"})
CUE_CIRCUMSTANCE_WORDS: frozenset[str] = frozenset({"en", "a", "al", "ante", "durante", "desde", "tras", "con",
                                                    "para", "este", "esta", "ayer", "hoy"})
QUOTE_COMPLEMENTIZERS: tuple[str, ...] = ("que",)
LONGEST_SPEAKER_NAME: int = 4

ATTRIBUTION_TAILS: tuple[str, ...] = ("dijo",)
