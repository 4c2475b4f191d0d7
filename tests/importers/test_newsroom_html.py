"""Saved newsroom pages (their whole shapes are corpus pages 59 and 60): which picture a slide
gets from ``<picture>``, ``srcset`` and lazy loaders, and what a consent banner, a paid
"you may also like" widget and a byline's ``<time>`` leave in the article, which title a
theme's header gives; and a Markdown draft's ``<img>`` tag."""

from __future__ import annotations

from pathlib import Path

from slidewright.importers import parse_source
from slidewright.importers.common import ImportResult


def _read(tmp_path: Path, body: str, name: str = "page.html") -> ImportResult:
    page = tmp_path / name
    page.write_text(f"<html><body><h1>Harbour lights</h1>{body}</body></html>", encoding="utf-8")
    return parse_source(page)


def _images(result: ImportResult) -> list[str]:
    return [s.image for s in result.article.slides]


def test_a_lazy_loaders_placeholder_gives_way_to_the_real_picture(tmp_path: Path) -> None:
    result = _read(
        tmp_path,
        "<h2>Quay</h2><img src='https://cdn.test/placeholder.gif' data-lazy-src='https://cdn.test/quay.jpg'>"
        "<h2>Mole</h2><img src='data:image/gif;base64,R0lGOD' data-src='https://cdn.test/mole.jpg'>"
        "<h2>Pier</h2><img src='https://cdn.test/pier.jpg' data-src='https://cdn.test/pier-2.jpg'>",
    )
    assert _images(result) == [
        "https://cdn.test/quay.jpg",
        "https://cdn.test/mole.jpg",
        "https://cdn.test/pier.jpg",  # a real src (a page saved complete points it at its copy)
    ]


def test_a_srcset_gives_its_largest_picture_and_a_picture_element_its_sources(
    tmp_path: Path,
) -> None:
    result = _read(
        tmp_path,
        "<h2>Quay</h2><img srcset='https://cdn.test/q-400.jpg 400w, https://cdn.test/q-1600.jpg 1600w,"
        " https://cdn.test/q-800.jpg 800w'>"
        "<h2>Mole</h2><picture><source type='image/webp' srcset='https://cdn.test/m.webp 1x, "
        "https://cdn.test/m@2x.webp 2x'><img alt='The mole at dusk'></picture>",
    )
    assert _images(result) == ["https://cdn.test/q-1600.jpg", "https://cdn.test/m@2x.webp"]
    assert result.article.slides[1].alt == "The mole at dusk"


def test_consent_banners_and_paid_widgets_are_left_out_and_named(tmp_path: Path) -> None:
    result = _read(
        tmp_path,
        "<div id='onetrust-banner-sdk'><p>We and our partners use cookies.</p></div>"
        "<p>Six lights on one coast.</p><h2>Quay</h2><p>Red and white.</p>"
        "<div class='OUTBRAIN' data-widget-id='AR_1'><h2>You may also like</h2>"
        "<a href='https://ads.test/x'>Ten odd tricks</a></div>",
    )
    article = result.article
    assert article.intro == "Six lights on one coast."
    assert article.read_more is None
    assert [s.heading for s in article.slides] == ["Quay"]
    assert any(d.startswith("cookie notice") for d in result.dropped)
    assert any(d.startswith("sponsored links") for d in result.dropped)


def test_each_slides_box_keeps_the_picture_above_its_heading(tmp_path: Path) -> None:
    slides = "".join(
        f"<div class='slide'><figure><img src='https://cdn.test/{n}.jpg'></figure>"
        f"<h3>{n.title()}</h3><p>About {n}.</p></div>"
        for n in ("quay", "mole", "pier")
    )
    result = _read(tmp_path, f"<p>Three lights.</p>{slides}")
    assert _images(result) == [f"https://cdn.test/{n}.jpg" for n in ("quay", "mole", "pier")]
    assert result.article.intro == "Three lights."


def test_a_flat_page_with_one_heading_keeps_its_intro(tmp_path: Path) -> None:
    result = _read(tmp_path, "<div><p>The intro.</p><h2>Quay</h2><p>Body.</p></div>")
    assert result.article.intro == "The intro."
    assert result.article.slides[0].body == "Body.\n"


