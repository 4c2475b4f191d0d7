"""A day's writing, wired into the window: pasted images, focus mode, length hints, themes, zoom,
print and PDF, the Help menu, and the small things that make the window pleasant to work in.

Each piece lives in its own module; this one only connects them to the window's widgets and
menu entries, so main_window.py stays a layout and the pieces stay testable alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from slidewright.ui.editing.commands import SetSlideField
from slidewright.ui.editing.fields import LineField, TextField
from slidewright.ui.editing.image_credits import CREDIT_ASKS
from slidewright.ui.editing.length_hint import ALT_LIMIT, DESCRIPTION_LIMIT, LengthHint
from slidewright.ui.editing.paste_image import PasteImageKeys, paste_into
from slidewright.ui.preview.view import Preview
from slidewright.ui.session.settings import Settings
from slidewright.ui.window.editors import Editors
from slidewright.ui.window.focus_mode import FocusMode
from slidewright.ui.window.follow_typing import TypingFollower
from slidewright.ui.window.selection import SlideSelection
from slidewright.ui.window.slide_actions import SlideActions
from slidewright.ui.window.undo_cursor import place_cursor
from slidewright.ui.window.zoom import EditorZoom

if TYPE_CHECKING:  # imported on first print: printing is not on the way to the first preview
    from slidewright.ui.dialogs.print_pdf import ArticlePrinter


def slide_rows(command: QUndoCommand | None) -> list[int]:
    """The slides an undo step changed (a quick fix is a macro of field edits)."""
    if command is None:
        return []
    if isinstance(command, SetSlideField):
        return [command.index]
    rows: list[int] = []
    for n in range(command.childCount()):
        rows += slide_rows(command.child(n))
    return rows


class WritingDesk:
    """Made in the window's step two (assembly.py) from the parts it works with."""

    def __init__(
        self,
        main: QMainWindow,
        settings: Settings,
        preview: Preview,
        editors: Editors,
        docks: list[QDockWidget],
        selection: SlideSelection,
        slides: SlideActions,
    ) -> None:
        """``docks``: the Problems and Notes panels, put away by focus mode."""
        self.main, self.settings, self.preview = main, settings, preview
        self.selection, self.slides = selection, slides
        self.editors = editors
        # focus mode hides the slide list's column, the preview's and the panels (docks)
        hidden = [editors.columns[0], preview.parentWidget() or preview, *docks]
        splitter = editors.columns[0].parentWidget()  # the article's page (or the start page)

        def wanted(widget: QWidget) -> bool:
            return widget not in docks or splitter is None or splitter.isVisibleTo(main)

        self.focus = FocusMode(main, hidden, editors.tabs, wanted)
        self.zoom = EditorZoom(editors.tabs, editors.slide_editor.body, settings, preview)
        self._printer: ArticlePrinter | None = None
        self.paste_keys = PasteImageKeys(self.paste_image, main)
        self.follow_typing = TypingFollower(
            preview, editors.slide_editor, editors.article_editor.intro
        )
        editor = editors.slide_editor
        self.paste_keys.watch(editors.slide_list, editor.thumbnail, editor.choose_button)
        editor.body.image_hook = lambda mime: paste_into(mime, self._set_image, self._refused)
        editor.fields["credit"].edited.connect(self._credit_typed)
        self.hints = [
            LengthHint(
                editors.article_editor.description,
                DESCRIPTION_LIMIT,
                QCoreApplication.translate(
                    "WritingDesk",
                    "search results show about this many characters of a description",
                ),
            ),
            LengthHint(
                editor.fields["alt"],
                ALT_LIMIT,
                QCoreApplication.translate(
                    "WritingDesk", "screen readers read alt text in one breath: keep it short"
                ),
            ),
        ]

    def slots(self) -> dict[str, Callable[..., object]]:
        return {
            "print": self.print_article,
            "export_pdf": self.export_pdf,
            "focus": self.focus.set_active,
            "zoom_in": self.zoom.zoom_in,
            "zoom_out": self.zoom.zoom_out,
            "zoom_reset": self.zoom.reset,
            "monospace": self.zoom.set_monospace,
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
        }

    def wire(self, actions: dict[str, QAction], extra: dict[str, QAction]) -> None:
        self.actions, self.extra = actions, extra
        actions["monospace"].setChecked(self.settings.flag("monospace"))
        zoom_in = actions["zoom_in"]
        zoom_in.setShortcuts([*zoom_in.shortcuts(), QKeySequence("Ctrl+=")])  # no Shift needed
        for name, undone in (("undo", True), ("redo", False)):
            actions[name].triggered.connect(lambda _=False, u=undone: self._show_changed_slide(u))
        columns = self.editors.columns  # (not the whole window: every widget there is looked at)
        fields: list[LineField | TextField] = [
            *(field for column in columns for field in column.findChildren(LineField)),
            *(field for column in columns for field in column.findChildren(TextField)),
        ]
        for field in fields:
            field.undo_actions = (actions["undo"], actions["redo"])  # in its right-click menu
        self.preview.updated.connect(self.focus.keep_hidden)

    # -- pasted images ----------------------------------------------------------------------
    def _set_image(self, file: Path) -> None:
        row = self.selection.current_row()
        self.slides.images_dropped(row, [file])
        doc = self.selection.doc
        if doc is not None and doc.article.slides:
            image = doc.article.slides[row if row >= 0 else -1].image
            note = self.slides.last_note
            pasted = QCoreApplication.translate("WritingDesk", "Image pasted as {file}")
            pasted = pasted.format(file=image)
            self.main.statusBar().showMessage(f"{pasted}. {note}" if note else pasted, 10000)

    def _credit_typed(self, text: str) -> None:
        """The status line stops asking for the credit once the writer has typed one."""
        bar = self.main.statusBar()
        shown = bar.currentMessage()
        asks = (QCoreApplication.translate("FromFile", ask) for ask in CREDIT_ASKS)
        if text.strip() and any(ask in shown for ask in asks):
            bar.clearMessage()

    def paste_image(self) -> bool:
        if self.selection.doc is None:
            return False
        return paste_into(QGuiApplication.clipboard().mimeData(), self._set_image, self._refused)

    def _refused(self, text: str) -> None:
        title = QCoreApplication.translate("WritingDesk", "Image not pasted")
        self.selection.report_error(title, text)

    # -- menus ------------------------------------------------------------------------------
    @property
    def printer(self) -> ArticlePrinter:
        """Made on first use (its module and Qt's print support cost start-up time)."""
        if self._printer is None:
            from slidewright.ui.dialogs.print_pdf import ArticlePrinter

            bar = self.main.statusBar()
            self._printer = printer = ArticlePrinter(self.preview, self.main)
            printer.finished.connect(lambda text, _ok: bar.showMessage(text, 8000))
            printer.progress.connect(
                lambda done, pages: bar.showMessage(
                    QCoreApplication.translate(
                        "WritingDesk", "Printing page {number} of {count}…"
                    ).format(number=done, count=pages)
                )
            )
        return self._printer

    def export_pdf(self) -> None:
        from slidewright.ui.dialogs import print_pdf

        doc = self.selection.doc
        if doc is not None and (path := print_pdf.ask_pdf_path(self.main, doc)) is not None:
            writing = QCoreApplication.translate("WritingDesk", "Writing {file}…")
            self.main.statusBar().showMessage(writing.format(file=path.name))
            self.printer.export_pdf(doc, path)

    def print_article(self) -> None:
        from slidewright.ui.dialogs import print_pdf

        doc = self.selection.doc
        if doc is not None and (printer := print_pdf.ask_printer(self.main, doc)) is not None:
            self.main.statusBar().showMessage(
                QCoreApplication.translate("WritingDesk", "Printing…")
            )

            self.printer.print_on(doc, printer)

    def show_about(self) -> None:
        from slidewright.ui.window import help as help_menu  # (on use, as the dialogs)

        help_menu.show_about(self.main)

    def show_shortcuts(self) -> None:
        from slidewright.ui.window import help as help_menu

        help_menu.show_shortcuts(self.main, help_menu.shortcut_rows(self.actions, self.extra))

    def _show_changed_slide(self, undone: bool) -> None:
        """After Undo or Redo, show the slide that changed when it is not the one in view (a
        quick fix applied from the Problems list, undone later from anywhere)."""
        doc = self.selection.doc
        if doc is None:
            return
        stack = doc.undo_stack
        command = stack.command(stack.index() if undone else stack.index() - 1)
        rows = slide_rows(command)
        rows = [row for row in rows if 0 <= row < len(doc.article.slides)]
        if rows and self.selection.current_row() not in rows:
            self.selection.select_rows([rows[0]])
        editors = self.editors
        place_cursor(
            command,
            undone,
            self.selection,
            editors.slide_editor,
            editors.article_editor,
            editors.tabs,
        )
        self.preview.follow_selected()  # the preview shows the selected slide too
