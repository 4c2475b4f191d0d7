"""Slidewright: authoring slideshow articles.

Public API: :func:`load_article`, :func:`save_article`, :data:`__version__`.

The file format loads on first use (PEP 562), so ``slidewright --version``, the command line's
parser and the window's first imports do not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from slidewright.fileformat import load_article, save_article

__version__ = "0.1.0"  # pyproject.toml reads it from here

__all__ = ["__version__", "load_article", "save_article"]


def __getattr__(name: str) -> Any:
    if name in ("load_article", "save_article"):
        from slidewright import fileformat

        return getattr(fileformat, name)
    raise AttributeError(f"module 'slidewright' has no attribute {name!r}")
