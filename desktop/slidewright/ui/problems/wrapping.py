"""Problem messages wrapped to the width the rule column leaves them.

Qt's item delegate sizes a row for one line whatever the column's width, so a tree with word wrap
on still cut long messages off; this one measures the message wrapped in its column (less the
tree's indentation at the item's depth) and the tree lays its rows out again when a column's
width changes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget

MARGIN = 12  # the item's own padding and the branch's, in pixels


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, tree: QTreeWidget, column: int = 0) -> None:
        super().__init__(tree)
        self.tree, self.column = tree, column
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())

    def sizeHint(  # noqa: N802 (Qt name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != self.column:
            return size
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.columnWidth(self.column) - self.tree.indentation() * depth - MARGIN
        text = str(index.data() or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        box = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 60), 100_000), flags, text)
        return QSize(size.width(), max(size.height(), box.height() + 4))
