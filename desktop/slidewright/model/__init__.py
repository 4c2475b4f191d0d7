"""The article model: pure data and the operations on it (no I/O, no Qt)."""

from slidewright.model.article import (
    ARTICLE_FIELDS,
    ARTICLE_PANE_FIELDS,
    ARTICLE_SPECS,
    ARTICLE_TEXT_FIELDS,
    SLIDE_FIELDS,
    SLIDE_FLAG_FIELDS,
    SLIDE_TEXT_FIELDS,
    Article,
    ReadMore,
    ReadMoreItem,
    Slide,
)

__all__ = [
    "ARTICLE_FIELDS",
    "ARTICLE_PANE_FIELDS",
    "ARTICLE_SPECS",
    "ARTICLE_TEXT_FIELDS",
    "SLIDE_FIELDS",
    "SLIDE_FLAG_FIELDS",
    "SLIDE_TEXT_FIELDS",
    "Article",
    "ReadMore",
    "ReadMoreItem",
    "Slide",
]
