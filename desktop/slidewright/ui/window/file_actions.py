"""File and Slide menu entries that need the window: recent list, image chooser, import, export.

Opening, saving and closing belong to ``ArticleSession``; these only gather what the writer picks
and hand it on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from slidewright.ui.dialogs import prompts as dialogs

if TYPE_CHECKING:
    from slidewright.ui.window.main_window import MainWindow


class FileActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.window.settings.recent()
        for path in recent:
            action = menu.addAction(f"{path.name} — {path.parent}")
            action.triggered.connect(lambda _=False, path=path: self.window.session.open_path(path))
        if recent:
            menu.addSeparator()
            menu.addAction("Clear Menu", self.window.settings.clear_recent)
        else:
            menu.addAction("No recent articles").setEnabled(False)

    def choose_image(self) -> None:
        row = self.window.current_row()
        if self.window.doc is None or row < 0:
            return
        path = dialogs.ask_open_file(self.window, "Choose Image", dialogs.IMAGE_FILTER)
        if path is not None:
            self.window.slides.set_image(row, path)

    def export_dialog(self) -> None:
        from slidewright.ui.dialogs.export_dialog import run_export_dialog

        if self.window.doc is not None:
            run_export_dialog(self.window, self.window.doc, self.window.preview.mode)

    def import_dialog(self) -> None:
        from slidewright.ui.dialogs.import_dialog import run_import_dialog

        run_import_dialog(self.window)
