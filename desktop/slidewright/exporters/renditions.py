"""Responsive images: each published picture at a few widths, in its own format and in WebP.

A phone should not download a 3,000 px original to show it 390 px wide. Folder and site exports
publish renditions at ``WIDTHS`` (never wider than the original: nothing is upscaled) and let the
browser pick one through ``srcset``/``sizes``. Encoding is the slow part of an export, so:

- renditions are cached by content: the key is the SHA-256 of the source file's bytes plus the
  width, format and encoder settings (``VERSION``), under ``$XDG_CACHE_HOME/slidewright/
  renditions`` (``~/.cache/…``). Exporting again, or another article using the same picture,
  encodes nothing; an edited picture has new bytes and so a new key.
- pictures are encoded in parallel, one worker per CPU: Pillow releases the GIL while it
  decodes, resizes and encodes, so threads use every core without copying images between
  processes (and without forking a process that runs Qt).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slidewright.cachedirs import cache_root, is_private
from slidewright.errors import SlidewrightError
from slidewright.fileformat.images import ImageProblem, read_image_bytes
from slidewright.fileformat.imagesize import upright_size

if TYPE_CHECKING:
    from PIL import Image

WIDTHS = (480, 800, 1200, 1440)  # a phone at 1x and 2x, a tablet, the 46rem column at 2x
# Bump when the widths, quality or encoder options change: old entries go unused
VERSION = "v3"  # 3: colour profiles without device or owner, no JPEG comment
QUALITY = {"JPEG": 82, "WEBP": 78}
SUFFIX = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}
RESIZED = {"JPEG", "PNG", "WEBP"}  # GIF (animation), SVG and the rest are published as they are


@dataclass(frozen=True)
class Rendition:
    """One encoded file: ``path`` is its place in the cache."""

    width: int
    height: int
    format: str  # "JPEG", "PNG" or "WEBP"
    path: Path
    size: int  # bytes, and their SHA-256, as written: checked again before the file is used
    digest: str

    @property
    def suffix(self) -> str:
        return SUFFIX[self.format]


@dataclass(frozen=True)
class RenditionSet:
    """Every rendition of one source picture, narrowest first, in the original's format
    (``main``) and in WebP (``webp``; empty when the original is WebP already)."""

    width: int  # the picture as displayed (EXIF turn applied)
    height: int
    main: tuple[Rendition, ...]
    webp: tuple[Rendition, ...]

    def largest(self) -> Rendition:
        return self.main[-1]


def cache_dir() -> Path:
    """Where renditions are kept between exports (the user's cache; XDG_CACHE_HOME honoured)."""
    return cache_root() / "renditions" / VERSION


def private_folder(folder: Path) -> bool:
    """Make ``folder`` (owner only) and say whether it is safe to publish files from: ours, and
    writable by nobody else, or another user could put pictures into our exports."""
    return is_private(folder)


def widths_for(width: int, widths: Iterable[int] = WIDTHS) -> list[int]:
    """The widths to make of a picture ``width`` px wide: the standard ones below it, and the
    original width itself when it is narrower than the largest (never upscaled)."""
    chosen = [w for w in widths if w < width]
    largest = max(widths)
    if width <= largest and width not in chosen:
        chosen.append(width)
    return chosen or [width]


def _atomic_bytes(file: Path, data: bytes) -> None:
    """A cache entry appears whole or not at all (two exports may fill the cache at once)."""
    file.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{file.name}.", dir=file.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, file)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class CacheEntryChanged(SlidewrightError):
    """A cached file is not the one Slidewright wrote: a link, someone else's, or other bytes."""


def read_cached(file: Path, size: int, digest: str) -> bytes:
    """``file``'s bytes when it is still what the cache wrote: a regular file (opened without
    following a link), this user's, of ``size`` bytes whose SHA-256 is ``digest``. Otherwise
    CacheEntryChanged, and the entry is removed (the next export makes it again): a file planted
    in the cache, a link to the writer's private pictures say, is never published."""
    problem = ""
    try:
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as error:
        problem = f"cannot be opened as a file ({error.strerror})"
    else:
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                problem = "is not a regular file"
            elif hasattr(os, "getuid") and info.st_uid != os.getuid():
                problem = "belongs to another user"
            elif info.st_size != size:
                problem = "has changed size since it was made"
            else:
                data = handle.read(size + 1)
                if hashlib.sha256(data).hexdigest() == digest:
                    return data
                problem = "has changed since it was made"
    try:
        file.unlink()  # a link is removed, never what it points to
    except OSError:
        pass
    raise CacheEntryChanged(
        f"{file}: this cached picture {problem}, so it was not published; export again to "
        "make it anew"
    )


def _sidecar(kept: Path) -> Path:
    return kept.with_name(kept.name + ".sha256")


def keep_credited(kept: Path, written: Path) -> None:
    """Keep a credited copy of a rendition beside it in the cache (``kept``), so the next export
    of the same picture with the same credits copies it instead of running ExifTool again. Its
    size and digest are kept beside it (``read_kept`` checks them)."""
    try:
        data = written.read_bytes()
        _atomic_bytes(kept, data)
        record = json.dumps([len(data), hashlib.sha256(data).hexdigest()])
        _atomic_bytes(_sidecar(kept), record.encode())
    except OSError:
        pass  # the cache is a convenience: the export itself is complete


def read_kept(kept: Path) -> bytes | None:
    """The credited copy kept at ``kept`` when there is one and it is what was kept (see
    ``read_cached``); None when there is none or it is not (the rendition is credited anew)."""
    try:
        size, digest = json.loads(_sidecar(kept).read_text(encoding="utf-8"))
        return read_cached(kept, int(size), str(digest))
    except (OSError, ValueError, TypeError, CacheEntryChanged):
        return None


def _encode(image: Image.Image, fmt: str, icc: bytes | None) -> bytes:
    """One rendition's file. The colour profile goes along (a wide-gamut photo keeps its
    colours), without its device and owner; EXIF and comments do not (no camera serial or GPS
    position on the web)."""
    import io

    from slidewright.exporters.iccprofile import clean_profile

    out = io.BytesIO()
    image.info = {}  # Pillow writes a JPEG comment or a PNG profile from it unasked
    cleaned = clean_profile(icc) if icc else None  # no device or owner (iccprofile.py)
    extra = {"icc_profile": cleaned} if cleaned else {}
    if fmt == "JPEG":
        rgb = image if image.mode in ("RGB", "L") else image.convert("RGB")
        rgb.save(out, "JPEG", quality=QUALITY["JPEG"], optimize=True, progressive=True, **extra)
    elif fmt == "WEBP":
        image.save(out, "WEBP", quality=QUALITY["WEBP"], method=4, **extra)
    else:
        image.save(out, fmt, optimize=True, **extra)
    return out.getvalue()


def _scalable(image: Image.Image) -> Image.Image:
    """``image`` in a mode that scales smoothly and saves as WebP: palette, CMYK or 16-bit
    pictures become RGB, or RGBA when they have transparency."""
    if image.mode in ("RGB", "RGBA", "L"):
        return image
    alpha = image.mode in ("LA", "PA", "RGBa", "La") or "transparency" in image.info
    return image.convert("RGBA" if alpha else "RGB")


def _make(data: bytes, key: str, folder: Path, widths: tuple[int, ...]) -> RenditionSet | None:
    """Decode once, then scale down step by step (widest first) and encode every width in the
    original's format and in WebP; write each file into the cache and return the set."""
    import io

    from PIL import ImageOps, UnidentifiedImageError

    from slidewright.fileformat.imagebounds import pillow

    Image = pillow()  # noqa: N806 - its guard set to the shared bound
    try:
        with Image.open(io.BytesIO(data)) as opened:
            fmt = opened.format or ""
            if fmt not in RESIZED or getattr(opened, "n_frames", 1) > 1:
                return None  # animated WebP/PNG stay as they are, like GIF
            source_width, source_height = upright_size(opened)  # an EXIF turn swaps them
            turned = (source_width, source_height) != opened.size
            wanted = widths_for(source_width, widths)
            if fmt == "JPEG":
                # Decode at 1/2, 1/4 or 1/8 size when even that is wider than the widest
                # rendition: a fraction of the work for a 3,000 px photo.
                w = max(wanted)
                h = max(1, round(w * source_height / source_width))
                opened.draft("RGB", (h, w) if turned else (w, h))
            icc = opened.info.get("icc_profile")
            image = _scalable(ImageOps.exif_transpose(opened))
            image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError):
        return None
    main: list[Rendition] = []
    webp: list[Rendition] = []
    current = image
    for width in sorted(wanted, reverse=True):
        height = max(1, round(width * source_height / source_width))
        if current.size != (width, height):
            current = current.resize((width, height), Image.Resampling.LANCZOS)
        formats = [fmt] if fmt == "WEBP" else [fmt, "WEBP"]
        for out_format in formats:
            file = folder / f"{key}-{width}{SUFFIX[out_format]}"
            encoded = _encode(current, out_format, icc)
            _atomic_bytes(file, encoded)
            digest = hashlib.sha256(encoded).hexdigest()
            rendition = Rendition(width, height, out_format, file, len(encoded), digest)
            (main if out_format == fmt else webp).append(rendition)
    main.reverse()
    webp.reverse()
    return RenditionSet(source_width, source_height, tuple(main), tuple(webp))


