"""The one error family Slidewright raises for problems a writer can act on."""

from __future__ import annotations

from pathlib import Path


class SlidewrightError(Exception):
    """Base of every error that carries a message meant for the writer."""


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
