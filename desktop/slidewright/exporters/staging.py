"""A folder export is built beside its target and swapped in whole at the end.

An html-folder, Hugo or Jekyll export writes hundreds of files. Written straight into the
target, a picture that cannot be read half-way, a full disk or Ctrl+C left the folder
half old and half new: a page pointing at renditions that were never written, or a site whose
theme no longer matched its pages. So the export is written into a sibling folder on the same
file system (``.NAME.slidewright-new-XXXXXXXX``) that starts as a copy of the target made of hard
links (instant, no bytes copied), and the two are exchanged by one rename when the export is
complete. Until then the target is untouched; after a failure the sibling is removed and the
error says the folder is as it was.

The target's own files (a site's other pages, its ``.git``) live on in the new folder as the
same files, so the contract of ``target.py`` holds: nothing of the writer's is removed. Because
the copy shares its files with the target, nothing may be written *into* an existing file while
the export runs: every write replaces the file (``safefiles.write_file`` renames a new file over
it, ``ExportTarget.write_copy`` unlinks it first, ExifTool writes a new file). A file the writer
added to the target while the export ran, or saved anew there (and the export did not write), is
moved into the new folder before the old one is deleted.

Where no sibling can be made (the parent folder is read-only, the target is a mount point, the
file system has no hard links) the export writes into the target as before and says that an
interruption would leave it unfinished."""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import glob
import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

from slidewright.errors import SlidewrightError, reason
from slidewright.exporters.target import ExportTarget
from slidewright.i18n import QT_TRANSLATE_NOOP

NEW, OLD = ".slidewright-new-", ".slidewright-old-"
EXCHANGE = 2  # RENAME_EXCHANGE (linux/fs.h): swap two paths in one step
AT_FDCWD = -100


class ExportFailed(SlidewrightError):
    """A folder export stopped before it was complete; the target was left as it was."""


class _NoStaging(Exception):
    """No sibling folder can be built for this target (the export writes in place)."""


def _sibling(final: Path, kind: str) -> Path:
    return final.parent / f".{final.name}{kind}{secrets.token_hex(4)}"


def _link_tree(source: Path, copy: Path) -> dict[str, int]:
    """Fill the empty folder ``copy`` with hard links to every file below ``source`` (folders
    made anew with the same permissions, symbolic links made again, never followed); return
    the paths it made, relative to ``copy``, with the inode each stood for. A folder it cannot
    list stops it (OSError): it would otherwise be copied empty, then deleted with the old
    export."""
    made: dict[str, int] = {}
    pending = [""]
    while pending:
        relative = pending.pop()
        here = os.path.join(source, relative)
        with os.scandir(here) as entries:  # (an entry caches its type: no stat per file)
            for entry in entries:
                name = os.path.join(relative, entry.name) if relative else entry.name
                there = os.path.join(copy, name)
                if entry.is_symlink():
                    os.symlink(os.readlink(entry.path), there)
                elif entry.is_dir(follow_symlinks=False):
                    os.mkdir(there)
                    shutil.copymode(entry.path, there)
                    pending.append(name)
                else:
                    os.link(entry.path, there, follow_symlinks=False)
                made[name.replace(os.sep, "/")] = entry.inode()
    return made


def _prepare(final: Path) -> tuple[Path, dict[str, int]]:
    """The sibling folder the export is written into: empty for a new target, else a hard-link
    copy of it, and the paths the copy holds. Raises :class:`_NoStaging` when none can be
    made."""
    parent = final.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        if final.is_dir() and final.stat().st_dev != parent.stat().st_dev:
            raise _NoStaging(f"{final} is a mount point")
        for stale in parent.glob(f".{glob.escape(final.name)}{NEW}*"):  # one killed mid-way:
            shutil.rmtree(stale, ignore_errors=True)  # a copy of the target, or half a build
        staging = _sibling(final, NEW)
        staging.mkdir()  # the mode the process gives new folders, as a first export had
    except OSError as error:
        raise _NoStaging(reason(error)) from error
    try:
        if not final.is_dir():
            return staging, {}
        shutil.copymode(final, staging)
        return staging, _link_tree(final, staging)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise _NoStaging(reason(error)) from error


