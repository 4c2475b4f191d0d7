"""The Format menu's entries, as rows of the menu table (menus.py takes them in as one menu), and
the small toolbar over the slide's body that offers the same actions.

Kept in a module of their own so the Format menu is one import in menus.py; what the entries do
is ui/editing/format_tools.py's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from slidewright.ui.translation import QT_TRANSLATE_NOOP

Row = tuple[str, str, QKeySequence.StandardKey | str | None, bool]
# The keys are taken from the text fields for the window (fields.FORMAT_KEYS): Qt's own Ctrl+K
# would delete the rest of the line.
FORMAT_MENU: tuple[str, list[Row | str | None]] = (
    QT_TRANSLATE_NOOP("Menus", "F&ormat"),
    [
        ("format_bold", QT_TRANSLATE_NOOP("Menus", "&Bold"), "Ctrl+B", False),
        ("format_italic", QT_TRANSLATE_NOOP("Menus", "&Italic"), "Ctrl+I", False),
        ("format_link", QT_TRANSLATE_NOOP("Menus", "&Link…"), "Ctrl+K", False),
        None,
        ("format_clear", QT_TRANSLATE_NOOP("Menus", "&Remove Formatting"), "Ctrl+\\", False),
    ],
)
TOOLBAR_TEXT = {  # B and I are the buttons' look (bold, italic), translated like the rest
    "format_bold": QT_TRANSLATE_NOOP("FormatMenu", "B"),
    "format_italic": QT_TRANSLATE_NOOP("FormatMenu", "I"),
    "format_link": QT_TRANSLATE_NOOP("FormatMenu", "Link"),
    "format_clear": QT_TRANSLATE_NOOP("FormatMenu", "Clear"),
}


def format_bar(actions: dict[str, QAction], parent: QWidget | None = None) -> QToolBar:
    """B, I, Link and Clear over the body: the menu's own actions, so keys and state agree.
    The buttons never take the focus, so the command acts on the field the writer is in."""
    bar = QToolBar(QCoreApplication.translate("FormatMenu", "Format"), parent)
    bar.setObjectName("formatBar")
    bar.setAccessibleName(QCoreApplication.translate("FormatMenu", "Formatting"))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for name, text in TOOLBAR_TEXT.items():
        action = actions[name]
        button_action = QAction(QCoreApplication.translate("FormatMenu", text), bar)
        name_text = action.text().replace("&", "").rstrip("…")
        button_action.setToolTip(f"{name_text} ({action.shortcut().toString()})")
        button_action.triggered.connect(action.trigger)
        bar.addAction(button_action)
        button = bar.widgetForAction(button_action)
        if button is not None:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(button_action.toolTip())
            font = button.font()
            font.setBold(name == "format_bold")
            font.setItalic(name == "format_italic")
            button.setFont(font)
    return bar
