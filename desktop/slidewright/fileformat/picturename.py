"""The format a picture's file name gives, read one way everywhere.

ExifTool, browsers and file managers read "fog.jpg " (a name ending in spaces, or in a
no-break space) as a JPEG. Every place that decides by name how a picture is cleaned (a drawing
sanitised, a photo's metadata rewritten by ExifTool) or checked must read the name the same
way: when one read "photo.svg " as a drawing and another did not, a JPEG so named was neither
sanitised nor cleaned, and went out with its GPS position and serial numbers.
"""

from __future__ import annotations

from pathlib import PurePath


def name_suffix(name: str | PurePath) -> str:
    """The suffix of ``name`` (a path or a file name) in lower case, without the white space
    the name may end with: ".jpg" for "fog.JPG " and for "fog.jpg\\u00a0"."""
    text = name.name if isinstance(name, PurePath) else PurePath(str(name)).name
    return PurePath(text.rstrip()).suffix.lower()


def looks_like_svg_content(data: bytes) -> bool:
    """Does ``data`` begin as an SVG document does (an XML declaration or an <svg> element)?"""
    head = data[:512].lstrip().lower()
    return head.startswith((b"<svg", b"<?xml")) and b"<svg" in data[:4096].lower()
