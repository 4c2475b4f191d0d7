"""Copying an article's images from one bundle into another (Save As, site exports).

The image paths come from the article, which a colleague may have crafted: a path may climb with
``..`` and still land inside the source bundle, yet the same path written under a shallower target
would leave it. So the file read must be inside the source and the file written inside the target,
each resolved and checked; and an image already in the target that differs is not replaced unless
the caller says so (``replace``), after asking the writer."""

from __future__ import annotations

from pathlib import Path

from slidewright.errors import ImageConflictError, UnsafePathError
from slidewright.fileformat.bundle import bundle_dir, local_images
from slidewright.fileformat.safefiles import contained, is_plain_relative, write_file
from slidewright.fileformat.svgclean import SvgRefused, looks_like_svg, sanitize_svg
from slidewright.model import Article


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
