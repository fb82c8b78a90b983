"""Cleaning pages in Spanish, Italian, German and other languages: style sheets and scripts, cookie banners,
paywall teasers, 'read also' teasers and comment sections go, each with a reason; the article stays verbatim.

All text is invented for these tests (no corpus text)."""

from __future__ import annotations

import pytest

from newsdossier.clean import _code_line, clean_text

BODY_ES = [
    "Inundaciones en Villanueva: trescientas familias evacuadas",
    "El río Arbós se desbordó durante la noche del domingo y anegó el casco antiguo de Villanueva, donde trescientas "
    "familias tuvieron que abandonar sus casas. «No habíamos visto nada igual», dijo el alcalde Tomás Ferrer.",
    "Según Protección Civil, el agua alcanzó dos metros en algunas calles del barrio bajo, donde los equipos de "
    "rescate trabajaron hasta el amanecer con lanchas neumáticas y camiones.",
]
JUNK_ES = {
    ".article-body p { font-size: 18px; line-height: 1.6; }": "code-css",
    "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}": "code-script",
    "Lee también: Alerta roja por lluvias en tres provincias": "teaser",
    "Suscríbete para seguir leyendo este artículo y todo el contenido": "paywall",
    "¿Ya eres suscriptor? Inicia sesión": "paywall",
    "Comentarios": "comment-section",
    "Escribe un comentario": "comment-section",
    "Pepe_77: una vergüenza, hace años que el ayuntamiento no limpia el cauce y ahora todos se sorprenden de lo que pasa.":
        "comment-section",
}
PAGE_ES = "\n".join([BODY_ES[0], *list(JUNK_ES)[:2], *BODY_ES[1:], *list(JUNK_ES)[2:]])

PAGE_IT = "\n".join([
    "Alluvione a Valdoria, evacuate trecento famiglie",
    "@media (max-width: 600px) { .sidebar { display: none; } }",
    "Questo sito utilizza cookie tecnici e di profilazione. Continuando la navigazione accetti l'uso dei cookie.",
    "Accetta tutti",
    "Il fiume Arvo è esondato nella notte tra domenica e lunedì, allagando il centro storico di Valdoria e "
    "costringendo trecento famiglie a lasciare le proprie case. «Non abbiamo mai visto nulla di simile», ha detto "
    "il sindaco Marco Bellini.",
    "Leggi anche: Maltempo, allerta rossa in tre regioni",
    "Abbonati per continuare a leggere questo articolo",
    "Commenti",
    "Giorgio75: vergogna, sono anni che il comune non pulisce gli argini e adesso tutti si stupiscono di quello.",
])

PAGE_DE = "\n".join([
    "Hochwasser in Talheim: Hunderte Menschen in Notunterkünften",
    "var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];",
    "Alle akzeptieren",
    "Der Fluss Aue ist in der Nacht zum Montag über die Ufer getreten und hat die Altstadt von Talheim überflutet. "
    "„Die Deiche halten nicht mehr lange“, sagte Bürgermeisterin Anna Keller am Morgen vor dem Rathaus.",
    "Lesen Sie auch: Unwetterwarnung für drei Landkreise",
    "Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt weiterlesen",
    "Kommentare",
    "Leser42: Seit Jahren wird nichts an den Deichen gemacht und jetzt wundern sich alle über das, was passiert ist.",
])


def _check(page, must_keep, min_removed):
    res = clean_text(page)
    for line in must_keep:
        assert line in res.text.split("\n"), line  # kept verbatim: offsets into the cleaned text hold
    for r in res.removed:
        assert r.reason and r.text in page and page.split("\n")[r.line].strip() == r.text  # nothing silent
    assert len(res.removed) >= min_removed
    return res


def test_spanish_messy_page_loses_code_teasers_paywall_and_comments_with_reasons():
    res = _check(PAGE_ES, BODY_ES, len(JUNK_ES))
    got = {r.text: r.reason for r in res.removed}
    for line, reason in JUNK_ES.items():
        assert got.get(line) == reason, (line, got.get(line))


def test_italian_messy_page():
    res = _check(PAGE_IT, [PAGE_IT.split("\n")[0], PAGE_IT.split("\n")[4]], 7)
    reasons = {r.reason for r in res.removed}
    assert {"code-css", "teaser", "paywall", "comment-section"} <= reasons
    assert "Giorgio75" not in res.text and "cookie" not in res.text


def test_german_messy_page():
    res = _check(PAGE_DE, [PAGE_DE.split("\n")[0], PAGE_DE.split("\n")[3]], 6)
    assert {"code-script", "paywall", "comment-section"} <= {r.reason for r in res.removed}
    assert "Leser42" not in res.text


@pytest.mark.parametrize("line", [
    "font-size: 18px;", "color: #fff; margin: 0 auto;", ".nav > li a:hover { color: red; }", "}",
    "var x = window.innerWidth;", "(function(){ var a = 1; })();", "<script type=\"text/javascript\">",
])
def test_code_lines_are_recognised(line):
    assert _code_line(line)


@pytest.mark.parametrize("line", [
    "Update: 3 dead;", "Bilans: 3 ofiary, 12 rannych;", "Note: this is it;", "Display: none of them;",
    "He said x = y; then left.", "El alcalde (Tomás Ferrer) dijo: \"sí\";",
])
def test_prose_with_colons_and_semicolons_is_no_code(line):
    assert _code_line(line) is None


@pytest.mark.parametrize("line,reason", [
    ("Czytaj także: Powódź w trzech powiatach", "teaser"),
    ("Zaloguj się, aby czytać dalej", "paywall"),
    ("Читайте также: Паводок в трех районах", "teaser"),
    ("Přečtěte si také: Povodně ve třech okresech", "teaser"),
    ("Прочетете още: Наводнения в три области", "teaser"),
    ("Preberite še: Poplave v treh občinah", "teaser"),
])
def test_cues_of_other_languages(line, reason):
    body = ("Rzeka wystąpiła z brzegów w nocy z niedzieli na poniedziałek i zalała stare miasto, a trzysta rodzin "
            "musiało opuścić swoje domy, jak podała straż pożarna w porannym komunikacie dla mieszkańców.")
    res = clean_text(f"Tytuł artykułu\n{body}\n{line}")
    assert [(r.text, r.reason) for r in res.removed] == [(line, reason)]
    assert body in res.text


def test_hard_wrapped_article_lines_are_prose_not_navigation():
    lines = [
        "Strajk w porcie Nowa Wieś",
        "Wakacje to sezon strajków w portach. Już w piątek po raz",
        "kolejny protestować będą dokerzy, przez co odwołane zostały m.in.",
        "rejsy promów do trzech miast na wybrzeżu i na wyspy.",
        "Jak pokazało badanie, większość pasażerów nie zna swoich praw, a tylko",
        "co piąty wie, że może ubiegać się o odszkodowanie za odwołany rejs.",
    ] + [f"Menu {i}" for i in range(10)]
    res = clean_text("\n".join(lines))
    kept = res.text.split("\n")
    for line in lines[:6]:
        assert line in kept, line
    assert all(f"Menu {i}" not in kept for i in range(10))
