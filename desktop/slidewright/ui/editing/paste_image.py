"""Pasting an image from the clipboard onto a slide.

A slide has one image, so a paste sets it (wherever the writer pastes: the image area, the slide
list or the body), exactly as a dropped file does: the picture goes into the bundle's images/
under a name from the heading, and the slide's image changes in one undo step. Pixels (a
screenshot, a browser's "Copy Image") are written to a temporary file first, so they pass the
same checks as any other file brought in (copy_into_bundle)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from slidewright.fileformat.imagecheck import MAX_PIXELS
from slidewright.ui.editing.slide_list import image_files

PASTED_NAME = "pasted-image"  # the file's name when the slide has no heading yet
PIXELS_FOLDER = "slidewright-paste-"  # the temporary folder pasted pixels are written in
JPEG_QUALITY = 92  # photos: a PNG of a 12-megapixel photo is ~30 MB; at 92 nobody sees a loss


def holds_image(mime: QMimeData | None) -> bool:
    """An image file copied in a file manager, or pixels with no text beside them (text wins:
    pasting a paragraph that happens to carry an <img> must still paste the paragraph)."""
    if mime is None:
        return False
    return bool(image_files(mime)) or (mime.hasImage() and not mime.hasText())


def is_pasted_pixels(file: Path) -> bool:
    """``file`` holds pixels from the clipboard (written by :func:`paste_into`): no file of the
    writer's, so no metadata and no credit to take from it."""
    return file.parent.name.startswith(PIXELS_FOLDER) and file.stem == PASTED_NAME


def write_pixels(image: QImage, folder: Path) -> Path | None:
    """The clipboard's pixels as a file: PNG where there is transparency (a logo, a
    screenshot's rounded corners), JPEG for everything else."""
    if image.isNull():
        return None
    if image.hasAlphaChannel():
        target = folder / f"{PASTED_NAME}.png"
        saved = image.save(str(target))  # the format follows the suffix
    else:
        target = folder / f"{PASTED_NAME}.jpg"
        saved = image.convertToFormat(QImage.Format.Format_RGB32).save(
            str(target), quality=JPEG_QUALITY
        )
    return target if saved else None


def paste_into(
    mime: QMimeData | None, set_image: Callable[[Path], None], refuse: Callable[[str], None]
) -> bool:
    """Hand the clipboard's image to ``set_image`` as a file, or say to ``refuse`` why not;
    False if the clipboard holds no image."""
    if not holds_image(mime):
        return False
    assert mime is not None
    files = image_files(mime)
    if files:
        set_image(files[0])
        return True
    image = QImage(mime.imageData())
    if image.width() * image.height() > MAX_PIXELS:  # refused before minutes of encoding
        refuse(
            QCoreApplication.translate(
                "PasteImage",
                "The picture on the clipboard is {width} × {height} pixels; "
                "a slide image may have up to {millions} million.",
            ).format(
                width=f"{image.width():,}",
                height=f"{image.height():,}",
                millions=MAX_PIXELS // 1_000_000,
            )
        )
        return True
    with tempfile.TemporaryDirectory(prefix=PIXELS_FOLDER) as folder:
        file = write_pixels(image, Path(folder))
        if file is None:
            return False
        set_image(file)  # copied into the bundle before the temporary folder goes
    return True


class PasteImageKeys(QObject):
    """Ctrl+V (the platform's Paste key) on widgets that have no paste of their own: the slide
    list and the image area. The key is claimed only when the clipboard holds an image, so a
    Paste in the Edit menu keeps working everywhere else."""

    def __init__(self, paste: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paste = paste

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if (
            kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
            and holds_image(QGuiApplication.clipboard().mimeData())
        ):
            event.accept()  # ShortcutOverride: the key comes here, not to a menu shortcut
            if kind == QEvent.Type.KeyPress:
                self._paste()
            return True
        return False
