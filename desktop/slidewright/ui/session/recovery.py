"""Crash recovery: unsaved changes are copied aside every few seconds, never over the article.

Each copy belongs to one open session (an owner id and the process id are written beside it), so
two windows on the same article never delete or offer each other's copies. Saving, discarding or
closing cleanly removes a session's own copy; opening an article offers a copy left by a session
whose process has ended. A copy that cannot be read is kept, and the writer is told where it is.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from slidewright.errors import SlidewrightError
from slidewright.fileformat.bundle import atomic_write, format_article, parse_article
from slidewright.model import Article

INTERVAL_MS = 15_000
_LIVE_OWNERS: set[str] = set()  # sessions open in this process


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".local" / "share" / "Slidewright") / "recovery"


def _key(bundle: Path) -> str:
    return hashlib.sha256(str(bundle.resolve()).encode()).hexdigest()[:24]


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


@dataclass
class LeftCopy:
    """A copy left by a session that ended without saving."""

    text_file: Path
    meta_file: Path
    article: Article | None  # None: the copy could not be read
    saved: float
    base_digest: str | None  # the digest of index.md the edits were made on
    problem: str = ""

    def remove(self) -> None:
        self.text_file.unlink(missing_ok=True)
        self.meta_file.unlink(missing_ok=True)


class RecoveryStore:
    """One session's recovery copies."""

    def __init__(self) -> None:
        self.owner = os.urandom(6).hex()  # random, like uuid4's; uuid costs start-up time
        _LIVE_OWNERS.add(self.owner)

    def close(self) -> None:
        _LIVE_OWNERS.discard(self.owner)

    def _files(self, bundle: Path, owner: str | None = None) -> tuple[Path, Path]:
        stem = f"{_key(bundle)}-{owner or self.owner}"
        return recovery_dir() / f"{stem}.md", recovery_dir() / f"{stem}.json"

    def write(self, article: Article, bundle: Path, base_digest: str | None) -> None:
        """Copy ``article`` aside; raises OSError or SlidewrightError when that fails."""
        text, meta = self._files(bundle)
        recovery_dir().mkdir(parents=True, exist_ok=True)
        atomic_write(text, format_article(article).encode("utf-8"))
        atomic_write(
            meta,
            json.dumps(
                {
                    "bundle": str(bundle),
                    "saved": time.time(),
                    "owner": self.owner,
                    "pid": os.getpid(),
                    "base_digest": base_digest,
                }
            ).encode(),
        )

    def discard(self, bundle: Path) -> None:
        """Remove this session's own copy for ``bundle`` (never another session's)."""
        for file in self._files(bundle):
            file.unlink(missing_ok=True)

    def left_copies(self, bundle: Path) -> list[LeftCopy]:
        """Copies for ``bundle`` whose session has ended, newest first."""
        found = []
        for meta_file in recovery_dir().glob(f"{_key(bundle)}-*.json"):
            text_file = meta_file.with_suffix(".md")
            try:
                meta = json.loads(meta_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                meta = {}
            owner, pid = str(meta.get("owner", "")), int(meta.get("pid", 0) or 0)
            if owner == self.owner or owner in _LIVE_OWNERS:
                continue
            if pid != os.getpid() and _process_alive(pid):
                continue  # another window in another process is still working on it
            if not text_file.exists():
                continue
            article, problem = None, ""
            try:
                article = parse_article(text_file.read_text(encoding="utf-8"), text_file)
            except (OSError, UnicodeDecodeError) as error:
                problem = str(error)
            except SlidewrightError as error:
                problem = str(error)
            found.append(
                LeftCopy(
                    text_file,
                    meta_file,
                    article,
                    float(meta.get("saved", 0) or text_file.stat().st_mtime),
                    meta.get("base_digest"),
                    problem,
                )
            )
        return sorted(found, key=lambda copy: copy.saved, reverse=True)
