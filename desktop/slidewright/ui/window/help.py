"""The Help menu: Keyboard Shortcuts and About.

The shortcuts are read from the menu table (menus.MENUS) and the actions the window built from
it, so a key added to a menu appears here without anyone remembering to list it; the few keys
that belong to a field rather than a menu are listed below them."""

from __future__ import annotations

import html
import re

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from slidewright import __version__
from slidewright.ui.translation import QT_TRANSLATE_NOOP
from slidewright.ui.window.menus import EXTRA, MENUS, menu_text
from slidewright.ui.window.right_to_left import keys_as_typed

FIELD_KEYS = (  # (where, what, keys); where and what are translated in the context "Help"
    (QT_TRANSLATE_NOOP("Help", "Fields"), QT_TRANSLATE_NOOP("Help", "Next / previous field"), "Tab / Shift+Tab"),
    (QT_TRANSLATE_NOOP("Help", "Fields"), QT_TRANSLATE_NOOP("Help", "Paste an image as the slide's image (slide list, image, body)"), "Ctrl+V"),
    (QT_TRANSLATE_NOOP("Help", "Slide list"), QT_TRANSLATE_NOOP("Help", "Delete the selected slides"), "Delete"),
    # the find bar's own keys (ui/editing/find_bar.py), while the cursor is in it
    (QT_TRANSLATE_NOOP("Help", "Find bar"), QT_TRANSLATE_NOOP("Help", "Next match (in the Find box)"), "Enter"),
    (QT_TRANSLATE_NOOP("Help", "Find bar"), QT_TRANSLATE_NOOP("Help", "Previous match (in the Find box)"), "Shift+Enter"),
    (QT_TRANSLATE_NOOP("Help", "Find bar"), QT_TRANSLATE_NOOP("Help", "Replace this match (in the Replace box)"), "Enter"),
    (QT_TRANSLATE_NOOP("Help", "Find bar"), QT_TRANSLATE_NOOP("Help", "Replace all"), "Alt+L"),
    (QT_TRANSLATE_NOOP("Help", "Find bar"), QT_TRANSLATE_NOOP("Help", "Match case / Whole words"), "Alt+M / Alt+W"),
    (QT_TRANSLATE_NOOP("Help", "Find bar"), QT_TRANSLATE_NOOP("Help", "Close the find bar"), "Esc"),
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def native_keys(keys: str) -> str:
    """Keys ("Tab / Shift+Tab") as the keyboard's labels in the window's language ("Strg", "Entf")."""
    return " / ".join(
        QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) or key
        for key in keys.split(" / ")
    )


def plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersands, ellipsis, tab-separated key or count."""
    text = text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"\s*\(\d+\)$", "", text).rstrip("…")  # "Problems (14)": a count, not a name


KEYS_COLUMN = 2  # of the Keyboard Shortcuts table: menu, command, keys
KEY_NAMES = r"F\d+|Del|Delete|Esc|Tab|Backspace|Return|Enter|Ins|Home|End|PgUp|PgDown|Up|Down|Left|Right|Space"


def typed(key: str) -> bool:
    """A key a writer types (Ctrl+S, F11), not a keyboard's dedicated "Save" or "Copy" key."""
    last = key.rsplit("+", 1)[-1] if not key.endswith("++") else "+"
    return len(last) == 1 or re.fullmatch(KEY_NAMES, last) is not None


def key_text(action: QAction) -> str:
    """The action's keys as the keyboard labels them in the window's language ("Strg+Bild ab");
    which keys a writer types is decided on their portable names ("Ctrl+PgDown")."""
    native, portable = (
        QKeySequence.SequenceFormat.NativeText,
        QKeySequence.SequenceFormat.PortableText,
    )
    keys = [k.toString(native) for k in action.shortcuts() if typed(k.toString(portable))]

    if not keys and "\t" in action.text():
        keys = [action.text().split("\t", 1)[1]]
    return QCoreApplication.translate("Help", " or ").join(k for k in keys if k)


def shortcut_rows(actions: dict[str, QAction], extra: dict[str, QAction]) -> list[tuple[str, ...]]:
    """(menu, command, keys) for every menu entry that has a key, then the fields' keys."""
    rows: list[tuple[str, ...]] = []
    for title, entries in MENUS:
        for entry in entries:
            if isinstance(entry, tuple):
                action = actions.get(entry[0])
            elif isinstance(entry, str) and entry.startswith(EXTRA):
                action = extra.get(entry.removeprefix(EXTRA))
            else:
                continue
            if action is not None and (keys := key_text(action)):
                rows.append((plain(menu_text(title)), plain(action.text()), keys))
    return rows + [(_tr(where), _tr(what), native_keys(keys)) for where, what, keys in FIELD_KEYS]


def show_shortcuts(parent: QWidget, rows: list[tuple[str, ...]]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName("shortcutsDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Help", "Keyboard Shortcuts"))
    table = QTableWidget(len(rows), 3, dialog)
    table.setAccessibleName(QCoreApplication.translate("Help", "Keyboard shortcuts"))
    table.setTabKeyNavigation(False)  # Tab leaves the table for Close (arrows move in it)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("Help", "Menu"),
            QCoreApplication.translate("Help", "Command"),
            QCoreApplication.translate("Help", "Keys"),
        ]
    )
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            shown = keys_as_typed(value) if column == KEYS_COLUMN else value
            table.setItem(row, column, QTableWidgetItem(shown))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(620, 560)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def about_text() -> str:
    about = QCoreApplication.translate(
        "Help",
        "Write slideshow articles: one image, a credit and a few paragraphs per slide, "
        "checked and exported to HTML, feeds and static sites.",
    )
    licence = QCoreApplication.translate(
        "Help",
        "Licence: GNU General Public License, version 3 or later. "
        "This program comes with absolutely no warranty.",
    )
    return (
        f"<h3>Slidewright {html.escape(__version__)}</h3><p>{html.escape(about)}</p>"
        f"<p>Qt {html.escape(qVersion())} · PySide {html.escape(PySide6.__version__)}</p>"
        f"<p>{html.escape(licence)}</p>"
    )


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("Help", "About Slidewright"))

    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
