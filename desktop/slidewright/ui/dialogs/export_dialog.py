"""File ▸ Export…: pick a format, a mode, a target and the address it is published at; export off
the UI thread; report what it warned about; open the result."""

from __future__ import annotations

import copy
import sys
import traceback
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QThread, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from slidewright.errors import SlidewrightError, TargetExistsError
from slidewright.exporters import EXPORTERS, ExportOptions, export_article, is_folder_format
from slidewright.exporters.options import NO_BASE_URL
from slidewright.exporters.paged import PAGED_FORMATS
from slidewright.exporters.target import size_summary
from slidewright.model import Article
from slidewright.ui.access.contrast import TEXT, standing_out
from slidewright.ui.dialogs.prompts import ask_yes_no
from slidewright.ui.editing.document import Document
from slidewright.ui.problems.finding_text import translated
from slidewright.ui.session.preferences import Preferences
from slidewright.ui.session.settings import Settings
from slidewright.ui.translation import QT_TRANSLATE_NOOP

# The formats' descriptions in the window's language (the core's own, in English, serve the CLI;
# a format missing here shows that one)
DESCRIPTIONS = {
    "html": QT_TRANSLATE_NOOP("ExportDialog", "one self-contained HTML file (images inlined)"),
    "html-folder": QT_TRANSLATE_NOOP("ExportDialog", "index.html with an assets/ folder"),
    "hugo": QT_TRANSLATE_NOOP("ExportDialog", "a Hugo site: content/ bundle, layout and assets"),
    "jekyll": QT_TRANSLATE_NOOP("ExportDialog", "a Jekyll site: page, _layouts and assets"),
    "rss": QT_TRANSLATE_NOOP(
        "ExportDialog", "a Media RSS feed (one item, a media:content per slide)"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


SUGGESTED_SUFFIX = {"html": ".html", "rss": ".xml"}


class ExportThread(QThread):
    done = Signal(str)
    failed = Signal(str)
    exists = Signal(str)  # the target holds files we did not write: ask, then export with force

    def __init__(
        self,
        article: Article,
        bundle: Path,
        to: str,
        output: Path,
        options: ExportOptions,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)  # owned by the window while it runs
        self.args = (article, bundle, to, output)
        self.warnings: list[str] = []  # what the export warned about, shown with the result
        self.options = options.with_changes(warn=self.warnings.append)

    def run(self) -> None:
        try:
            self.done.emit(str(export_article(*self.args, self.options)))
        except TargetExistsError as error:
            self.exists.emit(f"{error.path}\n{error.message}")
        except (SlidewrightError, OSError) as error:
            self.failed.emit(str(error))
        except Exception as error:  # never leave "Exporting…" up forever
            traceback.print_exc(file=sys.stderr)
            self.failed.emit(
                QCoreApplication.translate(
                    "ExportDialog", "The export stopped on an unexpected error: {error}"
                ).format(error=f"{type(error).__name__}: {error}")
            )


BASE_URL_KEY = "export/baseUrl"  # the last one used; per article under BASE_URL_KEY/<folder>
FORMAT_KEY, MODE_KEY = "export/format", "export/mode"  # the last export's, offered again


def _article_key(bundle: Path) -> str:
    """A settings key for one article: its folder, without what QSettings reads as groups."""
    return f"{BASE_URL_KEY}/" + str(bundle).replace("/", "|").replace("\\", "|")


class ExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        doc: Document,
        mode: str,
        errors: int = 0,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Article"))
        self.doc = doc
        self.settings = settings
        self.warning = QLabel(
            self.tr(
                "The credit check has %n error(s) in this article (see Problems); the export "
                "publishes it as it is.",
                "",
                errors,
            )
        )
        self.warning.setObjectName("exportWarning")
        self.warning.setWordWrap(True)
        red = standing_out(
            QColor("#a4262c"), [self.palette().color(QPalette.ColorRole.Window)], TEXT
        )
        self.warning.setStyleSheet(f"color: {red.name()};")  # 4.5:1 in a light or dark theme
        self.warning.setVisible(errors > 0)
        self.format = QComboBox()
        self.format.view().setAccessibleName(self.tr("Formats"))  # (its drop-down list, read alone)
        for name, (_, description) in EXPORTERS.items():
            said = _tr(DESCRIPTIONS[name]) if name in DESCRIPTIONS else description
            self.format.addItem(f"{name} — {said}", name)
        self.mode = QComboBox()
        self.mode.view().setAccessibleName(self.tr("Modes"))
        self.mode.addItem(self.tr("Article (one long page)"), "article")
        self.mode.addItem(self.tr("Slideshow (one slide at a time)"), "slideshow")
        self.mode.addItem(self.tr("Paged (one page per slide)"), "paged")
        self.mode.setCurrentIndex(0 if mode == "article" else 1)
        self.base_url = QLineEdit()
        self.base_url.setObjectName("exportBaseUrl")
        self.base_url.setPlaceholderText("https://example.com/travel/this-article/")
        self.base_url.setToolTip(
            self.tr(
                "Where the export will be published (a site's root for Hugo and Jekyll): the "
                "page's canonical address, its sharing card and every image address are made "
                "absolute against it. A feed (RSS) needs one."
            )
        )
        if settings is not None:
            remembered = settings.text(_article_key(doc.bundle)) or settings.text(BASE_URL_KEY)
            self.base_url.setText(remembered)
        self.strict = QCheckBox(self.tr("Refuse to export with credit errors or missing images"))
        self.strict.setObjectName("exportStrict")
        self.output = QLineEdit()
        self.output.setAccessibleName(self.tr("Save to"))  # (its label names a row, not the field)
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Browse for where to save"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.warning)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Save to"), row)
        form.addRow(self.tr("Base URL"), self.base_url)
        form.addRow(self.strict)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._suggest)
        self._remembered_choice()
        self._suggest()
        self.resize(560, self.sizeHint().height())

    def chosen(self) -> tuple[str, ExportOptions, Path]:
        """Format, options and target; raises SlidewrightError for a base URL that is not an
        absolute http(s) address."""
        preferences = Preferences.load(self.settings) if self.settings else None
        identity = preferences.export_identity() if preferences else {}
        options = ExportOptions(
            mode=self.mode.currentData(),
            base_url=self.base_url.text(),
            strict=self.strict.isChecked(),
            # Preferences ▸ Content Credentials: SlidewrightError when it is set and cannot sign
            signing=preferences.signing_identity() if preferences else None,
        ).with_changes(**identity)
        return self.format.currentData(), options, Path(self.output.text()).expanduser()

    def accept(self) -> None:
        """Stay open on a base URL that cannot be right, saying why; remember a good one."""
        try:
            _, options, _ = self.chosen()
        except SlidewrightError as error:
            base_url = "--base-url" in str(error)
            title = self.tr("Base URL") if base_url else self.tr("Content Credentials")
            QMessageBox.warning(self, title, str(error).replace("--base-url ", "", 1))
            return
        if self.format.currentData() == "rss" and not options.base_url:
            QMessageBox.warning(
                self,
                self.tr("Base URL"),
                self.tr("A feed needs the address the article is published at."),
            )
            return
        if self.settings is not None:
            self.settings.set_value(FORMAT_KEY, self.format.currentData())
            self.settings.set_value(MODE_KEY, options.mode)
            self.settings.set_value(_article_key(self.doc.bundle), options.base_url)
            if options.base_url:
                self.settings.set_value(BASE_URL_KEY, options.base_url)
        super().accept()

    def _remembered_choice(self) -> None:
        """The format and mode of the last export (the preview's mode until there was one)."""
        if self.settings is None:
            return
        found = self.format.findData(self.settings.text(FORMAT_KEY))
        if found >= 0:
            self.format.setCurrentIndex(found)
        mode = self.mode.findData(self.settings.text(MODE_KEY))
        if mode >= 0:
            self.mode.setCurrentIndex(mode)

    def _suggest(self) -> None:
        to = self.format.currentData()
        paged = cast(QStandardItemModel, self.mode.model()).item(2)  # a QComboBox's own model
        paged.setEnabled(to in PAGED_FORMATS)  # only a folder of pages can hold one per slide
        if self.mode.currentData() == "paged" and to not in PAGED_FORMATS:
            self.mode.setCurrentIndex(1)
        base = self.doc.bundle.parent / f"{self.doc.bundle.name}-export"
        self.output.setText(
            str(
                base
                if is_folder_format(to)
                else base.with_suffix(SUGGESTED_SUFFIX.get(to, ".html"))
            )
        )

    def _browse(self) -> None:
        to = self.format.currentData()
        if is_folder_format(to):
            # Start beside the suggested folder (next to the article), not in the program's.
            start = str(Path(self.output.text()).parent) if self.output.text() else ""
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), start)
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to file"), self.output.text()
            )
        if chosen:
            self.output.setText(chosen)


