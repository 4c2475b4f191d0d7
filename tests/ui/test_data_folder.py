"""The app's own files live in ~/.local/share/Slidewright/ (as the README says), not in the
doubled Slidewright/Slidewright/ folder Qt's AppDataLocation gives; old files are still read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths

from slidewright.ui import datafolder
from slidewright.ui.editing import spelling
from slidewright.ui.session import recovery

REAL_RECOVERY_DIR = recovery.recovery_dir  # taken before the autouse fixture replaces it
REAL_LEGACY_RECOVERY_DIR = recovery.legacy_recovery_dir


@pytest.fixture
def named_app(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The names app.py gives the application (both "Slidewright"), and the real folders."""
    before = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("Slidewright")
    QCoreApplication.setApplicationName("Slidewright")
    monkeypatch.setattr(recovery, "recovery_dir", REAL_RECOVERY_DIR)
    monkeypatch.setattr(recovery, "legacy_recovery_dir", REAL_LEGACY_RECOVERY_DIR)
    yield
    QCoreApplication.setOrganizationName(before[0])
    QCoreApplication.setApplicationName(before[1])


def generic() -> Path:
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    )


def test_personal_words_and_recovery_are_in_one_slidewright_folder(named_app: None) -> None:
    assert datafolder.data_dir() == generic() / "Slidewright"
    assert str(datafolder.data_dir()).endswith("share/Slidewright")
    assert spelling.personal_words_file().parent == generic() / "Slidewright"
    assert recovery.recovery_dir() == generic() / "Slidewright" / "recovery"
    assert "Slidewright/Slidewright" not in str(recovery.recovery_dir())


def test_the_doubled_folder_of_earlier_versions_is_known_as_the_old_place(
    named_app: None,
) -> None:
    assert datafolder.legacy_data_dir() == generic() / "Slidewright" / "Slidewright"
    assert recovery.legacy_recovery_dir() == generic() / "Slidewright" / "Slidewright" / "recovery"


def test_personal_words_from_the_old_folder_come_along(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new, old = (
        tmp_path / "share" / "Slidewright",
        tmp_path / "share" / "Slidewright" / "Slidewright",
    )
    old.mkdir(parents=True)
    (old / "personal-words.txt").write_text("Okafor\nHurtigruten\n", encoding="utf-8")
    monkeypatch.setattr(spelling, "data_dir", lambda: new)
    monkeypatch.setattr(spelling, "legacy_data_dir", lambda: old)
    words = spelling.personal_words_file()
    assert words == new / "personal-words.txt"
    assert words.read_text(encoding="utf-8") == "Okafor\nHurtigruten\n"
    assert (old / "personal-words.txt").is_file()  # the old file is left as it was

    words.write_text("Okafor\nHurtigruten\nLofoten\n", encoding="utf-8")  # a word added since
    assert spelling.personal_words_file().read_text(encoding="utf-8").endswith("Lofoten\n")
