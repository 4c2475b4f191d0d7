"""An image's size as it is shown, for the preview's page (written on each <img> so nothing moves
as pictures load): the same answer the exporters get from fileformat/imagesize.py, which is the
rule. For JPEG, by far the usual photo, Qt's image reader (loaded already) reads the EXIF turn the
same way and spares the first paint Pillow's import; for other formats Qt ignores an EXIF turn
(PNG's eXIf chunk, WebP's EXIF), so Pillow answers (tests/ui/test_image_size.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImageIOHandler, QImageReader

from slidewright.fileformat.imagesize import shown_size as pillow_shown_size


def shown_size(file: str) -> tuple[int, int]:
    """Displayed width and height of ``file``; (0, 0) when its header cannot be read."""
    reader = QImageReader(file)
    if bytes(reader.format().data()) != b"jpeg":
        return pillow_shown_size(Path(file))
    size = reader.size()
    if not size.isValid():
        return 0, 0
    if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
        size.transpose()
    return size.width(), size.height()
