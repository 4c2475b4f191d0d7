"""The window's three columns, built: the slide list with its buttons, the editor tabs, the preview
with its mode buttons. Only construction lives here; what the widgets do is wired by the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from slidewright.ui.translation import QT_TRANSLATE_NOOP

# (name, text, tooltip), translated in the context "Panels" when the buttons are made
LIST_BUTTONS = (
    ("add", QT_TRANSLATE_NOOP("Panels", "Add"), QT_TRANSLATE_NOOP("Panels", "Add slide (Ctrl+Shift+N)")),
    ("duplicate", QT_TRANSLATE_NOOP("Panels", "Duplicate"), QT_TRANSLATE_NOOP("Panels", "Duplicate slide (Ctrl+Shift+D)")),
    ("delete", QT_TRANSLATE_NOOP("Panels", "Delete"), QT_TRANSLATE_NOOP("Panels", "Delete selected slides (Delete)")),
    ("up", "↑", QT_TRANSLATE_NOOP("Panels", "Move up (Alt+Up)")),
    ("down", "↓", QT_TRANSLATE_NOOP("Panels", "Move down (Alt+Down)")),
)  # fmt: skip
# (mode, text, tooltip, accessible name)
MODES = (
    ("article", QT_TRANSLATE_NOOP("Panels", "Article"), QT_TRANSLATE_NOOP("Panels", "Preview the article as one scrolling page (Ctrl+1)"), QT_TRANSLATE_NOOP("Panels", "Preview as article")),
    ("slideshow", QT_TRANSLATE_NOOP("Panels", "Slideshow"), QT_TRANSLATE_NOOP("Panels", "Preview one slide at a time, as a slideshow (Ctrl+2)"), QT_TRANSLATE_NOOP("Panels", "Preview as slideshow")),
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("Panels", text)


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the invisible area
    return area


def _column(bar: QHBoxLayout, body: QWidget) -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(bar)
    layout.addWidget(body, 1)
    return panel


def list_panel(slide_list: QWidget) -> tuple[QWidget, dict[str, QToolButton]]:
    """The slide list under a row of buttons (returned by name)."""
    bar = QHBoxLayout()
    buttons: dict[str, QToolButton] = {}
    for name, text, tip in LIST_BUTTONS:
        button = QToolButton()
        button.setText(_tr(text))
        button.setToolTip(_tr(tip))
        button.setAccessibleName(_tr(tip))
        buttons[name] = button
        bar.addWidget(button)
    bar.addStretch(1)
    return _column(bar, slide_list), buttons


def preview_panel(preview: QWidget, owner: QWidget) -> tuple[QWidget, QButtonGroup]:
    """The preview under its Article / Slideshow toggle (each button's ``mode`` property)."""
    bar = QHBoxLayout()
    bar.addWidget(QLabel(QCoreApplication.translate("Panels", "Preview")))
    bar.addStretch(1)
    group = QButtonGroup(owner)
    for mode, text, tip, name in MODES:
        button = QToolButton()
        button.setText(_tr(text))
        button.setToolTip(_tr(tip))
        button.setAccessibleName(_tr(name))
        button.setCheckable(True)
        button.setProperty("mode", mode)
        group.addButton(button)
        bar.addWidget(button)
    group.buttons()[0].setChecked(True)
    return _column(bar, preview), group
