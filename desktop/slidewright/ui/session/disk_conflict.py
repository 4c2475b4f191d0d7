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

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from slidewright.model import Article
from slidewright.ui.editing.commands import ReplaceArticle
from slidewright.ui.editing.document import Document, snapshot
from slidewright.ui.session.disk_changes import field_name, slide_label
from slidewright.ui.session.disk_merge import Merge

Choice = Literal["reload", "merge", "keep"]
SaveChoice = Literal["overwrite", "merge", "cancel"]
SETTLE_MS = 700  # keys pressed this soon after a prompt appears were meant for the editor


class KeyGuard(QObject):
    """Eats key presses meant for the editor: a prompt that pops up while the writer types
    must not take their next space or Enter as a click (the ", " typed after a word was
    lost to a focused Merge button). Keys count once the prompt has been shown for
    ``SETTLE_MS``; mouse clicks count at once."""

    def __init__(self, box: QMessageBox) -> None:
        super().__init__(box)
        self.shown = QElapsedTimer()
        box.installEventFilter(self)
        for button in box.buttons():
            button.installEventFilter(self)

    def ready(self) -> bool:
        return self.shown.isValid() and self.shown.elapsed() >= SETTLE_MS

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QMessageBox):
            self.shown.start()
        elif event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return not self.ready()
        return False


def _bare(box: QMessageBox, text: str, role: QMessageBox.ButtonRole) -> QPushButton:
    """A button with no mnemonic: QMessageBox clicks a button whose mnemonic letter is pressed
    even without Alt, so "&Yes" (German "&Ja", French "&Oui") overwrote on a stray key."""
    return box.addButton(text.replace("&", "&&"), role)


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
    box.setObjectName("diskConflictPrompt")
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
    box.setProperty("keyGuard", KeyGuard(box))
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload:
        return "reload"
    if merge is not None and clicked is merge:
        return "merge"
    return "keep"


def ask_overwrite(parent: QWidget | None, file: str, can_merge: bool) -> SaveChoice:
    """Save found the file changed on disk since it was loaded, merged or saved: merge first
    (when the two changed different places), overwrite, or cancel. Cancel is the default, and
    no button has a mnemonic, so no single key overwrites the other program's changes."""
    text = QCoreApplication.translate(
        "DiskConflict",
        "{file} was changed by another program since you opened it.\n\n"
        "Overwrite it with your version? Their changes will be lost.",
    ).format(file=file)
    if can_merge:
        text += "\n\n" + QCoreApplication.translate(
            "DiskConflict",
            "Merge takes their changes into the slides you did not edit, then saves.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("DiskConflict", "File changed on disk"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("overwritePrompt")
    roles = QMessageBox.ButtonRole
    merge = (
        _bare(box, QCoreApplication.translate("DiskConflict", "Merge and Save"), roles.AcceptRole)
        if can_merge
        else None
    )
    overwrite = _bare(
        box, QCoreApplication.translate("DiskConflict", "Overwrite"), roles.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)  # its mnemonic only cancels
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setProperty("keyGuard", KeyGuard(box))
    box.exec()
    clicked = box.clickedButton()
    if clicked is overwrite:
        return "overwrite"
    if merge is not None and clicked is merge:
        return "merge"
    return "cancel"


def apply_merge(
    doc: Document, merged: Article, theirs: Article, digest: str | None, select: int = 0
) -> None:
    """The merged article as one undo step; the disk's version becomes what Save compares with,
    and the article stays modified (the writer's edits are still unsaved)."""
    doc.undo_stack.push(
        ReplaceArticle(
            doc,
            merged,
            QCoreApplication.translate("DiskConflict", "Merge changes from disk"),
            select,
        )
    )
    doc.on_disk = snapshot(theirs)
    doc.digest = digest


def reload_in_place(doc: Document, theirs: Article, digest: str | None, select: int = 0) -> None:
    """The disk's version as one undo step, after keeping the writer's in History."""
    doc.checkpoint(QCoreApplication.translate("DiskConflict", "Before reload"))
    doc.undo_stack.push(
        ReplaceArticle(
            doc, theirs, QCoreApplication.translate("DiskConflict", "Reload from disk"), select
        )
    )
    doc.on_disk = snapshot(theirs)
    doc.digest = digest
    doc.undo_stack.setClean()  # what is open now is what is on disk
