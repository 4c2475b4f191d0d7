"""Slidewright: authoring slideshow articles.

Public API: :func:`load_article`, :func:`save_article`, :data:`__version__`.
"""

from slidewright.fileformat import load_article, save_article

__version__ = "0.1.0"  # pyproject.toml reads it from here

__all__ = ["__version__", "load_article", "save_article"]
