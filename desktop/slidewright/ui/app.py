"""Start the application: the start's plan (ui/start_plan.py), Qt set-up, the main window."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported only once the environment is set up (see create_application)
    from PySide6.QtWidgets import QApplication

    from slidewright.ui.session.settings import Settings
    from slidewright.ui.start_plan import StartPlan
    from slidewright.ui.window.main_window import MainWindow

ROOT_NOTICE = (
    "slidewright: running as root, so the preview runs without Chromium's sandbox "
    "(Chromium refuses to start as root otherwise); the preview still loads nothing from the network"
)


def allow_running_as_root() -> bool:
    """Chromium will not start as root with its sandbox on; turn the sandbox off for this process
    (and say so once) instead of dying. The preview stays offline and shows only our own page."""
    if os.name != "posix" or os.geteuid() != 0 or os.environ.get("QTWEBENGINE_DISABLE_SANDBOX"):
        return False
    os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    print(ROOT_NOTICE, file=sys.stderr)
    return True


def import_core_first() -> None:
    """Import the pure-Python stack the first preview needs (reading and rendering an article:
    YAML, Markdown, Jinja) before any of Qt. Once PySide6 is loaded, its import hook opens and
    reads the source of every module imported after it, which makes the same imports slower."""
    import slidewright.fileformat  # noqa: F401
    import slidewright.render  # noqa: F401


def create_application(import_core: bool = True) -> QApplication:
    """The QApplication, with the preview's URL scheme registered first (Qt requires that order).

    Call it before importing anything of Qt. ``import_core``: import the reading and rendering
    stack first (see import_core_first); a start that will show a kept page needs none of it
    before the paint (see StartPlan.from_kept_page)."""
    if import_core:
        import_core_first()
    allow_running_as_root()  # before QtWebEngine reads its environment
    from PySide6.QtWidgets import QApplication

    from slidewright.ui import pyside_scan

    pyside_scan.quicken()  # PySide's look at each module imported from now on (pyside_scan.py)
    from slidewright.ui.preview.scheme import register_scheme

    register_scheme()
    import PySide6.QtWebEngineWidgets  # noqa: F401  (must load before the QApplication exists)

    QApplication.setOrganizationName("Slidewright")
    QApplication.setApplicationName("Slidewright")
    QApplication.setDesktopFileName("io.github.slidewright.Slidewright")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from slidewright.ui.window.icons import app_icon

    app.setWindowIcon(app_icon())
    from slidewright.ui.collector import MainThreadCollector

    MainThreadCollector(app)  # cycles are freed on the UI thread, never on a worker
    return app


def plan(
    path: Path | None, sample: bool = False, settings_file: str | None = None
) -> tuple[StartPlan, Settings]:
    """The start's plan (ui/start_plan.py) and the settings it was made from, before the
    QApplication exists (only QtCore is loaded: QSettings and QStandardPaths need no more).
    ``settings_file``: an INI file instead of the writer's settings (tests, the benchmark).

    When PATH has no page kept in either mode, the plan cannot say "kept page": the reading
    stack is imported first, before QtCore, whose import hook slows every import after it."""
    from slidewright.ui.preview import first_page

    if path is not None and not any(first_page.lookup(path, m) for m in ("article", "slideshow")):
        import_core_first()  # no page kept for PATH: it is read before the paint (see below)
    from PySide6.QtCore import QCoreApplication, QSettings

    from slidewright.ui import pyside_scan

    pyside_scan.quicken()  # before the imports below: PySide looks at each (pyside_scan.py)
    from slidewright.ui.session.settings import Settings
    from slidewright.ui.start_plan import plan_start

    QCoreApplication.setOrganizationName("Slidewright")  # where the writer's settings live
    QCoreApplication.setApplicationName("Slidewright")
    ini = QSettings(settings_file, QSettings.Format.IniFormat) if settings_file else None
    settings = Settings(ini)
    return plan_start(path, sample, settings), settings


def open_window(settings: Settings, start: StartPlan) -> MainWindow:
    """The main window, shown, opening what ``start`` says. The benchmark's start-up probe and
    the GUI tests call this too, so they build and measure the window ``slidewright`` shows.

    The window is built in two steps: the article's preview first, the editors once it has
    painted (MainWindow.complete), so the writer sees the article as early as Qt can show it.
    Every start with an article goes one way: its opening page is shown before the article is
    opened (the page kept from the last run, or on a first open one rendered now from the file:
    with_fresh_page), and the article is opened in step two; with nothing to open
    (``StartPlan(None, mode)``) the window completes at once on its welcome page."""
    from PySide6.QtCore import QTimer

    from slidewright.ui import read_ahead
    from slidewright.ui.translation import install_window_language
    from slidewright.ui.window.main_window import MainWindow

    install_window_language(settings)  # before any widget takes its texts (once a process)
    window = MainWindow(settings, start.mode)
    window.show()
    kept_from_disk = start.from_kept_page
    if not kept_from_disk and (start.article is not None or start.make_sample):
        start = with_fresh_page(start)  # after the window: Chromium starts meanwhile
    if start.from_kept_page:
        assert start.article is not None and start.kept is not None
        window.preview.show_kept_page(start.article, start.kept, fresh=not kept_from_disk)
        window.open_after_paint(lambda: _report(window, open_planned(window, start)))
    elif start.article is not None or start.make_sample:  # unreadable: the opening says why
        window.start_session()
        _report(window, open_planned(window, start))
    else:
        window.complete()  # nothing will paint: step two now, on the welcome page
        return window
    # What step two will import (read_ahead.py), once the page is on screen: nothing competes
    # with the first paint, and the reading stack is not loaded before a kept page paints.
    # On a reopening the article is read ahead too (step two opens it), after the first paint;
    # a first open has read it already (with_fresh_page).
    reading = [start.article] if kept_from_disk else []

    def ahead() -> None:
        read_ahead.start(article=reading.pop() if reading else None)

    window.preview.painted.connect(lambda: QTimer.singleShot(0, ahead))
    return window


def with_fresh_page(start: StartPlan) -> StartPlan:
    """A first open (no page kept for the article as it is on disk): read the article and render
    its opening page now, with the core alone, and hand the read to step two's opening
    (read_ahead.hand_over), so the start goes on as a reopening does: the page paints, then the
    session (recovery, history, the file watch: tens of milliseconds of imports and set-up) is
    made and opens the article. The page is the one the preview renders for it
    (render.opening_page), so step two's comparison keeps it. The plan is left as it is when
    the article cannot be read: the session's opening then says why."""
    from slidewright.fileformat import bundle as files
    from slidewright.ui import read_ahead
    from slidewright.ui.preview.render import opening_page
    from slidewright.ui.session.sample import ensure_sample_copy

    try:
        path = start.article if start.article is not None else ensure_sample_copy()
    except OSError:
        return start  # no copy could be made: the opening tries again and says why
    try:
        article = files.load_article(path)
        reading = (article, files.bundle_dir(path), files.file_digest(path))
        page, _partial = opening_page(article, reading[1], start.mode)
    except Exception:  # noqa: BLE001 - opened again in step two, which reports it
        return replace(start, article=path, make_sample=False)
    read_ahead.hand_over(path, reading)
    return replace(start, article=path, kept=page, make_sample=False)


def open_planned(window: MainWindow, start: StartPlan) -> bool:
    """Open the plan's article (the writer's copy of the sample, made now if need be)."""
    from slidewright.ui.session.sample import ensure_sample_copy

    if start.article is not None:
        return window.session.open_path(start.article)
    return start.make_sample and window.session.open_path(ensure_sample_copy())


def _report(window: MainWindow, opened: bool) -> None:
    if not opened and window.session.last_error:
        print(f"slidewright: {window.session.last_error}", file=sys.stderr)  # for terminal users


def run(path: Path | None, sample: bool = False) -> int:
    start, settings = plan(path, sample)
    app = create_application(import_core=not start.from_kept_page)
    window = open_window(settings, start)  # kept: one nobody holds is deleted
    code = app.exec()
    del window
    return code
