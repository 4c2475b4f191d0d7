"""Make docs/screenshots/spelling.png and find-replace.png from the real window, offscreen.

Run by hand after changing how spelling or find-and-replace look:
``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/screenshots_editing.py``. Needs the en_US
dictionary (Debian: hunspell-en-us).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QContextMenuEvent, QPainter, QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from slidewright.packagedata import as_file, resource
    from slidewright.ui.app import create_application, open_window
    from slidewright.ui.session.settings import Settings
    from slidewright.ui.start_plan import plan_start

    app = create_application()
    scratch = Path(tempfile.mkdtemp(prefix="sw-shots-"))
    with as_file(resource("sample", "harbour-towns")) as source:
        shutil.copytree(source, scratch / "harbour-towns")
    settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
    settings.set_value("preferences/spellingLanguage", "en-US")
    window = open_window(settings, plan_start(scratch / "harbour-towns", False, settings))
    window.resize(1400, 860)
    while not (window.completed and window.preview.ready and window.problems.ready):
        QTest.qWait(20)
    assert window.doc is not None
    tools = window.parts.tools
    while not tools.spelling.ready:
        QTest.qWait(20)
    QTest.qWait(500)

    def with_popup(popup: QWidget | None) -> object:
        shot = window.grab()
        if popup is not None and popup.isVisible():
            painter = QPainter(shot)
            painter.drawPixmap(window.mapFromGlobal(popup.pos()), popup.grab())
            painter.end()
        return shot

    editor = window.slide_editor
    heading = editor.fields["heading"]
    heading.setFocus()
    heading.end(False)
    QTest.keyClicks(heading, " at Porthgwarra")
    body = editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.Start)
    QTest.keyClicks(body, "The harbr wall keeps the `boats` dry when the tide is hihg. ")
    tools.spelling.settle()
    cursor = QTextCursor(body.document())
    cursor.setPosition(body.toPlainText().index("harbr") + 2)
    point = body.cursorRect(cursor).center()
    global_point = body.viewport().mapToGlobal(point)
    QApplication.sendEvent(
        body.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, global_point)
    )
    QTest.qWait(200)
    with_popup(QApplication.activePopupWidget()).save(str(OUT / "spelling.png"))  # type: ignore[attr-defined]
    menu = QApplication.activePopupWidget()
    if menu is not None:
        menu.close()

    window.doc.undo_stack.setIndex(0)
    QTest.qWait(200)
    body.setFocus()
    QTest.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = tools.find.bar
    QTest.keyClicks(bar.find_box, "harbour")
    bar.whole_word.setChecked(True)
    QTest.keyClicks(bar.replace_box, "port")
    bar.find_box.setFocus()
    for _ in range(3):
        QTest.keyClick(bar.find_box, Qt.Key.Key_Return)
    QTest.qWait(600)
    window.grab().save(str(OUT / "find-replace.png"))
    window.doc.undo_stack.setClean()
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
