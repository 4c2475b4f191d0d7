"""A writer who lost the bundle but kept what Slidewright exported gets the article back: every
field the export shows, read back from the page's structure, meta tags and JSON-LD, and the
pictures saved as files (from the export's assets, or decoded from the single file)."""

from __future__ import annotations

import base64
from dataclasses import fields
from pathlib import Path

import pytest

from imagefactory import make_image
from slidewright import load_article
from slidewright.cli import main
from slidewright.fileformat import save_article
from slidewright.importers import import_file
from slidewright.model import Article, Slide

ARTICLE_FIELDS = ("title", "description", "author", "date", "categories", "tags", "lang")
SLIDE_FIELDS = ("heading", "alt", "credit", "caption", "body", "license", "source_url")


def _export(bundle: Path, out: Path, *options: str) -> None:
    to = "html" if out.suffix == ".html" else "html-folder"
    assert main(["export", "--to", to, *options, "-o", str(out), str(bundle)]) == 0


def _same_article(original: Article, back: Article) -> None:
    for name in (*ARTICLE_FIELDS, "intro", "credit_label"):
        assert getattr(back, name) == getattr(original, name), name
    assert len(back.slides) == len(original.slides)
    for before, after in zip(original.slides, back.slides, strict=True):
        for name in (*SLIDE_FIELDS, "creator", "license_url"):
            assert getattr(after, name) == getattr(before, name), (before.heading, name)
    assert back.read_more is not None and original.read_more is not None
    assert back.read_more.heading == original.read_more.heading
    assert [(i.title, i.url, i.credit) for i in back.read_more.items] == [
        (i.title, i.url, i.credit) for i in original.read_more.items
    ]


def test_the_sample_exported_as_a_folder_imports_as_it_was(
    sample_bundle: Path, tmp_path: Path
) -> None:
    _export(sample_bundle, tmp_path / "site")
    summary = import_file(tmp_path / "site" / "index.html", tmp_path / "back")
    original, back = load_article(sample_bundle), load_article(tmp_path / "back")
    _same_article(original, back)
    assert back.tags == ["coast", "slow travel", "harbours"]
    supper = back.slides[7]
    assert (supper.license, supper.creator) == ("CC BY-SA 4.0", "Priya Nair")
    assert supper.license_url == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert [s.image for s in back.slides] == [s.image for s in original.slides]
    assert (tmp_path / "back" / "images" / "fog.jpg").stat().st_size > 0
    assert any("Slidewright" in g and "exported" in g for g in summary.guessed)


def test_the_single_file_export_gives_its_inlined_pictures_back(
    sample_bundle: Path, tmp_path: Path
) -> None:
    _export(sample_bundle, tmp_path / "one.html")
    summary = import_file(tmp_path / "one.html", tmp_path / "back")
    back = load_article(tmp_path / "back")
    _same_article(load_article(sample_bundle), back)
    assert summary.copied_images == 10 and not summary.refused
    for slide in back.slides:
        assert (tmp_path / "back" / slide.image).read_bytes()[:3] == b"\xff\xd8\xff"  # JPEG


@pytest.mark.parametrize("start", ["index.html", "slide-4/index.html"])
def test_the_paged_export_is_read_from_any_of_its_pages(
    sample_bundle: Path, tmp_path: Path, start: str
) -> None:
    _export(sample_bundle, tmp_path / "paged", "--mode", "paged")
    import_file(tmp_path / "paged" / start, tmp_path / "back")
    _same_article(load_article(sample_bundle), load_article(tmp_path / "back"))


def test_lists_quotes_captions_and_a_licence_without_address_come_back(
    sample_bundle: Path, tmp_path: Path
) -> None:
    article = load_article(sample_bundle)
    first = article.slides[0]
    first.body = (
        "Three things:\n\n- rope\n- *bread*\n- a [map](https://example.org/map)\n\n> Go early.\n"
    )
    first.caption = "The bay at *dawn*"
    first.license, first.license_url, first.source_url = "CC0", "", ""
    article.credit_label = "Photo"
    article.slides.append(Slide(heading="No Picture Yet", credit="Ana Ruiz", body="Soon.\n"))
    save_article(article, sample_bundle)
    _export(sample_bundle, tmp_path / "site")
    import_file(tmp_path / "site" / "index.html", tmp_path / "back")
    back = load_article(tmp_path / "back")
    _same_article(load_article(sample_bundle), back)
    assert back.slides[-1].image == ""


