"""What kind of address an image path or link is: remote, inside the bundle, or safe to link.

Beneath both the file format (fileformat/images.py resolves local images) and the renderer (which
writes links and image URLs), so that neither imports the other for three small questions about
a string. Standard library only."""

from __future__ import annotations

from urllib.parse import urlsplit


def is_remote(path: str) -> bool:
    return urlsplit(path).scheme in ("http", "https") or path.startswith("//")


def is_local(path: str) -> bool:
    """A path inside the bundle: relative, no scheme, never climbing out with '..'."""
    if not path or is_remote(path) or urlsplit(path).scheme or path.startswith(("/", "\\")):
        return False
    parts = path.replace("\\", "/").split("/")
    return ".." not in parts


def safe_url(url: str) -> str:
    """``url`` when a browser would treat it as a link or page (http, https, mailto, relative);
    "" for anything that could run code (``javascript:``, ``data:``, ``vbscript:``…)."""
    cleaned = "".join(ch for ch in url if ch > " ")
    return (
        url.strip() if urlsplit(cleaned).scheme.lower() in ("", "http", "https", "mailto") else ""
    )
