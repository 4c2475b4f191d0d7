"""The main window's parts by the names the rest of the app and the tests use
(``window.slide_editor``, ``window.problems``…): each is held by ``parts`` (ui/window/assembly.py,
made in the window's second step), never set on the window from outside; these read-only names
only look them up, so that a part has one owner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from slidewright.ui.editing.article_editor import ArticleEditor
    from slidewright.ui.editing.slide_editor import SlideEditor
    from slidewright.ui.editing.slide_list import SlideListModel, SlideListView
    from slidewright.ui.problems.panel import ProblemsPanel
    from slidewright.ui.window.assembly import Parts
    from slidewright.ui.window.status_line import StatusLine
    from slidewright.ui.window.welcome import Welcome


class PartsByName:
    """Mixed into MainWindow: its parts by name."""

    parts: Parts
    completed: bool

    @property
    def slide_list(self) -> SlideListView:
        return self.parts.editors.slide_list

    @property
    def slide_editor(self) -> SlideEditor:
        return self.parts.editors.slide_editor

    @property
    def article_editor(self) -> ArticleEditor:
        return self.parts.editors.article_editor

    @property
    def tabs(self) -> QTabWidget:
        return self.parts.editors.tabs

    @property
    def welcome(self) -> Welcome:
        return self.parts.welcome

    @property
    def problems(self) -> ProblemsPanel:
        return self.parts.problems

    @property
    def status_line(self) -> StatusLine:
        return self.parts.status_line

    @property
    def actions_by_name(self) -> dict[str, QAction]:
        return self.parts.actions

    @property
    def model(self) -> SlideListModel | None:
        return self.parts.selection.model if self.completed else None
