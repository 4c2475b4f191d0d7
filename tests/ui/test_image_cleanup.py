"""Pictures dropped and then undone do not stay in images/ (issue 27): on save, the files this
window copied in that no slide uses are removed; a file put there by hand stays; a redo after
the save brings the picture back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QImage

from slidewright.ui.window.main_window import MainWindow


def picture(path: Path, color: str) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))
    return path


def test_a_dropped_picture_undone_is_removed_on_save_and_a_hand_added_one_stays(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    window = sample_window
    bundle = window.doc.bundle
    assert window.session.open_path(bundle)  # opened from File ▸ Open, as the tester did
    qtbot.waitUntil(lambda: window.preview.ready, timeout=15000)
    by_hand = picture(bundle / "images" / "by-hand.png", "#336699")
    before = window.doc.article.slides[2].image
    window.parts.slides.images_dropped(2, [picture(tmp_path / "quay.png", "#aa3322")])
    dropped = bundle / window.doc.article.slides[2].image
    assert dropped.is_file() and dropped != bundle / before
    window.actions_by_name["undo"].trigger()
    assert window.doc.article.slides[2].image == before
    assert window.session.save()
    assert not dropped.exists()
    assert by_hand.is_file()  # not Slidewright's to remove
    assert (bundle / before).is_file()
    assert dropped.name in window.statusBar().currentMessage()
    window.actions_by_name["redo"].trigger()  # the picture comes back with its slide
    assert dropped.is_file() and bundle / window.doc.article.slides[2].image == dropped
    # the editor's picture shows it at once, not "no image" until another slide is picked
    shown = window.slide_editor.thumbnail.pixmap().toImage()
    assert shown != window.slide_editor.thumbnails.placeholder().toImage()
    thumbnails = window.slide_editor.thumbnails
    assert shown == thumbnails.get(bundle, dropped.relative_to(bundle).as_posix()).toImage()


def test_a_picture_still_used_is_never_removed(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    window = sample_window
    window.parts.slides.images_dropped(-1, [picture(tmp_path / "net-loft.png", "#228844")])
    added = window.doc.bundle / window.doc.article.slides[-1].image
    assert window.session.save()
    assert added.is_file()
