"""The window's accessibility, wired in its step two (assembly.py): the pane keys and focus
rings (panes.py), what is announced (announcer.py), and names for the containers Qt leaves
unnamed. The colours are seen to by theme.py (contrast.py)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from slidewright.credits.findings import Finding
from slidewright.ui.access.announcer import Announcer
from slidewright.ui.access.panes import PaneKeys
from slidewright.ui.editing.find_replace import FindReplace
from slidewright.ui.problems.panel import ProblemsPanel, summarize
from slidewright.ui.window.editors import Editors
from slidewright.ui.window.selection import SlideSelection


@dataclass(frozen=True)
class Access:
    panes: PaneKeys
    announcer: Announcer


@dataclass(frozen=True)
class Accessed:
    """The parts the wiring reaches."""

    main: QMainWindow
    editors: Editors
    preview: QWidget
    mode_buttons: list[QWidget]
    problems: ProblemsPanel
    selection: SlideSelection
    find: FindReplace


def make_accessible(parts: Accessed, actions: dict[str, QAction], toggle: QAction) -> Access:
    editors = parts.editors
    editors.tabs.setAccessibleName(QCoreApplication.translate("AccessWiring", "Editor"))
    editors.tabs.setAccessibleDescription(
        QCoreApplication.translate("AccessWiring", "The selected slide's fields, or the article's")
    )
    panes = PaneKeys(
        parts.main, editors, parts.preview, parts.problems, parts.problems.tree, parts.mode_buttons
    )
    panes.wire_problems_toggle(toggle)
    announcer = Announcer(parts.main)
    parts.main.statusBar().messageChanged.connect(lambda text: announcer.say(text, "status"))
    parts.find.said.connect(lambda text: announcer.say(text, "find"))
    parts.problems.checked.connect(
        lambda findings: announcer.say(_totals(findings), "problems", repeat=False)
    )
    for name in ("next_slide", "previous_slide"):
        actions[name].triggered.connect(lambda _=False: _say_slide(parts.selection, announcer))
    return Access(panes, announcer)


def _totals(findings: list[Finding]) -> str:
    text = QCoreApplication.translate("AccessWiring", "Problems: {totals}")
    return text.format(totals=summarize(findings))


def _say_slide(selection: SlideSelection, announcer: Announcer) -> None:
    """Where Ctrl+PgDown / Ctrl+PgUp went (the status line's "Slide 3 of 9", and its heading)."""
    doc, row = selection.doc, selection.current_row()
    if doc is None or not 0 <= row < len(doc.article.slides):
        return
    heading = doc.article.slides[row].heading or QCoreApplication.translate(
        "AccessWiring", "untitled"
    )
    text = QCoreApplication.translate("AccessWiring", "Slide {number} of {count}: {heading}")
    announcer.say(
        text.format(number=row + 1, count=len(doc.article.slides), heading=heading), "slide"
    )
