"""A scripted writing session in the real window, run in its own process by the long-session test.

It types into a slide body at a writer's pace (words, then a short pause so the preview catches up),
steps through slides with Ctrl+PgDown, adds, moves and deletes slides, toggles the preview mode,
undoes and redoes, and exports — then prints one JSON line with what it measured. A separate process
because the fault it guards against (PySide6 6.12.0 releasing ``None`` once too often) ends in
``Fatal Python error: none_dealloc``, which would take the whole test run down with it.

Usage: ``python writer_session.py BUNDLE KEYS``
"""

from __future__ import annotations

import gc
import json
import os
import random
import resource
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = (
    "harbour light fell across the quay while boats came in slowly with nets and gulls "
    "behind them the market opened early and bakers carried trays of bread past the old "
    "customs house where a ferry waited for the tide"
).split()


def refcounts() -> dict[str, int]:
    gc.collect()
    return {
        "None": sys.getrefcount(None),
        "True": sys.getrefcount(True),
        "False": sys.getrefcount(False),
    }


def rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(bundle: Path, keys: int) -> int:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from slidewright.ui.app import create_application, open_window
    from slidewright.ui.session.settings import Settings
    from slidewright.ui.start_plan import plan_start

    app = create_application()
    scratch = Path(tempfile.mkdtemp(prefix="sw-session-"))
    # started as `slidewright BUNDLE` starts: the preview first, the rest of the window after
    settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
    window = open_window(settings, plan_start(bundle, False, settings))

    def wait_until(condition, timeout_ms: int = 120_000) -> None:  # noqa: ANN001 (a hang guard)
        waited = 0
        while not condition():
            if waited > timeout_ms:
                raise TimeoutError("the window did not get there in time")
            QTest.qWait(10)
            waited += 10

    wait_until(lambda: window.completed and window.doc is not None and window.preview.ready)
    rng = random.Random(7)
    actions = window.actions_by_name
    body = window.slide_editor.body
    spelling = window.parts.tools.spelling

    def type_words(count: int) -> int:
        typed = 0
        body.setFocus()
        while typed < count:
            word = rng.choice(WORDS) + rng.choice((" ", " ", " ", ". ", ", "))
            QTest.keyClicks(body, word)
            typed += len(word)
            if rng.random() < 0.05:  # a new paragraph now and then
                QTest.keyClick(body, Qt.Key.Key_Return)
                QTest.keyClick(body, Qt.Key.Key_Return)
                typed += 2
            QTest.qWait(rng.choice((1, 2, 4)))  # between words, as a writer pauses
        return typed

    type_words(200)  # warm-up: caches, first pushes, lazily built objects
    QTest.qWait(200)
    before, rss_before = refcounts(), rss_kib()
    typed = 0
    step = 0
    while typed < keys:
        typed += type_words(min(300, keys - typed))
        step += 1
        QTest.keyClick(body, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        if step % 3 == 0:
            actions["add_slide"].trigger()
            actions["move_up"].trigger()
        if step % 4 == 0:
            actions["delete_slide"].trigger()
        if step % 5 == 0:
            window.set_preview_mode("slideshow" if window.preview.mode == "article" else "article")
        if step % 6 == 0:
            for _ in range(5):
                actions["undo"].trigger()
            for _ in range(3):
                actions["redo"].trigger()
        QTest.qWait(20)
    from slidewright.exporters import export_article

    assert window.doc is not None
    export_article(window.doc.article, window.doc.bundle, "html", scratch / "out.html")
    window.set_preview_mode("article")
    wait_until(lambda: window.preview.ready)
    QTest.qWait(300)
    after = refcounts()
    print(
        json.dumps(
            {
                "keys": typed,
                "before": before,
                "after": after,
                "rss_before_kib": rss_before,
                "rss_after_kib": rss_kib(),
                "slides": len(window.doc.article.slides),
                "undo_steps": window.doc.undo_stack.count(),
                "spell_checked": bool(spelling.dictionary and spelling.dictionary.available),
            }
        ),
        flush=True,
    )
    window.doc.undo_stack.setClean()
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), int(sys.argv[2])))
