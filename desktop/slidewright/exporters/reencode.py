"""A picture re-encoded from its pixels alone: what an export publishes when ExifTool could not
clean a picture (the single file's inlined pictures, the renditions' fallback, the photos an SVG
embeds: svgrasters.py). Its own module so that images.py and svgrasters.py both use it without
importing each other."""

from __future__ import annotations

import io


def without_metadata(raw: bytes) -> bytes | None:
    """``raw`` re-encoded by Pillow with nothing but its colour profile (the EXIF turn applied to
    the pixels): what the single file inlines when ExifTool could not clean a picture, so the
    original's GPS, serials and owner never go out with it. None for what Pillow does not
    re-encode (GIF, SVG, an unreadable file): such a picture is left out instead."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    from slidewright.exporters.iccprofile import clean_profile

    try:
        with Image.open(io.BytesIO(raw)) as image:
            fmt = image.format or ""
            if fmt not in ("JPEG", "MPO", "PNG", "WEBP", "AVIF"):
                return None
            fmt = "JPEG" if fmt == "MPO" else fmt  # its first picture only, not the second
            icc = image.info.get("icc_profile")
            upright = ImageOps.exif_transpose(image)
            upright.info = {}  # Pillow writes a JPEG comment or a PNG profile from it unasked
            if fmt == "JPEG" and upright.mode not in ("RGB", "L"):
                upright = upright.convert("RGB")
            out = io.BytesIO()
            options: dict[str, object] = {"quality": 90} if fmt != "PNG" else {}
            cleaned = clean_profile(icc) if isinstance(icc, bytes) and icc else None
            if cleaned:  # its colour tags only: no device or owner (iccprofile.py)
                options["icc_profile"] = cleaned
            upright.save(out, fmt, **options)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError):
        return None
