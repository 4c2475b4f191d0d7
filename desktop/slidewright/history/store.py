"""Where an article's versions are kept: a content-addressed store in the user's data folder.

``<root>/<article id>/`` holds ``versions.jsonl`` (one line a version: time, why, a summary of
what changed, and the digests of its ``index.md`` and of its image list) and ``blobs/`` (each
piece of content once, named by its SHA-256: ``index.md`` texts and image lists zlib-compressed,
images as they are). An image that did not change between saves is the same blob, so a version
costs one compressed ``index.md`` and a line. Nothing is ever written into the article's bundle,
so no export, site build or git push of the bundle carries its history.

The article id is kept in ``<root>/articles.json`` (bundle folder -> id) and re-linked on Save
As (:meth:`HistoryStore.link`), so a renamed article keeps its history.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import zlib
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from slidewright.errors import UnsafePathError
from slidewright.fileformat.safefiles import atomic_write, contained, is_plain_relative
from slidewright.i18n import message_data, message_from_data

DEFAULT_CAP = 200_000_000  # bytes of history kept per article before the oldest go
KEEP_AT_LEAST = 10  # versions the automatic cap never removes, however large
LINKS = "articles.json"
VERSIONS = "versions.jsonl"
MAX_IMAGE_BYTES = 200 * 1024 * 1024  # an image larger than this is not kept (named, not copied)


@dataclass(frozen=True)
class Version:
    """One kept state of the article."""

    number: int
    time: str  # ISO 8601, UTC
    reason: str  # "Saved", "Before Replace All", "Before restore"…
    summary: str  # what changed since the version before, in a line
    # Both are kept as a message's template and values when they are one (slidewright.i18n), so
    # the window says a version's label in the language it speaks now, not the one it spoke
    # when the version was kept. A line written before that holds the text alone.
    text: str  # the digest of index.md's text
    images: str  # the digest of the image list ({path: digest})

    def local_time(self) -> str:
        moment = datetime.datetime.fromisoformat(self.time).astimezone()
        return moment.strftime("%Y-%m-%d %H:%M:%S")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class HistoryStore:
    """The versions of every article, under ``root`` (``$XDG_DATA_HOME/Slidewright/history``)."""

    def __init__(self, root: Path, cap: int = DEFAULT_CAP) -> None:
        self.root = root
        self.cap = cap

    # -- which article --------------------------------------------------------------------
    def _links(self) -> dict[str, str]:
        try:
            data = json.loads((self.root / LINKS).read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _save_links(self, links: dict[str, str]) -> None:
        self._private(self.root)
        atomic_write(self.root / LINKS, json.dumps(links, indent=1).encode("utf-8"), mode=0o600)

    @staticmethod
    def _key(bundle: Path) -> str:
        return str(bundle.resolve())

    def article_id(self, bundle: Path, create: bool = False) -> str | None:
        links = self._links()
        key = self._key(bundle)
        if key not in links and create:
            import uuid  # (with the platform module it loads, 5 ms: only once it is needed)

            links[key] = uuid.uuid4().hex
            self._save_links(links)
        return links.get(key)

    def link(self, new_bundle: Path, old_bundle: Path) -> None:
        """Save As: the article in ``new_bundle`` continues the history of ``old_bundle``."""
        links = self._links()
        old = links.get(self._key(old_bundle))
        if old is not None:
            links[self._key(new_bundle)] = old
            self._save_links(links)

    def folder(self, bundle: Path) -> Path | None:
        ident = self.article_id(bundle)
        return None if ident is None else self.root / ident

    @staticmethod
    def _private(folder: Path) -> None:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)

    # -- blobs ------------------------------------------------------------------------------
    def _blob_path(self, folder: Path, digest: str) -> Path:
        return folder / "blobs" / digest[:2] / digest

    def _put(self, folder: Path, data: bytes, compress: bool) -> str:
        digest = _digest(data)
        path = self._blob_path(folder, digest)
        if not path.exists():
            self._private(path.parent)
            atomic_write(path, zlib.compress(data, 6) if compress else data, mode=0o600)
        return digest

    def _get(self, folder: Path, digest: str, compressed: bool) -> bytes:
        data = self._blob_path(folder, digest).read_bytes()
        return zlib.decompress(data) if compressed else data

    def _image_digests(self, folder: Path, bundle: Path, images: Iterable[str]) -> dict[str, str]:
        """Each image's digest, stored once; unchanged files are known by size and mtime."""
        cache_file = folder / "stat-cache.json"
        try:
            cache = json.loads(cache_file.read_text("utf-8"))
        except (OSError, ValueError):
            cache = {}
        digests: dict[str, str] = {}
        fresh: dict[str, list[Any]] = {}
        for image in images:
            if not is_plain_relative(image):
                continue
            known = cache.get(image)
            try:
                info = (bundle / image).stat()
            except OSError:
                continue
            stamp = [info.st_size, info.st_mtime_ns]
            if (
                isinstance(known, list)
                and len(known) == 3
                and known[:2] == stamp
                and isinstance(known[2], str)
                and self._blob_path(folder, known[2]).exists()
            ):  # unchanged since it was kept (and checked to be inside the bundle then)
                digests[image] = known[2]
                fresh[image] = known
                continue
            try:
                file = contained(bundle, image)
                if not file.is_file() or info.st_size > MAX_IMAGE_BYTES:
                    continue
                digest = self._put(folder, file.read_bytes(), compress=False)
            except (OSError, UnsafePathError):
                continue
            digests[image] = digest
            fresh[image] = [*stamp, digest]
        if fresh != cache:
            atomic_write(cache_file, json.dumps(fresh).encode("utf-8"), mode=0o600)
        return digests

    # -- versions ---------------------------------------------------------------------------
    def versions(self, bundle: Path) -> list[Version]:
        """The kept versions, oldest first ([] when there are none)."""
        folder = self.folder(bundle)
        return [] if folder is None else self._read_versions(folder)

    def _read_versions(self, folder: Path) -> list[Version]:
        try:
            lines = (folder / VERSIONS).read_text("utf-8").splitlines()
        except OSError:
            return []
        versions = []
        for line in lines:
            try:
                fields = json.loads(line)
                for name in ("reason", "summary"):
                    fields[name] = _message_or_text(fields.get(name))
                versions.append(Version(**fields))
            except (ValueError, TypeError, AttributeError):
                continue  # a line cut short by a crash: the others stand
        return versions

    def _write_versions(self, folder: Path, versions: list[Version]) -> None:
        text = "".join(json.dumps(_line(v), ensure_ascii=False) + "\n" for v in versions)
        atomic_write(folder / VERSIONS, text.encode("utf-8"), mode=0o600)

    def record(
        self,
        bundle: Path,
        text: str,
        images: Iterable[str],
        reason: str,
        summarise: Callable[[str | None, str], str],
    ) -> Version | None:
        """Keep ``text`` (the article's ``index.md``) and its images as a new version; None when
        nothing changed since the last one. ``summarise(previous text, text)`` says what did."""
        ident = self.article_id(bundle, create=True)
        assert ident is not None
        folder = self.root / ident
        self._private(folder)
        versions = self._read_versions(folder)
        text_digest = self._put(folder, text.encode("utf-8"), compress=True)
        manifest = json.dumps(self._image_digests(folder, bundle, images), sort_keys=True)
        images_digest = self._put(folder, manifest.encode("utf-8"), compress=True)
        last = versions[-1] if versions else None
        if last is not None and (last.text, last.images) == (text_digest, images_digest):
            return None
        previous = self.text(bundle, last) if last is not None else None
        version = Version(
            number=(last.number + 1) if last else 1,
            time=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            reason=reason,
            summary=summarise(previous, text),
            text=text_digest,
            images=images_digest,
        )
        versions.append(version)
        self._write_versions(folder, versions)
        if self.size(bundle) > self.cap:
            self.prune(bundle, KEEP_AT_LEAST, only_over_cap=True)
        return version

    def text(self, bundle: Path, version: Version) -> str:
        folder = self.folder(bundle)
        assert folder is not None
        return self._get(folder, version.text, compressed=True).decode("utf-8")

    def images(self, bundle: Path, version: Version) -> dict[str, str]:
        folder = self.folder(bundle)
        assert folder is not None
        data = json.loads(self._get(folder, version.images, compressed=True))
        return {str(k): str(v) for k, v in data.items()}

    def restore_images(self, bundle: Path, version: Version, only: Iterable[str]) -> list[str]:
        """Put back the version's images among ``only`` that are missing from the bundle (an
        image of the same name that is there is left as it is); returns the paths written."""
        folder = self.folder(bundle)
        assert folder is not None
        kept = self.images(bundle, version)
        written = []
        for image in only:
            digest = kept.get(image)
            if digest is None:
                continue
            try:
                target = contained(bundle, image)
            except UnsafePathError:
                continue
            if target.exists():
                continue
            atomic_write(target, self._get(folder, digest, compressed=False))
            written.append(image)
        return written

    # -- size -------------------------------------------------------------------------------
    def size(self, bundle: Path) -> int:
        """Bytes the article's history takes on disk."""
        folder = self.folder(bundle)
        if folder is None:
            return 0
        total = 0
        for directory, _dirs, files in os.walk(folder):
            for name in files:
                try:
                    total += os.stat(os.path.join(directory, name)).st_size
                except OSError:
                    pass
        return total

    def prune(self, bundle: Path, keep: int, only_over_cap: bool = False) -> int:
        """Remove all but the ``keep`` newest versions (with ``only_over_cap``: the oldest, one
        by one, only while the history is over the cap) and every blob no kept version uses.
        Returns how many versions went."""
        folder = self.folder(bundle)
        if folder is None:
            return 0
        versions = self._read_versions(folder)
        removed = 0
        while len(versions) > keep:
            if only_over_cap and self.size(bundle) <= self.cap:
                break
            versions.pop(0)
            removed += 1
            self._write_versions(folder, versions)
            if only_over_cap:
                self._collect(folder, versions)
        if removed:
            self._collect(folder, versions)
        return removed

    def pruned(
        self, bundle: Path, keep: int | None = None, days: int | None = None
    ) -> tuple[int, int]:
        """What pruning would do, without doing it: (versions removed, bytes freed) when
        keeping the ``keep`` newest, or only the versions of the last ``days`` days (the newest
        version always stays)."""
        folder = self.folder(bundle)
        if folder is None:
            return 0, 0
        versions = self._read_versions(folder)
        kept = self._kept(versions, keep, days)
        if len(kept) == len(versions):
            return 0, 0
        used = self._used(folder, kept)
        freed = 0
        for path in (folder / "blobs").glob("*/*"):
            if path.name not in used:
                try:
                    freed += path.stat().st_size
                except OSError:
                    pass
        return len(versions) - len(kept), freed

    def prune_by(self, bundle: Path, keep: int | None = None, days: int | None = None) -> int:
        """Keep the ``keep`` newest versions, or those of the last ``days`` days (and always the
        newest); returns how many went."""
        folder = self.folder(bundle)
        if folder is None:
            return 0
        versions = self._read_versions(folder)
        kept = self._kept(versions, keep, days)
        if len(kept) == len(versions):
            return 0
        self._write_versions(folder, kept)
        self._collect(folder, kept)
        return len(versions) - len(kept)

    @staticmethod
    def _kept(versions: list[Version], keep: int | None, days: int | None) -> list[Version]:
        kept = list(versions)
        if keep is not None:
            kept = kept[-keep:] if keep > 0 else []
        if days is not None:
            since = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=days)
            kept = [v for v in kept if _when(v.time) >= since] or kept[-1:]
        return kept

    def _used(self, folder: Path, versions: list[Version]) -> set[str]:
        """The blobs ``versions`` use: their texts, image lists and images."""
        used: set[str] = set()
        for version in versions:
            used.update((version.text, version.images))
            try:
                manifest = json.loads(self._get(folder, version.images, compressed=True))
            except (OSError, ValueError, zlib.error):
                continue
            used.update(str(digest) for digest in manifest.values())
        return used

    def _collect(self, folder: Path, versions: list[Version]) -> None:
        """Delete the blobs none of ``versions`` uses."""
        used = self._used(folder, versions)
        blobs = folder / "blobs"
        for path in blobs.glob("*/*"):
            if path.name not in used:
                path.unlink(missing_ok=True)


def _line(version: Version) -> dict[str, object]:
    """A version as its line in versions.jsonl: its messages with their template and values."""
    fields: dict[str, object] = asdict(version)
    fields["reason"] = message_data(version.reason)
    fields["summary"] = message_data(version.summary)
    return fields


def _message_or_text(data: object) -> str:
    """What :func:`_line` wrote for a message (a plain string, from before, stays one); a
    message this version cannot read again is shown by its English text."""
    try:
        return message_from_data(data)
    except ValueError:
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            return str(data["text"])
        raise


def _when(time: str) -> datetime.datetime:
    """A version's time (ISO 8601); an unreadable one counts as long ago."""
    try:
        found = datetime.datetime.fromisoformat(time)
    except ValueError:
        return datetime.datetime.min.replace(tzinfo=datetime.UTC)
    return found if found.tzinfo else found.replace(tzinfo=datetime.UTC)
