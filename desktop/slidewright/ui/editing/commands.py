"""Undo commands: each holds the old and new value; typing becomes one step per word or burst."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from slidewright.model import ARTICLE_FIELDS, SLIDE_FIELDS, Slide
from slidewright.model import operations as ops
from slidewright.ui.editing import field_texts, typing_steps
from slidewright.ui.editing.document import Document
from slidewright.ui.editing.typing_steps import TextEdit, apply_edit, revert_edit, text_edit

# How the undo history names a field ("Edit slide 3 alt text"): the catalogue says.
SLIDE_SPECS = {spec.name: spec for spec in SLIDE_FIELDS}
ARTICLE_SPECS = {spec.name: spec for spec in ARTICLE_FIELDS}


def _field_name(name: str, article: bool) -> str:
    spec = (ARTICLE_SPECS if article else SLIDE_SPECS).get(name)
    return field_texts.undo_name(spec, article) if spec is not None else name


class FieldEdit(QUndoCommand):
    """A change to one field.

    Text fields keep only what changed (a word, not two copies of the whole body per step), so a
    long session's undo history stays small. Typing extends the step on top of the stack in place
    (see ``typing_steps``) instead of pushing a command per key for Qt to merge: PySide never frees
    the Python side of a merged-away command, so that way every keystroke leaked one."""

    def __init__(self, text: str, old: Any, new: Any, typing: bool) -> None:
        super().__init__(text)
        self.old, self.new, self.typing = old, new, typing
        self.diff: TextEdit | None = None  # for text, once pushed: what this step changed
        self.last_edit: TextEdit | None = None  # the last keystroke of this step
        self.after: TextEdit | None = None  # the keystroke before this step (where the cursor was)
        self.last_at = typing_steps.clock()

    def id(self) -> int:
        """-1: Qt never merges these (typing is folded in by ``push_edit``). Overridden anyway,
        because Qt's look-up of an id not overridden in Python keeps a reference each push."""
        return -1

    def target(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def current(self) -> Any:
        raise NotImplementedError

    def apply(self, value: Any) -> None:
        raise NotImplementedError

    def try_extend(self, target: tuple[Any, ...], value: Any) -> bool:
        """Take ``value`` as the field's new text within this step, if the keystroke continues it."""
        if not self.typing or self.diff is None or self.last_edit is None:
            return False
        if target != self.target() or not isinstance(value, str):
            return False
        current, now = self.current(), typing_steps.clock()
        edit = text_edit(current, value, self.last_edit)
        step = self.diff.inserted
        last = typing_steps.realigned(current, self.last_edit, edit)
        if not typing_steps.continues(last, self.last_at, edit, now, current, step):
            return False
        self.diff = text_edit(revert_edit(current, self.diff), value)
        self.last_edit, self.last_at = edit, now
        self.apply(value)
        return True

    def redo(self) -> None:
        if self.diff is None and isinstance(self.old, str) and isinstance(self.new, str):
            self.diff = text_edit(self.old, self.new, self.after)
            self.last_edit = self.diff if self.typing else None
            self.old = self.new = None
        if self.diff is not None:
            self.apply(apply_edit(self.current(), self.diff))
        else:
            self.apply(self.new)

    def undo(self) -> None:
        if self.diff is not None:
            self.apply(revert_edit(self.current(), self.diff))
        else:
            self.apply(self.old)


def push_edit(stack: QUndoStack, command: FieldEdit) -> None:
    """Push ``command``, or fold it into the step on top when the writer is still typing it.

    The top step is only extended when it is the newest (nothing to redo) and not the saved state,
    so that undoing to the last save still lands exactly on what was saved."""
    index = stack.index()
    if command.typing and index == stack.count() and index > 0 and index != stack.cleanIndex():
        top = stack.command(index - 1)
        if isinstance(top, FieldEdit) and top.try_extend(command.target(), command.new):
            return
        if isinstance(top, FieldEdit) and top.typing and top.target() == command.target():
            command.after = top.last_edit  # typing on after a pause, where the last step ended
    if command.old != command.new:
        stack.push(command)


class SetSlideField(FieldEdit):
    def __init__(
        self,
        doc: Document,
        index: int,
        name: str,
        value: Any,
        typing: bool = True,
        formatting: bool = False,
    ) -> None:
        self.doc, self.index, self.name = doc, index, name
        old = getattr(doc.article.slides[index], name)
        if formatting:  # the Format menu's step
            text = QCoreApplication.translate("SetSlideField", "Format slide {number} {field}")
        else:
            text = QCoreApplication.translate("SetSlideField", "Edit slide {number} {field}")
        field = _field_name(name, article=False)
        super().__init__(text.format(number=index + 1, field=field), old, value, typing)

    def target(self) -> tuple[Any, ...]:
        return ("slide", self.index, self.name)

    def current(self) -> Any:
        return getattr(self.doc.article.slides[self.index], self.name)

    def apply(self, value: Any) -> None:
        self.doc.set_slide_field(self.index, self.name, value)


class SetArticleField(FieldEdit):
    def __init__(
        self, doc: Document, name: str, value: Any, typing: bool = True, formatting: bool = False
    ) -> None:
        self.doc, self.name = doc, name
        old = copy.deepcopy(getattr(doc.article, name))
        if formatting:  # the Format menu's step
            text = QCoreApplication.translate("SetArticleField", "Format article {field}")
        else:
            text = QCoreApplication.translate("SetArticleField", "Edit article {field}")
        super().__init__(text.format(field=_field_name(name, article=True)), old, value, typing)

    def target(self) -> tuple[Any, ...]:
        return ("article", self.name)

    def current(self) -> Any:
        return getattr(self.doc.article, self.name)

    def apply(self, value: Any) -> None:
        self.doc.set_article_field(self.name, copy.deepcopy(value))


class InsertSlides(QUndoCommand):
    """Add, duplicate, paste or drop-in new slides: one undo step however many."""

    def __init__(self, doc: Document, slides: list[tuple[int, Slide]], text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("InsertSlides", "Add slide"))
        self.doc = doc
        self.slides = slides

    def redo(self) -> None:
        self.doc.insert_slides([(i, s.copy()) for i, s in self.slides])

    def undo(self) -> None:
        self.doc.remove_slides([index for index, _ in self.slides])


class RemoveSlides(QUndoCommand):
    def __init__(self, doc: Document, rows: list[int]) -> None:
        count = len(set(rows))
        super().__init__(
            QCoreApplication.translate("RemoveSlides", "Delete slide")
            if count == 1
            else QCoreApplication.translate("RemoveSlides", "Delete %n slides", "", count)
        )
        self.doc = doc
        self.rows = sorted(set(rows))
        self.removed: list[tuple[int, Slide]] = []

    def redo(self) -> None:
        self.removed = self.doc.remove_slides(self.rows)

    def undo(self) -> None:
        self.doc.insert_slides(self.removed)


class MoveSlides(QUndoCommand):
    def __init__(self, doc: Document, rows: list[int], destination: int) -> None:
        count = len(rows)
        super().__init__(
            QCoreApplication.translate("MoveSlides", "Move slide")
            if count == 1
            else QCoreApplication.translate("MoveSlides", "Move %n slides", "", count)
        )
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

    def __init__(self, doc: Document, article: Any, text: str, select: int = 0) -> None:
        super().__init__(text)
        self.doc = doc
        self.old = copy.deepcopy(doc.article)
        self.new = article
        self.select = select  # the row shown after, either way (a merge keeps the writer's slide)

    def redo(self) -> None:
        self.doc.replace_article(copy.deepcopy(self.new), self.select)

    def undo(self) -> None:
        self.doc.replace_article(copy.deepcopy(self.old), self.select)
