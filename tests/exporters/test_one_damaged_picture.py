"""One damaged picture in an export leaves the other pictures as they should be: cleaned,
published and carrying their slides' credits.

Found by an attacker: an export credits its pictures in one ExifTool run, and any failure in
that run (a WebP cut off half-way) made every picture fall back: the single HTML file inlined a
healthy AFP photo without its credit line, an HTML folder left out a healthy TIFF ("its
metadata could not be cleaned"), a site left out every full-size picture; only the damaged one
was named. Now only the picture that failed falls back (or is left out, the warning naming it)."""

from __future__ import annotations

import base64
import io
import re
import shutil
from pathlib import Path

import pytest

from imagefactory import picture
from privatepictures import private_picture
from slidewright import save_article
from slidewright.exporters import ExportOptions, export
from slidewright.model import Article, Slide

pytestmark = pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    private_picture(folder / "images" / "harbour.jpg", 3)
    cut = io.BytesIO()
    picture((900, 600), 4).save(cut, "WEBP")
    (folder / "images" / "cut.webp").write_bytes(cut.getvalue()[:200])
    picture((900, 600), 5).save(folder / "images" / "scan.tif")  # published as it comes
    slides = [
        Slide(heading="Scan", image="images/scan.tif", alt="A scanned print",
              credit="Ana Silva/Reuters", body="Text."),
        Slide(heading="Harbour", image="images/harbour.jpg", alt="Boats at dawn",
              credit="Jean Dupont/AFP", body="Text."),
        Slide(heading="Cut", image="images/cut.webp", alt="A market", credit="Jo Doe/Agency",
              body="Text."),
    ]  # fmt: skip
    save_article(Article(title="Mixed", date="2026-11-20", slides=slides), folder)
    return folder


def test_a_healthy_picture_keeps_its_credit_beside_a_damaged_one(
    bundle: Path, tmp_path: Path
) -> None:
    warnings: list[str] = []
    page = tmp_path / "page.html"
    export(bundle, "html", page, ExportOptions(warn=warnings.append))
    inlined = [
        base64.b64decode(data)
        for data in re.findall(r"data:image/jpeg;base64,([A-Za-z0-9+/=]+)", page.read_text())
    ]
    assert len(inlined) == 1
    assert b"Jean Dupont/AFP" in inlined[0]  # its credit, as alone
    assert b"SECRET" not in inlined[0]
    assert warnings and all("harbour" not in warning for warning in warnings)
    assert any("cut.webp" in warning for warning in warnings)


@pytest.mark.parametrize("to", ["html-folder", "hugo"])
def test_a_folder_or_site_keeps_its_healthy_pictures_and_their_credits(
    bundle: Path, tmp_path: Path, to: str
) -> None:
    warnings: list[str] = []
    out = tmp_path / "out"
    export(bundle, to, out, ExportOptions(warn=warnings.append))
    files = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert b"Ana Silva/Reuters" in files["scan.tif"]
    if to == "hugo":  # the site's full-size copy
        assert b"Jean Dupont/AFP" in files["harbour.jpg"]
    assert not any(b"SECRET" in data for data in files.values())
    assert all("scan" not in w and "harbour" not in w for w in warnings)
    assert any("cut.webp" in warning for warning in warnings)
    if to == "hugo":  # the site says which full-size copy it left out, not "the pictures"
        assert [w for w in warnings if "full-size" in w] == [
            "the full-size picture 'images/cut.webp' was left out of the site: its metadata "
            "could not be cleaned (the page shows its renditions)"
        ]
