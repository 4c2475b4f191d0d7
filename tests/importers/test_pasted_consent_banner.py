"""A page copied whole (Ctrl+A) starts with its consent banner; its whole shape is corpus page 67.
The banner's sentence and buttons are left out and named, and a slideshow about cookie law
keeps its own sentences about cookies."""

from __future__ import annotations

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
