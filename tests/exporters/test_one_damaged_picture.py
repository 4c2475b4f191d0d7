"""One damaged picture in a single-file export leaves the other pictures as they should be:
cleaned and carrying their slides' credits.

Found by an attacker: the single HTML file credits its inlined pictures in one ExifTool run,
and any failure in that run (a WebP cut off half-way) made every picture fall back to its pixels
alone, so a healthy AFP photo went out without its credit line, and nothing said so. Now only
the picture that failed falls back (or is left out, with the warning naming it)."""

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
    slides = [
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
