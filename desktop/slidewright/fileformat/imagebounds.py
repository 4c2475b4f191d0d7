"""One rule for how large a picture Slidewright will decode, used by every path that opens one:
the import (``imagecheck``), ``check`` (``credits/metadata``), the editor's thumbnails and the
preview (by the numbers, through Qt's reader), every export (inlined, renditions, sizes) and
WordPress publishing.

A picture is refused, with its name and the reason, when

- it has more than ``MAX_PIXELS`` pixels: a 144-megapixel PNG decodes to 1.2 GB (a decompression
  bomb, whether meant or not; a press photo is 12 to 50 megapixels), or
- a chunk beside its pixels (a PNG's colour profile or text) unpacks to more than Pillow reads
  (``PngImagePlugin.MAX_TEXT_CHUNK``; a 400 MB profile from a few hundred kilobytes).

Pillow's own guard is set to refuse above ``MAX_PIXELS`` too (``DecompressionBombError`` at twice
``Image.MAX_IMAGE_PIXELS``), so a path that forgot the rule still cannot decode a bomb; its
``DecompressionBombWarning`` for pictures below the bound is not printed (the bound is ours).
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from types import ModuleType

from slidewright.errors import SlidewrightError

MAX_PIXELS = 100_000_000  # decoding more would take gigabytes


class ImageOutOfBounds(SlidewrightError):
    """A picture larger than Slidewright decodes; ``reason`` says why, the message names it."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def pixel_problem(width: int, height: int) -> str | None:
    """Why a picture of ``width`` × ``height`` pixels is not decoded, or None when it may be."""
    if width * height > MAX_PIXELS:
        return (
            f"{width}×{height} px is more than the {MAX_PIXELS // 1_000_000} million pixels "
            "Slidewright opens (a decompression bomb: it would take gigabytes of memory); "
            "publish a smaller copy"
        )
    return None


_configured = False


def pillow() -> ModuleType:
    """``PIL.Image``, with its guard set to this module's bound (once per process)."""
    global _configured
    from PIL import Image

    if not _configured:
        Image.MAX_IMAGE_PIXELS = MAX_PIXELS // 2  # Pillow refuses above twice this
        warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)
        _configured = True
    return Image


def header_size(source: Path | bytes) -> tuple[int, int] | None:
    """The size a picture's header claims, read as ``Image.open`` does but without Pillow's
    own bomb check (which refuses before saying the size); nothing is decoded."""
    Image = pillow()  # noqa: N806
    Image.init()
    data = source if isinstance(source, bytes) else Path(source).read_bytes()[: 1 << 20]
    for format_id in Image.ID:
        factory, accept = Image.OPEN[format_id]
        try:
            if accept is not None and not accept(data[:16]):
                continue
            with factory(io.BytesIO(data), "") as image:
                return int(image.width), int(image.height)
        except Exception:  # noqa: BLE001 - not this format, or a broken header
            continue
    return None


def _bomb_reason(source: Path | bytes) -> str:
    size = header_size(source)
    if size is not None:
        return str(pixel_problem(*size))
    return (
        f"more than the {MAX_PIXELS // 1_000_000} million pixels Slidewright opens (it would take "
        "gigabytes of memory); publish a smaller copy"
    )


def image_bounds(source: Path | bytes, name: str | Path) -> None:
    """Raise ImageOutOfBounds (naming ``name``) when the picture in ``source`` (a file or its
    bytes) is larger than Slidewright decodes. Reads the header only (and a PNG's chunks before
    its pixels). A file Pillow cannot read at all passes: what is not an image is each caller's
    own question (an SVG, say)."""
    Image = pillow()  # noqa: N806 - the module, named as Pillow's documentation does
    opened = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        with Image.open(opened) as image:
            problem = pixel_problem(image.width, image.height)
    except Image.DecompressionBombError:
        raise ImageOutOfBounds(str(name), _bomb_reason(source)) from None
    except ValueError as error:
        if "too large" in str(error).lower() or "too much memory" in str(error).lower():
            raise ImageOutOfBounds(
                str(name),
                "its colour profile or text unpacks to more than Slidewright reads beside a "
                "picture (a decompression bomb?); save the picture again without it",
            ) from None
        return
    except Exception:  # noqa: BLE001 - whatever a hostile file makes Pillow raise: not ours
        return
    if problem:
        raise ImageOutOfBounds(str(name), problem)
