"""Slide menu and list buttons: add, duplicate, delete, move, and bringing in image files."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QStatusBar

from slidewright.errors import SlidewrightError
from slidewright.fileformat.images import copy_into_bundle
from slidewright.model import Slide
from slidewright.ui.editing.commands import InsertSlides, MoveSlides, RemoveSlides
from slidewright.ui.editing.document import Document
from slidewright.ui.editing.image_credits import new_slide, set_image_with_credits, writer_agencies
from slidewright.ui.editing.paste_image import is_pasted_pixels

NOTE_MS = 10_000  # long enough to read a credit


class SlideSelection(Protocol):
    """What the slide actions need of the window: the document and which slides are selected."""

    @property
    def doc(self) -> Document | None: ...

    def current_row(self) -> int: ...

    def selected_rows(self) -> list[int]: ...

    def select_rows(self, rows: list[int]) -> None: ...

    def edit_slide_field(self, name: str) -> None: ...

    def report_error(self, title: str, text: str) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802


class SlideActions:
    """Each action is one undo step on the window's document."""

    def __init__(self, window: SlideSelection) -> None:
        self.window = window
        # What the last image brought in gave its slide ("Credit filled from the file: …"),
        # for the status line (the paste adds it to its own message)
        self.last_note = ""

    def add_slide(self) -> None:
        assert self.window.doc is not None
        row = (
            self.window.current_row() + 1
            if self.window.current_row() >= 0
            else len(self.window.doc.article.slides)
        )
        self.window.doc.undo_stack.push(InsertSlides(self.window.doc, [(row, Slide())]))
        self.window.select_rows([row])
        self.window.edit_slide_field("heading")

    def duplicate_slides(self) -> None:
        assert self.window.doc is not None
        rows = self.window.selected_rows()
        if rows:
            after = rows[-1] + 1
            copies = [
                (after + n, self.window.doc.article.slides[row].copy())
                for n, row in enumerate(rows)
            ]
            for _, duplicate in copies:
                duplicate.notes = []  # the editor's notes stay with the slide they were left on
            self.window.doc.undo_stack.push(
                InsertSlides(self.window.doc, copies, "Duplicate slide")
            )

    def delete_slides(self) -> None:
        assert self.window.doc is not None
        rows = self.window.selected_rows()
        if rows:
            self.window.doc.undo_stack.push(RemoveSlides(self.window.doc, rows))

    def move_rows(self, rows: list[int], destination: int) -> None:
        assert self.window.doc is not None
        command = MoveSlides(self.window.doc, rows, destination)
        if not command.is_noop():
            self.window.doc.undo_stack.push(command)

    def move_selection(self, delta: int) -> None:
        rows = self.window.selected_rows()
        if not rows or self.window.doc is None:
            return
        if delta < 0 and rows[0] > 0:
            self.move_rows(rows, rows[0] - 1)
        elif delta > 0 and rows[-1] < len(self.window.doc.article.slides) - 1:
            self.move_rows(rows, rows[-1] + 2)

    def _bring_in(self, file: Path, name_hint: str, refused: list[str]) -> str | None:
        """The image's path in the bundle, or None (and a line in ``refused``) if it cannot be."""
        assert self.window.doc is not None
        try:
            return copy_into_bundle(self.window.doc.bundle, file, name_hint)
        except (SlidewrightError, OSError) as error:
            refused.append(f"{file.name}: {getattr(error, 'strerror', None) or error}")
            return None

    def _report(self, refused: list[str]) -> None:
        if refused:
            self.window.report_error(
                "Image not added", "These files were not added:\n" + "\n".join(refused)
            )

    def set_image(self, row: int, file: Path) -> None:
        if self.window.doc is None or row < 0:
            return
        slide = self.window.doc.article.slides[row]
        refused: list[str] = []
        relative = self._bring_in(file, slide.heading or file.stem, refused)
        self.last_note = ""
        if relative is not None:
            self.last_note = set_image_with_credits(
                self.window.doc,
                row,
                relative,
                pixels=is_pasted_pixels(file),
                own=writer_agencies(self.window),
            )
            if self.last_note:
                self.window.statusBar().showMessage(self.last_note, NOTE_MS)
        self._report(refused)

    def images_dropped(self, row: int, files: list[Path]) -> None:
        """Dropped on a slide: its image. Dropped below the list: one new slide per image."""
        self.last_note = ""
        if self.window.doc is None:
            return
        if row >= 0:
            self.set_image(row, files[0])
            return
        refused: list[str] = []
        images = [image for f in files if (image := self._bring_in(f, f.stem, refused))]
        start = len(self.window.doc.article.slides)
        bundle = self.window.doc.bundle
        own = writer_agencies(self.window)
        slides = [(start + n, new_slide(bundle, image, own)) for n, image in enumerate(images)]
        if slides:
            self.window.doc.undo_stack.push(
                InsertSlides(self.window.doc, slides, "Add slides from images")
            )
        self._report(refused)
