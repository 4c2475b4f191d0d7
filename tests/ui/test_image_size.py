"""One answer to "how big is this picture as shown": the exporters (Pillow) and the preview (Qt's
reader for JPEG, before the first paint) agree for every EXIF orientation and format, so the preview
reserves the same box for a sideways-stored portrait as the published page does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from imagefactory import make_image
from slidewright.fileformat import imagesize as core
from slidewright.ui import imagesize as qt


@pytest.mark.parametrize("suffix", [".jpg", ".png", ".webp"])
def test_qt_and_pillow_give_the_same_shown_size(qapp: Any, tmp_path: Path, suffix: str) -> None:
    for orientation in range(1, 9):
        file = make_image(
            tmp_path / f"o{orientation}{suffix}", (300, 200), exif={0x0112: orientation}
        )
        turned = orientation in (5, 6, 7, 8)
        expected = (200, 300) if turned else (300, 200)
        assert core.shown_size(file) == expected, (suffix, orientation)
        assert qt.shown_size(str(file)) == expected, (suffix, orientation)


def test_an_unreadable_file_has_no_size(qapp: Any, tmp_path: Path) -> None:
    file = tmp_path / "broken.jpg"
    file.write_bytes(b"\xff\xd8 not a picture")
    assert core.shown_size(file) == (0, 0)
    assert qt.shown_size(str(file)) == (0, 0)
