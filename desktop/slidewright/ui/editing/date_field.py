"""The article's Date: typed as writers write dates, or picked from a calendar; stored as ISO.

What the writer types is read when they finish (Enter, Tab, leaving the field) or pick a day;
only a real date reaches the article, so the app never saves a file it cannot open again. A
date it cannot read stays in the field, with a sentence under it saying what is wrong.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from slidewright.model.dates import DateError, normalize_date_text, real_day
from slidewright.ui.editing.fields import LineField
from slidewright.ui.problems.finding_text import translated


def stored_date(text: str) -> str:
    """What the article stores for the typed ``text``: the core's reading, else a date that
    names its month in another language the importer reads ("7. Dezember 2026", typed in the
    German window, was refused as "not the name of a month"). Raises the core's DateError."""
    try:
        return normalize_date_text(text)
    except DateError:
        # only now: importing the importers' language tables builds the whole importers
        # package (about 100 ms of regular expressions), which the window's start must not pay
        from slidewright.importers.languages import named_month_date

        named = named_month_date(text)
        if named is None:
            raise
        return real_day(*named, " ".join(text.split())).isoformat()  # (31. Februar: why not)


class DateField(QWidget):
    edited = Signal(str)  # the ISO text to store ("" clears the date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = LineField(self.tr("e.g. 2026-11-27, 27 Nov 2026 or Nov 27, 2026"))
        self.line.setAccessibleName(self.tr("Date"))
        self.pick = QToolButton()
        self.pick.setText(self.tr("Pick…"))
        self.pick.setToolTip(self.tr("Pick the date from a calendar"))
        self.pick.setAccessibleName(self.tr("Pick the date from a calendar"))
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("Article date calendar"))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._show_current_in_calendar)
        self.pick.setMenu(menu)
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.problem = QLabel()
        self.problem.setObjectName("dateProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4262c;")
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.pick)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.problem)
        # Focus given to the field (its label's Alt key, a jump from Problems) goes to the line.
        # Not a focus proxy: with one, Qt 6 closed the Tab chain into a loop (line, picker,
        # line…) and Tab never left the date. ClickFocus: a buddy, never a Tab stop of its own.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._stored = ""
        self.line.editingFinished.connect(self._finished)
        self.line.textEdited.connect(self._typing)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.line.setFocus(event.reason())

    def set_value(self, text: str) -> None:
        """Show the stored date (undo, load); a problem shown for earlier typing goes away."""
        self._stored = text
        if self.line.text() != text:
            self.line.set_value(text)
        self._say("")

    def text(self) -> str:
        return self.line.text()

    def unread(self) -> str:
        """What the writer typed that is not in the article, said as a sentence ("" when the
        field shows the stored date). Asked before the article is closed: a readable date not yet
        confirmed with Enter or Tab is stored now (an ordinary unsaved change), text that is no
        date stays and is named, so that it never vanishes with the article unasked."""
        if self.line.text().strip() != self._stored:
            self._finished()
        typed = self.line.text().strip()
        if typed == self._stored:
            return ""
        return self.tr(
            "The Date field holds “{text}”, which is not a date, so it is not saved."
        ).format(text=typed)

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def _typing(self, _text: str) -> None:
        if self.problem.isVisible():  # the writer is mending it: say again only when done
            self._say("")

    def _finished(self) -> None:
        try:
            value = stored_date(self.line.text())
        except DateError as error:
            reason = translated(error.args[0]) if error.args else str(error)
            self._say(self.tr("Not saved: {reason}").format(reason=reason))
            return
        self._say("")
        if value != self.line.text():
            self.line.set_value(value)  # shown as it will be stored
        if value != self._stored:
            self._stored = value
            self.edited.emit(value)

    def _show_current_in_calendar(self) -> None:
        try:
            day = datetime.date.fromisoformat(stored_date(self.line.text())[:10])
        except (DateError, ValueError):  # not a date, or none typed
            return
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, date: QDate) -> None:
        self.pick.menu().close()
        self.line.set_value(date.toString(Qt.DateFormat.ISODate))
        self._finished()
