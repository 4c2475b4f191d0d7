"""The images of a folder export (html-folder, one page or one per slide): renditions in assets/.

Before the page is rendered, every picture the article shows is looked up in the rendition
cache, the missing ones encoded in parallel (``renditions.py``); the renderer then gets, for each
image path, the largest rendition as ``src``, the others in ``srcset`` (WebP in a ``<source>``)
and the pixel size. Pictures that are not resized (SVG, GIF, animations) are copied as they are,
an SVG sanitised first. Nothing is written until the page has rendered; then ``write`` puts the
files in the export folder."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from slidewright.exporters.images import (
    bounds_problem,
    bundle_file,
    damage_problem,
    published_bytes,
)
from slidewright.exporters.reencode import without_metadata
from slidewright.exporters.renditions import (
    Rendition,
    RenditionCache,
    RenditionSet,
    keep_credited,
    read_kept,
)
from slidewright.exporters.target import ExportTarget
from slidewright.fileformat.imagesize import shown_size
from slidewright.fileformat.svgclean import SvgRefused
from slidewright.model import Article
from slidewright.render.context import ImageRef
from slidewright.urls import is_remote, safe_url


class Credits(Protocol):
    """Rights metadata for published pictures (exporters/picturecredits.py's SlideCredits)."""

    def signature(self, path: str, suffix: str) -> str | None:
        """What a file of article image ``path`` would be credited with; None: nothing."""
        ...

    def write(self, files: list[tuple[Path, str]]) -> set[Path]:
        """Credit each (written file, article image path) in place; the files that failed."""
        ...


class Problems(Protocol):
    """How an export reports a picture it cannot publish (exporters/problems.py)."""

    def missing(self, path: str) -> ImageRef: ...

    def refused(self, path: str) -> ImageRef: ...

    def too_large(self, path: str, reason: str) -> ImageRef: ...

    def damaged(self, path: str, reason: str) -> ImageRef: ...


def path_of(file: Path, bundle: Path) -> str:
    """``file``'s path inside the bundle, with forward slashes ("images/fog.jpg")."""
    try:
        return file.relative_to(bundle.resolve()).as_posix()
    except ValueError:
        return file.name


class _Silent:
    """Pictures that cannot be published are left out without a word (tests, benchmarks)."""

    def missing(self, path: str) -> ImageRef:
        return ImageRef(None)

    def refused(self, path: str) -> ImageRef:
        return ImageRef(None)

    def too_large(self, path: str, reason: str) -> ImageRef:
        return ImageRef(None)

    def damaged(self, path: str, reason: str) -> ImageRef:
        return ImageRef(None)


class FolderImages:
    """The pictures of one folder export: looked up before rendering, written after."""

    def __init__(
        self,
        bundle: Path,
        cache: RenditionCache | None = None,
        credits: Credits | None = None,
        place: Callable[[str, Path], str] = lambda path, file: f"assets/{file.stem}",
        problems: Problems | None = None,
    ) -> None:
        self.bundle = bundle
        self.place = place  # (article path, source file) -> the published name, less suffix
        self.cache = cache or RenditionCache()
        self.credits = credits
        self.problems: Problems = problems or _Silent()
        self.sets: dict[Path, RenditionSet | None] = {}
        self.files: dict[
            str, tuple[Path, str, str]
        ] = {}  # assets name -> (source/cache file, format, path)
        self.stems: dict[Path, str] = {}
        self.taken: set[str] = set()
        self.refs: dict[str, ImageRef] = {}
        self.found: dict[str, Path | None] = {}

    def _file(self, path: str) -> Path | None:
        """The bundle file an image path names (checked once per path)."""
        if path not in self.found:
            self.found[path] = bundle_file(self.bundle, path)
        return self.found[path]

    def prepare(self, paths: list[str]) -> None:
        """Make (or find in the cache) the renditions of every local picture in ``paths``."""
        files = [f for p in paths if not is_remote(p) and (f := self._file(p))]
        self.sets.update(self.cache.renditions(f for f in files if f not in self.sets))

    def _stem(self, file: Path) -> str:
        """Each source file's name in assets/, without suffix: its own stem, numbered on a clash
        (renditions of boats.jpg and boats.png would otherwise share boats-480.webp)."""
        if file not in self.stems:
            base = self.place(path_of(file, self.bundle), file)
            candidate, n = base, 2
            while candidate.lower() in self.taken:
                candidate, n = f"{base}-{n}", n + 1
            self.taken.add(candidate.lower())
            self.stems[file] = candidate
        return self.stems[file]

    def _published(self, path: str, rendition: Rendition, file: Path) -> str:
        name = f"{self._stem(file)}-{rendition.width}w{rendition.suffix}"
        self.files[name] = (rendition.path, rendition.format, path)
        return quote(name)  # a space or comma in a file name would break srcset

    def image(self, path: str, prefix: str = "") -> ImageRef:
        """What the page at ``prefix`` (``""`` at the folder's root, ``"../"`` one level down)
        shows for the article image ``path``."""
        if is_remote(path):
            return ImageRef(safe_url(path) or None)  # (never a password: urls.safe_url)
        if path not in self.refs:
            self.refs[path] = self._resolve(path)
        ref = self.refs[path]
        if not prefix or ref.url is None:
            return ref

        def moved(srcset: str) -> str:
            return ", ".join(prefix + part for part in srcset.split(", ")) if srcset else ""

        return ImageRef(
            prefix + ref.url, ref.note, ref.width, ref.height,
            moved(ref.srcset), moved(ref.webp_srcset),
        )  # fmt: skip

    def _resolve(self, path: str) -> ImageRef:
        file = self._file(path)
        if file is None:
            return self.problems.missing(path)
        too_large = bounds_problem(file)
        if too_large:
            return self.problems.too_large(path, too_large)
        if file not in self.sets:
            self.prepare([path])
        found = self.sets[file]
        damage = damage_problem(file, decoded=found is not None)
        if damage:  # cut off, or not what its name says: the checker's image-damaged rule
            return self.problems.damaged(path, damage)
        if found is None:  # published as it is
            name = f"{self._stem(file)}{file.suffix.lower()}"
            try:
                published_bytes(file)  # an SVG that cannot be made safe is left out
            except SvgRefused:
                return self.problems.refused(path)
            self.files[name] = (file, "", path)
            width, height = shown_size(file)
            return ImageRef(quote(name), width=width, height=height)
        main = [self._published(path, r, file) for r in found.main]
        webp = [self._published(path, r, file) for r in found.webp]
        largest = found.largest()
        return ImageRef(
            main[-1],
            width=largest.width,
            height=largest.height,
            srcset=", ".join(f"{n} {r.width}w" for n, r in zip(main, found.main, strict=True))
            if len(main) > 1 or webp
            else "",
            webp_srcset=", ".join(f"{n} {r.width}w" for n, r in zip(webp, found.webp, strict=True)),
        )

    def write(self, target: ExportTarget, under: str = "") -> None:
        """Write every published picture into the export folder (below ``under``, a site's page
        bundle), a few at a time: reading the cache, digesting and writing overlap. Each
        rendition carries its slide's credits: a copy credited the same way before is taken
        from the rendition cache; the others are credited in one ExifTool run and kept there."""
        to_credit: list[tuple[Path, str, Path | None]] = []  # (written, path, where to keep it)
        originals: set[Path] = set()  # published as they came (GIF, MPO, AVIF, TIFF): not encoded

        def one(item: tuple[str, tuple[Path, str, str]]) -> None:
            name, (file, fmt, path) = item
            signature = self.credits.signature(path, file.suffix) if self.credits else None
            kept = file.with_name(f"{file.stem}.c{signature}{file.suffix}") if fmt else None
            credited = read_kept(kept) if signature and kept is not None else None
            if credited is not None:
                target.write_copy(under + name, credited)  # credited before
                return
            data = self.cache.read(file) if fmt else published_bytes(file)
            written = target.write_copy(under + name, data)
            if not fmt:
                originals.add(written)
            if signature:
                to_credit.append((written, path, kept if signature else None))

        with ThreadPoolExecutor(max_workers=4, thread_name_prefix="assets") as pool:
            list(pool.map(one, sorted(self.files.items())))
        if self.credits is None or not to_credit:
            return
        failed = self.credits.write([(written, path) for written, path, _ in to_credit])
        for written, path, _ in to_credit:  # its own metadata (GPS, serials, owner) never goes out
            if written in failed and written in originals:
                self._without_metadata(target, written, path)
        for written, _, kept in to_credit:
            if not written.exists():
                continue
            target.record(written)  # the digest of the file as it now is
            if kept is not None and written not in failed:  # never keep an uncredited copy
                keep_credited(kept, written)

    def _without_metadata(self, target: ExportTarget, written: Path, path: str) -> None:
        """``written``, a picture published as it came whose metadata ExifTool did not clean:
        its pixels alone re-encoded by Pillow (renditions are, already), else left out."""
        relative = written.relative_to(target.path).as_posix()
        data = without_metadata(written.read_bytes())
        if data is not None:
            target.write_copy(relative, data)
            return
        written.unlink(missing_ok=True)
        target.written.pop(relative, None)
        self.problems.damaged(path, "its metadata could not be cleaned")


def add_site_renditions(
    article: Article,
    bundle: Path,
    target: ExportTarget,
    folder: str,
    cache: RenditionCache | None = None,
    credits: Credits | None = None,
) -> None:
    """Hugo and Jekyll: each slide picture's renditions written beside it in the page bundle at
    ``folder`` ("images/fog-480w.jpg"), and what the layout needs to offer them put on the slide
    as ``image_renditions`` (src, srcset, webp_srcset, width, height; addresses relative to the
    page). Changes ``article`` (the site's copy)."""
    images = FolderImages(bundle, cache, credits, place=lambda path, file: path.rsplit(".", 1)[0])
    images.prepare([slide.image for slide in article.slides if slide.image])
    for slide in article.slides:
        if not slide.image or is_remote(slide.image):
            continue
        ref = images.image(slide.image)
        if ref.url and ref.srcset:
            slide.extra["image_renditions"] = {
                "src": ref.url,
                "srcset": ref.srcset,
                "webp_srcset": ref.webp_srcset,
                "width": ref.width,
                "height": ref.height,
            }
    images.files = {name: entry for name, entry in images.files.items() if entry[1]}  # the
    # pictures published as they are (SVG, GIF) are already in the bundle: copy_images put them
    images.write(target, f"{folder}/")
