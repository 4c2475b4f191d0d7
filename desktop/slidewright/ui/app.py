"""Start the application: Qt set-up, the main window, and which article to open first."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported only once the environment is set up (see create_application)
    from PySide6.QtWidgets import QApplication

    from slidewright.ui.preview.prerender import Prerender
    from slidewright.ui.session.settings import Settings
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
    before the paint (see starts_from_kept_page)."""
    if import_core:
        import_core_first()
    allow_running_as_root()  # before QtWebEngine reads its environment
    from PySide6.QtWidgets import QApplication

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
    return app


def starts_from_kept_page(path: Path | None, sample: bool) -> bool:
    """Before Qt: will the window probably open on a kept page (ui/preview/first_page.py)?
    (For ``--sample`` it cannot tell: where the copy lives is Qt's to say.)"""
    from slidewright.ui.preview import first_page

    return not sample and first_page.likely(path)


def open_first(window: MainWindow, path: Path | None, sample: bool) -> bool:
    """PATH when given; else the sample when asked; else the last article; else the sample."""
    from slidewright.ui.session.sample import ensure_sample_copy

    if path is not None:
        return window.session.open_path(path)
    if sample:
        return window.session.open_path(ensure_sample_copy())
    last = window.settings.last_article()
    if last is not None and (last / "index.md").exists():
        return window.session.open_path(last)
    return window.session.open_path(ensure_sample_copy())


def open_window(
    settings: Settings, path: Path | None, sample: bool = False, forked: Prerender | None = None
) -> MainWindow:
    """The main window, shown, with the first article opened (see open_first). The benchmark's
    start-up probe calls this too, so it measures the start ``slidewright PATH`` makes.

    The window is built in two steps: the article's preview first, the editors once it has
    painted (MainWindow.complete), so the writer sees the article as early as Qt can show it.
    The first page comes, in this order, from the page kept for the article as it is on disk
    (ui/preview/first_page.py), from the child ``forked`` at the start (prerender.py), or from
    reading and rendering the article here; in the first two cases the article is read after
    the paint."""
    from slidewright.ui.preview import first_page
    from slidewright.ui.window.main_window import MainWindow

    window = MainWindow(settings, staged=True)
    window.show()
    if path is not None:
        target: Path | None = path
    elif sample:
        from slidewright.ui.session.sample import existing_sample_copy

        target = existing_sample_copy()  # (none yet on a first run: open_first makes it)
    else:
        target = settings.last_article()
    kept = first_page.lookup(target, window.preview.mode) if target is not None else None
    shown: Path | None = target if kept is not None else None
    if forked is not None and (kept is not None or target is None):
        forked.discard()  # a page is kept after all, or nothing is reopened
    elif forked is not None:
        handed = forked.take()
        if handed is not None and handed.mode == window.preview.mode:
            kept, shown = handed.page, handed.bundle
    if kept is not None and shown is not None and target is not None:
        window.preview.show_kept_page(shown, kept)
        window.open_after_paint(lambda: _report(window, open_first(window, target, False)))
    else:
        window.start_session()
        _report(window, open_first(window, path, sample))
    return window


def start_application(
    path: Path | None, sample: bool = False, settings_file: str | None = None
) -> tuple[QApplication, Prerender | None]:
    """The QApplication, and the child rendering the first page meanwhile when nothing is kept
    for the article (see prerender.py); before anything of Qt is imported (see run())."""
    from slidewright.ui.preview.prerender import Prerender

    kept = starts_from_kept_page(path, sample)
    forked = None if kept else Prerender.start(path, settings_file, sample)
    return create_application(import_core=not kept and forked is None), forked


def _report(window: MainWindow, opened: bool) -> None:
    if not opened and window.session.last_error:
        print(f"slidewright: {window.session.last_error}", file=sys.stderr)  # for terminal users


def run(path: Path | None, sample: bool = False) -> int:
    app, forked = start_application(path, sample)
    from slidewright.ui.session.settings import Settings

    window = open_window(Settings(), path, sample, forked)  # kept: one nobody holds is deleted
    code = app.exec()
    del window
    return code
