"""Only regular files of sane size are opened as index.md: pipes, devices and folders are a
FormatError at once, never a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from slidewright import load_article
from slidewright.errors import FormatError
from slidewright.fileformat import bundle, file_digest


@pytest.mark.timeout(20)
def test_fifo_index_md_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "index.md")
    with pytest.raises(FormatError, match="pipe"):
        load_article(tmp_path)
    assert file_digest(tmp_path) == "unreadable"  # a save's conflict check does not wait either


@pytest.mark.timeout(20)
@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_link_to_a_device_is_refused(tmp_path: Path) -> None:
    (tmp_path / "index.md").symlink_to("/dev/zero")
    with pytest.raises(FormatError, match="is a device"):
        load_article(tmp_path)
    with pytest.raises(FormatError, match="is a device"):
        load_article("/dev/zero")


def test_folder_named_index_md_is_refused(tmp_path: Path) -> None:
    (tmp_path / "index.md").mkdir()
    with pytest.raises(FormatError, match="is a folder"):
        load_article(tmp_path)


def test_too_large_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle, "MAX_BYTES", 100)
    (tmp_path / "index.md").write_text("---\ntitle: T\n---\n" + "x" * 200, encoding="utf-8")
    with pytest.raises(FormatError, match="too large"):
        load_article(tmp_path)


def test_nul_in_the_name_is_a_format_error(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="NUL"):
        load_article(str(tmp_path) + "/in\0dex.md")
