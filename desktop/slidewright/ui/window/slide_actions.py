"""Slide menu and list buttons: add, duplicate, delete, move, and bringing in image files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from slidewright.errors import SlidewrightError
from slidewright.fileformat.images import IMAGES_DIR, copy_into_bundle
from slidewright.model import Slide
from slidewright.ui.editing.commands import InsertSlides, MoveSlides, RemoveSlides
from slidewright.ui.editing.image_credits import new_slide, set_image_with_credits
from slidewright.ui.editing.paste_image import is_pasted_pixels
from slidewright.ui.notes.commands import notes_gone
from slidewright.ui.window.selection import SlideSelection

NOTE_MS = 10_000  # long enough to read a credit


class SlideActions:
    """Each action is one undo step on the open document, on the slides ``selection`` holds."""

    def __init__(
        self,
        selection: SlideSelection,
        show_status: Callable[[str, int], None] = lambda text, ms: None,
        own_agencies: Callable[[], tuple[str, ...]] = tuple,
    ) -> None:
        self.selection = selection
        self.show_status = show_status  # the status line, for what an image's file gave it
        self.own_agencies = own_agencies  # the writer's agencies (Preferences ▸ Agencies)
        # What the last image brought in gave its slide ("Credit filled from the file: …"),
        # for the status line (the paste adds it to its own message)
        self.last_note = ""
        # Told of each picture copied in: (bundle, its path there, whether it was there before)
        self.copied: Callable[[Path, str, bool], None] | None = None

    def add_slide(self) -> None:
        assert self.selection.doc is not None
        row = (
            self.selection.current_row() + 1
            if self.selection.current_row() >= 0
            else len(self.selection.doc.article.slides)
        )
        self.selection.doc.undo_stack.push(InsertSlides(self.selection.doc, [(row, Slide())]))
        self.selection.select_rows([row])
        self.selection.edit_slide_field("heading")

    def duplicate_slides(self) -> None:
        assert self.selection.doc is not None
        rows = self.selection.selected_rows()
        if rows:
            after = rows[-1] + 1
            copies = [
                (after + n, self.selection.doc.article.slides[row].copy())
                for n, row in enumerate(rows)
            ]
            for _, duplicate in copies:
                duplicate.notes = []  # the editor's notes stay with the slide they were left on
            self.selection.doc.undo_stack.push(
                InsertSlides(
                    self.selection.doc,
                    copies,
                    QCoreApplication.translate("SlideActions", "Duplicate slide"),
                )
            )

    def delete_slides(self) -> None:
        assert self.selection.doc is not None
        rows = self.selection.selected_rows()
        if rows:
            slides = self.selection.doc.article.slides
            gone = notes_gone([slides[row] for row in rows])
            self.selection.doc.undo_stack.push(RemoveSlides(self.selection.doc, rows))
            if gone:
                self.show_status(gone, NOTE_MS)

    def move_rows(self, rows: list[int], destination: int) -> None:
        assert self.selection.doc is not None
        command = MoveSlides(self.selection.doc, rows, destination)
        if not command.is_noop():
            self.selection.doc.undo_stack.push(command)

    def move_selection(self, delta: int) -> None:
        rows = self.selection.selected_rows()
        if not rows or self.selection.doc is None:
            return
        if delta < 0 and rows[0] > 0:
            self.move_rows(rows, rows[0] - 1)
        elif delta > 0 and rows[-1] < len(self.selection.doc.article.slides) - 1:
            self.move_rows(rows, rows[-1] + 2)

    def _bring_in(self, file: Path, name_hint: str, refused: list[str]) -> str | None:
        """The image's path in the bundle, or None (and a line in ``refused``) if it cannot be."""
        assert self.selection.doc is not None
        bundle = self.selection.doc.bundle
        try:
            folder = bundle / IMAGES_DIR
            before = set(folder.iterdir()) if folder.is_dir() else set()
            relative = copy_into_bundle(bundle, file, name_hint)
            if self.copied is not None:
                self.copied(bundle, relative, (bundle / relative) in before)
            return relative
        except (SlidewrightError, OSError) as error:
            refused.append(f"{file.name}: {getattr(error, 'strerror', None) or error}")
            return None

    def _report(self, refused: list[str]) -> None:
        if refused:
            self.selection.report_error(
                QCoreApplication.translate("SlideActions", "Image not added"),
                QCoreApplication.translate(
                    "SlideActions", "These files were not added:\n{files}"
                ).format(files="\n".join(refused)),
            )

    def set_image(self, row: int, file: Path) -> None:
        if self.selection.doc is None or row < 0:
            return
        slide = self.selection.doc.article.slides[row]
        refused: list[str] = []
        relative = self._bring_in(file, slide.heading or file.stem, refused)
        if relative is not None:
            self.last_note = set_image_with_credits(
                self.selection.doc,
                row,
                relative,
                pixels=is_pasted_pixels(file),
                own=self.own_agencies(),
            )
            if self.last_note:
                self.show_status(self.last_note, NOTE_MS)
        self._report(refused)

    def images_dropped(self, row: int, files: list[Path]) -> None:
        """Dropped on a slide: its image. Dropped below the list: one new slide per image."""
        self.last_note = ""
        if self.selection.doc is None:
            return
        if row >= 0:
            self.set_image(row, files[0])
            return
        refused: list[str] = []
        images = [image for f in files if (image := self._bring_in(f, f.stem, refused))]
        start = len(self.selection.doc.article.slides)
        bundle, own = self.selection.doc.bundle, self.own_agencies()
        slides = [(start + n, new_slide(bundle, image, own)) for n, image in enumerate(images)]
        if slides:
            self.selection.doc.undo_stack.push(
                InsertSlides(
                    self.selection.doc,
                    slides,
                    QCoreApplication.translate("SlideActions", "Add slides from images"),
                )
            )
        self._report(refused)
