"""File ▸ Open Library…: which folder, and opening an article of it at a slide in the window."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from slidewright.errors import SlidewrightError
from slidewright.ui.library.dialog import LibraryDialog
from slidewright.ui.library.setting import SETTING


def _folder(window: Any) -> Path | None:
    """The library folder: the one opened last, else asked for (starting beside the article)."""
    settings = window.settings
    last = settings.text(SETTING)
    start = last or ""
    doc = getattr(window, "doc", None)
    bundle = getattr(doc, "bundle", None) if doc is not None else None
    if not start and isinstance(bundle, Path):
        start = str(bundle.parent)
    chosen = QFileDialog.getExistingDirectory(
        window, QCoreApplication.translate("Launch", "Open Library: a folder of articles"), start
    )
    if not chosen:
        return None
    settings.set_value(SETTING, chosen)
    return Path(chosen)


def open_library(window: Any, folder: Path | None = None) -> LibraryDialog | None:
    """Show the library dialog for ``folder`` (asked for when None); double-clicking an article
    or a picture's use opens that article in ``window`` at that slide."""
    folder = folder or _folder(window)
    if folder is None:
        return None

    def open_at(bundle: Path, slide: int) -> None:
        if window.session.open_path(bundle) and slide > 0:
            window.select_rows([slide - 1])
            window.raise_()
            window.activateWindow()

    parent = window if isinstance(window, QWidget) else None
    try:
        dialog = LibraryDialog(folder, open_at, parent)
    except (SlidewrightError, OSError, sqlite3.Error) as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Launch", "Open Library"),
            QCoreApplication.translate("Launch", "The library cannot be opened: {reason}").format(
                reason=error
            ),
        )
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
