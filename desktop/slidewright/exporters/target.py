"""Where an export may write, decided before anything is written.

An export writes only inside the target the writer chose (a file, or a folder for html-folder,
hugo and jekyll); every path below it is resolved and checked, whatever the article's image paths
say. It refuses a target inside the article's own folder (``-o ART/index.md`` would replace the
article) and one that holds files Slidewright did not write, unless told to replace them
(``force``): the CLI's ``--force``, or the window after asking."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from slidewright.errors import SlidewrightError, TargetExistsError, UnsafePathError
from slidewright.fileformat.safefiles import FILE_MODE, atomic_write, contained, write_file

MARKER = ".slidewright-export"  # in an export folder: what Slidewright wrote there, by digest
MARKER_TEXT = b"Written by Slidewright's export; Slidewright may write into this folder again.\n"
STAMP = b"<!-- slidewright:sha256="  # ends a file export: the digest of everything before it
MAX_STAMPED = 512 * 1024 * 1024  # larger files are not read to check their stamp
MAX_MARKER = 64 * 1024 * 1024  # the list of files an export wrote (a line each)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ExportTarget:
    """The checked destination of one export; ``write`` places files only inside it."""

    def __init__(self, output: Path, folder: bool) -> None:
        self.output = output
        self.path = output.resolve()
        self.folder = folder
        self.written: dict[str, str] = {}  # relative path -> digest, for the folder's marker
        self._folders: dict[str, Path] = {}  # write_copy's resolved folders

    def write(self, relative: str | Path, data: bytes, record: bool = True) -> Path:
        """Write a file of a folder export (``relative`` to the folder, never leaving it).
        ``record=False`` for a file written once and then the writer's (a site's config)."""
        written = write_file(self.path, relative, data)
        if record:
            self.written[written.relative_to(self.path).as_posix()] = _digest(data)
        return written

    def refresh(self, relative: str | Path) -> None:
        """Record a written file again after it was changed in place (credits written into an
        image), so that the next export does not take the change for the writer's edit."""
        file = self.path / relative
        self.written[file.relative_to(self.path).as_posix()] = _digest(file.read_bytes())

    def write_copy(self, relative: str, data: bytes) -> Path:
        """Write a file that can be made again from its source at any time (a picture's
        rendition), faster than ``write``: its folder is resolved once and checked to be inside
        the target, the file is written in place (never through a link: O_NOFOLLOW) and not
        flushed to disk one by one. An fsync and a temporary file per file made a 200-picture
        export's 1,600 renditions take seconds. A folder export is written beside its target
        and swapped in when complete (exporters/staging.py), so a crash leaves no such file."""
        folder_name, _, name = relative.rpartition("/")
        if not name or name in (".", "..") or "\\" in name:
            raise UnsafePathError(f"{relative}: not a file name inside {self.path}")
        folder = self._folders.get(folder_name)
        if folder is None:
            folder = contained(self.path, folder_name) if folder_name else self.path
            folder.mkdir(parents=True, exist_ok=True)
            folder = self._folders[folder_name] = contained(self.path, folder_name or ".")
        destination = folder / name
        try:  # replaced, never written through: a link, or a file a staged export shares
            destination.unlink()  # with the previous export (exporters/staging.py)
        except FileNotFoundError:
            pass
        except OSError:
            if destination.is_dir():
                raise UnsafePathError(f"{destination}: a folder is in the way of a file") from None
            raise
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(destination, flags, FILE_MODE)
        except IsADirectoryError:
            raise UnsafePathError(f"{destination}: a folder is in the way of a file") from None
        except OSError as error:  # ELOOP: a link planted there since we looked
            raise UnsafePathError(f"{destination}: cannot be written ({error.strerror})") from None
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            os.fchmod(handle.fileno(), FILE_MODE)  # an existing file's mode is not kept
        self.written[destination.relative_to(self.path).as_posix()] = _digest(data)
        return destination

    def record(self, written: Path) -> None:
        """``refresh`` for a file named by its path (rights metadata written into a picture)."""
        self.refresh(written.relative_to(self.path))

    def write_whole(self, data: bytes) -> Path:
        """Write the single file of a file export, stamped with its digest, so that a later
        export knows whether the writer has edited it since (then it asks before replacing)."""
        stamp = STAMP + _digest(data).encode() + b" -->\n"
        atomic_write(self.path, data + stamp, FILE_MODE)
        return self.path

    def mark(self) -> None:
        """Leave the marker that says this folder is an export of ours, with the digest of
        every file written, so that a later export notices files edited by hand."""
        if not self.folder:
            return
        known = dict(_marker_entries(self.path))
        known.update(self.written)
        lines = [MARKER_TEXT.decode()] + [f"{d}  {name}\n" for name, d in sorted(known.items())]
        write_file(self.path, MARKER, "".join(lines).encode())