def test_an_inlined_picture_that_is_not_an_image_is_refused(tmp_path: Path) -> None:
    make_image(tmp_path / "real.png", seed=3)
    real = base64.b64encode((tmp_path / "real.png").read_bytes()).decode()
    fake = base64.b64encode(b"#!/bin/sh\nrm -rf ~\n" * 20).decode()
    page = (
        '<html><head><meta name="generator" content="Slidewright 0.1.0"></head><body>'
        '<article class="sw-article"><h1 class="sw-title">Two</h1><div id="sw-slides">'
        f'<section class="sw-slide"><h2 class="sw-heading">Real</h2><img src="data:image/png;base64,{real}" alt="a"></section>'
        f'<section class="sw-slide"><h2 class="sw-heading">Fake</h2><img src="data:image/png;base64,{fake}" alt="b"></section>'
        f'<section class="sw-slide"><h2 class="sw-heading">Text</h2><img src="data:text/html;base64,{fake}" alt="c"></section>'
        "</div></article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    summary = import_file(tmp_path / "page.html", tmp_path / "back")
    back = load_article(tmp_path / "back")
    assert [s.image for s in back.slides] == ["images/real.png", "", ""]
    assert len(summary.refused) == 2 and list((tmp_path / "back" / "images").iterdir()) == [
        tmp_path / "back" / "images" / "real.png"
    ]


def test_a_page_that_only_borrows_the_generator_name_is_read_as_any_saved_page(
    tmp_path: Path,
) -> None:
    page = (
        '<html><head><meta name="generator" content="Slidewright 9"></head><body>'
        "<h1>Borrowed</h1><h2>One</h2><p>Credit: Ana Ruiz</p><p>Text.</p></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    summary = import_file(tmp_path / "page.html", tmp_path / "back")
    assert load_article(tmp_path / "back").slides[0].credit == "Ana Ruiz"
    assert not any("exported" in g for g in summary.guessed)


def test_every_article_field_is_either_compared_or_not_shown_by_an_export() -> None:
    """A new article field must be read back (or knowingly left out) here."""
    not_exported = {"layout", "sponsored", "publish_location", "notes", "extra", "slides"}
    compared = {*ARTICLE_FIELDS, "intro", "credit_label", "read_more"}
    assert {f.name for f in fields(Article)} == compared | not_exported


@pytest.mark.parametrize(
    ("site", "page"),
    [("hugo", "content/harbour-towns/index.md"), ("jekyll", "harbour-towns/index.md")],
)
def test_a_hugo_or_jekyll_page_slidewright_exported_imports_as_the_article(
    sample_bundle: Path, tmp_path: Path, site: str, page: str
) -> None:
    out = tmp_path / site
    assert main(["export", "--to", site, "-o", str(out), str(sample_bundle)]) == 0
    import_file(out / page, tmp_path / "back")
    back = load_article(tmp_path / "back")
    _same_article(load_article(sample_bundle), back)
    assert not [key for key in back.extra if key.startswith("slidewright_")]
    assert [s.image for s in back.slides] == [s.image for s in load_article(sample_bundle).slides]
    assert (tmp_path / "back" / "images" / "supper.jpg").is_file()


def _export_page(heading: str, next_href: str = "", json_ld: str = "") -> str:
    link = f'<a class="sw-next" href="{next_href}" rel="next">Next</a>' if next_href else ""
    return (
        '<html><head><meta name="generator" content="Slidewright 0.1.0">'
        f'<script type="application/ld+json">{json_ld}</script></head>'
        '<body class="mode-paged target-export sw-later"><article class="sw-article">'
        f'<h1 class="sw-title">Walk</h1>{link}<div id="sw-slides"><section class="sw-slide">'
        f'<h2 class="sw-heading">{heading}</h2><div class="sw-body"><p>Text.</p></div>'
        "</section></div></article></body></html>"
    )


def test_a_paged_export_is_followed_only_through_pages_slidewright_wrote(tmp_path: Path) -> None:
    (tmp_path / "outside.html").write_text(_export_page("Outside"), encoding="utf-8")
    site = tmp_path / "site"
    (site / "slide-2").mkdir(parents=True)
    (site / "index.html").write_bytes(b"\x00" * 4096)  # no export: the walk starts here
    deep = "[" * 100_000 + "]" * 100_000
    (site / "slide-2" / "index.html").write_text(
        _export_page("Second", "../slide-3/index.html", deep), encoding="utf-8"
    )
    (site / "slide-3").mkdir()
    (site / "slide-3" / "index.html").write_text(
        _export_page("Third", "../../outside.html"), encoding="utf-8"
    )
    import_file(site / "slide-2" / "index.html", tmp_path / "back")
    assert [s.heading for s in load_article(tmp_path / "back").slides] == ["Second"]
