"""Small previews of slide images, decoded at thumbnail size and cached by file and mtime."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImageIOHandler, QImageReader, QPainter, QPixmap

from slidewright.fileformat.images import ImageProblem, bundle_image

SIZE = QSize(88, 58)


class ThumbnailCache:
    def __init__(self, size: QSize = SIZE) -> None:
        self.size = size
        self._cache: dict[tuple[Path, float], QPixmap] = {}
        self._placeholder: QPixmap | None = None

    def placeholder(self) -> QPixmap:
        if self._placeholder is None:
            pixmap = QPixmap(self.size)
            pixmap.fill(QColor("#e8e8ec"))
            painter = QPainter(pixmap)
            painter.setPen(QColor("#9a9aa2"))
            painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "no image")
            painter.end()
            self._placeholder = pixmap
        return self._placeholder

    def get(self, bundle: Path, image: str) -> QPixmap:
        try:
            file = bundle_image(bundle, image)  # a regular file inside the bundle: never a pipe
            key = (file, file.stat().st_mtime)
        except (ImageProblem, OSError):
            return self.placeholder()
        if key not in self._cache:
            self._cache[key] = self._load(file)
        return self._cache[key]

    def _load(self, file: Path) -> QPixmap:
        reader = QImageReader(str(file))
        reader.setAutoTransform(True)  # honour the camera's EXIF orientation
        original = reader.size()
        if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
            original.transpose()
        if original.isValid():  # let the decoder scale (JPEG decodes at 1/8 size almost free)
            reader.setScaledSize(
                original.scaled(self.size, Qt.AspectRatioMode.KeepAspectRatioByExpanding)
            )
        image = reader.read()
        if image.isNull():
            return self.placeholder()
        pixmap = QPixmap.fromImage(image)
        x = max(0, (pixmap.width() - self.size.width()) // 2)
        y = max(0, (pixmap.height() - self.size.height()) // 2)
        return pixmap.copy(x, y, self.size.width(), self.size.height())
