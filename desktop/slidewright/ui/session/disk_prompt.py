"""What the open article's session does when another program changed its index.md: reload
quietly when the writer has no unsaved edits, or ask (Reload, keeping the writer's version in
History; Merge, when the two changed different places; Keep). The prompt names what changed.

Kept apart from ``article_session.py`` (the article's life) because it is one decision with its
own reading of the disk; the messages keep the session's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QTimer

from slidewright.errors import SlidewrightError, reason
from slidewright.model import Article

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from slidewright.ui.dialogs.prompts import Prompts
    from slidewright.ui.editing.document import Document
    from slidewright.ui.session.file_watch import FileWatch
    from slidewright.ui.session.recovery import RecoveryStore


class ArticleSession(Protocol):
    """What this decision uses of ui/session/article_session.py's session (named here, not
    imported: the session imports this module)."""

    doc: Document | None
    unchecked: Document | None
    prompts: Prompts
    watch: FileWatch
    recovery: RecoveryStore
    message: SignalInstance

    def reload(self) -> None: ...


def changed_on_disk(session: ArticleSession) -> None:
    """Another program changed index.md: reload quietly, or ask when there are unsaved edits
    (Reload, Merge when the two changed different places, or Keep; see disk_conflict)."""
    doc = session.doc
    if doc is None:
        return
    if not doc.modified:
        session.reload()
        return
    from slidewright.fileformat.bundle import file_digest, load_article
    from slidewright.ui.session import disk_conflict
    from slidewright.ui.session.disk_merge import merge

    try:
        digest = file_digest(doc.index_file)
        theirs: Article | None = load_article(doc.bundle)
    except (SlidewrightError, OSError):
        theirs = None  # unreadable: the prompt says why; Reload reports the error
    found = merge(doc.on_disk, doc.article, theirs) if theirs is not None else None
    row = current_row(session)
    changes = what_changed(doc)  # of the version the writer is asked about
    text = QCoreApplication.translate(
        "ArticleSession",
        "{file} was changed by another program.\n\n{changes}\n\n"
        "Reload it (your unsaved version is kept in History), or keep your version?",
    ).format(file=doc.index_file, changes=changes)
    if found is not None and found.article is not None:
        text += "\n\n" + QCoreApplication.translate(
            "ArticleSession",
            "Merge takes the other program's changes into the slides you did not edit "
            "and keeps your unsaved edits.",
        )
    elif found is not None:
        text += "\n\n" + disk_conflict.overlap(found, doc.article)
    session.watch.paused = True
    try:
        choice = disk_conflict.ask(
            getattr(session.prompts, "parent", None),
            QCoreApplication.translate("ArticleSession", "Article changed on disk"),
            text,
            can_merge=found is not None and found.article is not None,
        )
    finally:
        session.watch.paused = False
    if session.doc is not doc:
        return
    # the file may have changed again while the writer was reading the prompt: what they
    # decided covers only the version they were shown, so a newer one is told (or merged) too
    QTimer.singleShot(0, session.watch.check)
    if choice == "keep":
        session.watch.dismiss_current(digest)
    elif choice == "merge" and found is not None and found.article is not None:
        assert theirs is not None
        disk_conflict.apply_merge(doc, found.article, theirs, digest, row)
        session.recovery.discard(doc.bundle)
        session.message.emit(
            QCoreApplication.translate(
                "ArticleSession", "Merged the changes made on disk with yours"
            ),
            10000,
        )
    elif theirs is not None:
        disk_conflict.reload_in_place(doc, theirs, digest, row)
        session.recovery.discard(doc.bundle)
        session.unchecked = doc
        session.message.emit(
            QCoreApplication.translate(
                "ArticleSession",
                "Reloaded {file}, changed on disk: {changes}. Your version is in History "
                "(Undo brings it back)",
            ).format(file=doc.index_file.name, changes=changes.replace("\n", "; ")),
            10000,
        )
    else:
        session.reload()  # cannot be read: says why, and keeps the writer's version


def current_row(session: ArticleSession) -> int:
    """The slide the writer is on (the window's current row; 0 without a window)."""
    row = getattr(getattr(session.prompts, "parent", None), "current_row", None)
    return row() if callable(row) else 0


def waiting(session: ArticleSession) -> None:
    """The file changed while the writer was typing: say so; the prompt comes at a pause."""
    if session.doc is not None:
        session.message.emit(
            QCoreApplication.translate(
                "ArticleSession",
                "{file} was changed by another program: you will be asked when you pause",
            ).format(file=session.doc.index_file.name),
            0,
        )


def save_conflict(session: ArticleSession, doc: Document) -> str:
    """Save found index.md changed on disk: "merge" (merged now; save again, against their
    version), "overwrite" (force the next save) or "cancel"."""
    from slidewright.fileformat.bundle import file_digest, load_article
    from slidewright.ui.session import disk_conflict
    from slidewright.ui.session.disk_merge import merge

    try:
        digest = file_digest(doc.index_file)
        theirs: Article | None = load_article(doc.bundle)
    except (SlidewrightError, OSError):
        theirs = None
    found = merge(doc.on_disk, doc.article, theirs) if theirs is not None else None
    merged = found.article if found is not None else None
    choice = disk_conflict.ask_overwrite(
        getattr(session.prompts, "parent", None), str(doc.index_file), merged is not None
    )
    if choice == "merge" and merged is not None and theirs is not None:
        disk_conflict.apply_merge(doc, merged, theirs, digest, current_row(session))
    return choice


def what_changed(doc: Document) -> str:
    """The slides and fields the other program changed (compared with the last load or
    save), or why the new file cannot be read."""
    from slidewright.fileformat.bundle import load_article
    from slidewright.ui.session.disk_changes import describe_changes

    try:
        theirs = load_article(doc.bundle)
    except (SlidewrightError, OSError) as error:
        return QCoreApplication.translate(
            "ArticleSession", "The new version cannot be read: {reason}"
        ).format(reason=reason(error))
    return describe_changes(doc.on_disk, theirs)
