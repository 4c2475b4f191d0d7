"""Is this file really an image? Asked before a file from someone else's page enters a bundle.

A name ending in ``.jpg`` proves nothing: an imported page may point its ``<img>`` at a key file or
a script. Only what decodes as a picture a browser shows (JPEG, PNG, GIF, WebP, AVIF; SVG after
``svgclean``) is accepted, read once with a size bound so the bytes checked are the bytes copied.
"""

from __future__ import annotations

import io
from pathlib import Path

from slidewright.errors import SlidewrightError
from slidewright.fileformat.imagebounds import MAX_PIXELS, ImageOutOfBounds, image_bounds, pillow
from slidewright.fileformat.safeio import UnsafeFile, read_regular_file
from slidewright.fileformat.svgclean import SvgRefused, looks_like_svg, sanitize_svg

MAX_IMAGE_BYTES = 40 * 1024 * 1024  # a press photo is a few MB; this is not a slide image
__all__ = [
    "MAX_PIXELS",
    "ImageRefused",
    "check_image",
    "read_image",
]  # MAX_PIXELS: the shared bound
SUFFIXES = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp", "AVIF": ".avif"}


class ImageRefused(SlidewrightError):
    """The file is not an image that may be copied; the message names it and says why."""


def _read_bounded(file: Path) -> bytes:
    """Opened without waiting and checked on the open descriptor, so a FIFO or device swapped in
    after any earlier look at the name is refused instead of hanging the import."""
    try:
        return read_regular_file(file, MAX_IMAGE_BYTES)
    except UnsafeFile as error:
        raise ImageRefused(f"{file}: {error.reason}") from None
    except OSError as error:  # gone or unreadable since the page named it
        raise ImageRefused(f"{file}: cannot be read ({error.strerror or error})") from None


def _decoded_format(file: Path, data: bytes) -> str:
    # Pillow is imported on first use: the window imports this module (for MAX_PIXELS) on its
    # way to the first preview, which needs no image decoded by Python.
    from PIL import UnidentifiedImageError

    Image = pillow()  # noqa: N806
    try:
        image_bounds(data, file)  # the bound every image path shares (imagebounds.py)
    except ImageOutOfBounds as error:
        raise ImageRefused(str(error)) from None
    try:
        with Image.open(io.BytesIO(data)) as image:
            fmt = image.format or ""
            image.verify()
        with Image.open(io.BytesIO(data)) as image:
            image.load()  # verify() does not decode every format; this does
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Warning) as error:
        raise ImageRefused(f"{file}: not an image ({error.__class__.__name__})") from None
    except Image.DecompressionBombError:
        raise ImageRefused(f"{file}: too many pixels to be a slide image") from None
    if fmt not in SUFFIXES:
        raise ImageRefused(f"{file}: a {fmt or 'unknown'} file, not a web image format")
    return fmt


def read_image(file: Path) -> tuple[bytes, str]:
    """The bytes to copy and the suffix they deserve (from the content, not the name).

    Raises ImageRefused for anything that is not a web image; SVGs come back sanitised."""
    return check_image(_read_bounded(file), file)


def check_image(data: bytes, file: Path) -> tuple[bytes, str]:
    """``read_image`` for bytes already in hand (an image inlined in a page as a ``data:``
    address); ``file`` is the name the messages give it."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageRefused(f"{file}: more than {MAX_IMAGE_BYTES // 1024 // 1024} MB")
    if looks_like_svg(file, data):
        try:
            return sanitize_svg(data, file), ".svg"
        except SvgRefused as error:
            raise ImageRefused(str(error)) from None
    return data, SUFFIXES[_decoded_format(file, data)]
