"""Publishing outputs other than HTML: a Hugo site (built with the real hugo when installed),
a Jekyll site, and a Media RSS feed."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sitebuild import build_hugo, build_jekyll
from slidewright import load_article
from slidewright.cli import main

MEDIA = "{http://search.yahoo.com/mrss/}"


def test_hugo_export_is_a_site_with_our_layout(sample_bundle: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert main(["export", str(sample_bundle), "--to", "hugo", "-o", str(site)]) == 0
    placed = load_article(site / "content" / "harbour-towns" / "index.md")
    original = load_article(sample_bundle)
    assert (placed.title, placed.author, placed.tags) == (
        original.title,
        original.author,
        original.tags,
    )
    assert [s.heading for s in placed.slides] == [s.heading for s in original.slides]
    assert (site / "content" / "harbour-towns" / "images" / "fog.jpg").is_file()
    theme = site / "themes" / "slidewright"  # a theme component the site names
    assert (theme / "layouts" / "_default" / "slideshow.html").is_file()
    assert (theme / "static" / "slidewright" / "article.css").is_file()
    assert 'theme = [\n    "slidewright",\n]' in (site / "hugo.toml").read_text()


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed")
def test_hugo_builds_the_exported_site(sample_bundle: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    main(["export", str(sample_bundle), "--to", "hugo", "-o", str(site), "--mode", "slideshow"])
    page = build_hugo(site, "harbour-towns/index.html")
    assert page.count('class="sw-slide"') == 9
    assert "Credit: <bdi>Marta Lind/Shutterstock</bdi>" in page
    assert 'class="mode-slideshow' in page
    assert (site / "public" / "harbour-towns" / "images" / "fog.jpg").is_file()
    assert "<li><bdi>Travel</bdi></li>" in page


def test_jekyll_export_places_page_layout_and_assets(sample_bundle: Path, tmp_path: Path) -> None:
    site = tmp_path / "jekyll"
    assert main(["export", str(sample_bundle), "--to", "jekyll", "-o", str(site)]) == 0
    assert load_article(site / "harbour-towns" / "index.md").layout == "slideshow"
    assert (site / "_layouts" / "slideshow.html").read_text(encoding="utf-8").startswith("---")
    assert (site / "assets" / "slidewright" / "slideshow.js").is_file()


@pytest.mark.skipif(shutil.which("jekyll") is None, reason="jekyll is not installed")
def test_jekyll_builds_the_exported_site(sample_bundle: Path, tmp_path: Path) -> None:
    site = tmp_path / "jekyll"
    main(["export", str(sample_bundle), "--to", "jekyll", "-o", str(site)])
    page = build_jekyll(site, "harbour-towns/index.html")
    assert page.count('class="sw-slide"') == 9
    assert (
        "Credit: <bdi>Marta Lind/Shutterstock</bdi>" in page
        and "<li><bdi>Travel</bdi></li>" in page
    )
    assert "<p>Arrive the evening before" in page  # bodies rendered from Markdown
    assert (site / "_site" / "harbour-towns" / "images" / "fog.jpg").is_file()


def test_media_rss_feed_carries_every_slide_image_with_its_credit(
    sample_bundle: Path, tmp_path: Path
) -> None:
    feed = tmp_path / "feed.xml"
    assert (
        main(
            [
                "export",
                str(sample_bundle),
                "--to",
                "rss",
                "-o",
                str(feed),
                "--base-url",
                "https://coast.example.com/harbour-towns/",
            ]
        )
        == 0
    )
    item = ET.parse(feed).getroot().find("channel/item")
    assert item.findtext("title") == "Nine Harbour Towns Worth Taking the Slow Road For"
    contents = item.findall(f"{MEDIA}content")  # directly in the item: no media:group
    assert len(contents) == 9
    first = contents[0]
    assert first.get("url") == "https://coast.example.com/harbour-towns/images/fog.jpg"
    credits = [(c.get("role"), c.text) for c in first.findall(f"{MEDIA}credit")]
    assert credits == [("photographer", "Marta Lind"), ("distributor", "Shutterstock")]
    assert first.findtext(f"{MEDIA}title") == "Where the Fog Lifts Late"
    assert "<p>" in first.findtext(f"{MEDIA}description")
    assert item.findtext("pubDate").startswith("Fri, 20 Nov 2026")
