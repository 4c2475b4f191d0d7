"""The preview and the editor's thumbnails keep the same bound as check and the exports
(fileformat/imagebounds.py): a 144-megapixel picture is not shown, and the preview says why."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

from slidewright.ui.editing.thumbnails import ThumbnailCache
from slidewright.ui.preview.render import preview_image


def huge_png(file: Path, width: int = 12_000, height: int = 12_000) -> None:
    """A valid 1-bit PNG of ``width`` × ``height`` black pixels (a small file)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = bytes(height * (1 + (width + 7) // 8))
    file.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 1))
        + chunk(b"IEND", b"")
    )


def test_a_144_megapixel_picture_is_not_shown_in_the_preview_or_as_a_thumbnail(
    qtbot: Any, sample_bundle: Path
) -> None:
    huge_png(sample_bundle / "images" / "huge.png")
    ref = preview_image(sample_bundle, "images/huge.png")
    assert ref.url is None
    assert ref.note.startswith("Image not shown: images/huge.png: 12000×12000 px is more than")

    thumbnails = ThumbnailCache()
    assert thumbnails.get(sample_bundle, "images/huge.png") is thumbnails.placeholder()
    shown = thumbnails.get(sample_bundle, "images/fog.jpg")
    assert shown is not thumbnails.placeholder() and not shown.isNull()