def _to_manifest(found: RenditionSet | None) -> str:
    if found is None:
        return json.dumps(None)

    def rows(renditions: tuple[Rendition, ...]) -> list[list[object]]:
        return [[r.width, r.height, r.format, r.path.name, r.size, r.digest] for r in renditions]

    return json.dumps(
        {"size": [found.width, found.height], "main": rows(found.main), "webp": rows(found.webp)}
    )


def _from_manifest(text: str, folder: Path, key: str) -> RenditionSet | None:
    data = json.loads(text)
    if data is None:
        return None

    def renditions(rows: list[list[Any]]) -> tuple[Rendition, ...]:
        found = tuple(
            Rendition(int(w), int(h), str(f), folder / str(n), int(size), str(digest))
            for w, h, f, n, size, digest in rows
        )
        for rendition, row in zip(found, rows, strict=True):  # only our own names, in the entry
            if row[3] != f"{key}-{rendition.width}{SUFFIX[rendition.format]}":
                raise ValueError(f"{row[3]!r} is not a rendition of {key}")
        for rendition in found:  # a real file of ours, of the size written (lstat: no link)
            info = rendition.path.lstat()
            ours = not hasattr(os, "getuid") or info.st_uid == os.getuid()
            if not stat.S_ISREG(info.st_mode) or not ours or info.st_size != rendition.size:
                raise ValueError(f"{rendition.path.name} is not the file the cache wrote")
        return found

    width, height = data["size"]
    return RenditionSet(int(width), int(height), renditions(data["main"]), renditions(data["webp"]))


