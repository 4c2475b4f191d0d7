"""docs/screenshots/editor-arabic.png from the real window, offscreen
(``python tests/screenshots_arabic.py``): slide 2 written in Arabic (heading, caption, body with a
Latin paragraph), the fields laid out right to left, the article's language set to ``ar`` so the
preview reads right to left too. Taken once the page's DOM says it shows that state."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "desktop"))

from slidewright.ui.app import create_application  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "editor-arabic.png"
HEADING = "ميناء الصيد عند الفجر"
CAPTION = "القوارب تعود **قبل الشروق** إلى [الميناء](https://example.org)"
BODY = (
    "يعود الصيادون إلى الميناء كل صباح قبل أن تفتح السوق، وتصطف القوارب على طول الرصيف.\n\n"
    "Fish market, 6 a.m.: a Latin paragraph keeps its own word order."
)


def main() -> None:
    create_application()
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QSettings

    from slidewright.packagedata import copy_sample
    from slidewright.ui.app import open_window
    from slidewright.ui.session.settings import Settings
    from slidewright.ui.start_plan import plan_start

    def wait_for(condition: Callable[[], bool], ms: int = 60000) -> None:
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

    home = tempfile.mkdtemp(prefix="slidewright-shots-")
    settings = Settings(QSettings(str(Path(home) / "s.ini"), QSettings.Format.IniFormat))
    sample = copy_sample(Path(home) / "harbour-towns")
    window = open_window(settings, plan_start(sample, False, settings))
    window.resize(1400, 860)
    wait_for(lambda: window.completed and window.preview.ready and window.problems.ready)
    window.select_rows([1])
    wait_for(lambda: page_says("document.querySelector('#slide-2.sw-selected') !== null"))
    before = window.preview.grab().toImage()
    editor = window.slide_editor
    editor.fields["heading"].set_value(HEADING)
    editor.fields["heading"].edited.emit(HEADING)
    editor.fields["caption"].set_value(CAPTION)
    editor.fields["caption"].edited.emit(CAPTION)
    editor.body.setPlainText(BODY)
    window.article_editor.fields["lang"].set_value("ar")
    window.article_editor.fields["lang"].edited.emit("ar")
    wait_for(lambda: page_says("document.documentElement.dir === 'rtl'"))
    wait_for(lambda: page_says(f"document.body.textContent.includes({HEADING!r})"))
    wait_for(lambda: window.preview.grab().toImage() != before)  # the new page has painted

    def number_moved_right() -> bool:
        """The slide number (red, at the heading's start) has left the left edge: the frame on
        screen is the right-to-left page, not the one before."""
        image = window.preview.grab().toImage()
        left = [image.pixelColor(x, y) for x in range(10, 60) for y in range(50, 90, 4)]
        return not any(c.red() > 150 and c.green() < 80 and c.blue() < 80 for c in left)

    wait_for(number_moved_right)
    editor.body.setFocus()
    QCoreApplication.processEvents()
    assert window.grab().save(str(OUT)), OUT
    print("wrote", OUT)
    window.session.doc.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
