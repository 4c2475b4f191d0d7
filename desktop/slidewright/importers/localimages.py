"""The local images an imported page or draft points at, checked before they enter the bundle.

A saved page is someone else's document: its ``<img src>`` may say ``file:///etc/passwd``,
``/etc/shadow`` or ``../../.ssh/id_rsa``. Only files inside the source's own folder (which holds a
saved page's ``NAME_files`` folder) are read, and only those that decode as web images are copied;
everything else becomes a line in the import summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from slidewright.errors import UnsafePathError
from slidewright.fileformat.imagecheck import ImageRefused, read_image
from slidewright.fileformat.images import IMAGES_DIR, slugify
from slidewright.fileformat.safefiles import contained
from slidewright.importers import note_text
from slidewright.importers.datauri import decode_data_image

MAX_IMAGES = 500  # more local images than any slideshow has: stop reading the disk
MAX_LISTED = 5  # addresses named for one reason; the rest are counted ("and 4,995 more …")


def _shown(src: str, limit: int = 100) -> str:
    """The address as a summary line shows it: a page may hold addresses thousands long."""
    return src if len(src) <= limit else src[: limit - 1] + "…"


class LocalImages:
    """Collects the images for one import: bundle name -> checked bytes, and refusal notes."""

    def __init__(self, source: Path, data_images: bool = False) -> None:
        """``data_images``: decode images inlined as ``data:`` addresses (a page Slidewright
        exported as one file holds its pictures so) instead of dropping them as placeholders."""
        self.source = source
        self.data_images = data_images
        self._inlined: dict[bytes, str] = {}
        self.root = source.parent.resolve()
        self.images: dict[str, bytes] = {}
        self.refused: list[str] = []
        self.dropped: list[str] = []
        self._names: dict[Path, str] = {}
        self._repeats: dict[str, tuple[list[str], int, int]] = {}  # reason -> (list, count, line)

    def _note(self, notes: list[str], reason: str, line: str, more: Callable[[int], str]) -> None:
        """``line`` in ``notes``, or counted in one last line (``more(count)``) once MAX_LISTED
        share ``reason``: a page of 5,000 missing pictures made a summary of 260 KB."""
        listed, count, at = self._repeats.get(reason, (notes, 0, -1))
        count += 1
        if count <= MAX_LISTED:
            notes.append(line)
        else:
            if at < 0:
                notes.append(more(count - MAX_LISTED))
                at = len(notes) - 1
            else:
                notes[at] = more(count - MAX_LISTED)
        self._repeats[reason] = (listed, count, at)

    def on_disk(self, src: str) -> int | None:
        """The size of the file a relative ``src`` names inside the source's folder, or None
        (a remote or refused address, a missing file): which of a page's candidate pictures
        it really has (importers/htmlimages.py)."""
        src = src.strip()
        if not src or src.startswith("//") or urlsplit(src).scheme:
            return None
        try:
            file = contained(self.root, unquote(urlsplit(src).path))
            return file.stat().st_size if file.is_file() else None
        except (UnsafePathError, OSError):
            return None

    def add(self, src: str, name_hint: str) -> str:
        """What the slide's image field should say for ``src``: the address of a remote image,
        the bundle path of a copied local one, or "" (with a note) when nothing was copied."""
        src = src.strip()
        if not src:
            return ""
        if src.startswith("//"):
            return "https:" + src  # protocol-relative: a remote image, never a local path
        scheme = urlsplit(src).scheme.lower()
        if scheme in ("http", "https"):
            return src
        if scheme == "data" and self.data_images:
            return self._add_inlined(src, name_hint)
        if scheme == "data":
            line = note_text.inline_data_image(name_hint)
            self._note(self.dropped, "data", line, note_text.more_inline_data_images)
            return ""
        if scheme:  # file:, javascript:, C: …: never read, whatever they point at
            self.refused.append(note_text.not_a_file(_shown(src), scheme, self.source.name))
            return ""
        try:
            file = contained(self.root, unquote(urlsplit(src).path))
        except UnsafePathError:
            self.refused.append(note_text.outside_the_folder(_shown(src), self.source.name))
            return ""
        if file in self._names:
            return self._names[file]
        if not file.exists():
            beside = self.source.name
            line = note_text.image_not_found(_shown(src), beside)
            self._note(
                self.dropped, "missing", line, lambda n: note_text.more_images_not_found(n, beside)
            )
            return ""
        if len(self._names) >= MAX_IMAGES:
            line = note_text.image_over_limit(_shown(src), MAX_IMAGES)
            self._note(
                self.refused,
                "over",
                line,
                lambda n: note_text.more_images_over_limit(n, MAX_IMAGES),
            )
            return ""
        try:
            data, suffix = read_image(file)
        except ImageRefused as error:
            self.refused.append(f"{_shown(src)} ({str(error).removeprefix(f'{file}: ')})")
            return ""
        name = self._free_name(slugify(name_hint or file.stem), suffix)
        self.images[name] = data
        self._names[file] = name
        return name

    def _add_inlined(self, src: str, name_hint: str) -> str:
        if len(self.images) >= MAX_IMAGES:
            self.refused.append(note_text.inline_image_over_limit(name_hint, MAX_IMAGES))
            return ""
        try:
            data, suffix = decode_data_image(src)
        except ImageRefused as error:
            self.refused.append(note_text.inline_image_refused(name_hint, str(error)))
            return ""
        if data in self._inlined:  # the same picture inlined twice is one file
            return self._inlined[data]
        name = self._free_name(slugify(name_hint, "image"), suffix)
        self.images[name] = data
        self._inlined[data] = name
        return name

    def _free_name(self, stem: str, suffix: str) -> str:
        name, n = f"{IMAGES_DIR}/{stem}{suffix}", 2
        while name in self.images:
            name, n = f"{IMAGES_DIR}/{stem}-{n}{suffix}", n + 1
        return name
