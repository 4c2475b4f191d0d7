"""Reading a window as a screen reader does: through Qt's accessibility interfaces (QAccessible),
the same tree that AT-SPI exports on Linux."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
Text = QAccessible.Text
# Roles a writer can stop on with the keyboard and that a screen reader must be able to name.
CONTROLS = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.List,
    Role.Tree,
    Role.Table,
    Role.PageTabList,
    Role.Slider,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.Client,  # a container that takes focus itself (a tab widget, the web view)
    Role.Graphic,  # a focusable picture (the slide's thumbnail)
}


def interface(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None and found.isValid()
    return found


def walk(root: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    """Every interface under ``root`` (item views' cells included), depth first."""
    yield root
    if depth > 40:
        return
    for n in range(root.childCount()):
        child = root.child(n)
        if child is not None and child.isValid():
            yield from walk(child, depth + 1)


def unnamed_controls(widget: QWidget) -> list[str]:
    """The focusable controls under ``widget`` (shown now or not: a hidden row or tab is shown
    later) that a screen reader cannot name."""
    missing = []
    for node in walk(interface(widget)):
        if node.role() not in CONTROLS or not node.state().focusable:
            continue
        if not node.text(Text.Name).strip():
            owner = node.object()
            missing.append(
                f"{node.role().name} {type(owner).__name__} {owner.objectName()!r}"
                if owner is not None
                else node.role().name
            )
    return missing
