"""A first open's opening page, rendered by a forked copy of the app while Qt starts.

With no kept page (first_page.py) the first paint used to wait for the reading and rendering
stack (YAML, Markdown, Jinja: about a tenth of a second of imports), then for reading and
rendering the article, all on the one thread that also loads Qt and builds the window. On Linux
the app forks first, before Qt or any thread exists: the child imports that stack, reads and
renders the opening page on another core, hands it over a pipe and exits, while the parent loads
Qt and builds the window. The parent shows the page as it shows a kept one, so the child only
ever gives a head start: the article is read again in the parent after the paint and its page
replaces the child's unless byte for byte the same. No fork (another system, threads already
running), a child that fails or one slower than ``TIMEOUT_S``: the ordinary start.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

TIMEOUT_S = 3.0  # beyond this the parent reads the article itself


@dataclass(frozen=True)
class Prerendered:
    bundle: Path  # the article's folder, as the window's document will have it
    mode: str  # the preview mode the page was rendered in
    page: bytes


class Prerender:
    """The forked child and the read end of its pipe; ``take()`` once, or ``discard()``."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid, self.fd = pid, fd
        self.exit_code: int | None = None  # once reaped: 0 a page, 1 none, -9 stopped here

    @classmethod
    def start(
        cls, path: Path | None, settings_file: str | None = None, sample: bool = False
    ) -> Prerender | None:
        """Fork the child for ``path`` (None: the article the window will reopen, from the
        settings, or with ``sample`` the writer's copy of the sample; ``settings_file``: an INI
        file instead of the user's settings)."""
        if not sys.platform.startswith("linux") or threading.active_count() > 1:
            return None  # fork without exec is only safe before any thread exists
        if "PySide6" in sys.modules:
            return None  # nor once Qt is loaded: its threads are not Python's to count
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return None
        if pid == 0:  # the child: render, hand over, leave without running the parent's exits
            os.close(read_end)
            quiet = os.open(os.devnull, os.O_WRONLY)
            os.dup2(quiet, 2)  # the window reads the article again and reports its problems
            code = 1
            try:
                with os.fdopen(write_end, "wb") as out:
                    out.write(_render(path, settings_file, sample))
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        return cls(pid, read_end)

    def take(self, timeout: float = TIMEOUT_S) -> Prerendered | None:
        """The child's page, waiting at most ``timeout`` seconds; None if it has none."""
        chunks: list[bytes] = []
        deadline = time.monotonic() + timeout
        try:
            while (left := deadline - time.monotonic()) > 0:
                ready, _, _ = select.select([self.fd], [], [], left)
                if not ready:
                    break
                chunk = os.read(self.fd, 1 << 20)
                if not chunk:
                    return _parse(b"".join(chunks))
                chunks.append(chunk)
            return None  # too slow: the parent reads the article itself
        finally:
            self.discard()

    def discard(self) -> None:
        """Stop the child if it still runs, and reap it (a page kept from before was found)."""
        if self.fd < 0:
            return
        os.close(self.fd)
        self.fd = -1
        finished, status = os.waitpid(self.pid, os.WNOHANG)
        if not finished:  # still at work: not wanted any more
            os.kill(self.pid, signal.SIGKILL)
            finished, status = os.waitpid(self.pid, 0)
        self.exit_code = os.waitstatus_to_exitcode(status)


def _parse(data: bytes) -> Prerendered | None:
    head, _, page = data.partition(b"\n")
    try:
        about = json.loads(head)
        return Prerendered(Path(about["bundle"]), str(about["mode"]), page) if page else None
    except (ValueError, KeyError, TypeError):
        return None


def _render(path: Path | None, settings_file: str | None, sample: bool) -> bytes:
    """In the child: one JSON line (folder, mode), then the opening page; nothing if there is
    no article to reopen (the window will make the sample's copy and open that)."""
    # The reading and rendering stack first, and the article when it is named: PySide's import
    # hook makes every import after it slower (see ui/app.py: import_core_first).
    from slidewright.fileformat.bundle import bundle_dir, load_article
    from slidewright.render import render_page  # noqa: F401  (imported here for that reason)

    article = load_article(path) if path is not None else None
    from PySide6.QtCore import QCoreApplication, QSettings

    from slidewright.ui.session.settings import Settings

    QCoreApplication.setOrganizationName("Slidewright")  # the settings the window will read
    QCoreApplication.setApplicationName("Slidewright")
    ini = QSettings(settings_file, QSettings.Format.IniFormat) if settings_file else None
    settings = Settings(ini)
    if path is not None:
        target: Path | None = path
    elif sample:
        from slidewright.ui.session.sample import existing_sample_copy

        target = existing_sample_copy()
    else:
        target = settings.last_article()
    if target is None:
        return b""
    from slidewright.ui.preview.render import opening_page

    mode = settings.preview_mode()
    bundle = bundle_dir(target)  # as the window's document will have it
    article = article if article is not None else load_article(target)
    page, _partial = opening_page(article, bundle, mode)
    head = json.dumps({"bundle": str(bundle), "mode": mode}).encode("utf-8")
    return head + b"\n" + page
