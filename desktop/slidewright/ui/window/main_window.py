"""The main window: slide list | editor (slide / article tabs) | live preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
)

from slidewright.credits import Finding
from slidewright.render.context import Mode
from slidewright.ui.dialogs import prompts as dialogs
from slidewright.ui.dialogs.prompts import Prompts
from slidewright.ui.editing.article_editor import ArticleEditor
from slidewright.ui.editing.assign_images import choose_images_in
from slidewright.ui.editing.document import Document
from slidewright.ui.editing.slide_editor import SlideEditor
from slidewright.ui.editing.slide_list import SlideListModel, SlideListView
from slidewright.ui.editing.thumbnails import ThumbnailCache
from slidewright.ui.preview.view import Preview
from slidewright.ui.problems.panel import ProblemsPanel
from slidewright.ui.session.article_session import ArticleSession
from slidewright.ui.session.settings import Settings
from slidewright.ui.window.desk import WritingDesk
from slidewright.ui.window.editing_tools import EditingTools
from slidewright.ui.window.layout_state import LaidOut, restore_layout, save_layout
from slidewright.ui.window.menus import ALWAYS_ENABLED, build_menus, fill_recent
from slidewright.ui.window.panels import list_panel, preview_panel, scrolled
from slidewright.ui.window.slide_actions import SlideActions
from slidewright.ui.window.status_line import StatusLine
from slidewright.ui.window.welcome import Welcome


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.session = ArticleSession(settings, Prompts(self), self)
        self.model: SlideListModel | None = None
        self.thumbnails = ThumbnailCache()
        self._selecting_from_preview = False
        self._problems_wanted = True  # the Problems dock's visibility while an article is open

        self.slide_list = SlideListView()
        self.slide_editor = SlideEditor(self.thumbnails)
        self.article_editor = ArticleEditor()
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolled(self.slide_editor), "Slide")
        self.tabs.addTab(scrolled(self.article_editor), "Article")
        self.preview = Preview()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        slides_column, self.list_buttons = list_panel(self.slide_list)
        preview_column, self.mode_buttons = preview_panel(self.preview, self)
        self.mode_buttons.buttonClicked.connect(
            lambda button: self.set_preview_mode(button.property("mode"))
        )
        self.splitter.addWidget(slides_column)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(preview_column)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([260, 520, 620])
        self.welcome = Welcome()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self.status_line = StatusLine(self.statusBar())
        self.status_line.timer.timeout.connect(self.update_status)
        self.position_label = self.status_line.position_label
        self.words_label = self.status_line.words_label

        self.problems = ProblemsPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.problems.jumpRequested.connect(self.jump_to)
        self.problems.checked.connect(self._findings_changed)
        self.problems.actionRequested.connect(lambda _action: choose_images_in(self))

        self.slides = SlideActions(self)
        self.desk = WritingDesk(self, self)  # paste, focus, themes, zoom, print, help
        self.actions_by_name = self._build_menus()
        self.session.documentChanged.connect(self.set_document)
        self.session.message.connect(self.statusBar().showMessage)
        self.session.openFailed.connect(self._open_failed)
        self.welcome.newRequested.connect(self.session.new_article)
        self.welcome.openRequested.connect(self.session.open_dialog)
        self.welcome.sampleRequested.connect(self.session.open_sample)
        self.welcome.recentRequested.connect(self.session.open_path)
        self.slide_list.moveRequested.connect(self.slides.move_rows)
        self.slide_list.imagesDropped.connect(self.slides.images_dropped)
        self.slide_list.activated.connect(lambda _index: self.tabs.setCurrentIndex(0))
        self.slide_editor.chooseImageRequested.connect(self.choose_image)
        self.slide_editor.imageDropped.connect(
            lambda file: self.slides.set_image(self.current_row(), file)
        )
        self.preview.slideClicked.connect(self._preview_clicked)
        self.preview.updated.connect(self.problems.start_checking)  # checks wait for first paint
        for field in (self.slide_editor.body, self.article_editor.intro):
            field.paste_hook = self._paste_hook

        self.resize(1400, 860)
        self.setMinimumSize(900, 560)
        self._restore_layout()
        self.show_welcome()

    def _build_menus(self) -> dict[str, QAction]:
        session, slides = self.session, self.slides
        slots: dict[str, Callable[..., object]] = {
            "new": session.new_article,
            "open": session.open_dialog,
            "sample": session.open_sample,
            "save": session.save,
            "save_as": session.save_as,
            "import": self.import_dialog,
            "export": self.export_dialog,
            "publish": self.publish_dialog,
            "close": session.close_article,
            "quit": self.close,
            "undo": self.undo,
            "redo": self.redo,
            "add_slide": slides.add_slide,
            "duplicate_slide": slides.duplicate_slides,
            "delete_slide": slides.delete_slides,
            "move_up": lambda: slides.move_selection(-1),
            "move_down": lambda: slides.move_selection(1),
            "next_slide": lambda: self.step_slide(1),
            "previous_slide": lambda: self.step_slide(-1),
            "choose_image": self.choose_image,
            "choose_images": lambda: choose_images_in(self),
            "mode_article": lambda: self.set_preview_mode("article"),
            "mode_slideshow": lambda: self.set_preview_mode("slideshow"),
            **self.desk.slots(),
        }
        problems = self.problems.toggleViewAction()
        problems.setShortcut(QKeySequence("Ctrl+Shift+P"))
        actions = build_menus(
            self,
            slots | EditingTools(self).slots(),  # spelling, find and replace, preferences
            lambda menu: fill_recent(menu, self.settings, session.open_path),
            {"problems": problems},
        )
        self.desk.wire(actions, {"problems": problems})
        buttons = self.list_buttons
        buttons["add"].clicked.connect(slides.add_slide)
        buttons["duplicate"].clicked.connect(slides.duplicate_slides)
        buttons["delete"].clicked.connect(slides.delete_slides)
        self.slide_list.deleteRequested.connect(slides.delete_slides)
        buttons["up"].clicked.connect(lambda: slides.move_selection(-1))
        buttons["down"].clicked.connect(lambda: slides.move_selection(1))
        return actions

    def choose_image(self) -> None:
        row = self.current_row()
        if self.doc is None or row < 0:
            return
        path = dialogs.ask_open_file(self, "Choose Image", dialogs.IMAGE_FILTER)
        if path is not None:
            self.slides.set_image(row, path)

    def export_dialog(self) -> None:
        from slidewright.ui.dialogs.export_dialog import run_export_dialog

        if self.doc is not None:
            errors = sum(f.severity == "error" for f in self.problems.findings)
            run_export_dialog(self, self.doc, self.preview.mode, errors, self.settings)

    # The dialogs' modules (and the publishing and import code behind them) are imported when
    # first used, not at start: importing them before the first preview paints delays it.
    def publish_dialog(self) -> None:
        from slidewright.ui.dialogs.publish_dialog import run_publish_dialog

        run_publish_dialog(self, self.session, self.problems.findings)

    def _paste_hook(self, text: str) -> bool:
        from slidewright.ui.dialogs.import_dialog import offer_paste_import

        return offer_paste_import(self, self.doc, text)

    def import_dialog(self) -> None:
        from slidewright.ui.dialogs.import_dialog import run_import_dialog, show_import_summary
        from slidewright.ui.session.preferences import Preferences

        lang = Preferences.load(self.settings).article_language()
        imported = run_import_dialog(self, self.session.maybe_save, lang)
        if imported is not None and self.session.open_path(imported[0]):
            self.statusBar().showMessage(imported[1].describe().replace("\n", " · "), 10000)
            show_import_summary(self, self.doc, imported[1])

    def report_error(self, title: str, text: str) -> None:
        self.session.prompts.error(title, text)

    def edit_slide_field(self, name: str) -> None:
        """Show the slide pane with the cursor in one of its fields."""
        self.tabs.setCurrentIndex(0)
        self.slide_editor.focus_field(name)

    # -- layout ----------------------------------------------------------------------------
    def set_preview_mode(self, value: object) -> None:
        mode: Mode = "slideshow" if value == "slideshow" else "article"
        for button in self.mode_buttons.buttons():
            button.setChecked(button.property("mode") == mode)
        self.preview.set_mode(mode)
        self.settings.set_value("previewMode", mode)

    def _layout_parts(self) -> LaidOut:
        parts = (self.splitter, self.preview, self.mode_buttons, self.problems)
        return LaidOut(self, self.settings, *parts)

    def _restore_layout(self) -> None:
        restore_layout(self._layout_parts())

    def save_layout(self) -> None:
        save_layout(self._layout_parts())

    @property
    def doc(self) -> Document | None:
        """The open article (owned by the session; the window never keeps its own)."""
        return self.session.doc

    def show_welcome(self) -> None:
        if self.problems.doc is not None:
            self._problems_wanted = self.problems.isVisible()
        self.problems.set_document(None)
        self.problems.hide()
        self.welcome.set_recent(self.settings.recent())
        self.stack.setCurrentWidget(self.welcome)
        self.setWindowTitle("Slidewright")
        self.setWindowModified(False)
        self.status_line.clear()
        self._enable_document_actions(False)

    def _open_failed(self, message: str) -> None:
        if self.doc is None:
            self.welcome.show_message(f"Could not open the article:\n{message}")

    def _enable_document_actions(self, on: bool) -> None:
        for name, action in getattr(self, "actions_by_name", {}).items():
            if name not in ALWAYS_ENABLED:
                action.setEnabled(on)
        for button in self.list_buttons.values():
            button.setEnabled(on)

    # -- the document ----------------------------------------------------------------------
    def set_document(self, doc: Document | None) -> None:
        """Follow the session: show ``doc``, or the welcome page when the article was closed."""
        same_article = (
            self.model is not None and doc is not None and self.model.doc.bundle == doc.bundle
        )
        row = self.current_row() if same_article else 0
        # The preview first: its page starts loading (Chromium works in its own processes)
        # while the editors and the slide list fill in.
        self.preview.set_document(doc)
        self.slide_editor.set_document(doc)
        self.article_editor.set_document(doc)
        if doc is None:
            self.slide_list.setModel(None)
            self.model = None
            self.show_welcome()
            return
        self.welcome.show_message("")
        self.model = SlideListModel(doc, self.thumbnails)
        self.slide_list.setModel(self.model)
        self.slide_list.selectionModel().currentChanged.connect(self._current_changed)
        self.slide_list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.problems.set_document(doc)
        self.problems.setVisible(self._problems_wanted)
        doc.undo_stack.cleanChanged.connect(self.update_title)
        doc.undo_stack.indexChanged.connect(self.status_line.schedule)
        doc.slidesReset.connect(self._slides_reset)
        doc.slideChanged.connect(
            self.status_line.schedule
        )  # typing extends a step: no indexChanged
        doc.articleChanged.connect(self.status_line.schedule)
        doc.articleChanged.connect(self._article_changed)
        doc.pathChanged.connect(self.update_title)
        doc.undo_stack.canUndoChanged.connect(self.actions_by_name["undo"].setEnabled)
        doc.undo_stack.canRedoChanged.connect(self.actions_by_name["redo"].setEnabled)
        self.stack.setCurrentWidget(self.splitter)
        self._enable_document_actions(True)
        self.actions_by_name["undo"].setEnabled(False)
        self.actions_by_name["redo"].setEnabled(False)
        count = len(doc.article.slides)
        self.select_rows([min(max(row, 0), count - 1)] if count else [])
        self.tabs.setCurrentIndex(0 if doc.article.slides else 1)
        self.update_title()
        self.update_status()

    def _article_changed(self, name: str) -> None:
        if name == "title":
            self.update_title()

    def update_title(self) -> None:
        if self.doc is None:
            return
        title = self.doc.article.title or self.doc.bundle.name
        self.setWindowTitle(f"{title}[*] — {self.doc.bundle.name} — Slidewright")
        self.setWindowFilePath(str(self.doc.index_file))
        self.setWindowModified(self.doc.modified)

    def update_status(self) -> None:
        if self.doc is not None:
            self.status_line.show(self.doc.article, self.current_row())

    # -- selection -------------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.slide_list.currentIndex()
        return index.row() if index.isValid() else -1

    def selected_rows(self) -> list[int]:
        rows = sorted({index.row() for index in self.slide_list.selectionModel().selectedIndexes()})
        return rows or ([self.current_row()] if self.current_row() >= 0 else [])

    def select_rows(self, rows: list[int]) -> None:
        assert self.model is not None
        rows = [r for r in rows if 0 <= r < self.model.rowCount()]
        selection_model = self.slide_list.selectionModel()
        if not rows:
            selection_model.clear()
            self.slide_editor.show_slide(-1)
            return
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row), self.model.index(row))
        flags = QItemSelectionModel.SelectionFlag
        selection_model.setCurrentIndex(self.model.index(rows[0]), flags.NoUpdate)
        selection_model.select(selection, flags.ClearAndSelect)
        self._current_changed()

    def step_slide(self, delta: int) -> None:
        """Go to the next or previous slide without leaving the field being edited."""
        if self.doc is None or not self.doc.article.slides:
            return
        row = min(max(self.current_row() + delta, 0), len(self.doc.article.slides) - 1)
        focused = self.focusWidget()
        self.select_rows([row])
        if focused is not None:
            focused.setFocus()

    def _current_changed(self, *_: object) -> None:
        row = self.current_row()
        self.slide_editor.show_slide(row)
        if row >= 0:
            self.tabs.setCurrentIndex(0)
            self.preview.select(row, scroll=not self._selecting_from_preview)
        self.update_status()

    def _selection_changed(self, *_: object) -> None:
        self.update_status()

    def _preview_clicked(self, row: int) -> None:
        self._selecting_from_preview = True
        try:
            self.select_rows([row])
        finally:
            self._selecting_from_preview = False

    def _slides_reset(self, rows: list[int]) -> None:
        self.select_rows(rows)

    def _findings_changed(self, findings: list) -> None:
        if self.model is not None:
            self.model.set_findings(ProblemsPanel.badges(findings))

    def jump_to(self, finding: Finding) -> None:
        """Show the slide (or the article pane) and put the cursor in the field at fault."""
        if finding.slide is None:
            self.tabs.setCurrentIndex(1)
            self.article_editor.focus_field(finding.field)
            return
        self.select_rows([finding.slide])
        self.tabs.setCurrentIndex(0)
        self.slide_editor.focus_field(finding.field)

    def undo(self) -> None:
        if self.doc is not None:
            self.doc.undo_stack.undo()

    def redo(self) -> None:
        if self.doc is not None:
            self.doc.undo_stack.redo()

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.session.busy and self.session.maybe_save():
            self.save_layout()
            if self.doc is not None:
                self.session.recovery.discard(self.doc.bundle)
            self.session.recovery.close()
            event.accept()
        else:
            event.ignore()
