"""Text an export cannot write into a picture: a NUL character in a slide's or a read-more
item's fields.

No command-line argument (ExifTool writes a slide's credit, creator, alt text, licence... into its
pictures) or metadata field can hold a NUL; one in a credit made the export stop half-way with
``ValueError: embedded null byte`` after some files were written. The fields that go with a
picture (every field of a slide but its body, kept keys included; every field of a read-more
item) are looked at before the target is touched, and an article holding one is refused with the
field and the line of ``index.md`` it is on. Texts that only go into pages and feeds (title,
bodies) lose the NUL as every other control character (the renderer and the feed drop them); an
image *path* with a NUL names no file, so the export reports that image as missing instead.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from slidewright.exporters.options import ExportRefused
from slidewright.model import Article

SKIPPED = {"image", "body"}  # a path (reported as missing), and page text (never in a picture)


def _texts(value: Any, where: str) -> Iterator[tuple[str, str]]:
    """(field, text) for every text in ``value``, a model object or what its extras hold."""
    if isinstance(value, str):
        yield where, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            if item.name not in SKIPPED:
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
    """ExportRefused naming the first picture field with a NUL character (and its line)."""
    items = article.read_more.items if article.read_more else []
    found = [*_texts(article.slides, "slides"), *_texts(items, "read more items")]
    for where, text in found:
        if "\0" in text:
            place = re.fullmatch(r"(slides|read more items)\[(\d+)\]\.(.+)", where)
            kind = "slide" if place and place[1] == "slides" else "read-more item"
            field = f"the {place[3]} of {kind} {place[2]}" if place else f"the field {where}"
            raise ExportRefused(
                f"{_line(bundle, text)}: {field} contains a NUL character, which no file or "
                "picture metadata can hold; remove it (nothing was exported)"
            )
