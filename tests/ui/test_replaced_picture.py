"""A new picture on a slide that had one (issue 27, tester's finding 1): the credit, licence
fields and alt text described the OLD picture, so they are cleared in the same undo step, filled
again from the new file where it says, and the Problems panel flags a pasted picture's missing
credit instead of counting the old photographer's credit as the new photo's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from imagefactory import make_image
from slidewright.ui.window.main_window import MainWindow

BOATS = 3  # the sample's fourth slide: boats.jpg, credited "Getty", alt text about boats
CLEARED = "Credit and alt text cleared: they described the previous picture"


def _missing_credit(window: MainWindow, row: int) -> bool:
    return any(f.rule == "credit-missing" and f.slide == row for f in window.problems.findings)


def test_pasting_a_new_picture_clears_the_old_credit_and_alt_text(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    slide = window.doc.article.slides[BOATS]
    before = (slide.image, slide.credit, slide.alt, slide.caption)
    assert before[1] == "Getty" and "boats" in before[2]
    assert not _missing_credit(window, BOATS)
    window.select_rows([BOATS])
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#b5651d"))
    QGuiApplication.clipboard().setImage(image)
    window.slide_list.setFocus()
    qtbot.waitUntil(window.slide_list.hasFocus)
    qtbot.keyClick(window.slide_list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    assert slide.image != before[0]
    assert (slide.credit, slide.alt) == ("", "")
    assert slide.caption == before[3]  # the caption tells the story: kept
    assert window.slide_editor.fields["alt"].text() == ""
    message = window.statusBar().currentMessage()
    assert CLEARED in message
    assert "Pasted pixels carry no credit: type the slide's credit" in message
    qtbot.waitUntil(lambda: _missing_credit(window, BOATS), timeout=10000)

    window.actions_by_name["undo"].trigger()  # one step: the picture and its old fields
    assert (slide.image, slide.credit, slide.alt, slide.caption) == before
    qtbot.waitUntil(lambda: not _missing_credit(window, BOATS), timeout=10000)


def test_a_chosen_file_fills_the_cleared_credit_from_its_metadata(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    window = sample_window
    slide = window.doc.article.slides[BOATS]
    window.doc.set_slide_field(BOATS, "license", "Royalty-free")
    window.doc.set_slide_field(BOATS, "creator", "Old Photographer")
    photo = make_image(
        tmp_path / "downloads" / "harbour.jpg", size=(960, 720), seed=7,
        iptc={"credit": "Ana Silva/AFP", "byline": "Ana Silva"},
        xmp={"credit": "Ana Silva/AFP", "creator": "Ana Silva"},
    )  # fmt: skip
    window.select_rows([BOATS])
    window.parts.slides.set_image(BOATS, photo)  # what a drop on the slide does
    assert (slide.credit, slide.creator, slide.license, slide.alt) == (
        "Ana Silva/AFP", "Ana Silva", "", "",
    )  # fmt: skip
    message = window.statusBar().currentMessage()
    assert message.startswith(CLEARED)
    assert "filled from the file: Ana Silva/AFP" in message


@pytest.mark.parametrize("same", ["same file", "same bytes"])
def test_the_same_picture_again_keeps_its_credit(
    qtbot: Any, sample_window: MainWindow, same: str
) -> None:
    window = sample_window
    slide = window.doc.article.slides[BOATS]
    before = (slide.credit, slide.alt)
    file = window.doc.bundle / slide.image
    if same == "same bytes":  # the same photo, downloaded again under another name
        copy = window.doc.bundle.parent / "boats-again.jpg"
        copy.write_bytes(file.read_bytes())
        file = copy
    window.select_rows([BOATS])
    window.parts.slides.set_image(BOATS, file)
    assert (slide.credit, slide.alt) == before
    assert CLEARED not in window.statusBar().currentMessage()
