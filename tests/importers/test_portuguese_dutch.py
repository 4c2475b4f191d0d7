"""Pasted and saved pages in Portuguese (Portugal and Brazil) and Dutch import as French, German,
Spanish and Italian ones do: the byline's "Por"/"Door" gives the author, "Publicado em …" /
"Gepubliceerd op …" the date, "Foto:"/"Beeld:" the credit, and "Início"/"Startpagina" crumbs,
"Leia também"/"Lees ook" blocks and the site's own lines leave the article. Plain text has no
``<html lang>``, so the byline's words say the article's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright import load_article
from slidewright.importers import import_file
from slidewright.importers.byline import read_byline
from slidewright.importers.html import parse_html_page
from slidewright.importers.languages import language_of
from slidewright.importers.text import parse_text
from slidewright.model import Article

PORTUGUESE = """Início > Viagens

Cinco miradouros para ver o pôr do sol em Lisboa

Por Beatriz Carvalho
Publicado em 12 de outubro de 2026

A cidade das sete colinas guarda varandas de pedra onde o rio fica cor de laranja à tarde.

Partilhar

Miradouro da Senhora do Monte

Foto: Beatriz Carvalho

O ponto mais alto da Graça, com o castelo à direita e a ponte ao fundo.

Miradouro de Santa Catarina

Crédito: Getty Images

Músicos de rua e estudantes sentados no muro até escurecer.

Leva-se um casaco, porque o vento sobe do rio.

Miradouro do Recolhido

Fotografia de Rui Matos

Um jardim pequeno e quase secreto por cima de Alfama.

Leia também
Os melhores pastéis de nata da Baixa
Três passeios de elétrico
"""

DUTCH = """Startpagina > Reizen

Vier molens die je dit voorjaar kunt bezoeken

Door Sanne de Vries
Gepubliceerd op 4 mrt. 2026

De wieken draaien weer en de molenaars laten bezoekers graag binnen.

Delen

De molen aan de polder

Foto: Sanne de Vries

Negentien molens op een rij langs het water, het best te zien vanaf de fiets.

De verfmolen

Beeld: ANP

Een olieslagerij en een verfmolen staan open voor publiek.

In het weekend is het er druk.

De molen aan het Spaarne

Foto door Pieter Bakker

Een molen die na een brand opnieuw werd opgebouwd.

Lees ook
De mooiste fietsroutes langs de kust
Een weekend op een eiland
"""


def _words_of(article: Article) -> str:
    return "\n".join([article.intro, *(s.body for s in article.slides)])


def test_a_portuguese_page_imports_with_its_byline_credits_and_language() -> None:
    article = parse_text(PORTUGUESE, "pagina.txt").article
    assert article.title == "Cinco miradouros para ver o pôr do sol em Lisboa"
    assert (article.author, article.date, article.lang) == ("Beatriz Carvalho", "2026-10-12", "pt")
    assert article.categories == ["Viagens"]
    assert article.intro.startswith("A cidade das sete colinas")
    assert [s.heading for s in article.slides] == [
        "Miradouro da Senhora do Monte",
        "Miradouro de Santa Catarina",
        "Miradouro do Recolhido",
    ]
    assert [s.credit for s in article.slides] == ["Beatriz Carvalho", "Getty Images", "Rui Matos"]
    assert [s.body.count("\n\n") + 1 for s in article.slides] == [1, 2, 1]
    assert article.read_more is not None and article.read_more.heading == "Leia também"
    assert [i.title for i in article.read_more.items] == [
        "Os melhores pastéis de nata da Baixa",
        "Três passeios de elétrico",
    ]
    words = _words_of(article)
    assert "Partilhar" not in words and "Início" not in words and "Publicado" not in words


def test_a_dutch_page_imports_with_its_byline_credits_and_language() -> None:
    article = parse_text(DUTCH.replace("\n", "\r\n"), "pagina.txt").article  # as pasted
    assert article.title == "Vier molens die je dit voorjaar kunt bezoeken"
    assert (article.author, article.date, article.lang) == ("Sanne de Vries", "2026-03-04", "nl")
    assert article.categories == ["Reizen"]
    assert article.intro.startswith("De wieken draaien")
    assert [s.heading for s in article.slides] == [
        "De molen aan de polder",
        "De verfmolen",
        "De molen aan het Spaarne",
    ]
    assert [s.credit for s in article.slides] == ["Sanne de Vries", "ANP", "Pieter Bakker"]
    assert [s.body.count("\n\n") + 1 for s in article.slides] == [1, 2, 1]
    assert article.read_more is not None and article.read_more.heading == "Lees ook"
    words = _words_of(article)
    assert "Delen" not in words and "Door" not in words and "Startpagina" not in words


def test_the_imported_bundle_says_the_pages_language_over_the_writers(tmp_path: Path) -> None:
    """``lang`` given to the import is for a page that names none; these pages name theirs."""
    for name, text in (("pt", PORTUGUESE), ("nl", DUTCH)):
        source = tmp_path / f"{name}.txt"
        source.write_text(text, encoding="utf-8")
        import_file(source, tmp_path / f"bundle-{name}", lang="en")
        assert load_article(tmp_path / f"bundle-{name}").lang == name


@pytest.mark.parametrize(
    ("lines", "author", "date"),
    [
        # Brazil: numeric day-first dates, and the newspaper style "3.nov.2026"
        (["Por Ana Souza", "Publicado em 03/11/2026 às 14h30"], "Ana Souza", "2026-11-03"),
        (["Por Ana Souza | 3.nov.2026 às 14h30"], "Ana Souza", "2026-11-03"),
        (["Por Ana Souza", "Atualizado em 5 de fev. de 2026"], "Ana Souza", "2026-02-05"),
        # Portugal: "Publicado a", a capitalised month, "Actualizado"
        (
            ["Por João da Silva", "Publicado a 3 de Novembro de 2026, 14:30"],
            "João da Silva",
            "2026-11-03",
        ),
        (["Por Rita Lopes", "Actualizado a 7 dez. 2026"], "Rita Lopes", "2026-12-07"),
        (["Por Rita Lopes", "há 2 horas"], "Rita Lopes", ""),
        # Dutch: "mrt", "mei", "okt", numeric day-first, relative
        (
            ["Door Bram van der Berg", "Gepubliceerd op 14 mrt 2026"],
            "Bram van der Berg",
            "2026-03-14",
        ),
        (["Door Eva Jansen", "Bijgewerkt op 2 mei 2026, 09:12"], "Eva Jansen", "2026-05-02"),
        (
            ["Door Eva Jansen en Tom Smit", "Gepubliceerd: 9 okt. 2026"],
            "Eva Jansen en Tom Smit",
            "2026-10-09",
        ),
        (["Door Eva Jansen", "Gepubliceerd op 03-11-2026"], "Eva Jansen", "2026-11-03"),
        (["Door Eva Jansen", "2 uur geleden"], "Eva Jansen", ""),
    ],
)
def test_portuguese_and_dutch_bylines_and_dates(lines: list[str], author: str, date: str) -> None:
    found, rest = read_byline([*lines, "A introdução."])
    assert (found.author, found.date, rest) == (author, date, ["A introdução."])


def test_the_first_date_is_the_articles_not_the_update() -> None:
    found, _ = read_byline(["Gepubliceerd op 2 mrt. 2026", "Bijgewerkt op 5 mrt. 2026"])
    assert found.date == "2026-03-02"


@pytest.mark.parametrize("line", ["Door de regen bleef de molen stil", "Por do sol na praia"])
def test_a_sentence_starting_with_door_or_por_is_not_a_byline(line: str) -> None:
    found, rest = read_byline([line])
    assert found.lines == [] and rest == [line]


def test_an_english_page_keeps_numeric_dates_month_first() -> None:
    """Day first only after another language's "Published": 11/03/2026 stays unread in English."""
    assert read_byline(["Published 11/03/2026"])[0].date == ""


