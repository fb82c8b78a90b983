"""Multilingual boilerplate lexicons for the `clean` stage (data only, no logic).

Every entry is a general web-page convention in one of several languages (en, fr, de, es,
it, pt, pl, ru, uk, nl): comment prompts, appeals, teaser cues, credits... Entries are
lower-case regular-expression fragments matched against a casefolded, whitespace-collapsed
line; the cleaner decides (with length, position and shape) whether a match makes a line junk.

Source: compiled by the project from common web-page conventions of news sites; moved from
data/boilerplate.py.
"""

from __future__ import annotations

# A line *starting with* one of these (and short) opens a comment section.
COMMENT_CUES: tuple[str, ...] = (
    r"leave a (reply|comment)", r"post a comment", r"add (a )?comment", r"write a comment",
    r"your email address will not be published", r"required fields are marked",
    r"comments? (are|is) closed", r"log ?in to (reply|comment)", r"be the first to comment",
    r"\d+\s+(thoughts?|comments?|responses?|replies|reactions?)\s+(on|to)\b",
    r"(no|\d+) comments?$", r"comments?$", r"show comments", r"view comments",
    r"laisser un commentaire", r"laissez un commentaire", r"votre adresse (e-)?mail ne sera pas publiée",
    r"\d+\s+commentaires?", r"r[ée]agir",
    r"kommentar (schreiben|verfassen|hinterlassen)", r"ihre e-mail-adresse wird nicht veröffentlicht",
    r"\d+\s+kommentare?", r"schreibe einen kommentar",
    r"deja (un|tu) comentario", r"deja una respuesta", r"tu dirección de correo electrónico no será publicada",
    r"\d+\s+comentarios?",
    r"lascia un commento", r"il tuo indirizzo email non sarà pubblicato", r"\d+\s+commenti",
    r"deixe (um|seu) comentário", r"deixe uma resposta", r"o seu endereço de e-mail não será publicado",
    r"dodaj komentarz", r"skomentuj", r"twój adres e-mail nie zostanie opublikowany", r"\d+\s+komentarz",
    r"оставить комментарий", r"оставьте комментарий", r"добавить комментарий", r"комментарии",
    r"ваш адрес email не будет опубликован", r"\d+\s+коммента",
    r"залишити коментар", r"додати коментар", r"коментарі", r"\d+\s+комента",
    r"laat een reactie achter", r"plaats een reactie",
    r"reply", r"répondre", r"antworten", r"responder", r"rispondi", r"odpowiedz", r"ответить", r"відповісти",
    r"tinggalkan balasan", r"\d+\s+tanggapan", r"yorum yap",
)

# The header of one posted comment ends with a speech verb: "Ann on May 2, 2018 at 4:47 pm said:".
COMMENT_HEADER_END: tuple[str, ...] = (
    r"said", r"says", r"wrote", r"writes", r"replied", r"a écrit", r"dit", r"schrieb", r"schreibt", r"dijo",
    r"escribió", r"ha scritto", r"disse", r"escreveu", r"napisał", r"napisała", r"пишет", r"написал", r"написала",
    r"пише", r"написав", r"berkata", r"menulis",
)

# Donation / subscription / membership appeals.
APPEAL_CUES: tuple[str, ...] = (
    r"support us", r"support our", r"please support", r"support (independent|quality) journalism",
    r"donat(e|ion|ions)\b", r"make a donation", r"become a (member|patron|subscriber|supporter)",
    r"subscribe", r"sign up for", r"newsletter", r"join our mailing list", r"patreon",
    r"soutenez", r"faire un don", r"abonnez-vous", r"s'abonner", r"inscrivez-vous",
    r"unterstützen sie", r"jetzt spenden", r"spende", r"abonnieren", r"jetzt abonnieren",
    r"apóyanos", r"haz una donación", r"suscríbete", r"suscribirse", r"dona ahora",
    r"sostienici", r"fai una donazione", r"iscriviti", r"abbonati",
    r"apoie", r"faça uma doação", r"assine", r"inscreva-se",
    r"wesprzyj", r"wpłać", r"przekaż darowiznę", r"subskrybuj", r"zapisz się",
    r"поддержите", r"поддержать (нас|проект|редакцию)", r"пожертвова", r"подпишитесь", r"подписывайтесь",
    r"підтримайте", r"підписуйтесь", r"підпишіться", r"задонатити",
    r"steun ons", r"abonneer",
)

