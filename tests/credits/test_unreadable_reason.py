"""An unreadable picture's finding says why in words, never with a Python object's address."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from slidewright.cli import main


def test_a_broken_gif_is_named_without_python_internals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "gallery"
    (bundle / "images").mkdir(parents=True)
    screen = b"GIF89a" + struct.pack("<HH", 10, 10) + b"\x00\x00\x00"
    (bundle / "images" / "x.gif").write_bytes(screen + b"\x21\xff\x0bXMP DataXMP" + b"A" * 4096)
    (bundle / "index.md").write_text(
        "---\ntitle: T\nlang: en\nslides:\n- heading: H\n  image: images/x.gif\n  alt: a\n"
        "  credit: Jean Dupont/AFP\n---\nIntro.\n",
        "utf-8",
    )
    main(["check", str(bundle)])
    said = capsys.readouterr().out
    assert "image-unreadable" in said and "cannot identify image file" in said
    assert "object at 0x" not in said and "_io." not in said