class RenditionCache:
    """Renditions of source files, made once per content and kept in ``folder``.

    A file's SHA-256 is remembered with its size, modification time and inode (as git's index
    does), so exporting again reads no picture at all: the warm export of 200 camera photos
    would otherwise spend its time hashing hundreds of megabytes."""

    KNOWN_LIMIT = 5000  # remembered digests; the oldest are forgotten first

    def __init__(self, folder: Path | None = None, widths: tuple[int, ...] = WIDTHS) -> None:
        self.folder = folder or cache_dir()
        if not private_folder(self.folder):  # then a throw-away cache for this export only
            self._scratch = tempfile.TemporaryDirectory(prefix="slidewright-renditions-")
            self.folder = Path(self._scratch.name)
        self.widths = widths
        self.encoded = 0  # pictures encoded (not found in the cache) by this object: for tests
        self._known: dict[str, list[Any]] | None = None
        self._known_changed = False
        self._made: dict[Path, Rendition] = {}  # every rendition handed out, by its file

    def read(self, file: Path) -> bytes:
        """The bytes of a rendition this cache handed out, checked (``read_cached``) against the
        size and digest recorded when it was made: what is published is what was encoded."""
        made = self._made.get(file)
        if made is None:
            raise CacheEntryChanged(f"{file}: not a rendition of this export's cache")
        return read_cached(file, made.size, made.digest)

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2]

    def _digests(self) -> dict[str, list[Any]]:
        if self._known is None:
            try:
                loaded = json.loads((self.folder / "digests.json").read_text(encoding="utf-8"))
                self._known = loaded if isinstance(loaded, dict) else {}
            except (OSError, ValueError):
                self._known = {}
        return self._known

    def _digest(self, file: Path) -> tuple[str, bytes | None]:
        """The SHA-256 of ``file``'s bytes, and the bytes when they had to be read for it."""
        info = file.stat()
        stamp = [info.st_size, info.st_mtime_ns, info.st_ino]
        known = self._digests().get(str(file))
        if isinstance(known, list) and known[:3] == stamp and isinstance(known[3], str):
            return known[3], None
        data = read_image_bytes(file)
        digest = hashlib.sha256(data).hexdigest()
        self._digests()[str(file)] = [*stamp, digest]
        self._known_changed = True
        return digest, data

    def _one(self, file: Path) -> RenditionSet | None:
        digest, data = self._digest(file)
        key = digest + "-" + "-".join(map(str, self.widths))
        folder = self._entry(key)
        manifest = folder / f"{key}.json"
        try:
            return _from_manifest(manifest.read_text(encoding="utf-8"), folder, key)
        except (OSError, ValueError, KeyError, TypeError):
            pass  # not cached yet, or a damaged entry: made again
        if data is None:
            data = read_image_bytes(file)
            if hashlib.sha256(data).hexdigest() != digest:  # changed under the same stamp
                self._digests().pop(str(file), None)
                return self._one(file)
        self.encoded += 1
        found = _make(data, key, folder, self.widths)
        _atomic_bytes(manifest, _to_manifest(found).encode("utf-8"))
        return found

    def _save_digests(self) -> None:
        if not self._known_changed or self._known is None:
            return
        known = dict(list(self._known.items())[-self.KNOWN_LIMIT :])
        try:
            _atomic_bytes(self.folder / "digests.json", json.dumps(known).encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written only costs the next export some hashing
        self._known_changed = False

    def renditions(
        self, files: Iterable[Path], workers: int | None = None
    ) -> dict[Path, RenditionSet | None]:
        """Each file's renditions (None for a picture published as it is: SVG, GIF, animation,
        or one Pillow cannot read), made in parallel where the cache has none."""
        unique = list(dict.fromkeys(files))
        self._digests()  # loaded once, before the workers share it

        def job(file: Path) -> RenditionSet | None:
            try:
                return self._one(file)
            except (ImageProblem, OSError):
                return None

        count = workers or os.cpu_count() or 2
        if count == 1 or len(unique) < 2:
            result = {file: job(file) for file in unique}
        else:
            with ThreadPoolExecutor(max_workers=count, thread_name_prefix="renditions") as pool:
                result = dict(zip(unique, pool.map(job, unique), strict=True))
        for found in result.values():
            for rendition in (*found.main, *found.webp) if found else ():
                self._made[rendition.path] = rendition
        self._save_digests()
        return result
