"""Markdown -> sanitised HTML -> page: the one renderer for the live preview and every export."""

from slidewright.render.context import ImageRef, RenderContext
from slidewright.render.page import render_header, render_page, render_read_more, render_slide

__all__ = [
    "ImageRef",
    "RenderContext",
    "render_header",
    "render_page",
    "render_read_more",
    "render_slide",
]
