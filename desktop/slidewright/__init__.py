"""Slidewright: authoring slideshow articles.

Public API: :func:`load_article`, :func:`save_article`, :data:`__version__`.
"""

from importlib.metadata import PackageNotFoundError, version

from slidewright.fileformat import load_article, save_article

try:
    __version__ = version("slidewright")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

__all__ = ["__version__", "load_article", "save_article"]
