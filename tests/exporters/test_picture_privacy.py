"""Nothing private leaves in a published picture (issue 23): pictures with GPS (EXIF and XMP),
serials (EXIF and XMP aux), owner, maker note, IPTC/XMP location, editing history and an
embedded thumbnail, in JPEG, PNG and WebP, go through every export; each published picture file
is read back with ``exiftool -a -G1 -j``: none of it survives, the slide's credits do, and the
page, the feed and the files agree on creator and copyright."""

from __future__ import annotations

import base64
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from privatepictures import (
    EXPECTED,
    credits_left,
    private_bundle,
    private_left,
    read_tags,
)
from slidewright import load_article, save_article
from slidewright.exporters import ExportOptions, export

pytestmark = pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")
BASE = "https://news.example/night/"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return private_bundle(tmp_path_factory.mktemp("private") / "night-markets")


def _inlined(page: Path) -> dict[str, bytes]:
    """The single file's pictures: each data URI's bytes, named by its <img>'s alt text."""
    found = {}
    html = page.read_text("utf-8")
    for n, (kind, data) in enumerate(
        re.findall(r"data:image/(jpeg|png|webp|avif);base64,([A-Za-z0-9+/=]+)", html)
    ):
        found[f"inlined-{n}.{kind}"] = base64.b64decode(data)
    return found


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.suffix in (".jpg", ".png", ".webp", ".avif")
    }


def _stem_of(name: str) -> str | None:
    return next((stem for stem in EXPECTED if name.startswith(stem)), None)


def _size(tags: dict[str, object]) -> tuple[int, int]:
    """The stored pixel size (the file's header: File: for JPEG, PNG: or RIFF: for the others)."""
    for group in ("File", "PNG", "RIFF"):
        if f"{group}:ImageWidth" in tags:
            return int(str(tags[f"{group}:ImageWidth"])), int(str(tags[f"{group}:ImageHeight"]))
    raise AssertionError(f"no pixel size in {sorted(tags)}")


def _json_ld(page: str) -> list[dict[str, object]]:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert match, "no JSON-LD"
    images: list[dict[str, object]] = json.loads(match.group(1))["image"]
    return images


@pytest.mark.parametrize(
    "to, mode",
    [
        ("html", "article"),
        ("html-folder", "article"),
        ("html-folder", "paged"),
        ("hugo", "slideshow"),
        ("jekyll", "paged"),
    ],
)
def test_no_private_metadata_survives_an_export_and_the_credits_do(
    bundle: Path, tmp_path: Path, to: str, mode: str
) -> None:
    out = tmp_path / ("page.html" if to == "html" else "out")
    index = export(bundle, to, out, ExportOptions(mode=mode, base_url=BASE))  # type: ignore[arg-type]
    if to == "html":
        pictures = _inlined(out)
        assert len(pictures) == 5  # three slides, the read-more thumbnail, the body's chart
    else:
        folder = out / "assets" if to == "html-folder" else index.parent / "images"
        pictures = _files(folder)
        names = " ".join(pictures)
        assert all(
            stem in names for stem in ("longtable", "crates", "moorings", "portlist", "chart")
        )
        if to in ("hugo", "jekyll"):  # full-size copies of the originals, cleaned too
            assert {"longtable.jpg", "crates.png", "moorings.webp", "portlist.avif"} <= set(
                pictures
            )
    checked = 0
    read = read_tags(pictures, tmp_path)
    for name, data in pictures.items():
        tags = read[name]
        assert private_left(data, tags) == [], name
        stem = _stem_of(name) if to != "html" else None
        if stem:
            assert credits_left(tags, stem) == [], name
            checked += 1
        if stem == "longtable":  # shown upright: the turn applied to the pixels, or kept
            turned = tags.get("IFD0:Orientation") == 6
            assert turned or _size(tags)[1] > _size(tags)[0], name
    if to == "html":  # slide pictures in slide order first
        for n, stem in enumerate(EXPECTED):
            name = next(k for k in pictures if k.startswith(f"inlined-{n}."))
            assert credits_left(read[name], stem) == [], stem
    else:
        assert checked >= 6
    page = (out if to == "html" else index).read_text("utf-8")
    notices = [image.get("copyrightNotice") for image in _json_ld(page)] if to != "html" else []
    if notices:  # the page says what the files say
        assert notices == [want["copyright"] for want in EXPECTED.values()]
    assert "© Credits" not in page and "© DepositPhotos" not in page


