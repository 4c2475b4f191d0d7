"""The on-disk format: Markdown with YAML front matter in a page bundle."""

from slidewright.fileformat.bundle import (
    copy_images,
    file_digest,
    format_article,
    index_path,
    load_article,
    loses_on_save,
    parse_article,
    save_article,
)

__all__ = [
    "copy_images",
    "file_digest",
    "format_article",
    "index_path",
    "load_article",
    "loses_on_save",
    "parse_article",
    "save_article",
]