@pytest.mark.parametrize(
    ("lines", "lang"),
    [
        (["Por Ana Souza", "Publicado em 03/11/2026"], "pt"),
        (["Por Lucía Gómez", "Publicado el 8 de mayo de 2026"], "es"),
        (["Por Ana Souza"], ""),  # Spanish or Portuguese: the page does not say
        (["Door Eva Jansen", "Gepubliceerd op 3 november 2026"], "nl"),
        (["By Sam Okafor", "Published 3 November 2026"], ""),  # English: no language to set
        (["Par Camille Durand", "Publié le 3 novembre 2026"], "fr"),
    ],
)
def test_the_byline_says_which_language_a_pasted_page_is_in(lines: list[str], lang: str) -> None:
    assert language_of(lines) == lang


SLIDES_PT = (
    "<h2>Praia da Adraga</h2><p>Foto: Nuno Reis</p><p>Rochas escuras e areia fina.</p>"
    "<h2>Praia Grande</h2><p>Crédito: Lusa</p><p>Ondas para quem aprende a surfar.</p>"
    "<h2>Leia também</h2><p><a href='/serra/'>Caminhadas na serra</a></p>"
)
SLIDES_NL = (
    "<h2>Het strand bij de duinen</h2><p>Beeld: ANP</p><p>Brede zandvlakte bij eb.</p>"
    "<h2>De pier</h2><p>Foto: Lotte Visser</p><p>Een wandeling boven de golven.</p>"
    "<h2>Lees ook</h2><p><a href='/kust/'>Fietsen langs de kust</a></p>"
)


@pytest.mark.parametrize(
    ("html", "lang", "author", "date", "headings", "credits"),
    [
        (
            '<html lang="pt-BR"><body><nav class="breadcrumb"><a href="/">Página inicial</a> / '
            '<a href="/turismo/">Turismo</a></nav><h1>Duas praias perto de Sintra</h1>'
            "<p>Por Carla Mendes</p><p>Publicado em 21/06/2026 às 08h00</p>"
            f"<p>O verão chega cedo à costa.</p>{SLIDES_PT}</body></html>",
            "pt-BR",
            "Carla Mendes",
            "2026-06-21",
            ["Praia da Adraga", "Praia Grande"],
            ["Nuno Reis", "Lusa"],
        ),
        (
            '<html><body><nav class="breadcrumb"><a href="/">Home</a> / '
            '<a href="/reizen/">Reizen</a></nav><h1>Twee plekken aan zee</h1>'
            "<p>Door Lotte Visser · Gepubliceerd op 8 juni 2026</p>"
            f"<p>De zomer begint aan de kust.</p>{SLIDES_NL}</body></html>",
            "nl",  # no <html lang>: the byline's words say it
            "Lotte Visser",
            "2026-06-08",
            ["Het strand bij de duinen", "De pier"],
            ["ANP", "Lotte Visser"],
        ),
    ],
)
def test_saved_portuguese_and_dutch_pages(
    html: str, lang: str, author: str, date: str, headings: list[str], credits: list[str]
) -> None:
    article = parse_html_page(html, Path("pagina.html")).article
    assert (article.lang, article.author, article.date) == (lang, author, date)
    assert article.intro in ("O verão chega cedo à costa.", "De zomer begint aan de kust.")
    assert [s.heading for s in article.slides] == headings
    assert [s.credit for s in article.slides] == credits
    assert article.read_more is not None and len(article.read_more.items) == 1
    assert article.categories in (["Turismo"], ["Reizen"])
