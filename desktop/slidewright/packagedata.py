"""Package data (templates, CSS/JS, icons, the sample article) read with importlib.resources."""

from __future__ import annotations

import shutil
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path


def resource(*parts: str) -> Traversable:
    node = files("slidewright.resources")
    for part in parts:
        node = node / part
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()


SAMPLE = "harbour-towns"


def copy_sample(target: Path) -> Path:
    """Copy the bundled sample article to ``target`` (a new folder) and return it."""
    with as_file(resource("sample", SAMPLE)) as source:
        shutil.copytree(source, target)
    return target


__all__ = ["as_file", "copy_sample", "read_bytes", "read_text", "resource"]
