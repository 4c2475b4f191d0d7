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


def text_edit(old: str, new: str, after: TextEdit | None = None) -> TextEdit:
    """The smallest single edit that turns ``old`` into ``new`` (common prefix and suffix kept).

    Typing a space before a space (or a letter next to the same letter) could be either of two
    inserts; given the keystroke before (``after``), the one at its cursor is taken, so the
    step goes on where the writer is typing instead of one character further on."""
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    found = TextEdit(prefix, old[prefix : len(old) - suffix], new[prefix : len(new) - suffix])
    if after is None or found.kind == "replace" or found.start == after.end:
        return found
    for start in (after.end, after.start - 1, after.start):  # typing on; Backspace; Delete
        if not 0 <= start <= prefix:
            continue
        grown = len(new) - len(old)
        if grown > 0 and new[:start] + new[start + grown :] == old:
            return TextEdit(start, "", new[start : start + grown])
        if grown < 0 and old[:start] + old[start - grown :] == new:
            return TextEdit(start, old[start : start - grown], "")
    return found


def apply_edit(text: str, edit: TextEdit) -> str:
    """``text`` (the version before ``edit``) with the edit made."""
    return text[: edit.start] + edit.inserted + text[edit.start + len(edit.removed) :]


def revert_edit(text: str, edit: TextEdit) -> str:
    """``text`` (the version after ``edit``) as it was before."""
    return text[: edit.start] + edit.removed + text[edit.end :]


def realigned(text: str, last: TextEdit, edit: TextEdit) -> TextEdit:
    """``last`` (an insert that made ``text``) moved to end where ``edit`` starts, when that is
    the same change: a space typed before a space reads as one typed after it, and the next
    letter must still continue the step."""
    if last.kind != "insert" or edit.kind != "insert" or edit.start == last.end:
        return last
    start = edit.start - len(last.inserted)
    if start < 0:
        return last
    shifted = TextEdit(start, "", text[start : edit.start])
    return shifted if revert_edit(text, shifted) == revert_edit(text, last) else last


def continues(
    last: TextEdit,
    last_at: float,
    edit: TextEdit,
    now: float,
    text: str = "",
    step: str = "",
) -> bool:
    """True when ``edit`` (made at ``now`` on ``text``) belongs to the same undo step as ``last``,
    the step's last keystroke; ``step`` is what the step has inserted so far.

    A step is a word with the space after it (so Ctrl+Z takes back "coat", then "a "). Spaces
    typed before a word go with that word (" And" is one step, not a lone space and then a
    word), and a step never ends where undoing it would leave two spaces side by side that the
    writer never meant (a word typed before an existing space: "harbour old| wakes"), not even
    after a pause. Typing over a selection starts a step that the following letters continue
    (also when the selection began with the letter typed, which reads as deleting the rest of
    it after that letter); deleting a selection, a paste or anything longer than one key is a
    step of its own."""
    if len(edit.inserted) > 1 or len(last.inserted) > 1:
        return False
    if edit.kind == "insert" and last.inserted:  # after a typed letter (or typing over a selection)
        if edit.start != last.end:
            return False
        if _between_spaces(text, edit.start) and not edit.inserted.isspace():
            return True  # a cut here would leave "old  wakes" behind
        if now - last_at > PAUSE_S:
            return False
        only_spaces = not step.strip(" \t")
        word_starts = last.inserted.isspace() and not edit.inserted.isspace() and not only_spaces
        return not word_starts
    if now - last_at > PAUSE_S:
        return False
    if edit.kind == "insert" and last.kind == "delete" and len(last.removed) > 1:
        # Typing over a selection with its own first letter ("e" over "en-GB") reads as deleting
        # the rest ("n-GB"): the letters typed on where it was are that typing's, one step with
        # it (one Ctrl+Z left "e" behind, a value nobody typed).
        # Not after a selection deleted from its start (Backspace, then typing where it was:
        # two steps, as before); ``last.start`` past the letter typed tells the two apart.
        return 0 < last.start == edit.start and len(edit.inserted) == 1
    if edit.kind == "delete" and last.kind == "delete" and len(edit.removed) == 1:
        # Backspace moves left from where the last deletion was; Delete stays in place.
        return edit.start + 1 == last.start or edit.start == last.start
    return False


def _between_spaces(text: str, position: int) -> bool:
    """The cursor at ``position`` stands between two spaces."""
    return 0 < position < len(text) and text[position - 1] == " " and text[position] == " "
