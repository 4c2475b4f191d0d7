"""Image files of a bundle: which path names a usable file (one rule for the credit checker, the
exports and the thumbnails), and bringing new images in, named from the slide heading."""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from slidewright.errors import SlidewrightError
from slidewright.fileformat.safeio import UnsafeFile, describe_kind, read_regular_file
from slidewright.urls import is_local, is_remote

IMAGES_DIR = "images"
MAX_IMAGE_BYTES = 200 * 1024 * 1024  # larger than any photo a page would show


ProblemKind = Literal["none", "remote", "outside", "missing", "unreadable"]


class ImageProblem(SlidewrightError):
    """Why an article image path names no usable file.

    ``kind`` is one of none | remote | outside | missing | unreadable (the credit checker's
    image states); ``reason`` is a sentence for the writer (may be empty)."""

    def __init__(self, kind: ProblemKind, reason: str = "") -> None:
        super().__init__(reason or kind)
        self.kind = kind
        self.reason = reason


# What a one-line message cannot show as it is: line breaks and tabs (which a terminal line turns
# into spaces). Escape sequences and other control characters are the terminal's to drop.
_BREAKS = re.compile("[\n\r\t\v\f\x85\u2028\u2029]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown_path(path: str) -> str:
    """``path`` as a message shows it, unambiguous on one line: as written when it is plain,
    else in quotes with its line breaks and tabs as escapes. An ``image: |`` block keeps a line
    break after the name, which a terminal line showed as a space (``pics/a.jpg  is not in the
    article folder``); here it reads ``"pics/a.jpg\\n"``."""
    if not _BREAKS.search(path) and path == path.strip():
        return path
    inner = _BREAKS.sub(
        lambda m: _ESCAPES.get(m.group(), f"\\u{ord(m.group()):04x}"),
        path.replace("\\", "\\\\").replace('"', '\\"'),
    )
    return f'"{inner}"'


def bundle_image(bundle: Path | str, path: str) -> Path:
    """The regular file inside ``bundle`` that image path ``path`` names, symlinks resolved.

    Raises :class:`ImageProblem`: ``none`` (empty), ``remote`` (http/https), ``outside`` (absolute,
    ``..``, or a symlink leading out of the bundle), ``missing`` (no such file, a folder, a NUL in the name) and
    ``unreadable`` (a pipe, device or socket, or larger than
    :data:`MAX_IMAGE_BYTES`). Never opens the file, so it cannot hang on a FIFO."""
    if not path.strip():
        raise ImageProblem("none")
    if is_remote(path):
        raise ImageProblem("remote")
    if not is_local(path):
        raise ImageProblem("outside", f"{path} is outside the article folder")
    if "\0" in path:  # a NUL names no file (and os calls would raise ValueError)
        raise ImageProblem("missing", "the image path contains a NUL character")
    root = Path(os.path.realpath(bundle))
    # "images\fog.jpg" names images/fog.jpg, as for browsers and for Save As (safefiles.contained)
    file = Path(os.path.realpath(root / path.replace("\\", "/")))
    if not file.is_relative_to(root):
        raise ImageProblem("outside", f"{path} leads outside the article folder (a link)")
    try:
        info = file.stat()
    except OSError:
        raise ImageProblem("missing", f"{path} is not in the article folder") from None
    if not stat.S_ISREG(info.st_mode):
        if stat.S_ISDIR(info.st_mode):
            raise ImageProblem("missing", f"{path} is a folder, not an image")
        raise ImageProblem(
            "unreadable", f"{path} is {describe_kind(info.st_mode)}, not an image file"
        )
    if info.st_size > MAX_IMAGE_BYTES:
        raise ImageProblem("unreadable", f"{path} is larger than {MAX_IMAGE_BYTES >> 20} MB")
    return file


def read_image_bytes(file: Path | str) -> bytes:
    """The bytes of an image file found by :func:`bundle_image` (re-checked on the open file)."""
    try:
        return read_regular_file(file, MAX_IMAGE_BYTES)
    except UnsafeFile as error:
        raise ImageProblem("unreadable", f"{Path(file).name} {error.reason}") from None


# Letters that are no accented Latin letter, so that taking accents off (NFKD) would drop them
# ("Große Überfahrten" made "groe-uberfahrten"): written as their languages spell them in ASCII
_SPELLED = str.maketrans(
    {"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
     "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i"}
)  # fmt: skip


def slugify(text: str, fallback: str = "image") -> str:
    """'Boats Painted by Hand!' -> 'boats-painted-by-hand' (ASCII, for portable file names)."""
    text = text.translate(_SPELLED)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")
    return slug or fallback


def copy_into_bundle(bundle: Path, source: Path, name_hint: str) -> str:
    """Copy ``source`` into ``bundle/images/`` and return its bundle-relative path.

    A file already inside the bundle is used where it is. Anything else must decode as a web
    image (an SVG comes in sanitised) and is written as a new, ordinary file (not its mode, not
    a link), named from ``name_hint`` (the heading) with the suffix its content deserves,
    numbered when that name is taken by a different file. Raises ImageRefused, or
    ImageProblem for a pipe, a device or a file too large (refused before it is read)."""
    from slidewright.fileformat.imagecheck import read_image
    from slidewright.fileformat.safefiles import atomic_write

    root = bundle.resolve()
    resolved = source.resolve()
    if resolved.is_relative_to(root) and resolved.is_file():
        return resolved.relative_to(root).as_posix()
    read_image_bytes(source)  # regular and of sane size, or refused at once (never a pipe)
    data, suffix = read_image(source)
    folder = root / IMAGES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    stem = slugify(name_hint or source.stem)
    target, n = folder / f"{stem}{suffix}", 2
    while os.path.lexists(target) and not _holds(target, data):
        target, n = folder / f"{stem}-{n}{suffix}", n + 1
    if not os.path.lexists(target):
        atomic_write(target, data, 0o644)
    return target.relative_to(root).as_posix()


def _holds(file: Path, data: bytes) -> bool:
    """``file`` is a regular file with exactly ``data`` (a pipe or a folder never is)."""
    try:
        return read_image_bytes(file) == data
    except (ImageProblem, OSError):
        return False


class ImagePaths:
    """:func:`bundle_image` with a memory, for the checker, which looks at every slide's image
    on every check (a thousand-slide article: a thousand realpath walks per keystroke's check).

    A remembered answer is used again only when the path, opened as named now, reaches a regular
    file with the same device, inode, size and modification time as the file approved before:
    one ``lstat``. A folder on the way swapped for a link elsewhere, a link as the image, a file
    replaced or changed: any of these fails the comparison and the full check runs again."""

    LIMIT = 20_000  # remembered paths (forgotten all at once beyond it)

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], tuple[Path, tuple[int, int, int, int]]] = {}

    def resolve(self, bundle: Path | str, path: str) -> Path:
        """As :func:`bundle_image` (the same answers, the same :class:`ImageProblem`)."""
        key = (str(bundle), path)
        known = self._known.get(key)
        if known is not None:
            try:
                info = os.lstat(os.path.join(key[0], path.replace("\\", "/")))
            except (OSError, ValueError):
                info = None
            if info is not None and stat.S_ISREG(info.st_mode) and _identity(info) == known[1]:
                return known[0]
            del self._known[key]
        file = bundle_image(bundle, path)
        if len(self._known) >= self.LIMIT:
            self._known.clear()
        self._known[key] = (file, _identity(file.stat()))
        return file

    def pictures(self, bundle: Path | str, paths: Iterable[str]) -> Iterator[Path]:
        """The files the image paths name, in their order, as :meth:`resolve` finds them (a path
        it refuses is left out): the pictures a check opens, and which its read-ahead
        validates first (:mod:`slidewright.credits.ahead`)."""
        for path in paths:
            if path:
                try:
                    yield self.resolve(bundle, path)
                except (ImageProblem, OSError, ValueError):
                    continue


def _identity(info: os.stat_result) -> tuple[int, int, int, int]:
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns
