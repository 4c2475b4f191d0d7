"""Images for exports: resized and inlined as data URIs, or copied to an assets folder."""

from __future__ import annotations

import base64
import io
import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING

from slidewright.fileformat.imagebounds import ImageOutOfBounds, image_bounds, pillow
from slidewright.fileformat.images import ImageProblem, bundle_image, read_image_bytes
from slidewright.fileformat.imagesize import upright_size

if TYPE_CHECKING:  # Pillow and the SVG cleaner load when an image is read: not for a text article
    from slidewright.i18n import Message
    from slidewright.model import Article

# The single HTML file cannot offer renditions (each would be inlined), so it inlines one size
# chosen for the page: the column is 43.5rem (696 CSS px) wide, and 1040 px covers it at 1.5x and
# a 390 px phone at 2.67x. JPEG at quality 72 (progressive) is indistinguishable at that size;
# a 40-slide article of 3,000 px photos went from 11.8 MB (1600 px, quality 85) to 2.1 MB
# (tests/benchmarks/single_file_bench.py prints it).
MAX_WIDTH = 1040
HEAD_BYTES = 1 << 20  # enough of a picture to say its format (metadata comes before pixels)
JPEG_QUALITY = 72


def article_images(article: Article) -> list[str]:
    """Every image path the page shows: slide pictures, then read-more thumbnails."""
    paths = [slide.image for slide in article.slides if slide.image]
    if article.read_more:
        paths += [item.image for item in article.read_more.items if item.image]
    return paths


def bundle_file(bundle: Path, path: str) -> Path | None:
    """The file an article image path names, only when it is inside the bundle and a regular
    file of sane size: the credit checker's rule (:func:`bundle_image`), so both agree."""
    try:
        return bundle_image(bundle, path)
    except ImageProblem:
        return None


def bounds_problem(file: Path) -> str | None:
    """Why ``file`` is too large to publish (the shared bound, ``imagebounds``), or None."""
    try:
        image_bounds(file, file.name)
    except ImageOutOfBounds as error:
        return error.reason
    except OSError:
        return None  # unreadable: what the caller does with a file it cannot read
    return None


def damage_problem(file: Path, decoded: bool = False) -> Message | None:
    """Why ``file`` is broken or not what its name says (``imagedamage``: the checker's
    image-damaged rule), or None. ``decoded``: its pixels decoded whole already (its renditions
    were made), so only its content is weighed against its name."""
    from slidewright.fileformat.imagedamage import picture_damage

    try:
        data = read_image_bytes(file)
    except (ImageProblem, OSError):
        return None  # what cannot be read at all is the caller's other problem
    return picture_damage(file, data if not decoded else data[:HEAD_BYTES], decode=not decoded)


def published_bytes(file: Path) -> bytes:
    """What an export publishes for ``file``: its bytes, or for an SVG the drawing without
    script, handlers or external references and its embedded pictures without their metadata
    (``svgrasters.py``); raises SvgRefused when it cannot be made safe."""
    from slidewright.fileformat.svgclean import looks_like_svg, sanitize_svg

    data = read_image_bytes(file)  # a regular file of sane size, read without waiting on a pipe
    if not looks_like_svg(file, data):
        return data
    from slidewright.exporters.svgrasters import without_raster_metadata

    return without_raster_metadata(sanitize_svg(data, file.name))


def data_uri(file: Path, max_width: int = MAX_WIDTH) -> tuple[str, int, int]:
    """The image as a data URI, scaled down to ``max_width`` (never up), with its pixel size.
    GIF goes in as it is, SVG sanitised (``published_bytes``). Raises ImageOutOfBounds for a
    picture larger than Slidewright decodes (the export reports it and leaves it out)."""
    from PIL import ImageOps

    from slidewright.fileformat.svgclean import looks_like_svg

    Image = pillow()  # noqa: N806
    raw = published_bytes(file)
    image_bounds(raw, file.name)
    mime = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    if looks_like_svg(file, raw):
        mime = "image/svg+xml"
    width = height = 0
    try:
        with Image.open(io.BytesIO(raw)) as image:
            width, height = upright_size(image)
            fmt = image.format
            if fmt in ("JPEG", "PNG", "WEBP") and width > max_width:
                # Resaving drops the EXIF turn, so apply it to the pixels first.
                upright = ImageOps.exif_transpose(image)
                height = round(upright.height * max_width / upright.width)
                resized = upright.resize((max_width, height), Image.Resampling.LANCZOS)
                if fmt == "JPEG" and resized.mode not in ("RGB", "L"):
                    resized = resized.convert("RGB")
                out = io.BytesIO()
                options: dict[str, object] = (
                    {"quality": JPEG_QUALITY, "optimize": True, "progressive": True}
                    if fmt == "JPEG"
                    else {"quality": JPEG_QUALITY}
                    if fmt == "WEBP"
                    else {"optimize": True}
                )
                if icc := image.info.get("icc_profile"):  # its colours, not its EXIF
                    options["icc_profile"] = icc
                resized.save(out, fmt, **options)
                raw = out.getvalue()
                width, height = resized.size
            mime = Image.MIME.get(fmt or "", mime)
    except Exception:  # noqa: BLE001 - not something Pillow reads (an SVG, say): inlined as is
        pass
    return f"data:{mime};base64,{base64.b64encode(raw).decode('ascii')}", width, height


class AssetNamer:
    """Gives each source file one name in ``assets/``: the original name, numbered on a clash."""

    def __init__(self) -> None:
        self.names: dict[Path, str] = {}
        self.taken: set[str] = set()

    def name(self, file: Path) -> str:
        if file not in self.names:
            stem, suffix = Path(file.name).stem, Path(file.name).suffix
            candidate, n = file.name, 2
            while candidate.lower() in self.taken:
                candidate, n = f"{stem}-{n}{suffix}", n + 1
            self.taken.add(candidate.lower())
            self.names[file] = candidate
        return self.names[file]
