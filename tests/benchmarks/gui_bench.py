"""Window figures: keystroke -> preview DOM updated, full page reload, cold start, memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from core_bench import median
from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtTest import QTest

HERE = Path(__file__).resolve().parent


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(signal: object, timeout_ms: int = 20000) -> bool:
    loop = QEventLoop()
    fired = []
    signal.connect(lambda *a: (fired.append(1), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return bool(fired)


def open_window(bundle: Path, settings_dir: Path) -> object:
    """The window `slidewright BUNDLE` shows, whole (both steps) and painted."""
    from slidewright.ui import app
    from slidewright.ui.session.settings import Settings
    from slidewright.ui.start_plan import plan_start

    settings = Settings(QSettings(str(settings_dir / "bench.ini"), QSettings.Format.IniFormat))
    window = app.open_window(settings, plan_start(bundle, False, settings))
    while not (window.completed and window.doc is not None and window.preview.ready):
        wait(20)
    return window


def keystrokes(window: object, count: int) -> list[float]:
    """Milliseconds from a key press in the body to the preview's DOM holding the new text."""
    row = len(window.doc.article.slides) // 2
    window.select_rows([row])
    wait(200)
    body = window.slide_editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    timer = QElapsedTimer()
    stamps: list[float] = []  # ms after the key press at which the preview reported the update
    window.preview.updated.connect(lambda: stamps.append(timer.nsecsElapsed() / 1e6))
    results = []
    for n in range(count):
        before = len(stamps)
        timer.start()
        QTest.keyClick(body, Qt.Key(Qt.Key.Key_A + n % 26))
        while len(stamps) == before:
            wait(1)
        results.append(stamps[before])
        wait(30)  # a fast typist's gap between keys
    window.preview.updated.disconnect()
    return results


def full_reloads(window: object, count: int) -> list[float]:
    """Milliseconds to render the whole page and load it again (what a preview without
    incremental updates would do on every keystroke)."""
    from slidewright.render import render_page
    from slidewright.ui.preview.render import preview_context
    from slidewright.ui.preview.scheme import page_url

    preview = window.preview
    results = []
    for _ in range(count):
        start = time.perf_counter()
        preview.source.page = render_page(
            window.doc.article, preview_context(window.doc.bundle, preview.mode)
        ).encode("utf-8")
        preview.load(page_url(preview.host))
        wait_for(preview.loadFinished)
        results.append((time.perf_counter() - start) * 1000)
    return results


def cold_start(bundle: Path, settings_dir: Path, runs: int) -> dict[str, float]:
    """Process start -> first paint: the app reopening ``bundle`` (its page kept from the run
    before, as on a writer's usual start), the app opening it for the first time (nothing kept:
    it is read and rendered before the paint), and a bare QWebEngineView page; alternating.
    Also process start -> the whole window ready to edit, against the same bare page."""
    modes = ("bare", "app-cold", "app")  # app-cold keeps the page app starts on
    figures: dict[str, list[float]] = {mode: [] for mode in modes}
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for _ in range(runs):
        for mode in modes:
            start = time.time()
            out = subprocess.run(
                [
                    sys.executable,
                    str(HERE / "startup_probe.py"),
                    mode,
                    str(bundle),
                    str(settings_dir),
                    repr(start),
                ],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )
            data = json.loads(out.stdout.strip().splitlines()[-1])
            figures[mode].append(data["painted_ms"])
            if mode == "app":
                figures.setdefault("rss", []).append(data["peak_rss_mb"])
            if mode != "bare":
                figures.setdefault(f"{mode} ready", []).append(data["ready_ms"])
    bare = median(figures["bare"])
    app, first = (median(figures[m]) for m in ("app", "app-cold"))
    ready, first_ready = median(figures["app ready"]), median(figures["app-cold ready"])
    return {
        "cold_start_ms": app,
        "first_open_start_ms": first,
        "bare_page_ms": bare,
        "cold_vs_bare": app / bare,
        "first_open_vs_bare": first / bare,
        "peak_rss_mb": median(figures["rss"]),
        "ready_ms": ready,  # whole window, article open: editable
        "first_open_ready_ms": first_ready,
        "ready_vs_bare": ready / bare,
        "first_open_ready_vs_bare": first_ready / bare,
    }
