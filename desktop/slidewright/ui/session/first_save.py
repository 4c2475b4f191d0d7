"""Before the first save of an index.md written by hand (or by another program): what the save
cannot keep as written, the question put to the writer, and the copy of the original kept beside.

The copy has a dot name: Hugo and Jekyll skip dot files, while ``index.md.orig`` would be
published by both (Jekyll even renders it as a page, since it starts with front matter).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from slidewright.errors import SlidewrightError
from slidewright.fileformat.bundle import INDEX, MAX_BYTES, loses_on_save
from slidewright.fileformat.safefiles import free_name, keep_copy
from slidewright.ui.dialogs.prompts import Prompts

ORIGINAL_COPY = f".{INDEX}.orig"
SHOWN_LOSSES = 8


def _title() -> str:
    return QCoreApplication.translate("FirstSave", "Saving changes how the file is written")


def question(file: Path, losses: list[str]) -> str:
    """What will change (the first few lines of it) and where the original will be kept."""
    shown = "\n".join(f"  • {line}" for line in losses[:SHOWN_LOSSES])
    if len(losses) > SHOWN_LOSSES:
        more = QCoreApplication.translate("FirstSave", "… and {count} more")
        shown += "\n  " + more.format(count=len(losses) - SHOWN_LOSSES)
    copy_name = free_name(file.parent, ORIGINAL_COPY).name
    return QCoreApplication.translate(
        "FirstSave",
        "{file} was written by hand or by another program. Saving keeps your article, but not "
        "all of the file as it is written:\n\n{changes}\n\n"
        "A copy of the file as it is now will be kept beside it as {copy} (a hidden file, "
        "which Hugo and Jekyll do not publish).\n\nSave?",
    ).format(file=file, changes=shown, copy=copy_name)


def keep_original_if_needed(
    file: Path,
    prompts: Prompts,
    run: Callable[[Callable[[], Any]], Any],
    say: Callable[[str, int], None],
) -> Path | bool:
    """When saving cannot keep all of ``file`` as written, say what changes and, if the writer
    agrees, keep a copy of it beside. Returns the copy's path, True when no copy is needed (or
    the file cannot be read: the save's own checks take over), False when nothing may be saved
    (the writer said no, or the copy could not be made). ``run`` runs the check off the UI
    thread; ``say`` puts a line in the status bar."""
    try:
        losses: list[str] = run(lambda: loses_on_save(file))
    except (OSError, SlidewrightError, ValueError):
        return True
    if not losses:
        return True
    if not prompts.yes_no(_title(), question(file, losses)):
        say(
            QCoreApplication.translate("FirstSave", "Not saved: {file} is unchanged").format(
                file=file
            ),
            0,
        )
        return False
    try:
        return keep_copy(file, ORIGINAL_COPY, MAX_BYTES)
    except OSError as error:
        reason = error.strerror or str(error)
        prompts.error(
            QCoreApplication.translate("FirstSave", "Not saved"),
            QCoreApplication.translate(
                "FirstSave",
                "A copy of {file} could not be kept: {reason}. Nothing was saved; your changes "
                "are still open here.",
            ).format(file=file, reason=reason),
        )
        say(
            QCoreApplication.translate(
                "FirstSave", "Not saved: no copy of the original could be kept ({reason})"
            ).format(reason=reason),
            0,
        )
        return False
