"""Importing, on a thread of its own, the core modules the window's second step needs, once the
preview has painted and the UI thread waits for its frame to reach the screen.

After the first paint the UI thread waits a moment (MainWindow.complete starts 50 ms later, so
that the page's frame reaches the screen first). Step two (MainWindow.complete) then imports the
checker's findings, spelling and history (on a reopening the article's reading too: YAML), each
needed before the writer can type. Not the rendering stack (Markdown, Jinja, the sanitiser): on a
reopening the kept page is compared with the article only once the whole window is on screen
(Preview.release), and imported here it took Python's lock from step two. Imported here first,
the others are in ``sys.modules`` by the time step two asks for them (an import under way when it
asks is waited for, not repeated).
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
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from slidewright.model import Article

Reading = tuple["Article", Path, "str | None"]  # what ui/editing/document.read returns

# What step two imports, the article's reading first (needed first). Core packages only.
STEP_TWO_CORE = (
    "slidewright.fileformat.bundle",  # the package itself loads it on first use
    "slidewright.model.search",
    "slidewright.credits.findings",
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
_reads: dict[Path, tuple[threading.Event, list[Reading]]] = {}  # by take_read()


def start(
    names: Iterable[str] = STEP_TWO_CORE, article: Path | None = None
) -> threading.Thread | None:
    """Import ``names`` on a daemon thread (None when all are imported already; the thread
    already at it when one is). ``article``: read it first (a reopening: step two opens it;
    the read is handed over by take_read)."""
    global _running
    names = list(names)
    if not all(is_core(name) for name in names):
        raise ValueError("only the Qt-free core is imported off the UI thread")
    if _running is not None and _running.is_alive():
        return _running
    wanted = [name for name in names if name not in sys.modules]
    if not wanted and article is None:
        return None
    interval = sys.getswitchinterval()
    if article is not None:
        _reads[article] = (threading.Event(), [])

    def run() -> None:
        try:
            if article is not None:
                _read(article)
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


def running() -> bool:
    """The thread is at work (importing, or reading the article)."""
    return _running is not None and _running.is_alive()


def _read(path: Path) -> None:
    """On the thread: read ``path`` as step two's opening would (core functions only)."""
    done, found = _reads[path]
    try:
        from slidewright.fileformat import bundle

        found.append((bundle.load_article(path), bundle.bundle_dir(path), bundle.file_digest(path)))
    except Exception:  # noqa: BLE001 - the opening reads it again and says why
        pass
    finally:
        done.set()


def hand_over(path: Path, reading: Reading) -> None:
    """A read made before the paint (a first open, ui/app.py: with_fresh_page), for step two's
    opening to take as it takes the thread's (take_read: only while the file is unchanged)."""
    done = threading.Event()
    done.set()
    _reads[path] = (done, [reading])


def take_read(path: Path) -> Reading | None:
    """What the thread read of ``path`` (waiting for it if the read is under way), once, if
    the file on disk is still the one it read; else None (read it again)."""
    entry = _reads.pop(path, None)
    if entry is None:
        return None
    done, found = entry
    done.wait()
    if not found:
        return None
    from slidewright.fileformat import bundle

    digest = found[0][2]
    return found[0] if digest is not None and bundle.file_digest(path) == digest else None
