"""A saved page of thousands of pictures imports in bounded time, and its summary names a few
of the pictures it could not copy and counts the rest (5,000 missing pictures made a summary of
260 KB, one line each)."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright.cli import main
from slidewright.importers import parse_source
from slidewright.importers.localimages import MAX_LISTED


def test_thousands_of_missing_pictures_are_named_a_few_and_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "many.html"
    page.write_text(
        "<h1>Many</h1>"
        + "".join(f"<h2>Pic {i}</h2><img src='pics/{i}.jpg'><p>Credit: X</p>" for i in range(3000))
    )
    assert main(["import", str(page), "-o", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "imported 3000 slides" in out
    dropped = next(line for line in out.splitlines() if line.startswith("dropped:"))
    assert dropped.count("not found beside") == MAX_LISTED + 1
    assert dropped.endswith(f"and {3000 - MAX_LISTED:,} more images not found beside many.html")


def test_lazy_placeholders_are_counted_too(tmp_path: Path) -> None:
    page = tmp_path / "lazy.html"
    page.write_text(
        "<h1>Lazy</h1>"
        + "".join(f"<h2>Pic {i}</h2><img src='data:image/gif;base64,R0lGOD'>" for i in range(40))
    )
    dropped = parse_source(page).dropped
    assert len([d for d in dropped if "data:" in d]) == MAX_LISTED + 1
    assert "and 35 more inline data: images" in dropped
