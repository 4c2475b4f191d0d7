"""Text an export cannot write: a NUL character in any field.

No file name, command-line argument (ExifTool writes the credits into pictures) or metadata
field can hold a NUL; one in a credit made the export stop half-way with ``ValueError: embedded
null byte`` after some files were written. Every field is looked at before the target is touched,
and an article holding one is refused with the field and the line of ``index.md`` it is on.
(An image *path* with a NUL names no file: the export reports that image as missing instead.)
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from slidewright.exporters.options import ExportRefused
from slidewright.model import Article

PATH_FIELDS = {"image"}  # a NUL there names no file: reported as a missing image


def _texts(value: Any, where: str) -> Iterator[tuple[str, str]]:
    """(field, text) for every text in ``value``, a model object or what its extras hold."""
    if isinstance(value, str):
        yield where, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            if item.name not in PATH_FIELDS:
                name = "" if item.name == "extra" else item.name  # kept keys: as written
                inner = ".".join(part for part in (where, name) if part)
                yield from _texts(getattr(value, item.name), inner)
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _texts(str(key), f"{where} key")
            yield from _texts(inner, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list | tuple):
        for n, inner in enumerate(value, 1):
            yield from _texts(inner, f"{where}[{n}]")


def _line(bundle: Path, text: str) -> str:
    """``index.md:LINE`` where the field holding ``text`` is (found by its longest piece
    without the NUL, which the file holds as an escape), or the file alone."""
    index = bundle / "index.md"
    piece = max(text.split("\0"), key=len).strip()[:60]
    try:
        lines = index.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return str(index)
    found = next((n for n, line in enumerate(lines, 1) if piece and piece in line), 0)
    return f"{index}:{found}" if found else str(index)


def refuse_unwritable_text(article: Article, bundle: Path) -> None:
    """ExportRefused naming the first field with a NUL character (and its line), else None."""
    for where, text in _texts(article, ""):
        if "\0" in text:
            slide = re.fullmatch(r"slides\[(\d+)\]\.(.+)", where)
            field = f"the {slide[2]} of slide {slide[1]}" if slide else f"the field {where}"
            raise ExportRefused(
                f"{_line(bundle, text)}: {field} contains a NUL character, which no file or "
                "picture metadata can hold; remove it (nothing was exported)"
            )
