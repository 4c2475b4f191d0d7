"""Importing, on a thread of its own, the core modules the window's second step needs, once the
preview has painted and the UI thread waits for its frame to reach the screen.

After the first paint the UI thread waits a moment (MainWindow.complete starts 50 ms later, so
that the page's frame reaches the screen first). Step two (MainWindow.complete) then imports the
checker's findings, spelling and history (on a reopening the reading stack too: YAML, Markdown,
Jinja), each needed before the writer can type. Imported here first, they are in ``sys.modules``
by the time step two asks for them (an import under way when it asks is waited for, not repeated).
It starts once the page has painted (ui/app.py: open_window), while the UI thread waits for the
frame to reach the screen: started beside the first paint, it made the paint later (it competes
with QtWebEngine's processes for the CPU; measured), and a reopening's kept page paints before
anything of the reading stack is loaded, not even beside it (tests/ui/test_kept_page.py).

Only the core is imported here: it never imports Qt (tests/test_layers.py), so nothing of Qt is
touched off the UI thread. While the thread runs, Python's switch interval is shortened, so that
the UI thread's few calls into Python (the page's bridge, the URL scheme) get their turn at once.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Iterable

# What step two imports, the article's reading first (needed first). Core packages only.
STEP_TWO_CORE = (
    "slidewright.fileformat.bundle",  # the package itself loads it on first use
    "slidewright.render",
    "slidewright.model.search",
    "slidewright.credits.findings",
    "slidewright.credits.metadata",
    "slidewright.spelling",
    "slidewright.history",
)
SWITCH_S = 0.0005  # Python's switch interval while the thread imports (default 0.005)


def is_core(name: str) -> bool:
    """A module of the Qt-free core (tests/test_layers.py holds it to that)."""
    return name.startswith("slidewright.") and not name.startswith(
        ("slidewright.ui", "slidewright.cli")
    )


_running: threading.Thread | None = None


def start(names: Iterable[str] = STEP_TWO_CORE) -> threading.Thread | None:
    """Import ``names`` on a daemon thread (None when all are imported already; the thread
    already at it when one is)."""
    global _running
    names = list(names)
    if not all(is_core(name) for name in names):
        raise ValueError("only the Qt-free core is imported off the UI thread")
    if _running is not None and _running.is_alive():
        return _running
    wanted = [name for name in names if name not in sys.modules]
    if not wanted:
        return None
    interval = sys.getswitchinterval()

    def run() -> None:
        try:
            for name in wanted:
                try:
                    importlib.import_module(name)
                except Exception:  # noqa: BLE001 - step two imports it again and reports it
                    return
        finally:
            sys.setswitchinterval(interval)

    sys.setswitchinterval(min(interval, SWITCH_S))
    _running = threading.Thread(target=run, name="read-ahead", daemon=True)
    _running.start()
    return _running
