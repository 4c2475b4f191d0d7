"""A saved page's byline paragraph and breadcrumb, in the markup themes give them: the byline's
author and date are read (and it leaves the intro), the breadcrumb gives the category."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright.importers.html import parse_html_page

SLIDES = (
    "<h2>The Point Tower</h2><p>Credit: Ana Ruiz</p><p>Two rooms and a ladder.</p>"
    "<h2>The Harbour Light</h2><p>Credit: Marta Lind</p><p>Halyards ring all night.</p>"
)


@pytest.mark.parametrize(
    "crumbs",
    [
        '<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
        '<li><a href="/travel/">Travel</a></li><li>Lighthouses</li></ol></nav>',
        '<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li>Home</li>'
        "<li>Travel</li></ol>",
        '<div class="crumbs">Home / Travel / Lighthouses</div>',
    ],
)
def test_the_breadcrumb_gives_the_category_in_every_markup(crumbs: str) -> None:
    page = f"<html><body>{crumbs}<h1>Lighthouses</h1><p>Beds are made.</p>{SLIDES}</body></html>"
    article = parse_html_page(page, Path("page.html")).article
    assert article.categories == ["Travel"]


@pytest.mark.parametrize(
    ("byline", "author", "date"),
    [
        ('<p class="byline">By Hana Iqbal · 14 Oct 2026</p>', "Hana Iqbal", "2026-10-14"),
        ("<p>By Hana Iqbal | Updated 3 December 2026</p>", "Hana Iqbal", "2026-12-03"),
        ('<div class="byline">By Hana Iqbal</div>', "Hana Iqbal", ""),
    ],
)
def test_a_byline_under_the_title_gives_author_and_date_not_an_intro_paragraph(
    byline: str, author: str, date: str
) -> None:
    page = f"<html><body><h1>Lighthouses</h1>{byline}<p>Beds are made.</p>{SLIDES}</body></html>"
    article = parse_html_page(page, Path("page.html")).article
    assert (article.author, article.date, article.intro) == (author, date, "Beds are made.")


def test_a_page_read_by_shape_still_takes_its_category_from_the_breadcrumb() -> None:
    page = (
        '<html lang="en-GB"><body><nav class="breadcrumb"><a href="/">Home</a> / '
        '<a href="/t/">Travel</a></nav><h1>Lighthouses</h1><p>Beds are made.</p>'
        "<p><strong>1. The Point Tower</strong></p><p>Credit: Ana Ruiz</p>"
        "<p>Two rooms stacked one above the other, with a ladder between them.</p>"
        "<p><strong>2. The Harbour Light</strong></p><p>Credit: Marta Lind</p>"
        "<p>Fall asleep to the halyards ringing against the masts.</p></body></html>"
    )
    article = parse_html_page(page, Path("page.html")).article
    assert [s.heading for s in article.slides] == ["The Point Tower", "The Harbour Light"]
    assert (article.categories, article.lang) == (["Travel"], "en-GB")
