"""File ▸ Open Library…: the library's articles and pictures (issue 28), over the core's index
(slidewright/library). Self-contained: the window gives it a folder and a way to open an article
at a slide."""

from __future__ import annotations

from slidewright.ui.library.dialog import LibraryDialog
from slidewright.ui.library.launch import open_library
from slidewright.ui.library.problems_notes import LibraryNotes

__all__ = ["LibraryDialog", "LibraryNotes", "open_library"]
