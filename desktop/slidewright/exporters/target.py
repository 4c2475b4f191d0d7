"""Where an export may write, decided before anything is written.

An export writes only inside the target the writer chose (a file, or a folder for html-folder,
hugo and jekyll); every path below it is resolved and checked, whatever the article's image paths
say. It refuses a target inside the article's own folder (``-o ART/index.md`` would replace the
article) and one that holds files Slidewright did not write, unless told to replace them
(``force``): the CLI's ``--force``, or the window after asking."""

from __future__ import annotations

from pathlib import Path

from slidewright.errors import SlidewrightError, TargetExistsError
from slidewright.fileformat.safefiles import FILE_MODE, atomic_write, write_file

MARKER = ".slidewright-export"  # left in an export folder: writing there again needs no --force
MARKER_TEXT = b"Written by Slidewright's export; Slidewright may write into this folder again.\n"
OUR_FILE_SIGNS = (b'<meta name="generator" content="Slidewright', b"<generator>Slidewright")


class ExportTarget:
    """The checked destination of one export; ``write`` places files only inside it."""

    def __init__(self, output: Path, folder: bool) -> None:
        self.output = output
        self.path = output.resolve()
        self.folder = folder

    def write(self, relative: str | Path, data: bytes) -> Path:
        """Write a file of a folder export (``relative`` to the folder, never leaving it)."""
        return write_file(self.path, relative, data)

    def write_whole(self, data: bytes) -> Path:
        """Write the single file of a file export."""
        atomic_write(self.path, data, FILE_MODE)
        return self.path

    def mark(self) -> None:
        """Leave the marker that says this folder is an export of ours."""
        if self.folder and not (self.path / MARKER).exists():
            self.write(MARKER, MARKER_TEXT)


def _written_by_us(file: Path) -> bool:
    try:
        with file.open("rb") as handle:
            head = handle.read(8192)
    except OSError:
        return False
    return any(sign in head for sign in OUR_FILE_SIGNS)


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
    else:
        if out.is_dir():
            raise SlidewrightError(f"{output}: a folder; this export makes a file")
        if out.exists() and not _written_by_us(out) and not force:
            raise TargetExistsError(
                output,
                "already exists and was not written by Slidewright; choose another name, or "
                "replace it",
            )
    return ExportTarget(output, folder)