def test_the_feed_points_at_cleaned_credited_pictures(bundle: Path, tmp_path: Path) -> None:
    """The feed's media:content and media:thumbnail name the site's copies of the pictures
    (docs/publishing.md: a feed beside a Hugo page bundle); each is clean and credited, and
    media:copyright is what the file says."""
    site = tmp_path / "site"
    index = export(bundle, "hugo", site, ExportOptions(base_url="https://news.example/"))
    feed_file = tmp_path / "feed.xml"
    export(bundle, "rss", feed_file, ExportOptions(base_url="https://news.example/night-markets/"))
    media = "{http://search.yahoo.com/mrss/}"
    root = ET.parse(feed_file).getroot()
    contents = root.findall(f".//{media}content")
    assert len(contents) == 3
    published: dict[str, bytes] = {}
    for content in contents:
        for element in (content, content.find(f"{media}thumbnail")):
            url = str(element.get("url") if element is not None else "")
            path = unquote(urlsplit(url).path).removeprefix("/night-markets/")
            published[url] = (index.parent / path).read_bytes()
    read = read_tags(published, tmp_path)
    for content, (stem, want) in zip(contents, EXPECTED.items(), strict=True):
        thumbnail = content.find(f"{media}thumbnail")
        for url in {content.get("url"), thumbnail.get("url") if thumbnail is not None else ""}:
            assert private_left(published[str(url)], read[str(url)]) == [], url
            assert credits_left(read[str(url)], stem) == [], url
        notice = content.find(f"{media}copyright")
        assert (notice.text if notice is not None else None) == want["copyright"]


def test_a_writer_can_publish_the_location_of_a_travel_piece(bundle: Path, tmp_path: Path) -> None:
    """``publish_location: true`` keeps the position and place names, never the rest."""
    travel = shutil.copytree(bundle, tmp_path / "travel")
    article = load_article(travel)
    article.publish_location = True
    save_article(article, travel)
    assert "publish_location: true" in (travel / "index.md").read_text("utf-8")
    index = export(travel, "jekyll", tmp_path / "site", ExportOptions(base_url=BASE))
    names = ("longtable.jpg", "crates.png", "longtable-480w.webp")
    published = {name: (index.parent / "images" / name).read_bytes() for name in names}
    read = read_tags(published, tmp_path)
    for name, data in published.items():
        tags = read[name]
        assert private_left(data, tags, location=True) == [], name
        assert round(tags["GPS:GPSLatitude"], 2) == 48.86, name
        assert "SECRET-created" in str(tags.get("XMP-iptcExt:LocationCreatedSublocation")), name
        assert credits_left(tags, name.split("-")[0].split(".")[0]) == [], name


@pytest.mark.parametrize("to", ["html", "hugo"])
def test_without_exiftool_no_picture_goes_out_uncleaned(
    bundle: Path, tmp_path: Path, to: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ExifTool missing: the export warns, and publishes the pictures' pixels (Pillow's
    re-encoding, colour profile only) or leaves a full-size copy out, never a file as it is."""
    from slidewright.exporters import imagerights

    monkeypatch.setattr(imagerights, "exiftool", lambda: None)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cold-cache"))
    warnings: list[str] = []
    out = tmp_path / ("page.html" if to == "html" else "site")
    index = export(bundle, to, out, ExportOptions(base_url=BASE, warn=warnings.append))
    assert any("ExifTool is not installed" in warning for warning in warnings)
    if to == "html":
        pictures = _inlined(out)
        assert len(pictures) == 5  # every picture still shown
    else:
        pictures = _files(index.parent / "images")
        assert "longtable.jpg" not in pictures and "longtable-480w.jpg" in pictures
    read = read_tags(pictures, tmp_path)
    for name, data in pictures.items():
        assert private_left(data, read[name]) == [], name
