"""The Notes panel: the open editor's notes of the article, each with its replies; add, reply,
resolve or reopen, delete; double-click goes to the slide the note is on.

Notes are found by their in-memory id, so the panel follows a note when slides move."""

from __future__ import annotations

import copy
import getpass
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from slidewright.model.notes import Note, Reply, local_time, now_text
from slidewright.ui.editing.document import Document
from slidewright.ui.notes.commands import SetNotes, notes_of

ARTICLE = -1  # the place of a note on the article as a whole
ROLE = Qt.ItemDataRole.UserRole


def ask_note(parent: QWidget, title: str, label: str, places: list[str]) -> tuple[int, str] | None:
    """The note dialog (note_dialog.py), its module imported when first asked for, not while
    the window is built (it is made on start-up, before the writer can type)."""
    from slidewright.ui.notes import note_dialog

    return note_dialog.ask_note(parent, title, label, places)


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    """A few lines of text (a reply), wrapped as they are typed; Ctrl+Enter sends them."""
    answer = ask_note(parent, title, label, [])
    return answer[1] if answer is not None else None


def _whole(note: Note) -> str:
    someone = QCoreApplication.translate("NotesPanel", "Someone")
    line = QCoreApplication.translate("NotesPanel", "{author}, {time}: {text}")
    lines = [line.format(author=note.author or someone, time=local_time(note.time), text=note.text)]
    lines += [
        "  ↳ " + line.format(author=r.author or someone, time=local_time(r.time), text=r.text)
        for r in note.replies
    ]
    return "\n".join(lines)


def _look_resolved(item: QTreeWidgetItem, grey: QColor) -> None:
    """A resolved note (shown with "Show resolved") in grey italics, its replies too."""
    children = (item.child(n) for n in range(item.childCount()))
    for each in [item, *(child for child in children if child is not None)]:
        for column in range(each.columnCount()):
            each.setForeground(column, grey)
            font = each.font(column)
            font.setItalic(True)
            each.setFont(column, font)


