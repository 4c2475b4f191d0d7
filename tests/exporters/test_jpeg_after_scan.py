"""What a JPEG hides where ExifTool does not read: segments between a progressive JPEG's scans,
bytes after its end, an Adobe segment longer than its twelve bytes.

ExifTool reads a JPEG's metadata up to its first scan and copies the rest as it is, so a comment
or an application segment between two scans of a progressive JPEG (where any encoder may put
one) survived ``-all=``, as did extra bytes in the Adobe segment ExifTool keeps. A site's
full-size copy and the WordPress upload published them. Now a published JPEG keeps only its
picture's segments after the first scan, nothing after its end, and the Adobe segment's own
twelve bytes, and shows the same pixels."""

from __future__ import annotations

import io
import shutil
import struct
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from imagefactory import picture
from slidewright import save_article
from slidewright.exporters import ExportOptions, export
from slidewright.exporters.jpegsegments import jpeg_segments
from slidewright.fileformat import load_article
from slidewright.model import Article, Slide
from slidewright.publish.pictures import published_pictures

pytestmark = pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def hidden_jpeg(seed: int) -> bytes:
    """A progressive JPEG with a comment and an APP5 segment before its second scan, an APP15
    before its end, an Adobe segment padded with text, and a note after its end."""
    out = io.BytesIO()
    picture((480, 320), seed).save(out, "JPEG", progressive=True, quality=85)
    data = out.getvalue()
    second_scan = data.index(b"\xff\xda", data.index(b"\xff\xda") + 2)
    end = data.rindex(b"\xff\xd9")
    adobe = _segment(0xEE, b"Adobe\0\x64\0\0\0\0\x01" + b"SECRET-adobe-padding")
    between = _segment(0xFE, b"SECRET-between-scans GPS 48.85N") + _segment(
        0xE5, b"SECRET-app5-between-scans"
    )
    return (
        data[:2]
        + adobe
        + data[2:second_scan]
        + between
        + data[second_scan:end]
        + _segment(0xEF, b"SECRET-app15-before-the-end")
        + data[end:]
        + b"SECRET-after-the-end"
    )


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "scans"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "harbour.jpg").write_bytes(hidden_jpeg(3))
    slide = Slide(
        heading="Harbour", image="images/harbour.jpg", alt="Boats", credit="Jo Doe/Agency"
    )
    save_article(Article(title="Scans", date="2026-11-20", slides=[slide]), folder)
    return folder


def _same_pixels(published: bytes, original: Path) -> bool:
    with Image.open(io.BytesIO(published)) as mine, Image.open(original) as theirs:
        return ImageChops.difference(mine.convert("RGB"), theirs.convert("RGB")).getbbox() is None


@pytest.mark.parametrize("to", ["hugo", "jekyll", "html-folder", "html"])
def test_no_segment_between_scans_or_after_the_end_is_published(
    bundle: Path, tmp_path: Path, to: str
) -> None:
    out = tmp_path / ("page.html" if to == "html" else "out")
    export(bundle, to, out, ExportOptions(warn=lambda message: None))
    files = [out] if out.is_file() else [p for p in out.rglob("*") if p.is_file()]
    assert [f.name for f in files if b"SECRET" in f.read_bytes()] == []
    copies = [f for f in files if f.name == "harbour.jpg"]
    for copy in copies:  # a site's full-size copy: the same picture
        assert _same_pixels(copy.read_bytes(), bundle / "images" / "harbour.jpg")


def test_the_wordpress_upload_carries_none_of_it_and_the_same_picture(bundle: Path) -> None:
    article = load_article(bundle)
    upload = published_pictures(article, bundle, ["images/harbour.jpg"])["images/harbour.jpg"]
    assert b"SECRET" not in upload
    assert b"Jo Doe/Agency" in upload  # still credited
    assert _same_pixels(upload, bundle / "images" / "harbour.jpg")


def test_a_baseline_jpeg_keeps_its_bytes() -> None:
    out = io.BytesIO()
    picture((120, 80), 4).save(out, "JPEG")
    assert jpeg_segments(out.getvalue()) == out.getvalue()


def test_a_jpeg_cut_short_keeps_its_scans_without_the_segments_among_them() -> None:
    data = hidden_jpeg(5)
    cut = data[: data.rindex(b"\xff\xef")]  # no APP15, no end marker
    cleaned = jpeg_segments(cut)
    assert b"SECRET" not in cleaned
    assert cleaned.startswith(b"\xff\xd8")
