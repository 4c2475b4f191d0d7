"""The page of a Hugo or Jekyll site Slidewright exported (``content/<slug>/index.md``,
``<slug>/index.md``), read back as the article it was made from.

Such a page *is* an article file with keys added for the site's layouts (``slidewright_head``,
``slidewright_pictures`` …, see exporters/sitepages.py) and the published pictures beside it
(``images/fog.jpg`` and its renditions): it is parsed as an article, the layouts' keys are left
out and the pictures the slides name are copied (checked) into the new bundle."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from slidewright.errors import FormatError
from slidewright.fileformat.bundle import parse_article
from slidewright.importers.common import ImportFailed, ImportResult
from slidewright.importers.localimages import LocalImages

_SITE_KEYS = re.compile(r"^slidewright_(?:messages|lang|dir):", re.M)
_LAYOUT_ONLY = ("render_with_liquid",)


def _front(text: str) -> str:
    if not text.startswith("---\n"):
        return ""
    end = text.find("\n---\n", 4)
    return text[4:end] if end > 0 else ""


def read_site_page(text: str, source: Path) -> ImportResult | None:
    """The article of a site page Slidewright exported, or None for any other Markdown."""
    front = _front(text)
    if not (_SITE_KEYS.search(front) and re.search(r"^slides:", front, re.M)):
        return None
    try:
        article = parse_article(text, source)
    except FormatError as error:
        raise ImportFailed(str(error)) from None
    for key in list(article.extra):
        if key.startswith("slidewright_") or key in _LAYOUT_ONLY:
            del article.extra[key]
    local = LocalImages(source)

    def copied(path: str) -> str:
        if not path or urlsplit(path).scheme:
            return path
        return local.add(path, Path(path).stem)

    for slide in article.slides:
        slide.image = copied(slide.image)
    if article.read_more is not None:
        for item in article.read_more.items:
            item.image = copied(item.image)
    guessed = ["a page of a Hugo or Jekyll site Slidewright exported: read as the article it is"]
    return ImportResult(article, local.dropped, local.images, local.refused, guessed)
