"""Is the article being opened open in another Slidewright window too?

Two windows on one article each hold their own copy of it; the second to save finds the file
changed under it and has to choose a version (disk_conflict.py), which no writer expects from
opening an article twice by mistake. So a window says so when it opens an article another
window has open: each session leaves a mark beside its recovery copies (the owner-only folder of
recovery.py) while an article is open in it, naming its process. A mark whose process has ended
(a crash, a killed window) is stale: it is ignored and removed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from slidewright.ui.session import recovery  # (its folder looked up each time: tests move it)
from slidewright.ui.session.recovery import PRIVATE, key_of, make_private, process_alive

SUFFIX = ".open"


def _host() -> str:
    """This computer's name (os.uname: the socket module would cost the start 6 ms)."""
    uname = getattr(os, "uname", None)
    return str(uname().nodename) if uname is not None else os.environ.get("COMPUTERNAME", "")


class OpenMarks:
    """The mark of the article open in one session (``owner``: the session's recovery owner)."""

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self._marked: Path | None = None

    def _file(self, bundle: Path, owner: str) -> Path:
        return recovery.recovery_dir() / f"{key_of(bundle)}-{owner}{SUFFIX}"

    def mark(self, bundle: Path | None) -> None:
        """This session has ``bundle`` open now (None: no article); the earlier mark goes."""
        self.unmark()
        if bundle is None:
            return
        file = self._file(bundle, self.owner)
        mark = {"pid": os.getpid(), "host": _host(), "bundle": str(bundle)}
        try:
            make_private(recovery.recovery_dir())
            # written plainly, not atomically (no fsync: this runs while the window is being
            # built); a mark cut short by a crash is not read as one, and goes with its process
            handle = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
            with os.fdopen(handle, "wb") as out:
                out.write(json.dumps(mark).encode("utf-8"))
        except OSError:
            return  # a full or read-only disk costs the notice only, never the opening
        self._marked = file

    def unmark(self) -> None:
        if self._marked is not None:
            self._marked.unlink(missing_ok=True)
            self._marked = None

    def elsewhere(self, bundle: Path) -> int | None:
        """The process of another window that has ``bundle`` open on this computer, if any."""
        here = _host()
        own = self._file(bundle, self.owner)
        try:
            marks = sorted(recovery.recovery_dir().glob(f"{key_of(bundle)}-*{SUFFIX}"))
        except OSError:
            return None
        for file in marks:
            if file == own:
                continue
            try:
                mark = json.loads(file.read_text(encoding="utf-8"))
                pid, host = int(mark.get("pid", 0)), str(mark.get("host", ""))
            except (OSError, ValueError, TypeError, AttributeError):
                continue  # not a mark this version wrote: left alone
            if host != here or pid == os.getpid():
                continue  # another computer's (a shared home folder) cannot be checked
            if process_alive(pid):
                return pid
            file.unlink(missing_ok=True)  # its window has ended
        return None

    def notice(self, bundle: Path, title: str) -> tuple[str, str] | None:
        """The notice's title and text when another window has ``bundle`` (``title``) open."""
        pid = self.elsewhere(bundle)
        if pid is None:
            return None
        text = QCoreApplication.translate(
            "OpenElsewhere",
            "“{title}” is open in another Slidewright window too (process {pid}). Edit it in "
            "one window only: when both save, the later save finds the file changed and asks "
            "which version to keep.",
        )
        heading = QCoreApplication.translate("OpenElsewhere", "Open in another window")
        return heading, text.format(title=title, pid=pid)
