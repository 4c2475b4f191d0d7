"""Menus and shortcuts, as a table: the window supplies what each entry does.

Keeping the table apart from the window (and the window's methods out of the table) means this
module knows nothing of the window; standard keys are used where the platform has one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from slidewright.ui.session.settings import Settings

Std = QKeySequence.StandardKey
Shortcut = Std | str | None
SEPARATOR = None
RECENT = "recent"  # the Open Recent submenu, filled each time it opens
EXTRA = "extra:"  # an action the window made itself (the Problems dock's toggle)

# (menu title, [(name, text, shortcut, checkable) | SEPARATOR | RECENT | EXTRA + name])
MENUS: list[tuple[str, list[tuple[str, str, Shortcut, bool] | str | None]]] = [
    (
        "&File",
        [
            ("new", "&New Article…", Std.New, False),
            ("open", "&Open…", Std.Open, False),
            RECENT,
            ("sample", "Open the Sample Article", None, False),
            ("open_library", "Open &Library…", None, False),
            SEPARATOR,
            ("save", "&Save", Std.Save, False),
            ("save_as", "Save &As…", Std.SaveAs, False),
            SEPARATOR,
            ("import", "&Import…", "Ctrl+Shift+I", False),
            ("export", "&Export…", "Ctrl+Shift+E", False),
            ("publish", "&Publish…", None, False),
            ("export_pdf", "Export as P&DF…", None, False),
            ("print", "&Print…", Std.Print, False),
            SEPARATOR,
            ("close", "&Close Article", Std.Close, False),
            ("quit", "&Quit", Std.Quit, False),
        ],
    ),
    (
        "&Edit",
        [
            ("undo", "&Undo", Std.Undo, False),
            ("redo", "&Redo", Std.Redo, False),
            SEPARATOR,
            # The clipboard keys stay with the focused widget (a field, the slide list): the menu
            # shows them and acts on the focused field when clicked, but does not take the keys.
            ("cut", "Cu&t\tCtrl+X", None, False),
            ("copy", "&Copy\tCtrl+C", None, False),
            ("paste", "&Paste\tCtrl+V", None, False),
            ("select_all", "Select &All\tCtrl+A", None, False),
            SEPARATOR,
            ("find", "&Find…", Std.Find, False),
            # F3 only: the platform's other binding (Ctrl+Shift+G) is Choose Image's
            ("find_next", "Find &Next", "F3", False),
            ("find_previous", "Find Pre&vious", "Shift+F3", False),
            ("replace", "&Replace…", "Ctrl+H", False),
            SEPARATOR,
            ("preferences", "Pre&ferences…", "Ctrl+,", False),  # Linux has no standard key
        ],
    ),
    (
        "&Slide",
        [
            ("add_slide", "&New Slide", "Ctrl+Shift+N", False),
            ("duplicate_slide", "&Duplicate Slide", "Ctrl+Shift+D", False),
            ("delete_slide", "De&lete Slide\tDel", None, False),  # the key itself: the list's
            SEPARATOR,
            ("move_up", "Move &Up", "Alt+Up", False),
            ("move_down", "Move Do&wn", "Alt+Down", False),
            SEPARATOR,
            ("next_slide", "Ne&xt Slide", "Ctrl+PgDown", False),
            ("previous_slide", "Pre&vious Slide", "Ctrl+PgUp", False),
            SEPARATOR,
            ("choose_image", "Choose &Image…", "Ctrl+Shift+G", False),
            ("choose_images", "Choose Images for &All Slides…", None, False),
        ],
    ),
    (
        "&View",
        [
            ("mode_article", "Preview as &Article", "Ctrl+1", False),
            ("mode_slideshow", "Preview as &Slideshow", "Ctrl+2", False),
            EXTRA + "problems",
            ("monospace", "&Monospace Body Font", None, True),
            SEPARATOR,
            ("focus", "&Focus Mode", "F11", True),
            ("zoom_in", "Zoom &In", Std.ZoomIn, False),
            ("zoom_out", "Zoom &Out", Std.ZoomOut, False),
            ("zoom_reset", "A&ctual Size", "Ctrl+0", False),
        ],
    ),
    (
        "&Help",
        [
            ("shortcuts", "&Keyboard Shortcuts", Std.HelpContents, False),
            ("about", "&About Slidewright", None, False),
        ],
    ),
]
# Entries that work with no article open (everything else waits for one).
ALWAYS_ENABLED = frozenset(
    {"new", "open", "quit", RECENT, "sample", "import", "focus", "zoom_in", "zoom_out"}
    | {"open_library"}
    | {"zoom_reset", "shortcuts", "about", "preferences"}
)


def menu_titles(window: QMainWindow) -> None:
    """The menu bar with its menus' titles and nothing in them yet (the window's first step),
    so the bar has its height from the first paint on and nothing below it moves later."""
    bar = window.menuBar()
    for title, _entries in MENUS:
        bar.addMenu(title)


def build_menus(
    window: QMainWindow,
    slots: Mapping[str, Callable[..., object]],
    fill_recent: Callable[[QMenu], None],
    extra: Mapping[str, QAction],
) -> dict[str, QAction]:
    """Make the menu bar from ``MENUS``; every entry's ``name`` must have a slot."""
    actions: dict[str, QAction] = {}
    bar = window.menuBar()
    made = {action.text(): action.menu() for action in bar.actions()}  # by menu_titles()
    for title, entries in MENUS:
        menu = made.get(title)
        if not isinstance(menu, QMenu):
            menu = bar.addMenu(title)
        for entry in entries:
            if entry is SEPARATOR:
                menu.addSeparator()
            elif entry == RECENT:
                recent = menu.addMenu("Open &Recent")
                recent.aboutToShow.connect(lambda recent=recent: fill_recent(recent))
                actions[RECENT] = recent.menuAction()
            elif isinstance(entry, str) and entry.startswith(EXTRA):
                menu.addAction(extra[entry.removeprefix(EXTRA)])
            else:
                assert isinstance(entry, tuple)
                name, text, shortcut, checkable = entry
                action = QAction(text, window)
                if isinstance(shortcut, Std):
                    action.setShortcuts(QKeySequence.keyBindings(shortcut))
                elif shortcut is not None:
                    action.setShortcut(QKeySequence(shortcut))
                action.setCheckable(checkable)
                action.triggered.connect(slots[name])
                menu.addAction(action)
                window.addAction(action)
                actions[name] = action
    return actions


def fill_recent(menu: QMenu, settings: Settings, open_path: Callable[[Path], object]) -> None:
    """Open Recent, filled each time it opens: the recent articles, then Clear Menu."""
    menu.clear()
    recent = settings.recent()
    for path in recent:
        action = menu.addAction(recent_label(path).replace("&", "&&"))
        action.setToolTip(str(path))
        action.triggered.connect(lambda _=False, path=path: open_path(path))
    if recent:
        menu.addSeparator()
        menu.addAction("Clear Menu", settings.clear_recent)
    else:
        menu.addAction("No recent articles").setEnabled(False)


def recent_label(path: Path) -> str:
    """A recent article as the writer knows it: its title, then its folder's name."""
    from slidewright.fileformat.peek import peek_title  # (not on the way to the first paint)

    title = peek_title(path)
    return f"{title} — {path.name}" if title else f"{path.name} — {path.parent}"
