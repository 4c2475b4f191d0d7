"""The main window: slide list | editor (slide / article tabs) | live preview.

Built in two steps. First the preview, so that on start-up the article's page is on screen as soon
as Qt can show it; then, once it has painted, everything else (``complete``: the slide list, the
editors, the Problems panel, the menus; see assembly.py), held in ``parts``. There is one way to
build it: ``open_window`` in ui/app.py, which the app, the tests and the benchmarks all use. This
module and what it imports at the top stay clear of the reading and rendering stack: on a start
that shows a kept page (ui/preview/first_page.py) they are all that runs before the paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QWidget

from slidewright.ui.access.fit import fit_to_screen
from slidewright.ui.preview.view import Preview
from slidewright.ui.session.settings import Settings
from slidewright.ui.window.after_paint import AfterPaint
from slidewright.ui.window.layout_state import LaidOut, restore_window, save_layout
from slidewright.ui.window.menus import menu_titles
from slidewright.ui.window.panels import preview_panel
from slidewright.ui.window.part_names import PartsByName
from slidewright.ui.window.right_to_left import isolated
from slidewright.ui.window.theme import Theme
from slidewright.ui.window.warm_up import WarmUp

if TYPE_CHECKING:
    from slidewright.credits import Finding
    from slidewright.render.context import Mode
    from slidewright.ui.editing.document import Document
    from slidewright.ui.library import LibraryNotes
    from slidewright.ui.session.article_session import ArticleSession
    from slidewright.ui.window.assembly import Parts
    from slidewright.ui.window.dialog_entries import DialogEntries

# A preview that never reports its paint does not hold the rest for ever (a page that failed to
# load completes at once); generous, so that a busy machine's slow paint still comes first.
COMPLETE_AT_THE_LATEST_MS = 10_000
# Step two starts once step two's modules are imported (warm_up.py, which starts a turn of the
# event loop after the paint), or at the latest this long after the paint (the rest of the
# imports are then made by step two itself).
STEP_TWO_AT_THE_LATEST_MS = 50
# The warm-up's first import waits this long after the paint: started at once (or at 10 ms), the
# benchmark's own paint notice, which arrives just after ours, waited behind it (measured: the
# reopening's first paint 1.37x -> 1.46x a bare page)
WARM_UP_AFTER_MS = 25
SETTLE_AT_THE_LATEST_MS = 1000  # _settle waits for the whole window's paint, or this long


class MainWindow(PartsByName, QMainWindow):
    session: ArticleSession  # made by start_session()
    parts: Parts  # made by complete() (assembly.py): everything but the preview
    dialogs: DialogEntries  # made by complete(): the entries that open a dialog
    library_notes: LibraryNotes | None = None  # once there is a library (_settle, open_library)

    assembled = Signal()  # step two is done: the whole window is there (complete())

    def __init__(self, settings: Settings, mode: Mode | None = None) -> None:
        """Step one (the preview; ``mode``: the start's, else the one the writer left). Step two
        follows the preview's first paint, or comes at the latest after a while; a start with
        nothing to paint calls complete() itself (ui/app.py: open_window)."""
        super().__init__()
        self.settings = settings
        self.completed = self._completing = self._session_started = False
        self._open_later: Callable[[], object] | None = None  # see open_after_paint()
        self._open_failure = ""
        self._keep_preview_scroll = False  # selecting a slide leaves the preview where it is
        self._problems_wanted = True  # the Problems dock's visibility while an article is open

        self.preview = Preview()
        self.preview.hold()  # what the preview can do once the window is whole (_settle)
        self.theme = Theme(self.preview.page(), self)  # before the first page: it paints dark
        preview_column, self.mode_buttons = preview_panel(self.preview, self)
        self.mode_buttons.buttonClicked.connect(
            lambda button: self.set_preview_mode(button.property("mode"))
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(QWidget())  # the slide list's place, until complete()
        self.splitter.addWidget(QWidget())  # the editors' place
        self.splitter.addWidget(preview_column)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([260, 520, 620])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.resize(1400, 860)
        restore_window(self, settings, self.splitter, self.preview, self.mode_buttons)
        fit_to_screen(self)  # large text (QT_SCALE_FACTOR, 144 dpi): all of it on screen
        menu_titles(self)  # filled in by complete(); here so nothing moves down when it is
        self.statusBar()  # likewise: its line is there from the first paint
        if mode is not None:
            self.preview.mode = mode
            for button in self.mode_buttons.buttons():
                button.setChecked(button.property("mode") == mode)
        self.preview.painted.connect(
            lambda: QTimer.singleShot(STEP_TWO_AT_THE_LATEST_MS, self.complete)
        )
        self._warm_up = WarmUp(self)  # step two's modules, one a turn of the event loop
        self._warm_up.finished.connect(self.complete)
        self.preview.painted.connect(
            lambda: QTimer.singleShot(WARM_UP_AFTER_MS, self._warm_up.start)
        )
        self.preview.loadFinished.connect(lambda ok: None if ok else self.complete())
        QTimer.singleShot(COMPLETE_AT_THE_LATEST_MS, self.complete)

    def start_session(self) -> None:
        """The article's session (open, save, recovery): before the first article is opened."""
        if self._session_started:
            return
        from slidewright.ui.dialogs.prompts import Prompts
        from slidewright.ui.session.article_session import ArticleSession

        self.session = ArticleSession(self.settings, Prompts(self), self)
        self._session_started = True
        self.session.documentChanged.connect(self.set_document)
        self.session.message.connect(self.statusBar().showMessage)
        self.session.openFailed.connect(self._open_failed)

    def open_after_paint(self, opening: Callable[[], object]) -> None:
        """Run ``opening`` (it opens the article) in complete(): the preview shows a kept page."""
        self._open_later = opening

    def complete(self) -> None:
        """The second step (once): open the article if that waited for the paint, build the rest
        of the window and show the article in it, the preview left as it is (already showing
        that article, scrolled to its top)."""
        if self.completed or self._completing:
            return
        self._completing = True  # opening may run an event loop (reading, a recovery question)
        self._warm_up.stop()
        self.start_session()
        if self._open_later is not None:
            opening, self._open_later = self._open_later, None
            opening()
        from slidewright.ui.window.assembly import StepOne, assemble
        from slidewright.ui.window.dialog_entries import DialogEntries

        one = StepOne(self, self.settings, self.session, self.preview, self.splitter, self.stack)
        self.parts = parts = assemble(one, self._menu_slots())
        self.dialogs = DialogEntries(
            self, self.settings, self.session, self.preview, parts.problems, parts.selection,
            parts.slides, self.follow_library,
        )  # fmt: skip
        self._wire(parts)
        self.completed = True
        doc = self.doc
        if doc is None:
            if self.preview.source is not None:
                self.preview.set_document(None)  # a kept page whose article did not open
            self.show_welcome()
            if self._open_failure:
                self.welcome.show_open_failure(self._open_failure)
        else:
            self._keep_preview_scroll = True
            try:
                self.set_document(doc)
            finally:
                self._keep_preview_scroll = False
        self.parts.access.panes.start(doc)  # where writing starts (not the preview's toggle)
        fit_to_screen(self)  # again, shown: where the window manager actually put it
        shown = self.stack.currentWidget()  # the splitter, or the welcome page
        AfterPaint(shown or self, self._settle, SETTLE_AT_THE_LATEST_MS)  # once it is on screen
        self.assembled.emit()

    def _settle(self) -> None:
        """Just after step two, once the whole window has painted (after_paint.py): what can
        wait until then, instead of sharing the CPU (and Python's lock) with building and
        painting the window. The preview compares a kept page with the article and pushes the
        rest of a long article (Preview.release); the article's first credit check (Pillow and
        the rules, on a thread), the spelling dictionary (Enchant, on a thread) and the
        library's notes when the writer has a library (its index, SQLite, its rules) start."""
        from slidewright.ui.library.setting import SETTING

        self.preview.release()
        if self.settings.text(SETTING):
            self.follow_library()
        if self.doc is not None and self.preview.ready:
            self.problems.start_checking()  # the paint it waits for has happened
        self.parts.tools.start_spelling()

    def follow_library(self) -> None:
        """The library's findings for the open article, in the Problems panel (once)."""
        if self.library_notes is None:
            from slidewright.ui.library import LibraryNotes

            self.library_notes = LibraryNotes(self)

    def _menu_slots(self) -> dict[str, Callable[..., object]]:
        """The menu entries the window itself answers (assembly.py adds the parts' own); those
        that open a dialog are answered by ``dialogs``, made just after the menus."""
        return {
            "import": lambda: self.dialogs.import_article(),
            "export": lambda: self.dialogs.export(),
            "publish": lambda: self.dialogs.publish(),
            "undo": self.undo,
            "redo": self.redo,
            "next_slide": lambda: self.parts.selection.step(1),
            "previous_slide": lambda: self.parts.selection.step(-1),
            "choose_image": lambda: self.dialogs.choose_image(),
            "choose_images": lambda: self.dialogs.choose_images(),
            "mode_article": lambda: self.set_preview_mode("article"),
            "mode_slideshow": lambda: self.set_preview_mode("slideshow"),
            "open_library": lambda: self.dialogs.open_library(),
        }

    def _wire(self, parts: Parts) -> None:
        """What the parts ask of the window: moving between slides, fixes, dialogs."""
        parts.selection.moved.connect(self._current_changed)
        parts.status_line.timer.timeout.connect(self.update_status)
        parts.problems.jumpRequested.connect(self.jump_to)
        parts.problems.showRequested.connect(self.show_place)
        parts.problems.checked.connect(self._show_badges)
        parts.problems.actionRequested.connect(lambda _action: self.dialogs.choose_images())
        parts.editors.slide_editor.chooseImageRequested.connect(self.dialogs.choose_image)
        self.preview.slideClicked.connect(self.preview_clicked)
        for field in (self.slide_editor.body, self.article_editor.intro):
            field.paste_hook = self.dialogs.paste_hook

    def _show_badges(self, findings: list[Finding]) -> None:
        if self.model is not None:
            from slidewright.ui.problems.finding_tree import badges  # (step two: loaded by now)

            self.model.set_findings(badges(findings))

    # -- layout ----------------------------------------------------------------------------
    def set_preview_mode(self, value: object) -> None:
        mode: Mode = "slideshow" if value == "slideshow" else "article"
        for button in self.mode_buttons.buttons():
            button.setChecked(button.property("mode") == mode)
        self.preview.set_mode(mode)
        self.settings.set_value("previewMode", mode)

    def save_layout(self) -> None:
        if self.completed:  # closed before its second step: the layout saved before stays
            save_layout(LaidOut(self, self.settings, self.splitter, self.preview, self.problems))

    @property
    def doc(self) -> Document | None:
        """The open article (owned by the session; the window never keeps its own)."""
        return self.session.doc if self._session_started else None

    def show_welcome(self) -> None:
        if self.problems.doc is not None:  # (put away by focus mode: still the writer's wish)
            shown = self.problems.isVisible() or self.parts.desk.focus.put_away(self.problems)
            self._problems_wanted = shown
        self.problems.set_document(None)
        self.problems.hide()
        self.welcome.set_recent(self.settings.recent())
        self.stack.setCurrentWidget(self.welcome)
        self.setWindowTitle("Slidewright")
        self.setWindowModified(False)
        self.status_line.clear()
        self._enable_document_actions(False)

    def _open_failed(self, message: str) -> None:
        if not self.completed:  # the welcome page of complete() says why
            self._open_failure = message
            self.complete()
            return
        if self.doc is None:
            self.welcome.show_open_failure(message)

    def _enable_document_actions(self, on: bool) -> None:
        from slidewright.ui.window.menus import ALWAYS_ENABLED

        for name, action in self.actions_by_name.items():
            if name not in ALWAYS_ENABLED:
                action.setEnabled(on)
        for button in self.parts.editors.list_buttons.values():
            button.setEnabled(on)

    # -- the document ----------------------------------------------------------------------
    def set_document(self, doc: Document | None) -> None:
        """Follow the session: show ``doc``, or the welcome page when the article was closed.
        Before complete(), only the preview follows (complete() shows the rest)."""
        if not self.completed:
            if doc is not None:
                self.preview.set_document(doc)
            return
        from slidewright.ui.editing.slide_list import SlideListModel

        same_article = (
            self.model is not None and doc is not None and self.model.doc.bundle == doc.bundle
        )
        place = self.settings.slide_place(doc.bundle) if doc is not None else 0  # a reopening's
        row = self.current_row() if same_article else place
        if self.preview.doc is not doc:  # first: its page loads while the editors fill in
            self.preview.set_document(doc)
        self.slide_editor.set_document(doc)
        self.article_editor.set_document(doc)
        if doc is None:
            self.parts.selection.set_model(None)
            self.show_welcome()
            return
        self.welcome.show_message("")
        self.parts.selection.set_model(SlideListModel(doc, self.parts.editors.thumbnails))
        self.slide_list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.problems.set_document(doc)
        self.problems.setVisible(self._problems_wanted)
        doc.undo_stack.cleanChanged.connect(self.update_title)
        doc.undo_stack.indexChanged.connect(self.status_line.schedule)
        doc.slidesReset.connect(self.select_rows)
        doc.slideChanged.connect(self.status_line.schedule)  # (typing extends a step)
        doc.articleChanged.connect(self.status_line.schedule)
        doc.articleChanged.connect(self._article_changed)
        doc.pathChanged.connect(self.update_title)
        doc.undo_stack.canUndoChanged.connect(self.actions_by_name["undo"].setEnabled)
        doc.undo_stack.canRedoChanged.connect(self.actions_by_name["redo"].setEnabled)
        from slidewright.ui.editing.undo_names import UndoNames  # "Undo Bold" (issue 27)

        names = self.findChild(UndoNames) or UndoNames(
            self.actions_by_name["undo"], self.actions_by_name["redo"], self
        )
        names.follow(doc.undo_stack)
        self.stack.setCurrentWidget(self.splitter)
        self._enable_document_actions(True)
        # as the article's history stands: a restore from a recovery copy is undoable at once
        self.actions_by_name["undo"].setEnabled(doc.undo_stack.canUndo())
        self.actions_by_name["redo"].setEnabled(doc.undo_stack.canRedo())
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
        self.setWindowTitle(f"{isolated(title)}[*] — {self.doc.bundle.name} — Slidewright")
        self.setWindowFilePath(str(self.doc.index_file))
        self.setWindowModified(self.doc.modified)

    def update_status(self) -> None:
        if self.doc is not None:
            self.status_line.show(self.doc.article, self.current_row())

    # -- selection ----------------------------------------------------------------------------
    def current_row(self) -> int:
        return self.parts.selection.current_row()

    def selected_rows(self) -> list[int]:
        return self.parts.selection.selected_rows()

    def select_rows(self, rows: list[int]) -> None:
        self.parts.selection.select_rows(rows)

    def _current_changed(self, row: int) -> None:
        self.slide_editor.show_slide(row)
        if row >= 0:
            self.tabs.setCurrentIndex(0)
            self.preview.select(row, scroll=not self._keep_preview_scroll)
        self.update_status()

    def _selection_changed(self, *_: object) -> None:
        self.update_status()
        if self.doc is not None:
            self.settings.remember_slide(self.doc.bundle, self.current_row())

    def preview_clicked(self, row: int) -> None:
        self._keep_preview_scroll = True  # the writer clicked what they see: it stays put
        try:
            self.select_rows([row])
        finally:
            self._keep_preview_scroll = False

    def show_place(self, slide: int) -> None:
        """Show a slide (-1: the article's fields) without taking the cursor from where it is."""
        if slide >= 0 and (self.doc is None or slide >= len(self.doc.article.slides)):
            return
        if slide >= 0:
            self.select_rows([slide])
        self.tabs.setCurrentIndex(0 if slide >= 0 else 1)

    def jump_to(self, finding: Finding) -> None:
        """Show the slide (or the article pane) and put the cursor in the field at fault."""
        self.show_place(-1 if finding.slide is None else finding.slide)
        editor = self.article_editor if finding.slide is None else self.slide_editor
        editor.focus_field(finding.field)

    def undo(self) -> None:
        if self.doc is not None:
            self.doc.undo_stack.undo()

    def redo(self) -> None:
        if self.doc is not None:
            self.doc.undo_stack.redo()

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.completed:
            self.complete()  # closed during start-up: the article opens, then the window asks
        if not self.session.busy and self.session.maybe_save():
            self.save_layout()
            if self.doc is not None:
                self.preview.keep_for_next_start()
                self.session.recovery.discard(self.doc.bundle)
            self.session.recovery.close()
            self.preview.close_down()
            event.accept()
        else:
            event.ignore()