# Teaser / related-content cues; the line is (mostly) the cue itself.
TEASER_CUES: tuple[str, ...] = (
    r"check also", r"related( posts| articles| stories| news| content)?", r"read (also|more|next)",
    r"see also", r"also read", r"more (stories|news|on this|from)", r"you (may|might) also like",
    r"recommended( for you)?", r"most (read|popular|viewed)", r"trending( now)?", r"editor'?s picks?",
    r"lire aussi", r"à lire aussi", r"a lire aussi", r"voir aussi", r"sur le même sujet", r"à lire",
    r"lesen sie auch", r"mehr zum thema", r"auch interessant", r"weitere artikel", r"das könnte sie auch interessieren",
    r"lee también", r"leer más", r"te puede interesar", r"noticias relacionadas", r"más noticias",
    r"leggi anche", r"potrebbe interessarti", r"articoli correlati",
    r"leia também", r"leia mais", r"veja também", r"notícias relacionadas",
    r"czytaj (też|także|również|więcej)", r"zobacz (też|także|również)", r"polecamy", r"powiązane",
    r"читайте также", r"смотрите также", r"читать далее", r"по теме", r"похожие (статьи|новости|материалы)",
    r"читайте також", r"дивіться також", r"схожі (статті|новини)",
    r"lees ook", r"meer over",
)

# Share prompts (usually a whole short line, or a run of network names).
SHARE_CUES: tuple[str, ...] = (
    r"share( this( article| story| post)?)?( on)?", r"share via", r"tweet", r"email this", r"print( this)?",
    r"partager", r"partagez", r"teilen", r"compartir", r"comparte", r"condividi", r"compartilh(e|ar)",
    r"udostępnij", r"поделиться", r"поділитися", r"delen",
)
SOCIAL_NETWORKS: tuple[str, ...] = (
    "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "pinterest", "reddit", "email",
    "e-mail", "vk", "вконтакте", "одноклассники", "viber", "messenger", "copy link", "print", "mail",
    "flipboard", "tumblr", "instagram", "youtube", "tiktok", "rss", "xing", "threads", "bluesky",
)

# Tag lists: "Tags: a, b, c".
TAG_CUES: tuple[str, ...] = (
    r"tags?", r"tagged( with)?", r"topics?", r"keywords?", r"filed under", r"categor(y|ies)",
    r"étiquettes?", r"mots[- ]clés", r"thèmes?", r"schlagwörter", r"schlagworte", r"themen",
    r"etiquetas", r"temas", r"parole chiave", r"argomenti", r"palavras-chave", r"tagi", r"tematy",
    r"słowa kluczowe", r"теги", r"метки", r"ключевые слова", r"темы", r"теґи", r"мітки", r"ключові слова",
    r"trefwoorden",
)

# "Source: site" lines, any script.
SOURCE_CUES: tuple[str, ...] = (
    r"source", r"sources", r"quelle", r"quellen", r"źródło", r"źródła", r"источник", r"источники",
    r"джерело", r"джерела", r"fuente", r"fuentes", r"fonte", r"fonti", r"bron", r"kilde", r"källa",
    r"forrás", r"zdroj", r"kaynak", r"πηγή", r"via",
)

# Metadata key: value lines.
METADATA_CUES: tuple[str, ...] = (
    r"date", r"dated", r"published( on)?", r"posted( on)?", r"updated( on)?", r"last (updated|modified)",
    r"by", r"author", r"written by", r"reporter", r"editor", r"reading time", r"read time",
    r"publié le", r"mis à jour( le)?", r"par", r"auteur", r"datum", r"veröffentlicht( am)?", r"aktualisiert( am)?",
    r"von", r"autor", r"fecha", r"publicado( el| em)?", r"actualizado", r"atualizado( em)?", r"por",
    r"data", r"pubblicato( il)?", r"aggiornato( il)?", r"di", r"autore", r"opublikowano", r"aktualizacja",
    r"дата", r"опубликовано", r"обновлено", r"автор", r"опубліковано", r"оновлено",
)

# Photo / image credit keys: "Photo: AP", "Foto: dpa", "Фото: ТАСС".
CAPTION_CUES: tuple[str, ...] = (
    r"photo", r"photos", r"photograph", r"picture", r"image", r"images", r"credit", r"credits",
    r"photo credit", r"illustration", r"video", r"getty images", r"file photo",
    r"crédit", r"crédits", r"crédit photo", r"foto", r"fotos", r"bild", r"bildquelle", r"imagen",
    r"immagine", r"fot\.?", r"zdjęcie", r"zdj\.?", r"фото", r"иллюстрация", r"світлина", r"ілюстрація",
)

