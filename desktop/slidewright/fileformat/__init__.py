"""The on-disk format: Markdown with YAML front matter in a page bundle."""

from slidewright.fileformat.bundle import (
    file_digest,
    format_article,
    index_path,
    load_article,
    parse_article,
    save_article,
)
from slidewright.fileformat.imagecopy import copy_images

__all__ = [
    "copy_images",
    "file_digest",
    "format_article",
    "index_path",
    "load_article",
    "parse_article",
    "save_article",
]
