"""Reading and writing a page bundle: a folder with ``index.md`` and the article's images."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import yaml
from yaml.nodes import Node

from slidewright.errors import (
    FormatError,
    ImageConflictError,
    SaveConflictError,
    SaveError,
    UnsafePathError,
)
from slidewright.fileformat import yamlio
from slidewright.fileformat.parse import INDEX, parse_article, parse_article_placed

__all__ = [  # what the rest of Slidewright imports from here; INDEX and the parsers live in parse
    "INDEX",
    "MAX_BYTES",
    "bundle_dir",
    "copy_images",
    "file_digest",
    "format_article",
    "index_path",
    "load_article",
    "load_article_placed",
    "local_images",
    "loses_on_save",
    "normalise_image_paths",
    "parse_article",
    "read_index",
    "save_article",
    "would_write",
]
from slidewright.fileformat.preserve import keep_writers_text, lost_lines
from slidewright.fileformat.safefiles import atomic_write, contained, is_plain_relative, write_file
from slidewright.fileformat.safeio import UnsafeFile, read_regular_file
from slidewright.fileformat.serialize import article_mapping
from slidewright.model import Article

MAX_BYTES = 20 * 1024 * 1024  # an index.md this large is not an article a person wrote


def index_path(path: Path | str) -> Path:
    """``index.md`` for a bundle folder, or the file itself when given a Markdown file."""
    path = Path(path)
    if path.is_dir() or (not path.suffix and not path.exists()):
        return path / INDEX
    return path


def bundle_dir(path: Path | str) -> Path:
    return index_path(path).parent


def _decode(file: Path, raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FormatError(
            file, "is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8 "
            "and open it again", 1, 1,
        )  # fmt: skip
    try:
        # more byte order marks: an editor that adds one to a file that had one (str.lstrip:
        # linear however many there are)
        return raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise FormatError(
            file,
            f"is not UTF-8 text (byte 0x{raw[exc.start]:02x}); save it as UTF-8 and open it again",
            line,
            column,
        ) from None


def format_article(article: Article, *, notes: bool = False) -> str:
    """The canonical text of ``index.md`` for ``article``. The editor's notes are written only
    with ``notes=True`` (saving the article itself, a recovery copy, a history version): a page
    bundle made for a site (Hugo, Jekyll) is written without them."""
    text = "---\n" + yamlio.dump(article_mapping(article, notes)) + "---\n"
    if article.intro:
        text += article.intro + "\n"
    return text


def read_index(path: Path | str) -> tuple[Path, bytes]:
    """The bytes of the article file, read only when it is a regular file under
    :data:`MAX_BYTES`: a FIFO, ``/dev/zero``, a folder or a link to a device is a FormatError
    at once (opened with ``O_NONBLOCK`` and checked with ``fstat``, so nothing waits)."""
    file = index_path(path)
    if "\0" in str(file):
        raise FormatError(file, "the file name contains a NUL character")
    try:
        return file, read_regular_file(file, MAX_BYTES)
    except FileNotFoundError:
        if Path(path).is_dir():
            raise FormatError(
                file, "not found: the folder is not an article bundle (no index.md)"
            ) from None
        raise FormatError(file, "not found") from None
    except UnsafeFile as error:
        if "more than" in error.reason or "grew past" in error.reason:
            raise FormatError(file, f"{error.reason}: too large to be an article") from None
        raise FormatError(file, f"{error.reason}; an article is a text file") from None
    except OSError as exc:
        raise FormatError(file, f"cannot be read: {exc.strerror or exc}") from None


def load_article(path: Path | str) -> Article:
    """Load the article in bundle folder ``path`` (or the Markdown file ``path``)."""
    return load_article_placed(path)[0]


def load_article_placed(path: Path | str) -> tuple[Article, Path, Node]:
    """The article, its file and its front matter's nodes (:func:`parse_article_placed`)."""
    file, raw = read_index(path)
    article, node = parse_article_placed(_decode(file, raw), file)
    return article, file, node


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path | str) -> str | None:
    """SHA-256 of the file now on disk, or None when there is none."""
    try:
        return digest(read_regular_file(index_path(path), MAX_BYTES))
    except FileNotFoundError:
        return None
    except OSError:  # not a regular file (or unreadable): it differs from anything we loaded
        return "unreadable"


