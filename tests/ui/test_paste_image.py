"""Pasting a picture from the clipboard (Ctrl+V) as a writer would: onto the slide list, the image
area or into the body; it becomes the slide's image, saved in the bundle, one undo step."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QWidget
from uihelpers import run_js

from slidewright.ui.window.main_window import MainWindow


def copy_picture(color: str = "#2a6f97", alpha: bool = False) -> None:
    image = QImage(120, 80, QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 0, 0) if alpha else QColor(color))
    QGuiApplication.clipboard().setImage(image)


def preview_image_src(qtbot: Any, window: MainWindow, row: int) -> str:
    return json.loads(
        run_js(
            qtbot,
            window,
            f"JSON.stringify((document.querySelector('#slide-{row + 1} img') || {{}}).src || '')",
        )
    )


def paste_with_keys(qtbot: Any, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("where", ["slide list", "image area", "body"])
def test_pasted_picture_becomes_the_slides_image_in_one_undo_step(
    qtbot: Any, sample_window: MainWindow, where: str
) -> None:
    window = sample_window
    window.select_rows([2])
    slide = window.doc.article.slides[2]
    before, body = slide.image, slide.body
    copy_picture()
    if where == "slide list":
        paste_with_keys(qtbot, window.slide_list)
    elif where == "image area":
        qtbot.mouseClick(window.slide_editor.thumbnail, Qt.MouseButton.LeftButton)
        assert window.slide_editor.choose_button.hasFocus()  # a focus the writer can see
        qtbot.keyClick(
            window.slide_editor.choose_button, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
        )
    else:
        paste_with_keys(qtbot, window.slide_editor.body)

    # Named from the heading, in the bundle's images/ folder, a real JPEG.
    assert slide.image == "images/the-lighthouse-keeper-s-garden.jpg"
    saved = window.doc.bundle / slide.image
    assert saved.read_bytes()[:3] == b"\xff\xd8\xff"
    assert QImage(str(saved)).size().width() == 120
    assert window.slide_editor.image_path.text() == slide.image
    assert "Image pasted as images/the-lighthouse-keeper-s-garden.jpg" in (
        window.statusBar().currentMessage()
    )
    qtbot.waitUntil(
        lambda: "/images/the-lighthouse-keeper-s-garden.jpg?" in preview_image_src(qtbot, window, 2)
    )
    assert slide.body == body == window.slide_editor.body.value()  # nothing typed in

    window.actions_by_name["undo"].trigger()
    assert slide.image == before  # one step takes the whole paste back


def test_pasted_text_in_the_body_is_still_text(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    window.select_rows([0])
    image = window.doc.article.slides[0].image
    QGuiApplication.clipboard().setText("A line from the notebook.")
    body = window.slide_editor.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    paste_with_keys(qtbot, body)
    assert window.doc.article.slides[0].body.endswith("first.A line from the notebook.\n")
    assert window.doc.article.slides[0].image == image


def test_transparent_picture_is_kept_as_png_and_a_slide_without_heading_gets_a_plain_name(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.select_rows([8])
    window.actions_by_name["add_slide"].trigger()  # slide 10, no heading yet
    copy_picture(alpha=True)
    paste_with_keys(qtbot, window.slide_list)
    assert window.doc.article.slides[9].image == "images/pasted-image.png"
    assert (window.doc.bundle / "images" / "pasted-image.png").read_bytes()[:4] == b"\x89PNG"


def test_image_file_copied_in_a_file_manager_pastes_too(
    qtbot: Any, sample_window: MainWindow, tmp_path: Any
) -> None:
    window = sample_window
    photo = tmp_path / "harbour at dusk.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffaa00"))
    assert image.save(str(photo))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    QGuiApplication.clipboard().setMimeData(mime)
    window.select_rows([1])
    paste_with_keys(qtbot, window.slide_list)
    assert window.doc.article.slides[1].image == "images/a-market-on-the-quay.png"
    assert photo.exists()  # the writer's original is copied, never moved


def test_paste_with_no_picture_on_the_clipboard_changes_nothing(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    QGuiApplication.clipboard().setText("just words")
    window.select_rows([1])
    image = window.doc.article.slides[1].image
    paste_with_keys(qtbot, window.slide_list)
    assert window.doc.article.slides[1].image == image
    assert not window.doc.undo_stack.canUndo()


def test_a_picture_too_large_for_a_slide_is_refused_with_its_size_and_nothing_changes(
    qtbot: Any, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from slidewright.ui.editing import paste_image

    monkeypatch.setattr(paste_image, "MAX_PIXELS", 5_000)  # the 120 × 80 picture is 9,600
    window = sample_window
    window.select_rows([2])
    image = window.doc.article.slides[2].image
    copy_picture()
    paste_with_keys(qtbot, window.slide_list)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorMessage") is not None)
    box = window.findChild(QMessageBox, "errorMessage")
    assert "120 × 80 pixels" in box.text()
    box.close()
    assert window.doc.article.slides[2].image == image
    assert not window.doc.undo_stack.canUndo()
