"""The open article changed on disk while the writer has unsaved edits: one prompt, three ways.

- **Merge** (offered when the other program and the writer changed different slides or fields):
  the disk's changes go into the slides the writer did not touch, the writer's edits stay; one
  undo step, and the article stays modified (the merge is not on disk yet).
- **Reload from Disk**: the writer's version is kept in History first ("Before reload"), then the
  disk's version replaces it as one undo step (Undo brings the unsaved edits back).
- **Keep My Version**: nothing changes; Save asks before writing over the other program's file.

When both changed the same slide, the prompt names it, so the writer knows what Reload loses."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from slidewright.model import Article
from slidewright.ui.editing.commands import ReplaceArticle
from slidewright.ui.editing.document import Document, snapshot
from slidewright.ui.session.disk_changes import field_name, slide_label
from slidewright.ui.session.disk_merge import Merge

Choice = Literal["reload", "merge", "keep"]


def overlap(found: Merge, mine: Article) -> str:
    """Where both changed the article, in a sentence ("" when they did not collide)."""
    places = [
        slide_label(n + 1, mine.slides[n].heading if n < len(mine.slides) else "")
        for n in found.slides
    ]
    places += [field_name(name) for name in found.fields]
    if found.slide_count:
        places.append(QCoreApplication.translate("DiskConflict", "the number of slides"))
    if not places:
        return ""
    return QCoreApplication.translate(
        "DiskConflict", "You and the other program both changed: {places}."
    ).format(places=", ".join(places))


def ask(parent: QWidget | None, title: str, text: str, can_merge: bool) -> Choice:
    """The one prompt; its buttons say what each choice does."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    reload = box.addButton(
        QCoreApplication.translate("DiskConflict", "Reload from Disk"),
        QMessageBox.ButtonRole.YesRole,
    )
    merge = (
        box.addButton(
            QCoreApplication.translate("DiskConflict", "Merge"), QMessageBox.ButtonRole.ApplyRole
        )
        if can_merge
        else None
    )
    keep = box.addButton(
        QCoreApplication.translate("DiskConflict", "Keep My Version"), QMessageBox.ButtonRole.NoRole
    )
    box.setDefaultButton(merge or keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload:
        return "reload"
    if merge is not None and clicked is merge:
        return "merge"
    return "keep"


def apply_merge(doc: Document, merged: Article, theirs: Article, digest: str | None) -> None:
    """The merged article as one undo step; the disk's version becomes what Save compares with,
    and the article stays modified (the writer's edits are still unsaved)."""
    doc.undo_stack.push(
        ReplaceArticle(
            doc, merged, QCoreApplication.translate("DiskConflict", "Merge changes from disk")
        )
    )
    doc.on_disk = snapshot(theirs)
    doc.digest = digest


def reload_in_place(doc: Document, theirs: Article, digest: str | None) -> None:
    """The disk's version as one undo step, after keeping the writer's in History."""
    doc.checkpoint(QCoreApplication.translate("DiskConflict", "Before reload"))
    doc.undo_stack.push(
        ReplaceArticle(doc, theirs, QCoreApplication.translate("DiskConflict", "Reload from disk"))
    )
    doc.on_disk = snapshot(theirs)
    doc.digest = digest
    doc.undo_stack.setClean()  # what is open now is what is on disk