def write_target(file: Path) -> Path:
    """Where saving ``file`` writes: through a symlinked ``index.md`` to the file it points at,
    so the link stays a link (a writer's article may live elsewhere, linked into a site)."""
    return Path(os.path.realpath(file)) if os.path.islink(file) else file


def _canonical(article: Article, file: Path) -> str:
    """The canonical text; SaveError when the article cannot be written as YAML at all (nested
    too deeply, a value YAML cannot hold)."""
    try:
        return format_article(article, notes=True)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError) as error:
        reason = "it is nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise SaveError(f"{file}: not saved: the article cannot be written ({reason})") from None


def _read_back_check(file: Path, article: Article, canonical: str) -> Callable[[bytes], None]:
    def verify(written: bytes) -> None:
        try:
            again = parse_article(_decode(file, written), file)
        except FormatError as error:
            where = f" (line {error.line})" if error.line else ""
            raise SaveError(
                f"{file}: not saved: Slidewright could not open the result again{where}: "
                f"{error.message}. The file on disk is unchanged."
            ) from None
        if (
            again != article and format_article(again, notes=True) != canonical
        ):  # (NaN is never equal)
            raise SaveError(
                f"{file}: not saved: the result would read back differently. "
                "The file on disk is unchanged."
            )

    return verify


def _old_text(file: Path) -> str | None:
    """The text being replaced, to keep the writer's comments and spellings from; None if
    there is none or it cannot be read."""
    try:
        return _decode(file, read_regular_file(file, MAX_BYTES))
    except (OSError, FormatError):
        return None


def _text_to_write(article: Article, file: Path, keep_from: Path | None) -> tuple[str, str]:
    """(the text to write, the canonical text it must read back as)."""
    canonical = _canonical(article, file)
    old = _old_text(index_path(keep_from) if keep_from is not None else file)
    return keep_writers_text(old, canonical), canonical


def save_article(
    article: Article,
    path: Path | str,
    expected_digest: str | None = None,
    keep_from: Path | str | None = None,
) -> str:
    """Save ``article`` to bundle ``path``; returns the digest of what was written.

    With ``expected_digest`` (what was loaded), refuse to overwrite a file that changed on disk
    since, so an edit made in another program is not lost. What is written is read back from the
    temporary file before it replaces the old one: a text Slidewright could not open again (or
    would read differently) is a :class:`SaveError`, and the old file stays as it was.

    The writer's comments, blank lines and spellings of unchanged values are kept from the file
    being replaced (or from ``keep_from``, e.g. the original on Save As); see
    :mod:`slidewright.fileformat.preserve` and :func:`loses_on_save`."""
    file = index_path(path)
    if expected_digest is not None:
        current = file_digest(file)
        if current is not None and current != expected_digest:
            raise SaveConflictError(f"{file} changed on disk since it was opened; not overwritten")
    text, canonical = _text_to_write(article, file, Path(keep_from) if keep_from else None)
    verify = _read_back_check(file, article, canonical)
    try:
        data = text.encode("utf-8")
        atomic_write(write_target(file), data, verify=verify)
    except SaveError:
        if text == canonical:
            raise
        data = canonical.encode("utf-8")  # keeping the hand-written text went wrong: plain form
        atomic_write(write_target(file), data, verify=verify)
    return digest(data)


def would_write(path: Path | str) -> tuple[str, str]:
    """(the text of the article file now, what saving it unchanged would write)."""
    file, raw = read_index(path)
    text = _decode(file, raw)
    article = parse_article(text, file)
    written, canonical = _text_to_write(article, file, None)
    if written != canonical:
        try:
            if format_article(parse_article(written, file), notes=True) != canonical:
                written = canonical
        except FormatError:
            written = canonical
    return raw.decode("utf-8", errors="replace"), written


