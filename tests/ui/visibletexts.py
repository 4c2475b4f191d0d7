"""What the window shows, read as a writer reads it, for the translation tests
(test_window_translated.py): every text of a widget and its actions, which of it never went
through translation (outside a pseudo-translation's ⟦…⟧ markers), and which area's code it is.
"""

from __future__ import annotations

import dataclasses
import html
import re
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QTreeView,
    QWidget,
)

from slidewright.credits.ai_wording import WORDING
from slidewright.exporters import EXPORTERS
from slidewright.fileformat.bundle import parse_article
from slidewright.ui.translation import LANGUAGE_NAMES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from test_translations import load_translations  # noqa: E402

tools = load_translations()
OPEN, CLOSE = "⟦", "⟧"
# Never translated (docs/translations.md): the app's name, formats, and the keys of shortcuts
NAMES = {
    "Slidewright", "HTML", "Hugo", "Jekyll", "WordPress", "PDF", "RSS", "Markdown", "C2PA",
    "IPTC", "Qt", "PySide", "Ctrl", "Shift", "Alt", "Meta", "Del", "Delete", "Esc", "Enter",
    "Tab", "Backspace", "Return", "Ins", "Home", "End", "PgUp", "PgDown", "Up", "Down", "Left",
    "Right", "Space", "English", "Deutsch", "Français",
}  # fmt: skip
NAMES |= set(LANGUAGE_NAMES.values())  # Preferences names each window language in itself
LANGUAGE_TAG = re.compile(r"\b[a-z]{2,3}(-[A-Z]{2})?\b")  # the spelling languages: en-US, de
PATH = re.compile(r"\S*[/\\]\S*|\S+\.(md|jpe?g|png|webp|gif|html|xml|pdf|txt)\b")


def pseudo_qm(folder: Path) -> Path:
    """Every string of every area's sources, "translated" as itself inside ⟦…⟧."""
    compiled = folder / "pseudo.qm"
    sources = folder / "pseudo_de.ts"
    tools.extract([file for area in tools.AREAS for file in tools.area_files(area)], sources)

    tree = ElementTree.parse(sources)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        marked = f"{OPEN}{message.findtext('source')}{CLOSE}"
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = marked
        if not forms:
            translation.text = marked
    tree.write(sources, encoding="utf-8", xml_declaration=True)
    tools.lrelease(sources, compiled)
    return compiled


def sources_by_area() -> dict[str, str]:
    return {
        area: "\n".join(file.read_text(encoding="utf-8") for file in tools.area_files(area))
        for area in tools.AREAS
    }


def owner_area(text: str, thing: QObject, sources: dict[str, str]) -> str:
    """The area whose code holds ``text`` as one whole literal, preferring the area of the
    nearest Slidewright class that shows it (the widget or an ancestor), which is also the
    answer when no source holds it whole (a sentence built from parts, a core field's label)."""
    owner = widget_area(thing)
    lines = [line for line in text.splitlines() if len(line) > 3] or [text]
    holding = [
        area
        for area, code in sources.items()
        if any(f'"{line}"' in code or f"'{line}'" in code for line in lines)
    ]
    return owner if owner in holding or not holding else holding[0]


def widget_area(thing: QObject) -> str:
    package = Path(tools.PACKAGE)
    node: QObject | None = thing
    while node is not None:
        module = type(node).__module__
        if module.startswith("slidewright."):
            file = package.parent / (module.replace(".", "/") + ".py")
            for area in tools.AREAS:
                if file in tools.area_files(area):
                    return str(area)
            return f"core ({module})"
        node = node.parent()
    return "window"


def texts_of(widget: QWidget) -> Iterator[tuple[str, QObject]]:
    """Every text ``widget`` shows or offers: titles, labels, buttons, tabs, headers, items,
    placeholders, tooltips and its actions' texts."""
    yield widget.toolTip(), widget
    if widget.isWindow() or isinstance(widget, QDockWidget | QToolBar):
        yield widget.windowTitle(), widget
    if isinstance(widget, QLabel):
        yield html.unescape(re.sub(r"<[^>]+>", " ", widget.text())), widget
    if isinstance(widget, QAbstractButton):
        box = widget.parentWidget()
        standard = isinstance(box, QDialogButtonBox) and box.standardButton(widget) != (
            QDialogButtonBox.StandardButton.NoButton
        )
        if not standard:  # OK, Cancel, Close: Qt's own words, translated by qtbase_<lang>.qm
            yield widget.text(), widget
    if isinstance(widget, QGroupBox):
        yield widget.title(), widget
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield widget.tabText(index), widget
            yield widget.tabToolTip(index), widget
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield widget.placeholderText(), widget
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield widget.itemText(index), widget
    if isinstance(widget, QTableView | QTreeView):  # their column headers
        model = widget.model()
        if model is not None:
            for column in range(model.columnCount(QModelIndex())):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or ""), widget
    for action in widget.actions():
        yield from action_texts(action)


def action_texts(action: QAction) -> Iterator[tuple[str, QObject]]:
    yield action.text(), action
    yield action.toolTip(), action
    menu = action.menu()
    if isinstance(menu, QMenu):
        menu.aboutToShow.emit()  # Open Recent fills itself as it opens
        for entry in menu.actions():
            yield from action_texts(entry)


def everything_in(top: QWidget) -> Iterator[tuple[str, QObject]]:
    for widget in [top, *top.findChildren(QWidget)]:
        yield from texts_of(widget)


def untranslated(text: str, content: list[str]) -> str:
    """What is left of ``text`` once its translated parts, the article's own words, file paths,
    language tags and names that stay as they are have been taken out ("" : nothing English)."""
    while True:  # innermost first: a translation may hold another ("⟦Slide ⟦3 words⟧⟧")
        shorter = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
        if shorter == text:
            break
        text = shorter
    for piece in content:  # whole words only ("Mar", the month, is not the start of "Markdown")
        text = re.sub(rf"(?<!\w){re.escape(piece)}(?!\w)", " ", text)
    text = LANGUAGE_TAG.sub(" ", PATH.sub(" ", text.replace("&", "")))
    words = [word for word in re.findall(r"[^\W\d_]{2,}", text) if word not in NAMES]
    return " ".join(words)


def article_content(bundle: Path) -> list[str]:
    """The open article's own texts (shown in its fields, the list and the window's title)."""
    article = parse_article((bundle / "index.md").read_text(encoding="utf-8"))
    pieces = [bundle.name, *strings_in(dataclasses.asdict(article)), *locale_words()]
    pieces += [*WORDING.values(), *EXPORTERS]  # the words a fix writes into captions; format ids
    pieces += IMPORTED  # the import summary's lines taken from the imported page
    return sorted((p for p in pieces if len(p) > 2), key=len, reverse=True)


def locale_words() -> list[str]:  # noqa: N802
    """Month and day names: the calendar shows them from the QLocale, not from a translation
    (ui/translation.py sets the locale to the window's language)."""
    locale = QLocale()
    formats = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    return [
        name
        for kind in formats
        for name in [locale.monthName(m, kind) for m in range(1, 13)]
        + [locale.standaloneMonthName(m, kind) for m in range(1, 13)]
        + [locale.dayName(d, kind) for d in range(1, 8)]
    ]


IMPORTED = ["a share bar", "Credit: AFP", "AFP"]


def strings_in(value: object) -> Iterator[str]:
    """Every text of an article's fields (slides, read-more links, credits) and their lines."""
    if isinstance(value, str):
        yield value
        yield from value.splitlines()
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings_in(item)
