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
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from slidewright.errors import SlidewrightError
from slidewright.fileformat.bundle import format_article, parse_article
from slidewright.fileformat.safefiles import atomic_write
from slidewright.model import Article
from slidewright.ui.datafolder import data_dir, legacy_data_dir

INTERVAL_MS = 15_000
PRIVATE = 0o600  # a copy's mode: the writer's unsaved text, for the writer only
_LIVE_OWNERS: set[str] = set()  # sessions open in this process


def recovery_dir() -> Path:
    """``~/.local/share/Slidewright/recovery``: where this version writes its copies."""
    return data_dir() / "recovery"


def legacy_recovery_dir() -> Path | None:
    """Where earlier versions wrote them (the doubled ``Slidewright/Slidewright`` folder): still
    searched, so a copy left before an upgrade is offered like any other."""
    legacy = legacy_data_dir()
    return None if legacy is None else legacy / "recovery"


def make_private(folder: Path | None) -> None:
    """``folder`` made (or tightened, when an earlier version made it 0755) owner-only, with every
    copy in it 0600: a recovery copy holds the writer's unsaved text, which the page cache keeps
    owner-only too. Only regular files are changed; links and others' files are left alone."""
    if folder is None:
        return
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        return
    os.chmod(folder, 0o700)
    for file in folder.iterdir():
        try:
            info = file.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid() and info.st_mode & 0o077:
                os.chmod(file, 0o600)
        except OSError:
            continue


def key_of(bundle: Path) -> str:
    return hashlib.sha256(str(bundle.resolve()).encode()).hexdigest()[:24]


def process_alive(pid: int) -> bool:
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


def restore_question(left: LeftCopy, digest: str | None, file_name: str) -> str:
    """What the "Restore unsaved changes?" prompt says about ``left``.

    When the file on disk is not the one the edits were made on, something else wrote it since
    (another program or window: Slidewright's own save removes the copy), and the writer is told
    so in those words, not as if they had saved it themselves."""
    title = left.article.title if left.article is not None else ""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(left.saved))
    changed = left.base_digest is not None and left.base_digest != digest
    if changed:
        text = QCoreApplication.translate(
            "Recovery",
            "Slidewright kept unsaved changes to “{title}” from {when}; that session ended "
            "without saving them.\n\n{file} has changed on disk since these edits were made "
            "(another program or window wrote it). Restoring puts your edits in place of what "
            "the file holds now; Undo brings the file's version back.\n\nRestore them? You can "
            "undo the restore, and nothing is saved until you save. Discarding deletes the kept "
            "copy.",
        )
    else:
        text = QCoreApplication.translate(
            "Recovery",
            "Slidewright kept unsaved changes to “{title}” from {when}; that session ended "
            "without saving them.\n\nRestore them? You can undo the restore, and nothing "
            "is saved until you save. Discarding deletes the kept copy.",
        )
    return text.format(title=title, when=when, file=file_name)


class RecoveryStore:
    """One session's recovery copies."""

    def __init__(self) -> None:
        self.owner = os.urandom(6).hex()  # random, like uuid4's; uuid costs start-up time
        _LIVE_OWNERS.add(self.owner)
        self._private = False  # the folder made owner-only (once per session)

    def close(self) -> None:
        _LIVE_OWNERS.discard(self.owner)

    def _files(self, bundle: Path, owner: str | None = None) -> tuple[Path, Path]:
        stem = f"{key_of(bundle)}-{owner or self.owner}"
        return recovery_dir() / f"{stem}.md", recovery_dir() / f"{stem}.json"

    def write(self, article: Article, bundle: Path, base_digest: str | None) -> None:
        """Copy ``article`` aside; raises OSError or SlidewrightError when that fails."""
        text, meta = self._files(bundle)
        if not self._private:
            make_private(recovery_dir())
            legacy = legacy_recovery_dir()
            make_private(legacy if legacy is not None and legacy.is_dir() else None)
            self._private = True
        atomic_write(text, format_article(article, notes=True).encode("utf-8"), PRIVATE)
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
            PRIVATE,
        )

    def discard(self, bundle: Path) -> None:
        """Remove this session's own copy for ``bundle`` (never another session's)."""
        for file in self._files(bundle):
            file.unlink(missing_ok=True)

    def left_copies(self, bundle: Path) -> list[LeftCopy]:
        """Copies for ``bundle`` whose session has ended, newest first."""
        found = []
        folders = [recovery_dir(), legacy_recovery_dir()]
        metas = [m for f in folders if f is not None for m in f.glob(f"{key_of(bundle)}-*.json")]
        for meta_file in metas:
            text_file = meta_file.with_suffix(".md")
            try:
                meta = json.loads(meta_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                meta = {}
            owner, pid = str(meta.get("owner", "")), int(meta.get("pid", 0) or 0)
            if owner == self.owner or owner in _LIVE_OWNERS:
                continue
            if pid != os.getpid() and process_alive(pid):
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
