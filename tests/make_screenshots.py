"""Regenerate docs/screenshots/ from the real window, offscreen (``python tests/make_screenshots.py``).

Each picture is taken after the preview has painted the state shown (the script waits for the
page's own DOM to say so), never after a fixed pause."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "desktop"))

from slidewright.ui.app import create_application  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def save_pdf_pages(pdf: Path, target: Path, pages: int = 3) -> None:
    """The first pages of an exported PDF, side by side, on a grey desk."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    page_size = QSize(420, 594)
    sheet = QImage(
        20 + pages * (page_size.width() + 20), page_size.height() + 40, QImage.Format.Format_RGB32
    )
    sheet.fill(Qt.GlobalColor.gray)
    painter = QPainter(sheet)
    for n in range(min(pages, document.pageCount())):
        x = 20 + n * (page_size.width() + 20)
        painter.fillRect(x, 20, page_size.width(), page_size.height(), Qt.GlobalColor.white)
        painter.drawImage(x, 20, document.render(n, page_size))
    painter.end()
    document.close()
    assert sheet.save(str(target)), target
    print("wrote", target)


def main() -> None:
    app = create_application()
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QSettings, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

    from slidewright.packagedata import copy_sample
    from slidewright.ui.app import open_window
    from slidewright.ui.session.settings import Settings
    from slidewright.ui.start_plan import plan_start

    def wait_for(condition: Callable[[], bool], ms: int = 20000) -> None:
        deadline = QDeadlineTimer(ms)
        while not condition():
            if deadline.hasExpired():
                raise TimeoutError("the window did not get there")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def page_says(script: str) -> bool:
        results: list[object] = []
        window.preview.page().runJavaScript(script, 0, results.append)
        wait_for(lambda: bool(results))
        return bool(results[0])

    def preview_painted(dark: bool) -> bool:
        """The preview's last painted frame (what a grab shows) has the page's colour."""
        image = window.preview.grab().toImage()
        color = image.pixelColor(image.width() // 2, image.height() - 20)
        return (color.lightness() < 80) == dark

    def picture_painted() -> bool:
        """The selected slide's picture, not its empty frame, is in the last painted frame."""
        image = window.preview.grab().toImage()
        color = image.pixelColor(image.width() // 2, 200)
        return color.name() not in ("#2a2b2f", "#f1f1f3")  # the frame's own colours

    def save(widget: QWidget, name: str) -> None:
        QCoreApplication.processEvents()
        assert widget.grab().save(str(OUT / name)), name
        print("wrote", OUT / name)

    home = tempfile.mkdtemp(prefix="slidewright-shots-")
    settings = Settings(QSettings(str(Path(home) / "s.ini"), QSettings.Format.IniFormat))
    # a fresh copy of the sample as shipped (the writer's own copy may be older or edited)
    sample = copy_sample(Path(home) / "harbour-towns")
    window = open_window(settings, plan_start(sample, False, settings))  # `slidewright SAMPLE`
    window.resize(1400, 860)
    wait_for(lambda: window.completed and window.preview.ready and window.problems.ready)
    assert window.doc is not None

    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    wait_for(
        lambda: page_says("getComputedStyle(document.body).backgroundColor != 'rgb(255, 255, 255)'")
    )
    window.select_rows([3])
    wait_for(lambda: page_says("document.querySelector('#slide-4.sw-selected') !== null"))
    wait_for(lambda: page_says("document.querySelector('#slide-4 img').naturalWidth > 0"))
    wait_for(lambda: preview_painted(dark=True))
    wait_for(picture_painted)
    save(window, "dark-theme.png")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    wait_for(
        lambda: page_says("getComputedStyle(document.body).backgroundColor == 'rgb(255, 255, 255)'")
    )

    window.select_rows([1])
    window.parts.desk.focus.set_active(True)
    window.resize(1100, 760)  # offscreen "full screen" is the whole virtual screen
    wait_for(lambda: not window.splitter.widget(2).isVisible())
    window.slide_editor.fields["alt"].setFocus()
    save(window, "focus-mode.png")
    window.parts.desk.focus.set_active(False)

    window.actions_by_name["about"].trigger()
    about = window.findChild(QMessageBox, "aboutBox")
    wait_for(lambda: about is not None and about.isVisible())
    save(about, "about.png")
    about.close()

    window.actions_by_name["shortcuts"].trigger()
    wait_for(lambda: window.findChild(QDialog, "shortcutsDialog") is not None)
    shortcuts = window.findChild(QDialog, "shortcutsDialog")
    wait_for(shortcuts.isVisible)
    save(shortcuts, "shortcuts.png")
    shortcuts.close()

    pdf = Path(home) / "article.pdf"
    done: list[bool] = []
    window.parts.desk.printer.finished.connect(lambda _text, ok: done.append(ok))
    window.parts.desk.printer.export_pdf(window.session.doc, pdf)
    wait_for(lambda: bool(done))
    save_pdf_pages(pdf, OUT / "pdf-pages.png")

    window.session.doc.undo_stack.setClean()
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
