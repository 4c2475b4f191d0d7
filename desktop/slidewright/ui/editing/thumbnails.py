"""Small previews of slide images, decoded at thumbnail size and cached by file and mtime.

Decoded at the screen's pixel density (twice the pixels on a 2x screen, marked with that
device pixel ratio), so a thumbnail is as sharp as the text beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImageIOHandler, QImageReader, QPainter, QPixmap

from slidewright.fileformat.imagebounds import pixel_problem
from slidewright.fileformat.images import ImageProblem, bundle_image

SIZE = QSize(88, 58)


class ThumbnailCache:
    def __init__(self, size: QSize = SIZE, ratio: float | None = None) -> None:
        """``ratio``: device pixels per logical pixel; None follows the screen (a test sets 2)."""
        self.size = size
        self.ratio = ratio
        self._cache: dict[tuple[Path, float, float], QPixmap] = {}
        self._placeholders: dict[float, QPixmap] = {}

    def pixel_ratio(self) -> float:
        if self.ratio is not None:
            return self.ratio
        app = QGuiApplication.instance()
        return app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0

    def placeholder(self) -> QPixmap:
        ratio = self.pixel_ratio()
        if ratio not in self._placeholders:
            pixmap = QPixmap(self.size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor("#e8e8ec"))
            painter = QPainter(pixmap)
            painter.setPen(QColor("#9a9aa2"))
            painter.drawText(
                QRect(QPoint(0, 0), self.size),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("ThumbnailCache", "no image"),
            )
            painter.end()
            self._placeholders[ratio] = pixmap
        return self._placeholders[ratio]

    def get(self, bundle: Path, image: str) -> QPixmap:
        try:
            file = bundle_image(bundle, image)  # a regular file inside the bundle: never a pipe
            ratio = self.pixel_ratio()
            key = (file, file.stat().st_mtime, ratio)
        except (ImageProblem, OSError):
            return self.placeholder()
        if key not in self._cache:
            self._cache[key] = self._load(file, ratio)
        return self._cache[key]

    def _load(self, file: Path, ratio: float) -> QPixmap:
        size = self.size * ratio  # device pixels
        reader = QImageReader(str(file))
        reader.setAutoTransform(True)  # honour the camera's EXIF orientation
        original = reader.size()
        if original.isValid() and pixel_problem(original.width(), original.height()):
            return self.placeholder()  # the shared bound (fileformat/imagebounds.py)
        if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
            original.transpose()
        if original.isValid():  # let the decoder scale (JPEG decodes at 1/8 size almost free)
            reader.setScaledSize(
                original.scaled(size, Qt.AspectRatioMode.KeepAspectRatioByExpanding)
            )
        image = reader.read()
        if image.isNull():
            return self.placeholder()
        pixmap = QPixmap.fromImage(image)
        x = max(0, (pixmap.width() - size.width()) // 2)
        y = max(0, (pixmap.height() - size.height()) // 2)
        pixmap = pixmap.copy(x, y, size.width(), size.height())
        pixmap.setDevicePixelRatio(ratio)
        return pixmap
