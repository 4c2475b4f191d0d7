"""The window's second step: the slide list, the editors, the Problems panel, the status line and
the menus, built beside a preview that already exists (see ``MainWindow.complete``) and returned
as one ``Parts`` object the window holds. Nothing here sets anything on the window; what the
parts do to each other is wired here, what they ask of the window is wired by the window.

Kept apart from main_window.py so that its imports (every editor, the checker, the spelling and
find tools) are paid after the preview's first paint, not before it: on start-up, the article's
page is on screen while this module is imported and run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QToolButton, QWidget

from slidewright.ui.access.wiring import Access, Accessed, make_accessible
from slidewright.ui.editing.format_tools import FormatTools
from slidewright.ui.editing.image_credits import writer_agencies
from slidewright.ui.preview.view import Preview
from slidewright.ui.problems.panel import ProblemsPanel
from slidewright.ui.session.article_session import ArticleSession
from slidewright.ui.session.settings import Settings
from slidewright.ui.window.desk import WritingDesk
from slidewright.ui.window.editing_tools import EditingTools
from slidewright.ui.window.editors import Editors, build_editors, keep_editors_whole
from slidewright.ui.window.format_menu import format_bar
from slidewright.ui.window.history_notes import HistoryAndNotes
from slidewright.ui.window.image_cleanup import ImageCleanup
from slidewright.ui.window.layout_state import (
    LaidOut,
    remember_licence_fold,
    restore_parts,
    take_problems_place,
)
from slidewright.ui.window.menus import build_menus, fill_recent
from slidewright.ui.window.right_to_left import menu_keys_as_typed
from slidewright.ui.window.selection import SlideSelection
from slidewright.ui.window.slide_actions import SlideActions
from slidewright.ui.window.status_line import StatusLine
from slidewright.ui.window.welcome import Welcome


@dataclass(frozen=True)
class StepOne:
    """What step two builds on: the window and the parts it made before the first paint."""

    main: QMainWindow
    settings: Settings
    session: ArticleSession
    preview: Preview
    splitter: QSplitter
    stack: QStackedWidget


@dataclass(frozen=True)
class Parts:
    """Everything of the window but the preview, made by ``assemble``."""

    editors: Editors
    welcome: Welcome
    status_line: StatusLine
    problems: ProblemsPanel
    selection: SlideSelection
    slides: SlideActions
    desk: WritingDesk  # paste, focus, zoom, print, help
    tools: EditingTools  # spelling, find and replace, clipboard, preferences
    record: HistoryAndNotes  # version history and the editor's notes
    actions: dict[str, QAction]  # the menus' entries, by name (menus.py)
    access: Access  # pane keys, focus rings, announcements (ui/access/)
    formatting: FormatTools  # the Format menu's commands and the toolbar over the body


def assemble(one: StepOne, window_slots: dict[str, Callable[..., object]]) -> Parts:
    """Build everything but the preview and wire the parts to one another; ``window_slots``:
    the menu entries the window itself answers (menus.py names them). The layout the writer left
    (splitter, docks) is restored once the parts it names exist."""
    main, session = one.main, one.session
    editors = build_editors()
    remember_licence_fold(one.settings, editors.slide_editor)
    splitter = one.splitter
    widths = splitter.sizes()  # a window on screen keeps the widths it shows (step one's)
    for position, column in enumerate(editors.columns):
        placeholder = splitter.replaceWidget(position, column)
        if placeholder is not None:
            placeholder.deleteLater()
    splitter.setStretchFactor(0, 0)  # (kept in each widget's size policy: set on the new ones)
    splitter.setStretchFactor(1, 1)
    splitter.setCollapsible(1, False)  # a drag stops at the editor's width (keep_editors_whole)
    splitter.setSizes(widths if main.isVisible() else [260, 520, 620])
    welcome = Welcome()
    one.stack.insertWidget(0, welcome)
    welcome.openRequested.connect(session.open_dialog)
    welcome.sampleRequested.connect(session.open_sample)
    welcome.recentRequested.connect(session.open_path)

    status_line = StatusLine(main.statusBar())
    take_problems_place(main)
    problems = ProblemsPanel(main)
    main.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, problems)
    problems.trustChanged.connect(editors.slide_editor.credentials.set_trust)
    one.preview.updated.connect(problems.start_checking)  # checks wait for the first paint

    selection = SlideSelection(session, editors.slide_list, editors.slide_editor, editors.tabs)
    welcome.newRequested.connect(lambda: new_article(session, selection))
    session.unread.append(editors.article_editor.date.unread)  # a Date that is no date
    slides = SlideActions(selection, main.statusBar().showMessage, lambda: writer_agencies(main))
    slides.copied = ImageCleanup(session).note_copied  # (a Qt child of the session)
    # File ▸ History and the Notes panel (a dock of its own, hidden until asked for)
    record = HistoryAndNotes(one.settings, session, selection, editors.tabs, main)
    main.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, record.notes)
    record.notes.hide()
    docks = [problems, record.notes]  # what focus mode puts away beside the columns
    desk = WritingDesk(main, one.settings, one.preview, editors, docks, selection, slides)
    tools = EditingTools(main, one.settings, session, editors, one.preview, selection)
    tools.find.bodyMatchShown.connect(desk.follow_typing.show_place)  # the preview shows it
    formatting = FormatTools(
        editors.slide_editor,
        editors.article_editor,
        lambda text: main.statusBar().showMessage(text, 8000),
        main,
    )
    actions = _menus(
        one, problems, slides, desk, tools, record, {**formatting.slots(), **window_slots}
    )
    body = editors.slide_editor.body
    texts = editors.slide_editor.texts_layout
    texts.insertWidget(texts.indexOf(body), format_bar(actions, editors.slide_editor))
    keep_editors_whole(editors)
    _wire_slide_list(editors, selection, slides)
    access = _access(one, editors, problems, selection, tools, actions)
    restore_parts(LaidOut(main, one.settings, splitter, one.preview, problems))
    return Parts(
        editors,
        welcome,
        status_line,
        problems,
        selection,
        slides,
        desk,
        tools,
        record,
        actions,
        access,
        formatting,
    )


def new_article(session: ArticleSession, selection: SlideSelection) -> bool:
    """File ▸ New Article… and the start page's button: once the title is given, the cursor is
    in the first slide's heading, where writing starts (as Slide ▸ Add Slide puts it), not on
    the slide list that opening an article focuses."""
    if not session.new_article():
        return False
    selection.edit_slide_field("heading")
    return True


def _access(
    one: StepOne,
    editors: Editors,
    problems: ProblemsPanel,
    selection: SlideSelection,
    tools: EditingTools,
    actions: dict[str, QAction],
) -> Access:
    column = one.preview.parentWidget()
    buttons = column.findChildren(QToolButton) if column is not None else []
    modes: list[QWidget] = [b for b in buttons if b.property("mode")]
    parts = Accessed(one.main, editors, one.preview, modes, problems, selection, tools.find)
    access = make_accessible(parts, actions, problems.toggleViewAction())
    one.session.documentChanged.connect(access.panes.start)
    return access


def _wire_slide_list(editors: Editors, selection: SlideSelection, slides: SlideActions) -> None:
    editors.slide_list.moveRequested.connect(slides.move_rows)
    editors.slide_list.imagesDropped.connect(slides.images_dropped)
    editors.slide_list.deleteRequested.connect(slides.delete_slides)
    editors.slide_list.activated.connect(lambda _index: editors.tabs.setCurrentIndex(0))
    editors.slide_editor.imageDropped.connect(
        lambda file: slides.set_image(selection.current_row(), file)
    )
    buttons = editors.list_buttons
    buttons["add"].clicked.connect(slides.add_slide)
    buttons["duplicate"].clicked.connect(slides.duplicate_slides)
    buttons["delete"].clicked.connect(slides.delete_slides)
    buttons["up"].clicked.connect(lambda: slides.move_selection(-1))
    buttons["down"].clicked.connect(lambda: slides.move_selection(1))


def _menus(
    one: StepOne,
    problems: ProblemsPanel,
    slides: SlideActions,
    desk: WritingDesk,
    tools: EditingTools,
    record: HistoryAndNotes,
    window_slots: dict[str, Callable[..., object]],
) -> dict[str, QAction]:
    session = one.session
    slots: dict[str, Callable[..., object]] = {
        "new": lambda: new_article(session, slides.selection),
        "open": session.open_dialog,
        "sample": session.open_sample,
        "save": session.save,
        "save_as": session.save_as,
        "close": session.close_article,
        "quit": one.main.close,
        "add_slide": slides.add_slide,
        "duplicate_slide": slides.duplicate_slides,
        "delete_slide": slides.delete_slides,
        "move_up": lambda: slides.move_selection(-1),
        "move_down": lambda: slides.move_selection(1),
        **desk.slots(),
        **tools.slots(),  # spelling, find and replace, preferences
        **record.slots(),  # history, notes
        **window_slots,
    }
    toggle = problems.toggleViewAction()
    toggle.setShortcut(QKeySequence("Ctrl+Shift+P"))
    extras = {"problems": toggle, "notes": record.toggle_action()}
    actions = build_menus(
        one.main, slots, lambda menu: fill_recent(menu, one.settings, session.open_path), extras
    )
    desk.wire(actions, extras)
    menu_keys_as_typed(one.main.menuBar())  # Ctrl+, stays Ctrl+, in an Arabic window
    return actions
