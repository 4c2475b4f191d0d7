"""Crash recovery for the open article: a copy of unsaved edits kept aside on a timer, and the
offer to restore the copy a session left behind when it ended without saving.

The copies themselves are ``recovery.py``'s; this is what the session does with them, the questions
it asks and the status lines it shows. Kept out of ``article_session.py`` so that file holds the
article's ordinary life (open, new, save, close, reload).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance

from slidewright.errors import SlidewrightError, reason
from slidewright.ui.dialogs.prompts import Prompts
from slidewright.ui.editing.commands import ReplaceArticle
from slidewright.ui.editing.document import Document
from slidewright.ui.session.recovery import LeftCopy, RecoveryStore, restore_question


class Session(Protocol):
    """What crash recovery uses of the article session (``ArticleSession``): named here, so
    this module does not import the session that imports it."""

    doc: Document | None
    recovery: RecoveryStore
    prompts: Prompts
    snapshot_failed: bool
    message: SignalInstance  # (status line, milliseconds)


def snapshot(session: Session) -> None:
    """Copy ``session``'s article aside if it has unsaved changes; say so once if that fails."""

    doc = session.doc
    if doc is None or not doc.modified:
        return
    try:
        session.recovery.write(doc.article, doc.bundle, doc.digest)
    except (OSError, SlidewrightError, ValueError) as error:
        why = reason(error)
        session.message.emit(
            QCoreApplication.translate(
                "CrashRecovery", "Recovery copy not written: {reason}"
            ).format(reason=why),
            0,
        )
        if not session.snapshot_failed:
            session.prompts.error(
                QCoreApplication.translate("CrashRecovery", "Recovery copy not written"),
                QCoreApplication.translate(
                    "CrashRecovery",
                    "Slidewright could not copy your unsaved changes aside: {reason}.\n\n"
                    "Your work is still open; save it to keep it.",
                ).format(reason=why),
            )
        session.snapshot_failed = True
        return
    session.snapshot_failed = False


def offer_recovery(session: Session, doc: Document) -> bool:
    """After opening ``doc``: offer changes left by a session that ended without saving."""
    for left in session.recovery.left_copies(doc.bundle):
        if left.article is None:
            session.prompts.error(
                QCoreApplication.translate("CrashRecovery", "Recovery copy cannot be read"),
                QCoreApplication.translate(
                    "CrashRecovery",
                    "Slidewright kept unsaved changes to this article in\n{file}\n"
                    "but cannot read them ({problem}). The copy is kept there for you.",
                ).format(file=left.text_file, problem=left.problem),
            )
            continue
        if left.article == doc.article:
            left.remove()
            continue
        return _ask_restore(session, doc, left)
    return False


def _ask_restore(session: Session, doc: Document, left: LeftCopy) -> bool:
    """Restoring is the default: it is one undoable step and saves nothing, while "Discard"
    deletes the only copy of the writer's unsaved work."""
    assert left.article is not None
    restore = session.prompts.yes_no(
        QCoreApplication.translate("CrashRecovery", "Restore unsaved changes?"),
        restore_question(left, doc.digest, doc.index_file.name),
        default_yes=True,
        yes=QCoreApplication.translate("CrashRecovery", "&Restore"),
        no=QCoreApplication.translate("CrashRecovery", "&Discard"),
    )
    left.remove()
    if restore:
        name = QCoreApplication.translate("CrashRecovery", "Restore unsaved changes")
        doc.undo_stack.push(ReplaceArticle(doc, left.article, name))
    return restore