def _renameat2() -> Callable[..., int] | None:
    """The C library's ``renameat2`` (Linux, glibc 2.28 and later), else None."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    found: Callable[..., int] | None = getattr(ctypes.CDLL(name, use_errno=True), "renameat2", None)
    return found


def _exchange(staging: Path, final: Path) -> Path | None:
    """Put ``staging`` at ``final``; return where the old target now is (None: there was none).
    One atomic exchange where the system has it (Linux renameat2), else two renames."""
    if not final.exists():
        os.rename(staging, final)
        return None
    renameat2 = _renameat2()
    if renameat2 is not None:
        if renameat2(AT_FDCWD, os.fsencode(staging), AT_FDCWD, os.fsencode(final), EXCHANGE) == 0:
            return staging
        code = ctypes.get_errno()
        if code not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
            raise OSError(code, os.strerror(code), str(final))
    old = _sibling(final, OLD)
    os.rename(final, old)
    try:
        os.rename(staging, final)
    except OSError:
        os.rename(old, final)
        raise
    return old


def _rescue(old: Path, new: Path, copied: dict[str, int]) -> None:
    """Move into ``new`` what the writer saved into the target while the export ran: a file
    that was not there when it began (``copied``: each path's inode then), or one saved anew
    (an editor's save replaces the file) that the export did not write."""
    pending = [""]
    while pending:
        relative = pending.pop()
        with os.scandir(os.path.join(old, relative)) as entries:
            for entry in entries:
                name = os.path.join(relative, entry.name) if relative else entry.name
                there = os.path.join(new, name)
                was = copied.get(name.replace(os.sep, "/"))
                if was is None:
                    if not os.path.lexists(there) and os.path.isdir(os.path.dirname(there)):
                        os.rename(entry.path, there)
                elif entry.is_dir(follow_symlinks=False):
                    pending.append(name)
                elif entry.inode() != was and _inode(there) == was:  # saved anew meanwhile
                    os.replace(entry.path, there)


def _inode(path: str) -> int | None:
    try:
        return os.lstat(path).st_ino
    except OSError:
        return None


def _stopped(error: BaseException, final: Path, existed: bool) -> SlidewrightError:
    """The error a failed export raises: what went wrong, and that the target is as it was."""
    left = (
        QT_TRANSLATE_NOOP("FolderExport", "{folder} is as it was before this export")
        if existed
        else QT_TRANSLATE_NOOP("FolderExport", "nothing was written to {folder}")
    ).format(folder=str(final))
    if isinstance(error, SlidewrightError) and type(error).__str__ is Exception.__str__:
        if len(error.args) == 1 and isinstance(error.args[0], str):
            error.args = (f"{error.args[0]}; {left}",)  # its own kind (refused, strict…)
        return error
    if isinstance(error, SlidewrightError):
        return error
    where = f"{getattr(error, 'filename', None)}: " if getattr(error, "filename", None) else ""
    said = QT_TRANSLATE_NOOP("FolderExport", "the export stopped ({why}); {left}")
    return ExportFailed(said.format(why=where + reason(error), left=left))


def export_staged(
    target: ExportTarget, run: Callable[[ExportTarget], Path], warn: Callable[[str], None]
) -> Path:
    """Run the exporter ``run`` into a sibling of ``target`` and swap it in when it is done;
    return what ``run`` returned, as a path inside the target."""
    final = target.path
    existed = final.is_dir()
    try:
        staging, copied = _prepare(final)
    except _NoStaging as why:
        in_place = QT_TRANSLATE_NOOP(
            "FolderExport",
            "written straight into {folder} ({why}): if the export is interrupted, the folder "
            "holds part of it",
        )
        warn(in_place.format(folder=str(final), why=str(why)))
        return run(target)
    try:
        built = ExportTarget(staging, folder=True)
        written = run(built)
        old = _exchange(staging, final)
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(error, Exception):
            raise _stopped(error, final, existed) from error
        raise  # Ctrl+C: the CLI says what it left
    if old is not None:
        try:
            _rescue(old, final, copied)
        except OSError as error:  # the writer's new files stay where they are, and are named
            kept = QT_TRANSLATE_NOOP(
                "FolderExport",
                "the earlier export was kept at {old}: files saved into {folder} during the "
                "export could not be moved over ({why})",
            )
            warn(kept.format(old=str(old), folder=str(final), why=reason(error)))
        else:
            shutil.rmtree(old, ignore_errors=True)
    target.written = built.written
    try:
        return final / written.relative_to(staging)
    except ValueError:
        return written
