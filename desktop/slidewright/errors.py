"""The one error family Slidewright raises for problems a writer can act on."""

from __future__ import annotations

from pathlib import Path


class SlidewrightError(Exception):
    """Base of every error that carries a message meant for the writer."""


def reason(error: BaseException) -> str:
    """What went wrong, in the words the system gives (an OSError's strerror) when it has them."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


class FormatError(SlidewrightError):
    """An article file that cannot be read: says which file, where, and what is wrong."""

    def __init__(
        self,
        path: Path | str | None,
        message: str,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.message = message
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = str(self.path) if self.path is not None else "<article>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class SaveConflictError(SlidewrightError):
    """The file on disk changed since it was loaded; saving would lose someone's edits."""


class SaveError(SlidewrightError):
    """Nothing was saved: what would be written could not be read back as the same article.

    The file on disk is untouched; the message names the file and the problem."""


class UnsafePathError(SlidewrightError):
    """A path that would read or write outside the folder it must stay in (``..``, absolute,
    ``file:`` or a symlink pointing away); refused before anything is touched."""


class TargetExistsError(SlidewrightError):
    """The chosen target holds files Slidewright did not write. Replacing them needs the writer's
    yes: the CLI's ``--force``, or ``force=True`` after the window has asked."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        self.message = message
        super().__init__(f"{path}: {message}")


class ImageConflictError(TargetExistsError):
    """Save As would overwrite images in the new folder that differ from the article's own;
    ``images`` lists them (bundle-relative). Retry with ``replace=True`` once the writer agrees."""

    def __init__(self, path: Path | str, images: list[str]) -> None:
        self.images = images
        shown = ", ".join(images[:5]) + (f" and {len(images) - 5} more" if len(images) > 5 else "")
        super().__init__(path, f"already holds different images with the same names: {shown}")
