"""The read-ahead's child (:mod:`.ahead`): what a forked child does, from its first moment to
``os._exit``.

It imports the C2PA library (~40 ms) while the parent loads the article, then validates the
pictures the parent names, in the check's order, writing one answer a file. The parent names
them only once it has read the article (YAML, Markdown: ~30 ms after the child is ready), so
meanwhile the child guesses: it reads the ``image:`` lines of the article's text itself (a
pattern, no YAML) and validates those files until the parent's list arrives. A wrong guess costs
only the time it took: answers are written in the parent's order, and the parent holds each one
to the bytes it read itself.

The child stops at c2pa-rs's report (JSON text, :func:`read_manifest_report`); the checker turns it
into credentials while the child validates the next picture, since the check goes at the child's
pace (docs/content-credentials.md).
"""

from __future__ import annotations

import os
import re
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NoReturn

from slidewright.credits.ahead_shared import (
    _CHILD,
    _HEADER,
    MAX_FRAME,
    MAX_ORDERS,
    READ_SIZE,
    Validated,
    _Claims,
    _share,
)

GUESS_BYTES = 20 * 1024 * 1024  # fileformat.bundle's limit: a larger index.md is refused anyway
# Linear on any text: no two parts of the pattern can take the same characters (the value's
# trailing blanks are stripped afterwards, not by the pattern).
_IMAGE_LINE = re.compile(r"^[ \t]*(?:-[ \t]+)?image:[ \t]*(\S[^\r\n]*)", re.MULTILINE)


def run(
    answer: int,
    order: int,
    trust_anchors: str,
    claims: _Claims,
    share: tuple[int, int],
    article: str,
) -> NoReturn:
    """The child's whole life: import the C2PA library (meanwhile the parent loads the article),
    validate the pictures the article's text names until the parent's list comes, then the list's
    share, writing each answer; then exit without running anything of the parent's (no atexit, no
    flushing of the parent's buffered output)."""
    code = 1
    try:
        quiet = os.open(os.devnull, os.O_WRONLY)  # the command's output is the parent's alone
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        _import_c2pa()
        early = _guess_ahead(order, article, trust_anchors, claims, share)
        _validate_into(answer, _orders(order), trust_anchors, claims, share, early)
        code = 0
    except BaseException:  # noqa: BLE001, S110 - EPIPE (parent gone), ^C: the parent reads in line
        pass
    finally:
        os._exit(code)


def _import_c2pa() -> None:
    """Import c2pa-python, without the half of its import the child does not need: its
    ``__init__`` asks :mod:`importlib.metadata` for its own version string (``__version__``,
    which nothing here reads), and that module's own imports (email, zipfile, csv…) cost ~20 of
    the ~40 ms. An empty stand-in makes c2pa take its own "unknown" branch; it is removed again,
    and only ever in this short-lived child. Without c2pa, each signed picture says so, as in line."""
    stand_in = "importlib.metadata" not in sys.modules
    if stand_in:
        sys.modules["importlib.metadata"] = types.ModuleType("importlib.metadata")
    try:
        import c2pa  # noqa: F401
    except ImportError:
        pass
    finally:
        if stand_in:
            del sys.modules["importlib.metadata"]


def guessed_pictures(article: str) -> Iterator[str]:
    """The files an article's ``image:`` lines name, in order, resolved as the check resolves
    them, one at a time (resolving 200 paths takes ~13 ms, the time to validate a dozen): a guess
    made without YAML (a block scalar or an escape is missed, a commented-out line taken), so
    only ever a head start. None for anything but a readable index.md."""
    from slidewright.fileformat.images import ImagePaths
    from slidewright.fileformat.safeio import read_regular_file

    if not article:
        return
    index = Path(article)
    if index.is_dir():
        index = index / "index.md"
    try:
        text = read_regular_file(index, GUESS_BYTES).decode("utf-8", "replace")
    except (OSError, ValueError):
        return
    images = (_unquote(match.group(1).rstrip()) for match in _IMAGE_LINE.finditer(text))
    yield from map(str, ImagePaths().pictures(index.parent, images))


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


def _guess_ahead(
    order: int, article: str, trust_anchors: str, claims: _Claims, share: tuple[int, int]
) -> dict[str, Validated | None]:
    """Validate the guessed pictures while the parent's list has not come; what was found."""
    import select

    orders = select.poll()
    orders.register(order, select.POLLIN)
    done: dict[str, Validated | None] = {}
    if orders.poll(0):
        return done
    for file in guessed_pictures(article):
        if orders.poll(0):  # the list (or the parent's end): its order from here
            break
        if file in done or _share(file, share[1]) != share[0]:
            continue
        if claims.mark(file, _CHILD) == _CHILD:
            done[file] = _try_validate(file, trust_anchors)
    return done


def _orders(order: int) -> Iterable[str]:
    """The files the parent sent (:meth:`ReadAhead.send`), as the check finds them."""
    import pickle

    from slidewright.fileformat.images import ImagePaths

    message = bytearray()
    while chunk := os.read(order, READ_SIZE):
        message += chunk
        if len(message) > MAX_ORDERS:
            raise ValueError("too many pictures to read ahead")
    os.close(order)
    bundle, images = pickle.loads(message)  # noqa: S301 - from the parent, see ahead._answer
    if not bundle:
        return list(map(str, images))
    return map(str, ImagePaths().pictures(bundle, images))


def _validate_into(
    fd: int,
    files: Iterable[str],
    trust_anchors: str,
    claims: _Claims,
    share: tuple[int, int],
    early: dict[str, Validated | None],
) -> None:
    import pickle

    seen: set[str] = set()
    for file in files:
        if file in seen or _share(file, share[1]) != share[0]:
            continue
        seen.add(file)
        if file in early:  # validated on a guess (the parent's list was still to come)
            found = early.pop(file)
        elif claims.mark(file, _CHILD) == _CHILD:  # else the parent reads it in line
            found = _try_validate(file, trust_anchors)
        else:
            found = None
        # Every file has its frame, None for nothing to say: the parent waiting for a file the
        # child found plain (changed since) stops there, and keeps the answers after it.
        frame = pickle.dumps((file, found), protocol=pickle.HIGHEST_PROTOCOL)
        if len(frame) > MAX_FRAME:
            frame = pickle.dumps((file, None), protocol=pickle.HIGHEST_PROTOCOL)
        if len(frame) <= MAX_FRAME:
            data = memoryview(len(frame).to_bytes(_HEADER, "big") + frame)
            while data:  # waits while the pipe is full: the parent has not caught up
                data = data[os.write(fd, data) :]


def _try_validate(file: str, trust_anchors: str) -> Validated | None:
    from slidewright.fileformat.images import ImageProblem

    try:
        return _validate(file, trust_anchors)
    except (ImageProblem, OSError, ValueError):  # the checker reads it in line and says why
        return None


def _validate(file: str, trust_anchors: str) -> Validated | None:
    """None when the file's bytes hold no manifest (nothing to do ahead)."""
    import hashlib

    from slidewright.fileformat.images import read_image_bytes
    from slidewright.provenance import reader as provenance

    raw = read_image_bytes(file)  # refuses a FIFO, a device, a file of insane size
    if not provenance.has_manifest(raw):
        return None
    image_format = provenance.sniff_format(raw)
    mime = provenance.MIME_TYPES.get(image_format, "")
    if not mime:  # a container the reader does not read: the checker says so in line
        return None
    digest = hashlib.sha256(raw).hexdigest()
    return Validated(
        digest, mime, provenance.read_manifest_report(raw, image_format, trust_anchors)
    )
