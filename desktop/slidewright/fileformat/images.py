"""Bringing image files into a bundle: copied beside index.md, named from the slide heading."""

from __future__ import annotations

import re
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

    A file already inside the bundle is used where it is. Anything else must decode as a web
    image (an SVG comes in sanitised) and is written as a new, ordinary file (not its mode, not
    a link), named from ``name_hint`` (the heading) with the suffix its content deserves,
    numbered when that name is taken by a different file. Raises ImageRefused otherwise."""
    from slidewright.fileformat.imagecheck import read_image
    from slidewright.fileformat.safefiles import atomic_write

    root = bundle.resolve()
    resolved = source.resolve()
    if resolved.is_relative_to(root) and resolved.is_file():
        return resolved.relative_to(root).as_posix()
    data, suffix = read_image(source)
    folder = root / IMAGES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    stem = slugify(name_hint or source.stem)
    target, n = folder / f"{stem}{suffix}", 2
    while target.exists() and target.read_bytes() != data:
        target, n = folder / f"{stem}-{n}{suffix}", n + 1
    if not target.exists():
        atomic_write(target, data, 0o644)
    return target.relative_to(root).as_posix()