def loses_on_save(path: Path | str) -> list[str]:
    """What saving the article at ``path`` would not keep, one line each ('line 7: # TODO…',
    'Windows line ends (CRLF) become…'); [] when a save keeps the file as it is. Raises
    FormatError when the file cannot be read. The window calls it before the first save, to warn
    and keep a copy beside."""
    before, after = would_write(path)
    return [] if before == after else lost_lines(before, after)


def local_images(article: Article) -> list[str]:
    """Relative image paths the article uses (slides and read-more), each once, in order."""
    paths = [slide.image for slide in article.slides]
    if article.read_more:
        paths += [item.image for item in article.read_more.items]
    seen: dict[str, None] = {}
    for image in paths:
        if image and "://" not in image and not image.startswith("data:"):
            seen.setdefault(image, None)
    return list(seen)


# Copying images between bundles (Save As, site exports). The paths come from the article, which
# a colleague may have crafted: one may climb with ``..`` and still land inside the source bundle,
# yet the same path written under a shallower target would leave it. So the file read must be
# inside the source and the file written inside the target, each resolved and checked; and an
# image already in the target that differs is not replaced unless the caller says so (``replace``,
# after asking the writer).


def _source_file(source_dir: Path, image: str) -> Path | None:
    """The file ``image`` names when it resolves inside the source bundle (even through ``..``)."""
    if "\x00" in image:  # names no file; os calls would raise ValueError
        return None
    origin = (source_dir / image).resolve()
    return origin if origin.is_relative_to(source_dir) else None


def normalise_image_paths(article: Article, source: Path | str) -> None:
    """Rewrite image paths that climb (``../../x/src/images/p.jpg``) but land inside the source
    bundle to their plain form (``images/p.jpg``), so a copy keeps them. Changes ``article``."""
    source_dir = bundle_dir(source).resolve()

    def plain(image: str) -> str:
        if not image or is_plain_relative(image) or "://" in image or image.startswith("data:"):
            return image
        origin = _source_file(source_dir, image)
        return origin.relative_to(source_dir).as_posix() if origin is not None else image

    for slide in article.slides:
        slide.image = plain(slide.image)
    if article.read_more:
        for item in article.read_more.items:
            item.image = plain(item.image)


def copy_images(
    article: Article,
    source: Path | str,
    target: Path | str,
    replace: bool = False,
    publish: bool = False,
) -> list[str]:
    """Copy the article's images from bundle ``source`` into bundle ``target``.

    Paths outside the source bundle are skipped (the credit checker reports them). Returns the
    images not copied: missing on disk, whose path would leave ``target``, or (``publish``) SVGs
    that cannot be made safe. Raises ImageConflictError, writing nothing, when ``target`` holds a
    different file under an image's name and ``replace`` is false. With ``publish`` SVGs are
    written without script (fileformat.svgclean)."""
    from slidewright.fileformat.svgclean import SvgRefused, looks_like_svg, sanitize_svg

    source_dir, target_dir = bundle_dir(source).resolve(), bundle_dir(target).resolve()
    if source_dir == target_dir:
        return []
    not_copied: list[str] = []
    plan: list[tuple[str, bytes]] = []
    conflicts: list[str] = []
    for image in local_images(article):
        origin = _source_file(source_dir, image)
        if origin is None:
            continue
        if not origin.is_file():
            not_copied.append(image)
            continue
        try:
            destination = contained(target_dir, image)
        except UnsafePathError:
            not_copied.append(image)
            continue
        data = origin.read_bytes()
        if publish and looks_like_svg(origin, data):
            try:
                data = sanitize_svg(data, image)
            except SvgRefused:
                not_copied.append(image)
                continue
        if destination.is_file() and destination.read_bytes() == data:
            continue
        if destination.exists() and not replace:
            conflicts.append(image)
        plan.append((image, data))
    if conflicts:
        raise ImageConflictError(target_dir, conflicts)
    for image, data in plan:
        write_file(target_dir, image, data)
    return not_copied
