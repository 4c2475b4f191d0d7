"""The writing column of the window's step two: the slide list with its buttons and the slide and
article editors in their tabs, built together (assembly.py puts them into the splitter)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea, QTabWidget, QToolButton, QWidget

from slidewright.ui.editing.article_editor import ArticleEditor
from slidewright.ui.editing.form_rows import whole_width
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


def keep_editors_whole(editors: Editors) -> None:
    """Each tab at least as wide as its editor needs, the folded licence fields counted: the
    splitter then stops the column there (on a drag, or restoring a layout left by a window in
    a shorter language) and takes the width from its neighbours, so no field is cut or needs a
    horizontal scroll bar. Called once the format bar is over the body (assembly.py)."""
    for index, parts in ((0, (editors.slide_editor.licence_box,)), (1, ())):
        area = editors.tabs.widget(index)
        if isinstance(area, QScrollArea):
            area.setMinimumWidth(whole_width(area, *parts))
