"""Package data (templates, CSS/JS, icons, the sample article) read with importlib.resources."""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    node = files("slidewright.resources")
    for part in parts:
        node = node / part
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()


__all__ = ["as_file", "read_bytes", "read_text", "resource"]
