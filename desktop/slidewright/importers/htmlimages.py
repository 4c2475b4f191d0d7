"""Which address a saved page's ``<img>`` really shows: lazy loaders, ``srcset`` and
``<picture>`` put the picture elsewhere than ``src`` (used by html.py, htmlshape.py and the
Markdown importer for ``<img>`` tags written into a draft)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from slidewright.importers.htmltree import Element

LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "data-lazy")  # the real picture
SRCSETS = ("data-srcset", "data-lazy-srcset", "srcset")
# bytes of the local file an address names, None when the page has no such file beside it
OnDisk = Callable[[str], "int | None"]


@dataclass(frozen=True)
class _Candidate:
    src: str
    width: float = 0.0  # a "1600w" descriptor
    density: float = 1.0  # a "2x" descriptor; no descriptor is 1x
    from_source: bool = False  # a <picture>'s <source>, not the <img> fallback


def _candidates(srcset: str, from_source: bool) -> list[_Candidate]:
    """Every picture a ``srcset`` offers ("a-400.jpg 400w, a-1200.jpg 1200w")."""
    found = []
    for candidate in srcset.split(","):
        parts = candidate.split()
        if not parts or parts[0].startswith("data:"):
            continue
        descriptor = parts[1].lower() if len(parts) > 1 else ""
        try:
            value = float(descriptor[:-1]) if descriptor[-1:] in ("w", "x") else 0.0
        except ValueError:
            value = 0.0
        width = value if descriptor.endswith("w") else 0.0
        density = value if descriptor.endswith("x") else 1.0
        found.append(_Candidate(parts[0], width, density, from_source))
    return found


# the stand-in a lazy loader puts in src until the picture scrolls into view
_PLACEHOLDER = re.compile(r"(?:placeholder|blank|spacer|lazy|transparent|pixel|loading|grey|gray)"
                          r"[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:$|[?#])", re.I)  # fmt: skip


def _largest(candidates: list[_Candidate], on_disk: OnDisk | None) -> str:
    """The biggest picture offered: by width descriptor, else density, else a ``<source>``
    over the ``<img>`` fallback (which a browser shows only when no source fits), else the
    largest file on disk. A srcset's first entry is the smallest a theme offers."""

    def size(candidate: _Candidate) -> int:
        return (on_disk(candidate.src) or 0) if on_disk is not None else 0

    best = max(candidates, key=lambda c: (c.width, c.density, c.from_source, size(c)))
    return best.src


def image_source(element: Element, on_disk: OnDisk | None = None) -> str:
    """The real address of an image. A lazy loader's ``data-src`` (or data-lazy-src…) naming
    a file the page has comes first, whatever src holds: src is then a stand-in (a 1×1 gif
    has no telling name). Otherwise the largest of src and every srcset candidate (the
    image's own, its ``<picture>``'s ``<source>``) that the saved page has beside it; a page
    saved complete points only some addresses at its copies, the rest stay on the web.
    ``on_disk`` answers which files the page has; without it, the largest candidate."""
    src = element.attrs.get("src", "").strip()
    lazy = ""
    for name in LAZY_SRC:
        value = element.attrs.get(name, "").strip()
        if value and not value.startswith("data:"):
            lazy = value
            break
    if lazy and on_disk is not None and on_disk(lazy) is not None:
        return lazy
    real_src = bool(src) and not src.startswith("data:") and not _PLACEHOLDER.search(src)
    if lazy and not real_src:
        return lazy
    candidates = [_Candidate(src)] if real_src else []
    holders = [(element, False)]
    if element.parent is not None and element.parent.tag == "picture":
        holders += [
            (c, True)
            for c in element.parent.children
            if isinstance(c, Element) and c.tag == "source"
        ]
    for holder, from_source in holders:
        for name in SRCSETS:
            candidates += _candidates(holder.attrs.get(name, ""), from_source)
    if on_disk is not None:
        present = [c for c in candidates if on_disk(c.src) is not None]
        if present:
            return _largest(present, on_disk)
    return _largest(candidates, on_disk) if candidates else src
