"""An image's size as it is shown: a photo stored sideways with an EXIF turn of 90 degrees is shown
(and exported, and described to feeds) with its width and height swapped.

The one rule for a picture's displayed size. The preview asks through ui/imagesize.py, which for
JPEG lets Qt's reader (loaded already) answer before the first paint without Pillow's import;
tests/ui/test_image_size.py holds the two to the same answers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

ORIENTATION = 0x0112  # the EXIF tag that says how the stored pixels are turned
ROTATED = frozenset({5, 6, 7, 8})  # the orientations that turn the picture by 90 degrees


def upright_size(image: Image.Image) -> tuple[int, int]:
    """Width and height of an opened image as displayed (its header only is read)."""
    width, height = image.size
    return (height, width) if image.getexif().get(ORIENTATION) in ROTATED else (width, height)


def shown_size(file: Path) -> tuple[int, int]:
    """Displayed width and height from the file's header; (0, 0) when Pillow cannot read it."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(file) as image:
            return upright_size(image)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return 0, 0
