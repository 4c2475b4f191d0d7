"""Is a picture whole, and is it what its name says? One answer for ``check``, the audit and the
exports, so that what the checker passes is what the exports publish.

Two things open in no browser, or not as the writer thinks, yet pass a look at the header:

- a file cut short (a copy or download that stopped half-way): its header and metadata are
  intact, so the picture seems fine until its pixels are decoded, and the page shows half a
  photo above a grey band;
- a file whose content is not what its name says: an SVG drawing (a document that can hold
  scripts) or a PNG saved as ``photo.jpg``. A web server sends it as the name's type, so an SVG
  shows as a broken image, and ExifTool refuses to write its credits.

The pixels are decoded once under the shared bound (``imagebounds``; a picture over it is that
module's finding, not this one's), a JPEG at an eighth of its size (its scan data is still read
to the end, which is what finds the cut). Nothing a hostile file holds makes this raise.
"""

from __future__ import annotations

import io
from pathlib import Path

from slidewright.fileformat.imagebounds import ImageOutOfBounds, image_bounds, pillow
from slidewright.fileformat.picturename import name_suffix
from slidewright.fileformat.svgclean import looks_like_svg
from slidewright.i18n import QT_TRANSLATE_NOOP, Message

_CUT_SHORT = QT_TRANSLATE_NOOP(
    "ImageDamage",
    "the file ends in the middle of the picture (a copy or download that stopped "
    "half-way?); copy it again from the original",
)
# What a name promises: the format a file with this suffix holds.
PROMISED = {
    ".jpg": "JPEG", ".jpeg": "JPEG", ".jpe": "JPEG", ".png": "PNG", ".gif": "GIF",
    ".webp": "WEBP", ".avif": "AVIF", ".tif": "TIFF", ".tiff": "TIFF",
}  # fmt: skip
# Pillow's names for what keeps the promise: a camera's JPEG with a second picture (MPO) is a
# JPEG to a browser and to ExifTool.
_KEPT_BY = {"MPO": "JPEG"}


def _svg_content(data: bytes) -> bool:
    """By content only (the name is what is in question)."""
    return looks_like_svg(Path("content"), data)


def picture_damage(name: str | Path, data: bytes, decode: bool = True) -> Message | None:
    """Why the picture ``data`` of the file ``name`` is broken or not what its name says (a
    sentence for the writer, without the name), or None when it is whole and as named.
    ``decode=False``: its pixels are known to decode (an export made its renditions), only
    the name is weighed, and ``data`` may be the file's first megabyte.

    None too for what is another question: an SVG named ``.svg`` (``svgclean`` decides), a
    picture over the decoding bound (``imagebounds``), a file no format recognises at all (the
    checker's "not an image that can be opened")."""
    if _svg_content(data):
        return svg_misnamed(name)
    if name_suffix(name) == ".svg":
        return None
    try:
        image_bounds(data, str(name))
    except ImageOutOfBounds:
        return None
    Image = pillow()  # noqa: N806 - the module, named as Pillow's documentation does
    try:
        with Image.open(io.BytesIO(data)) as image:
            found = image.format or ""
    except Exception:  # noqa: BLE001 - not a picture at all: the caller's other finding
        return None
    return misnamed(name, found) or (decode_problem(data) if decode else None)


def svg_misnamed(name: str | Path) -> Message | None:
    """For a file whose content is an SVG drawing: why its name is wrong, or None (``.svg``)."""
    promised = PROMISED.get(name_suffix(name))
    if promised is None:
        return None
    return QT_TRANSLATE_NOOP(
        "ImageDamage",
        "it is an SVG drawing (a document that can run scripts), not the {format} picture "
        "its name says; export it as a picture, or name it .svg",
    ).format(format=promised)


def misnamed(name: str | Path, found: str) -> Message | None:
    """For a picture Pillow reads as ``found`` (its format name): why its name is wrong, or
    None. Asked where the picture is open already (the checker's metadata reader)."""
    promised = PROMISED.get(name_suffix(name))
    found = _KEPT_BY.get(found, found)
    if promised is None or found == promised:
        return None
    return QT_TRANSLATE_NOOP(
        "ImageDamage",
        "it is a {found} file, not the {format} picture its name says; save it again "
        "as {format} or give it the name its content has",
    ).format(found=found, format=promised)


def decode_problem(data: bytes) -> Message | None:
    """Why the pixels of ``data`` do not decode, or None.

    For the formats a web page uses (JPEG, PNG, GIF, WebP) the file's own structure says whether
    it is whole, without decoding a pixel: a JPEG's last scan is followed by its end marker, a
    PNG's last IDAT by IEND, a GIF ends with its trailer, a WebP is as long as its RIFF header
    says. A copy cut short fails that; decoding (~0.4 ms for a 1200x800 JPEG at an eighth of its
    size, ~5 ms for 12 megapixels) is left for the others, so a cold check of an article with
    hundreds of pictures does not decode them all. Damage in the middle of whole-length data is
    not looked for: the browser shows what decodes, as it would for any site."""
    whole = _whole(data)
    if whole is not None:
        return None if whole else _CUT_SHORT
    Image = pillow()  # noqa: N806
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format == "JPEG":
                image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()
    except Exception as error:  # noqa: BLE001 - whatever a broken file makes Pillow raise
        return decode_failure(error)
    return None


def _whole(data: bytes) -> bool | None:
    """Is the picture as long as its structure says (see :func:`decode_problem`)? None for a
    format whose structure is not read here."""
    if data.startswith(b"\xff\xd8\xff"):  # JPEG: FF D9 cannot occur inside scan data
        return data.rfind(b"\xff\xd9") > data.rfind(b"\xff\xda") > 0
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return data.rfind(b"IEND") > data.rfind(b"IDAT") > 0
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return data.rstrip(b"\x00").endswith(b";")
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return int.from_bytes(data[4:8], "little") + 8 <= len(data)
    return None


def decode_failure(error: BaseException) -> Message:
    """What Pillow's failure to decode a picture whose header read means, for the writer (the
    library's reader decodes every picture for its difference hash and asks this instead of
    decoding it twice)."""
    if "truncated" in str(error).lower() or isinstance(error, EOFError):
        return _CUT_SHORT
    return QT_TRANSLATE_NOOP(
        "ImageDamage",
        "its picture data is damaged and does not decode; copy it again from the original",
    )
