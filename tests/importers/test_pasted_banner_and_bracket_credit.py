"""A page copied whole (Ctrl+A) starts with its consent banner (corpus page 67): the banner's
sentence and buttons are left out and named, and a slideshow about cookie law keeps its own
sentences about cookies. A caption ending with an agency in brackets (corpus page 68) gives
its credit. A slideshow's counter in another language ("Bild 2 von 6", corpus page 73) is the
site's navigation, not the slide's text."""

from __future__ import annotations

from slidewright.importers.creditline import read_credit_line
from slidewright.importers.pagechrome import chrome_kind
from slidewright.importers.text import parse_text


def test_a_banner_above_the_title_is_not_the_title() -> None:
    page = (
        "This website and our partners use cookies to measure traffic.\n\nAlle akzeptieren\n\n"
        "Four Lighthouse Walks\n\nShort ones.\n\nSouth Stack\n\nPhoto: Ana Ruiz\n\nSteps down.\n\n"
        "Bamburgh\n\nPhoto: Kai Holm\n\nDunes.\n"
    )
    result = parse_text(page)
    assert result.article.title == "Four Lighthouse Walks"
    assert result.article.intro == "Short ones."
    assert any(d.startswith("2 cookie notice lines") for d in result.dropped)


def test_an_article_about_cookie_law_keeps_its_sentences() -> None:
    for line in (
        "Regulators said sites that use cookies must ask before setting them.",
        "The cookies at this bakery are baked before dawn.",
        "Accept the invitation",
    ):
        assert chrome_kind(line) is None, line


def test_an_agency_in_brackets_ending_a_caption_is_its_credit() -> None:
    found = read_credit_line("Hikers on the ridge at dawn. (Getty Images)")
    assert found is not None and (found.credit, found.caption) == (
        "Getty Images",
        "Hikers on the ridge at dawn.",
    )
    assert read_credit_line("The old bridge over the Arno (Florence)") is None
    assert read_credit_line("A walk along the river (about two kilometres)") is None


def test_slideshow_counters_in_other_languages_are_navigation() -> None:
    for line in ("Bild 2 von 6", "Photo 2 sur 6", "Foto 2 de 6", "Zdjęcie 2 z 6", "写真 2/6"):
        assert chrome_kind(line) == "navigation", line
    assert chrome_kind("Zugspitze 2 von 6 Gipfeln") is None
