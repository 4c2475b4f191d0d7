"""Which address a saved page's ``<img>`` really shows: lazy loaders, ``srcset`` and
``<picture>`` put the picture elsewhere than ``src`` (used by html.py, htmlshape.py and the
Markdown importer for ``<img>`` tags written into a draft)."""

from __future__ import annotations

import re

from slidewright.importers.htmltree import Element

LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "data-lazy")  # the real picture
SRCSETS = ("data-srcset", "data-lazy-srcset", "srcset")


def _largest(srcset: str) -> str:
    """The widest (or densest) candidate of a ``srcset`` ("a-400.jpg 400w, a-1200.jpg 1200w"):
    the first was taken, the smallest a theme offers."""
    best, size = "", -1.0
    for candidate in srcset.split(","):
        parts = candidate.split()
        if not parts or parts[0].startswith("data:"):
            continue
        descriptor = parts[1] if len(parts) > 1 else "1x"
        try:
            value = float(descriptor[:-1]) if descriptor[-1:] in ("w", "x") else 0.0
        except ValueError:
            value = 0.0
        if value > size:
            best, size = parts[0], value
    return best


# the stand-in a lazy loader puts in src until the picture scrolls into view
_PLACEHOLDER = re.compile(r"(?:placeholder|blank|spacer|lazy|transparent|pixel|loading|grey|gray)"
                          r"[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:$|[?#])", re.I)  # fmt: skip


def image_source(element: Element) -> str:
    """The real address of an image. The src a page was saved with comes first (a page saved
    complete points it at the copy beside it); a lazy loader's stand-in there (a data: URI, a
    ``placeholder.gif``) gives way to data-src (or data-lazy-src…), then to the largest picture
    of a srcset, the image's own or its ``<picture>``'s ``<source>``."""
    src = element.attrs.get("src", "").strip()
    if src and not src.startswith("data:") and not _PLACEHOLDER.search(src):
        return src
    for name in LAZY_SRC:
        value = element.attrs.get(name, "").strip()
        if value and not value.startswith("data:"):
            return value
    sources = [element]
    if element.parent is not None and element.parent.tag == "picture":
        sources += [
            c for c in element.parent.children if isinstance(c, Element) and c.tag == "source"
        ]
    for holder in sources:
        for name in SRCSETS:
            if found := _largest(holder.attrs.get(name, "")):
                return found
    return src
