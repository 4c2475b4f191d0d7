"""The window's three columns, built: the slide list with its buttons, the editor tabs, the preview
with its mode buttons. Only construction lives here; what the widgets do is wired by the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

LIST_BUTTONS = (
    ("add", "Add", "Add slide (Ctrl+Shift+N)"),
    ("duplicate", "Duplicate", "Duplicate slide (Ctrl+Shift+D)"),
    ("delete", "Delete", "Delete selected slides (Delete)"),
    ("up", "↑", "Move up (Alt+Up)"),
    ("down", "↓", "Move down (Alt+Down)"),
)
MODES = (
    ("article", "Article", "Preview the article as one scrolling page (Ctrl+1)"),
    ("slideshow", "Slideshow", "Preview one slide at a time, as a slideshow (Ctrl+2)"),
)


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
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        buttons[name] = button
        bar.addWidget(button)
    bar.addStretch(1)
    return _column(bar, slide_list), buttons


def preview_panel(preview: QWidget, owner: QWidget) -> tuple[QWidget, QButtonGroup]:
    """The preview under its Article / Slideshow toggle (each button's ``mode`` property)."""
    bar = QHBoxLayout()
    bar.addWidget(QLabel("Preview"))
    bar.addStretch(1)
    group = QButtonGroup(owner)
    for mode, text, tip in MODES:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(f"Preview as {text.lower()}")
        button.setCheckable(True)
        button.setProperty("mode", mode)
        group.addButton(button)
        bar.addWidget(button)
    group.buttons()[0].setChecked(True)
    return _column(bar, preview), group
