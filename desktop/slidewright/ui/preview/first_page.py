"""The preview's opening page of an article, kept between runs so the next start paints it at once.

Reading an article and rendering it needs YAML, Markdown and Jinja: over a hundred milliseconds of
imports before the first paint. When the article's ``index.md`` holds exactly the bytes it held
when its page was kept, the window shows that page straight away and reads the article after the
paint. The kept page is only ever a head start: once the article is read, the preview renders it
afresh and reloads unless the fresh page is byte for byte the kept one (Preview.set_document), so
a new Slidewright, a changed image or a changed template never leaves a stale page on screen.

Pages are kept under ``$XDG_CACHE_HOME/slidewright/first-pages/`` (a folder only the writer can
read: pages hold the article's text), named by a digest of the version, the preview mode, the
article's folder and its bytes; the oldest go beyond ``KEEP`` pages. Standard library only: the
start's plan (ui/start_plan.py) looks a page up before anything of Qt's widgets or the reading
stack is imported.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path

from slidewright import __version__
from slidewright.cachedirs import NOBODY_ELSE_READS, private_cache

INDEX = "index.md"
KEEP = 24  # articles whose opening page is kept
MAX_INDEX_BYTES = 20 * 1024 * 1024  # fileformat/bundle.py's MAX_BYTES: no larger article opens
PAGE_NAME = re.compile(r"[0-9a-f]{64}\.html")  # what _name gives: all that pruning may delete


def folder() -> Path | None:
    """The writer's own cache folder for pages, or None when there is no private one."""
    # shared or someone else's: never show a page others could have written (or read it)
    return private_cache("first-pages", NOBODY_ELSE_READS)


def _name(bundle: Path, mode: str) -> str | None:
    """The kept page's name for the article as it is on disk; None when index.md is no regular
    file of sane size (a FIFO would hold the start for ever, /dev/zero fill the memory): the
    opening then says why, as ``slidewright check`` does."""
    from slidewright.fileformat.safeio import read_regular_file

    try:
        text = read_regular_file(bundle / INDEX, MAX_INDEX_BYTES)
    except OSError:
        return None
    where = str(bundle.resolve())  # a copy elsewhere serves other image versions
    digest = hashlib.sha256(f"{__version__}\0{mode}\0{where}\0".encode() + text).hexdigest()
    return f"{digest}.html"


def lookup(bundle: Path, mode: str) -> bytes | None:
    """The page kept for the article as it is on disk now, in this preview mode, if any."""
    where, name = folder(), _name(bundle, mode)
    if where is None or name is None:
        return None
    try:
        return (where / name).read_bytes()
    except OSError:
        return None


def remember(bundle: Path, mode: str, page: bytes) -> None:
    """Keep ``page`` as the opening page of the article on disk now (call it only while the
    open document is the saved one: the name is taken from the file, not from the document)."""
    where, name = folder(), _name(bundle, mode)
    if where is None or name is None:
        return
    try:
        part = where / f".{name}.part"
        part.write_bytes(page)
        os.chmod(part, 0o600)
        os.replace(part, where / name)
        prune(where)
    except OSError:
        pass  # a cache: the next start is merely slower


def _kept_pages(where: Path) -> list[tuple[float, Path]]:
    """(time, file) of every page this module wrote in ``where``: a name it gives (a SHA-256 and
    ``.html``), a regular file (``lstat``: not a link) of this user's. Nothing else is ever
    deleted, whatever the folder holds."""
    found = []
    uid = os.getuid() if hasattr(os, "getuid") else None
    for file in where.iterdir():
        if not PAGE_NAME.fullmatch(file.name):
            continue
        try:
            info = file.lstat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and (uid is None or info.st_uid == uid):
            found.append((info.st_mtime, file))
    return found


def prune(where: Path) -> None:
    """Delete Slidewright's own kept pages beyond the ``KEEP`` newest."""
    pages = sorted(_kept_pages(where), reverse=True)
    for _, old in pages[KEEP:]:
        old.unlink(missing_ok=True)


def forget(bundle: Path) -> None:
    """Drop what is kept for the article (both modes); the benchmark uses it for a cold start."""
    where = folder()
    for mode in ("article", "slideshow"):
        name = _name(bundle, mode)
        if where is not None and name is not None:
            (where / name).unlink(missing_ok=True)