# Author-bio openers: "About <Name>", "À propos de l'auteur", "Об авторе".
BIO_CUES: tuple[str, ...] = (
    r"about the authors?", r"about", r"author bio", r"about the writer",
    r"à propos de l'auteur", r"à propos de", r"l'auteur", r"über den autor", r"über die autorin", r"über",
    r"sobre el autor", r"sobre la autora", r"sobre o autor", r"l'autore", r"sull'autore", r"o autorze",
    r"об авторе", r"про автора", r"over de auteur",
)

# Legal / rights lines.
LEGAL_CUES: tuple[str, ...] = (
    r"all rights reserved", r"©", r"\(c\) \d{4}", r"copyright", r"may (not )?be (reproduced|disseminated|republished|used)",
    r"without (prior )?(written )?permission", r"terms of (use|service)", r"privacy policy", r"cookie",
    r"tous droits réservés", r"reproduction interdite", r"alle rechte vorbehalten", r"todos los derechos reservados",
    r"riproduzione riservata", r"tutti i diritti riservati", r"todos os direitos reservados",
    r"wszelkie prawa zastrzeżone", r"все права защищены", r"всі права захищені", r"alle rechten voorbehouden",
    r"ссылка на .{0,30}обязательна", r"при (полном или частичном )?использовании материалов",
)

# Navigation words that make a whole short line.
NAVIGATION_WORDS: tuple[str, ...] = (
    "top", "back to top", "home", "menu", "next", "previous", "prev", "more", "next article", "previous article",
    "next post", "previous post", "skip to content", "skip to main content", "search", "close", "login", "log in",
    "sign in", "register", "load more", "show more", "advertisement", "advertising", "sponsored", "ad",
    "retour en haut", "haut de page", "accueil", "suivant", "précédent", "publicité", "rechercher",
    "nach oben", "startseite", "weiter", "zurück", "anzeige", "werbung", "suche",
    "volver arriba", "inicio", "siguiente", "anterior", "publicidad", "buscar",
    "torna su", "pubblicità", "successivo", "precedente", "cerca",
    "voltar ao topo", "início", "próximo", "publicidade",
    "do góry", "strona główna", "dalej", "wstecz", "reklama", "szukaj",
    "наверх", "главная", "далее", "назад", "реклама", "поиск", "вгору", "головна", "пошук",
    "naar boven", "volgende", "vorige", "advertentie", "zoeken",
    "support",
)

# Function words of several languages, for stop-word density (prose has many, menus few).
STOPWORDS: frozenset[str] = frozenset(
    """
    a an the and or but of to in on at by for with from as is are was were be been being it its this that these those
    he she they we you i his her their our your not no have has had do does did will would can could should may might
    which who whom whose what when where why how there than then also into about after before over under
    le la les un une des du de et ou mais est sont été être il elle ils elles nous vous je que qui quoi dans sur par pour
    avec sans au aux ce cette ces son sa ses leur leurs ne pas plus a ont était se en y
    der die das ein eine einer eines einem einen und oder aber ist sind war waren sein er sie es wir ihr ich dass
    nicht mit von zu im in auf an für aus bei nach über unter auch wie als den dem des sich hat haben wird werden
    el los las uno una unos unas y o pero es son fue ser está están él ella ellos nosotros que en con por para
    sin sobre del al lo se su sus le les no más como pero ha han
    il lo gli i una uno e o ma è sono era essere lui lei noi voi che chi di da in con su per tra fra del della dei
    delle nel nella al alla non più come anche ha hanno si
    o os as um uma uns umas e ou mas é são foi ser ele ela eles elas nós que em com por para sem sobre do da dos das
    no na nos nas ao não mais como também tem
    i w z na do że się nie to jest są był była było jak ale lub oraz o od po za przez dla przy jego jej ich co który
    która które tak także też już
    и в во не что он она они мы вы я на с со как а то все так его её их но да к у же бы по от из за о об для это был
    была было были быть который которая которые также уже или при
    і в у не що він вона вони ми ви я на з із зі як а та все так його її їх але до від за про для це був була було
    були бути який яка які також вже або при
    de het een en of maar is zijn was waren hij zij wij jij ik dat die niet met van te in op voor uit bij naar over
    ook als
    yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada atau kita mereka bahwa
    bir ve ile bu da de için olarak gibi daha çok
    och att det som en är av för på med till den har inte om
    """.split()
)

# Shapes of photo-agency credits (upper-case codes, usually slash-separated).
AGENCY_CODE = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ0-9.&\-]{1,}"
