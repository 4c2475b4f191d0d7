"""Before the first save of an index.md written by hand (or by another program): what the save
cannot keep as written, the question put to the writer, and the copy of the original kept beside.

The copy has a dot name: Hugo and Jekyll skip dot files, while ``index.md.orig`` would be
published by both (Jekyll even renders it as a page, since it starts with front matter).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from slidewright.errors import SlidewrightError
from slidewright.fileformat.bundle import INDEX, MAX_BYTES, loses_on_save
from slidewright.fileformat.safefiles import free_name, keep_copy
from slidewright.ui.dialogs.prompts import Prompts

ORIGINAL_COPY = f".{INDEX}.orig"
SHOWN_LOSSES = 8
TITLE = "Saving changes how the file is written"


def question(file: Path, losses: list[str]) -> str:
    """What will change (the first few lines of it) and where the original will be kept."""
    shown = "\n".join(f"  • {line}" for line in losses[:SHOWN_LOSSES])
    if len(losses) > SHOWN_LOSSES:
        shown += f"\n  … and {len(losses) - SHOWN_LOSSES} more"
    copy_name = free_name(file.parent, ORIGINAL_COPY).name
    return (
        f"{file} was written by hand or by another program. Saving keeps your article, but not "
        f"all of the file as it is written:\n\n{shown}\n\n"
        f"A copy of the file as it is now will be kept beside it as {copy_name} (a hidden file, "
        "which Hugo and Jekyll do not publish).\n\nSave?"
    )


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
    if not prompts.yes_no(TITLE, question(file, losses)):
        say(f"Not saved: {file} is unchanged", 0)
        return False
    try:
        return keep_copy(file, ORIGINAL_COPY, MAX_BYTES)
    except OSError as error:
        reason = error.strerror or str(error)
        prompts.error(
            "Not saved",
            f"A copy of {file} could not be kept: {reason}. Nothing was saved; your changes "
            "are still open here.",
        )
        say(f"Not saved: no copy of the original could be kept ({reason})", 0)
        return False
