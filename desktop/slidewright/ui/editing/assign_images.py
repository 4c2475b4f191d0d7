"""Slide ▸ Choose Images for All Slides…: a folder (or several files) of images assigned, in name
order, to the slides that have none — the step after importing a pasted text article.

Each image is copied into the bundle's images/ folder under a name made from its slide's heading
(as a dropped file is), and the whole assignment is one undo step.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar

from slidewright.errors import SlidewrightError
from slidewright.fileformat.images import copy_into_bundle
from slidewright.ui.editing.commands import SetSlideField
from slidewright.ui.editing.document import Document

if TYPE_CHECKING:
    from slidewright.ui.session.article_session import ArticleSession

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg"}
MAX_LISTED = 2000  # a folder of images for one article holds dozens; stop reading a huge one


def _title() -> str:
    return QCoreApplication.translate("AssignImages", "Choose Images for All Slides")


class ImagePrompts(Protocol):
    def images(self, title: str, text: str) -> list[Path] | None: ...

    def error(self, title: str, text: str) -> None: ...


def _natural(path: Path) -> list[object]:
    """'slide-2.jpg' before 'slide-10.jpg', as a file manager lists them."""
    return [int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", path.name)]


def image_files(chosen: list[Path]) -> list[Path]:
    """The image files ``chosen`` names (a folder stands for the images directly inside it),
    in name order; hidden files and other files are left out."""
    found: list[Path] = []
    for path in chosen:
        if path.is_dir():
            try:
                entries = []
                for n, entry in enumerate(path.iterdir()):
                    if n >= MAX_LISTED:
                        break
                    entries.append(entry)
            except OSError:
                continue
            found.extend(
                sorted(
                    (
                        e
                        for e in entries
                        if e.suffix.lower() in IMAGE_SUFFIXES
                        and not e.name.startswith(".")
                        and e.is_file()
                    ),
                    key=_natural,
                )
            )
        elif path.suffix.lower() in IMAGE_SUFFIXES:
            found.append(path)
    if all(not p.is_dir() for p in chosen):
        found.sort(key=_natural)  # the file dialog returns them in the order clicked
    return found


def slides_without_images(doc: Document) -> list[int]:
    return [n for n, slide in enumerate(doc.article.slides) if not slide.image.strip()]


def choose_images_for_all(
    doc: Document, prompts: ImagePrompts, say: Callable[[str], None], own: tuple[str, ...] = ()
) -> int:
    """Ask for images and assign them, each slide's empty credit fields filled from its file
    as Choose Image… fills them (``own``: the writer's own agencies); returns how many slides
    got one."""
    from slidewright.ui.editing.image_credits import from_file

    rows = slides_without_images(doc)
    if not rows:
        say(QCoreApplication.translate("AssignImages", "Every slide has an image already"))
        return 0
    count = len(rows)  # (a plain name: pyside6-lupdate skips a call with a call inside)
    if count == 1:
        text = QCoreApplication.translate(
            "AssignImages",
            "1 slide has no image. Choose a folder of images, or several image files: they are "
            "given, in name order, to those slides.",
        )
    else:
        text = QCoreApplication.translate(
            "AssignImages",
            "%n slides have no image. Choose a folder of images, or several image files: they "
            "are given, in name order, to those slides.",
            "",
            count,
        )
    chosen = prompts.images(_title(), text)
    if not chosen:
        return 0
    files = image_files(chosen)
    if not files:
        names = ", ".join(p.name for p in chosen[:3])
        prompts.error(
            _title(),
            QCoreApplication.translate(
                "AssignImages", "No images (JPEG, PNG, WebP, GIF or SVG) found in {names}."
            ).format(names=names),
        )
        return 0
    refused: list[str] = []
    assigned: list[tuple[int, str]] = []
    queue = list(files)
    for row in rows:
        while queue:
            file = queue.pop(0)
            heading = doc.article.slides[row].heading
            try:
                assigned.append((row, copy_into_bundle(doc.bundle, file, heading or file.stem)))
                break
            except (SlidewrightError, OSError) as error:
                refused.append(f"{file.name}: {getattr(error, 'strerror', None) or error}")
    if assigned:
        stack, count = doc.undo_stack, len(assigned)
        stack.beginMacro(
            QCoreApplication.translate("AssignImages", "Choose images for 1 slide")
            if count == 1
            else QCoreApplication.translate(
                "AssignImages", "Choose images for %n slides", "", count
            )
        )
        for row, image in assigned:
            stack.push(SetSlideField(doc, row, "image", image, typing=False))
            found = from_file(doc.article.slides[row].copy(), doc.bundle / image, False, own)
            for name, value in found.changes.items():
                stack.push(SetSlideField(doc, row, name, value, typing=False))
        stack.endMacro()
    say(_outcome(len(assigned), len(rows), len(queue)))
    if refused:
        prompts.error(
            _title(),
            QCoreApplication.translate(
                "AssignImages", "These files were not used:\n{files}"
            ).format(files="\n".join(refused)),
        )
    return len(assigned)


def choose_images_in(session: ArticleSession, status: QStatusBar) -> None:
    """The menu entry and the Problems panel's action: for the session's open article, with the
    outcome on the window's status bar (the window passes the two parts it owns)."""
    if session.doc is not None:
        from slidewright.ui.editing.image_credits import writer_agencies

        choose_images_for_all(
            session.doc,
            session.prompts,
            lambda text: status.showMessage(text, 10000),
            writer_agencies(session),
        )


def _outcome(assigned: int, wanted: int, left_over: int) -> str:
    parts = [
        QCoreApplication.translate("AssignImages", "Images chosen for 1 slide")
        if assigned == 1
        else QCoreApplication.translate("AssignImages", "Images chosen for %n slides", "", assigned)
    ]
    without = wanted - assigned
    if without > 0:
        parts.append(
            QCoreApplication.translate("AssignImages", "%n still without an image", "", without)
        )
    if left_over:
        parts.append(
            QCoreApplication.translate("AssignImages", "1 image left over")
            if left_over == 1
            else QCoreApplication.translate("AssignImages", "%n images left over", "", left_over)
        )
    return "; ".join(parts)
