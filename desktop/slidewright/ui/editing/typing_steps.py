"""How typing becomes undo steps: one step per word or burst, as in any text editor.

A keystroke continues the step on top of the undo stack when it lands where the last one left the
cursor, comes within a short pause of it, is the same kind of edit (inserting or deleting), and does
not start a new word after a space. Anything else (a pause, a cursor jump, a paste, another field,
a save in between) begins a new step. The decision is pure so it can be tested without widgets.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

PAUSE_S = 1.0  # a writer's pause longer than this ends the step

clock: Callable[[], float] = time.monotonic  # tests may replace it


@dataclass(frozen=True)
class TextEdit:
    """What changed between two versions of a text: ``removed`` at ``start`` became ``inserted``."""

    start: int
    removed: str
    inserted: str

    @property
    def kind(self) -> Literal["insert", "delete", "replace"]:
        if self.removed and self.inserted:
            return "replace"
        return "insert" if self.inserted else "delete"

    @property
    def end(self) -> int:
        """Where the cursor stands after the edit."""
        return self.start + len(self.inserted)


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix, by bisection on slice comparisons (C speed on long bodies)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle :] == b[len(b) - middle :]:
            low = middle
        else:
            high = middle - 1
    return low


def text_edit(old: str, new: str) -> TextEdit:
    """The smallest single edit that turns ``old`` into ``new`` (common prefix and suffix kept)."""
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    return TextEdit(prefix, old[prefix : len(old) - suffix], new[prefix : len(new) - suffix])


def apply_edit(text: str, edit: TextEdit) -> str:
    """``text`` (the version before ``edit``) with the edit made."""
    return text[: edit.start] + edit.inserted + text[edit.start + len(edit.removed) :]


def revert_edit(text: str, edit: TextEdit) -> str:
    """``text`` (the version after ``edit``) as it was before."""
    return text[: edit.start] + edit.removed + text[edit.end :]


def continues(last: TextEdit, last_at: float, edit: TextEdit, now: float) -> bool:
    """True when ``edit`` (made at ``now``) belongs to the same undo step as ``last``.

    Typing over a selection starts a step that the following letters continue; deleting a
    selection, a paste or anything longer than one key is a step of its own."""
    if now - last_at > PAUSE_S or len(edit.inserted) > 1 or len(last.inserted) > 1:
        return False
    if edit.kind == "insert" and last.inserted:  # after a typed letter (or typing over a selection)
        word_starts = last.inserted.isspace() and not edit.inserted.isspace()
        return edit.start == last.end and not word_starts
    if edit.kind == "delete" and last.kind == "delete" and len(edit.removed) == 1:
        # Backspace moves left from where the last deletion was; Delete stays in place.
        return edit.start + 1 == last.start or edit.start == last.start
    return False
