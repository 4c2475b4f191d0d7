"""The menu entries that open a dialog over the window: File ▸ Import…, Export…, Publish… and
Open Library…, Slide ▸ Choose Image… and Choose Images for All Slides…, and the offer to import
a page pasted into an empty article.

Each is handed the parts it works with when the window makes it (step two); each dialog's module,
and the code behind it, is imported when first used, so start-up stays short."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from slidewright.ui.preview.view import Preview
    from slidewright.ui.problems.panel import ProblemsPanel
    from slidewright.ui.session.article_session import ArticleSession
    from slidewright.ui.session.settings import Settings
    from slidewright.ui.window.selection import SlideSelection
    from slidewright.ui.window.slide_actions import SlideActions


# The folder the last picture was chosen from: the next Choose Image… starts there (the picture
# for slide 6 is usually beside the one for slide 5), across sessions
IMAGE_FOLDER_KEY = "dialogs/image_folder"


class DialogEntries:
    def __init__(
        self,
        main: QMainWindow,
        settings: Settings,
        session: ArticleSession,
        preview: Preview,
        problems: ProblemsPanel,
        selection: SlideSelection,
        slides: SlideActions,
        follow_library: Callable[[], None],
    ) -> None:
        self.main, self.settings, self.session = main, settings, session
        self.follow_library = follow_library  # the library's notes, before a library opens
        self.preview, self.problems = preview, problems
        self.selection, self.slides = selection, slides

    def choose_image(self) -> None:
        from slidewright.ui.dialogs import prompts as dialogs

        row = self.selection.current_row()
        if self.session.doc is None or row < 0:
            return
        title = QCoreApplication.translate("DialogEntries", "Choose Image")
        folder = Path(self.settings.text(IMAGE_FOLDER_KEY) or ".")
        start = folder if folder.is_absolute() and folder.is_dir() else None
        path = dialogs.ask_open_file(self.main, title, dialogs.image_filter(), start)
        if path is not None:
            self.settings.set_value(IMAGE_FOLDER_KEY, str(path.parent))
            self.slides.set_image(row, path)

    def choose_images(self) -> None:
        """The menu entry and the Problems panel's action: for the open article."""
        from slidewright.ui.editing.assign_images import choose_images_in

        choose_images_in(self.session, self.main.statusBar())

    def export(self) -> None:
        from slidewright.ui.dialogs.export_dialog import run_export_dialog

        doc = self.session.doc
        if doc is not None:
            errors = sum(f.severity == "error" for f in self.problems.findings)
            run_export_dialog(self.main, doc, self.preview.mode, errors, self.settings)

    def publish(self) -> None:
        from slidewright.ui.dialogs.publish_dialog import run_publish_dialog

        run_publish_dialog(self.main, self.session, self.problems.findings)

    def paste_hook(self, text: str) -> bool:
        """A page pasted into an empty article: offer to import it (True: the paste is handled)."""
        from slidewright.ui.dialogs.import_dialog import offer_paste_import

        return offer_paste_import(self.main, self.session.doc, text)

    def import_article(self) -> None:
        from slidewright.ui.dialogs.import_dialog import (
            Counted,
            run_import_dialog,
            show_import_summary,
        )
        from slidewright.ui.session.preferences import Preferences

        lang = Preferences.load(self.settings).article_language()
        imported = run_import_dialog(self.main, self.session.maybe_save, lang)
        if imported is not None and self.session.open_path(imported[0]):
            # one short sentence in the window's language (the summary box beside the article
            # says the rest): the command line's lines ran into "Slide 1 of 6" and were cut
            summary = imported[1]
            said = Counted().imported(summary.slides, summary.source.name)
            self.main.statusBar().showMessage(said, 10000)
            show_import_summary(self.main, self.session.doc, imported[1])

    def open_library(self) -> None:
        """File ▸ Open Library… (ui/library/: the dialog is self-contained)."""
        from slidewright.ui.library import open_library

        self.follow_library()  # (before the dialog opens an article of the library)
        open_library(self.main)
