"""The writing column of the window's step two: the slide list with its buttons and the slide and
article editors in their tabs, built together (assembly.py puts them into the splitter)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QToolButton, QWidget

from slidewright.ui.editing.article_editor import ArticleEditor
from slidewright.ui.editing.slide_editor import SlideEditor
from slidewright.ui.editing.slide_list import SlideListView
from slidewright.ui.editing.thumbnails import ThumbnailCache
from slidewright.ui.window.panels import list_panel, scrolled


@dataclass(frozen=True)
class Editors:
    thumbnails: ThumbnailCache
    slide_list: SlideListView
    list_buttons: dict[str, QToolButton]
    slide_editor: SlideEditor
    article_editor: ArticleEditor
    tabs: QTabWidget  # the slide editor (tab 0) and the article editor (tab 1)
    columns: tuple[QWidget, QWidget]  # the slide list's column and the tabs, for the splitter


def build_editors() -> Editors:
    thumbnails = ThumbnailCache()
    slide_list = SlideListView()
    slide_editor = SlideEditor(thumbnails)
    article_editor = ArticleEditor()
    tabs = QTabWidget()
    tabs.addTab(scrolled(slide_editor), QCoreApplication.translate("Editors", "Slide"))
    tabs.addTab(scrolled(article_editor), QCoreApplication.translate("Editors", "Article"))
    slides_column, buttons = list_panel(slide_list)
    return Editors(
        thumbnails, slide_list, buttons, slide_editor, article_editor, tabs, (slides_column, tabs)
    )
