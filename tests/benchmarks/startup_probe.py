"""Started by the benchmark in a fresh process: measure process start -> first painted preview
(``painted_ms``), and for the app also -> the whole window with the article open (``ready_ms``).

usage: startup_probe.py app|app-cold|bare BUNDLE SETTINGS_DIR START_EPOCH
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def main() -> None:
    mode, bundle, settings_dir, started = (
        sys.argv[1],
        Path(sys.argv[2]),
        Path(sys.argv[3]),
        float(sys.argv[4]),
    )
    result: dict[str, float] = {}
    if mode == "bare":
        # Honest baseline: Qt and QtWebEngine only, nothing of slidewright imported.
        from PySide6.QtCore import QTimer
        from PySide6.QtWebEngineWidgets import QWebEngineView
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
        view = QWebEngineView()
        view.resize(800, 600)
        view.show()
        page = view.page()
        view.setHtml("<!doctype html><title>bare</title><p>Hello</p>")
    else:
        from slidewright.ui.app import create_application, open_window, plan

        ini = str(settings_dir / "probe.ini")
        if mode == "app-cold":  # no page kept from an earlier run (a first open)
            from slidewright.ui.preview import first_page

            first_page.forget(bundle)
        # as run() does: the plan, then Qt in the order the plan asks for, then the window
        start, settings = plan(bundle, False, ini)
        app = create_application(import_core=not start.from_kept_page)
        from PySide6.QtCore import QTimer

        window = open_window(settings, start)  # as `slidewright PATH` does
        # when the window's preview reports its paint, was the rest still to come? (an order)
        window.preview.painted.connect(
            lambda: result.setdefault("whole_before_paint", float(window.completed))
        )
        view = window.preview
        page = view.page()

    def finish() -> None:
        print(json.dumps(result), flush=True)
        app.quit()

    def painted(title: str) -> None:
        if title == "painted" and "painted_ms" not in result:
            result["painted_ms"] = (time.time() - started) * 1000
            result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            if mode == "bare" or "ready_ms" in result:
                finish()

    def ready() -> None:
        """The app's window is whole (slide list, editors, menus) with the article open."""
        if "ready_ms" not in result and window.completed and window.doc is not None:
            result["ready_ms"] = (time.time() - started) * 1000
            poll.stop()
            if "painted_ms" in result:
                finish()

    poll = QTimer(interval=5)
    if mode != "bare":
        poll.timeout.connect(ready)
        poll.start()

    def loaded(ok: bool) -> None:
        # two animation frames after load: the page has been laid out and painted
        page.runJavaScript(
            "requestAnimationFrame(() => requestAnimationFrame(() => { document.title = 'painted'; }))"
        )

    page.titleChanged.connect(painted)
    view.loadFinished.connect(loaded)
    QTimer.singleShot(60000, app.quit)
    app.exec()
    if mode == "bare":
        assert not any(name.startswith("slidewright") for name in sys.modules), "bare is not bare"
    if mode != "bare" and window.doc is not None:
        window.doc.undo_stack.setClean()


if __name__ == "__main__":
    main()
