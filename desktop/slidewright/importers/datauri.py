"""Images inlined in a page as ``data:`` addresses (Slidewright's own single-file export does
this), decoded into files for the new bundle, within bounds.

Only base64 images of the types the app accepts are decoded, each at most ``MAX_ENCODED``
characters, and the bytes then pass the same check as any file copied from a saved page
(``fileformat.imagecheck``: it must decode as a picture, SVG is sanitised)."""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path

from slidewright.fileformat.imagecheck import ImageRefused, check_image

MAX_ENCODED = 16 * 1024 * 1024  # base64 of a 12 MB picture; the page itself is at most 10 MB
_DATA = re.compile(
    r"^data:(?P<type>image/(?:jpeg|jpg|png|gif|webp|avif|svg\+xml))"
    r"(?:;[a-z0-9=._-]+)*;base64,(?P<data>.*)$",
    re.I | re.S,
)
_NAMES = {"image/svg+xml": "inline.svg"}


def decode_data_image(src: str) -> tuple[bytes, str]:
    """The checked bytes of a ``data:image/…;base64,…`` address and their suffix; raises
    ImageRefused (why, in a few words) for any other type, a bad encoding or a non-image."""
    if len(src) > MAX_ENCODED:
        raise ImageRefused(f"more than {MAX_ENCODED // 1024 // 1024} MB inlined")
    match = _DATA.match(src.strip())
    if match is None:
        head = src.split(",", 1)[0][:40]
        raise ImageRefused(f"{head}: not a base64 image of a type the app accepts")
    payload = "".join(match.group("data").split())
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise ImageRefused("a data: image that is not valid base64") from None
    kind = match.group("type").lower()
    return check_image(data, Path(_NAMES.get(kind, "inline-image")))