def _marker_entries(folder: Path) -> list[tuple[str, str]]:
    from slidewright.fileformat.safeio import read_regular_file

    try:  # someone else's folder may hold a FIFO by that name: never waited on
        text = read_regular_file(folder / MARKER, MAX_MARKER).decode("utf-8", errors="replace")
    except OSError:
        return []
    entries = []
    for line in text.splitlines()[1:]:
        digest, _, name = line.partition("  ")
        if len(digest) == 64 and name:
            entries.append((name, digest))
    return entries


def _edited_since_export(folder: Path) -> list[str]:
    """Files of an earlier export into ``folder`` that are no longer what Slidewright wrote."""
    from slidewright.fileformat.safeio import read_regular_file

    edited = []
    for name, digest in _marker_entries(folder):
        file = folder / name
        try:
            if file.is_file() and file.stat().st_size <= MAX_STAMPED:
                if _digest(read_regular_file(file, MAX_STAMPED)) != digest:
                    edited.append(name)
        except OSError:
            continue
    return edited


def _written_by_us(file: Path) -> bool:
    """True when ``file`` is a file export of ours, unchanged since: it ends with the stamp of
    the digest of all that comes before it."""
    from slidewright.fileformat.safeio import read_regular_file

    try:  # a FIFO or a device there (size 0) is not read: no export of ours, and never a hang
        data = read_regular_file(file, MAX_STAMPED)
    except OSError:
        return False
    at = data.rfind(STAMP)
    if at < 0:
        return False
    recorded = data[at + len(STAMP) :].split(b" ", 1)[0]
    return recorded == _digest(data[:at]).encode()


def check_target(bundle: Path, output: Path, folder: bool, force: bool = False) -> ExportTarget:
    """The target for exporting the article in ``bundle`` to ``output``, or an error saying why
    not: inside the article's folder or holding it (always refused), the wrong kind of thing
    (a file where a folder goes, or the reverse), or someone else's files (TargetExistsError
    unless ``force``)."""
    root, out = bundle.resolve(), output.resolve()
    if out == root or out.is_relative_to(root):
        raise SlidewrightError(
            f"{output}: inside the article's own folder {bundle}; the export would overwrite "
            "the article's files. Choose a place outside it"
        )
    if root.is_relative_to(out):
        raise SlidewrightError(
            f"{output}: holds the article's folder {bundle}; choose a folder outside it"
        )
    if folder:
        if out.exists() and not out.is_dir():
            raise SlidewrightError(f"{output}: a file; this export makes a folder")
        if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file() and not force:
            raise TargetExistsError(
                output,
                "a folder with files Slidewright did not write; choose an empty folder, or "
                "let the export replace same-named files in it",
            )
        edited = _edited_since_export(out) if out.is_dir() and not force else []
        if edited:
            shown = ", ".join(edited[:5]) + (
                f" and {len(edited) - 5} more" if len(edited) > 5 else ""
            )
            raise TargetExistsError(
                output,
                f"files of an earlier export were edited since Slidewright wrote them ({shown}); "
                "choose another folder, or replace them",
            )
    else:
        if out.is_dir():
            raise SlidewrightError(f"{output}: a folder; this export makes a file")
        if out.exists() and not _written_by_us(out) and not force:
            raise TargetExistsError(
                output,
                "already exists and is not an unchanged export of Slidewright's (written by "
                "another program, or edited since); choose another name, or replace it",
            )
    return ExportTarget(output, folder)


def size_summary(to: str, written: Path) -> str:
    """ " (2.1 MB)" after a single-file export's path, for its summary: a page that inlines its
    pictures is mailed and uploaded whole, so its weight is news; "" for a site or folder."""
    if to not in ("html", "rss"):
        return ""
    try:
        size = written.stat().st_size
    except OSError:
        return ""
    return f" ({size / 1e6:.1f} MB)" if size >= 100_000 else f" ({max(1, round(size / 1e3))} kB)"