def test_a_bylines_time_is_the_date_not_part_of_the_name(tmp_path: Path) -> None:
    result = _read(
        tmp_path,
        "<div class='byline'><span>By Petra Holm</span> <time datetime='2025-02-11'>Feb. 11, "
        "2025</time></div><h2>Quay</h2><p>Body.</p>",
    )
    assert (result.article.author, result.article.date) == ("Petra Holm", "2025-02-11")


def test_a_headline_in_the_themes_header_is_the_title_not_the_tab_title(tmp_path: Path) -> None:
    page = tmp_path / "museums.html"
    page.write_text(
        "<html><head><title>Five Tiny Museums | The Daily Bugle</title></head><body>"
        "<header class='site-header'><a href='/'>The Daily Bugle</a></header>"
        "<div><header><h1>Five Tiny Museums With Big Stories</h1></header>"
        "<p>Small rooms.</p><h2>The Pencil Museum</h2><p>A long pencil.</p></div></body></html>",
        encoding="utf-8",
    )
    assert parse_source(page).article.title == "Five Tiny Museums With Big Stories"


def test_a_page_without_a_headline_takes_its_tab_title_without_the_site(tmp_path: Path) -> None:
    page = tmp_path / "markets.html"
    page.write_text(
        "<html><head><title>Nine Night Markets | Example Times</title></head><body>"
        "<h2>Raohe Street</h2><p>Pepper buns.</p></body></html>",
        encoding="utf-8",
    )
    assert parse_source(page).article.title == "Nine Night Markets"


def test_markdown_with_an_img_tag_gives_the_slide_its_picture(tmp_path: Path) -> None:
    draft = tmp_path / "lakes.md"
    draft.write_text(
        "# Cold Lakes\n\nBrr.\n\n## Loch Morlich\n\n"
        '<img src="https://cdn.test/morlich.jpg" alt="Sandy beach by a loch">\n\n'
        "Credit: VisitScotland\n\nA sandy beach.\n",
        encoding="utf-8",
    )
    slide = parse_source(draft).article.slides[0]
    assert (slide.image, slide.alt) == ("https://cdn.test/morlich.jpg", "Sandy beach by a loch")
    assert (slide.credit, slide.body) == ("VisitScotland", "A sandy beach.\n")


def test_json_ld_names_two_authors_and_a_deep_or_broken_graph_is_harmless(
    tmp_path: Path,
) -> None:
    deep = '{"a":' * 5000 + "1" + "}" * 5000
    result = _read(
        tmp_path,
        f"<script type='application/ld+json'>{deep}</script>"
        "<script type='application/ld+json'>{not json</script>"
        '<script type=\'application/ld+json\'>{"@graph": [{"@type": "WebPage"}, '
        '{"@type": ["NewsArticle"], "author": [{"name": "Ana Ruiz"}, "Kai Holm"], '
        '"datePublished": "2025-03-09"}]}</script><h2>Quay</h2><p>Body.</p>',
    )
    assert (result.article.author, result.article.date) == ("Ana Ruiz and Kai Holm", "2025-03-09")


def test_bold_numbered_slides_without_heading_tags_keep_their_pictures(tmp_path: Path) -> None:
    result = _read(
        tmp_path,
        "<p>Drinks with a view.</p>"
        "<p><strong>1. Sky Garden</strong></p><figure><img data-src='https://cdn.test/sky.jpg' "
        "alt='Glass dome bar'><figcaption>Photo: Sam Lee</figcaption></figure><p>Book ahead.</p>"
        "<p><strong>2. Le Perchoir</strong></p><p>No picture here.</p>"
        "<p><strong>3. Rooftop 7</strong></p><img src='https://cdn.test/r7.jpg'><p>Late.</p>",
    )
    slides = result.article.slides
    assert [s.heading for s in slides] == ["Sky Garden", "Le Perchoir", "Rooftop 7"]
    assert _images(result) == ["https://cdn.test/sky.jpg", "", "https://cdn.test/r7.jpg"]
    assert (slides[0].alt, slides[0].credit) == ("Glass dome bar", "Sam Lee")
