"""A published SVG's embedded pictures carry their pixels only.

``fileformat/svgclean.py`` keeps an ``<image>`` whose address is a picture inside the file
(``data:image/jpeg;base64,…``): a drawing made over a photo keeps its photo. That photo is a whole
JPEG, PNG, GIF or WebP file, with its EXIF (GPS position, serials, owner), comments and XMP, and
the SVG went out with it, untouched by the metadata policy, which only rewrites picture files.
Every SVG an export publishes goes through :func:`without_raster_metadata`: each embedded picture
is re-encoded from its pixels (``reencode.without_metadata``: its colour profile cleaned, nothing
else), and one that cannot be re-encoded is removed from the drawing."""

from __future__ import annotations

import base64
import binascii
import io
import re
from pathlib import Path

# svgclean writes every kept address as href="…" (quoteattr: a line break becomes &#10;)
_EMBEDDED = re.compile(
    r'href="data:image/(?P<kind>png|jpeg|gif|webp);base64,(?P<data>[A-Za-z0-9+/=\s&#;]*)"', re.I
)
_ENTITIES = re.compile(r"&#\d+;|\s")


def _pixels_only(kind: str, raw: bytes) -> tuple[str, bytes] | None:
    """The embedded picture re-encoded without metadata, as (MIME subtype, bytes), else None."""
    from slidewright.exporters.reencode import without_metadata

    if kind.lower() != "gif":
        cleaned = without_metadata(raw)
        return (kind.lower(), cleaned) if cleaned is not None else None
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:  # a GIF: every frame, no comment, no application extension (XMP, ICC)
        with Image.open(io.BytesIO(raw)) as image:
            frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
            timing = image.info.get("duration"), image.info.get("loop")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    for frame in frames:
        frame.info = {}
    out = io.BytesIO()
    options = {"duration": timing[0]} if timing[0] else {}
    if timing[1] is not None:
        options["loop"] = timing[1]
    frames[0].save(out, "GIF", save_all=len(frames) > 1, append_images=frames[1:], **options)
    return "gif", out.getvalue()


def without_raster_metadata(svg: bytes) -> bytes:
    """``svg`` (as ``sanitize_svg`` wrote it) with each embedded picture's metadata removed; a
    picture that cannot be read is dropped from the drawing (its ``href`` emptied)."""
    text = svg.decode("utf-8")

    def clean(match: re.Match[str]) -> str:
        try:
            raw = base64.b64decode(_ENTITIES.sub("", match["data"]), validate=True)
        except (binascii.Error, ValueError):
            return 'href=""'
        cleaned = _pixels_only(match["kind"], raw)
        if cleaned is None:
            return 'href=""'
        kind, data = cleaned
        return f'href="data:image/{kind};base64,{base64.b64encode(data).decode("ascii")}"'

    return _EMBEDDED.sub(clean, text).encode("utf-8")


def clean_published_svg(file: Path) -> None:
    """Rewrite the published SVG ``file`` in place by :func:`without_raster_metadata`."""
    data = file.read_bytes()
    cleaned = without_raster_metadata(data)
    if cleaned != data:
        file.write_bytes(cleaned)
