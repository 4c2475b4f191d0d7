"""Bringing image files into a bundle: copied beside index.md, named from the slide heading."""

from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path

IMAGES_DIR = "images"


def slugify(text: str, fallback: str = "image") -> str:
    """'Boats Painted by Hand!' -> 'boats-painted-by-hand' (ASCII, for portable file names)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")
    return slug or fallback


def copy_into_bundle(bundle: Path, source: Path, name_hint: str) -> str:
    """Copy ``source`` into ``bundle/images/`` and return its bundle-relative path.

    A file already inside the bundle is used where it is; otherwise it is named from
    ``name_hint`` (the heading), numbered when that name is taken by a different file."""
    root = bundle.resolve()
    resolved = source.resolve()
    if resolved.is_relative_to(root):
        return resolved.relative_to(root).as_posix()
    folder = root / IMAGES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    stem, suffix = slugify(name_hint or source.stem), source.suffix.lower()
    target, n = folder / f"{stem}{suffix}", 2
    while target.exists() and target.read_bytes() != source.read_bytes():
        target, n = folder / f"{stem}-{n}{suffix}", n + 1
    if not target.exists():
        shutil.copy2(source, target)
    return target.relative_to(root).as_posix()
