"""The window's second step: the slide list, the editors, the Problems panel, the status line and
the menus, built into a window whose preview already exists (see ``MainWindow.complete``).

Kept apart from main_window.py so that its imports (every editor, the checker, the spelling and
find tools) are paid after the preview's first paint, not before it: on start-up, the article's
page is on screen while this module is imported and run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QTabWidget,
    QToolButton,
)

from slidewright.credits import Finding
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
from slidewright.ui.window.history_notes import HistoryAndNotes
from slidewright.ui.window.layout_state import LaidOut, restore_parts, take_problems_place
from slidewright.ui.window.menus import build_menus, fill_recent
from slidewright.ui.window.panels import list_panel, scrolled
from slidewright.ui.window.slide_actions import SlideActions
from slidewright.ui.window.status_line import StatusLine
from slidewright.ui.window.welcome import Welcome


class Assembled(Protocol):
    """The main window as this module sees it (main_window.py imports this module, so it is not
    imported back): the parts of step one it builds on, the parts it adds, what they call."""

    settings: Settings
    session: ArticleSession
    preview: Preview
    splitter: QSplitter
    stack: QStackedWidget
    model: SlideListModel | None
    thumbnails: ThumbnailCache
    slide_list: SlideListView
    slide_editor: SlideEditor
    article_editor: ArticleEditor
    tabs: QTabWidget
    list_buttons: dict[str, QToolButton]
    welcome: Welcome
    status_line: StatusLine
    position_label: QLabel
    words_label: QLabel
    problems: ProblemsPanel
    slides: SlideActions
    desk: WritingDesk
    actions_by_name: dict[str, QAction]

    @property
    def doc(self) -> Document | None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802
    def current_row(self) -> int: ...
    def selected_rows(self) -> list[int]: ...
    def select_rows(self, rows: list[int]) -> None: ...
    def step_slide(self, delta: int) -> None: ...
    def edit_slide_field(self, name: str) -> None: ...
    def report_error(self, title: str, text: str) -> None: ...
    def update_status(self) -> None: ...
    def jump_to(self, finding: Finding) -> None: ...
    def choose_image(self) -> None: ...
    def preview_clicked(self, row: int) -> None: ...
    def paste_hook(self, text: str) -> bool: ...
    def import_dialog(self) -> None: ...
    def export_dialog(self) -> None: ...
    def publish_dialog(self) -> None: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def set_preview_mode(self, value: object) -> None: ...


def assemble(window: Assembled, main: QMainWindow) -> None:
    """Build everything but the preview into ``window`` (``main``: the same window, as Qt's main
    window) and wire it; the layout the writer left (splitter, docks) is restored once the parts
    it names exist."""
    window.thumbnails = ThumbnailCache()
    window.slide_list = SlideListView()
    window.slide_editor = SlideEditor(window.thumbnails)
    window.article_editor = ArticleEditor()
    window.tabs = tabs = QTabWidget()
    tabs.addTab(scrolled(window.slide_editor), "Slide")
    tabs.addTab(scrolled(window.article_editor), "Article")
    slides_column, window.list_buttons = list_panel(window.slide_list)
    splitter = window.splitter
    widths = splitter.sizes()  # a window on screen keeps the widths it shows (step one's)
    for position, column in enumerate((slides_column, tabs)):
        placeholder = splitter.replaceWidget(position, column)
        if placeholder is not None:
            placeholder.deleteLater()
    splitter.setStretchFactor(0, 0)  # (kept in each widget's size policy: set on the new ones)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes(widths if main.isVisible() else [260, 520, 620])
    window.welcome = welcome = Welcome()
    window.stack.insertWidget(0, welcome)

    window.status_line = StatusLine(window.statusBar())
    window.status_line.timer.timeout.connect(window.update_status)
    window.position_label = window.status_line.position_label
    window.words_label = window.status_line.words_label

    take_problems_place(main)
    window.problems = problems = ProblemsPanel(main)
    main.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, problems)
    problems.jumpRequested.connect(window.jump_to)
    problems.checked.connect(lambda findings: _show_badges(window, findings))
    problems.actionRequested.connect(lambda _action: choose_images_in(window))

    window.slides = SlideActions(window)
    record = HistoryAndNotes(window, main)  # File ▸ History, the Notes panel (a child of main)
    main.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, record.notes)
    record.notes.hide()  # until the writer opens it (View ▸ Notes) or adds a note
    window.desk = WritingDesk(window, main)  # paste, focus, zoom, print, help
    window.actions_by_name = _menus(window, main, record)
    welcome.newRequested.connect(window.session.new_article)
    welcome.openRequested.connect(window.session.open_dialog)
    welcome.sampleRequested.connect(window.session.open_sample)
    welcome.recentRequested.connect(window.session.open_path)
    window.slide_list.moveRequested.connect(window.slides.move_rows)
    window.slide_list.imagesDropped.connect(window.slides.images_dropped)
    window.slide_list.activated.connect(lambda _index: tabs.setCurrentIndex(0))
    window.slide_editor.chooseImageRequested.connect(window.choose_image)
    window.slide_editor.imageDropped.connect(
        lambda file: window.slides.set_image(window.current_row(), file)
    )
    window.preview.slideClicked.connect(window.preview_clicked)
    window.preview.updated.connect(problems.start_checking)  # checks wait for the first paint
    for field in (window.slide_editor.body, window.article_editor.intro):
        field.paste_hook = window.paste_hook
    restore_parts(LaidOut(main, window.settings, splitter, window.preview, problems))


def _show_badges(window: Assembled, findings: list[Finding]) -> None:
    if window.model is not None:
        window.model.set_findings(ProblemsPanel.badges(findings))


def _menus(window: Assembled, main: QMainWindow, record: HistoryAndNotes) -> dict[str, QAction]:
    session, slides = window.session, window.slides
    slots: dict[str, Callable[..., object]] = {
        "new": session.new_article,
        "open": session.open_dialog,
        "sample": session.open_sample,
        "save": session.save,
        "save_as": session.save_as,
        "import": window.import_dialog,
        "export": window.export_dialog,
        "publish": window.publish_dialog,
        "close": session.close_article,
        "quit": main.close,
        "undo": window.undo,
        "redo": window.redo,
        "add_slide": slides.add_slide,
        "duplicate_slide": slides.duplicate_slides,
        "delete_slide": slides.delete_slides,
        "move_up": lambda: slides.move_selection(-1),
        "move_down": lambda: slides.move_selection(1),
        "next_slide": lambda: window.step_slide(1),
        "previous_slide": lambda: window.step_slide(-1),
        "choose_image": window.choose_image,
        "choose_images": lambda: choose_images_in(window),
        "mode_article": lambda: window.set_preview_mode("article"),
        "mode_slideshow": lambda: window.set_preview_mode("slideshow"),
        **window.desk.slots(),
    }
    problems = window.problems.toggleViewAction()
    problems.setShortcut(QKeySequence("Ctrl+Shift+P"))
    extras = {"problems": problems, "notes": record.toggle_action()}
    actions = build_menus(
        main,
        slots | EditingTools(window).slots() | record.slots(),  # spelling, find, notes…
        lambda menu: fill_recent(menu, window.settings, session.open_path),
        extras,
    )
    window.desk.wire(actions, extras)
    buttons = window.list_buttons
    buttons["add"].clicked.connect(slides.add_slide)
    buttons["duplicate"].clicked.connect(slides.duplicate_slides)
    buttons["delete"].clicked.connect(slides.delete_slides)
    window.slide_list.deleteRequested.connect(slides.delete_slides)
    buttons["up"].clicked.connect(lambda: slides.move_selection(-1))
    buttons["down"].clicked.connect(lambda: slides.move_selection(1))
    return actions
