"""File ▸ Open Library…: the library's articles and pictures (issue 28), over the core's index
(slidewright/library). Self-contained: the window gives it a folder and a way to open an article
at a slide."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from slidewright.ui.library.dialog import LibraryDialog
    from slidewright.ui.library.launch import open_library
    from slidewright.ui.library.problems_notes import LibraryNotes

# Imported when asked for: the window reads the library setting (setting.py) on every start,
# and needs the dialog, its index and SQLite only once the writer has a library.
_MODULES = {"LibraryDialog": "dialog", "open_library": "launch", "LibraryNotes": "problems_notes"}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = ["LibraryDialog", "LibraryNotes", "open_library"]
