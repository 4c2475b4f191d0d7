"""Undo commands: each holds the old and new value; typing in one field coalesces into one step."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand

from slidewright.model import Slide
from slidewright.model import operations as ops
from slidewright.ui.document import Document

FIELD_NAMES = {
    "heading": "heading",
    "body": "body",
    "image": "image",
    "alt": "alt text",
    "credit": "credit",
    "caption": "caption",
    "license": "licence",
    "creator": "creator",
    "source_url": "source link",
    "license_url": "licence link",
    "editorial_only": "editorial use",
    "title": "title",
    "description": "description",
    "categories": "categories",
    "tags": "tags",
    "author": "author",
    "date": "date",
    "credit_label": "credit label",
    "sponsored": "sponsored",
    "intro": "intro",
    "read_more": "read more",
    "layout": "layout",
}


class SetSlideField(QUndoCommand):
    ID = 1

    def __init__(
        self, doc: Document, index: int, name: str, value: Any, typing: bool = True
    ) -> None:
        super().__init__(f"Edit slide {index + 1} {FIELD_NAMES.get(name, name)}")
        self.doc, self.index, self.name = doc, index, name
        self.old = getattr(doc.article.slides[index], name)
        self.new = value
        self.typing = typing

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if not (isinstance(other, SetSlideField) and self.typing and other.typing):
            return False
        if (other.index, other.name) != (self.index, self.name):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc.set_slide_field(self.index, self.name, self.new)

    def undo(self) -> None:
        self.doc.set_slide_field(self.index, self.name, self.old)


class SetArticleField(QUndoCommand):
    ID = 2

    def __init__(self, doc: Document, name: str, value: Any, typing: bool = True) -> None:
        super().__init__(f"Edit article {FIELD_NAMES.get(name, name)}")
        self.doc, self.name = doc, name
        self.old = copy.deepcopy(getattr(doc.article, name))
        self.new = value
        self.typing = typing

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if (
            isinstance(other, SetArticleField)
            and self.typing
            and other.typing
            and other.name == self.name
        ):
            self.new = other.new
            return True
        return False

    def redo(self) -> None:
        self.doc.set_article_field(self.name, copy.deepcopy(self.new))

    def undo(self) -> None:
        self.doc.set_article_field(self.name, copy.deepcopy(self.old))


class InsertSlides(QUndoCommand):
    """Add, duplicate, paste or drop-in new slides: one undo step however many."""

    def __init__(
        self, doc: Document, slides: list[tuple[int, Slide]], text: str = "Add slide"
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.slides = slides

    def redo(self) -> None:
        self.doc.insert_slides([(i, s.copy()) for i, s in self.slides])

    def undo(self) -> None:
        self.doc.remove_slides([index for index, _ in self.slides])


class RemoveSlides(QUndoCommand):
    def __init__(self, doc: Document, rows: list[int]) -> None:
        count = len(set(rows))
        super().__init__("Delete slide" if count == 1 else f"Delete {count} slides")
        self.doc = doc
        self.rows = sorted(set(rows))
        self.removed: list[tuple[int, Slide]] = []

    def redo(self) -> None:
        self.removed = self.doc.remove_slides(self.rows)

    def undo(self) -> None:
        self.doc.insert_slides(self.removed)


class MoveSlides(QUndoCommand):
    def __init__(self, doc: Document, rows: list[int], destination: int) -> None:
        super().__init__("Move slide" if len(rows) == 1 else f"Move {len(rows)} slides")
        self.doc = doc
        self.order = ops.move_order(len(doc.article.slides), rows, destination)
        self.before = sorted(set(rows))
        self.after = [self.order.index(row) for row in self.before]  # where they end up

    def is_noop(self) -> bool:
        return self.order == sorted(self.order)

    def redo(self) -> None:
        self.doc.apply_order(self.order, self.after)

    def undo(self) -> None:
        self.doc.apply_order(ops.inverse_order(self.order), self.before)


class ReplaceArticle(QUndoCommand):
    """Swap the whole article at once (importing pasted text into an empty article)."""

    def __init__(self, doc: Document, article: Any, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.old = copy.deepcopy(doc.article)
        self.new = article

    def redo(self) -> None:
        self.doc.replace_article(copy.deepcopy(self.new))

    def undo(self) -> None:
        self.doc.replace_article(copy.deepcopy(self.old))
