"""Private words in the parts of a picture the first cleaners kept because a viewer needs them:
the colour profile's own description (a calibration tool names it after the owner's machine),
its PostScript and colorant-name tags, the file's Digital Source Type (free text where a
vocabulary address belongs), the pages of a TIFF after the one shown (a scanner's or an
editor's preview of the uncropped original), a PNG's colour profile name (the iCCP chunk's
own, beside the profile), and an SVG's ``<title>``, ``<desc>``, ids that nothing in the drawing
points at and attributes that do not draw (``author="…"``). Every export and the WordPress
upload are read back: no ``SECRET`` in any encoding, and what the picture needs to show (its colours, a gradient's id,
a real Digital Source Type) is still there."""

from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from imagefactory import picture
from privatepictures import pictures_bundle, published_files, read_tags
from slidewright.exporters import ExportOptions, export
from slidewright.fileformat import load_article
from slidewright.publish.pictures import published_pictures

pytestmark = pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")
AI = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
PICTURES = ("calibrated.jpg", "calibrated4.png", "postscript.webp", "typed.jpg", "made.jpg",
            "pages.tif", "drawing.svg", "named.png")  # fmt: skip


def _text_description(text: str) -> bytes:
    """An ICC v2 textDescriptionType."""
    ascii_ = text.encode() + b"\0"
    return b"desc" + bytes(4) + struct.pack(">I", len(ascii_)) + ascii_ + bytes(12 + 67)


def _localised(text: str) -> bytes:
    """An ICC v4 multiLocalizedUnicodeType (UTF-16)."""
    utf16 = text.encode("utf-16-be")
    return b"mluc" + bytes(4) + struct.pack(">II4sII", 1, 12, b"enUS", len(utf16), 28) + utf16


def profile_with(tags: list[tuple[bytes, bytes]], version: int = 2) -> bytes:
    """Pillow's sRGB profile with ``tags`` added or put in place of its own."""
    base = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    count = struct.unpack(">I", base[128:132])[0]
    rows = [struct.unpack(">4sII", base[132 + 12 * n : 144 + 12 * n]) for n in range(count)]
    rows = [row for row in rows if row[0] not in dict(tags)]
    shift = 12 * (len(rows) + len(tags) - count)
    table = [(sig, offset + shift, size) for sig, offset, size in rows]
    data = bytearray(base[132 + 12 * count :])
    end = 132 + 12 * (len(rows) + len(tags)) + len(data)
    for sig, blob in tags:
        data += bytes(-end % 4)
        end += -end % 4
        table.append((sig, end, len(blob)))
        data += blob
        end += len(blob)
    whole = bytearray(base[:128]) + struct.pack(">I", len(table))
    whole[8] = version
    whole += b"".join(struct.pack(">4sII", *row) for row in table) + data
    whole[:4] = struct.pack(">I", len(whole))
    return bytes(whole)


def _profile_named(png: bytes, name: bytes) -> bytes:
    """``png`` with its iCCP chunk's profile name set to ``name``."""
    at = png.index(b"iCCP") - 4
    length = struct.unpack(">I", png[at : at + 4])[0]
    old = png[at + 8 : at + 8 + length]
    payload = name + old[old.index(b"\0") :]
    chunk = struct.pack(">I", len(payload)) + b"iCCP" + payload
    chunk += struct.pack(">I", zlib.crc32(b"iCCP" + payload))
    return png[:at] + chunk + png[at + 12 + length :]


