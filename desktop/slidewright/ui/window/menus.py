"""Menus and shortcuts, as a table: the window supplies what each entry does.

Keeping the table apart from the window (and the window's methods out of the table) means this
module knows nothing of the window; standard keys are used where the platform has one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from slidewright.ui.session.settings import Settings
from slidewright.ui.translation import QT_TRANSLATE_NOOP
from slidewright.ui.window.format_menu import FORMAT_MENU

# Redo's second key, as in Word and Docs (Qt's Redo on Linux is Ctrl+Shift+Z alone); the fields
# leave it to the window (ui/editing/fields.py)
REDO_TOO = "Ctrl+Y"

Std = QKeySequence.StandardKey
Shortcut = Std | str | None
SEPARATOR = None
RECENT = "recent"  # the Open Recent submenu, filled each time it opens
EXTRA = "extra:"  # an action the window made itself (the Problems dock's toggle)

# (menu title, [(name, text, shortcut, checkable) | SEPARATOR | RECENT | EXTRA + name]); the
# texts are English, translated when the menus are made (menu_text)
# fmt: off
MENUS: list[tuple[str, list[tuple[str, str, Shortcut, bool] | str | None]]] = [
    (
        QT_TRANSLATE_NOOP("Menus", "&File"),
        [
            ("new", QT_TRANSLATE_NOOP("Menus", "&New Article…"), Std.New, False),
            ("open", QT_TRANSLATE_NOOP("Menus", "&Open…"), Std.Open, False),
            RECENT,
            ("sample", QT_TRANSLATE_NOOP("Menus", "Open the Sa&mple Article"), None, False),
            ("open_library", QT_TRANSLATE_NOOP("Menus", "Open &Library…"), None, False),
            SEPARATOR,
            ("save", QT_TRANSLATE_NOOP("Menus", "&Save"), Std.Save, False),
            ("save_as", QT_TRANSLATE_NOOP("Menus", "Save &As…"), Std.SaveAs, False),
            ("history", QT_TRANSLATE_NOOP("Menus", "&History…"), "Ctrl+Alt+H", False),
            SEPARATOR,
            ("import", QT_TRANSLATE_NOOP("Menus", "&Import…"), "Ctrl+Shift+I", False),
            ("export", QT_TRANSLATE_NOOP("Menus", "&Export…"), "Ctrl+Shift+E", False),
            ("publish", QT_TRANSLATE_NOOP("Menus", "&Publish…"), None, False),
            ("export_pdf", QT_TRANSLATE_NOOP("Menus", "Export as P&DF…"), None, False),
            ("print", QT_TRANSLATE_NOOP("Menus", "Prin&t…"), Std.Print, False),
            SEPARATOR,
            ("close", QT_TRANSLATE_NOOP("Menus", "&Close Article"), Std.Close, False),
            ("quit", QT_TRANSLATE_NOOP("Menus", "&Quit"), Std.Quit, False),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "&Edit"),
        [
            ("undo", QT_TRANSLATE_NOOP("Menus", "&Undo"), Std.Undo, False),
            ("redo", QT_TRANSLATE_NOOP("Menus", "&Redo"), Std.Redo, False),
            SEPARATOR,
            # The clipboard keys stay with the focused widget (a field, the slide list): the menu
            # shows them and acts on the focused field when clicked, but does not take the keys.
            ("cut", QT_TRANSLATE_NOOP("Menus", "Cu&t\tCtrl+X"), None, False),
            ("copy", QT_TRANSLATE_NOOP("Menus", "&Copy\tCtrl+C"), None, False),
            ("paste", QT_TRANSLATE_NOOP("Menus", "&Paste\tCtrl+V"), None, False),
            ("select_all", QT_TRANSLATE_NOOP("Menus", "Select &All\tCtrl+A"), None, False),
            SEPARATOR,
            ("find", QT_TRANSLATE_NOOP("Menus", "&Find…"), Std.Find, False),
            # F3 only: the platform's other binding (Ctrl+Shift+G) is Choose Image's
            ("find_next", QT_TRANSLATE_NOOP("Menus", "Find &Next"), "F3", False),
            ("find_previous", QT_TRANSLATE_NOOP("Menus", "Find Pre&vious"), "Shift+F3", False),
            ("replace", QT_TRANSLATE_NOOP("Menus", "R&eplace…"), "Ctrl+H", False),
            SEPARATOR,
            ("preferences", QT_TRANSLATE_NOOP("Menus", "Preference&s…"), "Ctrl+,", False),  # Linux has no standard key
        ],
    ),
    FORMAT_MENU,
    (
        QT_TRANSLATE_NOOP("Menus", "&Slide"),
        [
            ("add_slide", QT_TRANSLATE_NOOP("Menus", "&New Slide"), "Ctrl+Shift+N", False),
            ("duplicate_slide", QT_TRANSLATE_NOOP("Menus", "&Duplicate Slide"), "Ctrl+Shift+D", False),
            ("delete_slide", QT_TRANSLATE_NOOP("Menus", "De&lete Slide\tDel"), None, False),  # the key itself: the list's
            SEPARATOR,
            ("move_up", QT_TRANSLATE_NOOP("Menus", "Move &Up"), "Alt+Up", False),
            ("move_down", QT_TRANSLATE_NOOP("Menus", "Move Do&wn"), "Alt+Down", False),
            SEPARATOR,
            ("next_slide", QT_TRANSLATE_NOOP("Menus", "Ne&xt Slide"), "Ctrl+PgDown", False),
            ("previous_slide", QT_TRANSLATE_NOOP("Menus", "Pre&vious Slide"), "Ctrl+PgUp", False),
            SEPARATOR,
            ("choose_image", QT_TRANSLATE_NOOP("Menus", "Choose &Image…"), "Ctrl+Shift+G", False),
            ("choose_images", QT_TRANSLATE_NOOP("Menus", "Choose Images for &All Slides…"), None, False),
            SEPARATOR,
            ("add_note", QT_TRANSLATE_NOOP("Menus", "Add No&te…"), "Ctrl+Alt+M", False),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "&View"),
        [
            ("mode_article", QT_TRANSLATE_NOOP("Menus", "Preview as &Article"), "Ctrl+1", False),
            ("mode_slideshow", QT_TRANSLATE_NOOP("Menus", "Preview as &Slideshow"), "Ctrl+2", False),
            EXTRA + "problems",
            EXTRA + "notes",
            ("monospace", QT_TRANSLATE_NOOP("Menus", "&Monospace Body Font"), None, True),
            SEPARATOR,
            ("focus", QT_TRANSLATE_NOOP("Menus", "&Focus Mode"), "F11", True),
            ("zoom_in", QT_TRANSLATE_NOOP("Menus", "Zoom &In"), Std.ZoomIn, False),
            ("zoom_out", QT_TRANSLATE_NOOP("Menus", "Zoom &Out"), Std.ZoomOut, False),
            ("zoom_reset", QT_TRANSLATE_NOOP("Menus", "A&ctual Size"), "Ctrl+0", False),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "&Help"),
        [
            ("shortcuts", QT_TRANSLATE_NOOP("Menus", "&Keyboard Shortcuts"), Std.HelpContents, False),
            ("about", QT_TRANSLATE_NOOP("Menus", "&About Slidewright"), None, False),
        ],
    ),
]
# fmt: on
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
        bar.addMenu(menu_text(title))


def menu_text(text: str) -> str:
    """A title or entry of ``MENUS`` in the window's language; a key shown after a tab (an
    entry that leaves the key to the focused field) as the keyboard labels it there ("Strg+X")."""
    shown = QCoreApplication.translate("Menus", text)
    label, tab, key = shown.partition("\t")
    native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) if key else ""
    return f"{label}{tab}{native or key}"


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
        menu = made.get(menu_text(title))
        if not isinstance(menu, QMenu):
            menu = bar.addMenu(menu_text(title))
        for entry in entries:
            if entry is SEPARATOR:
                menu.addSeparator()
            elif entry == RECENT:
                recent = menu.addMenu(QCoreApplication.translate("Menus", "Open &Recent"))
                recent.aboutToShow.connect(lambda recent=recent: fill_recent(recent))
                actions[RECENT] = recent.menuAction()
            elif isinstance(entry, str) and entry.startswith(EXTRA):
                menu.addAction(extra[entry.removeprefix(EXTRA)])
            else:
                assert isinstance(entry, tuple)
                name, text, shortcut, checkable = entry
                action = QAction(menu_text(text), window)
                if isinstance(shortcut, Std):
                    keys = QKeySequence.keyBindings(shortcut)
                    if shortcut == Std.Redo and QKeySequence(REDO_TOO) not in keys:
                        keys.append(QKeySequence(REDO_TOO))  # as in Word and Docs
                    action.setShortcuts(keys)
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
        menu.addAction(QCoreApplication.translate("Menus", "Clear Menu"), settings.clear_recent)
    else:
        none = QCoreApplication.translate("Menus", "No recent articles")
        menu.addAction(none).setEnabled(False)


def recent_label(path: Path) -> str:
    """A recent article as the writer knows it: its title, then its folder's name."""
    from slidewright.fileformat.peek import peek_title  # (not on the way to the first paint)

    title = peek_title(path)
    return f"{title} — {path.name}" if title else f"{path.name} — {path.parent}"
