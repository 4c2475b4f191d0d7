"""History ▸ Prune Older Versions…: keep the 10, 50 or 100 newest versions, or drop the ones
older than 30 or 90 days; each choice says how many versions go and how much space it frees
(images still used by a kept version stay, so the space is what really comes back)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from slidewright.history import HistoryStore

KEEP_NEWEST = (10, 50, 100)
OLDER_THAN_DAYS = (30, 90)
Choice = tuple[int | None, int | None]  # (keep the newest n, keep the last n days)


def space(size: int) -> str:
    """Bytes as a writer reads them, in the window's language: "1.2 MB", "340 kB"; German
    "1,2 MB", French "1,2 Mo" (the number in the default locale, which the window's language
    sets, the unit from the translation)."""
    locale = QLocale()
    if size >= 100_000:
        number = locale.toString(size / 1_000_000, "f", 1)
        return QCoreApplication.translate("DataSize", "{number} MB").format(number=number)
    number = locale.toString(round(size / 1000))
    return QCoreApplication.translate("DataSize", "{number} kB").format(number=number)


class PruneDialog(QDialog):
    """The choices, each with what it frees; ``choice()`` is the picked one."""

    def __init__(self, store: HistoryStore, bundle: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prune Older Versions"))
        self.group = QButtonGroup(self)
        self.choices: list[Choice] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Delete older versions of this article's history:")))
        options: list[tuple[Choice, str]] = [
            ((n, None), self.tr("Keep the {count} newest versions")) for n in KEEP_NEWEST
        ]
        options += [
            ((None, d), self.tr("Delete versions older than {days} days")) for d in OLDER_THAN_DAYS
        ]
        for (keep, days), text in options:
            removed, freed = store.pruned(bundle, keep=keep, days=days)
            label = text.format(count=keep, days=days) + " — "
            if removed == 1:  # (English has no numerus translation: the singular is its own)
                label += self.tr("1 version, frees {space}").format(space=space(freed))
            elif removed:
                label += self.tr("%n versions, frees {space}", "", removed).format(
                    space=space(freed)
                )
            else:
                label += self.tr("nothing to delete")
            button = QRadioButton(label)
            button.setEnabled(bool(removed))
            self.group.addButton(button, len(self.choices))
            self.choices.append((keep, days))
            layout.addWidget(button)
        first = next((b for b in self.group.buttons() if b.isEnabled()), None)
        if first is not None:
            first.setChecked(True)
        layout.addWidget(QLabel(self.tr("Deleted versions cannot be brought back.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = buttons.addButton(
            self.tr("Delete Versions"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.delete_button.setEnabled(first is not None)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> Choice | None:
        picked = self.group.checkedId()
        return self.choices[picked] if picked >= 0 else None