def run_export_dialog(
    parent: QWidget, doc: Document, mode: str, errors: int = 0, settings: Settings | None = None
) -> None:
    dialog = ExportDialog(parent, doc, mode, errors, settings)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    to, options, output = dialog.chosen()
    start_export(
        parent, ExportThread(copy.deepcopy(doc.article), doc.bundle, to, output, options, parent)
    )


def warning_text(warning: str) -> str:
    """An export's warning as the window says it: the command line's words name its option
    (``--base-url``), which a writer in the window never sees; here the Export dialog's own
    field is named instead, by its label in the window's language."""
    if getattr(warning, "template", None) == NO_BASE_URL.template:
        field = QCoreApplication.translate("ExportDialog", "Base URL")
        return QCoreApplication.translate(
            "ExportDialog",
            "no base URL (fill in “{field}” under File ▸ Export…): the page has no canonical "
            "address, and sharing cards and search engines get no image address",
        ).format(field=field)
    return translated(warning)


def start_export(parent: QWidget, thread: ExportThread) -> None:
    """Run ``thread`` behind a progress dialog; report the result, or ask before replacing."""
    progress = QProgressDialog(
        QCoreApplication.translate("ExportDialog", "Exporting…"), "", 0, 0, parent
    )
    progress.setWindowTitle(QCoreApplication.translate("ExportDialog", "Exporting"))
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)

    def finished_ok(path: str) -> None:
        progress.close()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("ExportDialog", "Exported"),
            QCoreApplication.translate("ExportDialog", "Exported to {path}").format(path=path)
            + size_summary(thread.args[2], Path(path)),
            parent=parent,
        )
        page = path.endswith(".html")  # a site export (index.md) is shown in its folder instead
        if thread.warnings:  # what a reader will miss: said, not buried in a log
            shown = list(map(warning_text, thread.warnings[:8])) + (
                [
                    QCoreApplication.translate("ExportDialog", "… and {count} more").format(
                        count=len(thread.warnings) - 8
                    )
                ]
                if len(thread.warnings) > 8
                else []
            )
            box.setInformativeText(
                QCoreApplication.translate("ExportDialog", "Warnings:\n{warnings}").format(
                    warnings="\n".join(shown)
                )
            )
        open_button = box.addButton(
            QCoreApplication.translate("ExportDialog", "Open in Browser")
            if page
            else QCoreApplication.translate("ExportDialog", "Show Folder"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path if page else str(Path(path).parent)))

    def finished_badly(message: str) -> None:
        progress.close()
        QMessageBox.warning(
            parent, QCoreApplication.translate("ExportDialog", "Export failed"), message
        )

    def target_exists(message: str) -> None:
        progress.close()
        if ask_yes_no(
            parent,
            QCoreApplication.translate("ExportDialog", "Replace files?"),
            QCoreApplication.translate(
                "ExportDialog",
                "{message}\n\nReplace files of the same names there? (Nothing else is deleted.)",
            ).format(message=message),
            default_yes=False,
        ):
            article, bundle, to, output = thread.args
            forced = thread.options.with_changes(force=True)
            start_export(parent, ExportThread(article, bundle, to, output, forced, parent))

    thread.done.connect(finished_ok)
    thread.failed.connect(finished_badly)
    thread.exists.connect(target_exists)
    thread.finished.connect(thread.deleteLater)
    thread.start()
