"""Where the app keeps its own files: ``~/.local/share/Slidewright/`` (the XDG data folder).

Qt's AppDataLocation joins the organisation *and* the application name, and both are
"Slidewright", so earlier versions wrote to ``~/.local/share/Slidewright/Slidewright/``. The
folder is now the generic data location plus one "Slidewright"; files an earlier version left
in the doubled folder are still read (:func:`legacy_data_dir`), so no personal word and no
recovery copy is lost by the move.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

APP_FOLDER = "Slidewright"


def data_dir() -> Path:
    """``$XDG_DATA_HOME/Slidewright`` (``~/.local/share/Slidewright`` by default)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base or Path.home() / ".local" / "share") / APP_FOLDER


def legacy_data_dir() -> Path | None:
    """The doubled folder earlier versions wrote to, when it differs from :func:`data_dir`."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not base or Path(base) == data_dir():
        return None
    return Path(base)
