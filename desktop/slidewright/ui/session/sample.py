"""Where the writer's own copy of the bundled sample article lives, and making it.

Apart from article_session.py so that the start's plan (ui/start_plan.py) can ask "is there a copy
to reopen?" without loading the session and the reading stack behind it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from slidewright.packagedata import SAMPLE, copy_sample

INDEX = "index.md"


def sample_copy_location() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Slidewright" / SAMPLE


def existing_sample_copy() -> Path | None:
    """The writer's copy, if it has been made (a first run has none yet)."""
    target = sample_copy_location()
    return target if (target / INDEX).exists() else None


def ensure_sample_copy() -> Path:
    """The writer's own copy of the sample (made once, never overwritten)."""
    target = sample_copy_location()
    if not (target / INDEX).exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_sample(target)
    return target
