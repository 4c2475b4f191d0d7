"""A picture's credit where ExifTool, ImageMagick and Photoshop put it outside JPEG: IPTC-IIM in a
PNG (a ``Raw profile type iptc`` text chunk, hex-coded Photoshop resources or bare IIM) and XMP in
a GIF (its ``XMP DataXMP`` application block).

Pillow reads neither, so an AFP picture saved as PNG or GIF by any of those tools looked like a
picture with no credit at all: typed as "Jean Dupont/Reuters", the check said nothing. Now the
file is evidence as a JPEG's is: the check names the conflict and offers the file's credit, and
an honest credit stays clean."""

from __future__ import annotations

import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from imagefactory import picture
from slidewright.credits import CreditChecker
from slidewright.credits.findings import Finding
from slidewright.model import Article, Slide

pytestmark = pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")
MISMATCH = "credit-metadata-mismatch"
CREDIT_RULES = {MISMATCH, "credit-agency-spelling", "credit-agency-pattern", "credit-missing"}


def _exiftool(file: Path, *tags: str) -> None:
    subprocess.run(
        ["exiftool", "-q", "-q", "-m", "-overwrite_original", *tags, str(file)],
        check=True,
        capture_output=True,
    )


def _afp_picture(folder: Path, kind: str) -> str:
    """An AFP picture by Jean Dupont whose credit only the ``kind`` container holds."""
    name = f"images/photo.{'gif' if kind == 'gif-xmp' else 'png'}"
    file = folder / name
    file.parent.mkdir(parents=True, exist_ok=True)
    if kind == "gif-xmp":
        picture((1200, 800), 4).convert("P").save(file, "GIF")
        _exiftool(file, "-XMP-photoshop:Credit=AFP", "-XMP-dc:Creator=Jean Dupont")
    elif kind == "png-iptc":  # what ExifTool writes: Photoshop resources, hex-coded
        picture((1200, 800), 4).save(file, "PNG")
        _exiftool(file, "-IPTC:Credit=AFP", "-IPTC:By-line=Jean Dupont")
    else:  # "png-bare-iim": what ImageMagick writes for IIM that came without Photoshop's wrapper
        iim = b"".join(
            b"\x1c\x02" + bytes([dataset]) + len(text).to_bytes(2, "big") + text
            for dataset, text in ((110, b"AFP"), (80, b"Jean Dupont"))
        )
        coded = "\n".join(iim.hex()[n : n + 72] for n in range(0, len(iim.hex()), 72))
        info = PngInfo()
        info.add_text("Raw profile type iptc", f"\niptc\n{len(iim):8d}\n{coded}\n", zip=True)
        picture((1200, 800), 4).save(file, "PNG", pnginfo=info)
    return name


def _check(folder: Path, image: str, credit: str) -> list[Finding]:
    slide = Slide(heading="h", image=image, alt="Protesters in a square", credit=credit)
    found = CreditChecker().check(Article(title="T", slides=[slide]), folder)
    return [f for f in found if f.rule in CREDIT_RULES or f.rule.startswith("image-")]


KINDS = ["png-iptc", "png-bare-iim", "gif-xmp"]


@pytest.mark.parametrize("kind", KINDS)
def test_an_afp_picture_credited_to_reuters_is_a_conflict(tmp_path: Path, kind: str) -> None:
    image = _afp_picture(tmp_path, kind)
    [mismatch] = [f for f in _check(tmp_path, image, "Jean Dupont/Reuters") if f.rule == MISMATCH]
    assert "the file says" in mismatch.message and "AFP" in mismatch.message
    assert mismatch.fix is not None and dict(mismatch.fix.changes) == {"credit": "Jean Dupont/AFP"}


@pytest.mark.parametrize("kind", KINDS)
def test_the_honest_credit_stays_clean(tmp_path: Path, kind: str) -> None:
    image = _afp_picture(tmp_path, kind)
    assert [f.rule for f in _check(tmp_path, image, "Jean Dupont/AFP")] == []


def test_a_damaged_profile_is_no_evidence_and_no_error(tmp_path: Path) -> None:
    """Hex that does not decode, a length past the end: read as nothing; a zip bomb of a chunk
    is what it was before (an unreadable picture, with its reason), never a traceback."""
    folder = tmp_path / "images"
    folder.mkdir()
    for n, text in enumerate(["\niptc\n   99\nzz-not-hex\n", "\niptc\n  4\n1c026e7fff41\n"]):
        info = PngInfo()
        info.add_text("Raw profile type iptc", text)
        picture((1200, 800), 5).save(folder / f"odd{n}.png", "PNG", pnginfo=info)
    bomb = PngInfo()
    bomb.add_text("Raw profile type iptc", "\niptc\n 1\n" + "0" * 50_000_000, zip=True)
    picture((1200, 800), 5).save(folder / "bomb.png", "PNG", pnginfo=bomb)
    assert len(zlib.compress(b"0" * 50_000_000)) < 100_000
    for name in ("odd0.png", "odd1.png"):
        assert _check(tmp_path, f"images/{name}", "Jean Dupont/Reuters") == [], name
        with Image.open(folder / name) as image:
            assert image.size == (1200, 800)
    found = _check(tmp_path, "images/bomb.png", "Jean Dupont/Reuters")
    assert [f.rule for f in found] == ["image-unreadable"]
