"""The Article tab's "Publish locations" box (issue 23): off for an article that does not say so,
a click turns it on as one undo step, and the saved file says ``publish_location: true``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt

from slidewright import load_article
from slidewright.ui.window.main_window import MainWindow


def test_the_writer_opts_in_to_publishing_locations_from_the_article_tab(
    qtbot: Any, sample_window: MainWindow, sample_bundle: Path
) -> None:
    window = sample_window
    window.tabs.setCurrentIndex(1)
    box = window.article_editor.flags["publish_location"]
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "Publish locations" and not box.isChecked()
    # on the box itself (a form row stretches the widget far past its label)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert window.doc.article.publish_location is True
    assert window.session.save()
    assert "publish_location: true" in (sample_bundle / "index.md").read_text("utf-8")
    assert load_article(sample_bundle).publish_location is True
    window.doc.undo_stack.undo()
    assert not box.isChecked() and window.doc.article.publish_location is False