def make_pictures(images: Path) -> None:
    images.mkdir(parents=True)
    owner = _text_description("SECRET Jane Doe's iMac, calibrated")
    picture((600, 400), 1).save(
        images / "calibrated.jpg", icc_profile=profile_with([(b"desc", owner)])
    )
    v4 = profile_with([(b"desc", _localised("SECRET-v4 Jane Doe"))], version=4)
    picture((600, 400), 2).save(images / "calibrated4.png", icc_profile=v4)
    names = b"clrt" + bytes(4) + struct.pack(">I", 1) + b"SECRET-ink".ljust(32, b"\0") + bytes(6)
    postscript = profile_with([(b"ps2i", b"text" + bytes(4) + b"SECRET-ps2i\0"), (b"clrt", names)])
    picture((600, 400), 3).save(images / "postscript.webp", icc_profile=postscript)
    for name, kind in (("typed.jpg", "SECRET at 48.8584N 2.2945E"), ("made.jpg", AI)):
        picture((600, 400), 4).save(images / name)
        subprocess.run(["exiftool", "-q", "-q", "-overwrite_original",
                        f"-XMP-iptcExt:DigitalSourceType={kind}", str(images / name)],
                       check=True)  # fmt: skip
    out = io.BytesIO()
    picture((600, 400), 7).save(out, "PNG", icc_profile=profile_with([]))
    (images / "named.png").write_bytes(_profile_named(out.getvalue(), b"SECRET Jane's display"))
    uncropped = picture((300, 200), 5)
    uncropped.paste((255, 0, 0), (0, 0, 300, 100))
    picture((300, 200), 6).save(images / "pages.tif", save_all=True, append_images=[uncropped])
    (images / "drawing.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">'
        "<title>SECRET drawn by Jane Doe at 12 Elm Street</title><desc>SECRET-desc</desc>"
        '<defs><linearGradient id="sky"><stop offset="0" stop-color="#9cf"/>'
        '<stop offset="1" stop-color="#fff"/></linearGradient></defs>'
        '<rect id="SECRET-jane-home" width="300" height="200" fill="url(#sky)"'
        ' author="SECRET-author" aria-label="SECRET-aria">'
        "<title>SECRET-rect</title></rect></svg>"
    )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("words") / "words"
    make_pictures(folder / "images")
    return pictures_bundle(folder, list(PICTURES), "Words")


def secrets(files: dict[str, bytes]) -> list[str]:
    return [
        f"{name}: {encoding}"
        for name, data in files.items()
        for encoding in ("ascii", "utf-16-be")
        if "SECRET".encode(encoding) in data
    ]


@pytest.mark.parametrize("to", ["html", "html-folder", "hugo", "jekyll"])
def test_no_private_words_in_what_a_picture_keeps_to_be_shown(
    bundle: Path, tmp_path: Path, to: str
) -> None:
    out = tmp_path / ("page.html" if to == "html" else "out")
    export(bundle, to, out, ExportOptions(warn=lambda message: None))
    files = published_files(out)
    assert secrets(files) == []
    pictures = {
        n: d for n, d in files.items() if n.endswith((".jpg", ".jpeg", ".png", ".webp", ".tif"))
    }
    tags = read_tags(pictures, tmp_path)
    described = {t.get("ICC_Profile:ProfileDescription") for t in tags.values()} - {None}
    assert described and all(d for d in described)  # every profile still says what it is
    made = [t["XMP-iptcExt:DigitalSourceType"] for t in tags.values()
            if "XMP-iptcExt:DigitalSourceType" in t]  # fmt: skip
    assert made and set(made) == {AI}  # a real one stays: the page says the picture is made
    for name, data in files.items():
        if name.endswith(".tif"):
            with Image.open(io.BytesIO(data)) as tiff:
                assert tiff.n_frames == 1, f"{name} publishes pages nobody sees"
        if name.endswith(".svg"):
            sky = re.search(rb'<linearGradient id="(i\d+)"', data)  # under a neutral name
            assert sky and b"url(#" + sky[1] + b")" in data  # the gradient still fills


def test_no_private_words_go_to_wordpress(bundle: Path) -> None:
    article = load_article(bundle)
    paths = [s.image for s in article.slides if not s.image.endswith((".tif", ".svg"))]
    assert secrets(published_pictures(article, bundle, paths)) == []
