"""The on-disk format: Markdown with YAML front matter in a page bundle.

The loader and the writer (``bundle.py``: YAML, the model, dates) load on first use (PEP 562), so a
module that only needs a picture's rules (``images.py``) imports without them: the child that
``slidewright check`` forks to validate Content Credentials (:mod:`slidewright.credits.ahead`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    if name in __all__:
        from slidewright.fileformat import bundle

        return getattr(bundle, name)
    raise AttributeError(f"module 'slidewright.fileformat' has no attribute {name!r}")
