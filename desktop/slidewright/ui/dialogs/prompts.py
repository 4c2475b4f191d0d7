"""Small dialogs the window uses; kept apart so tests can answer them like a writer would."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

# QFileDialog, QInputDialog and QMessageBox are imported by the functions that show them: their
# Python classes (72 enum members) cost every start 3-5 ms, and most sessions never ask.


def image_filter() -> str:
    """The file dialog's filter for pictures, named in the window's language."""
    return QCoreApplication.translate("Prompts", "Images ({patterns})").format(
        patterns="*.jpg *.jpeg *.png *.webp *.gif"
    )


def show_error(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A window-modal error that does not block the caller."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.open()
    return box


def ask_save_changes(parent: QWidget, name: str) -> str:
    """'save', 'discard' or 'cancel'."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("saveChangesPrompt")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "Prompts", "Save the changes to “{name}” before closing?"
        ).format(name=name)
    )
    box.setInformativeText(
        QCoreApplication.translate("Prompts", "Your changes will be lost if you don't save them.")
    )
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    answer = box.exec()
    return {buttons.Save: "save", buttons.Discard: "discard"}.get(buttons(answer), "cancel")


def writers_folder() -> str:
    """Where file dialogs start: the writer's Documents/Slidewright (or Documents, or home),
    not the folder the program happened to be started from."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for candidate in (Path(documents) / "Slidewright" if documents else None, documents):
        if candidate and Path(candidate).is_dir():
            return str(candidate)
    return str(Path.home())


def ask_folder(parent: QWidget, title: str, start: Path | None = None) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    folder = QFileDialog.getExistingDirectory(parent, title, str(start or writers_folder()))
    return Path(folder) if folder else None


def ask_new_folder(
    parent: QWidget, title: str, start: Path | None = None, suggested: str = "new-article"
) -> Path | None:
    """A folder for a new article: an existing empty one, or a new name typed in (made later).
    ``suggested`` is the name offered (an import offers one made from the article's title), made
    unused first: offered a folder that exists, Enter would open that folder in the dialog
    instead of naming the new one."""
    from PySide6.QtWidgets import QFileDialog

    folder = start or Path(writers_folder())
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(folder / unused_name(folder, suggested)),
        QCoreApplication.translate("Prompts", "Article folder ({patterns})").format(patterns="*"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(name) if name else None


def unused_name(folder: Path, name: str) -> str:
    """``name``, or ``name-2``, ``name-3``… : the first that is nothing yet in ``folder``."""
    candidate, number = name, 1
    while number < 1000 and os.path.lexists(folder / candidate):  # (a link too, even broken)
        number += 1
        candidate = f"{name}-{number}"
    return candidate


def ask_title(parent: QWidget, title: str) -> str | None:
    """A new article's title, asked before its folder (the folder's name is offered from it)."""
    from PySide6.QtWidgets import QInputDialog

    dialog = QInputDialog(parent)
    dialog.setObjectName("newArticleTitle")
    dialog.setWindowTitle(title)
    dialog.setLabelText(QCoreApplication.translate("Prompts", "&Title of the new article:"))
    dialog.setTextValue("")
    dialog.resize(460, dialog.sizeHint().height())
    try:
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        return " ".join(dialog.textValue().split())
    finally:
        dialog.deleteLater()


def ask_open_file(
    parent: QWidget, title: str, filters: str, start: Path | None = None
) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, title, str(start or writers_folder()), filters)
    return Path(name) if name else None


def ask_images(parent: QWidget, title: str, text: str) -> list[Path] | None:
    """A folder of images or several image files, as the writer prefers: a folder for a shoot
    delivered as one, files when only some of a folder belong to this article."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    box.setObjectName("chooseImagesPrompt")
    folder = box.addButton(
        QCoreApplication.translate("Prompts", "Choose a &Folder…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    files = box.addButton(
        QCoreApplication.translate("Prompts", "Choose &Files…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(folder)
    box.exec()
    if box.clickedButton() is folder:
        chosen = ask_folder(parent, title)
        return [chosen] if chosen is not None else None
    if box.clickedButton() is files:
        names, _ = QFileDialog.getOpenFileNames(parent, title, writers_folder(), image_filter())
        return [Path(name) for name in names] or None
    return None


def ask_yes_no(
    parent: QWidget,
    title: str,
    text: str,
    default_yes: bool,
    yes_text: str = "",
    no_text: str = "",
) -> bool:
    """Yes or no; ``yes_text``/``no_text`` name the buttons by what they do, where Yes and No
    would leave the writer guessing which one keeps their work."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(
        yes_text or QCoreApplication.translate("Prompts", "&Yes"), QMessageBox.ButtonRole.YesRole
    )
    no = box.addButton(
        no_text or QCoreApplication.translate("Prompts", "&No"), QMessageBox.ButtonRole.NoRole
    )

    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


class Prompts:
    """Every question the article session asks the writer, in one place.

    The session only talks to this object, never to widgets, so a test (or another front end) can
    answer with a subclass; the default shows the real dialogs over ``parent``."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def error(self, title: str, text: str) -> None:
        show_error(self.parent, title, text)

    def save_changes(self, name: str) -> str:
        return ask_save_changes(self.parent, name)

    def folder(self, title: str) -> Path | None:
        return ask_folder(self.parent, title)

    def new_folder(self, title: str, suggested: str = "new-article") -> Path | None:
        return ask_new_folder(self.parent, title, suggested=suggested)

    def new_title(self, title: str) -> str | None:
        return ask_title(self.parent, title)

    def open_file(self, title: str, filters: str) -> Path | None:
        return ask_open_file(self.parent, title, filters)

    def images(self, title: str, text: str) -> list[Path] | None:
        """A folder or image files chosen by the writer (None: cancelled)."""
        return ask_images(self.parent, title, text)

    def yes_no(
        self, title: str, text: str, default_yes: bool = False, yes: str = "", no: str = ""
    ) -> bool:
        return ask_yes_no(self.parent, title, text, default_yes, yes, no)