def system_name() -> str:
    """The writer as the system knows them: the login's full name ("Ada Lovelace", the first
    field of its GECOS entry), else the login name ("root" signed a trial's notes), else ""."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        return ""
    try:
        import pwd  # (not on Windows, whose login name is what there is)

        full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, OSError):
        full = ""
    return full or login


class NotesPanel(QDockWidget):
    jumpRequested = Signal(int)  # a slide's row, or ARTICLE

    def __init__(
        self,
        author: Callable[[], str],
        current_row: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("&Notes"), parent)
        self.setObjectName("notes")  # the window's saved layout names docks by this
        self.author = author
        self.current_row = current_row
        self.doc: Document | None = None
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Where"), self.tr("Note"), self.tr("By"), self.tr("When")]
        )
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Editor's notes"))
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.detail = QLabel()  # the selected note whole, with its replies
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.show_resolved = QCheckBox(self.tr("Show resolved"))
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        self.buttons = {
            "add": QPushButton(self.tr("Add Note…")),
            "reply": QPushButton(self.tr("Reply…")),
            "resolve": QPushButton(self.tr("Resolve")),
            "delete": QPushButton(self.tr("Delete")),
        }
        self.buttons["add"].clicked.connect(self.ask_add)
        self.buttons["reply"].clicked.connect(self.ask_reply)
        self.buttons["resolve"].clicked.connect(self.toggle_resolved)
        self.buttons["delete"].clicked.connect(self.delete_current)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.show_resolved)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        self.setWidget(body)
        self._update_buttons()

    # -- following the article ------------------------------------------------------------
    def set_document(self, doc: Document | None) -> None:
        if self.doc is not None:
            for signal in (self.doc.notesChanged, self.doc.slidesReset):
                try:
                    signal.disconnect(self.refresh)
                except (RuntimeError, TypeError):
                    pass
        self.doc = doc
        if doc is not None:
            doc.notesChanged.connect(self.refresh)
            doc.slidesReset.connect(self.refresh)
        self.refresh()

    def places(self) -> list[tuple[int, list[Note]]]:
        """(row or ARTICLE, its notes) for every place that has notes, article first."""
        if self.doc is None:
            return []
        article = self.doc.article
        found = [(ARTICLE, article.notes)] if article.notes else []
        found += [(i, slide.notes) for i, slide in enumerate(article.slides) if slide.notes]
        return found

    def open_count(self) -> int:
        return sum(not note.resolved for _row, notes in self.places() for note in notes)

    def refresh(self, *_: object) -> None:
        selected = self.selected_note_id()
        self.tree.clear()
        if self.doc is None:  # no count of the notes of an article that is closed
            self.setWindowTitle(self.tr("&Notes"))
            self._update_buttons()
            return
        for row, notes in self.places():
            for note in notes:
                if note.resolved and not self.show_resolved.isChecked():
                    continue
                if row == ARTICLE:
                    where = self.tr("Article")
                else:
                    where = self.tr("Slide {number}").format(number=row + 1)
                summary = note.summary()
                if note.resolved:
                    summary = self.tr("{note} (resolved)").format(note=summary)
                item = QTreeWidgetItem([where, summary, note.author, local_time(note.time)])
                item.setData(0, ROLE, (row, note.id))
                whole = _whole(note)  # the full text on hover, replies too
                for column in range(self.tree.columnCount()):
                    item.setToolTip(column, whole)
                for reply in note.replies:
                    child = QTreeWidgetItem(
                        [
                            "",
                            "↳ " + " ".join(reply.text.split()),
                            reply.author,
                            local_time(reply.time),
                        ]
                    )
                    child.setData(0, ROLE, (row, note.id))
                    for column in range(self.tree.columnCount()):
                        child.setToolTip(column, whole)
                    item.addChild(child)
                if note.resolved:
                    _look_resolved(item, self.palette().color(QPalette.ColorRole.PlaceholderText))
                self.tree.addTopLevelItem(item)
                item.setExpanded(True)
                if note.id == selected:
                    self.tree.setCurrentItem(item)
        count = self.open_count()
        self.setWindowTitle(self.tr("&Notes (%n open)", "", count) if count else self.tr("&Notes"))
        self._update_buttons()

    def selected_note_id(self) -> str | None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        return data[1] if data else None

    def _find(self, note_id: str) -> tuple[int, Note] | None:
        for row, notes in self.places():
            for note in notes:
                if note.id == note_id:
                    return row, note
        return None

    def _update_buttons(self) -> None:
        found = self._find(self.selected_note_id() or "")
        self.detail.setText(_whole(found[1]) if found else "")
        self.detail.setVisible(found is not None)
        self.buttons["add"].setEnabled(self.doc is not None)
        for name in ("reply", "resolve", "delete"):
            self.buttons[name].setEnabled(found is not None)
        if found is not None:
            self.buttons["resolve"].setText(
                self.tr("Reopen") if found[1].resolved else self.tr("Resolve")
            )

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, ROLE)
        if data:
            self.jumpRequested.emit(data[0])

    # -- changes (each one undo step) -------------------------------------------------------
    def _change(self, row: int, edit: Callable[[list[Note]], None], text: str) -> None:
        assert self.doc is not None
        index = None if row == ARTICLE else row
        notes = copy.deepcopy(notes_of(self.doc, index))
        edit(notes)
        self.doc.undo_stack.push(SetNotes(self.doc, index, notes, text))

    def _author(self) -> str:
        """Who signs a note: the name in Preferences, else the one the system knows."""
        return self.author().strip() or system_name()

    def add_note(self, row: int, text: str) -> Note | None:
        """A new note on slide ``row`` (ARTICLE: on the article), by the Preferences' author."""
        if self.doc is None or not text.strip():
            return None
        note = Note.new(text.strip(), self._author())
        if row == ARTICLE:
            text = self.tr("Add note on the article")
        else:
            text = self.tr("Add note on slide {number}").format(number=row + 1)
        self._change(row, lambda notes: notes.append(note), text)
        return note

    def reply(self, note_id: str, text: str) -> None:
        found = self._find(note_id)
        if found is None or not text.strip():
            return
        row = found[0]
        reply = Reply(author=self._author(), time=now_text(), text=text.strip())

        def edit(notes: list[Note]) -> None:
            for note in notes:
                if note.id == note_id:
                    note.replies.append(reply)

        self._change(row, edit, self.tr("Reply to note"))

    def set_resolved(self, note_id: str, resolved: bool) -> None:
        found = self._find(note_id)
        if found is None:
            return

        def edit(notes: list[Note]) -> None:
            for note in notes:
                if note.id == note_id:
                    note.resolved = resolved

        self._change(
            found[0], edit, self.tr("Resolve note") if resolved else self.tr("Reopen note")
        )

    def delete(self, note_id: str) -> None:
        found = self._find(note_id)
        if found is None:
            return

        def edit(notes: list[Note]) -> None:
            notes[:] = [note for note in notes if note.id != note_id]

        self._change(found[0], edit, self.tr("Delete note"))

    # -- the buttons ------------------------------------------------------------------------
    def ask_add(self) -> None:
        """One dialog: the current slide picked already (or the article), the text focused."""
        if self.doc is None:
            return
        row = self.current_row()
        slide = self.tr("Slide {number}").format(number=row + 1)
        heading = self.doc.article.slides[row].heading.strip() if row >= 0 else ""
        if heading:  # which slide, in the words the writer knows it by (numbers move)
            slide = self.tr("Slide {number}: {heading}").format(number=row + 1, heading=heading)
        places = ([slide] if row >= 0 else []) + [self.tr("The article")]
        answer = ask_note(self, self.tr("Add Note"), self.tr("Note for the editor:"), places)
        if answer is not None:
            on_slide = row >= 0 and answer[0] == 0
            self.add_note(row if on_slide else ARTICLE, answer[1])
            self.show()

    def ask_reply(self) -> None:
        note_id = self.selected_note_id()
        found = self._find(note_id or "")
        if note_id is None or found is None:
            return
        if found[1].author:
            label = self.tr("Reply to {author}: “{note}”")
        else:
            label = self.tr("Reply to the note: “{note}”")
        text = ask_text(
            self,
            self.tr("Reply"),
            label.format(author=found[1].author, note=found[1].summary(60)),
        )
        if text is not None:
            self.reply(note_id, text)

    def toggle_resolved(self) -> None:
        note_id = self.selected_note_id()
        found = self._find(note_id or "")
        if note_id is not None and found is not None:
            self.set_resolved(note_id, not found[1].resolved)

    def delete_current(self) -> None:
        note_id = self.selected_note_id()
        if note_id is not None:
            self.delete(note_id)
