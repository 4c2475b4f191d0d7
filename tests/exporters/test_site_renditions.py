"""Hugo and Jekyll sites serve the same responsive images as the html-folder export: renditions
beside each picture in the page bundle, srcset/sizes with WebP, a pixel size, the first picture
loaded first; checked on the page the real tool builds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from imagefactory import make_image
from pageimages import Images
from sitebuild import build_hugo, build_jekyll
from slidewright import load_article, save_article
from slidewright.cli import main


@pytest.fixture
def big_photo_bundle(sample_bundle: Path) -> Path:
    make_image(sample_bundle / "images" / "harbour photo.jpg", size=(3000, 2000), seed=5)
    article = load_article(sample_bundle)
    article.slides[0].image = "images/harbour photo.jpg"  # a space: srcset needs it encoded
    save_article(article, sample_bundle)
    return sample_bundle


def check(page_html: str, built: Path) -> None:
    page = Images(page_html)
    first = page.imgs[0]
    srcset = [part.rsplit(" ", 1) for part in (first["srcset"] or "").split(", ")]
    assert [w for _, w in srcset] == ["480w", "800w", "1200w", "1440w"]
    for url, _ in srcset:  # each rendition is there, beside the page
        assert (built / url.replace("%20", " ")).is_file(), url
    assert (first["width"], first["height"]) == ("1440", "960")
    assert first["fetchpriority"] == "high" and first["sizes"]
    assert page.sources[0]["type"] == "image/webp" and "480w" in (page.sources[0]["srcset"] or "")
    assert all(img["loading"] == "lazy" for img in page.imgs[1:])


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed")
def test_hugo_site_offers_renditions(big_photo_bundle: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    main(["export", str(big_photo_bundle), "--to", "hugo", "-o", str(site), "--mode", "slideshow"])
    check(build_hugo(site), site / "public" / "harbour-towns")


@pytest.mark.skipif(shutil.which("jekyll") is None, reason="jekyll is not installed")
def test_jekyll_site_offers_renditions(big_photo_bundle: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    main(["export", str(big_photo_bundle), "--to", "jekyll", "-o", str(site)])
    check(build_jekyll(site), site / "_site" / "harbour-towns")
